"""Whole-database operations for the command line and the File menu: check and copy."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from db.backup import BackupError, copy_database
from db.engine import create_server_engine
from db.faults import Fault, classify, writable
from db.integrity import (
    audit_trigger_problems,
    integrity_problems,
    quick_problems,
    server_problems,
)
from db.migrate import (
    MigrationError,
    current_revision,
    head_revision,
    server_revision,
    unreadable,
)
from desktop.i18n import _, ngettext
from desktop.services.errors import DatabaseError, ServiceError, ValidationError
from desktop.services.session_file import SessionFileError, parse
from desktop.services.standings import contradiction_notices
from desktop.services.text_rules import one_line
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


def check_database(location: Path | str, *, read_only: bool = False) -> CheckReport:
    """:func:`check_server` for a ``postgresql://`` URL, else :func:`check_file`."""
    location = parse_location(location) if isinstance(location, str) else Path(location)
    if isinstance(location, str):
        return check_server(location)
    return check_file(location, read_only=read_only)


def check_file(path: Path, *, read_only: bool = False) -> CheckReport:
    """Check a database without changing it: SQLite's integrity and foreign keys, the schema
    version, the audit trail's append-only triggers, and every session replayed through the
    domain's rules (as an import would). ``read_only``: the file is opened read-only, as it
    always is when it cannot be written (on a read-only disk)."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(_("There is no database at {path}; check the path.").format(path=path))
    read_only = read_only or not writable(path)
    try:
        problems = integrity_problems(path)
        revision = current_revision(path, read_only=read_only)
    except (sqlite3.DatabaseError, MigrationError) as error:
        fault = error.fault if isinstance(error, MigrationError) else classify(error)
        if fault is Fault.DAMAGED:  # damaged so badly that the checks themselves fail
            problem = _("SQLite cannot read the file through: {error}").format(error=error)
            return CheckReport(str(path), None, 0, (problem,))
        unread = error if isinstance(error, MigrationError) else unreadable(path, error)
        if unread.fault in (Fault.READ_ONLY, Fault.DISK_FULL, Fault.LOCKED):
            # The disk or another program stops the check: the file may well be sound.
            raise DatabaseError(str(unread), fault=unread.fault) from error
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
    checked, broken, findings = _replay(path, read_only=read_only)
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


def _replay(location: Path | str, *, read_only: bool = False) -> tuple[int, list[str], list[str]]:
    """Every session exported and read back through the rules, as an import would: how
    many were checked, what broke a rule, and which declarations the record contradicts."""
    checked, problems, findings = 0, [], []
    with Workspace.open(location, read_only=read_only) as ws:
        for summary in ws.sessions.list_sessions():
            label = one_line(summary.reference) or _("session {id} of {day}").format(
                id=summary.id, day=summary.session_date
            )
            problems += [f"{label}: {problem}" for problem in _session_problems(ws, summary.id)]
            notices = contradiction_notices(ws.outcomes.standings(summary.id))
            findings += [f"{label}: {notice}" for notice in notices]
            checked += 1
    return checked, problems, findings


def _session_problems(ws: Workspace, session_id: int) -> list[str]:
    """What is wrong with one stored session: beyond what a session may hold (said of the
    session, not of a file), else what an import of its export would refuse."""
    beyond = ws.files.size(session_id).problems()
    if beyond:
        return beyond
    try:
        parse(ws.files.export_session(session_id))
    except SessionFileError as error:
        return error.problems
    except ServiceError as error:
        return [str(error)]
    return []


def findings_summary(count: int) -> str:
    """The closing line of a check with findings: they are no damage."""
    return ngettext(
        "The record contradicts {count} declaration (a finding, not damage): see above.",
        "The record contradicts {count} declarations (findings, not damage): see above.",
        count,
    ).format(count=count)


def backup_file(source: Path, target: Path, *, read_only: bool = False) -> Path:
    """A consistent copy of a database that may be in use, at ``target`` (must be new).
    ``read_only``: ``source`` is opened read-only (always so for a file that cannot be
    written)."""
    if Path(target).exists():
        raise ValidationError(
            _("{path} already exists; choose a new file name for the copy.").format(path=target)
        )
    try:
        copy = copy_database(Path(source), Path(target), read_only=read_only)
    except BackupError as error:
        cause = error.__cause__  # SQLite says "disk I/O error" when the source's disk is full
        if isinstance(cause, sqlite3.Error) and classify(cause) is Fault.OTHER:
            unread = unreadable(Path(source), cause)
            if unread.fault is Fault.DISK_FULL:
                raise DatabaseError(str(unread), fault=unread.fault) from error
        raise DatabaseError(str(error)) from error
    problems = quick_problems(copy)  # as every automatic backup is checked
    if problems:  # a copy of a damaged file is no backup: say so, and leave nothing
        copy.unlink(missing_ok=True)
        raise DatabaseError(
            _(
                "The database at {path} is damaged ({problem}), so no copy was written: it "
                "would carry the damage. Run 'tourdetable check' on it, or restore one of its "
                "backups."
            ).format(path=source, problem=problems[0]),
            fault=Fault.DAMAGED,
        )
    return copy
