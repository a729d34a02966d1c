"""Integrity of a database file, read without changing it (SQLite's own checks)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from db.backup import file_uri
from desktop.i18n import _


def integrity_problems(path: Path) -> list[str]:
    """What SQLite finds wrong with the file: pages, indexes, foreign keys. Empty when sound.

    Raises sqlite3.DatabaseError when the file is not a database at all."""
    with contextlib.closing(sqlite3.connect(file_uri(path, "ro"), uri=True, timeout=10)) as con:
        problems = [row[0] for row in con.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [
            _("row {row} of {table} points to a missing row of {parent}").format(
                row=rowid, table=table, parent=parent
            )
            for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check")
        ]
    return problems


def quick_problems(path: Path) -> list[str]:
    """SQLite's quick check (pages and their structure, not index contents): fast enough to
    run on every automatic backup. Empty when sound; a file too damaged to be checked at all
    gives the reason as its one problem."""
    try:
        with contextlib.closing(sqlite3.connect(file_uri(path, "ro"), uri=True, timeout=10)) as con:
            return [row[0] for row in con.execute("PRAGMA quick_check") if row[0] != "ok"]
    except sqlite3.DatabaseError as error:
        return [str(error)]
