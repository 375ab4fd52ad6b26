"""On a small laptop screen the whole window is on it, it opens at the size it was left at,
and a saved file says where it went in a line that stays (issue 20, item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from caregiver_app.ui.shell.main_window import TITLE_BAR_ALLOWANCE, fitted_size


@pytest.mark.parametrize("screen", [QSize(1366, 768 - 40), QSize(1280, 720 - 40)])
def test_the_first_window_fits_a_laptop_screen_under_its_title_bar(screen: QSize) -> None:
    # The available area: the screen less a 40-pixel taskbar.
    size = fitted_size(screen, None)
    assert size.width() <= screen.width()
    assert size.height() + TITLE_BAR_ALLOWANCE <= screen.height()


def test_a_remembered_size_is_kept_but_never_larger_than_the_screen() -> None:
    assert fitted_size(QSize(1920, 1040), QSize(900, 700)) == QSize(900, 700)
    assert fitted_size(QSize(1366, 728), QSize(3000, 2000)).height() <= 728 - TITLE_BAR_ALLOWANCE


def test_the_window_fits_the_screen_it_opens_on(qtbot, make_window) -> None:
    window = make_window(size=None)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width()
    assert window.height() + TITLE_BAR_ALLOWANCE <= available.height()
    assert window.statusBar().isVisible()


def test_the_window_opens_at_the_size_it_was_closed_at(qtbot, make_window) -> None:
    window = make_window()
    window.resize(700, 500)
    window.close()
    again = make_window(size=None)
    assert again.size() == QSize(700, 500)


def test_a_saved_export_says_where_and_opens_its_folder(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:
    window = make_window()
    window.show_private_view("stress-log")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(window.private_files, "warn_unencrypted", lambda: True)
    target = tmp_path / "exports" / "stress-log.csv"
    target.parent.mkdir()
    monkeypatch.setattr(window.private_files, "ask_save_path", lambda *args: target)
    window.private_files.export_csv()
    bar = window.saved_bar
    assert bar.isVisible() and str(target) in bar.message.text()
    qtbot.mouseClick(bar.open_folder, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(target.parent)]
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
