"""Reading a session file's content: from its JSON value to a ``SessionFile``.

Import is a trust boundary: a file may be hand-edited, cut short, from a newer version, or
hostile. Everything is checked before anything is written, in this order:

1. the bytes and the JSON (``session_file.encoding``): size, UTF-8, depth, syntax, the header;
2. the shape (here): no list beyond what a session holds (``limits``, before an entry is
   read), every field present with the right type, enum values known, text that fits its
   column, one-line text without control characters, delegations' codes and the reference
   as ``text_rules`` says, no unknown keys, no key twice in one object, no NaN or Infinity;
3. the rules (``session_file.checks``): roster, links, order of times, silence replayed.

Each problem is a sentence that starts with the JSON path it concerns, e.g.
``agenda[3].positions[12].delegation: "XYZ" is not a member of …``; paths count from 0.
Reading stops at the problem after the first twenty (``Problems``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.domain.bodies import BodyKind
from desktop.domain.outcomes import Outcome
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
from desktop.domain.timezones import EARLIEST, LATEST
from desktop.i18n import N_, _
from desktop.services.limits import MAX_WARNINGS, json_problems, text_problem
from desktop.services.session_file.encoding import check_header, child, describe, quote
from desktop.services.session_file.model import (
    BILINGUAL_SINCE,
    FORMAT_VERSION,
    REVIEW_SINCE,
    ExportedBy,
    FileAction,
    FileAttendance,
    FileBreakWithdrawal,
    FileExtension,
    FileItem,
    FileLetter,
    FileOutcome,
    FilePosition,
    FileProcedure,
    FileSession,
    FileSettlement,
    FileSilenceEvent,
    FileWithdrawal,
    Problems,
    SessionFile,
    Stamp,
    TooManyProblemsError,
)
from desktop.services.session_file.review import read_review
from desktop.services.session_file.speakers import read_intervention, read_speaker
from desktop.services.text_rules import NOT_A_CODE, control_in, invisible_in, is_code

E = TypeVar("E", bound=StrEnum)

# The fields of each object, in the order export writes them (format 5, the current one).
# All are required. Format 4 has no French versions (the keys ending in ``_fr``) and no
# ``review`` (a record never issued; ``session_file.review``): its texts
# are read as English (or as French, when the import is told so: ``model.in_french``); a
# title, a committee's name, a description needs one version at least. Format 3 differs in
# its positions, without ``in_writing`` and
# ``correction`` (read as not conveyed in writing; an event naming the one it ``corrects`` is
# a correction, as the application then took it), and its interventions, without ``seq``,
# ``text`` and ``corrects`` (turns at the microphone, numbered in list order;
# ``session_file.speakers``). Format 2 also has items without ``not_for_display``,
# ``speakers`` and ``interventions``: read as items shown on the room display with an empty
# speakers' list. Format 1 also has no ``withdrawn`` in its outcomes: nothing was withdrawn.
# fmt: off
TOP_KEYS = (
    "format", "format_version", "exported_by", "session", "attendance", "agenda", "review",
)
TOP_KEYS_FORMAT_4 = tuple(key for key in TOP_KEYS if key != "review")  # formats 1 to 4
EXPORTED_BY_KEYS = ("application", "version")
SESSION_KEYS = (
    "reference", "revision", "body", "committee_name", "committee_name_fr", "level", "format",
    "date", "place", "place_fr", "time_zone", "opened_at", "closed_at", "chair", "chair_role",
    "classification", "created_at", "updated_at",
)
ATTENDANCE_KEYS = (
    "delegation", "kind", "display_name", "sort_key", "present", "head_of_delegation",
)
ITEM_KEYS = (
    "title", "title_fr", "kind", "documents", "summary", "summary_fr", "not_for_display",
    "created_at", "removed_at", "positions", "silence_procedures", "outcomes", "action_items",
    "speakers", "interventions",
)
ITEM_KEYS_FORMAT_2 = tuple(  # formats 1 and 2: no speakers' list, no room display
    key for key in ITEM_KEYS if key not in ("not_for_display", "speakers", "interventions")
)
STAMP_KEYS = ("recorded_at", "operator", "workstation")
POSITION_KEYS = (
    "seq", "delegation", "position", "text", "paragraphs", "in_writing", "correction",
    "corrects", *STAMP_KEYS,
)
POSITION_KEYS_FORMAT_3 = tuple(  # formats 1 to 3: a correction is an event naming another
    key for key in POSITION_KEYS if key not in ("in_writing", "correction")
)
PROCEDURE_KEYS = (
    "seq", "text_reference", "title", "title_fr", "launched_at", "launched_by",
    "original_deadline", "supersedes", *STAMP_KEYS, "events",
)
EVENT_KEYS = {
    "letter": (
        "delegation", "letter_kind", "received_at", "paragraphs", "reference", "text", "status",
    ),
    "break_withdrawal": ("letter", "received_at", "reference"),
    "extension": ("at", "new_deadline", "reason"),
    "withdrawal": ("at", "reason", "relaunched"),
    "settlement": ("at", "result"),
}
OUTCOME_KEYS = (
    "outcome", "withdrawn", "decision_text", "decision_text_fr", "remitted_to", "remitted_to_fr",
    "warnings", *STAMP_KEYS,
)
OUTCOME_KEYS_FORMAT_1 = tuple(key for key in OUTCOME_KEYS if key != "withdrawn")
ACTION_KEYS = (
    "owner_kind", "owner", "owner_fr", "description", "description_fr", "due_date", "status",
    "created_at", "updated_at",
)
# fmt: on

# Column sizes: what the database (and PostgreSQL) holds; longer text is refused, not cut.
_CODE, _NAME, _LONG, _REF, _STAMP = 60, 200, 500, 100, 100

_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,6}))?Z"
)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SURROGATE = re.compile("[\ud800-\udfff]")
_HALF_CHARACTER = N_(
    "holds an escape like \\ud800 that is half of a character (a lone surrogate), which no "
    "text can store; remove it."
)
_CONTROL = N_(
    "holds a control character ({char}), such as a line break, a tab or a terminal escape, "
    "which this one-line field cannot hold; remove it."
)


# ---------------------------------------------------------------------- the shape
_MISSING = object()


class Reader:
    """Reads fields with their JSON path, noting each problem and carrying on with a
    placeholder, so that one pass reports everything wrong with the shape."""

    def __init__(self, version: int = FORMAT_VERSION) -> None:
        self.problems = Problems()
        self.version = version  # the file's format version, which says its fields
        self.characters = 0  # in the text fields read so far, as ``limits`` counts them

    def add(self, path: str, sentence: str) -> None:
        self.problems.add(path, sentence)

    # -------------------------------------------------------------- containers
    def obj(self, raw: object, path: str, keys: Sequence[str]) -> dict[str, Any]:
        if self.version < BILINGUAL_SINCE:  # no French versions yet
            keys = tuple(key for key in keys if not key.endswith("_fr"))
        if raw is _MISSING:  # already reported by its parent
            return {}
        if not isinstance(raw, dict):
            self.add(
                path, _("expected an object {{…}}, found {found}.").format(found=describe(raw))
            )
            return {}
        for key in getattr(raw, "duplicates", ()):
            self.add(
                path,
                _("the key {key} appears more than once in this object.").format(key=quote(key)),
            )
        for key in raw:
            if key not in keys:
                self.add(
                    child(path, key),
                    _(
                        "is not a field of a session file (format {version}); remove it, or "
                        "check its spelling. The fields here are: {fields}."
                    ).format(version=self.version, fields=", ".join(keys)),
                )
        for key in keys:
            if key not in raw:
                self.add(path, _("the field {key} is missing.").format(key=quote(key)))
        return raw

    def array(self, obj: dict[str, Any], path: str, key: str) -> list[Any]:
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            return []
        if not isinstance(value, list):
            self.add(
                child(path, key),
                _("expected an array […], found {found}.").format(found=describe(value)),
            )
            return []
        return value

    # -------------------------------------------------------------- scalars
    def text(
        self,
        obj: dict[str, Any],
        path: str,
        key: str,
        limit: int | None = None,
        *,
        required: bool = False,
        counted: bool = True,
    ) -> str:
        """Text; with a ``limit`` (the column's size), one line of text without control
        characters. ``counted``: part of what the session holds (``limits.MAX_TEXT``)."""
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            return ""
        where = child(path, key)
        if not isinstance(value, str):
            self.add(where, _("expected text, found {found}.").format(found=describe(value)))
            return ""
        if _SURROGATE.search(value):
            self.add(where, _(_HALF_CHARACTER))
            return ""
        if counted:
            self.characters += len(value)
        if limit is not None and len(value) > limit:
            self.add(
                where,
                _("is {length} characters long; at most {limit} fit.").format(
                    length=len(value), limit=limit
                ),
            )
        elif limit is not None and (control := control_in(value)) is not None:
            self.add(where, _(_CONTROL).format(char=control))
        if required and not value.strip():
            self.add(where, _("is empty; it must say something."))
        return value

    def versions(
        self, obj: dict[str, Any], path: str, key: str, limit: int | None = None
    ) -> tuple[str, str]:
        """A secretariat's text in English (``key``) and French (``key``_fr, from format
        5), one of them at least not empty."""
        english = self.text(obj, path, key, limit)
        french = self.text(obj, path, f"{key}_fr", limit)
        if not english.strip() and not french.strip() and key in obj:
            if self.version < BILINGUAL_SINCE:
                self.add(child(path, key), _("is empty; it must say something."))
            else:
                self.add(
                    child(path, key),
                    _("is empty, and so is {french}; one of them must say something.").format(
                        french=quote(f"{key}_fr")
                    ),
                )
        return english, french

    def code(self, obj: dict[str, Any], path: str, key: str) -> str:
        """A delegation's code: letters and digits, with - _ or . inside."""
        value = self.text(obj, path, key, _CODE, required=True)
        said = len(value) > _CODE or control_in(value) is not None  # by ``text``
        if value.strip() and not said and not is_code(value):
            self.add(child(path, key), _(NOT_A_CODE).format(code=quote(value)))
        return value

    def reference(self, obj: dict[str, Any], path: str, key: str) -> str:
        """A session's reference: one that looks like another is another (``text_rules``)."""
        value = self.text(obj, path, key, _CODE)
        where = child(path, key)
        if len(value) > _CODE or control_in(value) is not None:
            return value  # already said
        if value and not value.strip():
            self.add(
                where,
                _('is only spaces; give the reference, or "" for a session without one.'),
            )
        elif value != value.strip():
            self.add(
                where,
                _(
                    "{value} has spaces around it, so it would look like another reference "
                    "without them; write it without the spaces."
                ).format(value=quote(value)),
            )
        elif (invisible := invisible_in(value)) is not None:
            self.add(
                where,
                _(
                    "holds an invisible character ({char}), so it would look like another "
                    "reference without it; remove it."
                ).format(char=invisible),
            )
        return value

    def integer(self, obj: dict[str, Any], path: str, key: str, minimum: int = 0) -> int:
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            return minimum
        if not isinstance(value, int) or isinstance(value, bool):
            self.add(
                child(path, key),
                _("expected a whole number, found {found}.").format(found=describe(value)),
            )
            return minimum
        if value < minimum:
            self.add(
                child(path, key),
                _("{value} is too small; the least is {minimum}.").format(
                    value=value, minimum=minimum
                ),
            )
        return value

    def optional_integer(self, obj: dict[str, Any], path: str, key: str) -> int | None:
        return None if obj.get(key) is None else self.integer(obj, path, key, 1)

    def boolean(self, obj: dict[str, Any], path: str, key: str) -> bool:
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            return False
        if not isinstance(value, bool):
            self.add(
                child(path, key),
                _("expected true or false, found {found}.").format(found=describe(value)),
            )
            return False
        return value

    def enum(
        self,
        obj: dict[str, Any],
        path: str,
        key: str,
        kind: type[E],
        what: str,
        *,
        allowed: Sequence[E] | None = None,
    ) -> E:
        members = list(allowed or kind)
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            return members[0]
        names = ", ".join(m.value for m in members)
        if not isinstance(value, str):
            self.add(
                child(path, key),
                _("expected {what} (one of: {names}), found {found}.").format(
                    what=_(what), names=names, found=describe(value)
                ),
            )
            return members[0]
        for member in members:
            if member.value == value:
                return member
        self.add(
            child(path, key),
            _("{value} is not {what}; use one of: {names}.").format(
                value=quote(value), what=_(what), names=names
            ),
        )
        return members[0]

    def time(self, obj: dict[str, Any], path: str, key: str) -> datetime:
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            return _EPOCH
        moment = parse_time(value)
        if moment is None:
            self.add(
                child(path, key),
                _('expected a time in UTC like "2024-05-02T08:30:00Z", found {found}.').format(
                    found=describe(value)
                ),
            )
            return _EPOCH
        if not EARLIEST <= moment <= LATEST:  # it could not be shown in every time zone
            self.add(
                child(path, key),
                _(
                    "{value} is too far in the past or the future; times run from "
                    '"0001-01-02T00:00:00Z" to "9999-12-30T23:59:59Z".'
                ).format(value=quote(value)),
            )
            return _EPOCH
        return moment

    def optional_time(self, obj: dict[str, Any], path: str, key: str) -> datetime | None:
        return None if obj.get(key) is None else self.time(obj, path, key)

    def day(self, obj: dict[str, Any], path: str, key: str) -> date:
        value = obj.get(key, _MISSING)
        if value is _MISSING:
            return _EPOCH.date()
        day = parse_date(value)
        if day is None:
            self.add(
                child(path, key),
                _('expected a date like "2024-05-02", found {found}.').format(
                    found=describe(value)
                ),
            )
            return _EPOCH.date()
        return day

    def optional_day(self, obj: dict[str, Any], path: str, key: str) -> date | None:
        return None if obj.get(key) is None else self.day(obj, path, key)

    def paragraphs(self, obj: dict[str, Any], path: str, key: str) -> tuple[str, ...]:
        """Paragraph names: stored joined by ", ", so none may hold a comma."""
        where = child(path, key)
        names = self.lines(obj, path, key, ", ")
        for index, name in enumerate(names):
            if "," in name or name != name.strip() or not name:
                self.add(
                    f"{where}[{index}]",
                    _(
                        "{name} is not a paragraph name; give each one without commas or "
                        'surrounding spaces, e.g. "4.2".'
                    ).format(name=quote(name)),
                )
        if len(", ".join(names)) > _NAME:
            self.add(
                where,
                _(
                    "the paragraph names are too long together; at most {limit} characters fit."
                ).format(limit=_NAME),
            )
        return names

    def lines(self, obj: dict[str, Any], path: str, key: str, joiner: str) -> tuple[str, ...]:
        """Lines of text, each one line without control characters; stored joined by
        ``joiner``, and counted so (``limits.MAX_TEXT``)."""
        out: list[str] = []
        for index, value in enumerate(self.array(obj, path, key)):
            where = f"{child(path, key)}[{index}]"
            if not isinstance(value, str):
                self.add(where, _("expected text, found {found}.").format(found=describe(value)))
            elif _SURROGATE.search(value):
                self.add(where, _(_HALF_CHARACTER))
            elif (control := control_in(value)) is not None:
                self.add(where, _(_CONTROL).format(char=control))
            elif not value.strip():
                self.add(where, _("must be one line of text, not empty."))
            else:
                out.append(value)
        self.characters += len(joiner.join(out))
        return tuple(out)

    def stamp(self, obj: dict[str, Any], path: str) -> Stamp:
        return Stamp(
            self.time(obj, path, "recorded_at"),
            self.text(obj, path, "operator", _STAMP),
            self.text(obj, path, "workstation", _STAMP),
        )

    def each(
        self, obj: dict[str, Any], path: str, key: str, read: Callable[[Any, str], Any]
    ) -> tuple[Any, ...]:
        return tuple(
            read(raw, f"{child(path, key)}[{i}]")
            for i, raw in enumerate(self.array(obj, path, key))
        )


def parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or (match := _TIME.fullmatch(value)) is None:
        return None
    year, month, day, hour, minute, second, fraction = match.groups()
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            int((fraction or "0").ljust(6, "0")),
            tzinfo=UTC,
        )
    except ValueError:
        return None


def parse_date(value: object) -> date | None:
    if not isinstance(value, str) or _DATE.fullmatch(value) is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


# ---------------------------------------------------------------------- the document
def read_document(doc: object) -> tuple[SessionFile | None, Problems]:
    """The file's content, and the problems with its shape: the caller raises on any (the
    content is None when reading stopped: lists beyond the limits, or too many problems)."""
    check_header(doc)  # a dict whose format_version is a known version
    version = doc["format_version"] if isinstance(doc, dict) else FORMAT_VERSION
    r = Reader(version)
    try:
        for path, sentence in json_problems(doc):  # before reading an entry of the lists
            if path:
                r.add(path, sentence)
            else:
                r.problems.add_whole(sentence)
        if r.problems.count:
            return None, r.problems
        result = _document(r, doc)
        if (too_much := text_problem(r.characters)) is not None:
            r.problems.add_whole(too_much)
    except TooManyProblemsError:
        return None, r.problems
    return result, r.problems


def _document(r: Reader, doc: object) -> SessionFile:
    top = r.obj(doc, "", TOP_KEYS if r.version >= REVIEW_SINCE else TOP_KEYS_FORMAT_4)
    by = r.obj(top.get("exported_by", _MISSING), "exported_by", EXPORTED_BY_KEYS)
    exported_by = ExportedBy(  # informational: not stored, not counted
        r.text(by, "exported_by", "application", _NAME, counted=False),
        r.text(by, "exported_by", "version", _CODE, counted=False),
    )
    session = _session(r, top.get("session", _MISSING), "session")
    attendance = r.each(top, "", "attendance", lambda raw, p: _attendance(r, raw, p))
    agenda = r.each(top, "", "agenda", lambda raw, p: _item(r, raw, p))
    review = read_review(r, top) if r.version >= REVIEW_SINCE else ()
    return SessionFile(
        FORMAT_VERSION, exported_by, session, attendance, agenda, r.version, review=review
    )


def _session(r: Reader, raw: object, path: str) -> FileSession:
    o = r.obj(raw, path, SESSION_KEYS)
    return FileSession(
        reference=r.reference(o, path, "reference"),
        revision=r.integer(o, path, "revision"),
        body=r.enum(o, path, "body", BodyKind, N_("a body")),
        committee_name=r.text(o, path, "committee_name", _NAME),
        committee_name_fr=r.text(o, path, "committee_name_fr", _NAME),
        level=r.enum(o, path, "level", Level, N_("a level")),
        format=r.enum(o, path, "format", Format, N_("a format")),
        date=r.day(o, path, "date"),
        place=r.text(o, path, "place", _NAME),
        place_fr=r.text(o, path, "place_fr", _NAME),
        time_zone=r.text(o, path, "time_zone", 64, required=True),
        opened_at=r.optional_time(o, path, "opened_at"),
        closed_at=r.optional_time(o, path, "closed_at"),
        chair=r.text(o, path, "chair", _NAME),
        chair_role=r.enum(o, path, "chair_role", ChairRole, N_("a chair's role")),
        classification=r.enum(o, path, "classification", Classification, N_("a classification")),
        created_at=r.time(o, path, "created_at"),
        updated_at=r.time(o, path, "updated_at"),
    )


def _attendance(r: Reader, raw: object, path: str) -> FileAttendance:
    o = r.obj(raw, path, ATTENDANCE_KEYS)
    return FileAttendance(
        delegation=r.code(o, path, "delegation"),
        kind=r.enum(o, path, "kind", AttendanceKind, N_("a kind of participant")),
        display_name=r.text(o, path, "display_name", _NAME),
        sort_key=r.text(o, path, "sort_key", _NAME, required=True),  # it seats the delegation
        present=r.boolean(o, path, "present"),
        head_of_delegation=r.text(o, path, "head_of_delegation", _NAME),
    )


def _item(r: Reader, raw: object, path: str) -> FileItem:
    o = r.obj(raw, path, ITEM_KEYS if r.version >= 3 else ITEM_KEYS_FORMAT_2)
    title, title_fr = r.versions(o, path, "title", _LONG)
    return FileItem(
        title=title,
        title_fr=title_fr,
        kind=r.enum(o, path, "kind", AgendaKind, N_("a kind of agenda item")),
        documents=r.text(o, path, "documents", _LONG),
        summary=r.text(o, path, "summary"),
        summary_fr=r.text(o, path, "summary_fr"),
        created_at=r.time(o, path, "created_at"),
        removed_at=r.optional_time(o, path, "removed_at"),
        positions=_linked(r.each(o, path, "positions", lambda raw, p: _position(r, raw, p))),
        silence_procedures=r.each(
            o, path, "silence_procedures", lambda raw, p: _procedure(r, raw, p)
        ),
        outcomes=r.each(o, path, "outcomes", lambda raw, p: _outcome(r, raw, p)),
        action_items=r.each(o, path, "action_items", lambda raw, p: _action(r, raw, p)),
        not_for_display=r.boolean(o, path, "not_for_display"),
        speakers=r.each(o, path, "speakers", lambda raw, p: read_speaker(r, raw, p)),
        interventions=tuple(
            read_intervention(r, raw, f"{child(path, 'interventions')}[{i}]", i + 1)
            for i, raw in enumerate(r.array(o, path, "interventions"))
        ),
    )


def _position(r: Reader, raw: object, path: str) -> FilePosition:
    o = r.obj(raw, path, POSITION_KEYS if r.version >= 4 else POSITION_KEYS_FORMAT_3)
    corrects = r.optional_integer(o, path, "corrects")
    return FilePosition(
        seq=r.integer(o, path, "seq", 1),
        delegation=r.code(o, path, "delegation"),
        position=r.enum(o, path, "position", Position, N_("a position")),
        text=r.text(o, path, "text"),
        paragraphs=r.paragraphs(o, path, "paragraphs"),
        corrects=corrects,
        # Before format 4, an event naming the one it corrects was a correction.
        correction=r.boolean(o, path, "correction") if r.version >= 4 else corrects is not None,
        in_writing=r.boolean(o, path, "in_writing"),
        stamp=r.stamp(o, path),
    )


def _linked(positions: tuple[FilePosition, ...]) -> tuple[FilePosition, ...]:
    """The positions, each correction that names no event linked to the one it corrects:
    the same delegation's event just before it. (A correction with no event before it, the
    first of its cell, is left unlinked for the checks to refuse.)"""
    out: list[FilePosition] = []
    latest: dict[str, FilePosition] = {}
    for event in positions:
        before = latest.get(event.delegation)
        linked = event
        if event.correction and event.corrects is None and before is not None:
            linked = replace(event, corrects=before.seq)
        out.append(linked)
        latest[event.delegation] = linked
    return tuple(out)


def _procedure(r: Reader, raw: object, path: str) -> FileProcedure:
    o = r.obj(raw, path, PROCEDURE_KEYS)
    return FileProcedure(
        seq=r.integer(o, path, "seq", 1),
        text_reference=r.text(o, path, "text_reference", _REF),
        title=r.text(o, path, "title", _LONG),
        title_fr=r.text(o, path, "title_fr", _LONG),
        launched_at=r.time(o, path, "launched_at"),
        launched_by=r.text(o, path, "launched_by", _NAME),
        original_deadline=r.time(o, path, "original_deadline"),
        supersedes=r.optional_integer(o, path, "supersedes"),
        stamp=r.stamp(o, path),
        events=r.each(o, path, "events", lambda raw, p: _event(r, raw, p)),
    )


def _event(r: Reader, raw: object, path: str) -> FileSilenceEvent | None:
    kind = raw.get("kind") if isinstance(raw, dict) else None
    if not isinstance(kind, str) or kind not in EVENT_KEYS:
        if isinstance(raw, dict):
            r.add(
                child(path, "kind"),
                _("expected one of: {kinds}; found {found}.").format(
                    kinds=", ".join(EVENT_KEYS),
                    found=describe(kind) if "kind" in raw else _("nothing"),
                ),
            )
        else:
            r.add(path, _("expected an object {{…}}, found {found}.").format(found=describe(raw)))
        return None
    o = r.obj(raw, path, ("seq", "kind", *EVENT_KEYS[kind], *STAMP_KEYS))
    seq, stamp = r.integer(o, path, "seq", 1), r.stamp(o, path)
    if kind == "letter":
        return FileLetter(
            seq,
            r.code(o, path, "delegation"),
            r.enum(o, path, "letter_kind", LetterKind, N_("a kind of letter")),
            r.time(o, path, "received_at"),
            r.paragraphs(o, path, "paragraphs"),
            r.text(o, path, "reference", _REF),
            r.text(o, path, "text"),
            r.enum(o, path, "status", LetterStatus, N_("a letter's status")),
            stamp,
        )
    if kind == "break_withdrawal":
        received = r.time(o, path, "received_at")
        reference = r.text(o, path, "reference", _REF)
        return FileBreakWithdrawal(seq, r.integer(o, path, "letter", 1), received, reference, stamp)
    if kind == "extension":
        return FileExtension(
            seq,
            r.time(o, path, "at"),
            r.time(o, path, "new_deadline"),
            r.text(o, path, "reason"),
            stamp,
        )
    if kind == "withdrawal":
        return FileWithdrawal(
            seq,
            r.time(o, path, "at"),
            r.text(o, path, "reason"),
            r.boolean(o, path, "relaunched"),
            stamp,
        )
    results = (SilenceState.ADOPTED, SilenceState.BROKEN)
    result = r.enum(o, path, "result", SilenceState, N_("a settlement's result"), allowed=results)
    return FileSettlement(seq, r.time(o, path, "at"), result, stamp)


def _outcome(r: Reader, raw: object, path: str) -> FileOutcome:
    o = r.obj(raw, path, OUTCOME_KEYS if r.version >= 2 else OUTCOME_KEYS_FORMAT_1)
    return FileOutcome(
        outcome=r.enum(o, path, "outcome", Outcome, N_("an outcome")),
        decision_text=r.text(o, path, "decision_text"),
        decision_text_fr=r.text(o, path, "decision_text_fr"),
        remitted_to=r.text(o, path, "remitted_to", _NAME),
        remitted_to_fr=r.text(o, path, "remitted_to_fr", _NAME),
        warnings=_warnings(r, o, path),
        stamp=r.stamp(o, path),
        withdrawn=r.boolean(o, path, "withdrawn"),
    )


def _warnings(r: Reader, o: dict[str, Any], path: str) -> tuple[str, ...]:
    """A declaration's warnings (stored one a line): one of each kind at most."""
    warnings = r.lines(o, path, "warnings", "\n")
    if len(warnings) > MAX_WARNINGS:
        r.add(
            child(path, "warnings"),
            _(
                "holds {count} warnings; a declaration draws at most {limit}, one of each kind "
                "(import checks each declaration again and stores its own)."
            ).format(count=len(warnings), limit=MAX_WARNINGS),
        )
    return warnings


def _action(r: Reader, raw: object, path: str) -> FileAction:
    o = r.obj(raw, path, ACTION_KEYS)
    description, description_fr = r.versions(o, path, "description")
    return FileAction(
        owner_kind=r.enum(o, path, "owner_kind", OwnerKind, N_("a kind of owner")),
        owner=r.text(o, path, "owner", _NAME),
        owner_fr=r.text(o, path, "owner_fr", _NAME),
        description=description,
        description_fr=description_fr,
        due_date=r.optional_day(o, path, "due_date"),
        status=r.enum(o, path, "status", ActionStatus, N_("an action's status")),
        created_at=r.time(o, path, "created_at"),
        updated_at=r.time(o, path, "updated_at"),
    )
