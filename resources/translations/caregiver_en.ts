<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/widgets/page.py" line="104"/>
        <source>%n entry(s) could not be trusted and are not shown; they are kept, not deleted.</source>
        <translation>
            <numerusform>%n entry could not be trusted and is not shown; it is kept, not deleted.</numerusform>
            <numerusform>%n entries could not be trusted and are not shown; they are kept, not deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminPinDialog</name>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="197"/>
        <source>Wrong PIN — try again in %n s.</source>
        <translation>
            <numerusform>Wrong PIN — try again in %n s.</numerusform>
            <numerusform>Wrong PIN — try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasscodeDialog</name>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="501"/>
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/library_view.py" line="173"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="137"/>
        <source>✓ No problems found in %n lesson(s). Every lesson can be read.</source>
        <translation>
            <numerusform>✓ No problems found in %n lesson. It can be read.</numerusform>
            <numerusform>✓ No problems found in %n lessons. Every lesson can be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="147"/>
        <source>%n warning(s) below: a translation missing or behind its English lesson, or text that shows, but not as it was written.</source>
        <translation>
            <numerusform>%n warning below: a translation missing or behind its English lesson, or text that shows, but not as it was written.</numerusform>
            <numerusform>%n warnings below: translations missing or behind their English lessons, or text that shows, but not as it was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="155"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignsView</name>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="226"/>
        <source>%1: %n sign(s) seen on %3 of the last 7 days.</source>
        <translation>
            <numerusform>%1: %n sign seen on %3 of the last 7 days.</numerusform>
            <numerusform>%1: %n signs seen on %3 of the last 7 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="116"/>
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
