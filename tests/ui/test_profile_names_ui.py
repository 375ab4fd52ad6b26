"""Profile names in the picker: old names holding invisible characters still show and can be
renamed, and a look-alike new name is refused in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caregiver_app.store import open_store
from caregiver_app.ui.shell.profile_picker import ProfilePicker


def test_old_names_with_hidden_characters_show_cleaned_and_rename_as_shown(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    store = open_store(tmp_path / "data").store
    # As an older version could have kept them: a right-to-left override, a zero-width space.
    store.connection.execute(
        "INSERT INTO profiles (name, created_at) VALUES (?, '2026-01-01'), (?, '2026-01-01')",
        ("\u202eAna", "Me\u200b"),
    )
    picker = ProfilePicker(store)
    qtbot.addWidget(picker)
    picker.show()  # a user sees what the test clicks
    labels = sorted(picker.list.item(row).text() for row in range(picker.list.count()))
    assert labels == ["Ana", "Me"]  # both listed, drawn without the hidden characters

    picker.list.setCurrentRow(next(r for r in range(2) if picker.list.item(r).text() == "Ana"))
    offered: list[str] = []

    def accept_as_offered(_title: str, _label: str, current: str = "") -> str:
        offered.append(current)
        return current

    monkeypatch.setattr(picker, "ask_name", accept_as_offered)
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: refused.append(args[2]))
    qtbot.mouseClick(picker.rename_button, Qt.MouseButton.LeftButton)
    assert offered == ["Ana"] and refused == []  # the cleaned form is offered and accepted
    stored = {row[0] for row in store.connection.execute("SELECT name FROM profiles")}
    assert "Ana" in stored

    monkeypatch.setattr(picker, "ask_name", lambda *args: "ME")
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert refused and "looks the same" in refused[0]
    assert picker.list.count() == 2
    store.close()
