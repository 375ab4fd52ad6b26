"""Fault injection for the store, in the spirit of SQLite's I/O-error tests: count every
operation that can touch the disk (SQL statements, commits, backups, file renames and creations)
and make the N-th one fail as a full disk would.

``FaultPlan.armed(n)`` arms it for one operation; ``install(monkeypatch)`` routes every SQLite
connection the store opens and the ``os`` calls it makes through the plan.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

_REAL_CONNECT = sqlite3.connect


class InjectedFaultError(Exception):
    """Marker mixed into the errors we raise, so a test can tell them from real bugs."""


class InjectedSQLiteFullError(sqlite3.OperationalError, InjectedFaultError):
    pass


class InjectedDiskFullError(OSError, InjectedFaultError):
    pass


class FaultPlan:
    def __init__(self) -> None:
        self.count = 0
        self.fail_at: int | None = None
        self.failed = False

    @contextlib.contextmanager
    def armed(self, fail_at: int | None) -> Iterator[FaultPlan]:
        self.count, self.fail_at, self.failed = 0, fail_at, False
        try:
            yield self
        finally:
            self.fail_at = None

    def tick(self, sql: bool) -> None:
        if self.fail_at is None:
            return
        self.count += 1
        if self.count == self.fail_at:
            self.failed = True
            if sql:
                error = InjectedSQLiteFullError("database or disk is full")
                error.sqlite_errorcode = 13
                error.sqlite_errorname = "SQLITE_FULL"
                raise error
            raise InjectedDiskFullError(errno.ENOSPC, "No space left on device")


PLAN = FaultPlan()


class FaultyConnection(sqlite3.Connection):
    """A real connection (so ``backup()`` accepts it) whose every statement asks the plan first."""

    def execute(self, *args, **kwargs):  # type: ignore[override]
        PLAN.tick(sql=True)
        return super().execute(*args, **kwargs)

    def executemany(self, *args, **kwargs):  # type: ignore[override]
        PLAN.tick(sql=True)
        return super().executemany(*args, **kwargs)

    def executescript(self, *args, **kwargs):  # type: ignore[override]
        PLAN.tick(sql=True)
        return super().executescript(*args, **kwargs)

    def commit(self) -> None:
        PLAN.tick(sql=True)
        super().commit()

    def backup(self, *args, **kwargs) -> None:  # type: ignore[override]
        PLAN.tick(sql=True)
        super().backup(*args, **kwargs)


def _connect(*args, **kwargs) -> sqlite3.Connection:
    PLAN.tick(sql=True)
    kwargs.setdefault("factory", FaultyConnection)
    return _REAL_CONNECT(*args, **kwargs)


def _wrap_os(name: str):
    real = getattr(os, name)

    def faulty(*args, **kwargs):
        # A folder that exists fails for that reason before any space is needed.
        if not (name == "mkdir" and Path(args[0]).exists()):
            PLAN.tick(sql=False)
        return real(*args, **kwargs)

    return faulty


def install(monkeypatch) -> FaultPlan:
    monkeypatch.setattr(sqlite3, "connect", _connect)
    # Not unlink: removing a file frees space, and a full disk is the fault tested here.
    for name in ("open", "replace", "rename", "mkdir", "link"):
        monkeypatch.setattr(os, name, _wrap_os(name))
    return PLAN


def snapshot(database: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read from the file as it is on disk (never through the plan)."""
    connection = _REAL_CONNECT(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        state = {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in tables
        }
        state["user_version"] = [connection.execute("PRAGMA user_version").fetchone()]
        return state
    finally:
        connection.close()


def stray_files(data_dir: Path) -> list[str]:
    """Half-written copies: what a failed write must never leave behind."""
    return sorted(str(path.relative_to(data_dir)) for path in data_dir.rglob("*.partial"))
