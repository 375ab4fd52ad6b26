"""Reading and writing our cache files (rendered lessons, the loader's memo) so that neither can
hurt: a cache is only ever a shortcut, and anything on this computer could have replaced one.

Reading takes a regular file only (not a pipe, a device or a link to one, which could block
for ever or never end) of at most a given size, and raises ``ValueError`` or ``OSError`` for
anything else. Writing is whole or not at all, readable by the owner only, and never raises:
a full disk, a read-only folder or text JSON cannot hold as UTF-8 only mean no shortcut next
time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import threading
import time
from functools import cache
from pathlib import Path
from typing import Any

from caregiver_app import __version__

_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
STALE_PARTIAL_SECONDS = 3_600  # a writer killed mid-write left it: nobody will finish it


def read_json(path: Path, max_bytes: int) -> Any:
    """The JSON value in ``path``, a regular file of at most ``max_bytes``."""
    descriptor = os.open(path, _READ_FLAGS | getattr(os, "O_BINARY", 0))
    try:
        facts = os.fstat(descriptor)
        if not stat.S_ISREG(facts.st_mode) or facts.st_size > max_bytes:
            raise ValueError("not a cache file")
        chunks, left = [], max_bytes + 1
        while left > 0 and (chunk := os.read(descriptor, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise ValueError("the file grew while it was read")
    return json.loads(data.decode("utf-8"))


def write_json(path: Path, value: Any) -> bool:
    """Write ``value`` to ``path`` whole or not at all (owner-only); False if that failed."""
    # A name of this writer's own: two threads, or two copies of the app, may write at once.
    partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.partial")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # ASCII: text YAML let through that UTF-8 cannot hold (a lone surrogate, "\ud83d")
        # is escaped, not refused.
        data = json.dumps(value, ensure_ascii=True).encode("ascii")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
        partial.replace(path)
        return True
    except Exception:
        with contextlib.suppress(OSError):
            partial.unlink()
        return False


def remove_stale_partials(folder: Path) -> None:
    """Remove what writers killed mid-write left behind, an hour on."""
    with contextlib.suppress(OSError):
        for partial in folder.glob("*.partial"):
            with contextlib.suppress(OSError):
                if time.time() - partial.stat().st_mtime > STALE_PARTIAL_SECONDS:
                    partial.unlink()


@cache
def code_version() -> str:
    """The app's version and, in a source checkout, a digest of the lesson code's own files:
    what the loader and renderer make changes with either, so their caches must too (a bundle
    has no source files; its version says it)."""
    digest = hashlib.sha256(__version__.encode())
    for source in sorted(Path(__file__).parent.glob("*.py")):
        with contextlib.suppress(OSError):
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]
