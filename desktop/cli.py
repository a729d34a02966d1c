"""The ``tourdetable`` command.

    tourdetable [--db DB] [--demo]                    start the app
    tourdetable --version
    tourdetable demo --db DB [--force]                write the demo database to DB
    tourdetable sessions --db DB [--json]             list sessions
    tourdetable status --db DB --session REF [--json] [--lang en|fr]   where each item stands
    tourdetable export --db DB --session REF -o FILE.json
    tourdetable import --db DB FILE.json [--replace | --as-new]
    tourdetable minutes --db DB --session REF [--lang en|fr] -o FILE.pdf
    tourdetable deadlines --db DB --out FILE.ics      running silence deadlines, for calendars
    tourdetable check --db DB                         integrity of the database and the rules
    tourdetable backup --db FILE -o FILE              consistent copy of a database file in use
    tourdetable copy --from DB --to DB                a whole database into an empty one
    tourdetable self-test [--offscreen]               check this installation, then exit

DB is a SQLite file's path (or ``sqlite:///file``) or a PostgreSQL database's URL,
``postgresql://user@server:5432/name``; the password never goes on the command line: libpq
reads it from ~/.pgpass, a service file (``postgresql:///?service=name``) or PGPASSWORD.

No Qt here: ``--help``, ``--version`` and ``demo`` work without a display and without
PySide6. Every error a user can meet is one sentence on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop import APP_NAME, __version__, paths
from desktop.i18n import _
from desktop.terminal import printable, printable_output

EXIT_ERROR = 1
EXIT_USAGE = 2  # argparse's code for a bad command line, also used for a refused file


class UserError(Exception):
    """A problem the user can fix: ``str()`` is the sentence to print."""

    def __init__(self, sentence: str, code: int = EXIT_ERROR) -> None:
        super().__init__(sentence)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tourdetable",
        usage="%(prog)s [--db DB | --demo]\n       %(prog)s COMMAND --db DB ...",
        description=f"{APP_NAME}: the secretariat's tool for councils that decide by consensus.",
        epilog="A database on a server takes its password from the system keyring, ~/.pgpass "
        "or a libpq service file, never from the command line (docs/deployment.md). "
        "A record-keeping tool; not an accredited system for classified data.",
    )
    parser.add_argument("--version", action="version", version=f"tourdetable {__version__}")
    parser.add_argument(
        "--db", metavar="DB",
        help="the database to open: a file (created when missing) or a "
        "postgresql://user@server/name URL; default: the last one used",
    )  # fmt: skip
    parser.add_argument(
        "--demo", action="store_true",
        help="open a throwaway copy of the demo session, deleted when the app closes",
    )  # fmt: skip
    parser.add_argument(
        "--read-only", dest="read_only_start", action="store_true",
        help="open the database file without writing anything to it: everything can be "
        "read and exported, every change is refused",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", prog="tourdetable demo", help="write the demo database to a file",
        description="Write the demo database (a sample session) to a file.",
    )  # fmt: skip
    demo.add_argument(
        "--db", metavar="DB", required=True,
        help="the file to write, or an empty postgresql:// database to fill",
    )  # fmt: skip
    demo.add_argument("--force", action="store_true", help="replace the file if it exists")
    from desktop.cli_commands import add_commands

    add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is not None:
            return run_command(args)
        if args.demo and args.db is not None:
            raise UserError("Use either --demo or --db, not both.", EXIT_USAGE)
        location = _gui_location(args.db)
        if args.read_only_start and isinstance(location, str):
            raise UserError(
                _(
                    "--read-only opens a database file without writing to it; a database on "
                    "a server cannot be opened that way, so leave --read-only out."
                ),
                EXIT_USAGE,
            )
        return start_gui(location, demo=args.demo, read_only=args.read_only_start)
    except UserError as error:
        return _fail(str(error), error.code)
    except OSError as error:
        return _fail(_os_sentence(error), EXIT_ERROR)
    except Exception as error:
        from desktop.services import ServiceError

        if isinstance(error, ServiceError):
            return _fail(str(error), EXIT_ERROR)
        return _fail(_unexpected(error), EXIT_ERROR)


def run_command(args: argparse.Namespace) -> int:
    from desktop.cli_commands import READING, CommandError, run

    if args.read_only_start:  # tourdetable --read-only COMMAND ...
        if args.command not in READING:
            raise UserError(
                _("{command} writes, so it cannot work read-only; leave --read-only out.").format(
                    command=args.command
                ),
                EXIT_USAGE,
            )
        args.read_only = True
    if args.command == "demo":
        return write_demo_file(args.db, force=args.force)

    try:
        with printable_output():  # nothing a database or a file holds reaches the terminal raw
            return run(args)
    except CommandError as error:
        raise UserError(str(error), error.code) from error


def write_demo_file(db: str, *, force: bool) -> int:
    from desktop.services.demo import write_demo
    from desktop.services.transfer import parse_location, with_stored_password

    location = parse_location(db)
    if not isinstance(location, Path):
        return _write_demo_to_server(str(with_stored_password(location)), force=force)
    path = location
    if path.exists() and not force:
        raise UserError(
            f"{path} already exists; choose another file, or add --force to replace it.",
            EXIT_USAGE,
        )
    if path.exists():
        _remove_database(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_demo(path)
    except BaseException as error:
        from desktop.services import DatabaseError, Fault, ValidationError

        if not isinstance(error, ValidationError):  # that one: a file came meanwhile
            _remove_database(path)  # the demo is whole or absent: no half of it, no WAL
        if isinstance(error, DatabaseError) and error.fault is Fault.DISK_FULL:
            raise UserError(
                _(
                    "The disk is full, so the demo database could not be written to {path}, "
                    "and nothing of it was left there; free some space and try again."
                ).format(path=path)
            ) from error
        raise
    print(f"Wrote the demo database to {path}.")
    return 0


def _write_demo_to_server(url: str, *, force: bool) -> int:
    """The demo, written to a temporary file and copied into the server database, which
    must be empty: a database on a server is never replaced."""
    from desktop.services import ValidationError
    from desktop.services.demo import write_demo
    from desktop.services.transfer import copy_database, describe

    if force:
        raise UserError(
            "--force replaces a file; a database on a server is never replaced. Give an "
            "empty server database, without --force.",
            EXIT_USAGE,
        )
    where = describe(url)  # a malformed address is refused before the demo is built
    with tempfile.TemporaryDirectory(prefix="tourdetable-demo-", ignore_cleanup_errors=True) as tmp:
        path = Path(tmp) / "demo.sqlite"
        write_demo(path)
        try:
            result = copy_database(path, url)
        except ValidationError as error:
            raise UserError(
                f"{where} is not empty, and the demo goes only into an empty "
                "database; nothing in it was changed.",
                EXIT_USAGE,
            ) from error
    print(f"Wrote the demo database to {result.target}.")
    return 0


def _gui_location(db: str | None) -> Path | str | None:
    """The database to start on: a server's URL as given, a file's path made absolute."""
    if db is None:
        return None
    from desktop.services.transfer import parse_location

    location = parse_location(db)
    return location.resolve() if isinstance(location, Path) else location


def start_gui(db_path: Path | str | None, *, demo: bool, read_only: bool = False) -> int:
    _check_display()
    _check_platform()
    run = _load_gui()
    if not demo:
        return run(db_path, argv=sys.argv[:1], read_only=read_only)
    from desktop.services.demo import write_demo

    with tempfile.TemporaryDirectory(prefix="tourdetable-demo-", ignore_cleanup_errors=True) as tmp:
        path = Path(tmp) / "demo.sqlite"
        write_demo(path)
        return run(path, argv=sys.argv[:1], throwaway=True)


def _load_gui() -> Callable[..., int]:
    """The GUI's ``run``, imported only now: Qt loads only when a window is wanted."""
    try:
        from desktop.ui.app import run
    except ImportError as error:
        raise UserError(
            f"The graphical interface could not be loaded ({error}). On Debian, run "
            "'packaging/sysdeps.sh window' from the source tree to install what Qt needs."
        ) from error
    return run


def _check_display() -> None:
    """On Linux, say so plainly when there is no screen to open a window on."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UserError(
            "No graphical display was found (DISPLAY and WAYLAND_DISPLAY are not set); "
            "start Tour de Table from a desktop session, or under xvfb-run."
        )


def _check_platform() -> None:
    """Say what to install when Qt's platform plugin cannot load here: Qt itself would print
    its plugin messages and abort, before the app could say anything."""
    from desktop.qt_platform import platform_problem

    problem = platform_problem()
    if problem is not None:
        raise UserError(problem)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _os_sentence(error: OSError) -> str:
    where = f" ({error.filename})" if error.filename else ""
    return f"The file system refused the operation{where}: {error.strerror or error}."


def _unexpected(error: Exception) -> str:
    """Log the traceback for support; the user reads one sentence."""
    log_file = paths.log_dir() / "tourdetable.log"
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as stream:
            stream.write("".join(traceback.format_exception(error)))
    except OSError:
        return f"Something unexpected went wrong ({type(error).__name__}: {error})."
    return (
        f"Something unexpected went wrong ({type(error).__name__}); "
        f"the details were written to {log_file}."
    )


def _fail(sentence: str, code: int) -> int:
    print(f"tourdetable: {printable(sentence)}", file=sys.stderr)
    return code
