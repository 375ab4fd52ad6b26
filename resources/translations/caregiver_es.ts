<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../caregiver_app/ui/widgets/page.py" line="85"/>
        <source>Nothing you write here is kept: it is cleared when you leave, or after a few quiet minutes.</source>
        <translation>Nada de lo que escribas aquí se guarda: se borra cuando te vas o después de unos minutos sin uso.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/page.py" line="90"/>
        <source>Encrypted with your passcode: only you can read %s.</source>
        <translation>Cifrado con tu código de acceso: solo tú puedes leer %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/page.py" line="95"/>
        <source>Not encrypted: anyone who uses this computer can read %s. &lt;a href=&quot;#passcode&quot;&gt;Set a passcode&lt;/a&gt; to keep it private.</source>
        <translation>Sin cifrar: cualquier persona que use esta computadora puede leer %s. &lt;a href=&quot;#passcode&quot;&gt;Crea un código de acceso&lt;/a&gt; para proteger tu privacidad.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/widgets/page.py" line="104"/>
        <source>%n entry(s) could not be trusted and are not shown; they are kept, not deleted.</source>
        <translation>
            <numerusform>No se muestra %n entrada porque no se puede confiar en ella; se conserva, no se borró.</numerusform>
            <numerusform>No se muestran %n entradas porque no se puede confiar en ellas; se conservan, no se borraron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="25"/>
        <source>In an emergency</source>
        <translation>En una emergencia</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="26"/>
        <source>Crisis lines: someone to talk to now</source>
        <translation>Líneas de crisis: alguien con quien hablar ahora</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="27"/>
        <source>Support for families</source>
        <translation>Apoyo para familias</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="53"/>
        <source>If someone is in danger right now</source>
        <translation>Si alguien está en peligro ahora mismo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="56"/>
        <source>Call your local emergency number. Stay with the person if it is safe, and remove anything they could use to hurt themselves or others.</source>
        <translation>Llama al número de emergencias de tu zona. Quédate con la persona si es seguro hacerlo, y retira todo lo que pueda usar para hacerse daño o hacer daño a otras personas.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="65"/>
        <source>No support services are listed for this language yet. Your doctor, clinic or local health service can tell you who to call.</source>
        <translation>Esta lista aún no tiene servicios de apoyo en tu idioma. Tu médico, tu clínica o el servicio de salud de tu zona pueden decirte a quién llamar.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="72"/>
        <source>At %s</source>
        <translation>En %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="72"/>
        <source>At your clinic</source>
        <translation>En tu centro de salud</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="78"/>
        <source>In other countries</source>
        <translation>En otros países</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="84"/>
        <source>This app does not contact anyone for you, and never sends anything over the internet.</source>
        <translation>Esta aplicación no se comunica con nadie por ti y nunca envía nada por internet.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="108"/>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="110"/>
        <source>Text</source>
        <translation>Enviar mensaje de texto</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="80"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="83"/>
        <source>All lessons (Alt+Home)</source>
        <translation>Todas las lecciones (Alt+Inicio)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="85"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="102"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="105"/>
        <source>Larger text (Ctrl+plus)</source>
        <translation>Texto más grande (Ctrl+más)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="108"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="111"/>
        <source>Smaller text (Ctrl+minus)</source>
        <translation>Texto más pequeño (Ctrl+menos)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="114"/>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="51"/>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="87"/>
        <source>Get support</source>
        <translation>Buscar ayuda</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="90"/>
        <source>Crisis lines and support services (F1)</source>
        <translation>Líneas de crisis y servicios de apoyo (F1)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="92"/>
        <source>Content problems</source>
        <translation>Problemas en el contenido</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="94"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="97"/>
        <source>Your progress (Alt+P)</source>
        <translation>Tu progreso (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="155"/>
        <source>Switch profile…</source>
        <translation>Cambiar de perfil…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="158"/>
        <source>Choose who is using the app</source>
        <translation>Elige quién está usando la aplicación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="160"/>
        <source>Your data (backup and restore)…</source>
        <translation>Tus datos (copia de seguridad y restauración)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="119"/>
        <source>Stress log</source>
        <translation>Registro de estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="122"/>
        <source>Your private stress log (Alt+S)</source>
        <translation>Tu registro de estrés privado (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="125"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="128"/>
        <source>The warning-signs plan (Alt+W)</source>
        <translation>El plan de señales de alerta (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="131"/>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="134"/>
        <source>What did you notice today? Your family&apos;s signs, day by day (Alt+N)</source>
        <translation>¿Qué notaste hoy? Las señales de tu familia, día a día (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="138"/>
        <source>Set or change passcode…</source>
        <translation>Crear o cambiar el código de acceso…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="141"/>
        <source>Remove passcode…</source>
        <translation>Quitar el código de acceso…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="144"/>
        <source>Lock private entries</source>
        <translation>Bloquear la información privada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="147"/>
        <source>Lock now (or press Escape twice to hide everything)</source>
        <translation>Bloquear ahora (o presiona Esc dos veces para ocultar todo)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="150"/>
        <source>Delete all my private data…</source>
        <translation>Borrar todos mis datos privados…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="162"/>
        <source>Print lesson…</source>
        <translation>Imprimir lección…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="165"/>
        <source>Take this home</source>
        <translation>Llévatelo a casa</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="165"/>
        <source>A card of the lessons you read today</source>
        <translation>Una tarjeta con las lecciones que leíste hoy</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="168"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="173"/>
        <source>Stress log report for your doctor (PDF)…</source>
        <translation>Informe del registro de estrés para tu médico (PDF)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="177"/>
        <source>Stress log as a spreadsheet (CSV)…</source>
        <translation>Registro de estrés como hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="181"/>
        <source>Warning-signs plan (PDF)…</source>
        <translation>Plan de señales de alerta (PDF)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="184"/>
        <source>Signs seen, as a spreadsheet (CSV)…</source>
        <translation>Señales vistas, como hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="233"/>
        <source>Your country (for Get support)</source>
        <translation>Tu país (para Buscar ayuda)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="252"/>
        <source>Another country</source>
        <translation>Otro país</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/about.py" line="14"/>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="169"/>
        <source>About Caregiver Companion</source>
        <translation>Acerca de Caregiver Companion</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/about.py" line="16"/>
        <source>Caregiver Companion %s

Lessons for families caring for someone with a mental illness. It works offline and sends nothing anywhere.

It is education, not diagnosis or treatment. In an emergency, call your local emergency number.</source>
        <translation>Caregiver Companion %s

Lecciones para familias que cuidan a una persona que vive con una enfermedad mental. Funciona sin internet y no envía nada a ninguna parte.

Es educación, no diagnóstico ni tratamiento. En una emergencia, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="208"/>
        <source>&amp;App</source>
        <translation>&amp;Aplicación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="212"/>
        <source>Lock private entries after</source>
        <translation>Bloquear la información privada después de</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="214"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="221"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="222"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="230"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="231"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/theme.py" line="103"/>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/theme.py" line="104"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/theme.py" line="105"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/theme.py" line="106"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="261"/>
        <source>1 minute without use</source>
        <translation>1 minuto sin uso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="261"/>
        <source>%1 minutes without use</source>
        <translation>%1 minutos sin uso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="289"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="304"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="305"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="193"/>
        <source>No lessons could be read from the lesson folder %s (a network drive may be offline, or the folder is empty), so the lessons that come with the app are shown. Restart the app to try again.</source>
        <translation>No se pudo leer ninguna lección de la carpeta %s (puede que una unidad de red esté desconectada o que la carpeta esté vacía), así que se muestran las lecciones que vienen con la aplicación. Reinicia la aplicación para volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="203"/>
        <source>The settings file has problems; defaults are used for them:</source>
        <translation>El archivo de configuración tiene problemas; en esos puntos se usan los valores predeterminados:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="262"/>
        <source>Caregiver Companion is already open</source>
        <translation>Caregiver Companion ya está abierto</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="264"/>
        <source>Caregiver Companion is already open on this computer, perhaps in another window. Switch to that window. Only one copy can use your data at a time, so that nothing you save is lost.</source>
        <translation>Caregiver Companion ya está abierto en esta computadora, quizás en otra ventana. Cambia a esa ventana. Solo una copia puede usar tus datos a la vez, para que no se pierda nada de lo que guardas.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="314"/>
        <source>Your saved progress could not be opened</source>
        <translation>No se pudo abrir tu progreso guardado</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="318"/>
        <source>A backup from %s can bring back what was saved then.</source>
        <translation>Una copia de seguridad del %s puede recuperar lo que se guardó entonces.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="319"/>
        <source>Restore that backup</source>
        <translation>Restaurar esa copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="320"/>
        <source>Start fresh</source>
        <translation>Empezar de cero</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="322"/>
        <source>There is no backup to restore, so the app starts fresh.</source>
        <translation>No hay ninguna copia de seguridad para restaurar, así que la aplicación empieza de cero.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="329"/>
        <location filename="../../caregiver_app/ui/app.py" line="332"/>
        <source>Restore failed</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="329"/>
        <source>Nothing was changed, because %s.</source>
        <translation>No se cambió nada, porque %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/app.py" line="332"/>
        <source>Nothing was changed: %s</source>
        <translation>No se cambió nada: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="67"/>
        <source>A passcode needs at least 6 characters, not counting spaces at the start or end.</source>
        <translation>Un código de acceso necesita al menos 6 caracteres, sin contar los espacios al principio o al final.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="70"/>
        <source>A passcode that repeats one character or a short pattern is easy to guess.</source>
        <translation>Un código de acceso que repite un carácter o un patrón corto es fácil de adivinar.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="73"/>
        <source>A run like 123456 or abcdef is one of the first things anyone tries.</source>
        <translation>Una secuencia como 123456 o abcdef es de lo primero que cualquiera prueba.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="76"/>
        <source>This is one of the passcodes people use most, so it is among the first guesses.</source>
        <translation>Este es uno de los códigos de acceso más usados, así que es de los primeros que se prueban.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="92"/>
        <source>Strength: strong.</source>
        <translation>Seguridad: alta.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="94"/>
        <source>Strength: okay. A few more characters, or another word, make it stronger.</source>
        <translation>Seguridad: media. Unos caracteres más, u otra palabra, lo hacen más seguro.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="95"/>
        <source>Strength: weak. Longer is better: try three or four words you will remember.</source>
        <translation>Seguridad: baja. Más largo es mejor: prueba con tres o cuatro palabras que vayas a recordar.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="100"/>
        <source>How good the new passcode is</source>
        <translation>Qué tan seguro es el código de acceso nuevo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="108"/>
        <source>At least 6 characters, not one character repeated and not a run like 123456. A few words you will remember work well.</source>
        <translation>Al menos 6 caracteres, sin repetir un solo carácter y sin secuencias como 123456. Unas cuantas palabras que vayas a recordar funcionan bien.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="255"/>
        <source>Recovery code for the private entries of the profile “%s” in Caregiver Companion.</source>
        <translation>Código de recuperación de la información privada del perfil «%s» en Caregiver Companion.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="258"/>
        <source>Recovery code for your private entries in Caregiver Companion.</source>
        <translation>Código de recuperación de tu información privada en Caregiver Companion.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="261"/>
        <source>If the passcode is forgotten, this code opens them. Keep this paper somewhere safe, away from the computer.</source>
        <translation>Si se olvida el código de acceso, este código las abre. Guarda este papel en un lugar seguro, lejos de la computadora.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="11"/>
        <source>your stress log</source>
        <translation>tu registro de estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="12"/>
        <source>your warning-signs plan</source>
        <translation>tu plan de señales de alerta</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="13"/>
        <source>the observations of your plan</source>
        <translation>las observaciones de tu plan</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="14"/>
        <source>your reflections</source>
        <translation>tus reflexiones</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="15"/>
        <source>your weekly check-ins</source>
        <translation>tus revisiones semanales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="16"/>
        <source>your list of signs</source>
        <translation>tu lista de señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="17"/>
        <source>the days of your signs</source>
        <translation>los días de tus señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="18"/>
        <source>the thresholds of your signs</source>
        <translation>los umbrales de tus señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="26"/>
        <source>1 entry in %s was not written by this app and is not shown; it is kept aside.</source>
        <translation>Hay 1 nota en %s que no escribió esta aplicación; no se muestra y se guardó aparte.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="28"/>
        <source>1 entry in %s was changed or moved and cannot be opened; it is kept aside.</source>
        <translation>1 nota en %s se cambió o se movió y no se puede abrir; se guardó aparte.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="30"/>
        <source>1 entry in %s was replaced by an older copy of itself; the older copy is not shown and is kept aside.</source>
        <translation>1 nota en %s se reemplazó por una copia más antigua de sí misma; esa copia antigua no se muestra y se guardó aparte.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="33"/>
        <source>1 entry in %s that this app wrote is gone from the file.</source>
        <translation>1 nota en %s que escribió esta aplicación ya no está en el archivo.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="37"/>
        <source>%d entries in %s were not written by this app and are not shown; they are kept aside.</source>
        <translation>Hay %d entradas en %s que no escribió esta aplicación; no se muestran y se guardaron aparte.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="40"/>
        <source>%d entries in %s were changed or moved and cannot be opened; they are kept aside.</source>
        <translation>%d entradas en %s se cambiaron o se movieron y no se pueden abrir; se guardaron aparte.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="43"/>
        <source>%d entries in %s were replaced by older copies of themselves; the older copies are not shown and are kept aside.</source>
        <translation>%d entradas en %s se reemplazaron por copias más antiguas de sí mismas; esas copias antiguas no se muestran y se guardaron aparte.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="46"/>
        <source>%d entries in %s that this app wrote are gone from the file.</source>
        <translation>%d entradas en %s que escribió esta aplicación ya no están en el archivo.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="58"/>
        <source>The app&apos;s record of your entries was missing or damaged, so it could not check whether older copies were put back. It has made a new record.</source>
        <translation>El control que la aplicación lleva de tus entradas faltaba o estaba dañado, así que no pudo comprobar si se volvieron a poner copias antiguas. Ya creó un control nuevo.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="63"/>
        <source>The app&apos;s record of your entries went back to an older copy.</source>
        <translation>El control que la aplicación lleva de tus entradas volvió a una copia más antigua.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/findings.py" line="66"/>
        <source>This app deleted nothing. If you did not expect this, someone may have changed this app&apos;s data file.</source>
        <translation>Esta aplicación no borró nada. Si no esperabas esto, puede que alguien haya cambiado el archivo de datos de la aplicación.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="38"/>
        <source>Open in your web browser?</source>
        <translation>¿Abrir en tu navegador web?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="39"/>
        <source>This link leads outside Caregiver Companion, to:

%s

Open it in your web browser?</source>
        <translation>Este enlace lleva fuera de Caregiver Companion, a:

%s

¿Abrirlo en tu navegador web?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/printing.py" line="28"/>
        <source>No printer</source>
        <translation>No hay impresora</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/printing.py" line="28"/>
        <source>No printer is set up on this computer.</source>
        <translation>No hay ninguna impresora configurada en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/feature.py" line="99"/>
        <source>Your progress could not be read (%s).</source>
        <translation>No se pudo leer tu progreso (%s).</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/area.py" line="258"/>
        <source>Choose a new passcode</source>
        <translation>Elige un código de acceso nuevo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/area.py" line="259"/>
        <source>You used your recovery code. Please choose a new passcode now.</source>
        <translation>Usaste tu código de recuperación. Por favor, elige ahora un código de acceso nuevo.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/area.py" line="280"/>
        <source>Some private entries are not shown</source>
        <translation>Una parte de la información privada no se muestra</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="67"/>
        <source>Remove the passcode?</source>
        <translation>¿Quitar el código de acceso?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="69"/>
        <source>Your private entries will be stored without encryption, and anyone who uses this computer could read them. Remove the passcode?</source>
        <translation>Tu información privada se guardará sin cifrar, y cualquier persona que use esta computadora podría leerla. ¿Quitar el código de acceso?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="82"/>
        <source>The passcode was not removed</source>
        <translation>No se quitó el código de acceso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="83"/>
        <source>Your entries stay encrypted: %s.</source>
        <translation>Tus entradas siguen cifradas: %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="93"/>
        <source>Some entries were kept aside</source>
        <translation>Algunas entradas se guardaron aparte</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="95"/>
        <source>%d entries could not be trusted, so they were kept aside and not made readable.</source>
        <translation>No se pudo confiar en %d entradas, así que se guardaron aparte y no se descifraron.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="107"/>
        <source>Delete all your private data?</source>
        <translation>¿Borrar todos tus datos privados?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="109"/>
        <source>This deletes every stress check-in, reflection and weekly check-in, the warning-signs plan and its observations, and the signs watched with every day ticked, of %s. Lesson progress stays. This cannot be undone.</source>
        <translation>Esto borra todos los registros del día, las reflexiones y las revisiones semanales, el plan de señales de alerta y sus observaciones, y las señales observadas con cada día marcado, de %s. El progreso en las lecciones se mantiene. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="121"/>
        <source>Nothing was deleted</source>
        <translation>No se borró nada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="122"/>
        <source>Your private data could not be deleted: %s.</source>
        <translation>No se pudieron borrar tus datos privados: %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="126"/>
        <source>Your private data was deleted.</source>
        <translation>Se borraron tus datos privados.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="134"/>
        <source>Weekly check-in</source>
        <translation>Revisión semanal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/commands.py" line="135"/>
        <source>This content folder has no weekly check-in.</source>
        <translation>Esta carpeta de contenido no tiene revisión semanal.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="44"/>
        <source>The file will not be encrypted</source>
        <translation>El archivo no estará cifrado</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="46"/>
        <source>Anyone who can open the file you save can read it, whatever your passcode. Keep it somewhere safe, and delete it when you no longer need it. Continue?</source>
        <translation>Cualquier persona que pueda abrir el archivo que guardes podrá leerlo, sin importar tu código de acceso. Guárdalo en un lugar seguro y bórralo cuando ya no lo necesites. ¿Continuar?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="60"/>
        <source>Export the stress log</source>
        <translation>Exportar el registro de estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="67"/>
        <location filename="../../caregiver_app/ui/private/files.py" line="83"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="67"/>
        <location filename="../../caregiver_app/ui/private/files.py" line="83"/>
        <source>Nothing was saved: %s.</source>
        <translation>No se guardó nada: %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="75"/>
        <source>Export the signs</source>
        <translation>Exportar las señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="91"/>
        <source>Import a stress log</source>
        <translation>Importar un registro de estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="108"/>
        <source>Save a report for your doctor</source>
        <translation>Guardar un informe para tu médico</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="123"/>
        <source>Could not save the report</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="123"/>
        <source>The report was not saved: %s</source>
        <translation>No se guardó el informe: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="131"/>
        <source>Save the plan as a page</source>
        <translation>Guardar el plan como página</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="151"/>
        <source>Could not save the plan</source>
        <translation>No se pudo guardar el plan</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/files.py" line="151"/>
        <source>The page was not saved: %s</source>
        <translation>No se guardó la página: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="106"/>
        <source>Lesson not found</source>
        <translation>No se encontró la lección</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="108"/>
        <source>The lesson “%s” is not in this library. It may have been moved or left out because of a problem in its file.</source>
        <translation>La lección “%s” no está en esta biblioteca. Puede que se haya movido o que se haya dejado fuera por un problema en su archivo.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="180"/>
        <source>Your answer is not saved: nothing from this session is kept.</source>
        <translation>Tu respuesta no se guarda: nada de esta sesión se conserva.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="182"/>
        <source>Your answer cannot be saved: your saved data can only be read now.</source>
        <translation>Tu respuesta no se puede guardar: por ahora tus datos guardados solo se pueden leer.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="184"/>
        <source>Locked. Unlock your private entries (App menu) to see and write here.</source>
        <translation>Bloqueado. Desbloquea tu información privada (menú Aplicación) para verla y escribir aquí.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="186"/>
        <source>Saved as you type, encrypted with your passcode.</source>
        <translation>Se guarda mientras escribes, cifrado con tu código de acceso.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/feature.py" line="189"/>
        <source>Saved as you type, in the profile “%s”. Not encrypted: set a passcode (App menu) to keep it private.</source>
        <translation>Se guarda mientras escribes, en el perfil «%s». Sin cifrar: pon un código de acceso (menú Aplicación) para que sea privado.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/session.py" line="102"/>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/session.py" line="200"/>
        <source>Text size %d%%</source>
        <translation>Tamaño del texto: %d%%</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/main_window.py" line="62"/>
        <source>Caregiver Companion</source>
        <translation>Caregiver Companion</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/main_window.py" line="222"/>
        <source>Profile in use: “%s”. Click to switch.</source>
        <translation>Perfil en uso: «%s». Haz clic para cambiar.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/main_window.py" line="225"/>
        <source>Caregiver Companion — %s</source>
        <translation>Caregiver Companion — %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/main_window.py" line="238"/>
        <source>%d older copies of your data could not be encrypted with the new passcode, because they are damaged or were made by a newer version. They may still hold private entries unencrypted. They were kept in %s: %s. Delete them once you are sure you do not need them.</source>
        <translation>%d copias antiguas de tus datos no se pudieron cifrar con el código de acceso nuevo, porque están dañadas o las hizo una versión más nueva. Puede que todavía guarden información privada sin cifrar. Se guardaron en %s: %s. Bórralas cuando tengas la certeza de que no las necesitas.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="47"/>
        <source>Lessons you looked at today</source>
        <translation>Lecciones que has mirado hoy</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="48"/>
        <source>Start with “Start here” and “Early warning signs of relapse”.</source>
        <translation>Empieza por «Start here» y «Early warning signs of relapse».</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="49"/>
        <source>If you need help</source>
        <translation>Si necesitas ayuda</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="56"/>
        <source>Read more, at home:</source>
        <translation>Lee más, en casa:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="86"/>
        <source>This computer does not print. To take this home, point your phone&apos;s camera at the code below: it opens the clinic&apos;s pages. To keep this list too, take a photo of it.</source>
        <translation>Esta computadora no imprime. Para llevártelo a casa, apunta la cámara de tu teléfono al código de abajo: abre las páginas del centro. Para guardar también esta lista, hazle una foto.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="91"/>
        <source>This computer does not print. To keep this list, take a photo of it with your phone.</source>
        <translation>Esta computadora no imprime. Para guardar esta lista, hazle una foto con tu teléfono.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="58"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="59"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="60"/>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="61"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="62"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/edit_menu.py" line="63"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="24"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="39"/>
        <source>End your visit: clear everything you read and wrote here</source>
        <translation>Terminar tu visita: borrar todo lo que leíste y escribiste aquí</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="41"/>
        <source>Hide everything on the screen at once, and lock your private entries</source>
        <translation>Ocultar de golpe todo lo que hay en la pantalla y bloquear tu información privada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="44"/>
        <source>Escape, twice</source>
        <translation>Escape, dos veces</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="45"/>
        <source>Search the lessons</source>
        <translation>Buscar en las lecciones</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="46"/>
        <source>Find a word in this lesson</source>
        <translation>Buscar una palabra en esta lección</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="47"/>
        <source>Go to a heading in this lesson</source>
        <translation>Ir a un apartado de esta lección</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="48"/>
        <source>Save today&apos;s check-in</source>
        <translation>Guardar el registro de hoy</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="49"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="49"/>
        <source>Move between buttons and boxes</source>
        <translation>Moverse entre botones y casillas</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="50"/>
        <source>Space or Enter</source>
        <translation>Espacio o Intro</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="50"/>
        <source>Press the button that has the keyboard</source>
        <translation>Presionar el botón que tiene el teclado</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="60"/>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="64"/>
        <location filename="../../caregiver_app/ui/shell/window_actions.py" line="170"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="63"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="63"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/shortcuts_dialog.py" line="76"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="159"/>
        <source>Stress log of %1</source>
        <translation>Registro de estrés de %1</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="162"/>
        <source>The last %1 days, to %2. Written by me, for my own doctor. It describes how I have been as a carer; it is not a medical assessment.</source>
        <translation>Los últimos %1 días, hasta el %2. Lo escribí yo, para mi médico. Describe cómo he estado como cuidador o cuidadora; no es una evaluación médica.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="184"/>
        <source>Days with a check-in</source>
        <translation>Días con registro</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="184"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="186"/>
        <source>Average stress (0 to 10)</source>
        <translation>Estrés promedio (de 0 a 10)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="188"/>
        <source>%1 (the %2 days before: %3)</source>
        <translation>%1 (los %2 días anteriores: %3)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="194"/>
        <source>Average sleep</source>
        <translation>Sueño promedio</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="194"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="195"/>
        <source>Days at 8 or more</source>
        <translation>Días con 8 o más</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="209"/>
        <source>What caused stress most often:</source>
        <translation>Lo que más veces causó estrés:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="213"/>
        <source>What seemed to help:</source>
        <translation>Lo que pareció ayudar:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="214"/>
        <source>%1 (stress %2 on those days, %3 on others)</source>
        <translation>%1 (estrés de %2 esos días, %3 los demás)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="225"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="225"/>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="225"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="225"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="225"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="226"/>
        <source>Day by day</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/reports.py" line="168"/>
        <source>Made with Caregiver Companion. This file is not encrypted.</source>
        <translation>Hecho con Caregiver Companion. Este archivo no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/printing.py" line="16"/>
        <source>Check your understanding:</source>
        <translation>Comprueba lo que aprendiste:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/printing.py" line="16"/>
        <source>Reflect:</source>
        <translation>Reflexiona:</translation>
    </message>
</context>
<context>
    <name>AdminPinDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="89"/>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="93"/>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="94"/>
        <source>The PIN that leaves kiosk mode</source>
        <translation>El PIN para salir del modo quiosco</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="95"/>
        <source>Type the admin PIN to leave kiosk mode.</source>
        <translation>Escribe el PIN de administración para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="104"/>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="105"/>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="106"/>
        <source>Checks the PIN</source>
        <translation>Comprueba el PIN</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="108"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="109"/>
        <source>Stay in kiosk mode</source>
        <translation>Seguir en modo quiosco</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="133"/>
        <source>Type the PIN first.</source>
        <translation>Escribe primero el PIN.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="138"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="159"/>
        <source>The PIN could not be checked just now. Try again.</source>
        <translation>No se pudo comprobar el PIN en este momento. Inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="197"/>
        <source>Wrong PIN — try again in %n s.</source>
        <translation>
            <numerusform>PIN incorrecto: vuelve a intentarlo en %n segundo.</numerusform>
            <numerusform>PIN incorrecto: vuelve a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="203"/>
        <source>Wrong PIN — try again.</source>
        <translation>PIN incorrecto: vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <location filename="../../caregiver_app/ui/shell/backup_schedule.py" line="67"/>
        <source>The automatic backup could not be made (%s). Your data is still saved; the app will try again later.</source>
        <translation>No se pudo hacer la copia de seguridad automática (%s). Tus datos siguen guardados; la aplicación lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>ChangePasscodeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="456"/>
        <source>Change passcode</source>
        <translation>Cambiar el código de acceso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="457"/>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="458"/>
        <source>Current passcode</source>
        <translation>Código de acceso actual</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="460"/>
        <source>New passcode</source>
        <translation>Código de acceso nuevo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="461"/>
        <source>New passcode again</source>
        <translation>Repite el código de acceso nuevo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="471"/>
        <source>Choose a new passcode. Your recovery code stays the same.</source>
        <translation>Elige un código de acceso nuevo. Tu código de recuperación no cambia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="501"/>
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Puedes volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Puedes volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="510"/>
        <source>The two passcodes are not the same.</source>
        <translation>Los dos códigos de acceso no son iguales.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="516"/>
        <source>Type the same passcode again in the second box.</source>
        <translation>Escribe el mismo código de acceso otra vez en el segundo cuadro.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="537"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="551"/>
        <source>That is not the current passcode.</source>
        <translation>Ese no es el código de acceso actual.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="566"/>
        <source>Changing your passcode…</source>
        <translation>Cambiando tu código de acceso…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="575"/>
        <source>The passcode was not changed: %s</source>
        <translation>No se cambió el código de acceso: %s</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="33"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="34"/>
        <source>calm</source>
        <translation>en calma</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="35"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="36"/>
        <source>a little tense</source>
        <translation>algo de tensión</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="37"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="38"/>
        <source>tense</source>
        <translation>tensión</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="39"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="40"/>
        <source>stressed</source>
        <translation>estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="41"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="42"/>
        <source>very stressed</source>
        <translation>mucho estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="43"/>
        <source>overwhelmed</source>
        <translation>no puedo más</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="46"/>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="47"/>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="48"/>
        <source>okay</source>
        <translation>regular</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="49"/>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="50"/>
        <source>very good</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="58"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="271"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="272"/>
        <source>The day this check-in is about</source>
        <translation>El día al que se refiere este registro</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="280"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="287"/>
        <source>Mood: %s</source>
        <translation>Ánimo: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="292"/>
        <source>How your mood has been today; press again to unchoose</source>
        <translation>Cómo ha estado tu ánimo hoy; presiona otra vez para quitarlo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="301"/>
        <source>A note, if you like</source>
        <translation>Una nota, si quieres</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="319"/>
        <source>Stress %1 of 10</source>
        <translation>Estrés %1 de 10</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="321"/>
        <source>Stress from 0 to 10</source>
        <translation>Estrés del 0 al 10</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="342"/>
        <source>S&amp;tress:</source>
        <translation>Es&amp;trés:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="279"/>
        <source>not noted</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="282"/>
        <source>Hours of sleep last night</source>
        <translation>Horas de sueño anoche</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="283"/>
        <source>Leave it at &quot;not noted&quot; if you are not sure</source>
        <translation>Déjalo en «sin anotar» si no estás seguro o segura</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="290"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="294"/>
        <source>Something else that caused stress (commas between)</source>
        <translation>Otra cosa que te causó estrés (sepáralas con comas)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="297"/>
        <source>Something else that helped (commas between)</source>
        <translation>Otra cosa que te ayudó (sepáralas con comas)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="302"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="303"/>
        <source>Anything you want to remember about today</source>
        <translation>Lo que quieras recordar de hoy</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="306"/>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="409"/>
        <source>Save check-in</source>
        <translation>Guardar registro del día</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="308"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="340"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="343"/>
        <source>Sleep last night:</source>
        <translation>Sueño anoche:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="344"/>
        <source>Mood:</source>
        <translation>Estado de ánimo:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="345"/>
        <source>What caused stress:</source>
        <translation>Qué causó estrés:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="346"/>
        <source>What helped:</source>
        <translation>Qué ayudó:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="347"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="355"/>
        <source>Today&apos;s check-in</source>
        <translation>Registro de hoy</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="361"/>
        <source>%1 of 10: %2</source>
        <translation>%1 de 10: %2</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="372"/>
        <source>Choose a number for today&apos;s stress</source>
        <translation>Elige un número para el estrés de hoy</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="373"/>
        <source>Choose a number for this day&apos;s stress</source>
        <translation>Elige un número para el estrés de este día</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="409"/>
        <source>Update check-in</source>
        <translation>Actualizar registro del día</translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="40"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="47"/>
        <source>Nothing is being saved on this computer in this session.</source>
        <translation>En esta sesión no se guarda nada en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="51"/>
        <source>Everything you save stays on this computer, in %s. To move to another computer, back up to a file (on a USB stick, for example) and restore it there. Only entries protected by a passcode are encrypted in the backup file, so keep it somewhere safe.</source>
        <translation>Todo lo que guardas se queda en esta computadora, en %s. Para pasar a otra computadora, haz una copia de seguridad en un archivo (en una memoria USB, por ejemplo) y restáurala allí. En la copia de seguridad solo va cifrada la información protegida con un código de acceso, así que guarda el archivo en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="58"/>
        <source>Back up to a file…</source>
        <translation>Hacer copia de seguridad en un archivo…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="60"/>
        <source>Restore from a file…</source>
        <translation>Restaurar desde un archivo…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="66"/>
        <source>Automatic backups (made while you use the app and before big changes; one a day is kept for two weeks, then one a week, then one a month for a year):</source>
        <translation>Copias de seguridad automáticas (se hacen mientras usas la aplicación y antes de cambios grandes; se guarda una por día durante dos semanas, luego una por semana y luego una por mes durante un año):</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="73"/>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="74"/>
        <source>Restore the selected backup…</source>
        <translation>Restaurar la copia seleccionada…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="115"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="116"/>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="117"/>
        <source>before a passcode was set</source>
        <translation>antes de crear un código de acceso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="124"/>
        <source>Back up to a file</source>
        <translation>Hacer copia de seguridad en un archivo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="130"/>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="137"/>
        <source>Replace everything?</source>
        <translation>¿Reemplazar todo?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="139"/>
        <source>This replaces ALL profiles, progress and notes on this computer with those in %s. What is here now will be lost unless you back it up first. A backup made before a passcode was set holds those entries unencrypted. Continue?</source>
        <translation>Esto reemplaza TODOS los perfiles, el progreso y la información de esta computadora por los de %s. Lo que hay ahora se perderá, a menos que antes hagas una copia de seguridad. Una copia hecha antes de crear un código de acceso guarda esa información sin cifrar. ¿Continuar?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="157"/>
        <source>Backup failed</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="158"/>
        <source>Nothing was saved: %s</source>
        <translation>No se guardó nada: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="162"/>
        <source>Backup saved</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="162"/>
        <source>Everything was saved to %s.</source>
        <translation>Todo se guardó en %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="172"/>
        <source>the backup from %s</source>
        <translation>la copia de seguridad del %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="182"/>
        <source>Cannot restore this file</source>
        <translation>No se puede restaurar este archivo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="183"/>
        <source>Nothing was changed, because %s.</source>
        <translation>No se cambió nada, porque %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="189"/>
        <source>Restore failed</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="190"/>
        <source>Nothing was changed: %s</source>
        <translation>No se cambió nada: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="196"/>
        <source>What was here before is kept as the backup from %s, in the list of automatic backups.</source>
        <translation>Lo que había antes se guarda como la copia de seguridad del %s, en la lista de copias de seguridad automáticas.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="199"/>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/data_dialog.py" line="193"/>
        <source>Your data was restored.</source>
        <translation>Se restauraron tus datos.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../caregiver_app/ui/widgets/dates.py" line="16"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/dates.py" line="17"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>DayTicks</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="35"/>
        <source>The day you are filling in</source>
        <translation>El día que estás anotando</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="36"/>
        <source>Today, or an earlier day to fill in later</source>
        <translation>Hoy, o un día anterior para completarlo más tarde</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="41"/>
        <source>A word of context, if you like</source>
        <translation>Unas palabras de contexto, si quieres</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="42"/>
        <source>A word of context for the day</source>
        <translation>Unas palabras de contexto sobre el día</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="43"/>
        <source>Saved when you leave the box</source>
        <translation>Se guarda al salir del cuadro</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="50"/>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="88"/>
        <source>Ticked: seen on this day. Saved at once.</source>
        <translation>Marcada: vista este día. Se guarda enseguida.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_day.py" line="94"/>
        <source>No signs here yet.</source>
        <translation>Todavía no hay señales aquí.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="28"/>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="29"/>
        <source>Find in this lesson</source>
        <translation>Buscar en esta lección</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="31"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="32"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="33"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/find_bar.py" line="82"/>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="72"/>
        <source>Import a stress log</source>
        <translation>Importar un registro de estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="82"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="83"/>
        <source>How much of the file is done</source>
        <translation>Cuánto del archivo ya se procesó</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="87"/>
        <source>Rows that were skipped</source>
        <translation>Filas que se omitieron</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="89"/>
        <source>Each skipped row of the file, with its line number and why</source>
        <translation>Cada fila omitida del archivo, con su número de línea y el motivo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="93"/>
        <source>&amp;Replace them</source>
        <translation>&amp;Reemplazarlos</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="95"/>
        <source>Use the file&apos;s check-ins for days you had already logged</source>
        <translation>Usar los registros del archivo para los días que ya habías anotado</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="97"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar los míos</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="99"/>
        <source>Import only the days you have not logged yet</source>
        <translation>Importar solo los días que todavía no anotaste</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="101"/>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="102"/>
        <source>Read the file and import it again</source>
        <translation>Leer el archivo e importarlo otra vez</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="104"/>
        <source>Stop: nothing is imported</source>
        <translation>Detener: no se importa nada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="105"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="106"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="156"/>
        <source>Reading %s…</source>
        <translation>Leyendo %s…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="202"/>
        <source>1 day already has a check-in; the file&apos;s will replace it.</source>
        <translation>1 día ya tiene un registro; el del archivo lo reemplazará.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="204"/>
        <source>%d days already have a check-in; the file&apos;s will replace them.</source>
        <translation>%d días ya tienen un registro; los del archivo los reemplazarán.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="208"/>
        <source>Replace them, or keep yours for those days?</source>
        <translation>¿Los reemplazas o conservas los tuyos para esos días?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="220"/>
        <source>Saving 1 check-in…</source>
        <translation>Guardando 1 registro…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="222"/>
        <source>Saving %d check-ins…</source>
        <translation>Guardando %d registros…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="254"/>
        <source>Imported 1 check-in.</source>
        <translation>Se importó 1 registro del día.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="256"/>
        <source>Imported %d check-ins.</source>
        <translation>Se importaron %d registros del día.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="260"/>
        <source>1 day you had already logged was left as it was.</source>
        <translation>1 día que ya habías anotado se dejó como estaba.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="262"/>
        <source>%d days you had already logged were left as they were.</source>
        <translation>%d días que ya habías anotado se dejaron como estaban.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="267"/>
        <source>1 row was skipped:</source>
        <translation>Se omitió 1 fila:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="269"/>
        <source>%d rows were skipped:</source>
        <translation>Se omitieron %d filas:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="272"/>
        <source>The file could not be used: %s.</source>
        <translation>No se pudo usar el archivo: %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="280"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="286"/>
        <source>The import stopped and nothing was imported: %s</source>
        <translation>La importación se detuvo y no se importó nada: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="307"/>
        <source>the private entries were locked. Unlock them and try again.</source>
        <translation>la información privada estaba bloqueada. Desbloquéala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="309"/>
        <source>the data was in use. Please try again in a moment.</source>
        <translation>los datos estaban en uso. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="311"/>
        <source>your data could not be saved (%s).</source>
        <translation>no se pudieron guardar tus datos (%s).</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="313"/>
        <source>the file could not be read (%s).</source>
        <translation>no se pudo leer el archivo (%s).</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/import_dialog.py" line="325"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
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
        <translation>Este quiosco no está listo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="45"/>
        <source>Sorry, this computer cannot be used right now. If you need help now, please ask at the reception desk, or call your local emergency number.</source>
        <translation>Lo sentimos, esta computadora no se puede usar en este momento. Si necesitas ayuda ahora, pregunta en la recepción o llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="80"/>
        <source>This kiosk has no working admin PIN, so it stays locked and cannot be closed from here. Ask IT to set kiosk.admin_pin_hash in the site config (see caregiver-app hash-pin).</source>
        <translation>Este quiosco no tiene un PIN de administración que funcione, así que sigue bloqueado y no se puede cerrar desde aquí. Pide al equipo de informática que configure kiosk.admin_pin_hash en la configuración del sitio (consulta caregiver-app hash-pin).</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="85"/>
        <source>The kiosk&apos;s site config has problems, so it stays locked. Ask IT to fix it (caregiver-app check-config shows each problem); Ctrl+Alt+Shift+Q and the admin PIN close this screen.</source>
        <translation>La configuración del sitio de este quiosco tiene problemas, así que sigue bloqueado. Pide al equipo de informática que la corrija (caregiver-app check-config muestra cada problema); Ctrl+Alt+Shift+Q y el PIN de administración cierran esta pantalla.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="50"/>
        <source>For staff:</source>
        <translation>Para el personal:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_locked.py" line="56"/>
        <source>Leaving kiosk mode needs a working admin PIN; this kiosk has none yet.</source>
        <translation>Para salir del modo quiosco hace falta un PIN de administración que funcione; este quiosco todavía no tiene uno.</translation>
    </message>
</context>
<context>
    <name>KioskSession</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="175"/>
        <source>Your visit</source>
        <translation>Tu visita</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="195"/>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="197"/>
        <source>End my visit</source>
        <translation>Terminar mi visita</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="199"/>
        <source>Clears everything you read and wrote here, for the next person</source>
        <translation>Borra todo lo que leíste y escribiste aquí, para la siguiente persona</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="201"/>
        <source>Clear everything you read and wrote here (or press Esc twice)</source>
        <translation>Borra todo lo que leíste y escribiste aquí (o presiona Esc dos veces)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="221"/>
        <source>Welcome to %s. Read anything here; nothing is kept.</source>
        <translation>Te damos la bienvenida a %s. Lee lo que quieras; no se guarda nada.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="222"/>
        <source>Welcome. Read anything here; nothing is kept.</source>
        <translation>Te damos la bienvenida. Lee lo que quieras; no se guarda nada.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk.py" line="265"/>
        <source>Your visit has ended. Everything you read and wrote here was cleared.</source>
        <translation>Tu visita terminó. Se borró todo lo que leíste y escribiste aquí.</translation>
    </message>
</context>
<context>
    <name>LessonFooter</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="24"/>
        <source>Opens the lesson before this one</source>
        <translation>Abre la lección anterior</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="27"/>
        <source>Opens the lesson after this one</source>
        <translation>Abre la lección siguiente</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="28"/>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="73"/>
        <source>Mark as complete</source>
        <translation>Marcar como terminada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="31"/>
        <source>Mark this lesson as complete</source>
        <translation>Marcar esta lección como terminada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="32"/>
        <source>Shows this lesson as done on your progress page</source>
        <translation>Muestra esta lección como terminada en tu página de progreso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="56"/>
        <source>← Previous: %s</source>
        <translation>← Anterior: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="57"/>
        <source>Next: %s →</source>
        <translation>Siguiente: %s →</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_footer.py" line="73"/>
        <source>✓ Completed (click to undo)</source>
        <translation>✓ Terminada (haz clic para deshacer)</translation>
    </message>
</context>
<context>
    <name>LessonListModel</name>
    <message>
        <location filename="../../caregiver_app/ui/library/lesson_rows.py" line="103"/>
        <source>Module: %1</source>
        <translation>Módulo: %1</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/lesson_text.py" line="42"/>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="37"/>
        <source>Lessons for families</source>
        <translation>Lecciones para familias</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="40"/>
        <source>Short lessons you can read in any order and come back to. If you are new, begin with the first module. Help is one click away: the red Get support button at the top of every screen.</source>
        <translation>Lecciones cortas que puedes leer en cualquier orden y volver a ver cuando quieras. Si es tu primera vez, empieza por el primer módulo. La ayuda está a un clic: el botón rojo Buscar ayuda, arriba en todas las pantallas.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="53"/>
        <source>Continue where you left off</source>
        <translation>Continuar donde lo dejaste</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="67"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="90"/>
        <source>Go to a module:</source>
        <translation>Ir a un módulo:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="143"/>
        <source>1 problem was found in the lesson files. A lesson may be missing.</source>
        <translation>Se encontró 1 problema en los archivos de las lecciones. Puede faltar una lección.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="146"/>
        <source>%1 problems were found in the lesson files. Some lessons may be missing.</source>
        <translation>Se encontraron %1 problemas en los archivos de las lecciones. Pueden faltar algunas lecciones.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="150"/>
        <source>Show content problems</source>
        <translation>Ver los problemas del contenido</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="63"/>
        <source>No lessons were found in the content folder.</source>
        <translation>No se encontraron lecciones en la carpeta de contenido.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/library_view.py" line="173"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="175"/>
        <source>✓ Completed</source>
        <translation>✓ Terminada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="175"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/library_view.py" line="170"/>
        <source>Continue where you left off: %s</source>
        <translation>Continuar donde lo dejaste: %s</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <location filename="../../caregiver_app/ui/private/locked_view.py" line="20"/>
        <source>Unlock private entries</source>
        <translation>Desbloquear la información privada</translation>
    </message>
</context>
<context>
    <name>PasscodeDialogs</name>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="594"/>
        <source>this computer does not have enough free memory right now</source>
        <translation>esta computadora no tiene suficiente memoria libre en este momento</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../caregiver_app/ui/private/stages.py" line="11"/>
        <source>Well</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stages.py" line="12"/>
        <source>Early signs</source>
        <translation>Primeras señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stages.py" line="13"/>
        <source>Getting worse</source>
        <translation>Empeorando</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stages.py" line="14"/>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="25"/>
        <source>What it looks like</source>
        <translation>Cómo se ve</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="26"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="27"/>
        <source>Who to contact</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="31"/>
        <source>Warning-signs plan for %s</source>
        <translation>Plan de señales de alerta para %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="32"/>
        <source>my family member</source>
        <translation>mi familiar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="33"/>
        <source>What I have noticed, over time</source>
        <translation>Lo que he notado, con el tiempo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="34"/>
        <source>The most recent %1 of %2; the rest are kept in the app.</source>
        <translation>Las %1 más recientes de %2; las demás se guardan en la aplicación.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="37"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="39"/>
        <source>What I noticed</source>
        <translation>Lo que noté</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="40"/>
        <source>Made with Caregiver Companion on %s.</source>
        <translation>Hecho con Caregiver Companion el %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="41"/>
        <source>Signs seen, week by week, from %1 to %2</source>
        <translation>Señales vistas, semana a semana, del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="42"/>
        <source>The darker a square, the more days of that week the sign was seen; a dotted square is a week not filled in.</source>
        <translation>Cuanto más oscuro el cuadro, más días de esa semana se vio la señal; un cuadro punteado es una semana sin completar.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="36"/>
        <source>The signs you or they notice at this stage</source>
        <translation>Las señales que tú o tu familiar notan en esta etapa</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="37"/>
        <source>The steps you agreed for this stage</source>
        <translation>Los pasos que acordaron para esta etapa</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="38"/>
        <source>Names and numbers to call at this stage</source>
        <translation>Nombres y números a los que llamar en esta etapa</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="41"/>
        <source>Signs timeline on the page</source>
        <translation>Línea de tiempo de señales en la página</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="42"/>
        <source>Add the signs seen, week by week, to the page</source>
        <translation>Agregar a la página las señales vistas, semana a semana</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="43"/>
        <source>No signs timeline</source>
        <translation>Sin línea de tiempo de señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="44"/>
        <source>Signs of the last %d weeks</source>
        <translation>Señales de las últimas %d semanas</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="58"/>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="83"/>
        <source>Warning-signs plan</source>
        <translation>Plan de señales de alerta</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="86"/>
        <source>Build this together with your family member when they are well, in their own words where you can. The lessons “Building a relapse signature together” and “An action plan for each stage” show how. It saves as you type.</source>
        <translation>Prepáralo junto con tu familiar cuando esté bien, con sus propias palabras siempre que puedas. Las lecciones “Descubrir juntos las señales propias de recaída” y “Un plan de acción para cada etapa” explican cómo hacerlo. Se guarda mientras escribes.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="98"/>
        <source>Whose plan is this? (a first name)</source>
        <translation>¿De quién es este plan? (un nombre)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="99"/>
        <source>Whose plan is this</source>
        <translation>De quién es este plan</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="101"/>
        <source>Save as one page (PDF)…</source>
        <translation>Guardar como una página (PDF)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="102"/>
        <source>Save the plan as one page to print or share</source>
        <translation>Guarda el plan en una página para imprimirla o compartirla</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="107"/>
        <source>Include my observations</source>
        <translation>Incluir mis observaciones</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="110"/>
        <source>Add the dated list of what you have noticed (below) to the page</source>
        <translation>Agregar a la página la lista con fechas de lo que notaste (abajo)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="161"/>
        <source>What you have noticed, over time</source>
        <translation>Lo que notaste con el tiempo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="166"/>
        <source>Day of the observation</source>
        <translation>Día de la observación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="167"/>
        <source>The day you noticed it</source>
        <translation>El día en que lo notaste</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="305"/>
        <source>Removed “%1” (%2).</source>
        <translation>Quitada «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_page.py" line="38"/>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="169"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="170"/>
        <source>The stage of the plan it fits best</source>
        <translation>La etapa del plan que mejor le corresponde</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="176"/>
        <source>What did you notice? e.g. up at 3am, skipped dinner</source>
        <translation>¿Qué notaste? Por ejemplo: se levantó a las 3 a. m., no cenó</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="178"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="179"/>
        <source>What you noticed, in a few words</source>
        <translation>Lo que notaste, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="180"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="182"/>
        <source>Add it to the list below</source>
        <translation>Agrégalo a la lista de abajo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="190"/>
        <source>Observations, oldest first</source>
        <translation>Observaciones, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="191"/>
        <source>Choose one to remove it</source>
        <translation>Elige una para quitarla</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="193"/>
        <source>Remove selected</source>
        <translation>Quitar la seleccionada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="240"/>
        <source>this plan</source>
        <translation>este plan</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="277"/>
        <source>Not saved. What you wrote is still here.</source>
        <translation>No se guardó. Lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="234"/>
        <source>Last saved %s</source>
        <translation>Guardado por última vez: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="195"/>
        <source>Remove the chosen observation; you can undo it</source>
        <translation>Quitar la observación elegida; puedes deshacerlo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="211"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="213"/>
        <source>Undo removing the observation</source>
        <translation>Deshacer la eliminación de la observación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="214"/>
        <source>Put the removed observation back</source>
        <translation>Volver a poner la observación quitada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="267"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/plan_view.py" line="279"/>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="44"/>
        <source>Lesson preview — %s</source>
        <translation>Vista previa de lecciones — %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="65"/>
        <source>Preview: nothing you type here is kept.</source>
        <translation>Vista previa: nada de lo que escribas aquí se guarda.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="69"/>
        <source>&amp;Follow the file being saved</source>
        <translation>&amp;Seguir el archivo que se guarda</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="73"/>
        <source>Lesson files, the most recently saved first</source>
        <translation>Archivos de lecciones, primero el guardado más recientemente</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="76"/>
        <source>Problems in this lesson</source>
        <translation>Problemas en esta lección</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="81"/>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="86"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="183"/>
        <source>The lesson could not be shown: %s</source>
        <translation>No se pudo mostrar la lección: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="196"/>
        <source>No problems.</source>
        <translation>Sin problemas.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="199"/>
        <source>%1 could not be shown (%2); the last version that could is still here.</source>
        <translation>No se pudo mostrar %1 (%2); sigue aquí la última versión que sí se pudo mostrar.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/authoring/preview.py" line="207"/>
        <source>%1, as the reader shows it (read at %2)</source>
        <translation>%1, tal como lo muestra el lector (leído a las %2)</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="37"/>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="59"/>
        <source>Content problems</source>
        <translation>Problemas en el contenido</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="40"/>
        <source>Problems found in the lesson files of %s. Lessons that cannot be read are left out of the library; unsafe parts of other lessons are removed. Fix the files, then check again.</source>
        <translation>Problemas encontrados en los archivos de las lecciones de %s. Las lecciones que no se pueden leer se dejan fuera de la biblioteca; las partes no seguras de otras lecciones se quitan. Corrige los archivos y vuelve a comprobar.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="53"/>
        <source>Checking lessons</source>
        <translation>Comprobando las lecciones</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="55"/>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="62"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="62"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="62"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="86"/>
        <source>Checking lessons…</source>
        <translation>Comprobando las lecciones…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="109"/>
        <source>The lessons could not be checked (%s). Check again in a moment.</source>
        <translation>No se pudieron comprobar las lecciones (%s). Vuelve a comprobarlas en un momento.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="127"/>
        <source>1 problem in %2 lessons.</source>
        <translation>1 problema en %2 lecciones.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="129"/>
        <source>%1 problems in %2 lessons.</source>
        <translation>%1 problemas en %2 lecciones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="137"/>
        <source>✓ No problems found in %n lesson(s). Every lesson can be read.</source>
        <translation>
            <numerusform>✓ No se encontraron problemas en %n lección. La lección se puede leer.</numerusform>
            <numerusform>✓ No se encontraron problemas en %n lecciones. Todas las lecciones se pueden leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/problems_view.py" line="147"/>
        <source>%n warning(s) below: a translation missing or behind its English lesson, or text that shows, but not as it was written.</source>
        <translation>
            <numerusform>%n aviso abajo: una traducción que falta o está atrasada respecto a la lección en inglés, o un texto que se muestra, pero no como se escribió.</numerusform>
            <numerusform>%n avisos abajo: traducciones que faltan o están atrasadas respecto a la lección en inglés, o textos que se muestran, pero no como se escribieron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="30"/>
        <source>Me</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="41"/>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="44"/>
        <source>Who is using Caregiver Companion?</source>
        <translation>¿Quién está usando Caregiver Companion?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="47"/>
        <source>Each person in the family can have a profile of their own, with their own progress and notes.</source>
        <translation>Cada persona de la familia puede tener su propio perfil, con su propio progreso y sus notas.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="54"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="59"/>
        <source>New profile…</source>
        <translation>Perfil nuevo…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="61"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="63"/>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="92"/>
        <source>  (passcode)</source>
        <translation>  (código de acceso)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="125"/>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="125"/>
        <source>Name (for example, your first name):</source>
        <translation>Nombre (por ejemplo, tu nombre):</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="136"/>
        <source>Rename profile</source>
        <translation>Cambiar el nombre del perfil</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="136"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="149"/>
        <source>Delete “%s”?</source>
        <translation>¿Borrar “%s”?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="151"/>
        <source>This deletes the profile “%1” and everything in it: %2 lessons started, %3 completed, %4 quiz answers and %5 written reflections. This cannot be undone.</source>
        <translation>Esto borra el perfil “%1” y todo lo que contiene: %2 lecciones empezadas, %3 terminadas, %4 respuestas a preguntas y %5 reflexiones escritas. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="168"/>
        <source>Choose another name</source>
        <translation>Elige otro nombre</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="171"/>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/profile_picker.py" line="171"/>
        <source>Nothing was changed: %s</source>
        <translation>No se cambió nada: %s</translation>
    </message>
</context>
<context>
    <name>ProgressTracker</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/progress_tracker.py" line="42"/>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="60"/>
        <source>Opens the lesson you read last, at your place</source>
        <translation>Abre la última lección que leíste, donde la dejaste</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="84"/>
        <source>%s: lessons completed</source>
        <translation>%s: lecciones terminadas</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="85"/>
        <source>%v of %m completed</source>
        <translation>%v de %m terminadas</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="92"/>
        <source>Completed: %s</source>
        <translation>Terminada: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="93"/>
        <source>Tick when you have finished this lesson</source>
        <translation>Márcala cuando hayas terminado esta lección</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="101"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="102"/>
        <source>Open %s</source>
        <translation>Abrir %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="103"/>
        <source>Opens this lesson where you stopped</source>
        <translation>Abre esta lección donde la dejaste</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="118"/>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="121"/>
        <source>Profile: “%s”.</source>
        <translation>Perfil: «%s».</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="122"/>
        <source>%1 of %2 lessons completed, %3 this week.</source>
        <translation>%1 de %2 lecciones terminadas, %3 esta semana.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="129"/>
        <source>Knowledge checks: %1 of %2 answered right on your latest try.</source>
        <translation>Preguntas de repaso: %1 de %2 respondidas bien en tu último intento.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="138"/>
        <source>Continue where you left off: %s</source>
        <translation>Continuar donde lo dejaste: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="153"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="155"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="157"/>
        <source>Completed</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/progress_view.py" line="158"/>
        <source>In progress, %d%% read</source>
        <translation>En curso, %d%% leído</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="15"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="16"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="17"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="18"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="19"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="21"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="22"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="23"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="24"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/standard_buttons.py" line="25"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>QuizWidget</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="71"/>
        <source>Knowledge check: %s</source>
        <translation>Pregunta de repaso: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="77"/>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="80"/>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="81"/>
        <source>Shows whether your answer is right, and why</source>
        <translation>Muestra si tu respuesta es correcta y por qué</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="82"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="86"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="94"/>
        <source>Check your understanding</source>
        <translation>Comprueba lo que aprendiste</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="97"/>
        <source>Choose all that apply.</source>
        <translation>Elige todas las que correspondan.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="119"/>
        <source>Tick every answer you think is right, then check</source>
        <translation>Marca todas las respuestas que creas correctas y luego compruébalas</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="121"/>
        <source>Choose one answer, then check</source>
        <translation>Elige una respuesta y luego compruébala</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="170"/>
        <source>That&apos;s right. Well done.</source>
        <translation>Correcto. ¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="174"/>
        <source>Not quite. Read why under each choice, then try again if you like.</source>
        <translation>No exactamente. Lee por qué debajo de cada opción y, si quieres, vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="192"/>
        <source>✓ Right.</source>
        <translation>✓ Correcto.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="195"/>
        <source>You missed this one: it is right too.</source>
        <translation>Se te pasó esta: también es correcta.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="197"/>
        <source>This is the right answer.</source>
        <translation>Esta es la respuesta correcta.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="202"/>
        <source>Right to leave this out.</source>
        <translation>Bien hecho al no elegirla.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="201"/>
        <source>✗ Not this one.</source>
        <translation>✗ Esta no.</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="21"/>
        <source>Read aloud needs a speech engine, and none is installed on this computer. On Linux, install speech-dispatcher and espeak-ng; Windows and macOS have one built in.</source>
        <translation>Para leer en voz alta hace falta un motor de voz, y esta computadora no tiene ninguno. En Linux, instala speech-dispatcher y espeak-ng; Windows y macOS ya traen uno.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="61"/>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="167"/>
        <source>▶ Read aloud</source>
        <translation>▶ Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="63"/>
        <source>Read this lesson aloud</source>
        <translation>Leer esta lección en voz alta</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="65"/>
        <source>Reads the lesson with your computer&apos;s voice, showing each sentence as it goes</source>
        <translation>Lee la lección con la voz de tu computadora y resalta cada frase mientras la lee</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="67"/>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="69"/>
        <source>Stops reading aloud</source>
        <translation>Deja de leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="75"/>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="76"/>
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="84"/>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/read_aloud.py" line="167"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="76"/>
        <source>Your answer stays on this computer while the lesson is open.</source>
        <translation>Tu respuesta se queda en esta computadora mientras la lección esté abierta.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="85"/>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="87"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="105"/>
        <source>Contents: go to a heading</source>
        <translation>Contenido: ir a un título</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="106"/>
        <source>The headings of this lesson</source>
        <translation>Los títulos de esta lección</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="118"/>
        <source>&amp;Go to:</source>
        <translation>&amp;Ir a:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="160"/>
        <source>Opening “%s”…</source>
        <translation>Abriendo “%s”…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="171"/>
        <source>“%s” could not be opened. Its file may have been changed or removed while the app was running. Try again, or choose another lesson.</source>
        <translation>No se pudo abrir “%s”. Puede que su archivo se haya cambiado o quitado mientras la aplicación estaba abierta. Inténtalo de nuevo o elige otra lección.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="191"/>
        <source>%s  ·  about %d min read</source>
        <translation>%s  ·  unos %d min de lectura</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="193"/>
        <source>translated from an earlier version of this lesson</source>
        <translation>traducida de una versión anterior de esta lección</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="197"/>
        <source>This lesson has not been translated yet, so it is shown in English.</source>
        <translation>Esta lección aún no está traducida, así que se muestra en inglés.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="203"/>
        <source>Some parts of this lesson could not be shown safely and were left out. The lesson&apos;s author can see why under Content problems.</source>
        <translation>Algunas partes de esta lección no se podían mostrar de forma segura y se dejaron fuera. La persona que escribió la lección puede ver por qué en Problemas en el contenido.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/reader.py" line="209"/>
        <source>Top of the lesson</source>
        <translation>Inicio de la lección</translation>
    </message>
</context>
<context>
    <name>ReadingArea</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/reading_area.py" line="72"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="294"/>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="297"/>
        <source>I have written it down or printed it, and put it somewhere safe.</source>
        <translation>Lo he apuntado o impreso, y lo he guardado en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="304"/>
        <source>Done works once the box above is ticked: the code is not shown again.</source>
        <translation>«Listo» funciona cuando marques la casilla de arriba: el código no se vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="307"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="309"/>
        <source>Copy the recovery code</source>
        <translation>Copiar el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="311"/>
        <source>Puts the code on the clipboard until this window closes</source>
        <translation>Pone el código en el portapapeles hasta que se cierre esta ventana</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="313"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="315"/>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="316"/>
        <source>Prints the code and what it is for, nothing else</source>
        <translation>Imprime el código y para qué sirve, nada más</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="335"/>
        <source>Recovery code: %s</source>
        <translation>Código de recuperación: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="371"/>
        <source>Copied. Paste it into a password manager if you use one; it leaves the clipboard when this window closes.</source>
        <translation>Copiado. Pégalo en un gestor de contraseñas si usas uno; sale del portapapeles cuando se cierre esta ventana.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="380"/>
        <source>Sent to the printer. Check the page shows the whole code.</source>
        <translation>Enviado a la impresora. Comprueba que la página muestra el código entero.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="300"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="343"/>
        <source>If you ever forget your passcode, this code unlocks your private entries. Write it on paper now and keep it away from the computer. It is shown only this once: the app does not keep it.</source>
        <translation>Si alguna vez olvidas tu código de acceso, este código abre tu información privada. Escríbelo ahora en papel y guárdalo lejos de la computadora. Solo se muestra esta vez: la aplicación no lo guarda.</translation>
    </message>
</context>
<context>
    <name>ReflectionWidget</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="242"/>
        <source>Reflection: %s</source>
        <translation>Reflexión: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="246"/>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="248"/>
        <source>Write your thoughts here.</source>
        <translation>Escribe aquí lo que piensas.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/reader/blocks.py" line="253"/>
        <source>Reflect</source>
        <translation>Reflexiona</translation>
    </message>
</context>
<context>
    <name>SavedBar</name>
    <message>
        <location filename="../../caregiver_app/ui/shell/saved_bar.py" line="26"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/saved_bar.py" line="28"/>
        <source>Show the folder in your file manager</source>
        <translation>Muestra la carpeta en tu explorador de archivos</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/saved_bar.py" line="29"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/saved_bar.py" line="30"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/shell/saved_bar.py" line="42"/>
        <source>✓ Saved to %s</source>
        <translation>✓ Guardado en %s</translation>
    </message>
</context>
<context>
    <name>ScreenCover</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/screen_cover.py" line="22"/>
        <source>This screen is hidden while we check whether you are still here.</source>
        <translation>Esta pantalla está oculta mientras comprobamos si sigues aquí.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="130"/>
        <source>Search lessons (Ctrl+K)</source>
        <translation>Buscar en las lecciones (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="129"/>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="131"/>
        <source>Search lessons</source>
        <translation>Buscar en las lecciones</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="46"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="47"/>
        <source>Open a result to read the lesson at that place</source>
        <translation>Abre un resultado para leer la lección en ese punto</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="68"/>
        <source>Search is not available right now. You can still open every lesson from the Library.</source>
        <translation>La búsqueda no está disponible en este momento. Puedes abrir todas las lecciones desde la Biblioteca.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="72"/>
        <source>Getting the lessons ready to search…</source>
        <translation>Preparando las lecciones para la búsqueda…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="85"/>
        <source>That search did not work. Try other words in a moment.</source>
        <translation>Esa búsqueda no funcionó. Prueba con otras palabras en un momento.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="92"/>
        <source>No lessons mention “%s”.</source>
        <translation>Ninguna lección menciona “%s”.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="97"/>
        <source>1 lesson mentions “%1”.</source>
        <translation>1 lección menciona “%1”.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/library/search_view.py" line="99"/>
        <source>%2 lessons mention “%1”.</source>
        <translation>%2 lecciones mencionan “%1”.</translation>
    </message>
</context>
<context>
    <name>SetPasscodeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="129"/>
        <source>Set a passcode</source>
        <translation>Crear un código de acceso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="131"/>
        <source>New passcode</source>
        <translation>Código de acceso nuevo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="132"/>
        <source>New passcode again</source>
        <translation>Repite el código de acceso nuevo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="136"/>
        <source>I understand: if I forget my passcode and lose my recovery code, my private entries are gone for good.</source>
        <translation>Entiendo que, si olvido mi código de acceso y pierdo mi código de recuperación, perderé mi información privada para siempre.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="146"/>
        <source>Set passcode</source>
        <translation>Crear código de acceso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="152"/>
        <source>A passcode encrypts the stress log, reflections and warning-signs plan of the profile “%s”, so no one else using this computer can read them. Choose something others at home could not guess.</source>
        <translation>Un código de acceso cifra el registro de estrés, las reflexiones y el plan de señales de alerta del perfil «%s», para que nadie más que use esta computadora pueda leerlos. Elige algo que los demás en casa no puedan adivinar.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="162"/>
        <source>Passcode:</source>
        <translation>Código de acceso:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="165"/>
        <source>The same passcode again:</source>
        <translation>Repite el código de acceso:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="182"/>
        <source>The two passcodes are not the same.</source>
        <translation>Los dos códigos de acceso no son iguales.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="188"/>
        <source>Type the same passcode again in the second box.</source>
        <translation>Escribe el mismo código de acceso otra vez en el segundo cuadro.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="190"/>
        <source>Tick the box to say you understand what a lost passcode means.</source>
        <translation>Marca la casilla para confirmar que entiendes lo que significa perder el código de acceso.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="200"/>
        <source>Making your keys and encrypting your private entries…</source>
        <translation>Creando tus claves y cifrando tu información privada…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="217"/>
        <source>The passcode was not set: %s</source>
        <translation>No se creó el código de acceso: %s</translation>
    </message>
</context>
<context>
    <name>SignRulesBox</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="21"/>
        <source>Early signs on the same day</source>
        <translation>Señales tempranas en el mismo día</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="22"/>
        <source>Days it takes</source>
        <translation>Días necesarios</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="23"/>
        <source>Days looked back over</source>
        <translation>Días que se revisan hacia atrás</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="24"/>
        <source>Any getting-worse sign in that time</source>
        <translation>Cualquier señal de empeoramiento en ese periodo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="25"/>
        <source>Any crisis sign in that time</source>
        <translation>Cualquier señal de crisis en ese periodo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="28"/>
        <source>When ticked, one such sign is enough</source>
        <translation>Si está marcada, basta con una de esas señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="31"/>
        <source>Agree on these together, with your family member when they are well. When one is met, this page shows what your plan says to do for that stage, once. It is a reminder of your own plan, not a diagnosis.</source>
        <translation>Acuerda estas condiciones junto con tu familiar, cuando esté bien. Cuando se cumpla alguna, esta página te mostrará una sola vez lo que tu plan dice que hay que hacer en esa etapa. Es un recordatorio de tu propio plan, no un diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="41"/>
        <source>or more early signs on the same day, on</source>
        <translation>o más señales tempranas en el mismo día, en</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="43"/>
        <source>of the last</source>
        <translation>de los últimos</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="45"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_rules.py" line="60"/>
        <source>Part of the rule for early signs</source>
        <translation>Parte de la regla para las señales tempranas</translation>
    </message>
</context>
<context>
    <name>SignsEditor</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="27"/>
        <source>Sleeping much less, or at odd hours</source>
        <translation>Dormir mucho menos, o a horas raras</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="28"/>
        <source>Pulling away from family and friends</source>
        <translation>Alejarse de la familia y los amigos</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="29"/>
        <source>More tense, irritable or worried than usual</source>
        <translation>Más tensión, irritabilidad o preocupación de lo habitual</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="30"/>
        <source>Trouble concentrating or following a conversation</source>
        <translation>Dificultad para concentrarse o seguir una conversación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="31"/>
        <source>Skipping meals, washing or medicine</source>
        <translation>Saltarse comidas, el aseo o la medicación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="34"/>
        <source>Hearing or seeing things others do not</source>
        <translation>Oír o ver cosas que los demás no oyen ni ven</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="35"/>
        <source>Feeling watched, followed or talked about</source>
        <translation>Sentir que lo vigilan, lo siguen o hablan de él</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="36"/>
        <source>Speech hard to follow</source>
        <translation>Cuesta seguir lo que dice</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="39"/>
        <source>Talking about dying or ending their life</source>
        <translation>Hablar de morir o de quitarse la vida</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="40"/>
        <source>Threatening to hurt someone</source>
        <translation>Amenazar con hacerle daño a alguien</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="59"/>
        <source>Your signs</source>
        <translation>Tus señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="63"/>
        <source>Stage of the new sign</source>
        <translation>Etapa de la nueva señal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="68"/>
        <source>A sign in your own words, e.g. “up past 2 am”</source>
        <translation>Una señal con tus propias palabras, p. ej., “se acuesta pasadas las 2 de la mañana”</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="69"/>
        <source>The new sign</source>
        <translation>La nueva señal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="71"/>
        <source>Add sign</source>
        <translation>Agregar señal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="73"/>
        <source>Reword…</source>
        <translation>Reescribir…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="74"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="75"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="76"/>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="164"/>
        <source>Stop watching</source>
        <translation>Dejar de observar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="77"/>
        <source>Past days keep this sign; it is no longer offered</source>
        <translation>Los días pasados conservan esta señal; ya no aparece para marcarla</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="82"/>
        <source>Take the signs from my plan</source>
        <translation>Tomar las señales de mi plan</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="85"/>
        <source>Add the common signs from the lessons</source>
        <translation>Agregar las señales comunes de las lecciones</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="99"/>
        <source>Double-click a sign to reword it</source>
        <translation>Haz doble clic en una señal para cambiar sus palabras</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="100"/>
        <source>Which stage of the plan the new sign belongs to</source>
        <translation>A qué etapa del plan pertenece la nueva señal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="101"/>
        <source>Press Enter or Add sign to add it</source>
        <translation>Presiona Intro o Agregar señal para agregarla</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="102"/>
        <source>Add the sign to the list to tick</source>
        <translation>Agregar la señal a la lista para marcar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="103"/>
        <source>Change the chosen sign&apos;s words; its past days stay</source>
        <translation>Cambiar las palabras de la señal elegida; sus días pasados se conservan</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="104"/>
        <source>Move the chosen sign up its stage&apos;s list</source>
        <translation>Subir la señal elegida en la lista de su etapa</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="105"/>
        <source>Move the chosen sign down its stage&apos;s list</source>
        <translation>Bajar la señal elegida en la lista de su etapa</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="106"/>
        <source>Each line under “What it looks like” becomes a sign</source>
        <translation>Cada línea de “Cómo se ve” se convierte en una señal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="107"/>
        <source>Ten common signs, to change into your own words</source>
        <translation>Diez señales comunes, para cambiarlas a tus propias palabras</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="140"/>
        <source>(no longer watched)</source>
        <translation>(ya no se observa)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="164"/>
        <source>Watch again</source>
        <translation>Volver a observar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="182"/>
        <source>Reword the sign</source>
        <translation>Reescribir la señal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_editor.py" line="183"/>
        <source>The sign, in your own words:</source>
        <translation>La señal, con tus propias palabras:</translation>
    </message>
</context>
<context>
    <name>SignsPrompt</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="25"/>
        <source>Open the plan</source>
        <translation>Abrir el plan</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="27"/>
        <source>Get support</source>
        <translation>Buscar ayuda</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="30"/>
        <source>Thank you, I&apos;ve read it</source>
        <translation>Gracias, ya lo leí</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="33"/>
        <source>The whole plan, to read or change</source>
        <translation>El plan completo, para leerlo o cambiarlo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="34"/>
        <source>Crisis lines and services</source>
        <translation>Líneas de crisis y servicios</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="37"/>
        <source>Put this reminder away; it will not come back for this time</source>
        <translation>Guardar este recordatorio; no volverá a aparecer esta vez</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="53"/>
        <source>The signs you agreed to act on for “%1” have shown up. Your plan says:</source>
        <translation>Ya aparecieron las señales que acordaron para actuar en la etapa “%1”. Tu plan dice:</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="57"/>
        <source>What to do: %s</source>
        <translation>Qué hacer: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="59"/>
        <source>Who to contact: %s</source>
        <translation>A quién llamar: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_prompt.py" line="61"/>
        <source>Your plan has no steps for this stage yet: open it to add them.</source>
        <translation>Tu plan todavía no tiene pasos para esta etapa: ábrelo para agregarlos.</translation>
    </message>
</context>
<context>
    <name>SignsTimeline</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_timeline.py" line="41"/>
        <source>Signs timeline</source>
        <translation>Línea de tiempo de las señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_timeline.py" line="133"/>
        <source>Your stress (log)</source>
        <translation>Tu estrés (registro)</translation>
    </message>
</context>
<context>
    <name>SignsView</name>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="65"/>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="110"/>
        <source>Your signs</source>
        <translation>Tus señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="91"/>
        <source>Tick the signs you noticed today; it takes seconds, and nothing is needed every day (a day left out is a gap, not a day without signs). Over weeks, the pattern shows whether things are changing.</source>
        <translation>Marca las señales que notaste hoy; lleva unos segundos, y no hace falta hacerlo todos los días (un día sin anotar es un hueco, no un día sin señales). Con las semanas, el patrón muestra si las cosas están cambiando.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="100"/>
        <source>Watching for signs</source>
        <translation>Atentos a las señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="104"/>
        <source>What did you notice today?</source>
        <translation>¿Qué notaste hoy?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="106"/>
        <source>The pattern</source>
        <translation>El patrón</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="111"/>
        <source>When to act</source>
        <translation>Cuándo actuar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="121"/>
        <source>%d weeks</source>
        <translation>%d semanas</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="125"/>
        <source>How many weeks the timeline shows</source>
        <translation>Cuántas semanas muestra la línea de tiempo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="129"/>
        <source>Show my stress log beside it</source>
        <translation>Mostrar mi registro de estrés al lado</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="132"/>
        <source>Add a row of your own stress, week by week, under the signs</source>
        <translation>Agregar una fila con tu propio estrés, semana a semana, debajo de las señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="173"/>
        <source>these signs</source>
        <translation>estas señales</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="195"/>
        <source>Start with the signs of your own plan (“What it looks like” for each stage), or with the common signs from the lessons; then change them into your words.</source>
        <translation>Empieza con las señales de tu propio plan (“Cómo se ve” en cada etapa) o con las señales comunes de las lecciones; luego reescríbelas con tus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="200"/>
        <source>No signs yet. Write them in your plan under “What it looks like”, or add the common signs from the lessons below and change them into your own words.</source>
        <translation>Todavía no hay señales. Escríbelas en tu plan, en “Cómo se ve”, o agrega abajo las señales comunes de las lecciones y reescríbelas con tus propias palabras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="226"/>
        <source>%1: %n sign(s) seen on %3 of the last 7 days.</source>
        <translation>
            <numerusform>%1: %n señal vista en %3 de los últimos 7 días.</numerusform>
            <numerusform>%1: %n señales vistas en %3 de los últimos 7 días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="271"/>
        <source>“%s” is already one of the signs.</source>
        <translation>“%s” ya es una de las señales.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="273"/>
        <source>A sign needs a few words.</source>
        <translation>Una señal necesita unas palabras.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="275"/>
        <source>A day that has not come yet cannot be filled in.</source>
        <translation>No se puede completar un día que todavía no ha llegado.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="277"/>
        <source>This profile has as many signs as it can keep; stop watching some.</source>
        <translation>Este perfil ya tiene todas las señales que puede guardar; deja de observar algunas.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/signs_view.py" line="278"/>
        <source>That sign is no longer in this profile.</source>
        <translation>Esa señal ya no está en este perfil.</translation>
    </message>
</context>
<context>
    <name>StillThereDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="30"/>
        <source>Are you still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="36"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/kiosk_dialogs.py" line="62"/>
        <source>Are you still there? To keep this visit private, everything will be cleared in %d seconds.</source>
        <translation>¿Sigues ahí? Para que esta visita siga siendo privada, todo se borrará en %d segundos.</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="39"/>
        <source>the profile is locked; unlock it to save</source>
        <translation>el perfil está bloqueado; desbloquéalo para guardar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="45"/>
        <source>the disk is full; free some space and it will save again</source>
        <translation>el disco está lleno; libera algo de espacio y se volverá a guardar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="53"/>
        <source>the data file cannot be written to (it is read-only or not yours)</source>
        <translation>no se puede escribir en el archivo de datos (es de solo lectura o no es tuyo)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="57"/>
        <source>that folder does not exist (a drive may have been unplugged)</source>
        <translation>esa carpeta no existe (puede que se haya desconectado una unidad)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="61"/>
        <source>the data file is busy; it will be tried again</source>
        <translation>el archivo de datos está ocupado; se volverá a intentar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="65"/>
        <source>the disk could not be written to</source>
        <translation>no se pudo escribir en el disco</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="67"/>
        <source>the data file refused the change (%s)</source>
        <translation>el archivo de datos no aceptó el cambio (%s)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/widgets/saving.py" line="93"/>
        <source>%1 could not be saved: %2. What you typed is still on screen.</source>
        <translation>%1 no se pudo guardar: %2. Lo que escribiste sigue en la pantalla.</translation>
    </message>
</context>
<context>
    <name>StressChart</name>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="51"/>
        <source>Stress and sleep over time</source>
        <translation>Estrés y sueño a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="58"/>
        <source>Stress (0-10)</source>
        <translation>Estrés (0-10)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="63"/>
        <source>7-day average</source>
        <translation>Promedio de 7 días</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="66"/>
        <source>Sleep (hours)</source>
        <translation>Sueño (horas)</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="78"/>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="84"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_chart.py" line="152"/>
        <source>The last %d days</source>
        <translation>Los últimos %d días</translation>
    </message>
</context>
<context>
    <name>StressLogView</name>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="65"/>
        <source>Your check-in</source>
        <translation>Tu registro del día</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="75"/>
        <source>Your stress log</source>
        <translation>Tu registro de estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="81"/>
        <source>Weekly check-in…</source>
        <translation>Revisión semanal…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="83"/>
        <source>A few questions about how your week has been</source>
        <translation>Unas preguntas sobre cómo ha sido tu semana</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="89"/>
        <source>Save a one-page summary of the last 30 days to show your own doctor</source>
        <translation>Guarda un resumen de una página de los últimos 30 días para mostrárselo a tu médico</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="145"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="151"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="115"/>
        <source>How it has been</source>
        <translation>Cómo te ha ido</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="119"/>
        <source>%d days</source>
        <translation>%d días</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="122"/>
        <source>Shows the last %d days on the chart</source>
        <translation>Muestra los últimos %d días en el gráfico</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="138"/>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="141"/>
        <source>Your entries</source>
        <translation>Tus registros</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="142"/>
        <source>Your check-ins; choose one to edit or delete it</source>
        <translation>Tus registros; elige uno para editarlo o borrarlo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="146"/>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="147"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="148"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="149"/>
        <source>Caused</source>
        <translation>Causó estrés</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="150"/>
        <source>Helped</source>
        <translation>Ayudó</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="161"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="163"/>
        <source>Change the chosen check-in</source>
        <translation>Cambia el registro elegido</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="164"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="166"/>
        <source>Delete the chosen check-in; you can undo it</source>
        <translation>Borra el registro elegido; puedes deshacerlo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="167"/>
        <source>Undo delete</source>
        <translation>Deshacer borrado</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="170"/>
        <source>Export to CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="171"/>
        <source>Save every check-in as a spreadsheet file</source>
        <translation>Guarda todos los registros en un archivo de hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="172"/>
        <source>Import from CSV…</source>
        <translation>Importar desde CSV…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="173"/>
        <source>Add check-ins from a spreadsheet file</source>
        <translation>Agrega registros desde un archivo de hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="303"/>
        <source>Not saved. What you wrote is still here.</source>
        <translation>No se guardó. Lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="86"/>
        <source>Report for your doctor (PDF)…</source>
        <translation>Informe para tu médico (PDF)…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="206"/>
        <source>these entries</source>
        <translation>estos registros</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="252"/>
        <source>After a few check-ins that note what helped, you will see here what goes with calmer days.</source>
        <translation>Después de algunos registros del día en los que anotes qué te ayudó, aquí verás qué suele acompañar a los días más tranquilos.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="258"/>
        <source>On days with “%1”, your stress averaged %2, against %3 on other days.</source>
        <translation>Los días con “%1”, tu estrés promedio fue %2, frente a %3 los otros días.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="266"/>
        <source>These are patterns in your own notes, not proof: other things differ between days too.</source>
        <translation>Son patrones en tus propias notas, no una prueba: de un día a otro también cambian otras cosas.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="305"/>
        <source>✓ Saved for %s.</source>
        <translation>✓ Guardado: %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="307"/>
        <source>Check-in saved</source>
        <translation>Registro del día guardado</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/stress_log_view.py" line="330"/>
        <source>Undo delete of %s</source>
        <translation>Deshacer borrado: %s</translation>
    </message>
</context>
<context>
    <name>SupportView</name>
    <message>
        <location filename="../../caregiver_app/ui/reader/support_view.py" line="144"/>
        <source>Get support</source>
        <translation>Buscar ayuda</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="208"/>
        <source>Others not on the buttons; separate them with commas</source>
        <translation>Otras que no están en los botones; sepáralas con comas</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/check_in_form.py" line="225"/>
        <source>One you have used before: press to add or remove it</source>
        <translation>Una que ya usaste: presiónala para agregarla o quitarla</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="109"/>
        <source>Take this home</source>
        <translation>Llévatelo a casa</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="121"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/clinic/take_home.py" line="127"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>UnlockBar</name>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_bar.py" line="26"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_bar.py" line="27"/>
        <source>Read the lessons; the stress log and the plan ask again</source>
        <translation>Lee las lecciones; el registro de estrés y el plan te lo volverán a pedir</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/passcode_dialogs.py" line="413"/>
        <source>Unlock private entries</source>
        <translation>Desbloquear la información privada</translation>
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
        <translation>Código de acceso</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="53"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="56"/>
        <source>I forgot my passcode: use my recovery code instead</source>
        <translation>Olvidé mi código de acceso: usar mi código de recuperación</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="62"/>
        <source>Unlock result</source>
        <translation>Resultado del desbloqueo</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="85"/>
        <source>The private entries of the profile “%s” are locked. Type the passcode to open them.</source>
        <translation>La información privada del perfil «%s» está bloqueada. Escribe el código de acceso para abrirla.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="109"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="116"/>
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Puedes volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Puedes volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="120"/>
        <source>Too many</source>
        <translation>Demasiados</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="130"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="158"/>
        <source>this computer does not have enough free memory right now</source>
        <translation>esta computadora no tiene suficiente memoria libre en este momento</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="163"/>
        <source>Your entries could not be opened just now: %s. Try again in a moment.</source>
        <translation>No se pudieron abrir tus entradas en este momento: %s. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="177"/>
        <source>That recovery code did not open this profile.</source>
        <translation>Ese código de recuperación no abrió este perfil.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/unlock_form.py" line="179"/>
        <source>That passcode did not open this profile.</source>
        <translation>Ese código de acceso no abrió este perfil.</translation>
    </message>
</context>
<context>
    <name>WeeklyCheckinDialog</name>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="63"/>
        <source>See how I am doing</source>
        <translation>Ver cómo estoy</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="85"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="87"/>
        <source>Close the weekly check-in</source>
        <translation>Cerrar la revisión semanal</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="179"/>
        <source>Your answers could not be saved: %s.</source>
        <translation>No se pudieron guardar tus respuestas: %s.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="185"/>
        <source>Your total this week: %1 out of %2.</source>
        <translation>Tu total esta semana: %1 de %2.</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="193"/>
        <source>higher than</source>
        <translation>más alto que</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="195"/>
        <source>lower than</source>
        <translation>más bajo que</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="197"/>
        <source>the same as</source>
        <translation>igual que</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="199"/>
        <source>That is %1 your last check-in, in the week of %2 (%3).</source>
        <translation>Es %1 el de tu revisión anterior, en la semana del %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="214"/>
        <source>Read: %s</source>
        <translation>Leer: %s</translation>
    </message>
    <message>
        <location filename="../../caregiver_app/ui/private/weekly_dialog.py" line="219"/>
        <source>Get support</source>
        <translation>Buscar ayuda</translation>
    </message>
</context>
</TS>
