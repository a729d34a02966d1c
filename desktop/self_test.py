"""``tourdetable self-test``: proof that this copy of Tour de Table works where it is
installed, a frozen bundle included.

In a temporary folder, removed afterwards, it does what an operator does first:

1. reads the shipped reference data (the Allies, the session-file schema, the icons);
2. creates a database, which runs every migration from the first to the head;
3. creates a session of the North Atlantic Council, adds an item and logs a position;
4. exports the minutes to a PDF, which embeds the shipped fonts;
5. starts the Qt application and shows the main window once on that database, on Qt's
   offscreen platform when there is no display (or when asked), and waits until the list
   shows the session.

The user's own database, settings and logs are neither read nor written. Each step prints
one line, and the last line counts them ("self-test: 4 passed, 0 failed", the closing line
test runners print); the first step that fails raises :class:`SelfTestError` with one
sentence instead.

Qt is imported only inside :func:`_show_main_window`, so the command line stays Qt-free
until the window is wanted.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from desktop import APP_NAME, __version__
from desktop.domain.bodies import BodyKind
from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind, Level
from desktop.domain.timezones import now_utc
from desktop.reference import allies, ally_name_on, resource_text
from desktop.resources_path import icon_files, resource_path
from desktop.services import Workspace
from desktop.services.minutes import export_minutes

STEPS = 4
WINDOW_TIMEOUT_MS = 60_000  # a window that has not shown its list by then never will
STATEMENT = "Position vérifiée par l'auto-test: Łódź, Θεσσαλονίκη, Київ."  # Latin, Greek, Cyrillic

T = TypeVar("T")


class SelfTestError(Exception):
    """A step failed; ``str()`` is the sentence to print."""


def run_self_test(*, offscreen: bool = False, say: Callable[[str], None] = print) -> None:
    """Run every step (see the module's doc); raise SelfTestError at the first that fails.
    ``offscreen``: use Qt's offscreen platform even when a display is available."""
    tmp_folder = tempfile.TemporaryDirectory(
        prefix="tourdetable-self-test-", ignore_cleanup_errors=True
    )
    with tmp_folder as tmp:
        folder = Path(tmp)
        database = folder / "self-test.sqlite"
        say(_step("reference data", _check_resources))
        session_id = _step("database", lambda: _record(database))
        driver = _step("database", _server_driver)
        say(f"database: created {database.name} at the current schema; logged a position; {driver}")
        say(_step("minutes", lambda: _export_minutes(database, session_id, folder)))
        say(_step("main window", lambda: _show_main_window(database, folder, offscreen)))
    say(f"{APP_NAME} {__version__} works here: every step of the self-test passed.")
    say(f"self-test: {STEPS} passed, 0 failed")


def _step(name: str, action: Callable[[], T]) -> T:
    try:
        return action()
    except SelfTestError:
        raise
    except Exception as error:
        detail = str(error).strip().rstrip(".") or type(error).__name__
        raise SelfTestError(f"The self-test failed at the step '{name}': {detail}.") from error


def _fail(step: str, sentence: str) -> SelfTestError:
    return SelfTestError(f"The self-test failed at the step '{step}': {sentence}")


# ---------------------------------------------------------------------- the steps
def _check_resources() -> str:
    count = len(allies())
    if count < 30:
        raise _fail("reference data", f"the list of Allies has {count} entries, not 30 or more.")
    unnamed = [a.code for a in allies() if ally_name_on(a.code, a.accession) is None]
    if unnamed:
        raise _fail("reference data", f"these Allies have no names by date: {', '.join(unnamed)}.")
    schema = json.loads(resource_text("schema", "session-file.schema.json"))
    if not isinstance(schema, dict) or "$schema" not in schema:
        raise _fail("reference data", "the session-file schema is not a JSON schema.")
    missing = [path.name for path in icon_files() if not path.is_file()]
    if missing:
        raise _fail("reference data", f"these icon files are missing: {', '.join(missing)}.")
    translations = resource_path("translations")
    french = sorted(p.name for p in translations.glob("*_fr.[mq][om]"))
    if "messages_fr.mo" not in french or not any(n.endswith(".qm") for n in french):
        raise _fail("reference data", "the French translations (.qm and .mo) are missing.")
    return (
        f"reference data: {count} Allies, the session-file schema, {len(icon_files())} icons, "
        f"{len(french)} French translation files"
    )


def _record(database: Path) -> int:
    """A fresh database (every migration runs), a session, an item, a position."""
    with Workspace.open(database) as ws:
        session = ws.sessions.create(
            body_kind=BodyKind.NAC,
            level=Level.PERMANENT_REPRESENTATIVES,
            session_date=now_utc().date(),
            reference="SELF-TEST",
            place="NATO Headquarters, Brussels",
        ).value
        item = ws.agenda.add_item(
            session.id, "Self-test of this installation", kind=AgendaKind.DECISION
        ).value
        speaker = session.decision_holders[0]
        ws.positions.log(item.id, speaker, Position.AGREE_WITH_STATEMENT, text=STATEMENT)
        logged = ws.positions.current(item.id, speaker)
        if logged is None or logged.text != STATEMENT:
            raise _fail("database", "the position logged could not be read back.")
        return session.id


def _server_driver() -> str:
    """The PostgreSQL driver loads, with its libpq (a server is not contacted)."""
    import psycopg
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://self-test@/none")  # does not connect
    engine.dispose()
    libpq = psycopg.pq.version()
    return (
        f"PostgreSQL driver psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq "
        f"{libpq // 10000}.{libpq % 10000})"
    )


def _export_minutes(database: Path, session_id: int, folder: Path) -> str:
    target = folder / "minutes.pdf"
    with Workspace.open(database) as ws:
        export_minutes(ws, session_id, "fr", target)
    data = target.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise _fail("minutes", f"{target.name} is not a PDF file.")
    if b"DejaVuSans" not in data:
        raise _fail("minutes", "the PDF does not embed the shipped DejaVu Sans fonts.")
    from reportlab.lib import rl_accel  # the minutes' speed: reportlab's C helpers

    helpers = (
        "with" if type(rl_accel.fp_str).__name__ == "builtin_function_or_method" else ("WITHOUT")
    )
    return (
        f"minutes: wrote a PDF of {len(data):,} bytes with the fonts embedded, "
        f"{helpers} reportlab's C helpers"
    )


def _show_main_window(database: Path, folder: Path, offscreen: bool) -> str:
    with _qt_platform(offscreen):
        from desktop.qt_platform import platform_problem  # before Qt can abort the process

        problem = platform_problem()
        if problem is not None:
            raise _fail("main window", problem)
        # The GUI's own parts, as desktop.ui.app puts them together, but with settings of
        # the self-test's own: the user's are neither read nor written.
        from PySide6.QtCore import QTimer

        from desktop.ui.app import _application
        from desktop.ui.main_window import MainWindow
        from desktop.ui.settings import AppSettings, settings_file

        app = _application([sys.argv[0] or "tourdetable"])
        icon_sizes = len(app.windowIcon().availableSizes())
        if icon_sizes == 0:
            raise _fail("main window", "the application icon could not be loaded.")
        window = MainWindow(
            Workspace.open(database),
            AppSettings(settings_file(folder)),
            open_workspace=Workspace.open,
        )
        listed: list[int] = []
        errors: list[str] = []

        def on_loaded(count: int) -> None:
            listed.append(count)
            app.exit(0)

        window.sessions.loaded.connect(on_loaded)
        deadline = QTimer(singleShot=True, interval=WINDOW_TIMEOUT_MS)
        deadline.timeout.connect(lambda: app.exit(2))
        with _errors_end_the_loop(errors, lambda: app.exit(3)):
            window.show()
            deadline.start()
            code = app.exec()
        deadline.stop()  # the application may live on (in tests): leave nothing pending
        try:
            shown = window.isVisible()
            picture = window.grab()
            saved = picture.save(str(folder / "main-window.png"))
        finally:
            window.close()  # closes the database too
        platform = app.platformName()
    if errors:
        raise _fail("main window", f"an error occurred while it was shown ({errors[0]}).")
    if code == 2:
        raise _fail("main window", f"it did not list the sessions in {WINDOW_TIMEOUT_MS} ms.")
    if not shown or listed != [1]:
        raise _fail("main window", "it was not shown with the session just created.")
    width, height = _png_size(folder / "main-window.png") if saved else (0, 0)
    if not (width and height):
        raise _fail("main window", "a picture of it could not be taken.")
    return (
        f"main window: shown on the {platform} platform with the session listed "
        f"({width}x{height} pixels, {icon_sizes} icon sizes)"
    )


# ---------------------------------------------------------------------- helpers
@contextmanager
def _qt_platform(offscreen: bool) -> Iterator[None]:
    """Qt's offscreen platform when asked, or on Linux when there is no display to use."""
    before = os.environ.get("QT_QPA_PLATFORM")
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if offscreen or (before is None and no_display):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = before


@contextmanager
def _errors_end_the_loop(errors: list[str], stop: Callable[[], None]) -> Iterator[None]:
    """An exception in a slot ends the event loop and fails the step, instead of being
    printed while the window carries on."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        errors.append(f"{kind.__name__}: {error}")
        previous(kind, error, tb)
        stop()

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG file's header; (0, 0) if it is not a PNG."""
    with path.open("rb") as stream:
        header = stream.read(24)
    if len(header) < 24 or not header.startswith(b"\x89PNG\r\n\x1a\n"):
        return 0, 0
    width, height = struct.unpack(">II", header[16:24])
    return int(width), int(height)
