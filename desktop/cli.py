"""The ``tourdetable`` command.

    tourdetable [--db DB] [--demo] [--debug]          start the app
    tourdetable [--db DB] FILE.json                   start the app, offering to import FILE
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

The command line speaks the app's language (``desktop.cli_language``: TDT_LANGUAGE, the
app's setting, the locale): its sentences and help through ``desktop.i18n``, and argparse's
own few words ("usage:", "error:") through the same catalogue while :func:`main` runs.
Everything goes to the log (``desktop.logs``): unexpected errors with their traceback, and
with ``--debug`` what was done (the command, the database opened, its migration).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from desktop import APP_NAME, __version__, cli_language, i18n, logs
from desktop.i18n import N_, _
from desktop.terminal import printable, printable_output

EXIT_ERROR = 1
EXIT_USAGE = 2  # argparse's code for a bad command line, also used for a refused file
log = logging.getLogger(__name__)

# What argparse itself says, in our catalogue: its module's ``_`` is ours while main runs.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("%(prog)s: error: %(message)s\n"),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)
# The options before a command that take a value: the word after them is not the command.
VALUED_OPTIONS = ("--db",)


class UserError(Exception):
    """A problem the user can fix: ``str()`` is the sentence to print."""

    def __init__(self, sentence: str, code: int = EXIT_ERROR) -> None:
        super().__init__(sentence)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, in the current language (``desktop.i18n``): what ``--help``
    prints, and what the man page and the shell completions are made from."""
    indent = " " * len(_("usage: "))
    parser = argparse.ArgumentParser(
        prog="tourdetable",
        usage=f"%(prog)s [--db DB | --demo] [--debug] [FILE.json]\n{indent}%(prog)s COMMAND "
        "--db DB ...",
        description=_(
            "{app}: the secretariat's tool for councils that decide by consensus. Without a "
            "command, it opens its window; given a session file (FILE.json), it offers to "
            "import it."
        ).format(app=APP_NAME),
        epilog=_(
            "A database on a server takes its password from the system keyring, ~/.pgpass "
            "or a libpq service file, never from the command line (docs/deployment.md). "
            "A record-keeping tool; not an accredited system for classified data."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"tourdetable {__version__}",
        help=_("show the version number and exit"),
    )  # fmt: skip
    parser.add_argument(
        "--db", metavar="DB",
        help=_("the database to open: a file (created when missing) or a "
               "postgresql://user@server/name URL; default: the last one used"),
    )  # fmt: skip
    parser.add_argument(
        "--demo", action="store_true",
        help=_("open a throwaway copy of the demo session, deleted when the app closes"),
    )  # fmt: skip
    parser.add_argument(
        "--read-only", dest="read_only_start", action="store_true",
        help=_("open the database file without writing anything to it: everything can be "
               "read and exported, every change is refused"),
    )  # fmt: skip
    parser.add_argument(
        "--debug", action="store_true",
        help=_("write what the app does, step by step, to its log ({name} in the user's log "
               "folder)").format(name=logs.LOG_NAME),
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", title=_("commands"), metavar="COMMAND")
    demo = commands.add_parser(
        "demo", prog="tourdetable demo", help=_("write the demo database to a file"),
        description=_("Write the demo database (a sample session) to a file."),
    )  # fmt: skip
    demo.add_argument(
        "--db", metavar="DB", required=True,
        help=_("the file to write, or an empty postgresql:// database to fill"),
    )  # fmt: skip
    demo.add_argument("--force", action="store_true", help=_("replace the file if it exists"))
    from desktop.cli_commands import add_commands

    add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The ``tourdetable`` command: its exit code."""
    words = list(sys.argv[1:] if argv is None else argv)
    before = i18n.language()
    i18n.set_language(cli_language.choose())
    try:
        with _argparse_in_our_language():
            parser = build_parser()
            offered, words = _session_file_argument(words, _command_names(parser))
            args = parser.parse_args(words)
        args.offer = offered
        logs.configure(debug=args.debug)
        return _main(args)
    finally:
        logs.stop()
        i18n.set_language(before)


def _main(args: argparse.Namespace) -> int:
    started = time.monotonic()
    what = args.command or "window"
    log.debug("tourdetable %s: %s", __version__, what)
    try:
        code = _dispatch(args)
    except UserError as error:
        code = _fail(str(error), error.code)
    except BrokenPipeError:  # the reader left (``tourdetable sessions | head``): say nothing
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_ERROR
    except OSError as error:
        code = _fail(_os_sentence(error), EXIT_ERROR)
    except Exception as error:
        from desktop.services import ServiceError

        if isinstance(error, ServiceError):
            code = _fail(str(error), EXIT_ERROR)
        else:
            code = _fail(_unexpected(error), EXIT_ERROR)
    log.debug("%s ended with exit code %d after %.2f s", what, code, time.monotonic() - started)
    return code


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is not None:
        return run_command(args)
    if args.demo and args.db is not None:
        raise UserError(_("Use either --demo or --db, not both."), EXIT_USAGE)
    location = _gui_location(args.db)
    if args.read_only_start and isinstance(location, str):
        raise UserError(
            _(
                "--read-only opens a database file without writing to it; a database on "
                "a server cannot be opened that way, so leave --read-only out."
            ),
            EXIT_USAGE,
        )
    offer = _offered_file(args.offer, read_only=args.read_only_start)
    return start_gui(location, demo=args.demo, read_only=args.read_only_start, offer=offer)


@contextlib.contextmanager
def _argparse_in_our_language() -> Iterator[None]:
    """argparse's words ("usage:", "error:", "options"…) from our catalogue for a while:
    argparse looks its ``_`` up in its module each time it speaks."""
    theirs = vars(argparse)["_"]
    vars(argparse)["_"] = _
    try:
        yield
    finally:
        vars(argparse)["_"] = theirs


def _command_names(parser: argparse.ArgumentParser) -> frozenset[str]:
    return frozenset(
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    )


def _session_file_argument(
    words: list[str], commands: frozenset[str]
) -> tuple[str | None, list[str]]:
    """``tourdetable [options] FILE.json``: the session file to offer to import, and the
    words left for argparse. The first word that is not an option (nor an option's value)
    is a command when it names one of ``commands``; else a file when it ends in .json or
    names something that exists; else argparse says it is no command."""
    index, after_dashes = 0, False
    while index < len(words):
        word = words[index]
        if word == "--":
            index, after_dashes = index + 1, True
            break
        if not word.startswith("-") or word == "-":
            break
        index += 2 if word in VALUED_OPTIONS else 1
    if index >= len(words):
        return None, words
    word = words[index]
    if word in commands:
        return None, words
    if word.lower().endswith(".json") or os.path.lexists(word):
        first = index - 1 if after_dashes else index
        return word, words[:first] + words[index + 1 :]
    return None, words


def _offered_file(offered: str | None, *, read_only: bool) -> Path | None:
    """The session file named on the command line, said to be wrong before any window opens
    when it is missing or a folder (whether it is a session file, the window says)."""
    if offered is None:
        return None
    path = Path(offered).expanduser()
    if not path.exists():
        raise UserError(
            _("There is no file {path}, so nothing was imported; check the name.").format(
                path=path
            ),
            EXIT_USAGE,
        )
    if path.is_dir():
        raise UserError(
            _("{path} is a folder; give a session file (.json) to import.").format(path=path),
            EXIT_USAGE,
        )
    if read_only:
        raise UserError(
            _(
                "--read-only opens the database without writing to it, and importing "
                "{name} would write to it; leave --read-only out."
            ).format(name=path.name),
            EXIT_USAGE,
        )
    return path.resolve()


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
            _("{path} already exists; choose another file, or add --force to replace it.").format(
                path=path
            ),
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
    print(_("Wrote the demo database to {path}.").format(path=path))
    return 0


def _write_demo_to_server(url: str, *, force: bool) -> int:
    """The demo, written to a temporary file and copied into the server database, which
    must be empty: a database on a server is never replaced."""
    from desktop.services import ValidationError
    from desktop.services.demo import write_demo
    from desktop.services.transfer import copy_database, describe

    if force:
        raise UserError(
            _(
                "--force replaces a file; a database on a server is never replaced. Give an "
                "empty server database, without --force."
            ),
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
                _(
                    "{where} is not empty, and the demo goes only into an empty database; "
                    "nothing in it was changed."
                ).format(where=where),
                EXIT_USAGE,
            ) from error
    print(_("Wrote the demo database to {path}.").format(path=result.target))
    return 0


def _gui_location(db: str | None) -> Path | str | None:
    """The database to start on: a server's URL as given, a file's path made absolute."""
    if db is None:
        return None
    if "://" not in db and not db.lower().startswith("sqlite:"):  # a path, as parse_location
        return Path(db).expanduser().resolve()  # reads it, without the database layer
    from desktop.services.transfer import parse_location

    location = parse_location(db)
    return location.resolve() if isinstance(location, Path) else location


def start_gui(
    db_path: Path | str | None, *, demo: bool, read_only: bool = False, offer: Path | None = None
) -> int:
    """The window, on ``db_path`` (None: where the user left off) or a throwaway demo;
    ``offer``: a session file it offers to import once it is up."""
    _check_display()
    _check_platform()
    run = _load_gui()
    extra = {} if offer is None else {"offer": offer}
    if not demo:
        return run(db_path, argv=sys.argv[:1], read_only=read_only, **extra)
    from desktop.services.demo import write_demo

    with tempfile.TemporaryDirectory(prefix="tourdetable-demo-", ignore_cleanup_errors=True) as tmp:
        path = Path(tmp) / "demo.sqlite"
        write_demo(path)
        return run(path, argv=sys.argv[:1], throwaway=True, **extra)


def _load_gui() -> Callable[..., int]:
    """The GUI's ``run``, imported only now: Qt loads only when a window is wanted."""
    try:
        from desktop.ui.app import run
    except ImportError as error:
        raise UserError(
            _(
                "The graphical interface could not be loaded ({error}). On Debian, run "
                "'packaging/sysdeps.sh window' from the source tree to install what Qt needs."
            ).format(error=error)
        ) from error
    return run


def _check_display() -> None:
    """On Linux, say so plainly when there is no screen to open a window on."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise UserError(
            _(
                "No graphical display was found (DISPLAY and WAYLAND_DISPLAY are not set); "
                "start Tour de Table from a desktop session, or under xvfb-run."
            )
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
    reason = error.strerror or str(error)
    if error.filename:
        return _("The file system refused the operation ({file}): {reason}.").format(
            file=error.filename, reason=reason
        )
    return _("The file system refused the operation: {reason}.").format(reason=reason)


def _unexpected(error: Exception) -> str:
    """Log the traceback for support; the user reads one sentence. Call it while handling
    ``error``."""
    log.exception("Unexpected error")
    written = logs.written_to()
    if written is None:
        return _("Something unexpected went wrong ({kind}: {error}).").format(
            kind=type(error).__name__, error=error
        )
    return _(
        "Something unexpected went wrong ({kind}); the details were written to {path}."
    ).format(kind=type(error).__name__, path=written)


def _fail(sentence: str, code: int) -> int:
    print(f"tourdetable: {printable(sentence)}", file=sys.stderr)
    return code
