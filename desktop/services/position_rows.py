"""The rows of a logged position: the read before it and the insert of its event.

Why a module of its own: logging a position is the commonest write, made at the pace of the
room, and these are its statements (issue 24). Each is prepared once for the database's
engine and run on the driver's cursor (``db.prepared``), inside a unit of the context:
``PositionService.log``'s lean unit, or an ORM session's for the other writes (a
correction, an undo, En Bloc), which share the insert.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import Connection, Insert, Integer, Select, String, Table, bindparam, func, select
from sqlalchemy import insert as insert_into
from sqlalchemy.orm import Session

from db.models import AgendaItemRow, AttendanceRow, PositionEventRow, SessionRow
from db.prepared import prepared
from desktop.domain.positions import Position
from desktop.domain.sessions import AttendanceKind
from desktop.i18n import _
from desktop.services.context import Context, Lean
from desktop.services.convert import paragraphs_tuple, require_item
from desktop.services.dto import PositionEntry
from desktop.services.errors import ValidationError

POSITIONS = {position.value: position for position in Position}


class Standing(NamedTuple):
    """The standing event of a cell, as ``speaker_and_standing`` reads it."""

    id: int
    position: str
    text: str
    paragraphs: str
    recorded_at: datetime
    operator: str
    corrects_id: int | None
    in_writing: bool


def standing_entry(item_id: int, delegation: str, row: Standing) -> PositionEntry:
    """``position_entry`` of a standing event read as a plain row."""
    return PositionEntry(
        event_id=row.id,
        item_id=item_id,
        delegation=delegation,
        position=POSITIONS[row.position],
        text=row.text,
        paragraphs=paragraphs_tuple(row.paragraphs),
        recorded_at=row.recorded_at,
        operator=row.operator,
        corrects_id=row.corrects_id,
        correction=row.corrects_id is not None,
        in_writing=bool(row.in_writing),
    )


def speaker_and_standing(
    unit: Lean, item_id: int, delegation: str
) -> tuple[int, Standing | None, bool]:
    """The item's session (the item checked as ``require_item`` checks it), whether the
    delegation may take a position on it, its standing event there and whether it is
    present at the table: one read. When the item or its session is gone, the sentence
    that says which comes from ``require_item``, read in the same transaction."""
    found = prepared(_standing_query, unit.connection.dialect).first(
        unit.connection, {"item_id": item_id, "delegation": delegation}
    )
    if found is None or found[1] is not None or found[2] is not None:
        with Session(bind=unit.connection) as s:  # joins the unit's transaction
            require_item(s, item_id)  # raises, with the sentence that says which is gone
    assert found is not None
    session_id, _item_removed, _session_removed, kind, present, *standing = found
    _check_kind(kind, delegation)
    current = Standing(*standing) if standing[0] is not None else None
    return session_id, current, bool(present)


def insert_event(
    ctx: Context,
    unit: Session | Lean,
    item_id: int,
    session_id: int,
    delegation: str,
    *,
    position: Position,
    text: str = "",
    paragraphs: str = "",
    corrects: int | None = None,
    in_writing: bool = False,
) -> PositionEntry:
    """Store one position event and its audit row on the unit's connection; the search
    index follows by the triggers of migration 0004."""
    connection: Connection = unit.connection if isinstance(unit, Lean) else unit.connection()
    stamp = ctx.stamp()
    found = prepared(_event_insert, connection.dialect).first(
        connection,
        {
            "item_id": item_id,
            "delegation": delegation,
            "position": position.value,
            "text": text,
            "paragraphs": paragraphs,
            "corrects_id": corrects,
            "in_writing": in_writing,
            **stamp,
        },
    )
    assert found is not None and isinstance(found[0], int)
    event_id = found[0]
    ctx.record(
        unit,
        "position.corrected" if corrects else "position.logged",
        session_id=session_id,
        entity="position_event",
        entity_id=event_id,
        item_id=item_id,
        delegation=delegation,
        position=position.value,
        corrects=corrects,
        in_writing=in_writing,
    )
    return PositionEntry(
        event_id=event_id,
        item_id=item_id,
        delegation=delegation,
        position=position,
        text=text,
        paragraphs=paragraphs_tuple(paragraphs),
        recorded_at=stamp["recorded_at"],
        operator=stamp["operator"],
        corrects_id=corrects,
        correction=corrects is not None,
        in_writing=in_writing,
    )


def _standing_query() -> Select[Any]:
    """``speaker_and_standing``'s statement: the standing event by a subquery on the
    ``(item_id, delegation, id)`` index."""
    item_id = bindparam("item_id", type_=Integer)
    delegation = bindparam("delegation", type_=String)
    items, sessions = AgendaItemRow.__table__.c, SessionRow.__table__.c
    attendance, events = AttendanceRow.__table__.c, PositionEventRow.__table__.c
    standing = (
        select(func.max(events.id))
        .where(events.item_id == item_id, events.delegation == delegation)
        .scalar_subquery()
    )
    return (
        select(
            items.session_id,
            items.removed_at,
            sessions.removed_at,
            attendance.kind,
            attendance.present,
            *(events[name] for name in Standing._fields),
        )
        .select_from(AgendaItemRow.__table__)
        .join(SessionRow.__table__, sessions.id == items.session_id)
        .outerjoin(
            AttendanceRow.__table__,
            (attendance.session_id == items.session_id) & (attendance.delegation == delegation),
        )
        .outerjoin(PositionEventRow.__table__, events.id == standing)
        .where(items.id == item_id)
    )


_EVENT_COLUMNS = (
    "item_id", "delegation", "position", "text", "paragraphs", "corrects_id", "in_writing",
    "recorded_at", "operator", "workstation",
)  # fmt: skip


def _event_insert() -> Insert:
    """A position event, every column given, its id returned."""
    table = cast(Table, PositionEventRow.__table__)
    values = {name: bindparam(name, type_=table.c[name].type) for name in _EVENT_COLUMNS}
    return insert_into(table).values(values).returning(table.c.id)


def _check_kind(kind: str | None, delegation: str) -> None:
    """Only a delegation at the table, and not staff, takes a position (``kind``: its
    attendance, None when it is not at the table)."""
    if kind is None:
        raise ValidationError(
            _(
                "{delegation} is not at the table in this session; add it to the attendance first."
            ).format(delegation=delegation)
        )
    if kind == AttendanceKind.STAFF.value:
        raise ValidationError(
            _("{delegation} is staff; staff do not take positions.").format(delegation=delegation)
        )
