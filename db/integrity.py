"""Integrity of a database, read without changing it: SQLite's own checks on a file; on a
PostgreSQL server, what the server does not already guarantee."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, exists, inspect, select

from db.copy import TABLES
from db.engine import file_uri, read_only_uri
from db.faults import writable
from desktop.i18n import _

# The triggers that make the audit trail append-only (migration 0005), by engine.
AUDIT_TRIGGERS = {
    "sqlite": ("audit_log_no_update", "audit_log_no_delete"),
    "postgresql": ("audit_log_no_update", "audit_log_no_delete", "audit_log_no_truncate"),
}
ORPHANS_SHOWN = 20  # rows named per broken foreign key; the check stops counting there


def integrity_problems(path: Path) -> list[str]:
    """What SQLite finds wrong with the file: pages, indexes, foreign keys. Empty when sound.

    Raises sqlite3.DatabaseError when the file is not a database at all."""
    with contextlib.closing(_reading(path)) as con:
        problems = [row[0] for row in con.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [
            _("row {row} of {table} points to a missing row of {parent}").format(
                row=rowid, table=table, parent=parent
            )
            for table, rowid, parent, _fk in con.execute("PRAGMA foreign_key_check")
        ]
    return problems


def _reading(path: Path) -> sqlite3.Connection:
    """A connection that can only read ``path``; for a file that cannot be written (on a
    read-only disk), opened as a read-only opening of the app opens it."""
    uri = file_uri(path, "ro") if writable(path) else read_only_uri(path)
    return sqlite3.connect(uri, uri=True, timeout=10)


def quick_problems(path: Path) -> list[str]:
    """SQLite's quick check (pages and their structure, not index contents): fast enough to
    run on every automatic backup. Empty when sound; a file too damaged to be checked at all
    gives the reason as its one problem."""
    try:
        with contextlib.closing(sqlite3.connect(file_uri(path, "ro"), uri=True, timeout=10)) as con:
            return [row[0] for row in con.execute("PRAGMA quick_check") if row[0] != "ok"]
    except sqlite3.DatabaseError as error:
        return [str(error)]


def audit_trigger_problems(path: Path) -> list[str]:
    """Whether the triggers that refuse changes to the audit trail are in the file (a file
    at the head revision). Empty when they are."""
    with contextlib.closing(_reading(path)) as con:
        found = {
            name: True
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            )
        }
    return _trigger_problems(found, AUDIT_TRIGGERS["sqlite"])


def server_problems(connection: Connection) -> list[str]:
    """What is wrong with a PostgreSQL database at the head revision, beyond what the server
    guarantees itself: a foreign key of the schema missing, a row whose parent is missing
    (a key dropped, or added NOT VALID, lets those in), an append-only trigger of the audit
    trail missing or disabled. Empty when sound. Reads only."""
    problems: list[str] = []
    inspector = inspect(connection)
    for table in TABLES:
        present = {
            (tuple(key["constrained_columns"]), key["referred_table"])
            for key in inspector.get_foreign_keys(table.name)
        }
        for key in table.foreign_keys:
            parent = key.column.table
            referred = parent.alias("referred")  # may be the table itself (a correction)
            if ((key.parent.name,), parent.name) not in present:
                problems.append(
                    _("the foreign key from {table}.{column} to {parent} is missing").format(
                        table=table.name, column=key.parent.name, parent=parent.name
                    )
                )
            orphans = connection.scalars(
                select(table.c.id)
                .where(
                    key.parent.is_not(None),
                    ~exists().where(referred.c[key.column.name] == key.parent),
                )
                .order_by(table.c.id)
                .limit(ORPHANS_SHOWN)
            )
            problems += [
                _("row {row} of {table} points to a missing row of {parent}").format(
                    row=row, table=table.name, parent=parent.name
                )
                for row in orphans
            ]
    enabled = {
        name: state != "D"
        for name, state in connection.exec_driver_sql(
            "SELECT tgname, tgenabled FROM pg_trigger "
            "WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal"
        )
    }
    return problems + _trigger_problems(enabled, AUDIT_TRIGGERS["postgresql"])


def _trigger_problems(enabled: dict[str, bool], expected: tuple[str, ...]) -> list[str]:
    problems = []
    for name in expected:
        if name not in enabled:
            problems.append(
                _(
                    "the trigger {name} is missing: the audit trail can be changed or deleted"
                ).format(name=name)
            )
        elif not enabled[name]:
            problems.append(
                _(
                    "the trigger {name} is disabled: the audit trail can be changed or deleted"
                ).format(name=name)
            )
    return problems
