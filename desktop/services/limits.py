"""How much one session may hold: the same limits on what the app stores and on what an
import reads, so that whatever the app holds it can write to a session file and read back.

- **Entries**: at most ``MAX_ENTRIES`` rows in a session's lists together (the attendance,
  the agenda items, and on each item its positions, silence procedures and their events,
  declarations, action items, speakers and interventions).
- **One list**: at most ``MAX_LIST`` entries in any one of those lists (the positions of one
  item, the events of one procedure…). Some rules replay a list from its start for each of
  its entries (a silence procedure), so this keeps checking a file quick.
- **Text**: at most ``MAX_TEXT`` characters in all the session's text fields together, the
  French versions of the secretariat's texts (``…_fr``) included.

A session file holds nothing else of unbounded size, so these bound what export can write
for the largest session: tests/unit/services/test_limits.py computes that file and checks
that it fits under ``MAX_FILE_BYTES``, the size import reads at most (docs/reliability.md).

The services check the limits once per transaction, for every session the transaction
audited (every change is audited with its session): ``check_room``, called by
``Context.unit``: one query, under a millisecond on a session the size of the demo's.
Import checks them on the file (``session_file.reading``), ``tourdetable check`` on each
stored session (``desktop.services.maintenance``). Warnings on a declaration are bounded
apart (``MAX_WARNINGS``), and paragraph names by their column.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    bindparam,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from db.models import (
    ActionItemRow,
    AgendaItemRow,
    AttendanceRow,
    InterventionRow,
    OutcomeDeclarationRow,
    PositionEventRow,
    SessionRow,
    SilenceEventRow,
    SilenceProcedureRow,
    SpeakerRow,
)
from desktop.domain.outcomes import Discrepancy
from desktop.i18n import N_, _, language
from desktop.services.errors import ValidationError

MAX_ENTRIES = 20_000
MAX_LIST = 2_000
MAX_TEXT = 2_000_000
MAX_WARNINGS = len(Discrepancy)  # a declaration draws each kind of warning once at most

# Sentences about a session beyond a limit, for import (after a JSON path) and check (after
# the session's reference).
TOO_MANY_ENTRIES = N_(
    "the session holds {count} entries (agenda items, positions, letters, declarations, "
    "turns…); a session holds at most {limit}, so that it always fits in a session file."
)
TOO_MUCH_TEXT = N_(
    "the session holds {count} characters of text; a session holds at most {limit}, so that "
    "it always fits in a session file."
)
LIST_TOO_LONG = N_(
    "holds {count} entries; a list in a session (the positions of an item, the events of a "
    "silence procedure…) holds at most {limit}."
)
LONGEST_LIST_TOO_LONG = N_(
    "one of the session's lists holds {count} entries; a list in a session (the positions of "
    "an item, the events of a silence procedure…) holds at most {limit}."
)


def number(n: int) -> str:
    """``20,000`` in English, ``20 000`` in French."""
    grouped = f"{n:,}"
    return grouped.replace(",", "\u202f") if language() == "fr" else grouped


@dataclass(frozen=True, slots=True)
class Size:
    """What a session holds, as the limits count it."""

    entries: int = 0
    characters: int = 0
    longest_list: int = 0

    def problems(self) -> list[str]:
        """The limits this size is beyond, as sentences (lower case: they follow a path or
        a session's reference)."""
        out = []
        if self.entries > MAX_ENTRIES:
            out.append(_sentence(TOO_MANY_ENTRIES, self.entries, MAX_ENTRIES))
        if self.longest_list > MAX_LIST:
            out.append(_sentence(LONGEST_LIST_TOO_LONG, self.longest_list, MAX_LIST))
        if self.characters > MAX_TEXT:
            out.append(_sentence(TOO_MUCH_TEXT, self.characters, MAX_TEXT))
        return out


def _sentence(template: str, count: int, limit: int) -> str:
    return _(template).format(count=number(count), limit=number(limit))


# ---------------------------------------------------------------------- a file's JSON
def json_problems(doc: object) -> list[tuple[str, str]]:
    """The lists of a session file's JSON value (already parsed, not yet read) beyond the
    limits, as (JSON path, sentence), before any entry is read: a file of a million empty
    objects is refused at once. Counts only lists, never their contents."""
    out: list[tuple[str, str]] = []
    entries = 0

    def count(value: object, path: str) -> list[Any]:
        nonlocal entries
        if not isinstance(value, list):
            return []
        if len(value) > MAX_LIST:
            out.append((path, _sentence(LIST_TOO_LONG, len(value), MAX_LIST)))
            return []
        entries += sum(isinstance(entry, dict) for entry in value)
        return value

    if not isinstance(doc, dict):
        return out
    count(doc.get("attendance"), "attendance")
    for i, item in enumerate(count(doc.get("agenda"), "agenda")):
        if not isinstance(item, dict):
            continue
        base = f"agenda[{i}]"
        for key in ("positions", "outcomes", "action_items", "speakers", "interventions"):
            for j, entry in enumerate(count(item.get(key), f"{base}.{key}")):
                if isinstance(entry, dict):
                    count(entry.get("paragraphs"), f"{base}.{key}[{j}].paragraphs")
                    count(entry.get("warnings"), f"{base}.{key}[{j}].warnings")
        procedures = count(item.get("silence_procedures"), f"{base}.silence_procedures")
        for k, procedure in enumerate(procedures):
            if isinstance(procedure, dict):
                where = f"{base}.silence_procedures[{k}].events"
                for j, event in enumerate(count(procedure.get("events"), where)):
                    if isinstance(event, dict):
                        count(event.get("paragraphs"), f"{where}[{j}].paragraphs")
    if entries > MAX_ENTRIES:
        out.append(("", _sentence(TOO_MANY_ENTRIES, entries, MAX_ENTRIES)))
    return out


def text_problem(characters: int) -> str | None:
    """The sentence for a file whose text fields hold ``characters`` together, if too many."""
    if characters <= MAX_TEXT:
        return None
    return _sentence(TOO_MUCH_TEXT, characters, MAX_TEXT)


# ---------------------------------------------------------------------- a stored session
def _length(*columns: Any) -> ColumnElement[Any]:
    total: ColumnElement[Any] = func.length(func.coalesce(columns[0], ""))
    for column in columns[1:]:
        total = total + func.length(func.coalesce(column, ""))
    return total


_STAMP = ("operator", "workstation")
# Each list of a session: its table, the column naming the list it belongs to, and the text
# columns a session file writes from it.
_LISTS: tuple[tuple[Any, str, tuple[str, ...]], ...] = (
    (AttendanceRow, "session_id", ("delegation", "display_name", "sort_key", "head_of_delegation")),
    (AgendaItemRow, "session_id", ("title", "title_fr", "documents", "summary", "summary_fr")),
    (PositionEventRow, "item_id", ("delegation", "text", "paragraphs", *_STAMP)),
    (
        SilenceProcedureRow,
        "item_id",
        ("text_reference", "title", "title_fr", "launched_by", *_STAMP),
    ),
    (SilenceEventRow, "procedure_id", ("delegation", "paragraphs", "reference", "text", *_STAMP)),
    (
        OutcomeDeclarationRow,
        "item_id",
        (
            "decision_text",
            "decision_text_fr",
            "remitted_to",
            "remitted_to_fr",
            "warnings",
            *_STAMP,
        ),
    ),
    (ActionItemRow, "item_id", ("owner", "owner_fr", "description", "description_fr")),
    (SpeakerRow, "item_id", ("delegation", *_STAMP)),
    (InterventionRow, "item_id", ("delegation", "text", "text_fr", *_STAMP)),
)
_SESSION_TEXT = (
    "reference", "committee_name", "committee_name_fr", "place", "place_fr", "time_zone", "chair"
)  # fmt: skip


def stored_size(db: Session | Connection, session_id: int) -> Size:
    """What the stored session ``session_id`` holds, counted as its session file would be:
    one query, each table's rows counted by the list they belong to."""
    entries, characters, longest = 0, 0, 0
    for is_list, count, text in db.execute(_measure(), {"session_id": session_id}):
        characters += int(text or 0)
        if is_list:
            entries += count
            longest = max(longest, count)
    return Size(entries, characters, longest)


@functools.cache
def _measure() -> CompoundSelect[Any]:
    """The statement ``stored_size`` runs, built once (a bound ``session_id``): the session's
    own text, then for every list of it the number of rows and their text."""
    session_id = bindparam("session_id", type_=Integer)
    items = select(AgendaItemRow.id).where(AgendaItemRow.session_id == session_id)
    owners: dict[str, Any] = {
        "item_id": items,
        "procedure_id": select(SilenceProcedureRow.id).where(
            SilenceProcedureRow.item_id.in_(items)
        ),
    }
    parts: list[Any] = [
        select(
            literal(False).label("is_list"),
            literal(0).label("rows"),
            _length(*(getattr(SessionRow, c) for c in _SESSION_TEXT)).label("text"),
        ).where(SessionRow.id == session_id)
    ]
    for table, owner, columns in _LISTS:
        key = getattr(table, owner)
        where = key == session_id if owner == "session_id" else key.in_(owners[owner])
        part = select(
            literal(True).label("is_list"),
            func.count().label("rows"),
            func.sum(_length(*(getattr(table, c) for c in columns))).label("text"),
        ).where(where)
        if table is ActionItemRow:  # a file holds the action items not removed
            part = part.where(ActionItemRow.removed_at.is_(None))
        parts.append(part.group_by(key))
    return union_all(*parts)


def check_room(s: Session, session_ids: Iterable[int | None]) -> None:
    """Refuse the transaction (a ValidationError: nothing is saved) when it leaves one of
    ``session_ids`` on the list beyond a limit. A session already beyond one (stored by an
    older version) may still be changed, as long as the change does not make it larger
    there. A removed session is left alone (a replaced one gets a longer reference)."""
    for session_id in sorted({i for i in session_ids if i is not None}):
        row = s.get(SessionRow, session_id)
        if row is None or row.removed_at is not None:  # off the list: never written out
            continue
        after = stored_size(s, session_id)
        if not after.problems():
            continue
        with s.connection().engine.connect() as committed:  # what it held before
            before = stored_size(committed, session_id)
        _refuse_growth(before, after)


def check_growth(before: Size, after: Size) -> None:
    """Refuse (a ValidationError: nothing is saved) a change that takes a session from
    ``before`` to ``after``, as ``check_room`` does once it has measured both: for a change
    whose growth is known without measuring the session again (``room_cache``)."""
    if after.problems():
        _refuse_growth(before, after)


def _refuse_growth(before: Size, after: Size) -> None:
    if after.entries > max(MAX_ENTRIES, before.entries):
        raise ValidationError(
            _(
                "This change would give the session {count} entries (agenda items, positions, "
                "letters, declarations, turns…); a session holds at most {limit}, so that it "
                "always fits in a session file. Nothing was saved."
            ).format(count=number(after.entries), limit=number(MAX_ENTRIES))
        )
    if after.longest_list > max(MAX_LIST, before.longest_list):
        raise ValidationError(
            _(
                "This change would put {count} entries in one list of the session (the "
                "positions of an item, the events of a silence procedure…); a list holds at "
                "most {limit}. Nothing was saved."
            ).format(count=number(after.longest_list), limit=number(MAX_LIST))
        )
    if after.characters > max(MAX_TEXT, before.characters):
        raise ValidationError(
            _(
                "This change would give the session {count} characters of text; a session "
                "holds at most {limit}, so that it always fits in a session file. Nothing "
                "was saved."
            ).format(count=number(after.characters), limit=number(MAX_TEXT))
        )
