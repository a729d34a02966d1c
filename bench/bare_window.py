"""The floor of the start-up figure: a bare PySide6 main window, nothing else.

Run as the app is run by the start-up benchmark: it shows a ``QMainWindow`` of the app's
default size. As the app does, it notes the moment of its first paint in the file
``TDT_STARTUP_TIMES`` names (as JSON), then quits; under ``TDT_QUIT_AFTER_SHOW=1`` it quits as
soon as it is shown. ``bench/startup.py`` times it from process start to that paint.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    """A bare main window that notes its first paint in ``path`` (None: nothing), then
    quits, as ``desktop.ui.app`` does under ``TDT_STARTUP_TIMES`` (``MainWindow.painted``)."""

    def __init__(self, path: Path | None) -> None:
        super().__init__()
        self._path = path

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._path is not None:
            moments = {"painted": time.time(), "painted_cpu": time.process_time()}
            import json  # as the app: not before the paint

            self._path.write_text(json.dumps(moments), encoding="utf-8")
            self._path = None
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    existing = QApplication.instance()  # as desktop.ui.app does: one may exist already
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    times = os.environ.get("TDT_STARTUP_TIMES")
    window = Window(Path(times) if times else None)
    window.setWindowTitle("Bare window")
    window.resize(1120, 700)
    window.show()
    if os.environ.get("TDT_QUIT_AFTER_SHOW"):
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
