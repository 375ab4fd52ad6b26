"""Every string a user can see is translated: new interface text without a Spanish and a Hindi
translation fails here, not in a family's hands."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

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
