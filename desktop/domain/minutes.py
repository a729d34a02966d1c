"""The minutes of a session (its *summary record*) as plain data, and the rules of the record.

The services assemble a ``Minutes`` tree from the database in one read; the reports print it.
Both depend on this module only, so the PDF never sees an ORM object and the services never
see reportlab. Everything here is frozen and holds no database ids: two databases with the same
record give the same tree, and the same ``fingerprint``.

Rules of the record that live here:
- ``position_path``: what a delegation said on an item, in order, with corrections (the
  operator's fixes: a mistyped key, an undo, a re-key of the cell just logged) *replacing* the
  mistaken entry instead of appearing as a change of position. Whether an event is a
  correction is the operator's word (``PositionEvent.correction``), not the record's guess.
- ``Minutes.fingerprint``: a SHA-256 of the canonical form of the record, printed on the last
  page so that a delegate can tell two copies apart (same record, same fingerprint, whatever
  the language or the PDF library).
- The secretariat's texts (titles, summaries, decisions, action items, silence subjects,
  summaries of interventions, the place, a committee's name) are ``Bilingual``: both official
  languages, printed in the language of the minutes, the other one marked where a version is
  missing. ``Minutes.untranslated(language)`` lists the texts the minutes in ``language``
  print in the other language. Statements and letters stay as spoken: plain ``str``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields, is_dataclass, replace
from datetime import UTC, date, datetime, time
from enum import Enum
from typing import Any

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.domain.bodies import BodyKind, meeting_heading
from desktop.domain.labels import Label
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.review import ReviewNotes
from desktop.domain.sessions import (
    AgendaKind,
    AttendanceKind,
    ChairRole,
    Classification,
    Format,
    Level,
)
from desktop.domain.silence import (
    BreakWithdrawal,
    Extension,
    Letter,
    Settlement,
    SilenceProcedure,
    SilenceState,
    Withdrawal,
)
from desktop.domain.speaking import InterventionRecord, SpeakerRecord
from desktop.domain.texts import Bilingual

# Bumped whenever the canonical form changes, so that a fingerprint is never ambiguous.
# 2: items carry who spoke and for how long (``speakers``).
# 3: positions conveyed in writing (``in_writing``); interventions (``interventions``).
# 4: the secretariat's texts in English and French (``Bilingual``).
CANONICAL_VERSION = 4


@dataclass(frozen=True, slots=True)
class Attendee:
    """A delegation (or staff) at the table, as the minutes name it."""

    code: str
    name: Label
    kind: AttendanceKind
    present: bool
    head_of_delegation: str

    @property
    def has_decision_rights(self) -> bool:
        return self.kind.has_decision_rights


@dataclass(frozen=True, slots=True)
class PositionEvent:
    """One logged position, as stored: the input of ``position_path``. ``correction``: the
    operator fixed the entry that stood before it (it is not something the delegation said);
    ``in_writing``: conveyed in writing by a delegation absent from the table."""

    event_id: int
    position: Position
    text: str
    paragraphs: tuple[str, ...]
    recorded_at: datetime
    correction: bool = False
    in_writing: bool = False


@dataclass(frozen=True, slots=True)
class PositionStep:
    """One position a delegation held on an item, from ``recorded_at`` (when it said it: a
    correction of the entry keeps the time of the entry it corrects)."""

    position: Position
    text: str
    paragraphs: tuple[str, ...]
    recorded_at: datetime
    in_writing: bool = False

    def same_as(self, other: PositionStep) -> bool:
        return (self.position, self.text, self.paragraphs) == (
            other.position,
            other.text,
            other.paragraphs,
        )


@dataclass(frozen=True, slots=True)
class PositionRecord:
    """What one delegation said on one item: its path, oldest first (never empty)."""

    delegation: str
    path: tuple[PositionStep, ...]

    @property
    def current(self) -> PositionStep:
        return self.path[-1]

    @property
    def changed(self) -> bool:
        return len(self.path) > 1


def position_path(events: Iterable[PositionEvent]) -> tuple[PositionStep, ...]:
    """The path of one delegation on one item from its events (any order).

    A correction replaces the entry that stood before it, in place and at that entry's time:
    a mis-keyed objection corrected to agree reads as agree, not as a change of mind. Steps
    that repeat the one before are merged (keeping the earlier time), and leading *not
    stated* steps are dropped: nothing was said.
    """
    slots: list[PositionStep] = []
    for event in sorted(events, key=lambda e: e.event_id):
        step = PositionStep(
            event.position, event.text, event.paragraphs, event.recorded_at, event.in_writing
        )
        if event.correction and slots:
            slots[-1] = replace(step, recorded_at=slots[-1].recorded_at)
        else:
            slots.append(step)
    path: list[PositionStep] = []
    for step in slots:
        if not path and step.position is Position.NOT_STATED:
            continue
        if path and path[-1].same_as(step):
            continue
        path.append(step)
    return tuple(path)


@dataclass(frozen=True, slots=True)
class SilenceRecord:
    """One silence procedure on an item, with every event as recorded (in the domain's terms).

    ``number`` counts the item's procedures from 1; ``relaunch_of`` is the number of the
    procedure this one replaced on a revised text, if any.
    """

    number: int
    text_reference: str
    title: Bilingual
    launched_by: str
    procedure: SilenceProcedure
    relaunch_of: int | None = None

    @property
    def state(self) -> SilenceState:
        # The state does not depend on the clock (only ``due`` does), so the record is stable.
        return self.procedure.status(self.procedure.launched_at).state

    @property
    def breaking(self) -> tuple[str, ...]:
        return self.procedure.status(self.procedure.launched_at).breaking


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """The chair's latest declaration on an item."""

    outcome: Outcome
    decision_text: Bilingual
    remitted_to: Bilingual
    declared_at: datetime


@dataclass(frozen=True, slots=True)
class ActionRecord:
    item_number: int
    owner_kind: OwnerKind
    owner: Bilingual  # a delegation's code, in both, when the owner is a delegation
    description: Bilingual
    due_date: date | None
    status: ActionStatus


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """One agenda item: what was before the Council, what each delegation said, what silence
    procedures ran on it, what the chair declared, and the actions it carries."""

    number: int
    title: Bilingual
    kind: AgendaKind
    documents: str
    summary: Bilingual
    positions: tuple[PositionRecord, ...]  # seating order; only delegations that said something
    silence: tuple[SilenceRecord, ...] = ()
    decision: DecisionRecord | None = None
    actions: tuple[ActionRecord, ...] = ()
    speakers: tuple[SpeakerRecord, ...] = ()  # who spoke, in speaking order, and how long
    interventions: tuple[InterventionRecord, ...] = ()  # what was said without a position

    def position_of(self, code: str) -> PositionRecord | None:
        return next((p for p in self.positions if p.delegation == code), None)

    def current(self, code: str) -> Position:
        record = self.position_of(code)
        return record.current.position if record else Position.NOT_STATED


@dataclass(frozen=True, slots=True)
class Minutes:
    """The summary record of one session, ready to print in English or French."""

    reference: str
    revision: int
    body: BodyKind
    committee_name: Bilingual
    level: Level
    format: Format
    session_date: date
    place: Bilingual
    time_zone: str
    opened_at: datetime | None
    closed_at: datetime | None
    chair: str
    chair_role: ChairRole
    classification: Classification
    attendees: tuple[Attendee, ...]  # members in seating order, then invitees, partners, staff
    items: tuple[ItemRecord, ...]
    # The review's notes (desktop.domain.review): printed, never part of the fingerprint.
    review: ReviewNotes | None = field(default=None, metadata={"canonical": False})

    @property
    def is_draft(self) -> bool:
        """Minutes of a meeting not yet closed are a draft."""
        return self.closed_at is None

    @property
    def full_reference(self) -> str:
        """The reference as printed: ``C-R(2026)0042``, or ``C-R(2026)0042-REV1``."""
        if not self.reference:
            return ""
        return f"{self.reference}-REV{self.revision}" if self.revision else self.reference

    def heading(self, language: str) -> str:
        committee, _own = self.committee_name.shown(language)
        return meeting_heading(self.body, self.level, language, committee)

    def untranslated(self, language: str) -> tuple[Bilingual, ...]:
        """The texts these minutes print in the other language in ``language``: those
        without a version in ``language`` (each text once, as printed)."""
        return tuple(t for t in _texts(self) if t.lacks(language))

    @property
    def members(self) -> tuple[Attendee, ...]:
        return tuple(a for a in self.attendees if a.has_decision_rights)

    @property
    def others(self) -> tuple[Attendee, ...]:
        """Invitees, partners and staff: present without decision rights."""
        return tuple(a for a in self.attendees if not a.has_decision_rights)

    def attendee(self, code: str) -> Attendee | None:
        return next((a for a in self.attendees if a.code == code), None)

    @property
    def actions(self) -> tuple[ActionRecord, ...]:
        return tuple(a for item in self.items for a in item.actions)

    @property
    def last_event_at(self) -> datetime:
        """The latest moment the record reflects (never a deadline still to come): the date a
        PDF of it carries, so that the same record always gives the same file."""
        moments = list(_moments(self))
        if not moments:
            return datetime.combine(self.session_date, time(), tzinfo=UTC)
        return max(moments)

    @property
    def fingerprint(self) -> str:
        """SHA-256 (hex) of the canonical form of the record."""
        return hashlib.sha256(canonical_json(self).encode("utf-8")).hexdigest()


def _texts(minutes: Minutes) -> Iterator[Bilingual]:
    """Every secretariat text of the record, in the order printed. (An action owned by a
    delegation is named by the delegation, in both languages.)"""
    yield minutes.committee_name
    yield minutes.place
    for item in minutes.items:
        yield item.title
        yield item.summary
        yield from (said.text for said in item.interventions)
        yield from (record.title for record in item.silence)
        if item.decision is not None:
            yield item.decision.remitted_to
            yield item.decision.decision_text
        for action in item.actions:
            if action.owner_kind is not OwnerKind.DELEGATION:
                yield action.owner
            yield action.description


def _moments(minutes: Minutes) -> Iterator[datetime]:
    for moment in (minutes.opened_at, minutes.closed_at):
        if moment is not None:
            yield moment
    for item in minutes.items:
        for record in item.positions:
            yield from (step.recorded_at for step in record.path)
        yield from (intervention.spoken_at for intervention in item.interventions)
        if item.decision is not None:
            yield item.decision.declared_at
        for silence in item.silence:
            yield silence.procedure.launched_at
            for event in silence.procedure.events:
                match event:
                    case Letter() | BreakWithdrawal():
                        yield event.received_at
                    case Extension() | Withdrawal() | Settlement():
                        yield event.at


def canonical_json(record: object) -> str:
    """A stable text form of a tree of dataclasses, enums, dates and collections: keys sorted,
    times in UTC, sets sorted, each dataclass tagged with its type."""
    payload = {"canonical_version": CANONICAL_VERSION, "record": _plain(record)}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _plain(value: object) -> Any:
    result: Any
    match value:
        case _ if is_dataclass(value) and not isinstance(value, type):
            result = {"@type": type(value).__name__}
            result.update(
                {
                    f.name: _plain(getattr(value, f.name))
                    for f in fields(value)
                    if f.metadata.get("canonical", True)
                }
            )
        case Enum():
            result = value.value
        case datetime():
            result = value.astimezone(UTC).isoformat()
        case date():
            result = value.isoformat()
        case frozenset() | set():
            result = sorted(_plain(v) for v in value)
        case tuple() | list():
            result = [_plain(v) for v in value]
        case None | str() | int() | float() | bool():
            result = value
        case _:
            raise TypeError(f"{type(value).__name__} has no canonical form")
    return result
