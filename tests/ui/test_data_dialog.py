"""The "Your data" dialog on its own, over a Session and a store in a temporary data folder (no
main window): what it says and offers, backing up to a file, and restoring from a file or an
automatic backup only after a deliberate yes. File dialogs and message boxes are answered by
the tests, so nothing waits for a user."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from caregiver_app.store import Store, backups, open_store
from caregiver_app.ui.session import Session
from caregiver_app.ui.shell.data_dialog import DataDialog

YES, CANCEL = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel


@pytest.fixture
def session(tmp_path: Path, session_over) -> Iterator[Session]:
    """Ana's session over a store in tmp_path/data (which backs itself up when opened)."""
    store = open_store(tmp_path / "data").store
    yield session_over(store)
    store.close()


class MessageBoxes:
    """Stands in for QMessageBox: records what each box said; a question gets ``reply``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton):
        self.reply = reply
        self.said: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", self._box(lambda: self.reply))
        monkeypatch.setattr(QMessageBox, "information", self._box(lambda: YES))

    def _box(self, answer: Callable[[], QMessageBox.StandardButton]) -> Callable[..., object]:
        def box(_parent: QWidget, _title: str, text: str, *_buttons: object) -> object:
            self.said.append(text)
            return answer()

        return box


def answer_file_dialogs(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    """The save and open file dialogs return ``path`` (None: the user cancels)."""
    chosen = (str(path) if path else "", "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: chosen)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: chosen)


def shown_dialog(qtbot, session: Session, parent: QWidget) -> DataDialog:
    dialog = DataDialog(session.store, session.settings.data_dir, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def profile_names(store: Store) -> list[str]:
    return sorted(profile.name for profile in store.profiles.all())


def listed(dialog: DataDialog) -> list[str]:
    return [dialog.backups.item(row).text() for row in range(dialog.backups.count())]


def said_in(dialog: DataDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_a_session_that_saves_nothing_says_so_and_offers_no_buttons(
    qtbot, parent, session_over
) -> None:
    dialog = shown_dialog(qtbot, session_over(), parent)
    assert "Nothing is being saved on this computer in this session." in said_in(dialog)
    for button in (dialog.backup_button, dialog.restore_file_button, dialog.restore_backup_button):
        assert button.isVisible() and not button.isEnabled()
    assert dialog.backups.count() == 0


def test_it_says_where_the_data_is_and_lists_the_backups_with_their_reasons(
    qtbot, parent, session
) -> None:
    session.store.backup_now("before-import")
    dialog = shown_dialog(qtbot, session, parent)
    assert str(session.settings.data_dir) in said_in(dialog)
    texts = listed(dialog)
    assert len(texts) == 2  # the one made when the store opened, and the one before the import
    assert sum(text.endswith("(before an import)") for text in texts) == 1
    assert dialog.backups.currentRow() == 0 and dialog.restore_backup_button.isEnabled()


def test_backing_up_saves_a_file_holding_every_profile_and_says_where(
    qtbot, parent, session, tmp_path, monkeypatch
) -> None:
    session.store.profiles.create("Ben")
    boxes = MessageBoxes(monkeypatch, YES)
    dialog = shown_dialog(qtbot, session, parent)
    answer_file_dialogs(monkeypatch, None)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)  # cancelled
    assert boxes.said == []

    target = tmp_path / "usb" / "family.ccbackup"
    target.parent.mkdir()
    answer_file_dialogs(monkeypatch, target)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert boxes.said == [f"Everything was saved to {target}."]
    copy = sqlite3.connect(target)
    assert sorted(name for (name,) in copy.execute("SELECT name FROM profiles")) == ["Ana", "Ben"]
    copy.close()


def test_a_backup_that_cannot_be_written_says_nothing_was_saved(
    qtbot, parent, session, tmp_path, monkeypatch
) -> None:
    boxes = MessageBoxes(monkeypatch, YES)
    dialog = shown_dialog(qtbot, session, parent)
    answer_file_dialogs(monkeypatch, tmp_path / "unplugged" / "family.ccbackup")
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert boxes.said == [
        "Nothing was saved: that folder does not exist (a drive may have been unplugged)"
    ]
    assert not (tmp_path / "unplugged").exists()


def test_restoring_a_file_asks_first_and_only_a_yes_replaces_the_data(
    qtbot, parent, session, tmp_path, monkeypatch
) -> None:
    saved = tmp_path / "family.ccbackup"
    session.store.export_to(saved)  # Ana only
    session.store.profiles.create("Ben")
    boxes = MessageBoxes(monkeypatch, CANCEL)
    dialog = shown_dialog(qtbot, session, parent)
    answer_file_dialogs(monkeypatch, saved)
    replaced: list[bool] = []
    dialog.data_replaced.connect(lambda: replaced.append(True))

    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    assert "replaces ALL profiles" in boxes.said[-1] and "family.ccbackup" in boxes.said[-1]
    assert profile_names(session.store) == ["Ana", "Ben"] and replaced == []
    assert dialog.isVisible()

    boxes.reply = YES
    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    assert profile_names(session.store) == ["Ana"]
    assert boxes.said[-1].startswith("Your data was restored. What was here before is kept")
    assert replaced == [True] and not dialog.isVisible()
    again = shown_dialog(qtbot, session, parent)
    assert any(text.endswith("(before a restore)") for text in listed(again))


def test_restoring_the_selected_automatic_backup_brings_its_data_back(
    qtbot, parent, session, monkeypatch
) -> None:
    kept = session.store.backup_now()  # Ana only
    session.store.profiles.create("Ben")
    MessageBoxes(monkeypatch, YES)
    dialog = shown_dialog(qtbot, session, parent)
    paths = [dialog.backups.item(row).data(Qt.ItemDataRole.UserRole) for row in range(2)]
    dialog.backups.setCurrentRow(paths.index(str(kept.path)))
    qtbot.mouseClick(dialog.restore_backup_button, Qt.MouseButton.LeftButton)
    assert profile_names(session.store) == ["Ana"]


@pytest.fixture
def one_second(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every backup made from now on is stamped with the same second."""
    frozen = datetime.now().replace(microsecond=0)

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return frozen

    monkeypatch.setattr(backups, "datetime", Frozen)


def test_two_restores_in_one_second_both_keep_their_reason_in_the_list(
    qtbot, parent, session, tmp_path, monkeypatch
) -> None:
    saved = tmp_path / "family.ccbackup"
    session.store.export_to(saved)
    MessageBoxes(monkeypatch, YES)
    answer_file_dialogs(monkeypatch, saved)
    for _ in range(2):
        dialog = shown_dialog(qtbot, session, parent)
        qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    texts = listed(shown_dialog(qtbot, session, parent))
    assert sum(text.endswith("(before a restore)") for text in texts) == 2
