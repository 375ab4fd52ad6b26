"""The Edit menu: Undo, Redo, Cut, Copy, Paste and Select all, for whatever text has the
keyboard (a reflection, a check-in note, the plan, a lesson's text to copy from)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from caregiver_app.ui.widgets.text import tr

TextWidget = QLineEdit | QTextEdit | QPlainTextEdit


def _focused_text() -> TextWidget | None:
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) else None


def _can_write(widget: TextWidget) -> bool:
    return not widget.isReadOnly()


def _has_selection(widget: TextWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.hasSelectedText()
    return widget.textCursor().hasSelection()


def _can_cut(widget: TextWidget) -> bool:
    return _can_write(widget) and _has_selection(widget)


def _can_undo(widget: TextWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    return _can_write(widget) and widget.document().isUndoAvailable()


def _can_redo(widget: TextWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable()
    return _can_write(widget) and widget.document().isRedoAvailable()


class EditMenu:
    """Fills ``menu``; each item acts on the focused text and is enabled only when it can.

    The keys shown are the ones every text box already answers to by itself, so they are
    shown beside each item rather than taken as shortcuts of the window (which would compete
    with the box for them).
    """

    def __init__(self, menu: QMenu, parent: QWidget):
        self._menu = menu
        rows: list[tuple[str, QKeySequence.StandardKey, Callable[[TextWidget], bool], str]] = [
            (tr("Undo"), QKeySequence.StandardKey.Undo, _can_undo, "undo"),
            (tr("Redo"), QKeySequence.StandardKey.Redo, _can_redo, "redo"),
            (tr("Cut"), QKeySequence.StandardKey.Cut, _can_cut, "cut"),
            (tr("Copy"), QKeySequence.StandardKey.Copy, _has_selection, "copy"),
            (tr("Paste"), QKeySequence.StandardKey.Paste, _can_write, "paste"),
            (tr("Select all"), QKeySequence.StandardKey.SelectAll, lambda _w: True, "selectAll"),
        ]
        self.actions: dict[str, QAction] = {}
        self._enabled_when: dict[str, Callable[[TextWidget], bool]] = {}
        for text, key, enabled_when, method in rows:
            keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            action = QAction(f"{text}\t{keys}" if keys else text, parent)
            action.triggered.connect(lambda _=False, method=method: self._apply(method))
            menu.addAction(action)
            if method == "redo":
                menu.addSeparator()
            self.actions[method] = action
            self._enabled_when[method] = enabled_when
        menu.aboutToShow.connect(self.update)
        self.update()

    def update(self) -> None:
        """Enable what makes sense for the focused text (nothing when no text has focus)."""
        widget = _focused_text()
        for method, action in self.actions.items():
            action.setEnabled(widget is not None and self._enabled_when[method](widget))

    @staticmethod
    def _apply(method: str) -> None:
        widget = _focused_text()
        if widget is not None:
            getattr(widget, method)()
