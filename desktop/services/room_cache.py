"""The room check of the commonest write, without measuring the whole session each time.

Every transaction that changes a session checks what the session then holds against the
limits (``limits.check_room``): one query over every list of the session, about a
millisecond on a 40-item session of 1,400 entries, as long again as the rest of logging a
position. A logged position grows its session by a known amount: one entry, on the list of
its item's positions, and the characters of its text, paragraphs, delegation and stamp.
So the context keeps, for each session it last measured or grew, what the session held
then (``Size``) and a mark of the session's audit trail at that moment; a key's unit reads
the mark again (one small query on two indexes, after its inserts, under the write lock)
and, when nothing else was audited on the session since (no other window, program or
unit of this one changed it: every change is audited with its session, and audit rows are
never deleted), adds its growth to what was kept instead of measuring. When something else
was, it measures as ``check_room`` does, and keeps that.

The mark is the id and time of the session's last audit row before the unit's own. On a
SQLite file that is enough: audit ids are handed out under the write lock, so whatever
commits later has a greater id; and after a backup is restored, a row given the same id
again is not given the same time. On PostgreSQL audit ids are handed out before commit: a
transaction that took its id before this one and commits after it would come before the
mark, so there the mark also counts the session's audit rows (the next look finds one more
than kept, and measures again). The count is not taken on SQLite: about 0.1 ms for a
session of 3,000 changes, as long as the rest of the check.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Integer, Select, bindparam, func, null, or_, select
from sqlalchemy.orm import Session

from db.models import AuditRow, PositionEventRow, ReviewEventRow
from db.prepared import prepared
from desktop.services.limits import _LISTS, Size, check_growth, stored_size
from desktop.services.record_lock import _LOCKING as LOCKING  # what locks a record, or reopens it
from desktop.services.record_lock import refuse_if_locked


@dataclass(frozen=True, slots=True)
class Growth:
    """What a unit added to one session: ``entries`` rows, all on the list of ``item_id``'s
    positions, holding ``characters`` characters of text."""

    session_id: int
    item_id: int
    entries: int
    characters: int


def event_characters(values: Mapping[str, object]) -> int | None:
    """The characters a new position event adds to its session, as ``limits`` counts them
    (the text columns it lists for the table), from the ``values`` stored; None when one
    holds a NUL, which SQLite counts only up to: then the session is measured again."""
    columns = next(cols for table, _owner, cols in _LISTS if table is PositionEventRow)
    texts = [str(values.get(column) or "") for column in columns]
    if any("\0" in text for text in texts):
        return None
    return sum(map(len, texts))


@dataclass(frozen=True, slots=True)
class Kept:
    """What a session held, and the mark of its audit trail when it did."""

    size: Size
    audits: int | None  # the session's audit rows (on PostgreSQL; None on SQLite)
    last_id: int | None  # the last of them
    last_at: datetime | None


class RoomCache:
    """Per session, what it held at this instance's last look (see the module's text)."""

    def __init__(self) -> None:
        self._kept: dict[int, Kept] = {}

    def check(self, unit: Session | Connection, growth: Growth, first_audit: int) -> Kept:
        """Refuse (ValidationError) a unit that grew a session beyond a limit, as
        ``check_room`` would, or that changed a session whose record is approved, as
        ``record_lock.refuse_if_locked`` would (the mark says whether it is, in the same
        statement); ``first_audit``: the id of the unit's first audit row, the unit having
        audited only ``growth``'s session. Returns what to ``keep`` once the unit has
        committed. The mark is read on the driver's cursor (``db.prepared``): it is the
        fourth statement of every key. ``unit``: the unit's ORM session, or its connection
        (``Context.lean_unit``)."""
        conn = unit.connection() if isinstance(unit, Session) else unit
        build = _counted_mark if conn.dialect.name == "postgresql" else _mark
        mark = prepared(build, conn.dialect).first(
            conn, {"session_id": growth.session_id, "item_id": growth.item_id, "ours": first_audit}
        )
        assert mark is not None  # a select of scalar subqueries: always one row
        audits, item_entries, last_id, last_at, own, own_last, own_at, locking = mark
        if locking == "approved":
            refuse_if_locked(unit, {growth.session_id})  # raises, with the sentence
        kept = self._kept.get(growth.session_id)
        if kept is not None and (kept.audits, kept.last_id, kept.last_at) == (
            audits,
            last_id,
            last_at,
        ):
            before = kept.size
            after = Size(
                before.entries + growth.entries,
                before.characters + growth.characters,
                max(before.longest_list, item_entries),
            )
            check_growth(before, after)
        else:
            after = stored_size(conn, growth.session_id)
            if after.problems():
                with conn.engine.connect() as committed:  # what it held before
                    check_growth(stored_size(committed, growth.session_id), after)
        return Kept(after, None if audits is None else audits + own, own_last, own_at)

    def keep(self, session_id: int, kept: Kept) -> None:
        """The unit that ``check`` passed has committed: its session holds ``kept``."""
        self._kept[session_id] = kept

    def forget(self, session_ids: set[int | None]) -> None:
        """Those sessions were changed otherwise (their next key measures again)."""
        for session_id in session_ids:
            if session_id is not None:
                self._kept.pop(session_id, None)


def _mark() -> Select[Any]:
    """``_marked`` on SQLite, where the audit rows are not counted."""
    return _marked(counted=False)


def _counted_mark() -> Select[Any]:
    """``_marked`` on PostgreSQL."""
    return _marked(counted=True)


def _marked(*, counted: bool) -> Select[Any]:
    """The number of the session's audit rows before the unit's (``ours``: its first; when
    ``counted``, else NULL), the last of them (id and time), the entries on the item's list
    of positions, the unit's own audit rows (their number, and the id and time of the
    last), and the kind of the session's last approval or reopening of its record: one
    statement, built once for each engine."""
    a = AuditRow.__table__.c
    session_id = bindparam("session_id", type_=Integer)
    ours = bindparam("ours", type_=Integer)
    before = (a.session_id == session_id) & (a.id < ours)
    mine = (a.session_id == session_id) & (a.id >= ours)
    last = select(func.max(a.id)).where(before).scalar_subquery()
    own_last = select(func.max(a.id)).where(mine).scalar_subquery()
    review = ReviewEventRow.__table__.c
    locking = (
        select(review.kind)
        .where(review.session_id == session_id, or_(*(review.kind == k for k in LOCKING)))
        .order_by(review.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return select(
        select(func.count()).where(before).scalar_subquery() if counted else null(),
        select(func.count())
        .select_from(PositionEventRow.__table__)
        .where(PositionEventRow.__table__.c.item_id == bindparam("item_id", type_=Integer))
        .scalar_subquery(),
        last,
        select(a.at).where(a.id == last).scalar_subquery(),
        select(func.count()).where(mine).scalar_subquery(),
        own_last,
        select(a.at).where(a.id == own_last).scalar_subquery(),
        locking,  # the session's last approval or reopening: "approved" locks its record
    )
