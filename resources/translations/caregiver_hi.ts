<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name></name>
    <message>
        <location filename="../../caregiver_app/ui/page.py" line="46"/>
        <source>Nothing you write here is kept: it is cleared when you leave, or after a few quiet minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/page.py" line="51"/>
        <source>Encrypted with your passcode: only you can read %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/page.py" line="56"/>
        <source>Not encrypted: anyone who uses this computer can read %s. &lt;a href=&quot;#passcode&quot;&gt;Set a passcode&lt;/a&gt; to keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/support_view.py" line="30"/>
        <source>Call your local emergency number. Stay with the person if it is safe, and remove anything they could use to hurt themselves or others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/support_view.py" line="39"/>
        <source>No support services are listed for this language yet. Your doctor, clinic or local health service can tell you who to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/support_view.py" line="54"/>
        <source>This app does not contact anyone for you, and never sends anything over the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="61"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="64"/>
        <source>All lessons (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="66"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="68"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="71"/>
        <source>Larger text (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="74"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="77"/>
        <source>Smaller text (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="80"/>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="83"/>
        <source>Get support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="86"/>
        <source>Crisis lines and support services (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="88"/>
        <source>Content problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="90"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="93"/>
        <source>Your progress (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="96"/>
        <source>Switch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="99"/>
        <source>Choose who is using the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="101"/>
        <source>Your data (backup and restore)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="103"/>
        <source>Stress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="106"/>
        <source>Your private stress log (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="109"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="112"/>
        <source>The warning-signs plan (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="115"/>
        <source>Set or change passcode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="118"/>
        <source>Remove passcode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="121"/>
        <source>Lock private entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="124"/>
        <source>Lock now (or press Escape twice to hide everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="127"/>
        <source>Delete all my private data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="130"/>
        <source>Print lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="133"/>
        <source>Take this home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="133"/>
        <source>A card of the lessons you read today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="136"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="137"/>
        <source>About Caregiver Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="142"/>
        <source>&amp;App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="146"/>
        <source>Lock private entries after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="150"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="156"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="157"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="198"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="207"/>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="208"/>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPinDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/kiosk.py" line="88"/>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/kiosk.py" line="92"/>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/kiosk.py" line="93"/>
        <source>Type the admin PIN to leave kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasscodeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="296"/>
        <source>Change passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="297"/>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="298"/>
        <source>Current passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="300"/>
        <source>New passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="301"/>
        <source>New passcode again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="310"/>
        <source>Choose a new passcode. Your recovery code stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="325"/>
        <source>The two passcodes are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="340"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="354"/>
        <source>That is not the current passcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="38"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="45"/>
        <source>Nothing is being saved on this computer in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="49"/>
        <source>Everything you save stays on this computer, in %s. To move to another computer, back up to a file (on a USB stick, for example) and restore it there. Only entries protected by a passcode are encrypted in the backup file, so keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="56"/>
        <source>Back up to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="58"/>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="65"/>
        <source>Automatic backups (one a day, the last seven are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="69"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="70"/>
        <source>Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="103"/>
        <source>Back up to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="109"/>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="116"/>
        <source>Replace everything?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="118"/>
        <source>This replaces ALL profiles, progress and notes on this computer with those in %s. What is here now will be lost unless you back it up first. A backup made before a passcode was set holds those entries unencrypted. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="136"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="136"/>
        <source>Nothing was saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="140"/>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="140"/>
        <source>Everything was saved to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="150"/>
        <source>the backup from %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="159"/>
        <source>Cannot restore this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="160"/>
        <source>Nothing was changed, because %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="165"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="165"/>
        <source>Nothing was changed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="168"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/data_dialog.py" line="168"/>
        <source>Your data was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="128"/>
        <location filename="../../caregiver_app/ui/search_view.py" line="129"/>
        <source>Find in this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="131"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="132"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="133"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="183"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <location filename="../../caregiver_app/ui/lesson_text.py" line="42"/>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../caregiver_app/ui/library_view.py" line="42"/>
        <source>Lessons for families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library_view.py" line="46"/>
        <source>Short lessons you can read in any order and come back to. If you are new, begin with the first module. Help is one click away: the red Get support button at the top of every screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library_view.py" line="57"/>
        <source>Continue where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library_view.py" line="67"/>
        <source>1 problem was found in the lesson files. A lesson may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library_view.py" line="70"/>
        <source>%1 problems were found in the lesson files. Some lessons may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library_view.py" line="81"/>
        <source>No lessons were found in the content folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library_view.py" line="123"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library_view.py" line="125"/>
        <source>✓ Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library_view.py" line="125"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library_view.py" line="140"/>
        <source>Continue where you left off: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="52"/>
        <source>This profile&apos;s private entries are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="58"/>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="78"/>
        <source>Caregiver Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="207"/>
        <source>Lesson not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="209"/>
        <source>The lesson “%s” is not in this library. It may have been moved or left out because of a problem in its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="277"/>
        <source>Text size %d%%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="288"/>
        <source>Your answer is not saved: nothing from this session is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="290"/>
        <source>Locked. Unlock your private entries (App menu) to see and write here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="292"/>
        <source>Saved as you type, encrypted with your passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="295"/>
        <source>Saved as you type, in the profile of %s. Not encrypted: set a passcode (App menu) to keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="341"/>
        <source>%s is using the app. Click to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="343"/>
        <source>Caregiver Companion — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="384"/>
        <source>Your progress could not be saved (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="404"/>
        <source>Your progress could not be read (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="423"/>
        <source>About Caregiver Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/main_window.py" line="425"/>
        <source>Caregiver Companion %s

Lessons for families caring for someone with a mental illness. It works offline and sends nothing anywhere.

It is education, not diagnosis or treatment. In an emergency, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="107"/>
        <source>Warning-signs plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="115"/>
        <source>Build this together with your family member when they are well, in their own words where you can. The lessons “Building a relapse signature together” and “An action plan for each stage” show how. It saves as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="127"/>
        <source>Whose plan is this? (a first name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="128"/>
        <source>Whose plan is this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="130"/>
        <source>Save as one page (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="178"/>
        <source>What you have noticed, over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="183"/>
        <source>Day of the observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="185"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="191"/>
        <source>What did you notice? e.g. up at 3am, skipped dinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="193"/>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="194"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="203"/>
        <source>Observations, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="205"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="220"/>
        <source>this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="229"/>
        <source>Last saved %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="255"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="266"/>
        <source>Not saved: %s. What you wrote is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/plan_view.py" line="268"/>
        <source>✓ Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateArea</name>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="215"/>
        <source>Choose a new passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="216"/>
        <source>You used your recovery code. Please choose a new passcode now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="318"/>
        <source>Remove the passcode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="320"/>
        <source>Your private entries will be stored without encryption, and anyone who uses this computer could read them. Remove the passcode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="338"/>
        <source>Some entries were damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="339"/>
        <source>%d damaged entries could not be opened and were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="347"/>
        <source>Delete all your private data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="349"/>
        <source>This deletes every stress check-in, reflection, the warning-signs plan and its observations of %s. Lesson progress stays. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="359"/>
        <source>Your private data was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="380"/>
        <source>The file will not be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="382"/>
        <source>Anyone who can open the file you save can read it, whatever your passcode. Keep it somewhere safe, and delete it when you no longer need it. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="394"/>
        <source>Export the stress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="400"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="402"/>
        <location filename="../../caregiver_app/ui/private_area.py" line="480"/>
        <location filename="../../caregiver_app/ui/private_area.py" line="491"/>
        <source>Saved to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="407"/>
        <source>Import a stress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="413"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="424"/>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="426"/>
        <source>Imported %d check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="429"/>
        <source>%d days you had already logged were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="434"/>
        <source>Rows that could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="438"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="447"/>
        <source>Weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="448"/>
        <source>This content folder has no weekly check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="462"/>
        <source>Save a report for your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="478"/>
        <source>Could not save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private_area.py" line="486"/>
        <source>Save the plan as a page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../../caregiver_app/ui/problems_view.py" line="53"/>
        <location filename="../../caregiver_app/ui/problems_view.py" line="79"/>
        <source>Content problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/problems_view.py" line="61"/>
        <source>Problems found in the lesson files of %s. Lessons that cannot be read are left out of the library; unsafe parts of other lessons are removed. Fix the files, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/problems_view.py" line="73"/>
        <source>Checking lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/problems_view.py" line="75"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/problems_view.py" line="82"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/problems_view.py" line="82"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/problems_view.py" line="82"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/problems_view.py" line="106"/>
        <source>Checking lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/problems_view.py" line="134"/>
        <source>1 problem in %2 lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/problems_view.py" line="136"/>
        <source>%1 problems in %2 lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/problems_view.py" line="144"/>
        <source>✓ No problems found in %n lesson(s). Every lesson can be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="38"/>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="41"/>
        <source>Who is using Caregiver Companion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="49"/>
        <source>Each person in the family can have a profile of their own, with their own progress and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="56"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="61"/>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="63"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="65"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="98"/>
        <source>  (passcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="131"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="131"/>
        <source>Name (for example, your first name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="142"/>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="142"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="155"/>
        <source>Delete “%s”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="157"/>
        <source>This deletes the profile “%1” and everything in it: %2 lessons started, %3 completed, %4 quiz answers and %5 written reflections. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="176"/>
        <source>Choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="179"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/profile_picker.py" line="179"/>
        <source>Nothing was changed: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTracker</name>
    <message>
        <location filename="../../caregiver_app/ui/progress_tracker.py" line="138"/>
        <source>This profile is locked, so your answer was not saved. Unlock it to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_tracker.py" line="143"/>
        <source>Your progress could not be saved (%s). What you typed is still on screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="87"/>
        <source>%s: lessons completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="88"/>
        <source>%v of %m completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="95"/>
        <source>Completed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="103"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="104"/>
        <source>Open %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="117"/>
        <source>Your progress, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="121"/>
        <source>%1 of %2 lessons completed, %3 this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="128"/>
        <source>Knowledge checks: %1 of %2 answered right on your latest try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="137"/>
        <source>Continue where you left off: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="152"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/progress_view.py" line="154"/>
        <source>%n min read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="156"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/progress_view.py" line="157"/>
        <source>In progress, %d%% read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizWidget</name>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="70"/>
        <source>Knowledge check: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="76"/>
        <location filename="../../caregiver_app/ui/blocks.py" line="79"/>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="80"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="84"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="92"/>
        <source>Check your understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="95"/>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="162"/>
        <source>That&apos;s right. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="166"/>
        <source>Not quite. Read why under each choice, then try again if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="183"/>
        <source>✓ Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="186"/>
        <source>✓ Also right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="186"/>
        <source>✓ The right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="190"/>
        <source>✗ Not this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="191"/>
        <source>✗ Not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../caregiver_app/ui/read_aloud.py" line="51"/>
        <location filename="../../caregiver_app/ui/read_aloud.py" line="151"/>
        <source>▶ Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/read_aloud.py" line="53"/>
        <source>Read this lesson aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/read_aloud.py" line="54"/>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/read_aloud.py" line="61"/>
        <location filename="../../caregiver_app/ui/read_aloud.py" line="62"/>
        <source>Reading speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/read_aloud.py" line="70"/>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/read_aloud.py" line="151"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="73"/>
        <source>Your answer stays on this computer while the lesson is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="84"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="86"/>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="108"/>
        <source>Contents: go to a heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="109"/>
        <source>The headings of this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="120"/>
        <source>&amp;Go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="147"/>
        <location filename="../../caregiver_app/ui/reader.py" line="292"/>
        <source>Mark as complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="150"/>
        <source>Mark this lesson as complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="183"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="191"/>
        <source>Opening “%s”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="207"/>
        <source>%s  ·  about %d min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="211"/>
        <source>Some parts of this lesson could not be shown safely and were left out. The lesson&apos;s author can see why under Content problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="217"/>
        <source>Top of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="226"/>
        <source>← Previous: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="227"/>
        <source>Next: %s →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="292"/>
        <source>✓ Completed (click to undo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="142"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="152"/>
        <source>Recovery code: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="153"/>
        <source>I have written it down and put it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="155"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="165"/>
        <source>If you ever forget your passcode, this code unlocks your private entries. Write it on paper now and keep it away from the computer. It is shown only this once: the app does not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionWidget</name>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="221"/>
        <source>Reflection: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="225"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="227"/>
        <source>Write your thoughts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/blocks.py" line="232"/>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="102"/>
        <source>Search lessons (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="103"/>
        <source>Search lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="48"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="59"/>
        <source>Getting the lessons ready to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="65"/>
        <source>No lessons mention “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="69"/>
        <source>1 lesson mentions “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/search_view.py" line="71"/>
        <source>%2 lessons mention “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPasscodeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="54"/>
        <source>Set a passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="56"/>
        <source>New passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="57"/>
        <source>New passcode again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="60"/>
        <source>I understand: if I forget my passcode and lose my recovery code, my private entries are gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="70"/>
        <source>Set passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="76"/>
        <source>A passcode encrypts %s&apos;s stress log, reflections and warning-signs plan, so no one else using this computer can read them. Choose something others at home could not guess (at least 4 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="83"/>
        <source>Passcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="85"/>
        <source>The same passcode again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="100"/>
        <source>The two passcodes are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="109"/>
        <source>Making your keys and encrypting your private entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="121"/>
        <source>The passcode was not set: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/kiosk.py" line="44"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/kiosk.py" line="52"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/kiosk.py" line="78"/>
        <source>Are you still there? To keep this visit private, everything will be cleared in %d seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StressChart</name>
    <message>
        <location filename="../../caregiver_app/ui/stress_chart.py" line="48"/>
        <source>Stress and sleep over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_chart.py" line="55"/>
        <source>Stress (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_chart.py" line="60"/>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_chart.py" line="63"/>
        <source>Sleep (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_chart.py" line="75"/>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_chart.py" line="80"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_chart.py" line="135"/>
        <source>The last %d days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StressLogView</name>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="108"/>
        <source>Your stress log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="119"/>
        <source>Weekly check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="155"/>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="250"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="161"/>
        <source>Stress from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="169"/>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="175"/>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="170"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="172"/>
        <source>Hours of sleep last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="176"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="178"/>
        <source>Something else that caused stress (commas between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="181"/>
        <source>Something else that helped (commas between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="185"/>
        <source>A note, if you like (only you can read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="186"/>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="255"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="189"/>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="412"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="191"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="201"/>
        <source>Today&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="207"/>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="208"/>
        <source>Stress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="209"/>
        <source>Sleep last night:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="210"/>
        <source>Mood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="211"/>
        <source>What caused stress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="212"/>
        <source>What helped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="213"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="222"/>
        <source>How it has been</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="226"/>
        <source>%d days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="244"/>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="247"/>
        <source>Your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="251"/>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="252"/>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="253"/>
        <source>Caused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="254"/>
        <source>Helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="263"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="265"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="267"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="270"/>
        <source>Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="271"/>
        <source>Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="272"/>
        <source>Report for your doctor (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="303"/>
        <source>these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="350"/>
        <source>After a few check-ins that note what helped, you will see here what goes with calmer days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="356"/>
        <source>On days with “%1”, your stress averaged %2, against %3 on other days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="364"/>
        <source>These are patterns in your own notes, not proof: other things differ between days too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="392"/>
        <source>%1 of 10: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="412"/>
        <source>Update check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="433"/>
        <source>Not saved: %s. What you wrote is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="436"/>
        <source>✓ Saved for %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="438"/>
        <source>Check-in saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/stress_log_view.py" line="457"/>
        <source>Undo delete of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportView</name>
    <message>
        <location filename="../../caregiver_app/ui/support_view.py" line="94"/>
        <source>Get support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/take_home.py" line="124"/>
        <source>Take this home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/take_home.py" line="136"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/take_home.py" line="142"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="190"/>
        <source>Unlock %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="193"/>
        <source>%s&apos;s private entries are locked. Type the passcode to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="196"/>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="223"/>
        <source>Passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="197"/>
        <source>I forgot my passcode: use my recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="200"/>
        <source>Unlock result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="205"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="223"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="231"/>
        <source>Too many wrong tries. You can try again in %d seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="236"/>
        <source>Too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="248"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="266"/>
        <source>That recovery code did not open this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/passcode_dialogs.py" line="268"/>
        <source>That passcode did not open this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyCheckinDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/weekly_dialog.py" line="65"/>
        <source>See how I am doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/weekly_dialog.py" line="96"/>
        <source>Your total this week: %1 out of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/weekly_dialog.py" line="104"/>
        <source>higher than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/weekly_dialog.py" line="106"/>
        <source>lower than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/weekly_dialog.py" line="108"/>
        <source>the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/weekly_dialog.py" line="110"/>
        <source>That is %1 your last check-in, in the week of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/weekly_dialog.py" line="121"/>
        <source>Read: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/weekly_dialog.py" line="125"/>
        <source>Get support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="117"/>
        <source>Caregiver Companion is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="119"/>
        <source>Caregiver Companion is already open on this computer, perhaps in another window. Switch to that window. Only one copy can use your data at a time, so that nothing you save is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="159"/>
        <source>Your saved progress could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="164"/>
        <source>A backup from %s can bring back what was saved then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="166"/>
        <source>Restore that backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="167"/>
        <source>Start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="169"/>
        <source>There is no backup to restore, so the app starts fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="175"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="36"/>
        <source>Open in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader.py" line="38"/>
        <source>This link leads outside Caregiver Companion, to:

%s

Open it in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/take_home.py" line="95"/>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/take_home.py" line="95"/>
        <source>No printer is set up on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="162"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="163"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="164"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="165"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="184"/>
        <source>1 minute without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/window_actions.py" line="186"/>
        <source>%1 minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
