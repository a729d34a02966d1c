"""Run service calls off the GUI thread and hand their results back on it.

A ``TaskRunner`` owns a one-thread ``QThreadPool``: database work is serialised (SQLite
likes one writer) and answers arrive in the order they were asked. A caller that asks
again before the answer came (a filter changed) drops the stale answer with
``desktop.ui.latest.Latest``.

What is submitted while the GUI thread handles an event starts once it has (at the next
turn of the event loop, in the order submitted): a key's write then runs while the GUI
thread waits for events, not while it moves the cursor and repaints. Both run Python, and
Python's lock would make each wait for the other, turn by turn (``wait`` starts them first).
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

T = TypeVar("T")
Failed = Callable[[Exception], None]
log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from a worker are queued to it."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    def __init__(self, ticket: int, call: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._ticket = ticket
        self._call = call
        self._relay = relay

    def run(self) -> None:
        started = time.perf_counter()
        try:
            result = self._call()
        except Exception as error:  # handed to the caller's on_error
            log.debug(
                "Task %d failed after %.3f s: %s: %s",
                self._ticket, time.perf_counter() - started, type(error).__name__, error,
            )  # fmt: skip
            self._relay.failed.emit(self._ticket, error)
        else:
            log.debug("Task %d done in %.3f s", self._ticket, time.perf_counter() - started)
            self._relay.finished.emit(self._ticket, result)


class TaskRunner(QObject):
    """``submit(call, on_done, on_error)`` runs ``call()`` on a worker thread and calls
    ``on_done(result)`` or ``on_error(exception)`` on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # The worker thread stays for the runner's life: by default it would end after 30 s
        # without work, and the operator's next key would wait for a new thread to start.
        self._pool.setExpiryTimeout(-1)
        self._tickets = itertools.count(1)
        self._waiting: dict[int, tuple[Callable[[object], None], Failed]] = {}
        self._queued: list[_Task] = []  # submitted during this event: started after it
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)

    def submit(self, call: Callable[[], T], on_done: Callable[[T], None], on_error: Failed) -> int:
        def done(result: object) -> None:
            # What ``call`` returned: the signal carries it as an ``object``.
            on_done(cast(T, result))

        ticket = next(self._tickets)
        if log.isEnabledFor(logging.DEBUG):
            log.debug("Task %d submitted: %s", ticket, getattr(call, "__qualname__", call))
        self._waiting[ticket] = (done, on_error)
        if not self._queued:
            QTimer.singleShot(0, self, self._start_queued)
        self._queued.append(_Task(ticket, call, self._relay))
        return ticket

    def _start_queued(self) -> None:
        queued, self._queued = self._queued, []
        for task in queued:
            self._pool.start(task)

    def busy(self) -> bool:
        return bool(self._waiting)

    def wait(self) -> None:
        """Block until every submitted call has run (before closing the database)."""
        self._start_queued()
        self._pool.waitForDone()

    @Slot(int, object)
    def _on_finished(self, ticket: int, result: object) -> None:
        callbacks = self._waiting.pop(ticket, None)
        if callbacks is not None:
            callbacks[0](result)

    @Slot(int, object)
    def _on_failed(self, ticket: int, error: object) -> None:
        callbacks = self._waiting.pop(ticket, None)
        if callbacks is not None:
            assert isinstance(error, Exception)
            callbacks[1](error)
