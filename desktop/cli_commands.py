"""The command line's work subcommands: sessions, status, export, import, minutes, deadlines,
check, audit, backup, copy and self-test.

Each runs the same services the GUI uses, on a SQLite file or a PostgreSQL database
(``--db postgresql://user@server/name``). Exit status: 0 on success, 2 on bad input (the
sentence on stderr), 1 on anything else. Nothing is half-written in any case.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import cli_review, i18n
from desktop.cli_review import add_review
from desktop.i18n import N_, _, ngettext

if TYPE_CHECKING:  # imported by _import_work, when a command runs (not to start the window)
    from db.faults import writable
    from desktop.domain.labels import Label
    from desktop.self_test import SelfTestError, run_self_test
    from desktop.services import (
        DatabaseError,
        Fault,
        NotFoundError,
        ValidationError,
        Workspace,
        signing,
    )
    from desktop.services.calendar import export_deadlines
    from desktop.services.dto import SessionSummary
    from desktop.services.maintenance import backup_file, check_database, findings_summary
    from desktop.services.minutes import (
        UntranslatedError,
        export_minutes_noted,
        untranslated_notice,
    )
    from desktop.services.session_file import OnConflict, ReferenceExistsError, read_file
    from desktop.services.signing import Signature
    from desktop.services.standings import no_agenda, status_block, status_record
    from desktop.services.text_rules import one_line
    from desktop.services.transfer import (
        Location,
        copy_database,
        parse_location,
        with_stored_password,
    )

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# ``minutes --sign`` without a file: the certificate named by $TDT_SIGNING_CERTIFICATE.
SIGNING_FROM_ENVIRONMENT = Path("$TDT_SIGNING_CERTIFICATE")


class CommandError(Exception):
    def __init__(self, sentence: str, code: int = EXIT_USAGE) -> None:
        super().__init__(sentence)
        self.code = code


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def command(name: str, text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, prog=f"tourdetable {name}", help=text, description=text)
        sub.add_argument(
            "--db", metavar="DB", required=True,
            help=_("the database: a file's path, or postgresql://user@server:5432/name"),
        )  # fmt: skip
        if name in READING:
            sub.add_argument("--read-only", action="store_true", help=_(READ_ONLY_HELP))
        return sub

    reference = _("the session's reference")
    language = _("English or French; default: the language of the command line")
    sessions = command("sessions", _("list sessions: reference, date, body, level, state"))
    sessions.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    status = command(
        "status",
        _(
            "where each item of a session stands: its state, who blocks, who is pending, the "
            "chair's declaration and what the record says against it"
        ),
    )
    status.add_argument("--session", metavar="REF", required=True, help=reference)
    status.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    status.add_argument("--lang", choices=("en", "fr"), help=language)
    export = command("export", _("write one session to a session file (JSON)"))
    export.add_argument("--session", metavar="REF", required=True, help=reference)
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", required=True,
        help=_("the session file to write"),
    )  # fmt: skip
    import_ = command("import", _("read a session file into the database"))
    import_.add_argument("file", type=Path, metavar="FILE.json", help=_("the session file to read"))
    conflict = import_.add_mutually_exclusive_group()
    conflict.add_argument(
        "--replace", action="store_true", help=_("replace a session with the same reference")
    )
    conflict.add_argument(
        "--as-new", action="store_true", help=_("import beside it, without the reference")
    )
    import_.add_argument(
        "--text-language", choices=("en", "fr"), default="en",
        help=_("the language of the file's texts (titles, summaries, decisions…), for a file "
               "of format 4 or earlier, which holds them in one language only; default: en. "
               "A file of format 5 or later says it itself: the option is ignored"),
    )  # fmt: skip
    minutes = command("minutes", _("export a session's minutes as PDF"))
    minutes.add_argument("--session", metavar="REF", required=True, help=reference)
    minutes.add_argument("--lang", choices=("en", "fr"), help=language)
    minutes.add_argument(
        "-o", "--output", type=Path, metavar="FILE.pdf", required=True,
        help=_("the PDF file to write"),
    )  # fmt: skip
    minutes.add_argument(
        "--require-translation", action="store_true",
        help=_("write nothing, and exit with 1, when a text of the secretariat has no "
               "version in the language of the minutes (else it is printed in the other "
               "language, marked, and a warning says how many)"),
    )  # fmt: skip
    minutes.add_argument(
        "--sign", metavar="FILE.p12", type=Path, nargs="?", const=SIGNING_FROM_ENVIRONMENT,
        help=_("sign the PDF with the secretariat's certificate: a PKCS#12 file (default: "
               "$TDT_SIGNING_CERTIFICATE); its password from the system keyring, "
               "$TDT_SIGNING_PASSWORD, or asked"),
    )  # fmt: skip
    _add_extract_commands(command, reference, language)
    deadlines = command("deadlines", _("export the running silence deadlines as a calendar (.ics)"))
    deadlines.add_argument(
        "-o", "--out", type=Path, metavar="FILE.ics", required=True,
        help=_("the calendar file to write"),
    )  # fmt: skip
    command("check", _("check the integrity of the database and of the domain rules"))
    audit = command("audit", _("write a session's audit trail (every change) to a CSV file"))
    audit.add_argument(
        "--session", metavar="REF_OR_ID", required=True, help=_("the session's reference or id")
    )
    audit.add_argument(
        "-o", "--output", type=Path, metavar="FILE.csv", required=True,
        help=_("the CSV file to write"),
    )  # fmt: skip
    backup = command("backup", _("write a consistent copy of a database file, even one in use"))
    backup.add_argument(
        "-o", "--output", type=Path, metavar="FILE", required=True,
        help=_("the copy to write: a new file"),
    )  # fmt: skip
    copy = commands.add_parser(
        "copy", prog="tourdetable copy", help=_("copy a whole database into an empty one"),
        description=_(
            "Copy a whole database (every session, event and audit record, with its ids) "
            "into an empty one, in one transaction: a SQLite file to a PostgreSQL server, "
            "back, or between two of a kind. A target that holds anything is refused and "
            "left unchanged; a target file that does not exist is created."
        ),
    )  # fmt: skip
    copy.add_argument(
        "--from", dest="source", metavar="DB", required=True,
        help=_("the database to copy: a file's path, sqlite:///FILE or postgresql://..."),
    )  # fmt: skip
    copy.add_argument(
        "--to", dest="target", metavar="DB", required=True,
        help=_("the empty database to copy into: a new file, or an empty server database"),
    )  # fmt: skip
    copy.add_argument(
        "--read-only", action="store_true",
        help=_("open the source file without writing anything to it (a file that cannot be "
               "written is opened so anyway)"),
    )  # fmt: skip
    add_review(commands)
    verify = commands.add_parser(
        "verify", prog="tourdetable verify", help=_("check a signed summary record (PDF)"),
        description=_(
            "Say whether a PDF of the minutes is signed, by whom and when, whether it changed "
            "since it was signed, and which record it is (its reference and fingerprint). "
            "Exits 0 when it is signed and unchanged, 1 when it is altered or unsigned."
        ),
    )  # fmt: skip
    verify.add_argument("file", type=Path, metavar="FILE.pdf", help=_("the PDF to check"))
    verify.add_argument(
        "--trust", type=Path, metavar="CERT", action="append", default=[],
        help=_("a root certificate (PEM or DER) to trust, e.g. the secretariat's; repeatable"),
    )  # fmt: skip
    verify.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    self_test = commands.add_parser(
        "self-test", prog="tourdetable self-test", help=_("check that this installation works"),
        description=_(
            "Check that this installation works: in a temporary folder, create a database, "
            "log a position, export the minutes and show the main window once. Nothing of "
            "yours is read or written. Exits 0 when every step passed."
        ),
    )  # fmt: skip
    self_test.add_argument(
        "--offscreen", action="store_true",
        help=_("show the window on Qt's offscreen platform even when there is a display"),
    )  # fmt: skip


NAMES = (
    "sessions", "status", "export", "import", "minutes", "deadlines", "check", "audit", "backup",
    "copy", "review", "verify", "self-test", "extract", "working-copy",
)  # fmt: skip
# The commands that only read the database (copy reads its source): they take --read-only,
# and open a file that cannot be written (a read-only disk, a write-protected archive)
# read-only by themselves.
READING = frozenset(
    ("sessions", "status", "export", "minutes", "deadlines", "check", "audit", "backup", "copy")
) | {"extract", "working-copy"}
READ_ONLY_HELP = N_(
    "open the database file without writing anything to it (a file that cannot be written "
    "is opened so anyway)"
)


def _import_work() -> None:
    """Import what the commands run (the services, the self-test) into this module, where
    they find it: building the parser, which starting the window does, imports none of it."""
    global SelfTestError, run_self_test, DatabaseError, Fault, NotFoundError  # noqa: PLW0603
    global ValidationError, Workspace, signing, export_deadlines, SessionSummary  # noqa: PLW0603
    global backup_file, check_database, findings_summary, export_minutes_noted, OnConflict  # noqa: PLW0603
    global ReferenceExistsError, read_file, Signature, no_agenda, status_block  # noqa: PLW0603
    global status_record, one_line, Location, copy_database, parse_location  # noqa: PLW0603
    global with_stored_password, untranslated_notice, UntranslatedError  # noqa: PLW0603
    global writable, Label  # noqa: PLW0603
    from db.faults import writable
    from desktop.domain.labels import Label
    from desktop.self_test import SelfTestError, run_self_test
    from desktop.services import (
        DatabaseError,
        Fault,
        NotFoundError,
        ValidationError,
        Workspace,
        signing,
    )
    from desktop.services.calendar import export_deadlines
    from desktop.services.dto import SessionSummary
    from desktop.services.maintenance import backup_file, check_database, findings_summary
    from desktop.services.minutes import (
        UntranslatedError,
        export_minutes_noted,
        untranslated_notice,
    )
    from desktop.services.session_file import OnConflict, ReferenceExistsError, read_file
    from desktop.services.signing import Signature
    from desktop.services.standings import no_agenda, status_block, status_record
    from desktop.services.text_rules import one_line
    from desktop.services.transfer import (
        Location,
        copy_database,
        parse_location,
        with_stored_password,
    )


def run(args: argparse.Namespace) -> int:
    _import_work()
    handler = {
        "sessions": _sessions,
        "status": _status,
        "export": _export,
        "import": _import,
        "minutes": _minutes,
        "extract": _extract,
        "working-copy": _working_copy,
        "deadlines": _deadlines,
        "check": _check,
        "audit": _audit,
        "backup": _backup,
        "copy": _copy,
        "review": _review,
        "verify": _verify,
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
        raise CommandError(
            _("There is no database at {path}; check the path.").format(path=location)
        )
    if isinstance(location, Path) and location.stat().st_size == 0:
        raise CommandError(
            _(
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
                _(
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
        raise CommandError(_no_session(reference))
    return found


def _no_session(reference: str) -> str:
    return _("No session has the reference {reference}; 'tourdetable sessions' lists them.").format(
        reference=reference
    )


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
        print(_("No sessions."))
        return EXIT_OK
    heads = (_("REFERENCE"), _("DATE"), _("BODY"), _("LEVEL"), _("STATE"))
    print(f"{heads[0]:<20} {heads[1]:<10}  {heads[2]:<9} {heads[3]:<30} {heads[4]}")
    states = {"open": _("open"), "closed": _("closed")}
    for r in records:
        ref = one_line(str(r["reference"])) or _("(none)")
        state = states[str(r["state"])]
        print(f"{ref:<20} {r['date']:<10}  {r['body']:<9} {r['level']:<30} {state}")
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    before = i18n.language()
    args.lang = args.lang or before  # by default, the command line's language
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
    print(_("Wrote {session} to {path}.").format(session=args.session, path=args.output))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    mode: OnConflict = "replace" if args.replace else "as_new" if args.as_new else "refuse"
    location = _location(args.db)
    if isinstance(location, Path) and not location.parent.is_dir():
        raise CommandError(  # a mistyped folder is not created: the new file would be lost
            _(
                "There is no folder {folder} for the database {name}; check the path, or "
                "create the folder first."
            ).format(folder=location.parent, name=location.name)
        )
    # First: a refused file leaves no new database behind.
    parsed = read_file(args.file, text_language=args.text_language)
    try:
        opened = Workspace.open(location)
    except DatabaseError as error:
        if error.fault is not Fault.READ_ONLY:
            raise
        raise CommandError(  # not "open it read-only": an import writes
            _(
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
                _("{refusal} Add --replace to replace it, or --as-new to import beside it.").format(
                    refusal=error
                )
            ) from error
    ref = one_line(result.value.reference) or _("(no reference)")
    print(
        _("Imported {session} of {date}.").format(
            session=ref, date=result.value.session_date.isoformat()
        )
    )
    for notice in result.notices:  # imported as declared: the chair declares, the app warns
        print(_("warning: {notice}").format(notice=notice))
    return EXIT_OK


def _minutes(args: argparse.Namespace) -> int:
    signature = _signature(args.sign) if args.sign is not None else None
    language = args.lang or i18n.language()
    with _reading(args) as ws:
        session = _session(ws, args.session)
        # Said before anything is written: the texts printed in the other language.
        notice = untranslated_notice(ws.translations.count(session.id)[language], language)
        if notice is not None and not args.require_translation:
            print(_("warning: {notice}").format(notice=notice), file=sys.stderr)
        try:
            done = export_minutes_noted(
                ws,
                session.id,
                language,
                args.output,
                signature=signature,
                require_translation=args.require_translation,
            )
        except UntranslatedError as error:
            raise CommandError(str(error), EXIT_ERROR) from error
    for said in done.notices:  # characters no font has, named with where they are
        if said != notice:
            print(_("warning: {notice}").format(notice=said), file=sys.stderr)
    path = done.value
    print(_("Wrote the minutes of {session} to {path}.").format(session=args.session, path=path))
    return EXIT_OK


def _add_extract_commands(
    command: Callable[[str, str], argparse.ArgumentParser], reference: str, language: str
) -> None:
    """extract (a delegation's part of the record, for its capital) and working-copy (the
    record as a Word document, for its editors)."""
    extract = command(
        "extract",
        _(
            "export the record for one delegation as a short PDF: its positions, statements, "
            "interventions and letters, each item's decision and its action items (--form "
            "record), or its positions and statements across the session as a table (--form "
            "table); the last page gives the fingerprint of the whole record"
        ),
    )
    extract.add_argument("--session", metavar="REF", required=True, help=reference)
    extract.add_argument(
        "--delegation", metavar="CODE", required=True,
        help=_("the delegation's code, e.g. DEU ('tourdetable status' names them)"),
    )  # fmt: skip
    extract.add_argument("--lang", choices=("en", "fr"), help=language)
    extract.add_argument(
        "--form", choices=("record", "table"), default="record",
        help=_("record: the minutes for the delegation, item by item; table: its positions "
               "and statements, one row an item; default: record"),
    )  # fmt: skip
    extract.add_argument(
        "-o", "--output", type=Path, metavar="FILE.pdf", required=True,
        help=_("the PDF file to write"),
    )  # fmt: skip
    copy = command(
        "working-copy",
        _(
            "export a session's summary record as a Word document (DOCX) for editing: the "
            "same record and words as the PDF of the minutes, which remains the record"
        ),
    )
    copy.add_argument("--session", metavar="REF", required=True, help=reference)
    copy.add_argument("--lang", choices=("en", "fr"), help=language)
    copy.add_argument(
        "-o", "--output", type=Path, metavar="FILE.docx", required=True,
        help=_("the Word document to write"),
    )  # fmt: skip


def _extract(args: argparse.Namespace) -> int:
    from desktop.services.extracts import export_extract

    language = args.lang or i18n.language()
    with _reading(args) as ws:
        session = _session(ws, args.session)
        path = export_extract(
            ws, session.id, args.delegation, language, args.output, form=args.form
        )
    print(
        _("Wrote the extract of {session} for {delegation} to {path}.").format(
            session=args.session, delegation=args.delegation.strip().upper(), path=path
        )
    )
    return EXIT_OK


def _working_copy(args: argparse.Namespace) -> int:
    from desktop.services.extracts import export_docx

    language = args.lang or i18n.language()
    with _reading(args) as ws:
        session = _session(ws, args.session)
        path = export_docx(ws, session.id, language, args.output)
    print(
        _("Wrote a working copy of the minutes of {session} to {path}.").format(
            session=args.session, path=path
        )
    )
    return EXIT_OK


def _signature(given: Path) -> Signature:
    """The certificate and its password for ``minutes --sign``: the file given, else
    $TDT_SIGNING_CERTIFICATE; the password from the system keyring, else
    $TDT_SIGNING_PASSWORD, else asked on the terminal. Refused with a sentence before any
    work when there is none."""
    certificate = given
    if given == SIGNING_FROM_ENVIRONMENT:
        named = os.environ.get("TDT_SIGNING_CERTIFICATE", "")
        if not named:
            raise CommandError(
                _(
                    "Say which certificate signs: --sign FILE.p12, or set "
                    "TDT_SIGNING_CERTIFICATE to the PKCS#12 file."
                )
            )
        certificate = Path(named)
    password = signing.stored_password(certificate)
    if password is None:
        password = os.environ.get("TDT_SIGNING_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(
            _("Password of {path}: ").format(path=certificate), stream=sys.stderr
        )
    subject = signing.check_certificate(certificate, password)  # refused here, not mid-export
    print(_("Signing as {subject}.").format(subject=subject), file=sys.stderr)
    return Signature(certificate, password, reason=_("Issued by the secretariat"))


def _review(args: argparse.Namespace) -> int:
    with Workspace.open(_existing(args.db)) as ws:
        return cli_review.run(args, ws, _session(ws, args.session).id)


def _verify(args: argparse.Namespace) -> int:
    result = signing.verify(args.file, trusted=tuple(args.trust))
    if args.json:
        print(
            json.dumps(
                {
                    "file": str(args.file),
                    "signed": result.signed,
                    "intact": result.intact,
                    "whole_file": result.whole_file,
                    "signer": result.signer,
                    "signed_at": result.signed_at.isoformat() if result.signed_at else None,
                    "trusted": result.trusted,
                    "reference": result.reference,
                    "fingerprint": result.fingerprint,
                },
                ensure_ascii=False,
            )
        )
    else:
        print(signing.describe(result, args.file))
    return EXIT_OK if result.good else EXIT_ERROR


def _deadlines(args: argparse.Namespace) -> int:
    with _reading(args) as ws:
        count = len(ws.silence.running())
        path = export_deadlines(ws, args.out)
    print(
        ngettext(
            "Wrote {count} silence deadline to {path}.",
            "Wrote {count} silence deadlines to {path}.",
            count,
        ).format(count=count, path=path)
    )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    location = _existing(args.db)
    report = check_database(location, read_only=_read_only(args, location))
    for note in report.notes:
        print(note)
    for finding in report.findings:  # the record against a declaration: not damage
        print(_("finding: {finding}").format(finding=finding))
    for problem in report.problems:
        print(_("problem: {problem}").format(problem=problem), file=sys.stderr)
    if report.problems:
        count = len(report.problems)
        print(
            ngettext(
                "{count} problem found in {location}.",
                "{count} problems found in {location}.",
                count,
            ).format(count=count, location=report.location),
            file=sys.stderr,
        )
        return EXIT_ERROR
    checked = report.sessions_checked
    print(
        ngettext(
            "{location} is sound: {count} session checked.",
            "{location} is sound: {count} sessions checked.",
            checked,
        ).format(location=report.location, count=checked)
    )
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
            raise CommandError(_no_session(args.session))
        count = len(ws.audit.entries(session_id))
        path = ws.audit.export_csv(session_id, args.output)
    print(
        ngettext(
            "Wrote {count} change of {session} to {path}.",
            "Wrote {count} changes of {session} to {path}.",
            count,
        ).format(count=count, session=args.session, path=path)
    )
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    source = _existing(args.db)
    if not isinstance(source, Path):
        raise CommandError(
            _(
                "backup copies a database file; back up a database on a PostgreSQL server "
                "with pg_dump, or copy it into a file with 'tourdetable copy' (see "
                "docs/deployment.md)."
            )
        )
    target = backup_file(source, args.output, read_only=_read_only(args, source))
    print(_("Wrote a copy of {database} to {path}.").format(database=args.db, path=target))
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
            line = _("copying {table}: {done} of {total} rows")
            print(line.format(table=table, done=done, total=total), file=sys.stderr, flush=True)
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
    print(
        ngettext(
            "Copied {count} row from {source} to {target}.",
            "Copied {count} rows from {source} to {target}.",
            result.total,
        ).format(count=result.total, source=result.source, target=result.target)
    )
    return EXIT_OK


def _self_test(args: argparse.Namespace) -> int:
    try:
        run_self_test(offscreen=args.offscreen)
    except SelfTestError as error:
        raise CommandError(str(error), EXIT_ERROR) from error
    return EXIT_OK
