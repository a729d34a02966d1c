"""The baseline of the start-up figure: a bare PySide6 main window, nothing else.

Run as the app is run by the start-up benchmark: it shows a ``QMainWindow`` of the app's
default size and, as the app does under ``TDT_QUIT_AFTER_SHOW=1``, quits as soon as it is
shown. ``bench/startup.py`` times it from process start to its first paint.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    existing = QApplication.instance()  # as desktop.ui.app does: one may exist already
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1120, 700)
    window.show()
    if os.environ.get("TDT_QUIT_AFTER_SHOW"):
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
