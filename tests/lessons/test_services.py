"""The support services list: read from resources.yaml, never trusted blindly."""

from __future__ import annotations

from caregiver_app.lessons import load_services
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
