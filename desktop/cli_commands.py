"""The command line's work subcommands: sessions, status, export, import, minutes, deadlines,
check, audit, backup, copy and self-test.

Each runs the same services the GUI uses, on a SQLite file or a PostgreSQL database
(``--db postgresql://user@server/name``). Exit status: 0 on success, 2 on bad input (the
sentence on stderr), 1 on anything else. Nothing is half-written in any case.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from db.faults import writable
from desktop import i18n
from desktop.domain.labels import Label
from desktop.self_test import SelfTestError, run_self_test
from desktop.services import DatabaseError, Fault, NotFoundError, ValidationError, Workspace
from desktop.services.calendar import export_deadlines
from desktop.services.dto import SessionSummary
from desktop.services.maintenance import backup_file, check_database, findings_summary
from desktop.services.minutes import export_minutes
from desktop.services.session_file import OnConflict, ReferenceExistsError, read_file
from desktop.services.standings import no_agenda, status_block, status_record
from desktop.services.text_rules import one_line
from desktop.services.transfer import (
    Location,
    copy_database,
    parse_location,
    with_stored_password,
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    def __init__(self, sentence: str, code: int = EXIT_USAGE) -> None:
        super().__init__(sentence)
        self.code = code


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def command(name: str, text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, prog=f"tourdetable {name}", help=text, description=text)
        sub.add_argument(
            "--db", metavar="DB", required=True,
            help="the database: a file's path, or postgresql://user@server:5432/name",
        )  # fmt: skip
        if name in READING:
            sub.add_argument("--read-only", action="store_true", help=READ_ONLY_HELP)
        return sub

    sessions = command("sessions", "list sessions: reference, date, body, level, state")
    sessions.add_argument("--json", action="store_true", help="print JSON instead of a table")
    status = command(
        "status",
        "where each item of a session stands: its state, who blocks, who is pending, the "
        "chair's declaration and what the record says against it",
    )
    status.add_argument("--session", metavar="REF", required=True, help="the session's reference")
    status.add_argument("--json", action="store_true", help="print JSON instead of text")
    status.add_argument("--lang", choices=("en", "fr"), default="en", help="English or French")
    export = command("export", "write one session to a session file (JSON)")
    export.add_argument("--session", metavar="REF", required=True, help="the session's reference")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    import_ = command("import", "read a session file into the database")
    import_.add_argument("file", type=Path, metavar="FILE.json")
    conflict = import_.add_mutually_exclusive_group()
    conflict.add_argument(
        "--replace", action="store_true", help="replace a session with the same reference"
    )
    conflict.add_argument(
        "--as-new", action="store_true", help="import beside it, without the reference"
    )
    minutes = command("minutes", "export a session's minutes as PDF")
    minutes.add_argument("--session", metavar="REF", required=True, help="the session's reference")
    minutes.add_argument("--lang", choices=("en", "fr"), default="en", help="English or French")
    minutes.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", required=True)
    deadlines = command("deadlines", "export the running silence deadlines as a calendar (.ics)")
    deadlines.add_argument("-o", "--out", type=Path, metavar="FILE.ics", required=True)
    command("check", "check the integrity of the database and of the domain rules")
    audit = command("audit", "write a session's audit trail (every change) to a CSV file")
    audit.add_argument(
        "--session", metavar="REF_OR_ID", required=True, help="the session's reference or id"
    )
    audit.add_argument("-o", "--output", type=Path, metavar="FILE.csv", required=True)
    backup = command("backup", "write a consistent copy of a database file, even one in use")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", required=True)
    copy = commands.add_parser(
        "copy", prog="tourdetable copy", help="copy a whole database into an empty one",
        description="Copy a whole database (every session, event and audit record, with "
        "its ids) into an empty one, in one transaction: a SQLite file to a PostgreSQL "
        "server, back, or between two of a kind. A target that holds anything is refused "
        "and left unchanged; a target file that does not exist is created.",
    )  # fmt: skip
    copy.add_argument(
        "--from", dest="source", metavar="DB", required=True,
        help="the database to copy: a file's path, sqlite:///FILE or postgresql://...",
    )  # fmt: skip
    copy.add_argument(
        "--to", dest="target", metavar="DB", required=True,
        help="the empty database to copy into: a new file, or an empty server database",
    )  # fmt: skip
    copy.add_argument(
        "--read-only", action="store_true",
        help="open the source file without writing anything to it (a file that cannot be "
        "written is opened so anyway)",
    )  # fmt: skip
    self_test = commands.add_parser(
        "self-test", prog="tourdetable self-test", help="check that this installation works",
        description="Check that this installation works: in a temporary folder, create a "
        "database, log a position, export the minutes and show the main window once. "
        "Nothing of yours is read or written. Exits 0 when every step passed.",
    )  # fmt: skip
    self_test.add_argument(
        "--offscreen", action="store_true",
        help="show the window on Qt's offscreen platform even when there is a display",
    )  # fmt: skip


NAMES = (
    "sessions", "status", "export", "import", "minutes", "deadlines", "check", "audit", "backup",
    "copy", "self-test",
)  # fmt: skip
# The commands that only read the database (copy reads its source): they take --read-only,
# and open a file that cannot be written (a read-only disk, a write-protected archive)
# read-only by themselves.
READING = frozenset(
    ("sessions", "status", "export", "minutes", "deadlines", "check", "audit", "backup", "copy")
)
READ_ONLY_HELP = (
    "open the database file without writing anything to it (a file that cannot be written "
    "is opened so anyway)"
)


def run(args: argparse.Namespace) -> int:
    handler = {
        "sessions": _sessions,
        "status": _status,
        "export": _export,
        "import": _import,
        "minutes": _minutes,
        "deadlines": _deadlines,
        "check": _check,
        "audit": _audit,
        "backup": _backup,
        "copy": _copy,
        "self-test": _self_test,
    }[args.command]
    try:
        return handler(args)
    except (ValidationError, NotFoundError) as error:
        raise CommandError(str(error), EXIT_USAGE) from error


def _existing(db: str) -> Location:
    """An existing database file, or a server database (whose existence the connection
    tells). An empty file is no database: opening it would make it one."""
    location = _location(db)
    if isinstance(location, Path) and not location.is_file():
        raise CommandError(f"There is no database at {location}; check the path.")
    if isinstance(location, Path) and location.stat().st_size == 0:
        raise CommandError(
            i18n._(
                "{path} is an empty file, not a database, so it was left untouched; check the path."
            ).format(path=location)
        )
    return location


def _read_only(args: argparse.Namespace, location: Location) -> bool:
    """Whether a command that only reads opens ``location`` read-only: when asked
    (--read-only), and by itself when the file cannot be written (a read-only disk), where
    opening it for writing would fail."""
    asked = bool(getattr(args, "read_only", False))
    if not isinstance(location, Path):
        if asked:
            raise CommandError(
                i18n._(
                    "--read-only opens a database file without writing to it; a database on "
                    "a server cannot be opened that way, so leave --read-only out."
                )
            )
        return False
    return asked or not writable(location)


def _reading(args: argparse.Namespace) -> Workspace:
    """The database of a command that only reads, opened read-only when it should be."""
    location = _existing(args.db)
    return Workspace.open(location, read_only=_read_only(args, location))


def _location(db: str) -> Location:
    """The database named on the command line; a server's address gets the password the
    app remembered in the system keyring, if any (else libpq looks in ~/.pgpass, a service
    file or PGPASSWORD)."""
    return with_stored_password(parse_location(db))


def _session(ws: Workspace, reference: str) -> SessionSummary:
    found = ws.files.session_by_reference(reference)
    if found is None:
        raise CommandError(
            f"No session has the reference {reference}; 'tourdetable sessions' lists them."
        )
    return found


def _sessions(args: argparse.Namespace) -> int:
    with _reading(args) as ws:
        rows = ws.sessions.list_sessions()
    records = [
        {
            "reference": s.reference,
            "date": s.session_date.isoformat(),
            "body": s.body,
            "level": s.level,
            "state": "closed" if s.closed else "open",
            "items": s.item_count,
        }
        for s in rows
    ]
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not records:
        print("No sessions.")
        return EXIT_OK
    print(f"{'REFERENCE':<20} {'DATE':<10}  {'BODY':<9} {'LEVEL':<30} STATE")
    for r in records:
        ref = one_line(str(r["reference"])) or "(none)"
        print(f"{ref:<20} {r['date']:<10}  {r['body']:<9} {r['level']:<30} {r['state']}")
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    before = i18n.language()
    i18n.set_language(args.lang)  # the sentences of the services and of this command
    try:
        return _print_status(args)
    finally:
        i18n.set_language(before)


def _print_status(args: argparse.Namespace) -> int:
    language = args.lang
    with _reading(args) as ws:
        session = _session(ws, args.session)
        detail = ws.sessions.get(session.id)
        standings = ws.outcomes.standings(session.id)
    labels = {d.code: Label(d.name_en, d.name_fr) for d in detail.delegations}

    def name(code: str) -> str:
        label = labels.get(code)
        return label(language) if label is not None else code

    if args.json:
        record = {
            "session": {
                "reference": session.reference,
                "date": session.session_date.isoformat(),
                "title": session.title,
            },
            "items": [status_record(entry, language, name) for entry in standings],
        }
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return EXIT_OK
    heading = " — ".join(
        one_line(part)
        for part in (session.reference, session.title, session.session_date.isoformat())
        if part
    )
    print(heading)
    if not standings:
        print(no_agenda())
    for entry in standings:
        print()
        print(status_block(entry, language, name))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    with _reading(args) as ws:
        session = _session(ws, args.session)
        ws.files.export_to(session.id, args.output)
    print(f"Wrote {args.session} to {args.output}.")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    mode: OnConflict = "replace" if args.replace else "as_new" if args.as_new else "refuse"
    location = _location(args.db)
    if isinstance(location, Path) and not location.parent.is_dir():
        raise CommandError(  # a mistyped folder is not created: the new file would be lost
            i18n._(
                "There is no folder {folder} for the database {name}; check the path, or "
                "create the folder first."
            ).format(folder=location.parent, name=location.name)
        )
    parsed = read_file(args.file)  # first: a refused file leaves no new database behind
    try:
        opened = Workspace.open(location)
    except DatabaseError as error:
        if error.fault is not Fault.READ_ONLY:
            raise
        raise CommandError(  # not "open it read-only": an import writes
            i18n._(
                "The database at {path} cannot be written (the file, its folder or its disk "
                "is read-only), so nothing was imported; copy it to a folder you can write "
                "to, and import into the copy."
            ).format(path=location),
            EXIT_ERROR,
        ) from error
    with opened as ws:
        try:
            result = ws.files.import_parsed(parsed, on_conflict=mode, source=args.file.name)
        except ReferenceExistsError as error:
            raise CommandError(
                f"{error} Add --replace to replace it, or --as-new to import beside it."
            ) from error
    ref = one_line(result.value.reference) or "(no reference)"
    print(f"Imported {ref} of {result.value.session_date.isoformat()}.")
    for notice in result.notices:  # imported as declared: the chair declares, the app warns
        print(f"warning: {notice}")
    return EXIT_OK


def _minutes(args: argparse.Namespace) -> int:
    with _reading(args) as ws:
        session = _session(ws, args.session)
        path = export_minutes(ws, session.id, args.lang, args.output)
    print(f"Wrote the minutes of {args.session} to {path}.")
    return EXIT_OK


def _deadlines(args: argparse.Namespace) -> int:
    with _reading(args) as ws:
        count = len(ws.silence.running())
        path = export_deadlines(ws, args.out)
    what = "1 silence deadline" if count == 1 else f"{count} silence deadlines"
    print(f"Wrote {what} to {path}.")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    location = _existing(args.db)
    report = check_database(location, read_only=_read_only(args, location))
    for note in report.notes:
        print(note)
    for finding in report.findings:  # the record against a declaration: not damage
        print(f"finding: {finding}")
    for problem in report.problems:
        print(f"problem: {problem}", file=sys.stderr)
    if report.problems:
        print(f"{len(report.problems)} problems found in {report.location}.", file=sys.stderr)
        return EXIT_ERROR
    print(f"{report.location} is sound: {report.sessions_checked} sessions checked.")
    if report.findings:
        print(findings_summary(len(report.findings)))
    return EXIT_OK


def _audit(args: argparse.Namespace) -> int:
    with _reading(args) as ws:
        found = ws.files.session_by_reference(args.session)
        if found is not None:
            session_id = found.id
        elif args.session.strip().isdigit():
            session_id = int(args.session)
        else:
            raise CommandError(
                f"No session has the reference {args.session}; 'tourdetable sessions' lists them."
            )
        count = len(ws.audit.entries(session_id))
        path = ws.audit.export_csv(session_id, args.output)
    what = "1 change" if count == 1 else f"{count} changes"
    print(f"Wrote {what} of {args.session} to {path}.")
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    source = _existing(args.db)
    if not isinstance(source, Path):
        raise CommandError(
            "backup copies a database file; back up a database on a PostgreSQL server with "
            "pg_dump, or copy it into a file with 'tourdetable copy' (see docs/deployment.md)."
        )
    target = backup_file(source, args.output, read_only=_read_only(args, source))
    print(f"Wrote a copy of {args.db} to {target}.")
    return EXIT_OK


# A big copy says how far it has got on stderr, at most this often (seconds).
PROGRESS_SECONDS = 2.0


class _ProgressLines:
    """'copying position_events: 40000 of 1200000 rows' on stderr, now and then: a copy
    that takes a few seconds says nothing until it is done."""

    def __init__(self) -> None:
        self._last: float | None = None  # the copy's start, then the last line's time
        self._shown = False  # once a line is out, each table's end gets one too

    def __call__(self, table: str, done: int, total: int) -> None:
        now = time.monotonic()
        if self._last is None:
            self._last = now
        if now - self._last >= PROGRESS_SECONDS or (done == total and self._shown):
            print(f"copying {table}: {done} of {total} rows", file=sys.stderr, flush=True)
            self._last = now
            self._shown = True


def _copy(args: argparse.Namespace) -> int:
    source = _existing(args.source)
    result = copy_database(
        source,
        _location(args.target),
        progress=_ProgressLines(),
        source_read_only=_read_only(args, source),
    )
    width = max(len(name) for name in result.rows)
    for table, count in result.rows.items():
        print(f"{table:<{width}} {count:>10}")
    print(f"Copied {result.total} rows from {result.source} to {result.target}.")
    return EXIT_OK


def _self_test(args: argparse.Namespace) -> int:
    try:
        run_self_test(offscreen=args.offscreen)
    except SelfTestError as error:
        raise CommandError(str(error), EXIT_ERROR) from error
    return EXIT_OK
