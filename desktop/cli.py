"""The ``tourdetable`` command.

    tourdetable [--db PATH] [--demo]                  start the app
    tourdetable --version
    tourdetable demo --db PATH [--force]              write the demo database to PATH
    tourdetable sessions --db PATH [--json]           list sessions
    tourdetable export --db PATH --session REF -o FILE.json
    tourdetable import --db PATH FILE.json [--replace | --as-new]
    tourdetable minutes --db PATH --session REF [--lang en|fr] -o FILE.pdf
    tourdetable deadlines --db PATH --out FILE.ics    running silence deadlines, for calendars
    tourdetable check --db PATH                       integrity of the file and the rules
    tourdetable backup --db PATH -o FILE              consistent copy of a database in use
    tourdetable self-test [--offscreen]               check this installation, then exit

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
        usage="%(prog)s [--db PATH | --demo]\n       %(prog)s COMMAND --db PATH ...",
        description=f"{APP_NAME}: the secretariat's tool for councils that decide by consensus.",
        epilog="A record-keeping tool; not an accredited system for classified data.",
    )
    parser.add_argument("--version", action="version", version=f"tourdetable {__version__}")
    parser.add_argument(
        "--db", type=Path, metavar="PATH",
        help="the database file to open (created when missing); default: the last one used",
    )  # fmt: skip
    parser.add_argument(
        "--demo", action="store_true",
        help="open a throwaway copy of the demo session, deleted when the app closes",
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", prog="tourdetable demo", help="write the demo database to a file",
        description="Write the demo database (a sample session) to a file.",
    )  # fmt: skip
    demo.add_argument("--db", type=Path, metavar="PATH", required=True, help="the file to write")
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
        db_path = args.db.expanduser().resolve() if args.db is not None else None
        return start_gui(db_path, demo=args.demo)
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
    if args.command == "demo":
        return write_demo_file(args.db, force=args.force)
    from desktop.cli_commands import CommandError, run

    try:
        return run(args)
    except CommandError as error:
        raise UserError(str(error), error.code) from error


def write_demo_file(path: Path, *, force: bool) -> int:
    from desktop.services.demo import write_demo

    if path.exists() and not force:
        raise UserError(
            f"{path} already exists; choose another file, or add --force to replace it.",
            EXIT_USAGE,
        )
    if path.exists():
        _remove_database(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_demo(path)
    print(f"Wrote the demo database to {path}.")
    return 0


def start_gui(db_path: Path | None, *, demo: bool) -> int:
    _check_display()
    run = _load_gui()
    if not demo:
        return run(db_path, argv=sys.argv[:1])
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
    print(f"tourdetable: {sentence}", file=sys.stderr)
    return code
