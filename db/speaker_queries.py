"""Queries on speakers' lists and speaking turns (migration 0006). Each takes an ORM
``Session`` and returns rows; the services own transactions. No row here is ever deleted."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import InterventionRow, SpeakerRow


def speakers(s: Session, item_ids: Iterable[int]) -> list[SpeakerRow]:
    """Every row of the items' speakers' lists, withdrawn ones too, in list order."""
    ids = list(item_ids)
    if not ids:
        return []
    return list(
        s.scalars(
            select(SpeakerRow)
            .where(SpeakerRow.item_id.in_(ids))
            .order_by(SpeakerRow.item_id, SpeakerRow.seq, SpeakerRow.id)
        )
    )


def get_speaker(s: Session, entry_id: int) -> SpeakerRow | None:
    return s.get(SpeakerRow, entry_id)


def next_speaker_seq(s: Session, item_id: int) -> int:
    value = s.scalar(select(func.max(SpeakerRow.seq)).where(SpeakerRow.item_id == item_id))
    return 1 if value is None else int(value) + 1


def interventions(s: Session, item_ids: Iterable[int]) -> list[InterventionRow]:
    """Every speaking turn on the items, in the order they started."""
    ids = list(item_ids)
    if not ids:
        return []
    return list(
        s.scalars(
            select(InterventionRow)
            .where(InterventionRow.item_id.in_(ids))
            .order_by(InterventionRow.item_id, InterventionRow.started_at, InterventionRow.id)
        )
    )


def running_interventions(s: Session, item_id: int) -> list[InterventionRow]:
    """The turns on the item not ended yet (at most one, as the services keep it)."""
    return list(
        s.scalars(
            select(InterventionRow)
            .where(InterventionRow.item_id == item_id, InterventionRow.ended_at.is_(None))
            .order_by(InterventionRow.id)
        )
    )
