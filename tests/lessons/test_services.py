"""The support services list: read from resources.yaml, never trusted blindly."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.lessons import load_services
from caregiver_app.lessons.services import clean_text, is_plausible_phone
from tests.conftest import ContentBuilder


def test_services_are_read_with_numbers_kept_as_text(content: ContentBuilder) -> None:
    content.raw(
        "resources.yaml",
        "services:\n"
        "  - name: 988 Lifeline\n    kind: crisis\n    region: United States\n    phone: 988\n"
        "  - name: Emergency\n    kind: emergency\n    phone: '911'\n",
    )
    services, problems = load_services(content.language_dir, content.root)
    assert [(service.name, service.phone, service.kind) for service in services] == [
        ("988 Lifeline", "988", "crisis"),
        ("Emergency", "911", "emergency"),
    ]
    assert problems == []


def test_bad_entries_are_reported_and_the_rest_kept(content: ContentBuilder) -> None:
    content.raw(
        "resources.yaml",
        "services:\n"
        "  - name: Good\n    kind: support\n    web: https://www.nami.org\n"
        "  - kind: crisis\n    phone: '1'\n"
        "  - name: Sneaky\n    kind: evil\n    web: javascript:alert(1)\n    phone: '2'\n"
        "  - just a string\n",
    )
    services, problems = load_services(content.language_dir, content.root)
    assert [service.name for service in services] == ["Good", "Sneaky"]
    assert services[1].web == "" and services[1].kind == "support"
    messages = " ".join(problem.message for problem in problems)
    assert "needs a name" in messages and "kind must be one of" in messages
    assert "web must start with https://" in messages


def test_missing_file_lists_nothing_and_broken_file_is_reported(content: ContentBuilder) -> None:
    assert load_services(content.language_dir, content.root) == ([], [])
    content.raw("resources.yaml", "services: [oops")
    services, problems = load_services(content.language_dir, content.root)
    assert services == [] and "not valid YAML" in problems[0].message


# --- text from clinics is shown as written, never reordered by invisible characters ------------

BIDI_AND_INVISIBLE = [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
BIDI_AND_INVISIBLE += [chr(code) for code in range(0x200B, 0x2010)] + ["\x00", "\x1b", "\ufeff"]


@given(st.text())
@settings(max_examples=500, deadline=None)
def test_clean_text_leaves_no_control_or_format_character(text: str) -> None:
    cleaned = clean_text(text)
    assert not any(unicodedata.category(char) in ("Cc", "Cf", "Cs") for char in cleaned)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert clean_text(cleaned) == cleaned  # cleaning twice changes nothing more


@given(
    st.text(alphabet="0123456789 +-().", min_size=1).filter(lambda t: any(c.isdigit() for c in t)),
    st.lists(st.sampled_from(BIDI_AND_INVISIBLE), min_size=1),
    st.randoms(),
)
@settings(max_examples=200, deadline=None)
def test_a_number_with_bidi_controls_is_shown_as_its_digits(number, controls, random) -> None:
    characters = list(number)
    for control in controls:
        characters.insert(random.randrange(len(characters) + 1), control)
    cleaned = clean_text("".join(characters))
    assert cleaned == " ".join(number.split())  # the same digits, in the same order
    assert is_plausible_phone(cleaned)


def test_a_crisis_number_with_an_override_is_cleaned_and_a_wrong_one_reported(
    content: ContentBuilder,
) -> None:
    content.raw(
        "resources.yaml",
        "services:\n"
        '  - name: "Crisis \\u202eline"\n    kind: crisis\n    phone: "\\u202e0800 123\\u202c"\n'
        '  - name: "Help\\u200b desk"\n    kind: support\n    phone: "call 555 0100"\n',
    )
    services, problems = load_services(content.language_dir, content.root)
    assert [(service.name, service.phone) for service in services] == [
        ("Crisis line", "0800 123"),
        ("Help desk", "call 555 0100"),  # still listed: a wrong number is better than none
    ]
    (problem,) = problems
    assert "service 2 (Help desk): phone 'call 555 0100' is not a phone number" in problem.message


def test_site_config_services_and_clinic_name_are_cleaned(tmp_path) -> None:
    from caregiver_app import config, config_check
    from caregiver_app.cli import main

    site = tmp_path / "config.toml"
    site.write_text(
        '[clinic]\nname = "River\u2066side\u2069 Clinic"\n'
        '[[clinic.services]]\nname = "Desk"\nkind = "crisis"\nphone = "\u202e555 0100 x"\n',
        encoding="utf-8",
    )
    settings = config.resolve(config_file=site)
    assert settings.clinic_name == "Riverside Clinic"
    problems = config_check.check_config(site)
    assert any("phone '555 0100 x' is not a phone number" in p.message for p in problems)
    assert main(["check-config", str(site)]) == 1


def test_the_date_a_service_was_checked_is_kept_as_text_and_a_wrong_one_reported(
    content: ContentBuilder,
) -> None:
    content.raw(
        "resources.yaml",
        "services:\n"
        "  - name: Dated\n    kind: crisis\n    phone: '988'\n    checked: 2026-12-05\n"
        "  - name: Quoted\n    kind: crisis\n    phone: '988'\n    checked: '2026-12-05'\n"
        "  - name: Undated\n    kind: support\n    web: https://www.nami.org\n"
        "  - name: Vague\n    kind: crisis\n    phone: '988'\n    checked: last week\n"
        "  - name: Impossible\n    kind: crisis\n    phone: '988'\n    checked: '2026-02-30'\n",
    )
    services, problems = load_services(content.language_dir, content.root)
    assert [(service.name, service.checked) for service in services] == [
        ("Dated", "2026-12-05"),  # YAML reads it as a date
        ("Quoted", "2026-12-05"),
        ("Undated", ""),
        ("Vague", ""),  # still listed: the number matters more than the date
        ("Impossible", ""),
    ]
    assert [problem.message for problem in problems] == [
        f"service {number}: checked must be the date the service was last checked, written as "
        "YYYY-MM-DD"
        for number in (4, 5)
    ]


def test_a_clinic_service_may_say_when_it_was_checked(tmp_path) -> None:
    from caregiver_app import config_check

    site = tmp_path / "config.toml"
    site.write_text(
        '[[clinic.services]]\nname = "Desk"\nkind = "crisis"\nphone = "555 0100"\n'
        "checked = 2026-12-05\n"
        '[[clinic.services]]\nname = "Old desk"\nkind = "crisis"\nphone = "555 0101"\n'
        'checked = "soon"\n',
        encoding="utf-8",
    )
    messages = [problem.message for problem in config_check.check_config(site)]
    assert not any("unknown" in message for message in messages), messages
    assert [message for message in messages if "checked" in message] == [
        "clinic.services: service 2: checked must be the date the service was last checked, "
        "written as YYYY-MM-DD"
    ]


def test_country_codes_are_read_as_written_and_a_bad_list_is_never_put_first(
    content: ContentBuilder,
) -> None:
    from caregiver_app.lessons.services import for_country, load_country_names

    content.raw(
        "resources.yaml",
        "countries:\n  NO: Norway\n  in: India\n  GB: ''\n"
        "services:\n"
        "  - {name: Mental Helse, kind: crisis, phone: '116 123', countries: [NO]}\n"
        "  - {name: Tele-MANAS, kind: crisis, phone: '14416', countries: in}\n"
        "  - {name: Odd, kind: crisis, phone: '1', countries: [ß]}\n",
    )
    services, problems = load_services(content.language_dir, content.root)
    assert [s.countries for s in services] == [("NO",), ("IN",), ("ZZ",)]
    assert load_country_names(content.language_dir, content.root) == {
        "NO": "Norway",  # YAML's false for an unquoted NO
        "IN": "India",
    }
    assert any("'GB'" in p.message for p in problems)  # a country with no name
    assert any("[ß]" in p.message or "two-letter" in p.message for p in problems)
    local, elsewhere = for_country(services, "IN")
    assert [s.name for s in local] == ["Tele-MANAS"]
    assert "Odd" in [s.name for s in elsewhere]  # unreadable countries: never listed first
