"""Run the app (or the bare window) and say when its main window was first painted.

    python bench/startup_probe.py app ARCHIVE     the app, as ``tourdetable --db ARCHIVE``
    python bench/startup_probe.py bare            bench/bare_window.py

The probe creates the application before the program's own code runs (both reuse an
existing one) and adds an event filter that notes the first paint of a main window, then
quits: the seconds from ``TDT_BENCH_T0`` (the parent's clock when it started this process)
to that paint are printed on stdout, as JSON. Nothing else differs from a normal start.

Why not ``TDT_QUIT_AFTER_SHOW=1`` alone: it quits on the first turn of the event loop after
``show()``, before Qt paints (the first paint waits for the window's update request). So the
probe quits on the first paint instead; ``bench/startup.py`` also times both programs from
start to exit under ``TDT_QUIT_AFTER_SHOW=1``, without the probe.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

HERE = Path(__file__).resolve().parent


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            self.at is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            self.at = time.time()
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    mode = sys.argv[1]
    started = float(os.environ.get("TDT_BENCH_T0", time.time()))
    os.environ.pop("TDT_QUIT_AFTER_SHOW", None)
    app = QApplication([sys.argv[0]])
    probe = FirstPaint()
    app.installEventFilter(probe)
    if mode == "app":
        sys.path.insert(0, str(HERE.parent))
        from desktop.ui.app import run

        status = run(Path(sys.argv[2]), argv=[sys.argv[0]])
    else:
        sys.argv = [str(HERE / "bare_window.py")]
        try:
            runpy.run_path(sys.argv[0], run_name="__main__")
        except SystemExit as done:
            status = int(done.code or 0)
        else:
            status = 0
    painted = None if probe.at is None else probe.at - started
    print(json.dumps({"mode": mode, "first_paint_s": painted, "status": status}))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
