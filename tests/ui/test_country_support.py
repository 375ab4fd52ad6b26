"""Get support puts the help lines of the reader's country first, chosen from the Help menu."""

from __future__ import annotations

from pathlib import Path

from caregiver_app.config import Settings
from caregiver_app.lessons.services import Service
from caregiver_app.ui.reader.support_view import support_html
from tests.conftest import ContentBuilder

RESOURCES = """\
countries:
  IN: India
  MX: Mexico
  US: United States
services:
  - name: Emergency services (911)
    kind: emergency
    phone: "911"
    countries: [US, MX]
  - name: Emergency services (112)
    kind: emergency
    phone: "112"
    countries: [IN]
  - name: Tele-MANAS
    kind: crisis
    phone: "14416"
    countries: [IN]
  - name: Línea de la Vida
    kind: crisis
    phone: "800 911 2000"
    countries: [MX]
"""


def _names_in_order(page: str, names: list[str]) -> list[str]:
    return sorted(names, key=page.index)


def test_the_countrys_services_come_first_and_the_rest_after_a_heading() -> None:
    services = [
        Service("911", "emergency", countries=("US", "MX")),
        Service("112", "emergency", countries=("IN",)),
        Service("Tele-MANAS", "crisis", countries=("IN",)),
        Service("Everywhere line", "crisis"),
    ]
    page = support_html(services, allow_links=False, country="IN")
    assert _names_in_order(page, ["911", "112", "Tele-MANAS", "Everywhere line"]) == [
        "112",
        "Tele-MANAS",
        "Everywhere line",  # names no country: it serves this one too
        "911",
    ]
    assert page.index("In other countries") < page.index("911")
    unknown = support_html(services, allow_links=False, country="FR")
    assert "In other countries" not in unknown  # nothing to put ahead: the list as written
    assert _names_in_order(unknown, ["911", "112"]) == ["911", "112"]


def test_choosing_a_country_in_the_help_menu_reorders_get_support(
    qtbot, sample_content: ContentBuilder, tmp_path: Path
) -> None:
    from caregiver_app.ui.app import _application, build_window

    sample_content.raw("resources.yaml", RESOURCES)
    _application()
    settings = Settings(sample_content.root, tmp_path / "data", "en", country="MX")
    window = build_window(settings)
    qtbot.addWidget(window)
    window.show()
    window.app_actions.support.trigger()
    browser = window.reading.support_view.browser
    text = browser.toPlainText()
    assert text.index("Línea de la Vida") < text.index("In other countries") < text.index("112")

    menu = window.app_actions.country_menu
    menu.aboutToShow.emit()  # what opening the menu does
    assert [action.text() for action in menu.actions()] == [
        "India",
        "Mexico",
        "United States",
        "Another country",
    ]
    assert window.app_actions.countries["MX"].isChecked()  # the clinic's or computer's country
    window.app_actions.countries["IN"].trigger()

    text = browser.toPlainText()
    assert text.index("Tele-MANAS") < text.index("In other countries") < text.index("911")
    assert window.session.preferences.country == "IN"  # remembered for the next visit
    window.app_actions.countries[""].trigger()
    assert "In other countries" not in browser.toPlainText()


def test_a_country_in_the_site_config_and_on_the_command_line(tmp_path: Path) -> None:
    from caregiver_app import config

    site = tmp_path / "site.toml"
    site.write_text('[content]\ncountry = "in"\n', encoding="utf-8")
    assert config.resolve(config_file=site).country == "IN"
    assert config.resolve(config_file=site, country="mx").country == "MX"
    site.write_text('[content]\ncountry = "India"\n', encoding="utf-8")
    settings = config.resolve(config_file=site)
    assert "two-letter country code" in settings.problems[0].message
    assert settings.country == config.system_country()  # the default, not the bad value


def test_the_services_are_read_just_after_start_not_when_help_is_needed(
    qtbot, sample_content: ContentBuilder, tmp_path: Path
) -> None:
    # A clinic's share or a USB stick may be gone by the time someone opens Get support.
    from caregiver_app.ui.app import _application, build_window

    sample_content.raw("resources.yaml", RESOURCES)
    _application()
    window = build_window(Settings(sample_content.root, tmp_path / "data", "en"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: isinstance(window.session._services, list), timeout=2000)
    (sample_content.root / "en" / "resources.yaml").unlink()  # the share goes away
    window.app_actions.support.trigger()
    assert "Tele-MANAS" in window.reading.support_view.browser.toPlainText()
