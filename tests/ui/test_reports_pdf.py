"""PDF pages (the doctor's report, the plan) are written whole, owner-only, or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from caregiver_app.ui.private.reports import write_pdf


def test_a_pdf_is_the_owners_alone_and_complete(qapp, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    write_pdf("<h1>Hello</h1>", target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert target.stat().st_mode & 0o077 == 0  # it holds private entries
    assert [path.name for path in target.parent.iterdir()] == ["report.pdf"]


def test_a_pdf_that_cannot_be_written_raises_instead_of_saying_saved(qapp, tmp_path: Path) -> None:
    # Qt's PDF writer reports nothing when its file cannot be made; this raised nothing before.
    with pytest.raises(OSError):
        write_pdf("<h1>Hello</h1>", tmp_path / "unplugged-drive" / "report.pdf")
    assert not (tmp_path / "unplugged-drive").exists()


def test_saving_the_plan_to_a_missing_folder_says_why_in_words(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    window = make_window()
    window.show_private_view("plan")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]) or 0)
    monkeypatch.setattr(window.private_files, "warn_unencrypted", lambda: True)
    monkeypatch.setattr(
        window.private_files, "ask_save_path", lambda *args: tmp_path / "gone" / "plan.pdf"
    )
    window.private_files.export_plan()
    assert warnings and "folder does not exist" in warnings[0]
    assert "Saved to" not in window.statusBar().currentMessage()
    assert not window.saved_bar.isVisible()
