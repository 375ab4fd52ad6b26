"""Shared fixtures: content folders and data folders built under tmp_path, never the real home."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

# Tests never need a screen; set before any test imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LESSON = """\
---
title: {title}
summary: {summary}
minutes: 5
tags: [test]
---

# {title}

{body}
"""


class ContentBuilder:
    """Writes a content folder: ``builder.lesson("01-basics/01-intro.md", title=..., body=...)``."""

    def __init__(self, root: Path):
        self.root = root
        self.language_dir = root / "en"
        self.language_dir.mkdir(parents=True, exist_ok=True)

    def lesson(
        self,
        relpath: str,
        title: str = "A lesson",
        body: str = "Some text.",
        summary: str = "About it",
    ) -> Path:
        text = LESSON.format(title=title, summary=summary, body=textwrap.dedent(body).strip())
        return self.raw(relpath, text)

    def raw(self, relpath: str, content: str | bytes) -> Path:
        path = self.language_dir / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    def module(self, folder: str, title: str, summary: str = "") -> None:
        self.raw(f"{folder}/module.yaml", f"title: {title}\nsummary: {summary}\n")


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test, and every app it starts, gets an empty home: nothing touches the real one."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))


@pytest.fixture
def content(tmp_path: Path) -> ContentBuilder:
    return ContentBuilder(tmp_path / "content")


@pytest.fixture
def make_content(tmp_path: Path) -> Callable[[str], ContentBuilder]:
    return lambda name: ContentBuilder(tmp_path / name)
