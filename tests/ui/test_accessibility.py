"""Keyboard and screen readers: every control has a name and a description through Qt's
accessibility interface, Tab follows reading order, and a lesson's headings are a list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTableWidget,
    QWidget,
)

from tests.ui.conftest import open_lesson_and_wait

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSlider)
INTERACTIVE += (QAbstractSpinBox, QListWidget, QTableWidget)


def unlabelled_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if (
            not isinstance(widget, INTERACTIVE)
            or not widget.isVisibleTo(root)
            or isinstance(widget, QScrollBar)
        ):
            continue  # scroll bars are announced by their role
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # named through its combo box or spin box
        interface = QAccessible.queryAccessibleInterface(widget)
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
            if not (interface.text(kind) if interface else "").strip():
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}: no {kind.name}")
    return missing


def test_every_control_in_every_view_has_a_name_and_description(qtbot, make_window) -> None:
    window = make_window()
    views = {
        "library": window.show_library,
        "lesson": lambda: open_lesson_and_wait(qtbot, window, "signs/common"),
        "reflection lesson": lambda: open_lesson_and_wait(qtbot, window, "basics/welcome"),
        "progress": window.show_progress,
        "support": window.show_support,
        "stress log": lambda: window.show_private_view("stress-log"),
        "plan": lambda: window.show_private_view("plan"),
        "search": lambda: window.show_search("sleep"),
        "signs, empty": lambda: window.show_private_view("signs"),
        "signs": lambda: (
            window.private_area.signs_view.editor.common.click(),
            window.private_area.signs_view.editor.list.setCurrentRow(0),
        ),
    }
    for name, show in views.items():
        show()
        assert unlabelled_controls(window) == [], name


def test_a_lessons_headings_are_a_list_to_move_through(qtbot, make_window) -> None:
    window = make_window()
    open_lesson_and_wait(qtbot, window, "long/long-read")
    contents = window.reading.reader.contents
    assert contents.itemText(0) == "Top of the lesson"
    labels = [
        label for label in window.reading.reader.findChildren(QLabel) if label.buddy() is contents
    ]
    assert labels and labels[0].text() == "&Go to:"  # announced with the list; Alt+G reaches it
    assert contents.accessibleDescription() == "The headings of this lesson"


def test_at_200_percent_text_get_support_still_fits_and_labels_grow(qtbot, make_window) -> None:
    window = make_window()
    window.resize(1100, 800)
    window.session.set_text_scale(200)
    qtbot.wait(50)
    button = window.app_actions.toolbar.widgetForAction(window.app_actions.support)
    assert button.isVisible()
    right_edge = button.mapTo(window, button.rect().topRight()).x()
    assert right_edge <= window.width()
    intro = window.lessons.library_view.findChild(QLabel, "pageIntro")
    assert intro.font().pointSizeF() >= 20  # every label follows the text size, not just some
    window.session.set_text_scale(100)


def tab_stops(window: QWidget) -> list[QWidget]:
    """The visible widgets Tab visits, in order, starting from the window."""
    stops, widget = [], window.nextInFocusChain()
    while widget is not window:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_tab_moves_through_a_lesson_in_reading_order(qtbot, make_window) -> None:
    window = make_window()
    window.show()
    for lesson_id in ("basics/welcome", "signs/common"):  # the second lesson reuses the reader
        open_lesson_and_wait(qtbot, window, lesson_id)
    reader = window.reading.reader
    stops = tab_stops(window)
    first_quiz_answer = next(w for w in stops if isinstance(w, QRadioButton))
    in_reading_order = [
        reader.back_button,
        reader.read_aloud.play_button,
        reader.contents,
        reader.text_parts[0],
        first_quiz_answer,
        reader.footer.previous_button,
        reader.footer.complete_button,
        reader.footer.next_button,
    ]
    positions = [stops.index(widget) for widget in in_reading_order]
    assert positions == sorted(positions)
