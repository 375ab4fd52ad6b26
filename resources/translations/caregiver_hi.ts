<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name></name>
    <message>
        <location filename="../../caregiver_app/ui/widgets/page.py" line="85"/>
        <source>Nothing you write here is kept: it is cleared when you leave, or after a few quiet minutes.</source>
        <translation>यहाँ लिखा कुछ भी रखा नहीं जाता: आपके जाने पर, या कुछ मिनट तक कुछ न करने पर, सब मिट जाता है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/page.py" line="90"/>
        <source>Encrypted with your passcode: only you can read %s.</source>
        <translation>आपके पासकोड से ताले में बंद (एन्क्रिप्ट): %s सिर्फ़ आप ही पढ़ सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/page.py" line="95"/>
        <source>Not encrypted: anyone who uses this computer can read %s. &lt;a href=&quot;#passcode&quot;&gt;Set a passcode&lt;/a&gt; to keep it private.</source>
        <translation>ताले में बंद (एन्क्रिप्ट) नहीं: इस कंप्यूटर को इस्तेमाल करने वाला कोई भी %s पढ़ सकता है। इसे निजी रखने के लिए &lt;a href=&quot;#passcode&quot;&gt;पासकोड लगाएँ&lt;/a&gt;।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/widgets/page.py" line="104"/>
        <source>%n entry(s) could not be trusted and are not shown; they are kept, not deleted.</source>
        <translation>
            <numerusform>%n एंट्री पर भरोसा नहीं किया जा सकता, इसलिए वह नहीं दिखाई गई; वह सँभालकर रखी गई है, मिटाई नहीं गई।</numerusform>
            <numerusform>%n एंट्री पर भरोसा नहीं किया जा सकता, इसलिए वे नहीं दिखाई गईं; वे सँभालकर रखी गई हैं, मिटाई नहीं गईं।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="25"/>
        <source>In an emergency</source>
        <translation>इमरजेंसी में</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="26"/>
        <source>Crisis lines: someone to talk to now</source>
        <translation>संकट हेल्पलाइन: अभी किसी से बात करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="27"/>
        <source>Support for families</source>
        <translation>परिवारों के लिए सहायता</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="53"/>
        <source>If someone is in danger right now</source>
        <translation>अगर अभी कोई ख़तरे में है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="56"/>
        <source>Call your local emergency number. Stay with the person if it is safe, and remove anything they could use to hurt themselves or others.</source>
        <translation>अपने इलाक़े का इमरजेंसी नंबर मिलाएँ। अगर सुरक्षित हो तो उस व्यक्ति के साथ रहें, और ऐसी हर चीज़ हटा दें जिससे वे ख़ुद को या दूसरों को चोट पहुँचा सकें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="65"/>
        <source>No support services are listed for this language yet. Your doctor, clinic or local health service can tell you who to call.</source>
        <translation>इस भाषा के लिए अभी कोई सहायता सेवा सूची में नहीं है। आपके डॉक्टर, क्लिनिक या आस-पास की स्वास्थ्य सेवा बता सकते हैं कि किसे फ़ोन करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="72"/>
        <source>At %s</source>
        <translation>%s में</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="72"/>
        <source>At your clinic</source>
        <translation>आपके क्लिनिक में</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="78"/>
        <source>In other countries</source>
        <translation>दूसरे देशों में</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="84"/>
        <source>This app does not contact anyone for you, and never sends anything over the internet.</source>
        <translation>यह ऐप आपकी ओर से किसी से संपर्क नहीं करता, और इंटरनेट पर कभी कुछ नहीं भेजता।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="108"/>
        <source>Call</source>
        <translation>फ़ोन करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="110"/>
        <source>Text</source>
        <translation>SMS भेजें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="80"/>
        <source>Library</source>
        <translation>लाइब्रेरी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="83"/>
        <source>All lessons (Alt+Home)</source>
        <translation>सभी पाठ (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="85"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="102"/>
        <source>Larger text</source>
        <translation>बड़े अक्षर</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="105"/>
        <source>Larger text (Ctrl+plus)</source>
        <translation>बड़े अक्षर (Ctrl+plus)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="108"/>
        <source>Smaller text</source>
        <translation>छोटे अक्षर</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="111"/>
        <source>Smaller text (Ctrl+minus)</source>
        <translation>छोटे अक्षर (Ctrl+minus)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="114"/>
        <source>Normal text size</source>
        <translation>अक्षरों का सामान्य आकार</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="51"/>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="87"/>
        <source>Get support</source>
        <translation>सहायता पाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="90"/>
        <source>Crisis lines and support services (F1)</source>
        <translation>संकट हेल्पलाइन और सहायता सेवाएँ (F1)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="92"/>
        <source>Content problems</source>
        <translation>सामग्री की समस्याएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="94"/>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="97"/>
        <source>Your progress (Alt+P)</source>
        <translation>आपकी प्रगति (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="155"/>
        <source>Switch profile…</source>
        <translation>प्रोफ़ाइल बदलें…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="158"/>
        <source>Choose who is using the app</source>
        <translation>चुनें कि ऐप कौन इस्तेमाल कर रहा है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="160"/>
        <source>Your data (backup and restore)…</source>
        <translation>आपकी जानकारी (बैकअप बनाना और वापस लाना)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="119"/>
        <source>Stress log</source>
        <translation>तनाव डायरी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="122"/>
        <source>Your private stress log (Alt+S)</source>
        <translation>आपकी निजी तनाव डायरी (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="125"/>
        <source>Plan</source>
        <translation>योजना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="128"/>
        <source>The warning-signs plan (Alt+W)</source>
        <translation>चेतावनी संकेतों की योजना (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="131"/>
        <source>Signs</source>
        <translation>संकेत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="134"/>
        <source>What did you notice today? Your family&apos;s signs, day by day (Alt+N)</source>
        <translation>आज आपने क्या देखा? आपके परिवार के सदस्य के संकेत, दिन-ब-दिन (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="138"/>
        <source>Set or change passcode…</source>
        <translation>पासकोड लगाएँ या बदलें…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="141"/>
        <source>Remove passcode…</source>
        <translation>पासकोड हटाएँ…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="144"/>
        <source>Lock private entries</source>
        <translation>निजी जानकारी लॉक करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="147"/>
        <source>Lock now (or press Escape twice to hide everything)</source>
        <translation>अभी लॉक करें (या सब कुछ छिपाने के लिए Escape दो बार दबाएँ)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="150"/>
        <source>Delete all my private data…</source>
        <translation>मेरी सारी निजी जानकारी मिटाएँ…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="162"/>
        <source>Print lesson…</source>
        <translation>पाठ प्रिंट करें…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="165"/>
        <source>Take this home</source>
        <translation>इसे घर ले जाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="165"/>
        <source>A card of the lessons you read today</source>
        <translation>आज पढ़े गए पाठों का एक कार्ड</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="168"/>
        <source>Quit</source>
        <translation>ऐप बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="173"/>
        <source>Stress log report for your doctor (PDF)…</source>
        <translation>डॉक्टर के लिए तनाव डायरी की रिपोर्ट (PDF)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="177"/>
        <source>Stress log as a spreadsheet (CSV)…</source>
        <translation>तनाव डायरी स्प्रेडशीट के रूप में (CSV)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="181"/>
        <source>Warning-signs plan (PDF)…</source>
        <translation>चेतावनी संकेतों की योजना (PDF)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="184"/>
        <source>Signs seen, as a spreadsheet (CSV)…</source>
        <translation>देखे गए संकेत, स्प्रेडशीट (CSV) के रूप में…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="233"/>
        <source>Your country (for Get support)</source>
        <translation>आपका देश (“सहायता पाएँ” के लिए)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="252"/>
        <source>Another country</source>
        <translation>कोई और देश</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/about.py" line="14"/>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="169"/>
        <source>About Caregiver Companion</source>
        <translation>Caregiver Companion के बारे में</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/about.py" line="16"/>
        <source>Caregiver Companion %s

Lessons for families caring for someone with a mental illness. It works offline and sends nothing anywhere.

It is education, not diagnosis or treatment. In an emergency, call your local emergency number.</source>
        <translation>Caregiver Companion %s

मानसिक बीमारी के साथ जी रहे अपने किसी प्रियजन की देखभाल करने वाले परिवारों के लिए पाठ। यह बिना इंटरनेट के चलता है और कहीं कुछ नहीं भेजता।

यह जानकारी और समझ बढ़ाने के लिए है, बीमारी की पहचान (diagnosis) या इलाज के लिए नहीं। इमरजेंसी में अपने इलाक़े का इमरजेंसी नंबर मिलाएँ।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="208"/>
        <source>&amp;App</source>
        <translation>ऐप (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="212"/>
        <source>Lock private entries after</source>
        <translation>इतनी देर बाद निजी जानकारी लॉक करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="214"/>
        <source>Save a copy</source>
        <translation>एक कॉपी सेव करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="221"/>
        <source>&amp;Edit</source>
        <translation>एडिट (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="222"/>
        <source>&amp;View</source>
        <translation>देखें (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="230"/>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="231"/>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/theme.py" line="103"/>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/theme.py" line="104"/>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/theme.py" line="105"/>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/theme.py" line="106"/>
        <source>High contrast</source>
        <translation>हाई कॉन्ट्रास्ट</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="261"/>
        <source>1 minute without use</source>
        <translation>1 मिनट इस्तेमाल न होने पर</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="261"/>
        <source>%1 minutes without use</source>
        <translation>%1 मिनट इस्तेमाल न होने पर</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="289"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="304"/>
        <source>A−</source>
        <translation>अ−</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="305"/>
        <source>A+</source>
        <translation>अ+</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="193"/>
        <source>No lessons could be read from the lesson folder %s (a network drive may be offline, or the folder is empty), so the lessons that come with the app are shown. Restart the app to try again.</source>
        <translation>पाठों के फ़ोल्डर %s से कोई पाठ नहीं पढ़ा जा सका (हो सकता है कोई नेटवर्क ड्राइव बंद हो, या फ़ोल्डर ख़ाली हो), इसलिए ऐप के साथ आने वाले पाठ दिखाए जा रहे हैं। फिर से कोशिश करने के लिए ऐप को दोबारा शुरू करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="203"/>
        <source>The settings file has problems; defaults are used for them:</source>
        <translation>सेटिंग फ़ाइल में कुछ समस्याएँ हैं; उनकी जगह पहले से तय मान इस्तेमाल किए जा रहे हैं:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="262"/>
        <source>Caregiver Companion is already open</source>
        <translation>Caregiver Companion पहले से खुला है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="264"/>
        <source>Caregiver Companion is already open on this computer, perhaps in another window. Switch to that window. Only one copy can use your data at a time, so that nothing you save is lost.</source>
        <translation>Caregiver Companion इस कंप्यूटर पर पहले से खुला है, शायद किसी दूसरी विंडो में। उसी विंडो पर जाएँ। एक समय में सिर्फ़ एक ही ऐप आपकी जानकारी इस्तेमाल कर सकता है, ताकि आपका सेव किया हुआ कुछ भी खो न जाए।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="314"/>
        <source>Your saved progress could not be opened</source>
        <translation>आपकी सेव की गई प्रगति खोली नहीं जा सकी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="318"/>
        <source>A backup from %s can bring back what was saved then.</source>
        <translation>%s का बैकअप उस समय तक सेव की गई चीज़ें वापस ला सकता है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="319"/>
        <source>Restore that backup</source>
        <translation>वह बैकअप वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="320"/>
        <source>Start fresh</source>
        <translation>नए सिरे से शुरू करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="322"/>
        <source>There is no backup to restore, so the app starts fresh.</source>
        <translation>वापस लाने के लिए कोई बैकअप नहीं है, इसलिए ऐप नए सिरे से शुरू होगा।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="329"/>
        <location filename="../../caregiver_app/ui/app.py" line="332"/>
        <source>Restore failed</source>
        <translation>जानकारी वापस नहीं लाई जा सकी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="329"/>
        <source>Nothing was changed, because %s.</source>
        <translation>कुछ भी नहीं बदला गया, क्योंकि %s।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="332"/>
        <source>Nothing was changed: %s</source>
        <translation>कुछ भी नहीं बदला गया: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="67"/>
        <source>A passcode needs at least 6 characters, not counting spaces at the start or end.</source>
        <translation>पासकोड में कम से कम 6 अक्षर होने चाहिए। शुरू या आख़िर की ख़ाली जगह (स्पेस) नहीं गिनी जाती।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="70"/>
        <source>A passcode that repeats one character or a short pattern is easy to guess.</source>
        <translation>जिस पासकोड में एक ही अक्षर या छोटा-सा पैटर्न बार-बार आए, उसका अंदाज़ा लगाना आसान है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="73"/>
        <source>A run like 123456 or abcdef is one of the first things anyone tries.</source>
        <translation>123456 या abcdef जैसा सिलसिला तो हर कोई सबसे पहले आज़माता है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="76"/>
        <source>This is one of the passcodes people use most, so it is among the first guesses.</source>
        <translation>यह सबसे ज़्यादा इस्तेमाल होने वाले पासकोड में से एक है, इसलिए इसे सबसे पहले आज़माया जाता है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="92"/>
        <source>Strength: strong.</source>
        <translation>मज़बूती: अच्छी।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="94"/>
        <source>Strength: okay. A few more characters, or another word, make it stronger.</source>
        <translation>मज़बूती: ठीक-ठाक। कुछ और अक्षर या एक और शब्द जोड़ने से यह ज़्यादा मज़बूत होगा।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="95"/>
        <source>Strength: weak. Longer is better: try three or four words you will remember.</source>
        <translation>मज़बूती: कमज़ोर। लंबा पासकोड बेहतर है: तीन-चार ऐसे शब्द आज़माएँ जो आपको याद रहें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="100"/>
        <source>How good the new passcode is</source>
        <translation>नया पासकोड कितना मज़बूत है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="108"/>
        <source>At least 6 characters, not one character repeated and not a run like 123456. A few words you will remember work well.</source>
        <translation>कम से कम 6 अक्षर, एक ही अक्षर बार-बार नहीं, और 123456 जैसा सिलसिला नहीं। याद रहने वाले कुछ शब्द अच्छे रहते हैं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="255"/>
        <source>Recovery code for the private entries of the profile “%s” in Caregiver Companion.</source>
        <translation>Caregiver Companion में “%s” की निजी जानकारी का रिकवरी कोड।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="258"/>
        <source>Recovery code for your private entries in Caregiver Companion.</source>
        <translation>Caregiver Companion में आपकी निजी जानकारी का रिकवरी कोड।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="261"/>
        <source>If the passcode is forgotten, this code opens them. Keep this paper somewhere safe, away from the computer.</source>
        <translation>अगर पासकोड भूल जाएँ, तो यह कोड उसे खोल देता है। इस काग़ज़ को कंप्यूटर से दूर किसी सुरक्षित जगह रखें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="11"/>
        <source>your stress log</source>
        <translation>आपकी तनाव डायरी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="12"/>
        <source>your warning-signs plan</source>
        <translation>आपकी चेतावनी संकेतों की योजना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="13"/>
        <source>the observations of your plan</source>
        <translation>आपकी योजना में दर्ज देखी गई बातों</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="14"/>
        <source>your reflections</source>
        <translation>“सोचें और लिखें” के आपके जवाबों</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="15"/>
        <source>your weekly check-ins</source>
        <translation>आपके हफ़्ते के हाल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="16"/>
        <source>your list of signs</source>
        <translation>आपके संकेतों की सूची</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="17"/>
        <source>the days of your signs</source>
        <translation>आपके संकेतों वाले दिनों</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="18"/>
        <source>the thresholds of your signs</source>
        <translation>आपके संकेतों की सीमाओं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="26"/>
        <source>1 entry in %s was not written by this app and is not shown; it is kept aside.</source>
        <translation>%s में 1 एंट्री इस ऐप ने नहीं लिखी थी, इसलिए वह नहीं दिखाई गई; उसे अलग रख दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="28"/>
        <source>1 entry in %s was changed or moved and cannot be opened; it is kept aside.</source>
        <translation>%s में 1 एंट्री बदली गई या कहीं और रखी गई, और खोली नहीं जा सकती; उसे अलग रख दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="30"/>
        <source>1 entry in %s was replaced by an older copy of itself; the older copy is not shown and is kept aside.</source>
        <translation>%s में 1 एंट्री की जगह उसी की एक पुरानी कॉपी रख दी गई; वह पुरानी कॉपी नहीं दिखाई गई और उसे अलग रख दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="33"/>
        <source>1 entry in %s that this app wrote is gone from the file.</source>
        <translation>%s में इस ऐप की लिखी 1 एंट्री फ़ाइल से ग़ायब है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="37"/>
        <source>%d entries in %s were not written by this app and are not shown; they are kept aside.</source>
        <translation>%d एंट्री इस ऐप ने नहीं लिखी थीं (ये %s में हैं), इसलिए नहीं दिखाई गईं; इन्हें अलग रख दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="40"/>
        <source>%d entries in %s were changed or moved and cannot be opened; they are kept aside.</source>
        <translation>%d एंट्री (ये %s में हैं) बदली गईं या कहीं और रखी गईं, और खोली नहीं जा सकतीं; इन्हें अलग रख दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="43"/>
        <source>%d entries in %s were replaced by older copies of themselves; the older copies are not shown and are kept aside.</source>
        <translation>%d एंट्री (ये %s में हैं) की जगह उन्हीं की पुरानी कॉपियाँ रख दी गईं; वे पुरानी कॉपियाँ नहीं दिखाई गईं और उन्हें अलग रख दिया गया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="46"/>
        <source>%d entries in %s that this app wrote are gone from the file.</source>
        <translation>इस ऐप की लिखी %d एंट्री फ़ाइल से ग़ायब हैं (ये %s में थीं)।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="58"/>
        <source>The app&apos;s record of your entries was missing or damaged, so it could not check whether older copies were put back. It has made a new record.</source>
        <translation>आपकी एंट्री का जो हिसाब ऐप रखता है, वह नहीं मिला या ख़राब था, इसलिए ऐप यह नहीं जाँच सका कि कहीं पुरानी कॉपियाँ वापस तो नहीं रखी गईं। ऐप ने नया हिसाब बना लिया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="63"/>
        <source>The app&apos;s record of your entries went back to an older copy.</source>
        <translation>आपकी एंट्री का जो हिसाब ऐप रखता है, वह किसी पुरानी कॉपी पर लौट गया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="66"/>
        <source>This app deleted nothing. If you did not expect this, someone may have changed this app&apos;s data file.</source>
        <translation>इस ऐप ने कुछ भी नहीं मिटाया। अगर आपको इसकी उम्मीद नहीं थी, तो हो सकता है किसी ने इस ऐप की डेटा फ़ाइल बदली हो।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="38"/>
        <source>Open in your web browser?</source>
        <translation>अपने वेब ब्राउज़र में खोलें?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="39"/>
        <source>This link leads outside Caregiver Companion, to:

%s

Open it in your web browser?</source>
        <translation>यह लिंक Caregiver Companion से बाहर, यहाँ ले जाता है:

%s

क्या इसे अपने वेब ब्राउज़र में खोलें?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/printing.py" line="28"/>
        <source>No printer</source>
        <translation>कोई प्रिंटर नहीं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/printing.py" line="28"/>
        <source>No printer is set up on this computer.</source>
        <translation>इस कंप्यूटर पर कोई प्रिंटर सेट नहीं है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/feature.py" line="99"/>
        <source>Your progress could not be read (%s).</source>
        <translation>आपकी प्रगति खोली नहीं जा सकी (%s)।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/area.py" line="258"/>
        <source>Choose a new passcode</source>
        <translation>नया पासकोड चुनें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/area.py" line="259"/>
        <source>You used your recovery code. Please choose a new passcode now.</source>
        <translation>आपने अपने रिकवरी कोड का इस्तेमाल किया है। कृपया अभी नया पासकोड चुनें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/area.py" line="280"/>
        <source>Some private entries are not shown</source>
        <translation>निजी जानकारी का कुछ हिस्सा नहीं दिखाया जा रहा है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="67"/>
        <source>Remove the passcode?</source>
        <translation>पासकोड हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="69"/>
        <source>Your private entries will be stored without encryption, and anyone who uses this computer could read them. Remove the passcode?</source>
        <translation>आपकी निजी जानकारी ताले में बंद (एन्क्रिप्ट) किए बिना रखी जाएगी, और इस कंप्यूटर को इस्तेमाल करने वाला कोई भी उसे पढ़ सकेगा। पासकोड हटाएँ?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="82"/>
        <source>The passcode was not removed</source>
        <translation>पासकोड नहीं हटाया गया</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="83"/>
        <source>Your entries stay encrypted: %s.</source>
        <translation>आपकी एंट्री ताले में बंद (एन्क्रिप्ट) ही रहेंगी: %s।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="93"/>
        <source>Some entries were kept aside</source>
        <translation>कुछ एंट्री अलग रख दी गईं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="95"/>
        <source>%d entries could not be trusted, so they were kept aside and not made readable.</source>
        <translation>%d एंट्री पर भरोसा नहीं किया जा सका, इसलिए उन्हें अलग रख दिया गया और खोला नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="107"/>
        <source>Delete all your private data?</source>
        <translation>अपनी सारी निजी जानकारी मिटाएँ?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="109"/>
        <source>This deletes every stress check-in, reflection and weekly check-in, the warning-signs plan and its observations, and the signs watched with every day ticked, of %s. Lesson progress stays. This cannot be undone.</source>
        <translation>इससे “%s” की ये सब चीज़ें मिट जाएँगी: तनाव डायरी में लिखा हर दिन का हाल, “सोचें और लिखें” के सारे जवाब, हर हफ़्ते का हाल, चेतावनी संकेतों की योजना और उसमें दर्ज देखी गई बातें, और नज़र रखे गए संकेत, हर टिक किए दिन के साथ। पाठों की प्रगति बनी रहेगी। इसे बाद में वापस नहीं लाया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="121"/>
        <source>Nothing was deleted</source>
        <translation>कुछ भी नहीं मिटाया गया</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="122"/>
        <source>Your private data could not be deleted: %s.</source>
        <translation>आपकी निजी जानकारी नहीं मिटाई जा सकी: %s।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="126"/>
        <source>Your private data was deleted.</source>
        <translation>आपकी निजी जानकारी मिटा दी गई।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="134"/>
        <source>Weekly check-in</source>
        <translation>हफ़्ते का हाल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="135"/>
        <source>This content folder has no weekly check-in.</source>
        <translation>इस सामग्री फ़ोल्डर में हफ़्ते का हाल नहीं है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="44"/>
        <source>The file will not be encrypted</source>
        <translation>यह फ़ाइल ताले में बंद (एन्क्रिप्ट) नहीं होगी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="46"/>
        <source>Anyone who can open the file you save can read it, whatever your passcode. Keep it somewhere safe, and delete it when you no longer need it. Continue?</source>
        <translation>आपका पासकोड चाहे जो भी हो, जो भी इस फ़ाइल को खोल पाएगा, वह इसे पढ़ सकेगा। इसे किसी सुरक्षित जगह रखें, और ज़रूरत ख़त्म होने पर मिटा दें। आगे बढ़ें?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="60"/>
        <source>Export the stress log</source>
        <translation>तनाव डायरी को फ़ाइल में सेव करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="67"/>
        <location filename="../../caregiver_app/ui/private/files.py" line="83"/>
        <source>Export failed</source>
        <translation>फ़ाइल सेव नहीं हो सकी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="67"/>
        <location filename="../../caregiver_app/ui/private/files.py" line="83"/>
        <source>Nothing was saved: %s.</source>
        <translation>कुछ भी सेव नहीं हुआ: %s।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="75"/>
        <source>Export the signs</source>
        <translation>संकेत फ़ाइल में सेव करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="91"/>
        <source>Import a stress log</source>
        <translation>फ़ाइल से तनाव डायरी जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="108"/>
        <source>Save a report for your doctor</source>
        <translation>अपने डॉक्टर के लिए रिपोर्ट सेव करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="123"/>
        <source>Could not save the report</source>
        <translation>रिपोर्ट सेव नहीं हो सकी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="123"/>
        <source>The report was not saved: %s</source>
        <translation>रिपोर्ट सेव नहीं हुई: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="131"/>
        <source>Save the plan as a page</source>
        <translation>योजना को एक पेज के रूप में सेव करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="151"/>
        <source>Could not save the plan</source>
        <translation>योजना सेव नहीं हो सकी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="151"/>
        <source>The page was not saved: %s</source>
        <translation>पेज सेव नहीं हुआ: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="106"/>
        <source>Lesson not found</source>
        <translation>पाठ नहीं मिला</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="108"/>
        <source>The lesson “%s” is not in this library. It may have been moved or left out because of a problem in its file.</source>
        <translation>पाठ “%s” इस लाइब्रेरी में नहीं है। हो सकता है उसे कहीं और रख दिया गया हो, या उसकी फ़ाइल में किसी समस्या के कारण उसे छोड़ दिया गया हो।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="180"/>
        <source>Your answer is not saved: nothing from this session is kept.</source>
        <translation>आपका जवाब सेव नहीं होगा: इस बार के इस्तेमाल की कोई भी बात रखी नहीं जाती।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="182"/>
        <source>Your answer cannot be saved: your saved data can only be read now.</source>
        <translation>आपका जवाब सेव नहीं हो सकता: अभी आपकी सेव की गई जानकारी सिर्फ़ पढ़ी जा सकती है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="184"/>
        <source>Locked. Unlock your private entries (App menu) to see and write here.</source>
        <translation>लॉक है। यहाँ देखने और लिखने के लिए अपनी निजी जानकारी अनलॉक करें (ऐप मेन्यू में)।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="186"/>
        <source>Saved as you type, encrypted with your passcode.</source>
        <translation>लिखते-लिखते अपने आप सेव होता है, आपके पासकोड से ताले में बंद (एन्क्रिप्ट) होकर।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="189"/>
        <source>Saved as you type, in the profile “%s”. Not encrypted: set a passcode (App menu) to keep it private.</source>
        <translation>लिखते-लिखते अपने आप सेव होता है (प्रोफ़ाइल: “%s”)। यह ताले में बंद (एन्क्रिप्ट) नहीं है: इसे निजी रखने के लिए पासकोड लगाएँ (ऐप मेन्यू)।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/session.py" line="102"/>
        <source>Your progress</source>
        <translation>आपकी प्रगति</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/session.py" line="200"/>
        <source>Text size %d%%</source>
        <translation>अक्षरों का आकार %d%%</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/main_window.py" line="62"/>
        <source>Caregiver Companion</source>
        <translation>Caregiver Companion</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/main_window.py" line="222"/>
        <source>Profile in use: “%s”. Click to switch.</source>
        <translation>अभी खुली प्रोफ़ाइल: “%s”। बदलने के लिए क्लिक करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/main_window.py" line="225"/>
        <source>Caregiver Companion — %s</source>
        <translation>Caregiver Companion — %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/main_window.py" line="238"/>
        <source>%d older copies of your data could not be encrypted with the new passcode, because they are damaged or were made by a newer version. They may still hold private entries unencrypted. They were kept in %s: %s. Delete them once you are sure you do not need them.</source>
        <translation>आपकी जानकारी की %d पुरानी कॉपियाँ नए पासकोड से ताले में बंद (एन्क्रिप्ट) नहीं हो सकीं, क्योंकि वे ख़राब हैं या किसी नए वर्ज़न से बनी थीं। हो सकता है उनमें अब भी निजी जानकारी बिना ताले के पड़ी हो। उन्हें %s में रखा गया है: %s। जब आपको पक्का हो जाए कि उनकी ज़रूरत नहीं है, तब उन्हें मिटा दें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="47"/>
        <source>Lessons you looked at today</source>
        <translation>आज आपने जो पाठ देखे</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="48"/>
        <source>Start with “Start here” and “Early warning signs of relapse”.</source>
        <translation>पहले “यहाँ से शुरू करें” और “बीमारी के दोबारा लौटने के शुरुआती चेतावनी संकेत” पढ़ें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="49"/>
        <source>If you need help</source>
        <translation>अगर आपको मदद चाहिए</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="56"/>
        <source>Read more, at home:</source>
        <translation>घर पर और पढ़ें:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="86"/>
        <source>This computer does not print. To take this home, point your phone&apos;s camera at the code below: it opens the clinic&apos;s pages. To keep this list too, take a photo of it.</source>
        <translation>यह कंप्यूटर प्रिंट नहीं करता। इसे घर ले जाने के लिए अपने फ़ोन का कैमरा नीचे दिए कोड पर रखें: इससे क्लिनिक के पेज खुलते हैं। यह सूची भी रखनी हो तो इसकी फ़ोटो ले लें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="91"/>
        <source>This computer does not print. To keep this list, take a photo of it with your phone.</source>
        <translation>यह कंप्यूटर प्रिंट नहीं करता। यह सूची रखने के लिए अपने फ़ोन से इसकी फ़ोटो ले लें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="58"/>
        <source>Undo</source>
        <translation>पहले जैसा करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="59"/>
        <source>Redo</source>
        <translation>फिर से करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="60"/>
        <source>Cut</source>
        <translation>काटें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="61"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="62"/>
        <source>Paste</source>
        <translation>चिपकाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="63"/>
        <source>Select all</source>
        <translation>सब चुनें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="24"/>
        <source> or </source>
        <translation> या </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="39"/>
        <source>End your visit: clear everything you read and wrote here</source>
        <translation>इस्तेमाल ख़त्म करें: यहाँ पढ़ा और लिखा सब मिटा दें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="41"/>
        <source>Hide everything on the screen at once, and lock your private entries</source>
        <translation>स्क्रीन पर सब कुछ एक साथ छिपाएँ, और अपनी निजी जानकारी लॉक करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="44"/>
        <source>Escape, twice</source>
        <translation>Escape, दो बार</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="45"/>
        <source>Search the lessons</source>
        <translation>पाठों में खोजें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="46"/>
        <source>Find a word in this lesson</source>
        <translation>इस पाठ में कोई शब्द ढूँढें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="47"/>
        <source>Go to a heading in this lesson</source>
        <translation>इस पाठ के किसी शीर्षक पर जाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="48"/>
        <source>Save today&apos;s check-in</source>
        <translation>आज का हाल सेव करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="49"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="49"/>
        <source>Move between buttons and boxes</source>
        <translation>बटनों और बॉक्सों के बीच जाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="50"/>
        <source>Space or Enter</source>
        <translation>Space या Enter</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="50"/>
        <source>Press the button that has the keyboard</source>
        <translation>जो बटन अभी चुना हुआ है, उसे दबाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="60"/>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="64"/>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="170"/>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="63"/>
        <source>Keys</source>
        <translation>कीबोर्ड के बटन</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="63"/>
        <source>What they do</source>
        <translation>इनसे क्या होता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="76"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="159"/>
        <source>Stress log of %1</source>
        <translation>%1 की तनाव डायरी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="162"/>
        <source>The last %1 days, to %2. Written by me, for my own doctor. It describes how I have been as a carer; it is not a medical assessment.</source>
        <translation>पिछले %1 दिन, %2 तक। यह मैंने अपने डॉक्टर के लिए ख़ुद लिखा है। इसमें बताया है कि देखभाल करते हुए मेरा हाल कैसा रहा; यह कोई डॉक्टरी जाँच नहीं है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="184"/>
        <source>Days with a check-in</source>
        <translation>जिन दिनों हाल लिखा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="184"/>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="186"/>
        <source>Average stress (0 to 10)</source>
        <translation>औसत तनाव (0 से 10)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="188"/>
        <source>%1 (the %2 days before: %3)</source>
        <translation>%1 (उससे पहले के %2 दिन: %3)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="194"/>
        <source>Average sleep</source>
        <translation>औसत नींद</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="194"/>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="195"/>
        <source>Days at 8 or more</source>
        <translation>8 या उससे ज़्यादा तनाव वाले दिन</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="209"/>
        <source>What caused stress most often:</source>
        <translation>सबसे ज़्यादा बार तनाव किससे हुआ:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="213"/>
        <source>What seemed to help:</source>
        <translation>किससे मदद मिलती लगी:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="214"/>
        <source>%1 (stress %2 on those days, %3 on others)</source>
        <translation>%1 (उन दिनों तनाव %2, बाक़ी दिनों %3)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="225"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="225"/>
        <source>Stress</source>
        <translation>तनाव</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="225"/>
        <source>Sleep</source>
        <translation>नींद</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="225"/>
        <source>Mood</source>
        <translation>मूड</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="225"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="226"/>
        <source>Day by day</source>
        <translation>दिन-ब-दिन</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="168"/>
        <source>Made with Caregiver Companion. This file is not encrypted.</source>
        <translation>Caregiver Companion से बनाया गया। यह फ़ाइल ताले में बंद (एन्क्रिप्ट) नहीं है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/printing.py" line="16"/>
        <source>Check your understanding:</source>
        <translation>अपनी समझ जाँचें:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/printing.py" line="16"/>
        <source>Reflect:</source>
        <translation>सोचें और लिखें:</translation>
    </message>
</context>
<context>
    <name>AdminPinDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="89"/>
        <source>Staff only</source>
        <translation>सिर्फ़ स्टाफ़ के लिए</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="93"/>
        <source>Admin PIN</source>
        <translation>एडमिन PIN</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="94"/>
        <source>The PIN that leaves kiosk mode</source>
        <translation>कियोस्क मोड से बाहर निकलने का PIN</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="95"/>
        <source>Type the admin PIN to leave kiosk mode.</source>
        <translation>कियोस्क मोड से बाहर निकलने के लिए एडमिन PIN टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="104"/>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="105"/>
        <source>Leave kiosk mode</source>
        <translation>कियोस्क मोड से बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="106"/>
        <source>Checks the PIN</source>
        <translation>PIN जाँचता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="108"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="109"/>
        <source>Stay in kiosk mode</source>
        <translation>कियोस्क मोड में ही रहें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="133"/>
        <source>Type the PIN first.</source>
        <translation>पहले PIN लिखें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="138"/>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="159"/>
        <source>The PIN could not be checked just now. Try again.</source>
        <translation>अभी PIN की जाँच नहीं हो सकी। फिर से कोशिश करें।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="197"/>
        <source>Wrong PIN — try again in %n s.</source>
        <translation>
            <numerusform>PIN ग़लत है — %n सेकंड बाद फिर कोशिश करें।</numerusform>
            <numerusform>PIN ग़लत है — %n सेकंड बाद फिर कोशिश करें।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="203"/>
        <source>Wrong PIN — try again.</source>
        <translation>PIN ग़लत है — फिर कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <location filename="../../caregiver_app/ui/shell/backup_schedule.py" line="67"/>
        <source>The automatic backup could not be made (%s). Your data is still saved; the app will try again later.</source>
        <translation>अपने आप बनने वाला बैकअप नहीं बन सका (%s)। आपकी जानकारी अब भी सेव है; ऐप बाद में फिर से कोशिश करेगा।</translation>
    </message>
</context>
<context>
    <name>ChangePasscodeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="456"/>
        <source>Change passcode</source>
        <translation>पासकोड बदलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="457"/>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="458"/>
        <source>Current passcode</source>
        <translation>अभी का पासकोड</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="460"/>
        <source>New passcode</source>
        <translation>नया पासकोड</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="461"/>
        <source>New passcode again</source>
        <translation>नया पासकोड दोबारा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="471"/>
        <source>Choose a new passcode. Your recovery code stays the same.</source>
        <translation>नया पासकोड चुनें। आपका रिकवरी कोड वही रहेगा।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="501"/>
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>बहुत बार ग़लत कोशिश हुई। आप %n सेकंड बाद फिर कोशिश कर सकते हैं।</numerusform>
            <numerusform>बहुत बार ग़लत कोशिश हुई। आप %n सेकंड बाद फिर कोशिश कर सकते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="510"/>
        <source>The two passcodes are not the same.</source>
        <translation>दोनों पासकोड एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="516"/>
        <source>Type the same passcode again in the second box.</source>
        <translation>दूसरे बॉक्स में वही पासकोड फिर से टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="537"/>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="551"/>
        <source>That is not the current passcode.</source>
        <translation>यह अभी वाला पासकोड नहीं है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="566"/>
        <source>Changing your passcode…</source>
        <translation>आपका पासकोड बदला जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="575"/>
        <source>The passcode was not changed: %s</source>
        <translation>पासकोड नहीं बदला गया: %s</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="33"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="34"/>
        <source>calm</source>
        <translation>शांत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="35"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="36"/>
        <source>a little tense</source>
        <translation>हल्की बेचैनी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="37"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="38"/>
        <source>tense</source>
        <translation>थोड़ा तनाव</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="39"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="40"/>
        <source>stressed</source>
        <translation>काफ़ी तनाव</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="41"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="42"/>
        <source>very stressed</source>
        <translation>बहुत तनाव</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="43"/>
        <source>overwhelmed</source>
        <translation>तनाव से बेहाल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="46"/>
        <source>very low</source>
        <translation>बहुत उदास</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="47"/>
        <source>low</source>
        <translation>उदास</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="48"/>
        <source>okay</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="49"/>
        <source>good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="50"/>
        <source>very good</source>
        <translation>बहुत अच्छा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="58"/>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="271"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="272"/>
        <source>The day this check-in is about</source>
        <translation>यह हाल किस दिन का है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="280"/>
        <source> h</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="287"/>
        <source>Mood: %s</source>
        <translation>मूड: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="292"/>
        <source>How your mood has been today; press again to unchoose</source>
        <translation>आज आपका मूड कैसा रहा; हटाने के लिए फिर दबाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="301"/>
        <source>A note, if you like</source>
        <translation>चाहें तो एक नोट</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="319"/>
        <source>Stress %1 of 10</source>
        <translation>तनाव 10 में से %1</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="321"/>
        <source>Stress from 0 to 10</source>
        <translation>तनाव, 0 से 10 तक</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="342"/>
        <source>S&amp;tress:</source>
        <translation>तनाव (&amp;T):</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="279"/>
        <source>not noted</source>
        <translation>नहीं लिखा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="282"/>
        <source>Hours of sleep last night</source>
        <translation>पिछली रात कितने घंटे नींद आई</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="283"/>
        <source>Leave it at &quot;not noted&quot; if you are not sure</source>
        <translation>पक्का न हो तो &quot;नहीं लिखा&quot; ही रहने दें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="290"/>
        <source>Mood</source>
        <translation>मूड</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="294"/>
        <source>Something else that caused stress (commas between)</source>
        <translation>तनाव की कोई और वजह (बीच में कॉमा लगाएँ)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="297"/>
        <source>Something else that helped (commas between)</source>
        <translation>कुछ और जिससे मदद मिली (बीच में कॉमा लगाएँ)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="302"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="303"/>
        <source>Anything you want to remember about today</source>
        <translation>आज के बारे में जो भी आप याद रखना चाहें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="306"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="409"/>
        <source>Save check-in</source>
        <translation>हाल सेव करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="308"/>
        <source>Save (Ctrl+S)</source>
        <translation>सेव करें (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="340"/>
        <source>Day:</source>
        <translation>दिन:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="343"/>
        <source>Sleep last night:</source>
        <translation>पिछली रात की नींद:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="344"/>
        <source>Mood:</source>
        <translation>मूड:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="345"/>
        <source>What caused stress:</source>
        <translation>तनाव की वजह:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="346"/>
        <source>What helped:</source>
        <translation>किससे मदद मिली:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="347"/>
        <source>Note:</source>
        <translation>नोट:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="355"/>
        <source>Today&apos;s check-in</source>
        <translation>आज का हाल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="361"/>
        <source>%1 of 10: %2</source>
        <translation>10 में से %1: %2</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="372"/>
        <source>Choose a number for today&apos;s stress</source>
        <translation>आज के तनाव के लिए एक अंक चुनें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="373"/>
        <source>Choose a number for this day&apos;s stress</source>
        <translation>इस दिन के तनाव के लिए एक अंक चुनें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="409"/>
        <source>Update check-in</source>
        <translation>हाल अपडेट करें</translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="40"/>
        <source>Your data</source>
        <translation>आपकी जानकारी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="47"/>
        <source>Nothing is being saved on this computer in this session.</source>
        <translation>इस बार इस कंप्यूटर पर कुछ भी सेव नहीं हो रहा है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="51"/>
        <source>Everything you save stays on this computer, in %s. To move to another computer, back up to a file (on a USB stick, for example) and restore it there. Only entries protected by a passcode are encrypted in the backup file, so keep it somewhere safe.</source>
        <translation>आपका सेव किया हुआ सब कुछ इसी कंप्यूटर पर, %s में रहता है। किसी दूसरे कंप्यूटर पर ले जाने के लिए, एक फ़ाइल में बैकअप बनाएँ (जैसे किसी USB स्टिक पर) और उस कंप्यूटर पर उसे वापस लाएँ। बैकअप फ़ाइल में सिर्फ़ पासकोड से सुरक्षित एंट्री ही ताले में बंद (एन्क्रिप्ट) रहती हैं, इसलिए इस फ़ाइल को किसी सुरक्षित जगह रखें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="58"/>
        <source>Back up to a file…</source>
        <translation>फ़ाइल में बैकअप बनाएँ…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="60"/>
        <source>Restore from a file…</source>
        <translation>फ़ाइल से वापस लाएँ…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="66"/>
        <source>Automatic backups (made while you use the app and before big changes; one a day is kept for two weeks, then one a week, then one a month for a year):</source>
        <translation>अपने आप बनने वाले बैकअप (ये ऐप इस्तेमाल करते समय और बड़े बदलावों से पहले बनते हैं; दो हफ़्ते तक रोज़ का एक, फिर हर हफ़्ते का एक, फिर एक साल तक हर महीने का एक बैकअप रखा जाता है):</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="73"/>
        <source>Automatic backups</source>
        <translation>अपने आप बनने वाले बैकअप</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="74"/>
        <source>Restore the selected backup…</source>
        <translation>चुना हुआ बैकअप वापस लाएँ…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="115"/>
        <source>before a restore</source>
        <translation>वापस लाने से पहले</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="116"/>
        <source>before an import</source>
        <translation>फ़ाइल से जोड़ने से पहले</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="117"/>
        <source>before a passcode was set</source>
        <translation>पासकोड लगाने से पहले</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="124"/>
        <source>Back up to a file</source>
        <translation>फ़ाइल में बैकअप बनाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="130"/>
        <source>Restore from a file</source>
        <translation>फ़ाइल से वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="137"/>
        <source>Replace everything?</source>
        <translation>सब कुछ बदल दें?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="139"/>
        <source>This replaces ALL profiles, progress and notes on this computer with those in %s. What is here now will be lost unless you back it up first. A backup made before a passcode was set holds those entries unencrypted. Continue?</source>
        <translation>इस कंप्यूटर पर मौजूद सभी प्रोफ़ाइल, प्रगति और नोट्स हट जाएँगे, और उनकी जगह इसमें रखी चीज़ें आ जाएँगी: %s। अभी यहाँ जो है, वह खो जाएगा, जब तक कि आप पहले उसका बैकअप न बना लें। पासकोड लगाने से पहले बनाए गए बैकअप में वे एंट्री बिना ताले के (एन्क्रिप्ट किए बिना) रहती हैं। आगे बढ़ें?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="157"/>
        <source>Backup failed</source>
        <translation>बैकअप नहीं बन सका</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="158"/>
        <source>Nothing was saved: %s</source>
        <translation>कुछ भी सेव नहीं हुआ: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="162"/>
        <source>Backup saved</source>
        <translation>बैकअप सेव हो गया</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="162"/>
        <source>Everything was saved to %s.</source>
        <translation>सब कुछ %s में सेव हो गया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="172"/>
        <source>the backup from %s</source>
        <translation>%s का बैकअप</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="182"/>
        <source>Cannot restore this file</source>
        <translation>इस फ़ाइल से जानकारी वापस नहीं लाई जा सकती</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="183"/>
        <source>Nothing was changed, because %s.</source>
        <translation>कुछ भी नहीं बदला गया, क्योंकि %s।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="189"/>
        <source>Restore failed</source>
        <translation>जानकारी वापस नहीं लाई जा सकी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="190"/>
        <source>Nothing was changed: %s</source>
        <translation>कुछ भी नहीं बदला गया: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="196"/>
        <source>What was here before is kept as the backup from %s, in the list of automatic backups.</source>
        <translation>पहले यहाँ जो था, वह %s के बैकअप के रूप में, अपने आप बनने वाले बैकअप की सूची में रखा गया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="199"/>
        <source>Restored</source>
        <translation>जानकारी वापस आ गई</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="193"/>
        <source>Your data was restored.</source>
        <translation>आपकी जानकारी वापस आ गई।</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../caregiver_app/ui/widgets/dates.py" line="16"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/dates.py" line="17"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DayTicks</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="35"/>
        <source>The day you are filling in</source>
        <translation>जिस दिन के संकेत आप भर रहे हैं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="36"/>
        <source>Today, or an earlier day to fill in later</source>
        <translation>आज, या कोई पिछला दिन जिसे बाद में भरना है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="41"/>
        <source>A word of context, if you like</source>
        <translation>चाहें तो दो शब्दों में बताएँ कि क्या चल रहा था</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="42"/>
        <source>A word of context for the day</source>
        <translation>इस दिन के बारे में दो शब्द</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="43"/>
        <source>Saved when you leave the box</source>
        <translation>बॉक्स से बाहर जाते ही सेव हो जाता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="50"/>
        <source>Day:</source>
        <translation>दिन:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="88"/>
        <source>Ticked: seen on this day. Saved at once.</source>
        <translation>टिक किया: इस दिन दिखा। तुरंत सेव होता है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="94"/>
        <source>No signs here yet.</source>
        <translation>यहाँ अभी कोई संकेत नहीं है।</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="28"/>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="29"/>
        <source>Find in this lesson</source>
        <translation>इस पाठ में ढूँढें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="31"/>
        <source>Previous</source>
        <translation>पिछला</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="32"/>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="33"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="82"/>
        <source>Not found</source>
        <translation>नहीं मिला</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="72"/>
        <source>Import a stress log</source>
        <translation>फ़ाइल से तनाव डायरी जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="82"/>
        <source>Import progress</source>
        <translation>फ़ाइल से जोड़ने की प्रगति</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="83"/>
        <source>How much of the file is done</source>
        <translation>फ़ाइल का कितना हिस्सा हो चुका है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="87"/>
        <source>Rows that were skipped</source>
        <translation>छोड़ी गई पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="89"/>
        <source>Each skipped row of the file, with its line number and why</source>
        <translation>फ़ाइल की हर छोड़ी गई पंक्ति, उसके लाइन नंबर और कारण के साथ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="93"/>
        <source>&amp;Replace them</source>
        <translation>उन्हें बदलें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="95"/>
        <source>Use the file&apos;s check-ins for days you had already logged</source>
        <translation>जिन दिनों का हाल आप पहले ही लिख चुके हैं, उनके लिए फ़ाइल वाला हाल रखें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="97"/>
        <source>&amp;Keep mine</source>
        <translation>मेरे वाले रखें (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="99"/>
        <source>Import only the days you have not logged yet</source>
        <translation>सिर्फ़ वे दिन जोड़ें जिनका हाल आपने अभी तक नहीं लिखा है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="101"/>
        <source>&amp;Try again</source>
        <translation>फिर से कोशिश करें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="102"/>
        <source>Read the file and import it again</source>
        <translation>फ़ाइल फिर से पढ़ें और दोबारा जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="104"/>
        <source>Stop: nothing is imported</source>
        <translation>रोकें: कुछ भी नहीं जोड़ा जाएगा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="105"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="106"/>
        <source>Close this window</source>
        <translation>यह विंडो बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="156"/>
        <source>Reading %s…</source>
        <translation>%s को पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="202"/>
        <source>1 day already has a check-in; the file&apos;s will replace it.</source>
        <translation>1 दिन का हाल पहले से लिखा है; फ़ाइल वाला हाल उसकी जगह ले लेगा।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="204"/>
        <source>%d days already have a check-in; the file&apos;s will replace them.</source>
        <translation>%d दिनों का हाल पहले से लिखा है; फ़ाइल वाला हाल उनकी जगह ले लेगा।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="208"/>
        <source>Replace them, or keep yours for those days?</source>
        <translation>उन्हें बदलें, या उन दिनों के लिए अपने वाले रखें?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="220"/>
        <source>Saving 1 check-in…</source>
        <translation>1 दिन का हाल सेव हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="222"/>
        <source>Saving %d check-ins…</source>
        <translation>%d दिनों का हाल सेव हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="254"/>
        <source>Imported 1 check-in.</source>
        <translation>1 दिन का हाल जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="256"/>
        <source>Imported %d check-ins.</source>
        <translation>%d दिनों का हाल जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="260"/>
        <source>1 day you had already logged was left as it was.</source>
        <translation>जिस 1 दिन का हाल आपने पहले ही लिखा था, उसे वैसे ही रहने दिया गया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="262"/>
        <source>%d days you had already logged were left as they were.</source>
        <translation>जिन %d दिनों का हाल आपने पहले ही लिखा था, उन्हें वैसे ही रहने दिया गया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="267"/>
        <source>1 row was skipped:</source>
        <translation>1 पंक्ति छोड़ दी गई:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="269"/>
        <source>%d rows were skipped:</source>
        <translation>%d पंक्तियाँ छोड़ दी गईं:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="272"/>
        <source>The file could not be used: %s.</source>
        <translation>इस फ़ाइल का इस्तेमाल नहीं हो सका: %s।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="280"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>रद्द किया गया: कुछ भी नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="286"/>
        <source>The import stopped and nothing was imported: %s</source>
        <translation>फ़ाइल से जोड़ना रुक गया और कुछ भी नहीं जोड़ा गया: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="307"/>
        <source>the private entries were locked. Unlock them and try again.</source>
        <translation>निजी जानकारी लॉक थी। उसे अनलॉक करके फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="309"/>
        <source>the data was in use. Please try again in a moment.</source>
        <translation>उस समय जानकारी इस्तेमाल में थी। कृपया थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="311"/>
        <source>your data could not be saved (%s).</source>
        <translation>आपकी जानकारी सेव नहीं हो सकी (%s)।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="313"/>
        <source>the file could not be read (%s).</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी (%s)।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="325"/>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>KioskLockedScreen</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="39"/>
        <source>Caregiver Companion</source>
        <translation>Caregiver Companion</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="42"/>
        <source>This kiosk is not ready</source>
        <translation>यह कियोस्क अभी तैयार नहीं है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="45"/>
        <source>Sorry, this computer cannot be used right now. If you need help now, please ask at the reception desk, or call your local emergency number.</source>
        <translation>माफ़ कीजिए, यह कंप्यूटर अभी इस्तेमाल नहीं किया जा सकता। अगर आपको अभी मदद चाहिए, तो रिसेप्शन पर पूछें, या अपने इलाक़े का इमरजेंसी नंबर मिलाएँ।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="80"/>
        <source>This kiosk has no working admin PIN, so it stays locked and cannot be closed from here. Ask IT to set kiosk.admin_pin_hash in the site config (see caregiver-app hash-pin).</source>
        <translation>इस कियोस्क में कोई चालू एडमिन PIN नहीं है, इसलिए यह लॉक रहता है और यहाँ से बंद नहीं किया जा सकता। IT टीम से साइट कॉन्फ़िग में kiosk.admin_pin_hash सेट करने को कहें (देखें caregiver-app hash-pin)।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="85"/>
        <source>The kiosk&apos;s site config has problems, so it stays locked. Ask IT to fix it (caregiver-app check-config shows each problem); Ctrl+Alt+Shift+Q and the admin PIN close this screen.</source>
        <translation>इस कियोस्क की साइट कॉन्फ़िग में समस्याएँ हैं, इसलिए यह लॉक रहता है। IT टीम से इसे ठीक करने को कहें (caregiver-app check-config हर समस्या दिखाता है); Ctrl+Alt+Shift+Q और एडमिन PIN से यह स्क्रीन बंद होती है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="50"/>
        <source>For staff:</source>
        <translation>स्टाफ़ के लिए:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="56"/>
        <source>Leaving kiosk mode needs a working admin PIN; this kiosk has none yet.</source>
        <translation>कियोस्क मोड से बाहर निकलने के लिए चालू एडमिन PIN चाहिए; इस कियोस्क में अभी कोई PIN नहीं है।</translation>
    </message>
</context>
<context>
    <name>KioskSession</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="175"/>
        <source>Your visit</source>
        <translation>आपका इस्तेमाल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="195"/>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="197"/>
        <source>End my visit</source>
        <translation>इस्तेमाल ख़त्म करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="199"/>
        <source>Clears everything you read and wrote here, for the next person</source>
        <translation>आपने यहाँ जो कुछ पढ़ा और लिखा, वह सब अगले व्यक्ति के लिए मिटा देता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="201"/>
        <source>Clear everything you read and wrote here (or press Esc twice)</source>
        <translation>आपने यहाँ जो कुछ पढ़ा और लिखा, सब मिटाएँ (या Esc दो बार दबाएँ)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="221"/>
        <source>Welcome to %s. Read anything here; nothing is kept.</source>
        <translation>%s में आपका स्वागत है। यहाँ कुछ भी पढ़ें; कुछ भी रखा नहीं जाता।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="222"/>
        <source>Welcome. Read anything here; nothing is kept.</source>
        <translation>आपका स्वागत है। यहाँ कुछ भी पढ़ें; कुछ भी रखा नहीं जाता।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="265"/>
        <source>Your visit has ended. Everything you read and wrote here was cleared.</source>
        <translation>आपका इस्तेमाल ख़त्म हो गया। आपने यहाँ जो कुछ पढ़ा और लिखा, वह सब मिटा दिया गया।</translation>
    </message>
</context>
<context>
    <name>LessonFooter</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="24"/>
        <source>Opens the lesson before this one</source>
        <translation>इससे पहले वाला पाठ खोलता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="27"/>
        <source>Opens the lesson after this one</source>
        <translation>इसके बाद वाला पाठ खोलता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="28"/>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="73"/>
        <source>Mark as complete</source>
        <translation>पूरा होने का निशान लगाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="31"/>
        <source>Mark this lesson as complete</source>
        <translation>इस पाठ पर पूरा होने का निशान लगाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="32"/>
        <source>Shows this lesson as done on your progress page</source>
        <translation>प्रगति पेज पर इस पाठ को पूरा दिखाता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="56"/>
        <source>← Previous: %s</source>
        <translation>← पिछला: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="57"/>
        <source>Next: %s →</source>
        <translation>अगला: %s →</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="73"/>
        <source>✓ Completed (click to undo)</source>
        <translation>✓ पूरा हुआ (वापस लेने के लिए क्लिक करें)</translation>
    </message>
</context>
<context>
    <name>LessonListModel</name>
    <message>
        <location filename="../../caregiver_app/ui/library/lesson_rows.py" line="103"/>
        <source>Module: %1</source>
        <translation>भाग: %1</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_text.py" line="42"/>
        <source>Lesson text</source>
        <translation>पाठ का टेक्स्ट</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="37"/>
        <source>Lessons for families</source>
        <translation>परिवारों के लिए पाठ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="40"/>
        <source>Short lessons you can read in any order and come back to. If you are new, begin with the first module. Help is one click away: the red Get support button at the top of every screen.</source>
        <translation>छोटे-छोटे पाठ, जिन्हें आप किसी भी क्रम में पढ़ सकते हैं और बाद में फिर से देख सकते हैं। अगर आप यहाँ पहली बार हैं, तो पहले भाग से शुरू करें। मदद बस एक क्लिक दूर है: हर स्क्रीन पर सबसे ऊपर लाल रंग का “सहायता पाएँ” बटन।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="53"/>
        <source>Continue where you left off</source>
        <translation>जहाँ छोड़ा था, वहीं से आगे पढ़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="67"/>
        <source>Lessons</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="90"/>
        <source>Go to a module:</source>
        <translation>किसी भाग पर जाएँ:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="143"/>
        <source>1 problem was found in the lesson files. A lesson may be missing.</source>
        <translation>पाठ की फ़ाइलों में 1 समस्या मिली। हो सकता है कोई पाठ दिखाई न दे।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="146"/>
        <source>%1 problems were found in the lesson files. Some lessons may be missing.</source>
        <translation>पाठ की फ़ाइलों में %1 समस्याएँ मिलीं। हो सकता है कुछ पाठ दिखाई न दें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="150"/>
        <source>Show content problems</source>
        <translation>सामग्री की समस्याएँ देखें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="63"/>
        <source>No lessons were found in the content folder.</source>
        <translation>सामग्री वाले फ़ोल्डर में कोई पाठ नहीं मिला।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/library_view.py" line="173"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="175"/>
        <source>✓ Completed</source>
        <translation>✓ पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="175"/>
        <source>In progress</source>
        <translation>जारी है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="170"/>
        <source>Continue where you left off: %s</source>
        <translation>जहाँ छोड़ा था, वहीं से आगे पढ़ें: %s</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <location filename="../../caregiver_app/ui/private/locked_view.py" line="20"/>
        <source>Unlock private entries</source>
        <translation>निजी जानकारी अनलॉक करें</translation>
    </message>
</context>
<context>
    <name>PasscodeDialogs</name>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="594"/>
        <source>this computer does not have enough free memory right now</source>
        <translation>इस समय इस कंप्यूटर में काफ़ी ख़ाली मेमोरी नहीं है</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../caregiver_app/ui/private/stages.py" line="11"/>
        <source>Well</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stages.py" line="12"/>
        <source>Early signs</source>
        <translation>शुरुआती संकेत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stages.py" line="13"/>
        <source>Getting worse</source>
        <translation>हालत बिगड़ रही है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stages.py" line="14"/>
        <source>Crisis</source>
        <translation>संकट</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="25"/>
        <source>What it looks like</source>
        <translation>कैसा दिखता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="26"/>
        <source>What to do</source>
        <translation>क्या करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="27"/>
        <source>Who to contact</source>
        <translation>किससे संपर्क करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="31"/>
        <source>Warning-signs plan for %s</source>
        <translation>%s के लिए चेतावनी संकेतों की योजना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="32"/>
        <source>my family member</source>
        <translation>मेरे परिवार के सदस्य</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="33"/>
        <source>What I have noticed, over time</source>
        <translation>समय के साथ मैंने क्या देखा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="34"/>
        <source>The most recent %1 of %2; the rest are kept in the app.</source>
        <translation>%2 में से सबसे नई %1; बाक़ी ऐप में रखी हैं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="37"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="39"/>
        <source>What I noticed</source>
        <translation>मैंने क्या देखा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="40"/>
        <source>Made with Caregiver Companion on %s.</source>
        <translation>%s को Caregiver Companion से बनाया गया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="41"/>
        <source>Signs seen, week by week, from %1 to %2</source>
        <translation>देखे गए संकेत, हफ़्ते-दर-हफ़्ते, %1 से %2 तक</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="42"/>
        <source>The darker a square, the more days of that week the sign was seen; a dotted square is a week not filled in.</source>
        <translation>डिब्बा जितना गहरा, उस हफ़्ते उतने ज़्यादा दिन संकेत दिखा; बिंदुओं वाला डिब्बा वह हफ़्ता है जो भरा नहीं गया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="36"/>
        <source>The signs you or they notice at this stage</source>
        <translation>इस चरण में आप या वे जो संकेत देखते हैं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="37"/>
        <source>The steps you agreed for this stage</source>
        <translation>इस चरण के लिए आपने जो क़दम तय किए</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="38"/>
        <source>Names and numbers to call at this stage</source>
        <translation>इस चरण में किसे फ़ोन करना है: नाम और नंबर</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="41"/>
        <source>Signs timeline on the page</source>
        <translation>पेज पर संकेतों की समय-रेखा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="42"/>
        <source>Add the signs seen, week by week, to the page</source>
        <translation>देखे गए संकेत, हफ़्ते-दर-हफ़्ते, पेज पर जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="43"/>
        <source>No signs timeline</source>
        <translation>संकेतों की समय-रेखा नहीं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="44"/>
        <source>Signs of the last %d weeks</source>
        <translation>पिछले %d हफ़्तों के संकेत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="58"/>
        <source>Your plan</source>
        <translation>आपकी योजना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="83"/>
        <source>Warning-signs plan</source>
        <translation>चेतावनी संकेतों की योजना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="86"/>
        <source>Build this together with your family member when they are well, in their own words where you can. The lessons “Building a relapse signature together” and “An action plan for each stage” show how. It saves as you type.</source>
        <translation>यह योजना अपने परिवार के सदस्य के साथ मिलकर तब बनाएँ जब उनकी तबीयत ठीक हो, और जहाँ हो सके, उन्हीं के शब्दों में। “अपने ख़ास संकेतों की सूची मिलकर बनाना” और “हर चरण के लिए एक योजना” पाठों में इसका तरीक़ा बताया गया है। लिखते-लिखते यह अपने आप सेव होती है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="98"/>
        <source>Whose plan is this? (a first name)</source>
        <translation>यह योजना किसकी है? (सिर्फ़ पहला नाम)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="99"/>
        <source>Whose plan is this</source>
        <translation>यह योजना किसकी है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="101"/>
        <source>Save as one page (PDF)…</source>
        <translation>एक पेज के रूप में सेव करें (PDF)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="102"/>
        <source>Save the plan as one page to print or share</source>
        <translation>योजना को एक पेज में सेव करें, प्रिंट करने या देने के लिए</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="107"/>
        <source>Include my observations</source>
        <translation>मेरी देखी गई बातें भी शामिल करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="110"/>
        <source>Add the dated list of what you have noticed (below) to the page</source>
        <translation>आपने जो देखा, उसकी तारीख़ वाली सूची (नीचे) पेज में जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="161"/>
        <source>What you have noticed, over time</source>
        <translation>समय के साथ आपने क्या-क्या देखा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="166"/>
        <source>Day of the observation</source>
        <translation>जिस दिन यह देखा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="167"/>
        <source>The day you noticed it</source>
        <translation>जिस दिन आपने यह देखा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="305"/>
        <source>Removed “%1” (%2).</source>
        <translation>“%1” हटाया गया (%2)।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="38"/>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="169"/>
        <source>Stage</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="170"/>
        <source>The stage of the plan it fits best</source>
        <translation>योजना का वह चरण जिससे यह सबसे ज़्यादा मिलता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="176"/>
        <source>What did you notice? e.g. up at 3am, skipped dinner</source>
        <translation>आपने क्या देखा? जैसे: रात 3 बजे तक जागना, रात का खाना छोड़ देना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="178"/>
        <source>Observation</source>
        <translation>देखी गई बात</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="179"/>
        <source>What you noticed, in a few words</source>
        <translation>आपने क्या देखा, कुछ शब्दों में</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="180"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="182"/>
        <source>Add it to the list below</source>
        <translation>इसे नीचे की सूची में जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="190"/>
        <source>Observations, oldest first</source>
        <translation>देखी गई बातें, सबसे पुरानी पहले</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="191"/>
        <source>Choose one to remove it</source>
        <translation>हटाने के लिए एक चुनें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="193"/>
        <source>Remove selected</source>
        <translation>चुनी हुई हटाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="240"/>
        <source>this plan</source>
        <translation>यह योजना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="277"/>
        <source>Not saved. What you wrote is still here.</source>
        <translation>सेव नहीं हुआ। आपने जो लिखा है, वह यहीं है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="234"/>
        <source>Last saved %s</source>
        <translation>आख़िरी बार सेव हुआ: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="195"/>
        <source>Remove the chosen observation; you can undo it</source>
        <translation>चुनी हुई बात हटाएँ; आप इसे वापस ला सकते हैं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="211"/>
        <source>Undo</source>
        <translation>पहले जैसा करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="213"/>
        <source>Undo removing the observation</source>
        <translation>हटाई गई बात वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="214"/>
        <source>Put the removed observation back</source>
        <translation>हटाई गई बात फिर से जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="267"/>
        <source>Saving…</source>
        <translation>सेव हो रहा है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="279"/>
        <source>✓ Saved</source>
        <translation>✓ सेव हो गया</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="44"/>
        <source>Lesson preview — %s</source>
        <translation>पाठ का प्रीव्यू — %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="65"/>
        <source>Preview: nothing you type here is kept.</source>
        <translation>प्रीव्यू: यहाँ आप जो भी लिखेंगे, वह रखा नहीं जाएगा।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="69"/>
        <source>&amp;Follow the file being saved</source>
        <translation>जो फ़ाइल सेव हो रही है, उसे &amp;दिखाते रहें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="73"/>
        <source>Lesson files, the most recently saved first</source>
        <translation>पाठों की फ़ाइलें, सबसे हाल में सेव हुई सबसे ऊपर</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="76"/>
        <source>Problems in this lesson</source>
        <translation>इस पाठ की समस्याएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="81"/>
        <source>Lessons</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="86"/>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="183"/>
        <source>The lesson could not be shown: %s</source>
        <translation>पाठ दिखाया नहीं जा सका: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="196"/>
        <source>No problems.</source>
        <translation>कोई समस्या नहीं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="199"/>
        <source>%1 could not be shown (%2); the last version that could is still here.</source>
        <translation>%1 दिखाई नहीं जा सकी (%2); जो पिछला रूप दिखाया जा सका था, वही यहाँ है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="207"/>
        <source>%1, as the reader shows it (read at %2)</source>
        <translation>%1, जैसा पढ़ने वाले को दिखेगा (%2 पर पढ़ी गई)</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="37"/>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="59"/>
        <source>Content problems</source>
        <translation>सामग्री की समस्याएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="40"/>
        <source>Problems found in the lesson files of %s. Lessons that cannot be read are left out of the library; unsafe parts of other lessons are removed. Fix the files, then check again.</source>
        <translation>%s की पाठ फ़ाइलों में समस्याएँ मिलीं। जो पाठ पढ़े नहीं जा सकते, उन्हें लाइब्रेरी में नहीं दिखाया जाता; बाक़ी पाठों के असुरक्षित हिस्से हटा दिए जाते हैं। फ़ाइलें ठीक करें, फिर दोबारा जाँचें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="53"/>
        <source>Checking lessons</source>
        <translation>पाठों की जाँच</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="55"/>
        <source>Check again</source>
        <translation>फिर से जाँचें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="62"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="62"/>
        <source>Line</source>
        <translation>लाइन</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="62"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="86"/>
        <source>Checking lessons…</source>
        <translation>पाठों की जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="109"/>
        <source>The lessons could not be checked (%s). Check again in a moment.</source>
        <translation>पाठों की जाँच नहीं हो सकी (%s)। थोड़ी देर में फिर से जाँचें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="127"/>
        <source>1 problem in %2 lessons.</source>
        <translation>%2 पाठों में 1 समस्या।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="129"/>
        <source>%1 problems in %2 lessons.</source>
        <translation>%2 पाठों में %1 समस्याएँ।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="137"/>
        <source>✓ No problems found in %n lesson(s). Every lesson can be read.</source>
        <translation>
            <numerusform>✓ %n पाठ में कोई समस्या नहीं मिली। हर पाठ पढ़ा जा सकता है।</numerusform>
            <numerusform>✓ %n पाठों में कोई समस्या नहीं मिली। हर पाठ पढ़ा जा सकता है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="147"/>
        <source>%n warning(s) below: a translation missing or behind its English lesson, or text that shows, but not as it was written.</source>
        <translation>
            <numerusform>नीचे %n चेतावनी है: कोई अनुवाद नहीं है या अंग्रेज़ी पाठ से पीछे है, या कोई हिस्सा दिखता तो है, पर वैसा नहीं जैसा लिखा गया था।</numerusform>
            <numerusform>नीचे %n चेतावनियाँ हैं: कोई अनुवाद नहीं है या अंग्रेज़ी पाठ से पीछे है, या कोई हिस्सा दिखता तो है, पर वैसा नहीं जैसा लिखा गया था।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="30"/>
        <source>Me</source>
        <translation>मेरी प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="41"/>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="44"/>
        <source>Who is using Caregiver Companion?</source>
        <translation>अभी Caregiver Companion कौन इस्तेमाल कर रहा है?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="47"/>
        <source>Each person in the family can have a profile of their own, with their own progress and notes.</source>
        <translation>परिवार के हर सदस्य की अपनी अलग प्रोफ़ाइल हो सकती है, जिसमें उनकी अपनी प्रगति और नोट्स रहते हैं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="54"/>
        <source>Profiles</source>
        <translation>प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="59"/>
        <source>New profile…</source>
        <translation>नई प्रोफ़ाइल…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="61"/>
        <source>Rename…</source>
        <translation>नाम बदलें…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="63"/>
        <source>Delete…</source>
        <translation>मिटाएँ…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="92"/>
        <source>  (passcode)</source>
        <translation>  (पासकोड)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="125"/>
        <source>New profile</source>
        <translation>नई प्रोफ़ाइल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="125"/>
        <source>Name (for example, your first name):</source>
        <translation>नाम (जैसे, आपका पहला नाम):</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="136"/>
        <source>Rename profile</source>
        <translation>प्रोफ़ाइल का नाम बदलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="136"/>
        <source>New name:</source>
        <translation>नया नाम:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="149"/>
        <source>Delete “%s”?</source>
        <translation>“%s” मिटाएँ?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="151"/>
        <source>This deletes the profile “%1” and everything in it: %2 lessons started, %3 completed, %4 quiz answers and %5 written reflections. This cannot be undone.</source>
        <translation>इससे यह प्रोफ़ाइल (“%1”) और उसमें रखा सब कुछ मिट जाएगा: %2 शुरू किए गए पाठ, %3 पूरे किए गए पाठ, समझ की जाँच के %4 जवाब और “सोचें और लिखें” के %5 जवाब। इसे बाद में वापस नहीं लाया जा सकता।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="168"/>
        <source>Choose another name</source>
        <translation>कोई दूसरा नाम चुनें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="171"/>
        <source>Could not save</source>
        <translation>सेव नहीं हो सका</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="171"/>
        <source>Nothing was changed: %s</source>
        <translation>कुछ भी नहीं बदला गया: %s</translation>
    </message>
</context>
<context>
    <name>ProgressTracker</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/progress_tracker.py" line="42"/>
        <source>Your progress</source>
        <translation>आपकी प्रगति</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="60"/>
        <source>Opens the lesson you read last, at your place</source>
        <translation>आख़िरी पढ़ा पाठ वहीं से खोलता है जहाँ आप रुके थे</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="84"/>
        <source>%s: lessons completed</source>
        <translation>%s: पूरे हुए पाठ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="85"/>
        <source>%v of %m completed</source>
        <translation>%m में से %v पूरे</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="92"/>
        <source>Completed: %s</source>
        <translation>पूरा हुआ: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="93"/>
        <source>Tick when you have finished this lesson</source>
        <translation>यह पाठ पूरा हो जाए तो सही का निशान लगाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="101"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="102"/>
        <source>Open %s</source>
        <translation>%s खोलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="103"/>
        <source>Opens this lesson where you stopped</source>
        <translation>यह पाठ वहीं से खोलता है जहाँ आप रुके थे</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="118"/>
        <source>Your progress</source>
        <translation>आपकी प्रगति</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="121"/>
        <source>Profile: “%s”.</source>
        <translation>प्रोफ़ाइल: “%s”।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="122"/>
        <source>%1 of %2 lessons completed, %3 this week.</source>
        <translation>%2 में से %1 पाठ पूरे हुए, इस हफ़्ते %3।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="129"/>
        <source>Knowledge checks: %1 of %2 answered right on your latest try.</source>
        <translation>समझ की जाँच: आपकी आख़िरी कोशिश में %2 में से %1 जवाब सही रहे।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="138"/>
        <source>Continue where you left off: %s</source>
        <translation>जहाँ छोड़ा था, वहीं से आगे पढ़ें: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="153"/>
        <source>Not started</source>
        <translation>अभी शुरू नहीं किया</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="155"/>
        <source>%n min read</source>
        <translation>
            <numerusform>पढ़ने में %n मिनट</numerusform>
            <numerusform>पढ़ने में %n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="157"/>
        <source>Completed</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="158"/>
        <source>In progress, %d%% read</source>
        <translation>जारी है, %d%% पढ़ लिया</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="15"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="16"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="17"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="18"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="19"/>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="21"/>
        <source>&amp;No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="22"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="23"/>
        <source>Reset</source>
        <translation>पहले जैसा करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="24"/>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="25"/>
        <source>Help</source>
        <translation>मदद</translation>
    </message>
</context>
<context>
    <name>QuizWidget</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="71"/>
        <source>Knowledge check: %s</source>
        <translation>समझ की जाँच: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="77"/>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="80"/>
        <source>Check answer</source>
        <translation>जवाब जाँचें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="81"/>
        <source>Shows whether your answer is right, and why</source>
        <translation>बताता है कि आपका जवाब सही है या नहीं, और क्यों</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="82"/>
        <source>Try again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="86"/>
        <source>Result</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="94"/>
        <source>Check your understanding</source>
        <translation>अपनी समझ जाँचें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="97"/>
        <source>Choose all that apply.</source>
        <translation>जितने भी सही लगें, सभी चुनें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="119"/>
        <source>Tick every answer you think is right, then check</source>
        <translation>जो भी जवाब आपको सही लगें, सब पर निशान लगाएँ, फिर जाँचें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="121"/>
        <source>Choose one answer, then check</source>
        <translation>एक जवाब चुनें, फिर जाँचें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="170"/>
        <source>That&apos;s right. Well done.</source>
        <translation>बिल्कुल सही। बहुत बढ़िया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="174"/>
        <source>Not quite. Read why under each choice, then try again if you like.</source>
        <translation>पूरी तरह सही नहीं। हर विकल्प के नीचे कारण पढ़ें, फिर चाहें तो दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="192"/>
        <source>✓ Right.</source>
        <translation>✓ सही।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="195"/>
        <source>You missed this one: it is right too.</source>
        <translation>यह छूट गया: यह भी सही है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="197"/>
        <source>This is the right answer.</source>
        <translation>यही सही जवाब है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="202"/>
        <source>Right to leave this out.</source>
        <translation>इसे न चुनना सही था।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="201"/>
        <source>✗ Not this one.</source>
        <translation>✗ यह नहीं।</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="21"/>
        <source>Read aloud needs a speech engine, and none is installed on this computer. On Linux, install speech-dispatcher and espeak-ng; Windows and macOS have one built in.</source>
        <translation>पढ़कर सुनाने के लिए स्पीच इंजन चाहिए, और इस कंप्यूटर पर कोई इंजन नहीं है। Linux पर speech-dispatcher और espeak-ng इंस्टॉल करें; Windows और macOS में यह पहले से होता है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="61"/>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="167"/>
        <source>▶ Read aloud</source>
        <translation>▶ पढ़कर सुनाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="63"/>
        <source>Read this lesson aloud</source>
        <translation>यह पाठ पढ़कर सुनाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="65"/>
        <source>Reads the lesson with your computer&apos;s voice, showing each sentence as it goes</source>
        <translation>कंप्यूटर की आवाज़ में पाठ पढ़कर सुनाता है और हर वाक्य को पढ़ते समय दिखाता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="67"/>
        <source>■ Stop</source>
        <translation>■ बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="69"/>
        <source>Stops reading aloud</source>
        <translation>पढ़कर सुनाना बंद करता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="75"/>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="76"/>
        <source>Reading speed</source>
        <translation>पढ़ने की रफ़्तार</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="84"/>
        <source>Speed:</source>
        <translation>रफ़्तार:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="167"/>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="76"/>
        <source>Your answer stays on this computer while the lesson is open.</source>
        <translation>जब तक पाठ खुला है, आपका जवाब इसी कंप्यूटर पर रहता है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="85"/>
        <source>← Back</source>
        <translation>← वापस</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="87"/>
        <source>Back (Alt+Left)</source>
        <translation>वापस (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="105"/>
        <source>Contents: go to a heading</source>
        <translation>विषय-सूची: किसी शीर्षक पर जाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="106"/>
        <source>The headings of this lesson</source>
        <translation>इस पाठ के शीर्षक</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="118"/>
        <source>&amp;Go to:</source>
        <translation>यहाँ जाएँ (&amp;G):</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="160"/>
        <source>Opening “%s”…</source>
        <translation>“%s” खोला जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="171"/>
        <source>“%s” could not be opened. Its file may have been changed or removed while the app was running. Try again, or choose another lesson.</source>
        <translation>“%s” खोला नहीं जा सका। हो सकता है ऐप चलते समय इसकी फ़ाइल बदली गई हो या हटा दी गई हो। फिर से कोशिश करें, या कोई दूसरा पाठ चुनें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="191"/>
        <source>%s  ·  about %d min read</source>
        <translation>%s  ·  पढ़ने में लगभग %d मिनट</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="193"/>
        <source>translated from an earlier version of this lesson</source>
        <translation>इस पाठ के पुराने रूप से अनुवाद किया गया</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="197"/>
        <source>This lesson has not been translated yet, so it is shown in English.</source>
        <translation>इस पाठ का अनुवाद अभी नहीं हुआ है, इसलिए यह अंग्रेज़ी में दिखाया गया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="203"/>
        <source>Some parts of this lesson could not be shown safely and were left out. The lesson&apos;s author can see why under Content problems.</source>
        <translation>इस पाठ के कुछ हिस्से सुरक्षित तरीक़े से नहीं दिखाए जा सके, इसलिए छोड़ दिए गए। पाठ लिखने वाले, सामग्री की समस्याएँ वाले पेज पर इसका कारण देख सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="209"/>
        <source>Top of the lesson</source>
        <translation>पाठ में सबसे ऊपर</translation>
    </message>
</context>
<context>
    <name>ReadingArea</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/reading_area.py" line="72"/>
        <source>Lesson</source>
        <translation>पाठ</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="294"/>
        <source>Your recovery code</source>
        <translation>आपका रिकवरी कोड</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="297"/>
        <source>I have written it down or printed it, and put it somewhere safe.</source>
        <translation>मैंने इसे लिख लिया है या प्रिंट कर लिया है, और सुरक्षित जगह रख दिया है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="304"/>
        <source>Done works once the box above is ticked: the code is not shown again.</source>
        <translation>ऊपर का बॉक्स टिक करने पर ही “हो गया” काम करेगा: यह कोड फिर नहीं दिखाया जाएगा।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="307"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="309"/>
        <source>Copy the recovery code</source>
        <translation>रिकवरी कोड कॉपी करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="311"/>
        <source>Puts the code on the clipboard until this window closes</source>
        <translation>यह विंडो बंद होने तक कोड क्लिपबोर्ड पर रखता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="313"/>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="315"/>
        <source>Print the recovery code</source>
        <translation>रिकवरी कोड प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="316"/>
        <source>Prints the code and what it is for, nothing else</source>
        <translation>सिर्फ़ कोड और वह किस काम का है, यही प्रिंट करता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="335"/>
        <source>Recovery code: %s</source>
        <translation>रिकवरी कोड: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="371"/>
        <source>Copied. Paste it into a password manager if you use one; it leaves the clipboard when this window closes.</source>
        <translation>कॉपी हो गया। अगर आप पासवर्ड मैनेजर इस्तेमाल करते हैं तो उसमें चिपकाएँ; यह विंडो बंद होने पर यह क्लिपबोर्ड से हट जाएगा।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="380"/>
        <source>Sent to the printer. Check the page shows the whole code.</source>
        <translation>प्रिंटर को भेज दिया। देख लें कि पेज पर पूरा कोड छपा है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="300"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="343"/>
        <source>If you ever forget your passcode, this code unlocks your private entries. Write it on paper now and keep it away from the computer. It is shown only this once: the app does not keep it.</source>
        <translation>अगर आप कभी अपना पासकोड भूल जाएँ, तो इस कोड से आपकी निजी जानकारी खुल जाएगी। इसे अभी काग़ज़ पर लिख लें और कंप्यूटर से दूर रखें। यह सिर्फ़ इसी एक बार दिखाया जा रहा है: ऐप इसे अपने पास नहीं रखता।</translation>
    </message>
</context>
<context>
    <name>ReflectionWidget</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="242"/>
        <source>Reflection: %s</source>
        <translation>सोचें और लिखें: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="246"/>
        <source>Your answer</source>
        <translation>आपका जवाब</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="248"/>
        <source>Write your thoughts here.</source>
        <translation>अपने विचार यहाँ लिखें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="253"/>
        <source>Reflect</source>
        <translation>सोचें और लिखें</translation>
    </message>
</context>
<context>
    <name>SavedBar</name>
    <message>
        <location filename="../../caregiver_app/ui/shell/saved_bar.py" line="26"/>
        <source>Open folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/saved_bar.py" line="28"/>
        <source>Show the folder in your file manager</source>
        <translation>फ़ाइल मैनेजर में फ़ोल्डर दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/saved_bar.py" line="29"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/saved_bar.py" line="30"/>
        <source>Close this message</source>
        <translation>यह संदेश बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/saved_bar.py" line="42"/>
        <source>✓ Saved to %s</source>
        <translation>✓ %s में सेव हो गया</translation>
    </message>
</context>
<context>
    <name>ScreenCover</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/screen_cover.py" line="22"/>
        <source>This screen is hidden while we check whether you are still here.</source>
        <translation>जब तक हम देख रहे हैं कि आप अभी यहाँ हैं या नहीं, यह स्क्रीन छिपी है।</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="130"/>
        <source>Search lessons (Ctrl+K)</source>
        <translation>पाठों में खोजें (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="129"/>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="131"/>
        <source>Search lessons</source>
        <translation>पाठों में खोजें</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="46"/>
        <source>Search results</source>
        <translation>खोज के नतीजे</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="47"/>
        <source>Open a result to read the lesson at that place</source>
        <translation>पाठ को उसी जगह से पढ़ने के लिए कोई नतीजा खोलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="68"/>
        <source>Search is not available right now. You can still open every lesson from the Library.</source>
        <translation>अभी खोज काम नहीं कर रही है। आप फिर भी लाइब्रेरी से हर पाठ खोल सकते हैं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="72"/>
        <source>Getting the lessons ready to search…</source>
        <translation>पाठों को खोज के लिए तैयार किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="85"/>
        <source>That search did not work. Try other words in a moment.</source>
        <translation>यह खोज नहीं हो पाई। थोड़ी देर में दूसरे शब्दों से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="92"/>
        <source>No lessons mention “%s”.</source>
        <translation>किसी भी पाठ में “%s” नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="97"/>
        <source>1 lesson mentions “%1”.</source>
        <translation>1 पाठ में “%1” का ज़िक्र है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="99"/>
        <source>%2 lessons mention “%1”.</source>
        <translation>%2 पाठों में “%1” का ज़िक्र है।</translation>
    </message>
</context>
<context>
    <name>SetPasscodeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="129"/>
        <source>Set a passcode</source>
        <translation>पासकोड लगाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="131"/>
        <source>New passcode</source>
        <translation>नया पासकोड</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="132"/>
        <source>New passcode again</source>
        <translation>नया पासकोड दोबारा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="136"/>
        <source>I understand: if I forget my passcode and lose my recovery code, my private entries are gone for good.</source>
        <translation>मुझे पता है: अगर मैं अपना पासकोड भूल जाऊँ और रिकवरी कोड भी खो दूँ, तो मेरी निजी जानकारी हमेशा के लिए चली जाएगी।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="146"/>
        <source>Set passcode</source>
        <translation>पासकोड लगाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="152"/>
        <source>A passcode encrypts the stress log, reflections and warning-signs plan of the profile “%s”, so no one else using this computer can read them. Choose something others at home could not guess.</source>
        <translation>पासकोड “%s” की तनाव डायरी, “सोचें और लिखें” के जवाब और चेतावनी संकेतों की योजना को ताले में बंद (एन्क्रिप्ट) कर देता है, ताकि इस कंप्यूटर को इस्तेमाल करने वाला कोई और उन्हें न पढ़ सके। ऐसा कुछ चुनें जिसका घर के दूसरे लोग अंदाज़ा न लगा सकें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="162"/>
        <source>Passcode:</source>
        <translation>पासकोड:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="165"/>
        <source>The same passcode again:</source>
        <translation>वही पासकोड दोबारा:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="182"/>
        <source>The two passcodes are not the same.</source>
        <translation>दोनों पासकोड एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="188"/>
        <source>Type the same passcode again in the second box.</source>
        <translation>दूसरे बॉक्स में वही पासकोड फिर से टाइप करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="190"/>
        <source>Tick the box to say you understand what a lost passcode means.</source>
        <translation>यह बताने के लिए बॉक्स पर निशान लगाएँ कि आप समझते हैं कि पासकोड खो जाने का क्या मतलब है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="200"/>
        <source>Making your keys and encrypting your private entries…</source>
        <translation>आपकी सुरक्षा चाबियाँ बनाई जा रही हैं और निजी जानकारी ताले में बंद (एन्क्रिप्ट) की जा रही है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="217"/>
        <source>The passcode was not set: %s</source>
        <translation>पासकोड नहीं लग सका: %s</translation>
    </message>
</context>
<context>
    <name>SignRulesBox</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="21"/>
        <source>Early signs on the same day</source>
        <translation>एक ही दिन में शुरुआती संकेत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="22"/>
        <source>Days it takes</source>
        <translation>ऐसे कितने दिन</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="23"/>
        <source>Days looked back over</source>
        <translation>पिछले कितने दिन देखें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="24"/>
        <source>Any getting-worse sign in that time</source>
        <translation>उस दौरान हालत बिगड़ने का कोई भी संकेत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="25"/>
        <source>Any crisis sign in that time</source>
        <translation>उस दौरान संकट का कोई भी संकेत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="28"/>
        <source>When ticked, one such sign is enough</source>
        <translation>टिक होने पर, ऐसा एक संकेत ही काफ़ी है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="31"/>
        <source>Agree on these together, with your family member when they are well. When one is met, this page shows what your plan says to do for that stage, once. It is a reminder of your own plan, not a diagnosis.</source>
        <translation>इन्हें अपने परिवार के सदस्य के साथ मिलकर तय करें, जब वे ठीक हों। जब इनमें से कोई एक बात पूरी होगी, तो यह पेज एक बार दिखाएगा कि आपकी योजना उस चरण के लिए क्या करने को कहती है। यह आपकी अपनी योजना की याद दिलाता है, बीमारी की पहचान (diagnosis) नहीं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="41"/>
        <source>or more early signs on the same day, on</source>
        <translation>या उससे ज़्यादा शुरुआती संकेत एक ही दिन में, ऐसे</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="43"/>
        <source>of the last</source>
        <translation>दिन, पिछले</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="45"/>
        <source>days</source>
        <translation>दिनों में से</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="60"/>
        <source>Part of the rule for early signs</source>
        <translation>शुरुआती संकेतों के नियम का हिस्सा</translation>
    </message>
</context>
<context>
    <name>SignsEditor</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="27"/>
        <source>Sleeping much less, or at odd hours</source>
        <translation>बहुत कम सोना, या बेवक़्त सोना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="28"/>
        <source>Pulling away from family and friends</source>
        <translation>परिवार और दोस्तों से दूरी बनाना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="29"/>
        <source>More tense, irritable or worried than usual</source>
        <translation>आम दिनों से ज़्यादा तनाव, चिड़चिड़ापन या चिंता</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="30"/>
        <source>Trouble concentrating or following a conversation</source>
        <translation>ध्यान लगाने या बातचीत समझने में मुश्किल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="31"/>
        <source>Skipping meals, washing or medicine</source>
        <translation>खाना, नहाना-धोना या दवा छोड़ देना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="34"/>
        <source>Hearing or seeing things others do not</source>
        <translation>ऐसी चीज़ें सुनना या देखना जो दूसरों को सुनाई या दिखाई नहीं देतीं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="35"/>
        <source>Feeling watched, followed or talked about</source>
        <translation>लगना कि कोई नज़र रख रहा है, पीछा कर रहा है या उनके बारे में बातें कर रहा है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="36"/>
        <source>Speech hard to follow</source>
        <translation>उनकी बातें समझना मुश्किल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="39"/>
        <source>Talking about dying or ending their life</source>
        <translation>मरने या अपनी जान लेने की बातें करना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="40"/>
        <source>Threatening to hurt someone</source>
        <translation>किसी को चोट पहुँचाने की धमकी देना</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="59"/>
        <source>Your signs</source>
        <translation>आपके संकेत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="63"/>
        <source>Stage of the new sign</source>
        <translation>नए संकेत का चरण</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="68"/>
        <source>A sign in your own words, e.g. “up past 2 am”</source>
        <translation>अपने शब्दों में कोई संकेत, जैसे “रात 2 बजे के बाद तक जागना”</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="69"/>
        <source>The new sign</source>
        <translation>नया संकेत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="71"/>
        <source>Add sign</source>
        <translation>संकेत जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="73"/>
        <source>Reword…</source>
        <translation>शब्द बदलें…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="74"/>
        <source>Move up</source>
        <translation>ऊपर करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="75"/>
        <source>Move down</source>
        <translation>नीचे करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="76"/>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="164"/>
        <source>Stop watching</source>
        <translation>नज़र रखना बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="77"/>
        <source>Past days keep this sign; it is no longer offered</source>
        <translation>पिछले दिनों में यह संकेत बना रहता है; बस अब इसे चुनने के लिए नहीं दिखाया जाता</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="82"/>
        <source>Take the signs from my plan</source>
        <translation>मेरी योजना से संकेत लें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="85"/>
        <source>Add the common signs from the lessons</source>
        <translation>पाठों से आम संकेत जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="99"/>
        <source>Double-click a sign to reword it</source>
        <translation>किसी संकेत के शब्द बदलने के लिए उस पर डबल-क्लिक करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="100"/>
        <source>Which stage of the plan the new sign belongs to</source>
        <translation>नया संकेत योजना के किस चरण का है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="101"/>
        <source>Press Enter or Add sign to add it</source>
        <translation>जोड़ने के लिए Enter या “संकेत जोड़ें” दबाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="102"/>
        <source>Add the sign to the list to tick</source>
        <translation>संकेत को टिक करने वाली सूची में जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="103"/>
        <source>Change the chosen sign&apos;s words; its past days stay</source>
        <translation>चुने गए संकेत के शब्द बदलें; उसके पिछले दिन बने रहते हैं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="104"/>
        <source>Move the chosen sign up its stage&apos;s list</source>
        <translation>चुने गए संकेत को उसके चरण की सूची में ऊपर ले जाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="105"/>
        <source>Move the chosen sign down its stage&apos;s list</source>
        <translation>चुने गए संकेत को उसके चरण की सूची में नीचे ले जाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="106"/>
        <source>Each line under “What it looks like” becomes a sign</source>
        <translation>“कैसा दिखता है” के नीचे की हर पंक्ति एक संकेत बनती है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="107"/>
        <source>Ten common signs, to change into your own words</source>
        <translation>दस आम संकेत, जिन्हें आप अपने शब्दों में बदल सकते हैं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="140"/>
        <source>(no longer watched)</source>
        <translation>(अब नज़र नहीं रखी जाती)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="164"/>
        <source>Watch again</source>
        <translation>फिर से नज़र रखें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="182"/>
        <source>Reword the sign</source>
        <translation>संकेत के शब्द बदलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="183"/>
        <source>The sign, in your own words:</source>
        <translation>संकेत, आपके अपने शब्दों में:</translation>
    </message>
</context>
<context>
    <name>SignsPrompt</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="25"/>
        <source>Open the plan</source>
        <translation>योजना खोलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="27"/>
        <source>Get support</source>
        <translation>सहायता पाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="30"/>
        <source>Thank you, I&apos;ve read it</source>
        <translation>धन्यवाद, मैंने पढ़ लिया</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="33"/>
        <source>The whole plan, to read or change</source>
        <translation>पूरी योजना, पढ़ने या बदलने के लिए</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="34"/>
        <source>Crisis lines and services</source>
        <translation>संकट हेल्पलाइन और सेवाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="37"/>
        <source>Put this reminder away; it will not come back for this time</source>
        <translation>यह याद दिलाना हटाएँ; इस बार यह फिर नहीं आएगा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="53"/>
        <source>The signs you agreed to act on for “%1” have shown up. Your plan says:</source>
        <translation>आपने “%1” चरण के लिए जिन संकेतों पर क़दम उठाना तय किया था, वे दिख गए हैं। आपकी योजना में लिखा है:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="57"/>
        <source>What to do: %s</source>
        <translation>क्या करें: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="59"/>
        <source>Who to contact: %s</source>
        <translation>किससे संपर्क करें: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="61"/>
        <source>Your plan has no steps for this stage yet: open it to add them.</source>
        <translation>आपकी योजना में इस चरण के लिए अभी कोई क़दम नहीं लिखे हैं: उन्हें जोड़ने के लिए योजना खोलें।</translation>
    </message>
</context>
<context>
    <name>SignsTimeline</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_timeline.py" line="41"/>
        <source>Signs timeline</source>
        <translation>संकेतों की समय-रेखा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_timeline.py" line="133"/>
        <source>Your stress (log)</source>
        <translation>आपका तनाव (डायरी)</translation>
    </message>
</context>
<context>
    <name>SignsView</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="65"/>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="110"/>
        <source>Your signs</source>
        <translation>आपके संकेत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="91"/>
        <source>Tick the signs you noticed today; it takes seconds, and nothing is needed every day (a day left out is a gap, not a day without signs). Over weeks, the pattern shows whether things are changing.</source>
        <translation>आज आपने जो संकेत देखे, उन पर निशान लगाएँ; इसमें कुछ ही सेकंड लगते हैं, और हर दिन करना ज़रूरी नहीं है (छूटा हुआ दिन बस ख़ाली जगह है, बिना संकेतों वाला दिन नहीं)। कुछ हफ़्तों में पैटर्न से पता चलता है कि चीज़ें बदल रही हैं या नहीं।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="100"/>
        <source>Watching for signs</source>
        <translation>संकेतों पर नज़र</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="104"/>
        <source>What did you notice today?</source>
        <translation>आज आपने क्या देखा?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="106"/>
        <source>The pattern</source>
        <translation>पैटर्न</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="111"/>
        <source>When to act</source>
        <translation>कब क़दम उठाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="121"/>
        <source>%d weeks</source>
        <translation>%d हफ़्ते</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="125"/>
        <source>How many weeks the timeline shows</source>
        <translation>समय-रेखा कितने हफ़्ते दिखाती है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="129"/>
        <source>Show my stress log beside it</source>
        <translation>साथ में मेरी तनाव डायरी दिखाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="132"/>
        <source>Add a row of your own stress, week by week, under the signs</source>
        <translation>संकेतों के नीचे अपने तनाव की एक पंक्ति, हफ़्ते-दर-हफ़्ते, जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="173"/>
        <source>these signs</source>
        <translation>ये संकेत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="195"/>
        <source>Start with the signs of your own plan (“What it looks like” for each stage), or with the common signs from the lessons; then change them into your words.</source>
        <translation>अपनी योजना के संकेतों से शुरू करें (हर चरण में “कैसा दिखता है”), या पाठों में बताए आम संकेतों से; फिर उन्हें अपने शब्दों में बदलें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="200"/>
        <source>No signs yet. Write them in your plan under “What it looks like”, or add the common signs from the lessons below and change them into your own words.</source>
        <translation>अभी कोई संकेत नहीं हैं। इन्हें अपनी योजना में “कैसा दिखता है” के नीचे लिखें, या नीचे से पाठों में बताए आम संकेत जोड़ें और उन्हें अपने शब्दों में बदलें।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="226"/>
        <source>%1: %n sign(s) seen on %3 of the last 7 days.</source>
        <translation>
            <numerusform>%1: पिछले 7 दिनों में से %3 दिन %n संकेत दिखा।</numerusform>
            <numerusform>%1: पिछले 7 दिनों में से %3 दिन %n संकेत दिखे।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="271"/>
        <source>“%s” is already one of the signs.</source>
        <translation>“%s” पहले से संकेतों में है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="273"/>
        <source>A sign needs a few words.</source>
        <translation>संकेत के लिए कुछ शब्द लिखें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="275"/>
        <source>A day that has not come yet cannot be filled in.</source>
        <translation>जो दिन अभी आया नहीं, उसे भरा नहीं जा सकता।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="277"/>
        <source>This profile has as many signs as it can keep; stop watching some.</source>
        <translation>इस प्रोफ़ाइल में जितने संकेत रखे जा सकते हैं, उतने हो चुके हैं; कुछ पर नज़र रखना बंद करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="278"/>
        <source>That sign is no longer in this profile.</source>
        <translation>वह संकेत अब इस प्रोफ़ाइल में नहीं है।</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="30"/>
        <source>Are you still there?</source>
        <translation>क्या आप अभी भी यहाँ हैं?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="36"/>
        <source>I&apos;m still here</source>
        <translation>मैं अभी यहीं हूँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="62"/>
        <source>Are you still there? To keep this visit private, everything will be cleared in %d seconds.</source>
        <translation>क्या आप अभी भी यहाँ हैं? इस बार के इस्तेमाल को निजी रखने के लिए, %d सेकंड में सब कुछ मिटा दिया जाएगा।</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="39"/>
        <source>the profile is locked; unlock it to save</source>
        <translation>प्रोफ़ाइल लॉक है; सेव करने के लिए इसे अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="45"/>
        <source>the disk is full; free some space and it will save again</source>
        <translation>डिस्क भर गई है; थोड़ी जगह ख़ाली करें, फिर यह दोबारा सेव होने लगेगा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="53"/>
        <source>the data file cannot be written to (it is read-only or not yours)</source>
        <translation>डेटा फ़ाइल में लिखा नहीं जा सकता (वह सिर्फ़ पढ़ने के लिए है, या आपकी नहीं है)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="57"/>
        <source>that folder does not exist (a drive may have been unplugged)</source>
        <translation>वह फ़ोल्डर मौजूद नहीं है (हो सकता है कोई ड्राइव निकाल दी गई हो)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="61"/>
        <source>the data file is busy; it will be tried again</source>
        <translation>डेटा फ़ाइल अभी इस्तेमाल में है; फिर से कोशिश की जाएगी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="65"/>
        <source>the disk could not be written to</source>
        <translation>डिस्क पर लिखा नहीं जा सका</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="67"/>
        <source>the data file refused the change (%s)</source>
        <translation>डेटा फ़ाइल ने यह बदलाव नहीं लिया (%s)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="93"/>
        <source>%1 could not be saved: %2. What you typed is still on screen.</source>
        <translation>%1: सेव नहीं हो पाया, क्योंकि %2। आपने जो टाइप किया था, वह अभी भी स्क्रीन पर है।</translation>
    </message>
</context>
<context>
    <name>StressChart</name>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="51"/>
        <source>Stress and sleep over time</source>
        <translation>समय के साथ तनाव और नींद</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="58"/>
        <source>Stress (0-10)</source>
        <translation>तनाव (0-10)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="63"/>
        <source>7-day average</source>
        <translation>7 दिन का औसत</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="66"/>
        <source>Sleep (hours)</source>
        <translation>नींद (घंटे)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="78"/>
        <source>Stress</source>
        <translation>तनाव</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="84"/>
        <source>Sleep</source>
        <translation>नींद</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="152"/>
        <source>The last %d days</source>
        <translation>पिछले %d दिन</translation>
    </message>
</context>
<context>
    <name>StressLogView</name>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="65"/>
        <source>Your check-in</source>
        <translation>आपके दिन का हाल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="75"/>
        <source>Your stress log</source>
        <translation>आपकी तनाव डायरी</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="81"/>
        <source>Weekly check-in…</source>
        <translation>हफ़्ते का हाल…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="83"/>
        <source>A few questions about how your week has been</source>
        <translation>आपका हफ़्ता कैसा रहा, इस पर कुछ सवाल</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="89"/>
        <source>Save a one-page summary of the last 30 days to show your own doctor</source>
        <translation>पिछले 30 दिनों का एक पेज का सारांश सेव करें, ताकि आप उसे अपने डॉक्टर को दिखा सकें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="145"/>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="151"/>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="115"/>
        <source>How it has been</source>
        <translation>अब तक कैसा रहा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="119"/>
        <source>%d days</source>
        <translation>%d दिन</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="122"/>
        <source>Shows the last %d days on the chart</source>
        <translation>चार्ट पर पिछले %d दिन दिखाता है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="138"/>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="141"/>
        <source>Your entries</source>
        <translation>आपकी एंट्री</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="142"/>
        <source>Your check-ins; choose one to edit or delete it</source>
        <translation>आपके रोज़ के हाल; बदलने या मिटाने के लिए कोई एक चुनें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="146"/>
        <source>Stress</source>
        <translation>तनाव</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="147"/>
        <source>Sleep</source>
        <translation>नींद</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="148"/>
        <source>Mood</source>
        <translation>मूड</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="149"/>
        <source>Caused</source>
        <translation>वजह</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="150"/>
        <source>Helped</source>
        <translation>मदद मिली</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="161"/>
        <source>Edit</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="163"/>
        <source>Change the chosen check-in</source>
        <translation>चुने हुए दिन का हाल बदलें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="164"/>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="166"/>
        <source>Delete the chosen check-in; you can undo it</source>
        <translation>चुने हुए दिन का हाल मिटाएँ; आप इसे वापस ला सकते हैं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="167"/>
        <source>Undo delete</source>
        <translation>मिटाया हुआ वापस लाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="170"/>
        <source>Export to CSV…</source>
        <translation>CSV फ़ाइल में सेव करें…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="171"/>
        <source>Save every check-in as a spreadsheet file</source>
        <translation>हर दिन का हाल एक स्प्रेडशीट फ़ाइल में सेव करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="172"/>
        <source>Import from CSV…</source>
        <translation>CSV फ़ाइल से जोड़ें…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="173"/>
        <source>Add check-ins from a spreadsheet file</source>
        <translation>किसी स्प्रेडशीट फ़ाइल से दिनों का हाल जोड़ें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="303"/>
        <source>Not saved. What you wrote is still here.</source>
        <translation>सेव नहीं हुआ। आपने जो लिखा है, वह यहीं है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="86"/>
        <source>Report for your doctor (PDF)…</source>
        <translation>डॉक्टर के लिए रिपोर्ट (PDF)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="206"/>
        <source>these entries</source>
        <translation>ये एंट्री</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="252"/>
        <source>After a few check-ins that note what helped, you will see here what goes with calmer days.</source>
        <translation>जब कुछ दिनों के हाल में यह लिखा होगा कि किससे मदद मिली, तब यहाँ दिखेगा कि शांत दिनों के साथ क्या-क्या जुड़ा होता है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="258"/>
        <source>On days with “%1”, your stress averaged %2, against %3 on other days.</source>
        <translation>जिन दिनों “%1” था, उन दिनों आपका औसत तनाव %2 रहा, जबकि बाक़ी दिनों में %3।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="266"/>
        <source>These are patterns in your own notes, not proof: other things differ between days too.</source>
        <translation>ये आपके अपने नोट्स में दिखने वाले पैटर्न हैं, पक्का सबूत नहीं: हर दिन और भी बहुत कुछ अलग होता है।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="305"/>
        <source>✓ Saved for %s.</source>
        <translation>✓ %s के लिए सेव हो गया।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="307"/>
        <source>Check-in saved</source>
        <translation>दिन का हाल सेव हो गया</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="330"/>
        <source>Undo delete of %s</source>
        <translation>%s का मिटाया हुआ वापस लाएँ</translation>
    </message>
</context>
<context>
    <name>SupportView</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="144"/>
        <source>Get support</source>
        <translation>सहायता पाएँ</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="208"/>
        <source>Others not on the buttons; separate them with commas</source>
        <translation>और चीज़ें जो बटनों पर नहीं हैं; उन्हें कॉमा से अलग करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="225"/>
        <source>One you have used before: press to add or remove it</source>
        <translation>जिसे आपने पहले लिखा है: जोड़ने या हटाने के लिए दबाएँ</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="109"/>
        <source>Take this home</source>
        <translation>इसे घर ले जाएँ</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="121"/>
        <source>Print</source>
        <translation>प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="127"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>UnlockBar</name>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_bar.py" line="26"/>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_bar.py" line="27"/>
        <source>Read the lessons; the stress log and the plan ask again</source>
        <translation>पाठ पढ़ें; तनाव डायरी और योजना फिर से पूछेंगी</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="413"/>
        <source>Unlock private entries</source>
        <translation>निजी जानकारी अनलॉक करें</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="50"/>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="51"/>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="108"/>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="109"/>
        <source>Passcode</source>
        <translation>पासकोड</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="53"/>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="56"/>
        <source>I forgot my passcode: use my recovery code instead</source>
        <translation>पासकोड याद नहीं है: इसकी जगह मेरा रिकवरी कोड इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="62"/>
        <source>Unlock result</source>
        <translation>अनलॉक का नतीजा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="85"/>
        <source>The private entries of the profile “%s” are locked. Type the passcode to open them.</source>
        <translation>“%s” की निजी जानकारी लॉक है। उसे खोलने के लिए पासकोड लिखें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="109"/>
        <source>Recovery code</source>
        <translation>रिकवरी कोड</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="116"/>
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>बहुत बार ग़लत कोशिश हुई। आप %n सेकंड बाद फिर कोशिश कर सकते हैं।</numerusform>
            <numerusform>बहुत बार ग़लत कोशिश हुई। आप %n सेकंड बाद फिर कोशिश कर सकते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="120"/>
        <source>Too many</source>
        <translation>बहुत बार</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="130"/>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="158"/>
        <source>this computer does not have enough free memory right now</source>
        <translation>इस समय इस कंप्यूटर में काफ़ी ख़ाली मेमोरी नहीं है</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="163"/>
        <source>Your entries could not be opened just now: %s. Try again in a moment.</source>
        <translation>आपकी एंट्री अभी नहीं खुल सकीं: %s। थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="177"/>
        <source>That recovery code did not open this profile.</source>
        <translation>इस रिकवरी कोड से यह प्रोफ़ाइल नहीं खुली।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="179"/>
        <source>That passcode did not open this profile.</source>
        <translation>इस पासकोड से यह प्रोफ़ाइल नहीं खुली।</translation>
    </message>
</context>
<context>
    <name>WeeklyCheckinDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="63"/>
        <source>See how I am doing</source>
        <translation>मेरा हाल देखें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="85"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="87"/>
        <source>Close the weekly check-in</source>
        <translation>हफ़्ते का हाल बंद करें</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="179"/>
        <source>Your answers could not be saved: %s.</source>
        <translation>आपके जवाब सेव नहीं हो सके: %s।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="185"/>
        <source>Your total this week: %1 out of %2.</source>
        <translation>इस हफ़्ते आपका कुल स्कोर: %2 में से %1।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="193"/>
        <source>higher than</source>
        <translation>से ज़्यादा</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="195"/>
        <source>lower than</source>
        <translation>से कम</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="197"/>
        <source>the same as</source>
        <translation>के बराबर</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="199"/>
        <source>That is %1 your last check-in, in the week of %2 (%3).</source>
        <translation>यह पिछली बार के स्कोर %1 है, जो %2 वाले हफ़्ते के हाल में था (%3)।</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="214"/>
        <source>Read: %s</source>
        <translation>पढ़ें: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="219"/>
        <source>Get support</source>
        <translation>सहायता पाएँ</translation>
    </message>
</context>
</TS>
