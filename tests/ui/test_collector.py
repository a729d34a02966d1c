"""Garbage is collected on the GUI thread's timer, not whenever a worker allocates."""

from __future__ import annotations

import gc
import weakref

from desktop.ui.collector import MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_are_collected_on_the_gui_threads_timer(qtbot) -> None:
    collector = MainThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()  # no collection from whatever thread allocates
        first = _Cycle()
        gone = weakref.ref(first)
        del first
        for _ in range(gc.get_threshold()[0] + 10):
            _Cycle()
        assert gone() is not None  # nothing collected it on the way
        qtbot.waitUntil(lambda: gone() is None, timeout=2000)
    finally:
        collector.stop()
