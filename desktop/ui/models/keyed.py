"""Cells keyed here whose writes have not landed, and what they show meanwhile (no Qt).

The grid shows a keyed position at once, before the write that stores it has run on the
worker. Each key sends one write; the cell stays *keyed*, showing what was keyed, until the
last write on its way lands (stored or refused). A cell keyed more than ``slow_ms`` ago and
still waiting is *slow*: the grid says it is not saved yet. Nothing here knows Qt: the grid
model owns the timer that calls ``mark_slow`` and repaints what it returns, and the clock is
given, so that a test sets the time instead of waiting for it.

Which change sets a keyed write made is not kept here: the controller's ``changed`` says who
made each (``SessionController``), and the grid does not read again the cell its own key's
write returned.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)  # a cell
V = TypeVar("V")  # what a cell shows


class _Pending(Generic[V]):
    """A cell keyed here whose writes have not all landed."""

    __slots__ = ("shown", "since", "slow", "writes")

    def __init__(self, shown: V, since: float) -> None:
        self.shown = shown
        self.since = since  # when it was first keyed (a key again does not restart it)
        self.writes = 0  # on their way: one per key
        self.slow = False  # waiting for longer than ``slow_ms``: says so


class KeyedCells(Generic[K, V]):
    """The cells keyed and not stored yet: what each shows, and whether it is slow."""

    def __init__(self, slow_ms: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.slow_ms = slow_ms
        self._clock = clock  # seconds
        self._pending: dict[K, _Pending[V]] = {}

    def key(self, cell: K, shown: V) -> None:
        """``shown`` was keyed on ``cell``: it shows from now on, one more write on its way."""
        pending = self._pending.get(cell)
        if pending is None:
            pending = self._pending[cell] = _Pending(shown, self._clock())
        pending.shown = shown
        pending.writes += 1

    def landed(self, cell: K) -> bool:
        """One write to ``cell`` landed (stored or refused). True when none is left on its
        way: the cell shows what is stored again (True too for a cell not keyed)."""
        pending = self._pending.get(cell)
        if pending is None:
            return True
        pending.writes -= 1
        if pending.writes > 0:
            return False
        del self._pending[cell]
        return True

    def shown(self, cell: K) -> V | None:
        """What the keyed ``cell`` shows; None when it is not keyed."""
        pending = self._pending.get(cell)
        return pending.shown if pending is not None else None

    def is_slow(self, cell: K) -> bool:
        """Keyed more than ``slow_ms`` ago (as ``mark_slow`` last found) and not stored."""
        pending = self._pending.get(cell)
        return pending is not None and pending.slow

    def mark_slow(self) -> tuple[list[K], int | None]:
        """Mark the cells waiting for ``slow_ms`` or longer as slow. Returns those that became
        slow now (to repaint), and in how many milliseconds the next one will (None: no other
        cell waits)."""
        now = self._clock()
        became: list[K] = []
        waiting: list[float] = []
        for cell, pending in self._pending.items():
            if pending.slow:
                continue
            age_ms = (now - pending.since) * 1000
            if age_ms >= self.slow_ms:
                pending.slow = True
                became.append(cell)
            else:
                waiting.append(self.slow_ms - age_ms)
        return became, (max(1, int(min(waiting))) if waiting else None)

    def keep(self, wanted: Callable[[K], bool]) -> None:
        """Forget the keyed cells not ``wanted`` (no longer on the grid)."""
        for cell in [c for c in self._pending if not wanted(c)]:
            del self._pending[cell]

    def clear(self) -> None:
        self._pending.clear()

    def __contains__(self, cell: object) -> bool:
        return cell in self._pending

    def __iter__(self) -> Iterator[K]:
        return iter(self._pending)

    def __len__(self) -> int:
        return len(self._pending)
