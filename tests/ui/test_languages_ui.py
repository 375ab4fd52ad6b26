"""The interface in Spanish and Hindi; lessons not yet translated say they are in English."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from caregiver_app.config import Settings
from tests.conftest import ContentBuilder
from tests.ui.conftest import open_lesson_and_wait


@pytest.fixture
def spanish_window(qtbot, sample_content: ContentBuilder, tmp_path: Path):
    from caregiver_app.ui.app import _application, build_window

    spanish = sample_content.root / "es" / "01-basics"
    spanish.mkdir(parents=True)
    (spanish / "01-welcome.md").write_text(
        "---\ntitle: Bienvenida\n---\n# Bienvenida\n\nHola.", encoding="utf-8"
    )
    _application("es")
    window = build_window(Settings(sample_content.root, tmp_path / "data", "es"))
    qtbot.addWidget(window)
    window.show()
    yield window
    _application("en")  # the next tests run in English


def test_the_interface_is_in_spanish(spanish_window) -> None:
    assert spanish_window.app_actions.support.text() == "Buscar ayuda"
    assert spanish_window.app_actions.library.text() != "Library"


def test_a_lesson_not_yet_translated_says_it_is_in_english(qtbot, spanish_window) -> None:
    open_lesson_and_wait(qtbot, spanish_window, "basics/welcome")
    assert not spanish_window.reading.reader.problem_banner.isVisible()  # translated
    open_lesson_and_wait(qtbot, spanish_window, "signs/common")
    banner = spanish_window.reading.reader.problem_banner
    assert banner.isVisible() and banner.text()  # "shown in English", in Spanish


def test_a_translation_behind_its_english_lesson_says_so_quietly(
    qtbot, sample_content: ContentBuilder, tmp_path: Path
) -> None:
    from caregiver_app.ui.app import _application, build_window

    spanish = sample_content.root / "es" / "01-basics"
    spanish.mkdir(parents=True)
    (spanish / "01-welcome.md").write_text(
        '---\ntitle: Bienvenida\nsource_version: "000000000000"\n---\n# Bienvenida\n\nHola.',
        encoding="utf-8",
    )
    _application("es")
    try:
        window = build_window(Settings(sample_content.root, tmp_path / "data", "es"))
        qtbot.addWidget(window)
        window.show()
        open_lesson_and_wait(qtbot, window, "basics/welcome")
        reader = window.reading.reader
        assert "versión anterior" in reader.meta.text()
        assert not reader.problem_banner.isVisible()  # a quiet word, not a warning
        open_lesson_and_wait(qtbot, window, "signs/common")  # English: no such word
        assert "versión anterior" not in reader.meta.text()
    finally:
        _application("en")


def test_hindi_translation_loads(qtbot, sample_content: ContentBuilder, tmp_path: Path) -> None:
    from caregiver_app.ui.app import _application, build_window

    _application("hi")
    window = build_window(Settings(sample_content.root, tmp_path / "data", "hi"))
    qtbot.addWidget(window)
    try:
        assert window.app_actions.support.text() == "सहायता पाएँ"
    finally:
        _application("en")


def test_every_interface_string_is_translated() -> None:
    from caregiver_app.paths import resources_dir

    for code in ("es", "hi"):
        text = (resources_dir() / "translations" / f"caregiver_{code}.ts").read_text(
            encoding="utf-8"
        )
        assert 'type="unfinished"' not in text, code
        assert "<translation></translation>" not in text, code


def test_stage_names_and_moods_are_translated_too(spanish_window) -> None:
    spanish_window.show_private_view("plan")
    stages = spanish_window.private_area.plan_view.observation_stage
    assert [stages.itemText(i) for i in range(stages.count())] == [
        "Bien",
        "Primeras señales",
        "Empeorando",
        "Crisis",
    ]
    spanish_window.show_private_view("stress-log")
    assert spanish_window.private_area.stress_view.form.mood.buttons()[0].text() == "muy bajo"


def test_the_danger_box_on_get_support_is_in_spanish(spanish_window) -> None:
    spanish_window.show_support()
    page = spanish_window.reading.support_view.browser.toPlainText()
    assert "Llama al número de emergencias de tu zona" in page
    assert "Call your local emergency number" not in page
    assert "Si alguien está en peligro ahora mismo" in page


def test_a_failed_save_is_told_in_spanish(spanish_window) -> None:
    """The StoreWriter's messages were passed through a helper lupdate could not see."""
    from caregiver_app.ui.widgets.saving import StoreWriter

    writer = StoreWriter("Tu progreso")
    told: list[str] = []
    writer.failed.connect(told.append)

    def disk_full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    assert not writer.attempt(disk_full).ok
    assert told == [
        "Tu progreso no se pudo guardar: el disco está lleno; libera algo de espacio y se volverá "
        "a guardar. Lo que escribiste sigue en la pantalla."
    ]


def test_the_question_before_leaving_for_the_browser_is_in_spanish(
    spanish_window, monkeypatch
) -> None:
    """parent.tr() looked in the parent's class context, where lupdate had not filed it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QMessageBox

    from caregiver_app.ui.reader.reader import confirm_and_open_external

    asked: list[tuple[str, str]] = []

    def answer(parent, title, text, *rest):
        asked.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not confirm_and_open_external(spanish_window, QUrl("https://example.org"))
    assert asked[0][0] == "¿Abrir en tu navegador web?"
    assert asked[0][1].startswith("Este enlace lleva fuera de Caregiver Companion")


def test_standard_buttons_are_in_hindi_too(qtbot, sample_content: ContentBuilder, tmp_path: Path):
    # Qt ships no Hindi for OK, Cancel or Yes: a Hindi window asked "Delete?" over English.
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from caregiver_app.ui.app import _application

    _application("hi")
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        assert [button.text() for button in buttons.buttons()] == ["ठीक है", "रद्द करें"]
        box = QMessageBox(QMessageBox.Icon.Warning, "?", "?")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert {button.text().replace("&", "") for button in box.buttons()} == {"हाँ", "रद्द करें"}
    finally:
        _application("en")


def test_counts_read_right_in_english_and_spanish(qtbot, spanish_window) -> None:
    from caregiver_app.ui.widgets.text import tr

    message = "%n entry(s) could not be trusted and are not shown; they are kept, not deleted."
    assert tr(message, "", 1).startswith("No se muestra 1 entrada porque")
    assert tr(message, "", 3).startswith("No se muestran 3 entradas porque")


def test_the_report_for_the_doctor_is_in_the_users_language(spanish_window) -> None:
    from datetime import date

    from caregiver_app.store import StressEntry
    from caregiver_app.ui.private.reports import stress_report_html

    page = stress_report_html([StressEntry(date.today(), 6, 5.5, mood=1)], "Ana")
    assert "Registro de estrés de Ana" in page and "no es una evaluación médica" in page
    for english in ("Stress log", "Days with a check-in", "Day by day", "Mood", "not encrypted"):
        assert english not in page
