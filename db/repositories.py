"""Queries. Each takes an ORM ``Session`` and returns rows; the services own transactions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import SQLColumnExpression, and_, extract, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from db.models import (
    ActionItemRow,
    AgendaItemRow,
    AttendanceRow,
    AuditRow,
    InterventionRow,
    OutcomeDeclarationRow,
    PositionEventRow,
    PositionReclassificationRow,
    SessionRow,
    SilenceEventRow,
    SilenceProcedureRow,
)


def sessions(
    s: Session,
    *,
    body: str | None = None,
    level: str | None = None,
    year: int | None = None,
    search: str = "",
) -> list[tuple[SessionRow, int]]:
    """Sessions not removed, newest first, each with its number of agenda items."""
    items = (
        select(AgendaItemRow.session_id, func.count(AgendaItemRow.id).label("n"))
        .where(AgendaItemRow.removed_at.is_(None))
        .group_by(AgendaItemRow.session_id)
        .subquery()
    )
    query = (
        select(SessionRow, func.coalesce(items.c.n, 0))
        .outerjoin(items, items.c.session_id == SessionRow.id)
        .where(SessionRow.removed_at.is_(None))
        .order_by(SessionRow.session_date.desc(), SessionRow.id.desc())
    )
    if body:
        query = query.where(SessionRow.body == body)
    if level:
        query = query.where(SessionRow.level == level)
    if year:
        query = query.where(extract("year", SessionRow.session_date) == year)
    # A word is found as typed: its % and _ are no wildcards, its \ no escape (PostgreSQL's
    # default); a NUL, which no PostgreSQL text holds, separates words.
    for word in search.replace("\x00", " ").split():
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"
        query = query.where(
            or_(
                SessionRow.reference.ilike(pattern, escape="\\"),
                SessionRow.place.ilike(pattern, escape="\\"),
                SessionRow.place_fr.ilike(pattern, escape="\\"),
                SessionRow.chair.ilike(pattern, escape="\\"),
                SessionRow.committee_name.ilike(pattern, escape="\\"),
                SessionRow.committee_name_fr.ilike(pattern, escape="\\"),
                SessionRow.id.in_(
                    select(AgendaItemRow.session_id).where(
                        AgendaItemRow.removed_at.is_(None),
                        or_(
                            AgendaItemRow.title.ilike(pattern, escape="\\"),
                            AgendaItemRow.title_fr.ilike(pattern, escape="\\"),
                        ),
                    )
                ),
            )
        )
    return [(row, int(n)) for row, n in s.execute(query).all()]


def session_years(s: Session) -> list[int]:
    dates = s.scalars(select(SessionRow.session_date).where(SessionRow.removed_at.is_(None)))
    return sorted({d.year for d in dates}, reverse=True)


def get_session(s: Session, session_id: int) -> SessionRow | None:
    row = s.get(SessionRow, session_id)
    return row if row is not None and row.removed_at is None else None


def get_session_including_removed(s: Session, session_id: int) -> SessionRow | None:
    """The session, on the list or removed from it (``removed_at`` says which)."""
    return s.get(SessionRow, session_id)


def session_by_reference(s: Session, reference: str) -> SessionRow | None:
    return s.scalars(select(SessionRow).where(SessionRow.reference == reference)).first()


def attendance(s: Session, session_id: int) -> list[AttendanceRow]:
    return list(
        s.scalars(
            select(AttendanceRow)
            .where(AttendanceRow.session_id == session_id)
            .order_by(AttendanceRow.sort_key, AttendanceRow.delegation)
        )
    )


def attendance_row(s: Session, session_id: int, delegation: str) -> AttendanceRow | None:
    return s.scalars(
        select(AttendanceRow).where(
            AttendanceRow.session_id == session_id, AttendanceRow.delegation == delegation
        )
    ).first()


def items(s: Session, session_id: int) -> list[AgendaItemRow]:
    return list(
        s.scalars(
            select(AgendaItemRow)
            .where(AgendaItemRow.session_id == session_id, AgendaItemRow.removed_at.is_(None))
            .order_by(AgendaItemRow.ordinal, AgendaItemRow.id)
        )
    )


def get_item(s: Session, item_id: int) -> AgendaItemRow | None:
    row = s.get(AgendaItemRow, item_id)
    return row if row is not None and row.removed_at is None else None


def get_item_including_removed(s: Session, item_id: int) -> AgendaItemRow | None:
    """The agenda item, on the agenda or taken off it (``removed_at`` says which)."""
    return s.get(AgendaItemRow, item_id)


def current_positions(
    s: Session, item_ids: Iterable[int]
) -> dict[tuple[int, str], PositionEventRow]:
    """The latest event per (item, delegation): the position that stands."""
    ids = list(item_ids)
    if not ids:
        return {}
    latest = (
        select(func.max(PositionEventRow.id))
        .where(PositionEventRow.item_id.in_(ids))
        .group_by(PositionEventRow.item_id, PositionEventRow.delegation)
    )
    rows = s.scalars(select(PositionEventRow).where(PositionEventRow.id.in_(latest)))
    return {(row.item_id, row.delegation): row for row in rows}


class StandingPosition(NamedTuple):
    """A standing position event as a plain row (the columns a grid shows)."""

    id: int
    item_id: int
    delegation: str
    position: str
    text: str
    paragraphs: str
    recorded_at: datetime
    operator: str
    corrects_id: int | None
    in_writing: bool
    correction: bool


def is_correction(
    event_id: SQLColumnExpression[int], corrects_id: SQLColumnExpression[int | None]
) -> Any:
    """Whether a position event is a correction (the operator's fix, not the delegation's
    word): its latest reclassification says so, else whether it names the event it
    corrects. A SQL expression, for the standing event of a cell and for a whole history."""
    latest = (
        select(PositionReclassificationRow.correction)
        .where(PositionReclassificationRow.event_id == event_id)
        .order_by(PositionReclassificationRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(latest, corrects_id.is_not(None))


def standing_positions(s: Session, item_ids: Iterable[int]) -> list[StandingPosition]:
    """``current_positions`` as plain rows, without an ORM object each: a whole session's
    grid holds over a thousand, and building them was most of the time of reading it."""
    ids = list(item_ids)
    if not ids:
        return []
    latest = (
        select(func.max(PositionEventRow.id))
        .where(PositionEventRow.item_id.in_(ids))
        .group_by(PositionEventRow.item_id, PositionEventRow.delegation)
    )
    t = PositionEventRow.__table__.c
    columns = [t[name] for name in StandingPosition._fields[:-1]]
    query = select(*columns, is_correction(t.id, t.corrects_id)).where(t.id.in_(latest))
    return [
        StandingPosition._make([*row[:-2], bool(row[-2]), bool(row[-1])])
        for row in s.connection().execute(query)
    ]


def reclassified(s: Session, item_ids: Iterable[int]) -> dict[int, bool]:
    """The operator's latest word on each reclassified position event of the items: whether
    it is a correction. An event not here is a correction when it names the one it corrects."""
    ids = list(item_ids)
    if not ids:
        return {}
    r = PositionReclassificationRow
    query = (
        select(r.event_id, r.correction)
        .join(PositionEventRow, PositionEventRow.id == r.event_id)
        .where(PositionEventRow.item_id.in_(ids))
        .order_by(r.id)
    )
    return {int(event_id): bool(flag) for event_id, flag in s.execute(query)}  # latest wins


def latest_position_event_id(s: Session, session_id: int) -> int | None:
    """The last position logged in the session, on any item (the cell "just logged")."""
    return s.scalar(
        select(func.max(PositionEventRow.id))
        .join(AgendaItemRow, AgendaItemRow.id == PositionEventRow.item_id)
        .where(AgendaItemRow.session_id == session_id)
    )


def current_position(s: Session, item_id: int, delegation: str) -> PositionEventRow | None:
    return s.scalars(
        select(PositionEventRow)
        .where(PositionEventRow.item_id == item_id, PositionEventRow.delegation == delegation)
        .order_by(PositionEventRow.id.desc())
        .limit(1)
    ).first()


def position_history(
    s: Session, item_id: int, delegation: str | None = None
) -> list[PositionEventRow]:
    query = select(PositionEventRow).where(PositionEventRow.item_id == item_id)
    if delegation is not None:
        query = query.where(PositionEventRow.delegation == delegation)
    return list(s.scalars(query.order_by(PositionEventRow.id)))


def get_position_event(s: Session, event_id: int) -> PositionEventRow | None:
    return s.get(PositionEventRow, event_id)


def has_positions(s: Session, session_id: int, delegation: str) -> bool:
    """Whether the delegation has anything on record in the session: a position, or an
    intervention (a turn at the microphone, or what it said without a position)."""
    query = (
        select(PositionEventRow.id)
        .join(AgendaItemRow, AgendaItemRow.id == PositionEventRow.item_id)
        .where(AgendaItemRow.session_id == session_id, PositionEventRow.delegation == delegation)
        .limit(1)
    )
    if s.scalars(query).first() is not None:
        return True
    spoke = (
        select(InterventionRow.id)
        .join(AgendaItemRow, AgendaItemRow.id == InterventionRow.item_id)
        .where(AgendaItemRow.session_id == session_id, InterventionRow.delegation == delegation)
        .limit(1)
    )
    return s.scalars(spoke).first() is not None


def procedures(s: Session, item_ids: Iterable[int]) -> list[SilenceProcedureRow]:
    ids = list(item_ids)
    if not ids:
        return []
    return list(
        s.scalars(
            select(SilenceProcedureRow)
            .where(SilenceProcedureRow.item_id.in_(ids))
            .options(selectinload(SilenceProcedureRow.events))
            .order_by(SilenceProcedureRow.id)
        )
    )


def get_procedure(s: Session, procedure_id: int) -> SilenceProcedureRow | None:
    return s.get(
        SilenceProcedureRow, procedure_id, options=[selectinload(SilenceProcedureRow.events)]
    )


def open_procedures(s: Session) -> list[SilenceProcedureRow]:
    """Procedures neither settled nor withdrawn, on items still on an agenda."""
    closed = select(SilenceEventRow.procedure_id).where(
        SilenceEventRow.kind.in_(("settlement", "withdrawal"))
    )
    return list(
        s.scalars(
            select(SilenceProcedureRow)
            .join(AgendaItemRow, AgendaItemRow.id == SilenceProcedureRow.item_id)
            .join(SessionRow, SessionRow.id == AgendaItemRow.session_id)
            .where(
                SilenceProcedureRow.id.not_in(closed),
                AgendaItemRow.removed_at.is_(None),
                SessionRow.removed_at.is_(None),
            )
            .options(selectinload(SilenceProcedureRow.events))
            .order_by(SilenceProcedureRow.original_deadline)
        )
    )


def latest_procedures(
    s: Session, session_ids: Iterable[int]
) -> list[tuple[int, SilenceProcedureRow]]:
    """The latest silence procedure of each item still on the agenda of the sessions, with
    its session's id: one query for all the sessions (and one for their events)."""
    ids = list(session_ids)
    if not ids:
        return []
    latest = select(func.max(SilenceProcedureRow.id)).group_by(SilenceProcedureRow.item_id)
    query = (
        select(AgendaItemRow.session_id, SilenceProcedureRow)
        .join(AgendaItemRow, AgendaItemRow.id == SilenceProcedureRow.item_id)
        .where(
            AgendaItemRow.session_id.in_(ids),
            AgendaItemRow.removed_at.is_(None),
            SilenceProcedureRow.id.in_(latest),
        )
        .options(selectinload(SilenceProcedureRow.events))
        .order_by(SilenceProcedureRow.id)
    )
    return [(int(session_id), row) for session_id, row in s.execute(query).all()]


def latest_outcomes(s: Session, item_ids: Iterable[int]) -> dict[int, OutcomeDeclarationRow]:
    """The declaration that stands on each item: its latest, unless that is a withdrawal.
    An item with no declaration, or whose latest was withdrawn, is left out."""
    ids = list(item_ids)
    if not ids:
        return {}
    latest = (
        select(func.max(OutcomeDeclarationRow.id))
        .where(OutcomeDeclarationRow.item_id.in_(ids))
        .group_by(OutcomeDeclarationRow.item_id)
    )
    rows = s.scalars(select(OutcomeDeclarationRow).where(OutcomeDeclarationRow.id.in_(latest)))
    return {row.item_id: row for row in rows if not row.withdrawn}


def action_items(
    s: Session, item_ids: Iterable[int], *, include_removed: bool = False
) -> list[ActionItemRow]:
    """The items' action items, in the order added; those removed only if asked for."""
    ids = list(item_ids)
    if not ids:
        return []
    query = select(ActionItemRow).where(ActionItemRow.item_id.in_(ids))
    if not include_removed:
        query = query.where(ActionItemRow.removed_at.is_(None))
    return list(s.scalars(query.order_by(ActionItemRow.item_id, ActionItemRow.id)))


def get_action_item(s: Session, action_id: int) -> ActionItemRow | None:
    """The action item, on the record or removed (``removed_at`` says which)."""
    return s.get(ActionItemRow, action_id)


def next_ordinal(s: Session, session_id: int) -> int:
    value = s.scalar(
        select(func.max(AgendaItemRow.ordinal)).where(
            AgendaItemRow.session_id == session_id, AgendaItemRow.removed_at.is_(None)
        )
    )
    return 1 if value is None else int(value) + 1


def outcome_history(s: Session, item_id: int) -> list[OutcomeDeclarationRow]:
    """Every declaration on the item, withdrawals included, oldest first."""
    return list(
        s.scalars(
            select(OutcomeDeclarationRow)
            .where(OutcomeDeclarationRow.item_id == item_id)
            .order_by(OutcomeDeclarationRow.id)
        )
    )


def position_events(s: Session, item_ids: Iterable[int]) -> list[PositionEventRow]:
    """Every position event on the items, corrections included, in the order recorded."""
    ids = list(item_ids)
    if not ids:
        return []
    return list(
        s.scalars(
            select(PositionEventRow)
            .where(PositionEventRow.item_id.in_(ids))
            .order_by(PositionEventRow.id)
        )
    )


def all_items(s: Session, session_id: int) -> list[AgendaItemRow]:
    """Every item of a session, those taken off the agenda too: the agenda in order, then
    the removed items in the order they were removed."""
    removed = AgendaItemRow.removed_at.is_not(None)
    return list(
        s.scalars(
            select(AgendaItemRow)
            .where(AgendaItemRow.session_id == session_id)
            .order_by(removed, AgendaItemRow.removed_at, AgendaItemRow.ordinal, AgendaItemRow.id)
        )
    )


def live_session_by_reference(s: Session, reference: str) -> SessionRow | None:
    """The session on the list (not removed) with this reference, if any."""
    return s.scalars(
        select(SessionRow).where(SessionRow.reference == reference, SessionRow.removed_at.is_(None))
    ).first()


# ---------------------------------------------------------------------- archive search
# The search's own queries are db.archive_index's; here, where an item is, and a delegation's
# history.


class ItemPlace(NamedTuple):
    """Where an agenda item is: its title, its number on the agenda as it stands (items
    taken off it not counted) and its session."""

    item_title: str
    item_number: int
    session_id: int
    session_reference: str
    session_body: str
    session_level: str
    session_committee: str
    session_date: date
    item_title_fr: str = ""  # the French versions (0010)
    session_committee_fr: str = ""


def item_places(s: Session, item_ids: Iterable[int]) -> dict[int, ItemPlace]:
    """Where each item is, for items on the agenda of sessions on the list (the others are
    left out), in one query."""
    ids = sorted(set(item_ids))
    if not ids:
        return {}
    other = aliased(AgendaItemRow)
    number = (
        select(func.count(other.id))
        .where(
            other.session_id == AgendaItemRow.session_id,
            other.removed_at.is_(None),
            or_(
                other.ordinal < AgendaItemRow.ordinal,
                and_(other.ordinal == AgendaItemRow.ordinal, other.id <= AgendaItemRow.id),
            ),
        )
        .correlate(AgendaItemRow)
        .scalar_subquery()
    )
    query = (
        select(
            AgendaItemRow.id,
            AgendaItemRow.title,
            number,
            SessionRow.id,
            func.coalesce(SessionRow.reference, ""),
            SessionRow.body,
            SessionRow.level,
            SessionRow.committee_name,
            SessionRow.session_date,
            AgendaItemRow.title_fr,
            SessionRow.committee_name_fr,
        )
        .join(SessionRow, SessionRow.id == AgendaItemRow.session_id)
        .where(
            AgendaItemRow.id.in_(ids),
            AgendaItemRow.removed_at.is_(None),
            SessionRow.removed_at.is_(None),
        )
    )
    return {int(row[0]): ItemPlace(*row[1:]) for row in s.execute(query)}


def delegation_positions(
    s: Session,
    delegation: str,
    positions: Iterable[str],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[tuple[PositionEventRow, bool]]:
    """The delegation's position events of these kinds on items and sessions still on the
    list, oldest session first, each with whether it still stands. Events the operator
    corrected (a mis-keyed position, an undo: the next event of the cell is a correction, as
    the operator last said) are left out: they were never said."""
    wanted = sorted(set(positions))
    if not wanted:
        return []
    correction = aliased(PositionEventRow)
    later = aliased(PositionEventRow)
    following = (
        select(func.min(later.id))
        .where(
            later.item_id == PositionEventRow.item_id,
            later.delegation == PositionEventRow.delegation,
            later.id > PositionEventRow.id,
        )
        .correlate(PositionEventRow)  # the event of the outer query, two levels up
        .scalar_subquery()
    )
    corrected = (
        select(correction.id)
        .where(correction.id == following, is_correction(correction.id, correction.corrects_id))
        .exists()
    )
    standing = ~(
        select(later.id)
        .where(
            later.item_id == PositionEventRow.item_id,
            later.delegation == PositionEventRow.delegation,
            later.id > PositionEventRow.id,
        )
        .exists()
    )
    query = (
        select(PositionEventRow, standing)
        .join(AgendaItemRow, AgendaItemRow.id == PositionEventRow.item_id)
        .join(SessionRow, SessionRow.id == AgendaItemRow.session_id)
        .where(
            PositionEventRow.delegation == delegation,
            PositionEventRow.position.in_(wanted),
            AgendaItemRow.removed_at.is_(None),
            SessionRow.removed_at.is_(None),
            ~corrected,
        )
        .order_by(
            SessionRow.session_date, SessionRow.id, AgendaItemRow.ordinal, PositionEventRow.id
        )
    )
    if date_from is not None:
        query = query.where(SessionRow.session_date >= date_from)
    if date_to is not None:
        query = query.where(SessionRow.session_date <= date_to)
    return [(row, bool(stands)) for row, stands in s.execute(query)]


def delegation_letters(
    s: Session,
    delegation: str,
    letter_kinds: Iterable[str],
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[tuple[SilenceEventRow, SilenceProcedureRow]]:
    """The delegation's silence letters of these kinds on items and sessions still on the
    list, oldest session first, each with its procedure (and the procedure's events)."""
    wanted = sorted(set(letter_kinds))
    if not wanted:
        return []
    query = (
        select(SilenceEventRow, SilenceProcedureRow)
        .join(SilenceProcedureRow, SilenceProcedureRow.id == SilenceEventRow.procedure_id)
        .join(AgendaItemRow, AgendaItemRow.id == SilenceProcedureRow.item_id)
        .join(SessionRow, SessionRow.id == AgendaItemRow.session_id)
        .where(
            SilenceEventRow.kind == "letter",
            SilenceEventRow.delegation == delegation,
            SilenceEventRow.letter_kind.in_(wanted),
            AgendaItemRow.removed_at.is_(None),
            SessionRow.removed_at.is_(None),
        )
        .options(
            selectinload(SilenceProcedureRow.events),
            # The procedure's state needs its session's roster: no lazy load per letter.
            selectinload(SilenceProcedureRow.item).selectinload(AgendaItemRow.session),
        )
        .order_by(SessionRow.session_date, SessionRow.id, SilenceEventRow.at, SilenceEventRow.id)
    )
    if date_from is not None:
        query = query.where(SessionRow.session_date >= date_from)
    if date_to is not None:
        query = query.where(SessionRow.session_date <= date_to)
    return [(letter, procedure) for letter, procedure in s.execute(query)]


def audit_rows(s: Session, session_id: int) -> list[AuditRow]:
    """The audit trail of a session, oldest first. (Audit rows are only ever read here and
    added by ``Context.audit``: nothing updates or deletes them.)"""
    return list(
        s.scalars(
            select(AuditRow)
            .where(AuditRow.session_id == session_id)
            .order_by(AuditRow.at, AuditRow.id)
        )
    )
