"""Whole-database operations for the command line and the File menu: check and copy."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from db.backup import BackupError, copy_database
from db.engine import create_server_engine
from db.faults import Fault, classify
from db.integrity import audit_trigger_problems, integrity_problems, server_problems
from db.migrate import MigrationError, current_revision, head_revision, server_revision
from desktop.i18n import _, ngettext
from desktop.services.errors import DatabaseError, ServiceError, ValidationError
from desktop.services.session_file import parse
from desktop.services.standings import contradiction_notices
from desktop.services.transfer import describe, parse_location
from desktop.services.workspace import Workspace, server_sentence


@dataclass(frozen=True, slots=True)
class CheckReport:
    location: str  # the file's path, or the server database's address
    revision: str | None
    sessions_checked: int
    problems: tuple[str, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())
    # What the record says against the chair's declarations: findings, not damage (the chair
    # declares, the app warns), so a database with findings is still sound.
    findings: tuple[str, ...] = field(default=())

    @property
    def sound(self) -> bool:
        return not self.problems


def check_database(location: Path | str) -> CheckReport:
    """:func:`check_server` for a ``postgresql://`` URL, else :func:`check_file`."""
    location = parse_location(location) if isinstance(location, str) else Path(location)
    if isinstance(location, str):
        return check_server(location)
    return check_file(location)


def check_file(path: Path) -> CheckReport:
    """Check a database without changing it: SQLite's integrity and foreign keys, the schema
    version, the audit trail's append-only triggers, and every session replayed through the
    domain's rules (as an import would)."""
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
            return CheckReport(str(path), None, 0, (problem,))
        raise DatabaseError(
            _("{path} is not a Tour de Table database ({error}).").format(path=path, error=error),
            fault=fault,
        ) from error
    head = head_revision()
    if revision != head:
        note = _(
            "The schema is at version {revision}; opening the file in the app upgrades "
            "it to {head} after making a backup. Rules were not checked."
        ).format(revision=revision or _("none"), head=head)
        return CheckReport(str(path), revision, 0, tuple(problems), (note,))
    try:
        problems += audit_trigger_problems(path)
    except sqlite3.DatabaseError as error:
        problems.append(str(error))
    checked, broken, findings = _replay(path)
    return CheckReport(
        str(path), revision, checked, tuple(problems + broken), findings=tuple(findings)
    )


def check_server(url: str) -> CheckReport:
    """Check a PostgreSQL database without changing it: the schema version, the foreign
    keys and the rows they link, the audit trail's append-only triggers, and every session
    replayed through the domain's rules. The server guarantees its own storage."""
    where = describe(url)
    head = head_revision()
    engine = create_server_engine(url)
    try:
        revision = server_revision(engine, location=where)
        if revision != head:
            note = _(
                "The schema of {location} is at version {revision}; the app upgrades it to "
                "{head} when it next connects (take a pg_dump first). Rules were not checked."
            ).format(location=where, revision=revision or _("none"), head=head)
            return CheckReport(where, revision, 0, (), (note,))
        with engine.connect() as connection, connection.begin():
            problems = server_problems(connection)
    except MigrationError as error:
        raise DatabaseError(str(error), fault=error.fault) from error
    except DBAPIError as error:
        fault = classify(error)
        raise DatabaseError(server_sentence(fault, where, error), fault=fault) from error
    finally:
        engine.dispose()
    checked, broken, findings = _replay(url)
    note = _(
        "Checked on the server: the schema version, every foreign key and the rows it links, "
        "the audit trail's append-only triggers, and each session against the rules. The "
        "server looks after its own storage (pg_amcheck checks it)."
    )
    return CheckReport(where, revision, checked, tuple(problems + broken), (note,), tuple(findings))


def _replay(location: Path | str) -> tuple[int, list[str], list[str]]:
    """Every session exported and read back through the rules, as an import would: how
    many were checked, what broke a rule, and which declarations the record contradicts."""
    checked, problems, findings = 0, [], []
    with Workspace.open(location) as ws:
        for summary in ws.sessions.list_sessions():
            label = summary.reference or _("session {id} of {day}").format(
                id=summary.id, day=summary.session_date
            )
            try:
                parse(ws.files.export_session(summary.id), source=label)
            except ServiceError as error:
                problems.append(f"{label}: {error}")
            notices = contradiction_notices(ws.outcomes.standings(summary.id))
            findings += [f"{label}: {notice}" for notice in notices]
            checked += 1
    return checked, problems, findings


def findings_summary(count: int) -> str:
    """The closing line of a check with findings: they are no damage."""
    return ngettext(
        "The record contradicts {count} declaration (a finding, not damage): see above.",
        "The record contradicts {count} declarations (findings, not damage): see above.",
        count,
    ).format(count=count)


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
