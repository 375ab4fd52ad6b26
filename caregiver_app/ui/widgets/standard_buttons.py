"""Qt's standard buttons (OK, Cancel, Yes, Open, Close...) in our own words.

Qt names them through its platform theme, looking each up under the context "QPlatformTheme".
Qt ships Spanish for them but no Hindi, so a Hindi window asked "Delete this profile?" over
English buttons. Marking them here files them in our own translations under that context, and
Qt finds them there (our translator is installed with the app's language).
"""

from __future__ import annotations

from caregiver_app.ui.widgets.text import QT_TRANSLATE_NOOP

# The texts as Qt spells them (qplatformtheme.cpp, defaultStandardButtonText), "&" included.
STANDARD_BUTTON_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
)
