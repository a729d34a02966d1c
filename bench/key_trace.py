"""Where a key's time goes, from the key press to the position stored (issue 24).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/key_trace.py ARCHIVE [--keys 300]

Runs ``bench/gui.py``'s key loop (the real window, a copy of the archive) with time stamps
taken in the grid's key handler, the task runner, the worker and the grid model, and prints
the median and the 90th percentile of each step: the key handler's parts on the GUI thread,
the wait before the write starts on the worker, the write, and the answer taken in. It also
notes when the GUI thread first waits for events after each key (Qt's ``aboutToBlock``): a
write that starts just after it waited for the GUI thread, which holds Python's lock while it
works. A tool for finding causes: the probes cost a little, so its figures are not the
bench's.
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication  # noqa: E402

from bench import gui  # noqa: E402
from desktop.ui import tasks  # noqa: E402
from desktop.ui.models.grid import GridModel  # noqa: E402
from desktop.ui.session import grid_view  # noqa: E402

Key = dict[str, float]
keys: list[Key] = []
idle: list[float] = []


def _now(name: str) -> None:
    if keys:
        keys[-1].setdefault(name, time.perf_counter())


def _wrap(owner: Any, name: str, before: Callable[..., None], after: Callable[..., None]) -> None:
    original = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        before(*args)
        try:
            return original(*args, **kwargs)
        finally:
            after(*args)

    setattr(owner, name, wrapped)


def _instrument() -> None:
    _wrap(
        grid_view.PositionGrid,
        "keyPressEvent",
        lambda *_: keys.append({"key": time.perf_counter()}),
        lambda *_: _now("handled"),
    )
    _wrap(grid_view.PositionGrid, "key_position", lambda *_: _now("command"), lambda *_: None)
    _wrap(grid_view.PositionGrid, "setCurrentIndex", lambda *_: _now("moving"), lambda *_: None)
    _wrap(tasks.TaskRunner, "_start_queued", lambda *_: _now("start"), lambda *_: None)
    _wrap(tasks._Task, "run", lambda *_: _now("worker"), lambda *_: _now("written"))
    _wrap(tasks.TaskRunner, "_on_finished", lambda *_: _now("answer"), lambda *_: None)
    _wrap(GridModel, "keyed_stored", lambda *_: None, lambda *_: _now("stored"))
    drive = gui._drive

    def driven(app: Any, *args: Any, **kwargs: Any) -> Any:
        dispatcher = QAbstractEventDispatcher.instance(QCoreApplication.instance().thread())
        dispatcher.aboutToBlock.connect(lambda: idle.append(time.perf_counter()))
        return drive(app, *args, **kwargs)

    gui._drive = driven


STEPS = (
    ("the key to the command", "key", "command"),
    ("the command (the cell painted, the push, the submit)", "command", "moving"),
    ("the cursor moved, the handler's end", "moving", "handled"),
    ("to the runner's start", "handled", "start"),
    ("the start to the write on the worker", "start", "worker"),
    ("the write", "worker", "written"),
    ("the answer back on the GUI thread", "written", "answer"),
    ("the answer taken in", "answer", "stored"),
    ("the key to stored", "key", "stored"),
)


def _quantiles(values: list[float]) -> str:
    ordered = sorted(values)
    median, p90 = ordered[len(ordered) // 2], ordered[int(len(ordered) * 0.9)]
    return f"p50 {median * 1e3:6.3f} ms   p90 {p90 * 1e3:6.3f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    _instrument()
    gui.measure(args.archive, args.keys, openings=2)
    complete = [k for k in keys if all(name in k for _, a, b in STEPS for name in (a, b))]
    print(f"{len(complete)} keys traced")
    for label, first, last in STEPS:
        print(f"{label:55} {_quantiles([k[last] - k[first] for k in complete])}")
    waits = []
    for k in complete:
        at = bisect.bisect_left(idle, k["start"])
        if at < len(idle):
            waits.append(k["worker"] - idle[at])
    if waits:
        print(f"{'the write after the GUI thread first waits for events':55} {_quantiles(waits)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
