"""Whole-file operations for the command line and the File menu: check and copy."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db.backup import BackupError, copy_database
from db.faults import Fault, classify
from db.integrity import integrity_problems
from db.migrate import MigrationError, current_revision, head_revision
from desktop.i18n import _
from desktop.services.errors import DatabaseError, ServiceError, ValidationError
from desktop.services.session_file import parse
from desktop.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class CheckReport:
    path: Path
    revision: str | None
    sessions_checked: int
    problems: tuple[str, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())

    @property
    def sound(self) -> bool:
        return not self.problems


def check_file(path: Path) -> CheckReport:
    """Check a database without changing it: SQLite's integrity and foreign keys, the schema
    version, and every session replayed through the domain's rules (as an import would)."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(_("There is no database at {path}; check the path.").format(path=path))
    try:
        problems = integrity_problems(path)
        revision = current_revision(path)
    except (sqlite3.DatabaseError, MigrationError) as error:
        fault = error.fault if isinstance(error, MigrationError) else classify(error)
        if fault is Fault.DAMAGED:  # damaged so badly that the checks themselves fail
            problem = _("SQLite cannot read the file through: {error}").format(error=error)
            return CheckReport(path, None, 0, (problem,))
        raise DatabaseError(
            _("{path} is not a Tour de Table database ({error}).").format(path=path, error=error),
            fault=fault,
        ) from error
    head = head_revision()
    notes: list[str] = []
    if revision != head:
        notes.append(
            _(
                "The schema is at version {revision}; opening the file in the app upgrades "
                "it to {head} after making a backup. Rules were not checked."
            ).format(revision=revision or _("none"), head=head)
        )
        return CheckReport(path, revision, 0, tuple(problems), tuple(notes))
    checked = 0
    with Workspace.open(path) as ws:
        for summary in ws.sessions.list_sessions():
            label = summary.reference or _("session {id} of {day}").format(
                id=summary.id, day=summary.session_date
            )
            try:
                parse(ws.files.export_session(summary.id), source=label)
            except ServiceError as error:
                problems.append(f"{label}: {error}")
            checked += 1
    return CheckReport(path, revision, checked, tuple(problems), tuple(notes))


def backup_file(source: Path, target: Path) -> Path:
    """A consistent copy of a database that may be in use, at ``target`` (must be new)."""
    if Path(target).exists():
        raise ValidationError(
            _("{path} already exists; choose a new file name for the copy.").format(path=target)
        )
    try:
        return copy_database(Path(source), Path(target))
    except BackupError as error:
        raise DatabaseError(str(error)) from error
