"""Every string a user can see is translated: new interface text without a Spanish and a Hindi
translation fails here, not in a family's hands."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _lupdate() -> str | None:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return found if Path(found).exists() else None


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate is not installed")
@pytest.mark.parametrize("language", ["es", "hi"])
def test_every_interface_string_has_a_translation(language: str, tmp_path: Path) -> None:
    # The same command that made the files, run on a copy: what it adds is what is missing.
    copy = tmp_path / f"caregiver_{language}.ts"
    shutil.copy(TRANSLATIONS / copy.name, copy)
    sources = sorted(str(path) for path in (ROOT / "caregiver_app" / "ui").rglob("*.py"))
    subprocess.run(
        [_lupdate(), *sources, "-no-obsolete", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    text = copy.read_text(encoding="utf-8")
    missing = [
        block.split("<source>")[1].split("</source>")[0]
        for block in text.split("<message")
        if 'type="unfinished"' in block and "<source>" in block
    ]
    assert missing == [], f"{len(missing)} strings without a {language} translation: {missing}"


@pytest.mark.parametrize("language", ["es", "hi"])
def test_every_context_is_found_in_the_compiled_file(language: str, qapp) -> None:
    # The .qm the app loads, asked the way the app asks: by context and source. A message filed
    # under a context the app never looks in would come back untranslated (English on screen).
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(f"caregiver_{language}", str(TRANSLATIONS))
    tree = ElementTree.parse(TRANSLATIONS / f"caregiver_{language}.ts")
    contexts = tree.getroot().findall("context")
    assert len(contexts) > 40
    for context in contexts:
        name = context.findtext("name") or ""
        for message in context.findall("message")[:3]:
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            written = message.find("translation")
            assert written is not None
            expected = (written.findtext("numerusform") or "") if numerus else (written.text or "")
            found = translator.translate(name, source, None, 1 if numerus else -1)
            assert expected and found == expected, (name, source)


def test_code_asks_for_messages_under_the_contexts_they_are_filed_in() -> None:
    # Each context in the files is a class of ours, Qt's QPlatformTheme (standard buttons), or
    # the empty context of the module-level tr(): a context named after anything else (a local
    # variable such as "box") is one the app never looks in.
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "caregiver_app" / "ui").rglob("*.py")
    )
    tree = ElementTree.parse(TRANSLATIONS / "caregiver_es.ts")
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        if name in ("", "QPlatformTheme"):
            continue
        named = f"class {name}(" in source or re.search(rf'translate\(\s*"{name}"', source)
        assert named, f"messages filed under {name!r}, which the app never looks in"


def test_english_has_its_plural_forms(qapp) -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load("caregiver_en", str(TRANSLATIONS))
    text = "Too many wrong tries. You can try again in %n second(s)."
    assert translator.translate("UnlockForm", text, None, 1).endswith("in %n second.")
    assert translator.translate("UnlockForm", text, None, 5).endswith("in %n seconds.")
