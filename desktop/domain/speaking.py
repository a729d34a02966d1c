"""Speaking turns: who spoke on an item, in what order, and for how long.

Pure rules for the minutes and the views: the speaking order of an item is the order in
which delegations first took the floor, followed by those struck off the speakers' list
without a timed turn (in the order they were struck); each is counted once, with the total
of its turns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaking turn: who, from when, until when (None: still speaking at ``now``)."""

    delegation: str
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    """A delegation that spoke on an item, and for how long in all (whole seconds)."""

    delegation: str
    seconds: int


def turn_seconds(turn: Turn, now: datetime) -> float:
    end = turn.ended_at if turn.ended_at is not None else now
    return max(0.0, (end - turn.started_at).total_seconds())


def speaking_order(
    turns: Iterable[Turn], struck: Iterable[str], now: datetime
) -> tuple[SpeakerRecord, ...]:
    """Who spoke, in the order they first took the floor, then those struck off the list
    (``struck``, in the order struck) who had no timed turn; each with its total time."""
    totals: dict[str, float] = {}
    for turn in sorted(turns, key=lambda t: t.started_at):
        totals[turn.delegation] = totals.get(turn.delegation, 0.0) + turn_seconds(turn, now)
    for code in struck:
        totals.setdefault(code, 0.0)
    return tuple(SpeakerRecord(code, round(total)) for code, total in totals.items())


def speaking_time(seconds: float) -> str:
    """A speaking time as the minutes print it, the same in English and French:
    "45 s", "2 min 10 s", "3 min", "1 h 02 min"."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"
