"""Regenerate the screenshots in docs/screenshots/ from the demo database, light and dark.

    make screenshot        (runs this under xvfb-run, with the window platform)

It starts the real main window in this process on a throwaway copy of the demo (the demo's
"today" fixed, so every run shows the same session), drives it the way a user would — opens
the session, puts the cursor on a cell, opens a tab — and saves the window as PNG files:

    sessions-{light,dark}.png   the sessions list
    grid-{light,dark}.png       the live session: position grid and item panel
    agenda-, attendance-, session-, silence-light.png   the other tabs
    room-display-light.png      the room display, 1920×1080, on the blocked item
    tour-de-table-light.png     the tour de table tab, 1920×1080, a clock over its limit
    *-light-fr.png              the same in French

With ``--screen 1366x768`` (or 1920x1080; ``make screenshot`` runs both, each under its own
virtual screen of that size with the openbox window manager, so that maximising and window
titles are a desktop's), it shows what an operator sees on that screen, in English and in
French, and keeps the set of pictures that checks the layout fits:

    grid-1366-en.png            maximised: the positions tab, a warning in the item panel
    grid-1366-en-default.png    the same at the window's default size
    tour-1366-en.png            maximised: the tour de table, several delegations heard
    tour-1366-en-default.png    the same at the window's default size
    export-1366-en.png          the whole screen, with Export Minutes asking the language
    …-fr.png                    the same in French

The Fusion style and an explicit light or dark palette (what a desktop theme would hand to
Qt) make the pictures the same whatever desktop the script runs on.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.services.demo import write_demo
from desktop.ui import i18n, palettes
from desktop.ui.main_window import DEFAULT_SIZE, MainWindow
from desktop.ui.session.page import AGENDA, ATTENDANCE, FORM, POSITIONS, SILENCE, TOUR
from desktop.ui.settings import AppSettings

DOCS = Path(__file__).resolve().parent
TODAY = date(2026, 11, 23)
SIZE = (1360, 820)


def _wait(app: QApplication, until: Callable[[], bool], timeout_s: float = 15.0) -> None:
    """Run the event loop until ``until()`` holds (the worker's answers arrive through it)."""
    deadline = time.monotonic() + timeout_s
    while not until():
        app.processEvents()
        time.sleep(0.01)
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")


def _settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    _wait(app, lambda: time.monotonic() > end)


def _room_display(app: QApplication, window: MainWindow, path: Path) -> Path:
    """The room display on the grid's item, at the size of a projected screen."""
    actions = window.session_menus.room_display
    actions.toggle_action.setChecked(True)
    display = actions.display
    assert display is not None
    display.resize(1920, 1080)
    _wait(app, lambda: display.shown is not None)
    _settle(app)
    if not display.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    actions.toggle_action.setChecked(False)
    return path


def _tour_de_table(app: QApplication, window: MainWindow, save: Callable[[str], None]) -> None:
    """The tour de table at the size of a projected screen."""
    _tour_under_way(app, window)
    window.resize(1920, 1080)
    save("tour-de-table")
    window.resize(*SIZE)


def _tour_under_way(app: QApplication, window: MainWindow) -> None:
    """The tour de table on an item partly heard, two delegations on the speakers' list,
    and a speaking clock past its limit."""
    page = window.session_page
    model = page.positions.model

    def heard(item_id: int) -> int:
        return sum(model.position(item_id, d.code) is not Position.NOT_STATED
                   for d in model.delegations() if d.has_decision_rights)  # fmt: skip

    item = next((i for i in model.items() if 3 <= heard(i.id) <= 20), model.item(0))
    page.positions.grid.go_to(item.id)
    page.show_tab(TOUR)
    tour = page.tour
    tour.bar.limit_spin.setValue(2)
    for code in ("HUN", "TUR"):
        tour.add_speaker(code)
    tour.toggle_clock()
    _wait(app, lambda: tour.state is not None and tour.state.speaking is not None)
    started = tour.state.speaking.started_at if tour.state and tour.state.speaking else None
    if started is not None:
        tour.board.clock.now = lambda: started + timedelta(minutes=2, seconds=30)
        tour.board.clock.refresh()


def _open_demo(app: QApplication, work: Path, name: str) -> tuple[MainWindow, list[bool]]:
    """The main window on a fresh copy of the demo, its settings of its own."""
    db = work / f"demo-{name}.sqlite"
    write_demo(db, today=TODAY)
    settings = AppSettings(QSettings(str(work / f"{name}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Workspace.open(db), settings, open_workspace=Workspace.open, throwaway=True)
    loaded: list[bool] = []
    window.session_page.positions.loaded.connect(lambda: loaded.append(True))
    return window, loaded


def shoot(
    app: QApplication, scheme: str, out: Path, work: Path, language: str = "en"
) -> list[Path]:
    app.setPalette(palettes.palette(scheme))  # the palettes the contrast test checks
    i18n.install(language)
    suffix = "" if language == "en" else f"-{language}"
    db = work / f"demo-{scheme}{suffix}.sqlite"
    write_demo(db, today=TODAY)
    settings = AppSettings(
        QSettings(str(work / f"{scheme}{suffix}.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(Workspace.open(db), settings, open_workspace=Workspace.open, throwaway=True)
    window.resize(*SIZE)
    window.show()
    saved: list[Path] = []

    def save(name: str) -> None:
        _settle(app)
        path = out / f"{name}-{scheme}{suffix}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        saved.append(path)

    _wait(app, lambda: window.sessions.model.rowCount() > 0)
    save("sessions")
    page = window.session_page
    loaded: list[bool] = []
    page.positions.loaded.connect(lambda: loaded.append(True))
    window.open_session(window.sessions.model.session(0).id)
    _wait(app, lambda: bool(loaded) and page.detail is not None)
    grid = page.positions.grid
    model = page.positions.model
    blocked = next(
        (item.id for item in model.items() if (c := model.consensus(item.id)) and c.objecting),
        model.item(0).id,
    )
    objecting = model.consensus(blocked)
    grid.go_to(blocked, objecting.objecting[0] if objecting and objecting.objecting else None)
    grid.setFocus()
    save("grid")
    if scheme == "light":
        tabs = (
            (FORM, "session"),
            (ATTENDANCE, "attendance"),
            (AGENDA, "agenda"),
            (SILENCE, "silence"),
        )
        for tab, name in tabs:
            page.show_tab(tab)
            save(name)
        _tour_de_table(app, window, save)
        page.show_tab(POSITIONS)
        grid.go_to(blocked)
        saved.append(_room_display(app, window, out / f"room-display-{scheme}{suffix}.png"))
    window.close()
    return saved


def _window_manager() -> subprocess.Popen[bytes] | None:
    """Openbox on the virtual screen, so that windows maximise and have titles as on a
    desktop (under Xvfb alone a window is never maximised and has no title bar)."""
    if not os.environ.get("DISPLAY") or shutil.which("openbox") is None:
        print("no openbox or no display: windows are not managed", file=sys.stderr)
        return None
    manager = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # until it manages the screen
    return manager


def _maximise(app: QApplication, window: QWidget) -> None:
    window.showMaximized()
    screen = app.primaryScreen().availableGeometry()
    try:
        _wait(app, lambda: window.width() >= screen.width() - 16, timeout_s=5)
    except TimeoutError:
        print(f"not maximised: {window.width()}x{window.height()}", file=sys.stderr)
    _settle(app, 0.5)


def _restore(app: QApplication, window: QWidget) -> None:
    window.showNormal()
    window.resize(*DEFAULT_SIZE)
    _wait(app, lambda: window.width() <= DEFAULT_SIZE[0] + 16, timeout_s=5)
    _settle(app, 0.5)


def _warning_item(app: QApplication, window: MainWindow) -> None:
    """The blocked item in the grid, with "Agreed" chosen in the declaration form: the panel
    shows where it stands and the box's warning against the record."""
    page = window.session_page
    grid, model = page.positions.grid, page.positions.model
    blocked = next(
        (item.id for item in model.items() if (c := model.consensus(item.id)) and c.objecting),
        model.item(0).id,
    )
    objecting = model.consensus(blocked)
    grid.go_to(blocked, objecting.objecting[0] if objecting and objecting.objecting else None)
    grid.setFocus()
    box = page.positions.item_panel.outcome_box
    combo: QComboBox = box.outcome_combo
    _wait(app, lambda: box.item_id == blocked)
    combo.setCurrentIndex(combo.findData(Outcome.AGREED.value))


def shoot_screen(
    app: QApplication, screen: str, out: Path, work: Path, language: str
) -> list[Path]:
    """What an operator sees on a ``screen`` of that size, maximised and at the window's
    default size: the positions tab, the tour de table, the export's question."""
    app.setPalette(palettes.palette("light"))
    i18n.install(language)
    width = screen.split("x", maxsplit=1)[0]
    window, loaded = _open_demo(app, work, f"{width}-{language}")
    window.resize(*DEFAULT_SIZE)
    window.show()
    saved: list[Path] = []

    def save(name: str, widget: QWidget | None = None) -> None:
        _settle(app)
        path = out / f"{name}.png"
        picture = widget.grab() if widget is not None else app.primaryScreen().grabWindow(0)
        if not picture.save(str(path)):
            raise OSError(f"could not write {path}")
        saved.append(path)

    _wait(app, lambda: window.sessions.model.rowCount() > 0)
    page = window.session_page
    window.open_session(window.sessions.model.session(0).id)
    _wait(app, lambda: bool(loaded) and page.detail is not None)
    _warning_item(app, window)
    stem = f"{width}-{language}"
    _maximise(app, window)
    save(f"grid-{stem}", window)
    _restore(app, window)
    save(f"grid-{stem}-default", window)
    _tour_under_way(app, window)
    _maximise(app, window)
    save(f"tour-{stem}", window)
    _restore(app, window)
    save(f"tour-{stem}-default", window)
    page.show_tab(POSITIONS)
    window.show_sessions()
    _maximise(app, window)

    def grab_question() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            save(f"export-{stem}")
        finally:
            if dialog is not None:
                dialog.close()

    QTimer.singleShot(1500, grab_question)
    window.file_actions.export_minutes()  # asks the language, then (here) stops
    window.close()
    _settle(app)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS / "screenshots")
    parser.add_argument(
        "--screen",
        choices=("1366x768", "1920x1080"),
        help="the pictures of one screen size (run on a virtual screen of that size)",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["TDT_NO_OPEN"] = "1"
    QApplication.setStyle("Fusion")
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Tour de Table")
    if args.screen:
        manager = _window_manager()
        try:
            with tempfile.TemporaryDirectory(prefix="tdt-shots-") as tmp:
                for language in ("en", "fr"):
                    for path in shoot_screen(app, args.screen, args.out, Path(tmp), language):
                        print(path)
        finally:
            if manager is not None:
                manager.terminate()
                manager.wait(5)
        return 0
    with tempfile.TemporaryDirectory(prefix="tdt-shots-") as tmp:
        runs = [(scheme, "en") for scheme in palettes.SCHEMES] + [("light", "fr")]
        for scheme, language in runs:
            for path in shoot(app, scheme, args.out, Path(tmp), language):
                print(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
