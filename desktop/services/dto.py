"""Plain, frozen answers the services hand out: never live ORM objects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.domain.consensus import Consensus
from desktop.domain.outcomes import Outcome, OutcomeWarning
from desktop.domain.positions import Position
from desktop.domain.sessions import (
    AgendaKind,
    AttendanceKind,
    ChairRole,
    Classification,
    Format,
    Level,
)
from desktop.domain.silence import LetterKind, LetterStatus, SilenceState
from desktop.domain.standing import Declaration, SilenceFacts, Standing
from desktop.domain.texts import Bilingual


@dataclass(frozen=True, slots=True)
class SessionSummary:
    id: int
    reference: str
    title: str
    body: str
    level: str
    format: str
    session_date: date
    place: str
    chair: str
    classification: str
    item_count: int
    closed: bool = False  # the chair has closed the meeting
    silence_running: int = 0  # items whose latest silence procedure is still open
    silence_broken: int = 0  # items whose latest silence procedure is broken (settled or not)


@dataclass(frozen=True, slots=True)
class Delegation:
    code: str
    name_en: str
    name_fr: str
    kind: AttendanceKind
    present: bool
    head_of_delegation: str

    @property
    def has_decision_rights(self) -> bool:
        return self.kind.has_decision_rights

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: int
    session_id: int
    number: int  # 1-based position on the agenda
    title: str
    kind: AgendaKind
    documents: str
    summary: str
    not_for_display: bool = False  # the room display shows "Item N" and positions only
    # The French versions (the English ones above): "" while not written.
    title_fr: str = ""
    summary_fr: str = ""

    def title_in(self, language: str) -> str:
        """The title in ``language`` ("en" or "fr"), else in the other one."""
        return Bilingual(self.title, self.title_fr).shown(language)[0]


@dataclass(frozen=True, slots=True)
class SessionDetail:
    id: int
    reference: str
    revision: int
    body: str
    committee_name: str
    title: str
    level: Level
    format: Format
    session_date: date
    place: str
    time_zone: str
    opened_at: datetime | None
    closed_at: datetime | None
    chair: str
    chair_role: ChairRole
    classification: Classification
    delegations: tuple[Delegation, ...]
    items: tuple[AgendaItem, ...]
    # The French versions of the committee's name and the place: "" while not written.
    committee_name_fr: str = ""
    place_fr: str = ""

    @property
    def decision_holders(self) -> tuple[str, ...]:
        return tuple(d.code for d in self.delegations if d.has_decision_rights)


@dataclass(frozen=True, slots=True)
class PositionEntry:
    """One logged position: an event. ``corrects_id`` names the event it followed when it
    was logged as a correction; ``correction`` is whether it is one now (the operator may
    have said otherwise since); ``in_writing``: conveyed in writing by an absent delegation."""

    event_id: int
    item_id: int
    delegation: str
    position: Position
    text: str
    paragraphs: tuple[str, ...]
    recorded_at: datetime
    operator: str
    corrects_id: int | None
    correction: bool = False
    in_writing: bool = False


@dataclass(frozen=True, slots=True)
class LetterView:
    seq: int
    delegation: str
    received_at: datetime
    kind: LetterKind
    paragraphs: tuple[str, ...]
    reference: str
    text: str
    status: LetterStatus

    @property
    def is_late(self) -> bool:
        return self.status is LetterStatus.LATE


@dataclass(frozen=True, slots=True)
class ExtensionView:
    seq: int
    at: datetime
    new_deadline: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class SilenceView:
    id: int
    item_id: int
    session_id: int
    item_title: str
    text_reference: str
    title: str
    launched_at: datetime
    launched_by: str
    original_deadline: datetime
    deadline: datetime
    state: SilenceState
    settled: bool
    due: bool
    breaking: tuple[str, ...]
    letters: tuple[LetterView, ...]
    extensions: tuple[ExtensionView, ...]
    withdrawn_at: datetime | None
    withdrawal_reason: str
    supersedes_id: int | None
    title_fr: str = ""  # the French version of ``title``

    @property
    def is_open(self) -> bool:
        return not self.settled and self.withdrawn_at is None


@dataclass(frozen=True, slots=True)
class OutcomeView:
    item_id: int
    outcome: Outcome
    decision_text: str
    remitted_to: str
    declared_at: datetime
    operator: str
    warnings: tuple[OutcomeWarning, ...]  # what the record says against it, now
    withdrawn: bool = False  # a withdrawal of the declaration before it, carrying its outcome
    # The French versions: "" while not written.
    decision_text_fr: str = ""
    remitted_to_fr: str = ""


@dataclass(frozen=True, slots=True)
class ActionItemView:
    id: int
    item_id: int
    owner_kind: OwnerKind
    owner: str
    description: str
    due_date: date | None
    status: ActionStatus
    # The French versions: "" while not written.
    description_fr: str = ""
    owner_fr: str = ""


@dataclass(frozen=True, slots=True)
class ItemState:
    """Where one item stands: its consensus, declared outcome and latest silence procedure,
    and the one state the domain derives from them (``desktop.domain.standing``)."""

    item_id: int
    consensus: Consensus
    outcome: OutcomeView | None
    silence: SilenceView | None
    standing: Standing


@dataclass(frozen=True, slots=True)
class ItemStanding:
    """An item on the agenda and where it stands."""

    item: AgendaItem
    standing: Standing


@dataclass(frozen=True, slots=True)
class Grid:
    """Delegations (seating order) by items (agenda order), with current positions."""

    session_id: int
    delegations: tuple[Delegation, ...]
    items: tuple[AgendaItem, ...]
    positions: dict[tuple[int, str], PositionEntry]
    consensus: dict[int, Consensus]
    silence_breaks: frozenset[tuple[int, str]]  # (item id, delegation) with a standing break
    # What the items' state needs besides the positions (``desktop.domain.standing``):
    declared: dict[int, Declaration] = field(default_factory=dict)  # standing declarations
    silence: dict[int, SilenceFacts] = field(default_factory=dict)  # latest procedures

    def position(self, item_id: int, delegation: str) -> Position:
        entry = self.positions.get((item_id, delegation))
        return entry.position if entry else Position.NOT_STATED


@dataclass(frozen=True, slots=True)
class GridPatch:
    """Some cells of a grid after an edit: ``None`` where nothing stands any more."""

    positions: dict[tuple[int, str], PositionEntry | None]
    consensus: dict[int, Consensus]


@dataclass(frozen=True, slots=True)
class SettledNotice:
    """What the app settled by itself when a deadline passed."""

    procedure_id: int
    item_id: int
    session_id: int
    item_title: str
    state: SilenceState
    deadline: datetime
    breaking: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MissingText:
    """A text of the record written in one official language only.

    ``where`` names its place in a sentence ("Item 3, title"); ``field`` is the name of its
    English field ("title", "decision_text"), ``entity`` what it belongs to ("session",
    "agenda_item", "declaration", "action_item", "silence", "intervention") and
    ``entity_id`` that row's id (of an intervention, its latest row, the one a correction
    names); ``item_id`` the agenda item (None for the session's own texts). ``lacks`` is the
    language still to be written ("fr" or "en"), ``text`` the version there is."""

    where: str
    field: str
    entity: str
    entity_id: int
    item_id: int | None
    lacks: str
    text: str


class HitKind(StrEnum):
    """What an archive search hit matched."""

    ITEM = "item"  # an agenda item's title, summary or documents
    STATEMENT = "statement"  # what a delegation said with its position
    LETTER = "letter"  # a letter received under a silence procedure
    DECISION = "decision"  # the chair's decision text
    SILENCE = "silence"  # a silence procedure's title or text reference
    INTERVENTION = "intervention"  # what a delegation said without taking a position


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One match of an archive search, with where it was said and the words that matched.

    ``snippet`` is plain text; ``marks`` are the (start, end) offsets of the matched words in
    it. ``rank`` is FTS5's BM25 rank: the lower, the better the match (hits come best first).
    ``current`` is False for a statement, a decision or an intervention that no longer
    stands (a later position, declaration or correction replaced it): only a search with
    ``history=True`` returns those.
    """

    session_id: int
    session_title: str
    session_date: date
    session_reference: str
    body: str
    level: str
    item_id: int
    item_number: int
    item_title: str
    kind: HitKind
    delegation: str  # "" when the hit is no delegation's (an item, a decision)
    position: Position | None  # a statement's position
    outcome: Outcome | None  # a decision's outcome
    letter_kind: LetterKind | None  # a letter's kind (a break or a comment)
    snippet: str
    marks: tuple[tuple[int, int], ...]
    rank: float
    current: bool = True

    def marked(self, before: str, after: str, escape: Callable[[str], str] = str) -> str:
        """The snippet with each match between ``before`` and ``after``; ``escape`` is applied
        to the text around and inside the marks (e.g. ``html.escape``), not to the marks."""
        parts: list[str] = []
        end = 0
        for start, stop in self.marks:
            parts += [escape(self.snippet[end:start]), before, escape(self.snippet[start:stop])]
            parts.append(after)
            end = stop
        parts.append(escape(self.snippet[end:]))
        return "".join(parts)


class HistoryKind(StrEnum):
    """What a delegation's history lists. The values of positions are those of ``Position``."""

    OBJECTION = "objection"
    RESERVATION = "reservation"
    FOOTNOTE = "footnote"
    STUDY_RESERVE = "study_reserve"
    STATEMENT = "agree_with_statement"
    SILENCE_BREAK = "silence_break"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One objection, reservation, footnote (…) or silence break of a delegation.

    ``standing``: the position still stands on the item (no later position replaced it), or
    the break still breaks silence (not withdrawn, not late). A position the operator
    corrected (a mis-keyed entry, an undo) never happened, and is not listed.
    """

    session_id: int
    session_date: date
    session_reference: str
    session_title: str
    item_id: int
    item_number: int
    item_title: str
    delegation: str
    kind: HistoryKind
    at: datetime  # when it was recorded, or when the letter was received (UTC)
    text: str
    paragraphs: tuple[str, ...]
    reference: str  # the letter's reference
    standing: bool
    letter_status: LetterStatus | None = None


@dataclass(frozen=True, slots=True)
class SpeakerEntry:
    """A delegation on an item's speakers' list."""

    id: int
    delegation: str
    seq: int  # its order in the list
    added_at: datetime  # aware UTC
    struck_at: datetime | None  # struck off (has spoken)
    spoken_seconds: float  # total of this delegation's interventions on the item, so far


@dataclass(frozen=True, slots=True)
class InterventionView:
    """One speaking turn."""

    id: int
    delegation: str
    started_at: datetime
    ended_at: datetime | None  # None: speaking now


@dataclass(frozen=True, slots=True)
class InterventionSaid:
    """What a delegation said without taking a position, as it stands on the record; ``id``
    is its latest row, the one a correction names."""

    id: int
    delegation: str
    text: str
    spoken_at: datetime
    text_fr: str = ""  # the French version of the secretariat's summary


@dataclass(frozen=True, slots=True)
class SpeakersState:
    """An item's speakers' list and its speaking turns."""

    item_id: int
    waiting: tuple[SpeakerEntry, ...]  # on the list, not struck, not removed, in seq order
    struck: tuple[SpeakerEntry, ...]  # struck off, in the order they were struck
    interventions: tuple[InterventionView, ...]  # in time order
    speaking: InterventionView | None  # the running one, if any
    said: tuple[InterventionSaid, ...] = ()  # interventions with text, in the order spoken
