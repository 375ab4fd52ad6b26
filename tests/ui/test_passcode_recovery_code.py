"""The recovery code's dialog (issue 20, item 7): "Done" says why it waits for the box, and the
code can be copied (and leaves the clipboard again) or printed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from caregiver_app.ui.private.passcode_dialogs import RecoveryCodeDialog, SetPasscodeDialog
from caregiver_app.ui.widgets.theme import lesson_style_sheet

CODE = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY"


def shown(qtbot, **options) -> RecoveryCodeDialog:
    from caregiver_app.ui.app import _application

    _application()  # the app's style sheet: what "looks disabled" means
    dialog = RecoveryCodeDialog(CODE, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_done_is_visibly_disabled_and_says_why_until_the_box_is_ticked(qtbot) -> None:
    dialog = shown(qtbot)
    done = dialog.done_button
    assert done.isVisible() and not done.isEnabled()
    assert dialog.done_reason.isVisible()
    assert "box above is ticked" in dialog.done_reason.text()
    assert done.toolTip() == dialog.done_reason.text()  # said on the button too
    assert done.accessibleDescription() == dialog.done_reason.text()
    waiting = done.grab().toImage()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # would lose the code: it stays
    assert dialog.isVisible()

    qtbot.mouseClick(dialog.written, Qt.MouseButton.LeftButton)
    assert done.isEnabled() and not dialog.done_reason.isVisible() and done.toolTip() == ""
    assert done.grab().toImage() != waiting  # it did not look the same before
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted


def test_copy_puts_the_code_on_the_clipboard_until_the_dialog_closes(qtbot) -> None:
    clipboard = QApplication.clipboard()
    dialog = shown(qtbot)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == CODE
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert dialog.feedback.isVisible() and "leaves the clipboard" in dialog.feedback.text()
    qtbot.mouseClick(dialog.written, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == ""  # a secret: the next paste anywhere is not the code

    # Something else copied since then is the user's, and stays.
    dialog = shown(qtbot)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard.setText("a shopping list")
    qtbot.mouseClick(dialog.written, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # closes once ticked
    assert not dialog.isVisible() and clipboard.text() == "a shopping list"


def test_print_sends_just_the_code_and_what_it_is_for(qtbot, tmp_path: Path) -> None:
    pdf = tmp_path / "printed.pdf"
    pages: list[str] = []

    def print_to_file(page_html: str, parent: QWidget) -> bool:
        """A printer that writes a PDF, set up as the app's printing sets up a page."""
        pages.append(page_html)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        document = QTextDocument()
        document.setDefaultStyleSheet(lesson_style_sheet())
        document.setHtml(page_html)
        document.print_(printer)
        return True

    dialog = shown(qtbot, profile_name="Ana <3", print_page=print_to_file)
    assert dialog.print_button.isVisible() and dialog.print_button.text() == "Print…"
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(pages) == 1 and pdf.read_bytes().startswith(b"%PDF-")
    document = QTextDocument()
    document.setHtml(pages[0])
    lines = [line for line in document.toPlainText().splitlines() if line.strip()]
    assert lines[0] == (
        "Recovery code for the private entries of the profile “Ana <3” in Caregiver Companion."
    )
    assert lines[1] == CODE
    assert len(lines) == 3 and "forgotten" in lines[2]  # and nothing else of the profile's
    assert dialog.feedback.isVisible() and "Sent to the printer" in dialog.feedback.text()


def test_a_cancelled_print_claims_nothing(qtbot) -> None:
    dialog = shown(qtbot, print_page=lambda _page, _parent: False)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert not dialog.feedback.isVisible()


def test_setting_a_passcode_shows_the_code_with_the_profile_name(
    qtbot, make_window, monkeypatch
) -> None:
    window = make_window()
    seen: list[tuple[str, str]] = []

    def record(dialog: RecoveryCodeDialog) -> int:
        seen.append((dialog.code, dialog._profile_name))
        return 0

    monkeypatch.setattr(RecoveryCodeDialog, "exec", record)
    dialog = SetPasscodeDialog(window.session.store, window.session.profile, window)
    qtbot.addWidget(dialog)
    dialog.show_recovery_code(CODE)
    assert seen == [(CODE, window.session.profile.name)]
