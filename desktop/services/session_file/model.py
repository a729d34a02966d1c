"""The session file's content as plain, frozen data, and the words every part of it shares.

A session file (``docs/session-file.md``) holds one session: its fields, its attendance, its
agenda, each item with the whole history of positions, its silence procedures with all
their events, every outcome declaration and its action items, and the review of its summary
record. ``SessionFile`` is that content once parsed and validated; export builds one from the
database, import writes one into it.

Numbers in the file (``seq``, ``corrects``, ``letter``, ``supersedes``, ``refers_to``, a
review step's ``item``) are file-local ordinals, never database ids, so that export → import
→ export gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.domain.bodies import BodyKind
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.review import ApprovalKind, ReviewEventKind
from desktop.domain.sessions import (
    AgendaKind,
    AttendanceKind,
    ChairRole,
    Classification,
    Format,
    Level,
)
from desktop.domain.silence import LetterKind, LetterStatus, SilenceState
from desktop.i18n import _
from desktop.services.errors import ValidationError

FORMAT = "tourdetable-session"
# 2: outcomes say whether they are a withdrawal (``withdrawn``); 3: items carry their
# speakers' list, their speaking turns, and whether they are kept off the room display;
# 4: positions say whether they are a correction and whether they were conveyed in writing,
# interventions are numbered and carry what was said and the intervention they correct;
# 5: the secretariat's texts in French beside the English (``title_fr``…, ``TEXTS_FR``),
# and the review of the summary record (``review``).
FORMAT_VERSION = 5
# The format that first held the French versions: the texts of a file of an earlier one are
# in one language, English unless the import is told otherwise (``in_french``).
BILINGUAL_SINCE = 5
# The format that first held the review of the record (``review``): a file of an earlier one
# is read as a record never issued.
REVIEW_SINCE = 5
# Refused before a byte is parsed. Above what export writes for the largest session the
# app stores (``desktop.services.limits``: entries and characters), so that whatever the
# app holds it can write to a file and read back; tests/unit/services/test_limits.py
# computes that largest file.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 32  # a session file needs 8 levels; deeper is junk, refused before parsing
MAX_REPORTED = 20  # problems listed in an error; reading stops at the next one


# ---------------------------------------------------------------------- errors
class SessionFileError(ValidationError):
    """A session file that cannot be read or imported; nothing was written.

    ``str(error)`` is one or more sentences; ``problems`` lists them one by one, each with the
    JSON path of what is wrong (at most ``MAX_REPORTED``, then a count of the rest)."""

    def __init__(
        self, problems: list[str], *, total: int = 0, source: str = "", more: bool = False
    ) -> None:
        self.problems = problems
        total = max(total, len(problems))
        if more:  # reading stopped at the first MAX_REPORTED problems
            if source:
                heading = _(
                    "{name} is not a valid session file (more than {count} problems; the "
                    "first {count} follow):"
                ).format(name=source, count=MAX_REPORTED)
            else:
                heading = _(
                    "The file is not a valid session file (more than {count} problems; the "
                    "first {count} follow):"
                ).format(count=MAX_REPORTED)
            message = heading + "\n" + "\n".join(problems)
        elif total == 1:
            message = problems[0]
        else:
            if source:
                heading = _("{name} is not a valid session file ({count} problems):").format(
                    name=source, count=total
                )
            else:
                heading = _("The file is not a valid session file ({count} problems):").format(
                    count=total
                )
            message = heading + "\n" + "\n".join(problems)
        super().__init__(message)


class ReferenceExistsError(SessionFileError):
    """The file's session reference is already taken in this database."""

    def __init__(self, reference: str, session_id: int, *, removed: bool) -> None:
        self.reference = reference
        self.session_id = session_id
        shown = "".join(c if c.isprintable() else " " for c in reference)
        if removed:
            sentence = _(
                "A removed session still holds the reference {reference}, so the file was not "
                "imported. Import it as a replacement of that session, or as a new session "
                "without a reference."
            )
        else:
            sentence = _(
                "Another session already has the reference {reference}, so the file was not "
                "imported. Import it as a replacement of that session, or as a new session "
                "without a reference."
            )
        super().__init__([sentence.format(reference=shown)])


class TooManyProblemsError(Exception):
    """Raised by ``Problems.add`` at the problem after the first ``MAX_REPORTED``: whoever
    reads or checks a file stops there, instead of building sentences nobody will see for
    every entry of a huge list."""


class Problems:
    """Sentences about what is wrong, each with the JSON path it concerns: the first
    ``MAX_REPORTED``; the next one stops the reading (``TooManyProblemsError``)."""

    def __init__(self) -> None:
        self.sentences: list[str] = []
        self.count = 0
        self.stopped = False  # more problems than MAX_REPORTED: reading stopped

    def add(self, path: str, sentence: str) -> None:
        where = path if path else _("The top level")
        self._append(_("{where}: {problem}").format(where=where, problem=sentence))

    def add_whole(self, sentence: str) -> None:
        """A problem of the whole session, not of one place in it (a sentence that may
        start in lower case, as those after a path do)."""
        self._append(sentence[:1].upper() + sentence[1:])

    def _append(self, sentence: str) -> None:
        if len(self.sentences) >= MAX_REPORTED:
            self.stopped = True
            raise TooManyProblemsError
        self.count += 1
        self.sentences.append(sentence)

    def raise_if_any(self, source: str = "") -> None:
        if self.stopped:
            more = [_("…and more; only the first {count} are shown.").format(count=MAX_REPORTED)]
            raise SessionFileError(self.sentences + more, source=source, more=True)
        if self.count:
            raise SessionFileError(self.sentences, total=self.count, source=source)


def refuse(sentence: str) -> SessionFileError:
    """A file refused as a whole (not JSON, too big, a newer format): one sentence."""
    return SessionFileError([sentence])


# ---------------------------------------------------------------------- times
def format_time(moment: datetime) -> str:
    """ISO 8601 in UTC with a "Z": seconds, and microseconds only when there are some."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="microseconds" if utc.microsecond else "seconds") + "Z"


def format_date(day: date) -> str:
    return day.isoformat()


# ---------------------------------------------------------------------- content
@dataclass(frozen=True, slots=True)
class Stamp:
    """Who recorded an event, when, and from which workstation: kept from the original."""

    recorded_at: datetime
    operator: str
    workstation: str


@dataclass(frozen=True, slots=True)
class ExportedBy:
    """Informational only: which application wrote the file. Never stored on import."""

    application: str
    version: str


@dataclass(frozen=True, slots=True)
class FileSession:
    reference: str  # "" when the session has none
    revision: int
    body: BodyKind
    committee_name: str
    level: Level
    format: Format
    date: date
    place: str
    time_zone: str
    opened_at: datetime | None
    closed_at: datetime | None
    chair: str
    chair_role: ChairRole
    classification: Classification
    created_at: datetime
    updated_at: datetime
    committee_name_fr: str = ""  # format 5: the French versions
    place_fr: str = ""


@dataclass(frozen=True, slots=True)
class FileAttendance:
    delegation: str
    kind: AttendanceKind
    display_name: str
    sort_key: str
    present: bool
    head_of_delegation: str


@dataclass(frozen=True, slots=True)
class FilePosition:
    seq: int  # 1, 2, 3… within the item, in the order recorded
    delegation: str
    position: Position
    text: str
    paragraphs: tuple[str, ...]
    corrects: int | None  # the seq of the event this one corrects: the one standing before it
    # The operator's word (format 4; before, a correction was an event naming another): a
    # correction fixes the entry standing before it, a change is what the delegation said.
    # Once read, ``corrects`` is set exactly for the corrections.
    correction: bool
    in_writing: bool  # conveyed in writing by a delegation absent from the table (format 4)
    stamp: Stamp


@dataclass(frozen=True, slots=True)
class FileLetter:
    seq: int
    delegation: str
    letter_kind: LetterKind
    received_at: datetime
    paragraphs: tuple[str, ...]
    reference: str
    text: str
    status: LetterStatus  # written for people; recomputed and compared on import
    stamp: Stamp


@dataclass(frozen=True, slots=True)
class FileBreakWithdrawal:
    seq: int
    letter: int  # the seq of the letter whose break is withdrawn
    received_at: datetime
    reference: str
    stamp: Stamp


@dataclass(frozen=True, slots=True)
class FileExtension:
    seq: int
    at: datetime
    new_deadline: datetime
    reason: str
    stamp: Stamp


@dataclass(frozen=True, slots=True)
class FileWithdrawal:
    seq: int
    at: datetime
    reason: str
    relaunched: bool
    stamp: Stamp


@dataclass(frozen=True, slots=True)
class FileSettlement:
    seq: int
    at: datetime  # the deadline in force
    result: SilenceState  # adopted or broken
    stamp: Stamp


FileSilenceEvent = (
    FileLetter | FileBreakWithdrawal | FileExtension | FileWithdrawal | FileSettlement
)


@dataclass(frozen=True, slots=True)
class FileProcedure:
    seq: int  # 1, 2, 3… within the item
    text_reference: str
    title: str
    launched_at: datetime
    launched_by: str
    original_deadline: datetime
    supersedes: int | None  # the seq of an earlier procedure on the same item
    stamp: Stamp
    events: tuple[FileSilenceEvent, ...]
    title_fr: str = ""  # format 5


@dataclass(frozen=True, slots=True)
class FileOutcome:
    outcome: Outcome  # for a withdrawal, the outcome it withdraws
    decision_text: str
    remitted_to: str
    warnings: tuple[str, ...]  # what the record said against it when it was declared
    stamp: Stamp
    withdrawn: bool = False  # a withdrawal of the declaration standing before it
    decision_text_fr: str = ""  # format 5
    remitted_to_fr: str = ""


@dataclass(frozen=True, slots=True)
class FileAction:
    owner_kind: OwnerKind
    owner: str
    description: str
    due_date: date | None
    status: ActionStatus
    created_at: datetime
    updated_at: datetime
    description_fr: str = ""  # format 5
    owner_fr: str = ""  # "" when the owner is a delegation (``owner`` holds its code)


@dataclass(frozen=True, slots=True)
class FileSpeaker:
    """An entry of an item's speakers' list (format 3), withdrawn ones too, in list order."""

    delegation: str
    added_at: datetime
    struck_at: datetime | None  # struck off: has spoken
    removed_at: datetime | None  # withdrawn from the list
    stamp: Stamp


@dataclass(frozen=True, slots=True)
class FileIntervention:
    """One speaking turn (format 3), in the order they started; or, from format 4, what a
    delegation said without taking a position (``text``), or the operator's correction of
    that (``corrects``: the seq of the intervention whose text it replaces; an empty text
    takes it off the record)."""

    seq: int  # 1, 2, 3… within the item, in list order (format 4; before, the list order)
    delegation: str
    started_at: datetime
    ended_at: datetime | None  # null: still speaking when the file was written
    text: str  # "" for a turn timed by the speaking clock alone (and in formats 1 to 3)
    corrects: int | None
    stamp: Stamp
    text_fr: str = ""  # format 5: the French version of the secretariat's summary

    @property
    def timed(self) -> bool:
        """A turn at the microphone (timed by the clock), not a record of what was said."""
        return not self.text and not self.text_fr and self.corrects is None


@dataclass(frozen=True, slots=True)
class FileItem:
    title: str
    kind: AgendaKind
    documents: str
    summary: str
    created_at: datetime
    removed_at: datetime | None  # set for items taken off the agenda (kept with their record)
    positions: tuple[FilePosition, ...]
    silence_procedures: tuple[FileProcedure, ...]
    outcomes: tuple[FileOutcome, ...]
    action_items: tuple[FileAction, ...]
    not_for_display: bool = False  # format 3: the room display shows "Item N" only
    speakers: tuple[FileSpeaker, ...] = ()  # format 3
    interventions: tuple[FileIntervention, ...] = ()  # format 3
    title_fr: str = ""  # format 5
    summary_fr: str = ""


@dataclass(frozen=True, slots=True)
class FileReviewEvent:
    """One step of the review of the summary record (format 5), in the order recorded: the
    domain's ``ReviewEvent`` with file-local numbers instead of database ids. Only the fields
    of its ``kind`` are in the file; the others keep their defaults."""

    seq: int  # 1, 2, 3… in the order recorded
    kind: ReviewEventKind
    at: datetime  # when it happened: issued, received, decided, approved, reopened
    stamp: Stamp
    delegation: str = ""  # correction: the delegation that sent it
    item: int | None = None  # correction: the item's place in the file's agenda, from 1
    paragraph: str = ""  # correction: where, in the delegation's words
    text: str = ""  # correction: the text proposed; accepted, declined, reopened: the reason
    refers_to: int | None = None  # accepted, declined: the seq of the correction decided
    issue: int | None = None  # issued: 0 for the draft, n for REVn
    fingerprint: str = ""  # issued: the record's fingerprint at that issue
    how: ApprovalKind | None = None  # approved: at a meeting or under silence
    reference: str = ""  # approved: the meeting's record or the procedure's text


@dataclass(frozen=True, slots=True)
class SessionFile:
    """A parsed, validated session file: everything about one session."""

    format_version: int
    exported_by: ExportedBy
    session: FileSession
    attendance: tuple[FileAttendance, ...]
    agenda: tuple[FileItem, ...]
    read_from: int = FORMAT_VERSION  # the format of the file it was read from
    review: tuple[FileReviewEvent, ...] = ()  # format 5; before, a record never issued

    @property
    def reference(self) -> str:
        return self.session.reference

    @property
    def current_items(self) -> tuple[FileItem, ...]:
        """The items on the agenda, in order (without those taken off it)."""
        return tuple(item for item in self.agenda if item.removed_at is None)


# ---------------------------------------------------------------------- languages
def in_french(sf: SessionFile) -> SessionFile:
    """``sf`` with its secretariat's texts moved to the French side: for a file of a format
    before ``BILINGUAL_SINCE`` whose texts are in French (its texts are read as English)."""

    def item(x: FileItem) -> FileItem:
        return replace(
            x,
            title="",
            title_fr=x.title,
            summary="",
            summary_fr=x.summary,
            silence_procedures=tuple(
                replace(p, title="", title_fr=p.title) for p in x.silence_procedures
            ),
            outcomes=tuple(
                replace(
                    o,
                    decision_text="",
                    decision_text_fr=o.decision_text,
                    remitted_to="",
                    remitted_to_fr=o.remitted_to,
                )
                for o in x.outcomes
            ),
            action_items=tuple(_action_in_french(a) for a in x.action_items),
            interventions=tuple(replace(t, text="", text_fr=t.text) for t in x.interventions),
        )

    session = replace(
        sf.session,
        committee_name="",
        committee_name_fr=sf.session.committee_name,
        place="",
        place_fr=sf.session.place,
    )
    return replace(sf, session=session, agenda=tuple(item(x) for x in sf.agenda))


def _action_in_french(action: FileAction) -> FileAction:
    moved = replace(action, description="", description_fr=action.description)
    if action.owner_kind is OwnerKind.DELEGATION:  # the owner is a delegation's code
        return moved
    return replace(moved, owner="", owner_fr=action.owner)
