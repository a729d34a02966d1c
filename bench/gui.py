"""The live session on the archive: opening a 40-item session into the grid, and logging a
position from key press to shown and to stored.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui.py ARCHIVE [--keys 1000] [--json]
        [--openings 10] [--in-place]

The real main window, offscreen, on a copy of the archive (the keys write to it; with
``--in-place``, on ARCHIVE itself, which must be a copy of your own already at the head
revision; ``--keys 0`` measures the openings alone):

- opening: ``window.open_session(id)`` until the grid's model holds the session and its
  viewport has painted; alternately the two 40-item sessions of the archive, so that each
  opening reads a session the grid is not showing (two more first, untimed: cold pages).
  Each opening is also counted, up to that paint: the worker's tasks and their time, the
  SQL statements, the grid cells painted, and when the grid's answer was taken in;
- logging: a key event sent to the focused ``PositionGrid`` (``window.session_page.positions
  .grid``), timed twice: **shown**, until the grid's viewport has finished painting the cell
  with the new letter (whether stored yet or not), and **stored**, until the cell's
  ``dataChanged`` at which the model holds the new position as stored (the write committed
  and its answer taken in; ``GridModel.is_keyed`` false). Keys go from cell to cell, each a
  position other than the one standing, so every key stores a new event. Between keys the
  worker is left to finish what the edit set off (other panels refreshing), untimed: an
  operator does not type 200 positions a second. What each key cost is counted too: the
  worker's tasks and the time they took, the transactions and SQL statements, and the grid's
  cells painted.

Each figure is printed beside its floor, measured in the same run, on the same machine:

- **stored**: one row inserted and committed with Python's sqlite3, nothing else, in a
  file of its own beside the archive's copy (the same file system), in WAL mode with the
  app's ``synchronous`` setting (``db/engine.py``: FULL), 300 times, the process idle
  between writes as between keys (``SETTLE_PAINT_MS``); and 300 times in a tight loop, the
  issue's floor, printed beside it;
- **shown**: a bare ``QTableView`` of the grid's size, offscreen, repainting one cell after
  its text is set, as the grid does on a key (``PositionGrid._paint_now``).

The process runs as the app does: Python's switch interval is the app's
(``desktop.ui.app.GUI_SWITCH_INTERVAL_S``), its garbage is collected on the GUI thread once a
second (``desktop.ui.collector``), and the bench waits in Qt's event loop, woken by the
model's ``dataChanged`` and the viewport's paints rather than by a timer.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QTableView,
)
from sqlalchemy import Engine, event  # noqa: E402

from bench.generate import BENCH_40, BENCH_40B  # noqa: E402
from db.prepared import Prepared  # noqa: E402
from desktop.domain.positions import Position  # noqa: E402
from desktop.services import Workspace  # noqa: E402
from desktop.ui.app import GUI_SWITCH_INTERVAL_S  # noqa: E402
from desktop.ui.collector import MainThreadCollector  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.models.grid import POSITION_ROLE, GridModel  # noqa: E402
from desktop.ui.settings import AppSettings  # noqa: E402
from desktop.ui.tasks import TaskRunner  # noqa: E402

FLOOR_WRITES = 300  # each way: spaced by settle's pause (9 s), and in a tight loop

KEYS = [(getattr(Qt.Key, f"Key_{letter}"), letter) for letter in "ADYRFOSI"]


class Painted(QObject):
    """Notes when a widget paints. On a scroll area's viewport it paints the event itself
    (what the scroll area would do next) to note when the paint has *ended*."""

    def __init__(self, area: QAbstractScrollArea | None = None) -> None:
        super().__init__()
        self.last = 0.0
        self.times: list[float] = []  # every paint, in order
        self._area = area
        self.wake: Callable[[], None] = lambda: None  # called after each paint

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Paint:
            return False
        if self._area is None:
            self.last = time.perf_counter()
            return False
        self._area.viewportEvent(event)
        self.last = time.perf_counter()
        self.times.append(self.last)
        self.wake()
        return True

    def first_after(self, moment: float) -> float | None:
        return next((t for t in self.times if t >= moment), None)


class Counts:
    """What the keys cost: the worker's tasks and their time, the database's transactions
    and statements (every engine of the process), the grid's cells painted."""

    def __init__(self, tasks: TaskRunner, grid: QAbstractItemView | None = None) -> None:
        self.tasks = self.statements = self.commits = self.cells = 0
        self.worker_s = 0.0
        submit = tasks.submit
        self._undo: list[Callable[[], None]] = []

        def counted(call: Callable[[], Any], on_done: Any, on_error: Any) -> int:
            self.tasks += 1

            def timed() -> Any:
                started = time.perf_counter()
                try:
                    return call()
                finally:
                    self.worker_s += time.perf_counter() - started

            return submit(timed, on_done, on_error)

        tasks.submit = counted  # type: ignore[method-assign]
        self._undo.append(lambda: delattr(tasks, "submit"))
        event.listen(Engine, "before_cursor_execute", self._statement)
        run = Prepared.run  # statements run on the driver's cursor, which events do not see

        def counted_run(prepared: Prepared, *args: Any) -> Any:
            self.statements += 1
            return run(prepared, *args)

        Prepared.run = counted_run  # type: ignore[method-assign]
        self._undo.append(lambda: setattr(Prepared, "run", run))
        event.listen(Engine, "commit", self._commit)
        self._undo.append(lambda: event.remove(Engine, "before_cursor_execute", self._statement))
        self._undo.append(lambda: event.remove(Engine, "commit", self._commit))
        if grid is not None:
            delegate = grid.itemDelegate()
            paint_cell = delegate.paint

            def counted_paint(*args: Any) -> None:
                self.cells += 1
                paint_cell(*args)

            delegate.paint = counted_paint  # type: ignore[method-assign]
            self._undo.append(lambda: delattr(delegate, "paint"))

    def stop(self) -> None:
        """Stop counting (the counters stay as they are)."""
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()

    def _statement(self, *_args: Any) -> None:
        self.statements += 1

    def _commit(self, *_args: Any) -> None:
        self.commits += 1

    def snapshot(self) -> dict[str, float]:
        return {
            "tasks": self.tasks,
            "worker_s": self.worker_s,
            "transactions": self.commits,
            "statements": self.statements,
            "cells_painted": self.cells,
        }


def spin(
    app: QApplication,
    done: Callable[[], bool],
    timeout: float = 30.0,
    *,
    woken_by: list[Painted] | None = None,
    signals: tuple[Any, ...] = (),
) -> None:
    """Run the event loop until ``done()``, as the app idles in it: in Qt's loop, the GIL
    released (a Python loop around ``processEvents`` would hold it, and every answer from the
    worker thread would wait up to Python's switch interval to be delivered). ``done`` is
    checked when one of ``signals`` is emitted or one of ``woken_by`` paints, else every
    millisecond (a timer the app does not have: while keys are timed, the bench wakes on
    what it waits for). Times are taken where things happen (a paint, a ``dataChanged``),
    not when this notices them."""
    if done():
        return
    loop = QEventLoop()
    seen: list[bool] = []  # done() was true once (a timer may fire before exec returns)

    def check(*_args: object) -> None:
        if done():
            seen.append(True)
            loop.quit()

    check_timer = QTimer()
    check_timer.setInterval(1 if not (woken_by or signals) else 100)
    check_timer.timeout.connect(check)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    for painted in woken_by or ():
        painted.wake = check
    for signal in signals:
        signal.connect(check)
    check_timer.start()
    limit.start(int(timeout * 1000))
    began = time.perf_counter()
    loop.exec()
    check_timer.stop()
    for signal in signals:
        signal.disconnect(check)
    for painted in woken_by or ():
        painted.wake = lambda: None
    if not seen and not done():
        waited = time.perf_counter() - began
        raise TimeoutError(f"the window did not answer within {timeout:.0f} s ({waited:.1f} s)")


SETTLE_PAINT_MS = 30  # a window's update requests wait on a timer (5–16 ms): let them run


def settle(app: QApplication, window: MainWindow) -> None:
    """Let the worker finish what is queued, and the window take in the answers and repaint
    what they changed (the item panel's lines, the headers), as it does between an
    operator's keys. In the event loop, not with ``TaskRunner.wait``:
    ``QThreadPool.waitForDone`` ends the pool's thread, and each key would then start a new
    one, which the app never does between keys. Without the pause for the paints, the next
    key's immediate paint of its cell (``PositionGrid._paint_now``) would paint, there and
    then, whatever else was waiting to be painted: at times the whole window."""
    for _ in range(3):
        spin(app, lambda: not window.tasks.busy(), timeout=600)
        app.processEvents()
    pause = QEventLoop()
    QTimer.singleShot(SETTLE_PAINT_MS, pause.quit)
    pause.exec()
    spin(app, lambda: not window.tasks.busy(), timeout=600)


def measure(
    archive: Path, keys: int, *, openings: int = 10, in_place: bool = False
) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)  # as desktop.ui.app.run does
    collector = MainThreadCollector(app)  # as the app: no automatic garbage collection
    with tempfile.TemporaryDirectory(prefix="tdt-bench-") as folder:
        copy = archive
        if not in_place:
            copy = Path(folder) / "archive.sqlite"
            shutil.copyfile(archive, copy)
        floor = tight = None
        if keys:  # spaced as the keys are (settle's pause), and in a tight loop
            floor = write_floor(copy.parent / "floor.sqlite", FLOOR_WRITES, SETTLE_PAINT_MS / 1000)
            tight = write_floor(copy.parent / "floor.sqlite", FLOOR_WRITES)
        settings = AppSettings(
            QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        )
        workspace = Workspace.open(copy)
        window = MainWindow(workspace, settings, open_workspace=Workspace.open)
        try:
            figures = _drive(app, window, workspace, keys, openings)
            if figures["log_position_s"] is not None:
                figures["log_position_s"]["floor"] = floor
                figures["log_position_s"]["floor_tight"] = tight
                figures["log_position_s"]["shown_floor"] = shown_floor(app, window)
            return figures
        finally:
            window.shutdown()
            window.deleteLater()
            app.processEvents()
            collector.stop()


def _drive(
    app: QApplication, window: MainWindow, workspace: Workspace, keys: int, runs: int
) -> dict[str, Any]:
    loaded: list[int] = []
    window.sessions.loaded.connect(loaded.append)
    window.resize(1400, 900)
    window.show()
    spin(app, lambda: bool(loaded))
    settle(app, window)
    ids = []
    for reference in (BENCH_40, BENCH_40B):
        summary = workspace.files.session_by_reference(reference)
        assert summary is not None, f"the archive has no session {reference}"
        ids.append(summary.id)

    positions = window.session_page.positions
    grid, model = positions.grid, positions.model
    painted = Painted()
    grid.viewport().installEventFilter(painted)
    shown: list[float] = []
    positions.loaded.connect(lambda: shown.append(time.perf_counter()))
    counts = Counts(window.tasks, grid)

    openings, read_in, costs = [], [], []
    for number in range(runs + 2):
        session_id = ids[number % 2]
        shown.clear()
        before = counts.snapshot()
        started = time.perf_counter()
        window.open_session(session_id)
        spin(app, lambda wanted=session_id: bool(shown) and model.session_id == wanted)
        spin(app, lambda: painted.last >= shown[-1])
        openings.append(painted.last - started)
        read_in.append(shown[-1] - started)
        after = counts.snapshot()
        costs.append({name: after[name] - before[name] for name in after})
        settle(app, window)
    openings, read_in, costs = openings[2:], read_in[2:], costs[2:]  # the first two: cold

    grid.viewport().removeEventFilter(painted)
    counts.stop()
    grid.setFocus()
    settle(app, window)
    logging = _log_positions(app, window, keys) if keys else None
    return {
        "open_40_s": {
            "median": statistics.median(openings),
            "max": max(openings),
            "runs": len(openings),
            "all": openings,
            "grid_taken_in_median": statistics.median(read_in),
            "each": {name: statistics.median(c[name] for c in costs) for name in costs[0]},
        },
        "log_position_s": logging,
        "peak_rss_bytes": peak_rss_bytes(),
    }


def peak_rss_bytes() -> int:
    """This process's own peak resident memory. Linux's ``VmHWM`` belongs to the memory map
    the process got at exec; ``ru_maxrss`` does not: it keeps the peak of the process it was
    forked from (``bench/run.py``, which may have just generated the archive, at 335 MiB)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def write_floor(path: Path, writes: int, gap_s: float = 0.0) -> dict[str, float]:
    """The floor of **stored**: one row inserted and committed with sqlite3 alone, in WAL
    mode with the app's ``synchronous`` (read back from a connection of the app's engine),
    in a file of its own in ``path``'s folder (the archive copy's file system); ``gap_s``:
    the process sleeps that long after each write, as the keys are spaced (the disk's sync
    takes longer after a pause than in a tight loop: 0.46 against 0.19 ms, here)."""
    from db.engine import create_sqlite_engine

    engine = create_sqlite_engine(path)
    with engine.connect() as connection:
        synchronous = connection.exec_driver_sql("PRAGMA synchronous").scalar()
    engine.dispose()
    mode = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}[int(synchronous or 0)]
    database = sqlite3.connect(path, isolation_level=None)
    try:
        database.execute("PRAGMA journal_mode=WAL")
        database.execute(f"PRAGMA synchronous={mode}")
        database.execute("CREATE TABLE IF NOT EXISTS floor (id INTEGER PRIMARY KEY, text TEXT)")
        times = []
        for number in range(writes + 20):
            started = time.perf_counter()
            database.execute("BEGIN")
            database.execute("INSERT INTO floor (text) VALUES (?)", (f"key {number}",))
            database.execute("COMMIT")
            times.append(time.perf_counter() - started)
            if gap_s:
                time.sleep(gap_s)
    finally:
        database.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    times = times[20:]  # the first few: a new file
    return {
        "p50": _percentile(times, 50),
        "p99": _percentile(times, 99),
        "writes": writes,
        "gap_s": gap_s,
        "synchronous": mode,
    }


def shown_floor(app: QApplication, window: MainWindow, keys: int = 200) -> dict[str, float]:
    """The floor of **shown**: a bare ``QTableView`` of the grid's size and font, in the same
    process, one cell's text set and the cell repainted at once, to the end of the paint."""
    grid = window.session_page.positions.grid
    source = grid.model()
    rows, columns = source.rowCount(), source.columnCount()
    model = QStandardItemModel(rows, columns)
    view = QTableView()
    view.setModel(model)
    view.setFont(grid.font())
    view.resize(grid.size())
    view.show()
    painted = Painted(view)
    view.viewport().installEventFilter(painted)
    times = []
    try:
        for number in range(keys):
            index = model.index(number % rows, (number // rows) % columns)
            view.setCurrentIndex(index)
            settle(app, window)
            started = time.perf_counter()
            model.setData(index, "AO"[number % 2])
            view.viewport().repaint(view.visualRect(index))
            times.append(painted.last - started)
    finally:
        view.viewport().removeEventFilter(painted)
        view.close()
        view.deleteLater()
    return {"p50": _percentile(times, 50), "p99": _percentile(times, 99), "keys": keys}


def _log_positions(app: QApplication, window: MainWindow, keys: int) -> dict[str, Any]:
    positions = window.session_page.positions
    grid, model = positions.grid, positions.model
    painted = Painted(grid)
    grid.viewport().installEventFilter(painted)
    counts = Counts(window.tasks, grid)
    changed: list[tuple[int, int, float, bool]] = []  # row, column, when, stored
    model.dataChanged.connect(
        lambda top, _bottom, _roles=(): changed.append(
            (top.row(), top.column(), time.perf_counter(), _stored(model, top.row(), top.column()))
        )
    )
    rows, columns = model.rowCount(), model.columnCount()
    cells = [
        (row, column)
        for column in range(columns)
        for row in range(rows)
        if model.delegation(row).present
    ]
    shown, stored = [], []
    before = counts.snapshot()
    for number in range(keys):
        row, column = cells[number % len(cells)]
        index = model.index(row, column)
        grid.setCurrentIndex(index)
        standing = Position(index.data(POSITION_ROLE))
        key, text = next(
            k for k in KEYS[number % len(KEYS) :] + KEYS if Position.for_key(k[1]) is not standing
        )
        wanted = Position.for_key(text)
        settle(app, window)
        changed.clear()
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)

        def showing(
            cell: tuple[int, int] = (row, column), wanted: Position | None = wanted
        ) -> bool:
            return model.index(*cell).data(POSITION_ROLE) == wanted

        painted.times.clear()
        wake = {"woken_by": [painted], "signals": (model.dataChanged,)}
        started = time.perf_counter()
        QApplication.sendEvent(grid, event)
        spin(
            app,
            lambda cell=(row, column): any(c[:2] == cell for c in changed) and showing(),
            **wake,  # type: ignore[arg-type]
        )
        at = next(c[2] for c in changed if c[:2] == (row, column))
        spin(
            app,
            lambda when=at: painted.first_after(when) is not None,
            **wake,  # type: ignore[arg-type]
        )
        shown.append((painted.first_after(at) or 0.0) - started)
        spin(
            app,
            lambda cell=(row, column): any(c[:2] == cell and c[3] for c in changed),
            **wake,  # type: ignore[arg-type]
        )
        stored.append(next(c[2] for c in changed if c[:2] == (row, column) and c[3]) - started)
    settle(app, window)
    after = counts.snapshot()
    return {
        "keys": len(shown),
        "p50": _percentile(shown, 50),  # shown
        "p99": _percentile(shown, 99),
        "stored_p50": _percentile(stored, 50),
        "stored_p99": _percentile(stored, 99),
        "per_key": {name: (after[name] - before[name]) / keys for name in after},
    }


def _stored(model: GridModel, row: int, column: int) -> bool:
    """Whether the cell holds a stored position (not one keyed and on its way)."""
    is_keyed = getattr(model, "is_keyed", None)  # before keyed cells, every cell was stored
    if is_keyed is None:
        return True
    return not is_keyed(model.item(column).id, model.delegation(row).code)


def _percentile(values: list[float], percent: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(percent / 100 * len(ordered)) - 1))
    return ordered[rank]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--keys", type=int, default=1000, help="0: the openings alone")
    parser.add_argument("--openings", type=int, default=10, help="timed openings (default 10)")
    parser.add_argument(
        "--in-place",
        action="store_true",
        help="work on ARCHIVE itself (a copy of your own, at the head revision): no copy",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.archive, args.keys, openings=args.openings, in_place=args.in_place)
    if args.json:
        print(json.dumps(figures))
        return 0
    opening, logging = figures["open_40_s"], figures["log_position_s"]
    each = opening["each"]
    print(
        f"opening a 40-item session: {opening['median'] * 1000:.1f} ms (median of "
        f"{opening['runs']}; the grid's answer taken in at "
        f"{opening['grid_taken_in_median'] * 1000:.1f} ms)"
    )
    print(
        f"each opening, to the grid's paint: {each['tasks']:.0f} worker tasks "
        f"({each['worker_s'] * 1000:.1f} ms), {each['statements']:.0f} SQL statements, "
        f"{each['cells_painted']:.0f} grid cells painted"
    )
    if logging is not None:
        print(
            f"logging a position over {logging['keys']} keys: shown p50 "
            f"{logging['p50'] * 1000:.2f} ms, p99 {logging['p99'] * 1000:.2f} ms; stored p50 "
            f"{logging['stored_p50'] * 1000:.2f} ms, p99 {logging['stored_p99'] * 1000:.2f} ms"
        )
        floor, shown_at, tight = logging["floor"], logging["shown_floor"], logging["floor_tight"]
        print(
            f"  floor of stored (sqlite3 insert + commit, WAL, synchronous={floor['synchronous']}"
            f", {floor['gap_s'] * 1000:.0f} ms apart): p50 {floor['p50'] * 1000:.2f} ms, p99 "
            f"{floor['p99'] * 1000:.2f} ms; stored is {logging['stored_p50'] / floor['p50']:.1f}× "
            f"and {logging['stored_p99'] / floor['p99']:.1f}× (in a tight loop: p50 "
            f"{tight['p50'] * 1000:.2f} ms, p99 {tight['p99'] * 1000:.2f} ms)"
        )
        print(
            f"  floor of shown (a bare QTableView repainting a cell): p50 "
            f"{shown_at['p50'] * 1000:.2f} ms, p99 {shown_at['p99'] * 1000:.2f} ms; shown is "
            f"{logging['p50'] / shown_at['p50']:.1f}× and {logging['p99'] / shown_at['p99']:.1f}×"
        )
        each = logging["per_key"]
        print(
            f"each key: {each['tasks']:.2f} worker tasks ({each['worker_s'] * 1000:.1f} ms), "
            f"{each['transactions']:.2f} transactions, {each['statements']:.1f} SQL statements, "
            f"{each['cells_painted']:.1f} grid cells painted"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
