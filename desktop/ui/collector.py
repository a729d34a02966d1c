"""Python's cyclic garbage collection, pinned to the GUI thread.

Python collects reference cycles in whichever thread happens to allocate when a threshold is
crossed. In this app that is often the worker that runs the database work. A cycle that holds
Qt objects of the GUI thread (a closed dialog and the lambdas connected to it, say) would then
be destroyed from the worker, which Qt does not allow and which crashes now and then — in
``~QObject`` or in a timer stopped from the wrong thread. So automatic collection is switched
off, and the GUI thread collects instead: a look once a second, collecting each generation
when its threshold is passed, as Python itself would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


def collect_due() -> int:
    """Collect the generations whose counts passed their thresholds; return what was found.
    Call it on the GUI thread only."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    found = 0
    if counts[0] > thresholds[0]:
        generation = 0
        if counts[1] > thresholds[1]:
            generation = 2 if counts[2] > thresholds[2] else 1
        found = gc.collect(generation)
    return found


class MainThreadCollector(QObject):
    """Switches automatic collection off while it lives, and collects on its timer."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(collect_due)
        self.timer.start()

    def stop(self) -> None:
        """Back to Python's own collection (the app is closing, or a test is done)."""
        self.timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
