"""Speaking turns: who spoke on an item, in what order, and for how long.

Pure rules for the minutes and the views: the speaking order of an item is the order in
which delegations first took the floor, followed by those struck off the speakers' list
without a timed turn (in the order they were struck); each is counted once, with the total
of its turns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from desktop.domain.texts import Bilingual


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


@dataclass(frozen=True, slots=True)
class InterventionEvent:
    """A stored intervention: a delegation spoke on an item without taking a position.
    ``corrects_id``: the intervention whose text this one replaces (the operator's fix; an
    empty text takes the intervention off the record: it was recorded in error)."""

    event_id: int
    delegation: str
    text: str
    spoken_at: datetime
    corrects_id: int | None = None
    text_fr: str = ""  # the French version of the secretariat's summary (``text``: English)


@dataclass(frozen=True, slots=True)
class InterventionRecord:
    """What a delegation said without taking a position, as the minutes report it: the
    secretariat's summary, in English and French."""

    delegation: str
    text: Bilingual
    spoken_at: datetime


def interventions_on_record(events: Iterable[InterventionEvent]) -> tuple[InterventionRecord, ...]:
    """The interventions with something said, in the order spoken, each with its latest
    text: a correction replaces the text of the intervention it corrects (at that one's
    place and time); a speaking turn without text says nothing to report."""
    current: dict[int, InterventionRecord] = {}
    root: dict[int, int] = {}  # each event id -> the id of the intervention it belongs to
    for event in sorted(events, key=lambda e: e.event_id):
        if event.corrects_id is not None and event.corrects_id in root:
            first = root[event.corrects_id]
            root[event.event_id] = first
            current[first] = replace(current[first], text=Bilingual(event.text, event.text_fr))
        else:
            root[event.event_id] = event.event_id
            current[event.event_id] = InterventionRecord(
                event.delegation, Bilingual(event.text, event.text_fr), event.spoken_at
            )
    said = [(record.spoken_at, first, record) for first, record in current.items()]
    return tuple(record for _, _, record in sorted(said) if record.text)


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
