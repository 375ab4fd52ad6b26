"""Package build step: compile the interface translations (.ts, committed) to .qm (built, never
committed). Runs for wheels and for editable installs alike."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        folder = Path(self.root) / "resources" / "translations"
        lrelease = shutil.which("pyside6-lrelease") or str(
            Path(sys.executable).parent / "pyside6-lrelease"
        )
        for source in sorted(folder.glob("*.ts")):
            subprocess.run(
                [lrelease, str(source), "-qm", str(source.with_suffix(".qm"))], check=True
            )
