"""Silence procedures between rows and the domain: rebuild the state machine from stored
events, store the events a step added, and describe a procedure for the views."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import SessionRow, SilenceEventRow, SilenceProcedureRow
from desktop import reference
from desktop.domain.bodies import body
from desktop.domain.silence import (
    BreakWithdrawal,
    Extension,
    Letter,
    LetterKind,
    Settlement,
    SilenceEvent,
    SilenceProcedure,
    SilenceState,
    Withdrawal,
)
from desktop.services.convert import paragraphs_text, paragraphs_tuple
from desktop.services.dto import ExtensionView, LetterView, SilenceView


def decision_holders(session: SessionRow) -> frozenset[str]:
    """Who can break silence: the body's members with decision rights on the session's date."""
    holders = body(session.body).decision_holders(reference.allies(), session.session_date)
    return frozenset(a.code for a in holders)


def to_domain(row: SilenceProcedureRow, holders: frozenset[str]) -> SilenceProcedure:
    events = tuple(_event(e) for e in row.events)
    return SilenceProcedure(row.launched_at, row.original_deadline, holders, events)


def _event(row: SilenceEventRow) -> SilenceEvent:
    match row.kind:
        case "letter":
            return Letter(
                row.seq,
                row.delegation,
                row.at,
                LetterKind(row.letter_kind),
                paragraphs_tuple(row.paragraphs),
                row.reference,
                row.text,
            )
        case "break_withdrawal":
            return BreakWithdrawal(row.seq, row.letter_seq or 0, row.at, row.reference)
        case "extension":
            assert row.new_deadline is not None
            return Extension(row.seq, row.at, row.new_deadline, row.text)
        case "withdrawal":
            return Withdrawal(row.seq, row.at, row.text, row.relaunched)
        case "settlement":
            return Settlement(row.seq, row.at, SilenceState(row.result))
    raise ValueError(f"unknown silence event kind {row.kind!r}")


def event_row(procedure_id: int, event: SilenceEvent, stamp: dict[str, object]) -> SilenceEventRow:
    """The row that stores ``event``, a step the domain just added."""
    row = SilenceEventRow(procedure_id=procedure_id, seq=event.seq, **stamp)
    match event:
        case Letter():
            row.kind, row.at, row.delegation = "letter", event.received_at, event.delegation
            row.letter_kind, row.paragraphs = event.kind.value, paragraphs_text(event.paragraphs)
            row.reference, row.text = event.reference, event.text
        case BreakWithdrawal():
            row.kind, row.at, row.reference = "break_withdrawal", event.received_at, event.reference
            row.letter_seq = event.letter_seq
        case Extension():
            row.kind, row.at, row.new_deadline, row.text = (
                "extension",
                event.at,
                event.new_deadline,
                event.reason,
            )
        case Withdrawal():
            row.kind, row.at, row.text, row.relaunched = (
                "withdrawal",
                event.at,
                event.reason,
                event.relaunched,
            )
        case Settlement():
            row.kind, row.at, row.result = "settlement", event.at, event.result.value
    return row


def view(row: SilenceProcedureRow, procedure: SilenceProcedure, now: datetime) -> SilenceView:
    status = procedure.status(now)
    withdrawal = procedure.withdrawal
    item = row.item
    return SilenceView(
        id=row.id,
        item_id=row.item_id,
        session_id=item.session_id,
        item_title=item.title or item.title_fr,
        text_reference=row.text_reference,
        title=row.title,
        title_fr=row.title_fr,
        launched_at=row.launched_at,
        launched_by=row.launched_by,
        original_deadline=row.original_deadline,
        deadline=status.deadline,
        state=status.state,
        settled=status.settled,
        due=status.due,
        breaking=status.breaking,
        letters=tuple(
            LetterView(
                x.seq,
                x.delegation,
                x.received_at,
                x.kind,
                x.paragraphs,
                x.reference,
                x.text,
                procedure.letter_status(x),
            )
            for x in procedure.letters
        ),
        extensions=tuple(
            ExtensionView(e.seq, e.at, e.new_deadline, e.reason)
            for e in procedure.events
            if isinstance(e, Extension)
        ),
        withdrawn_at=withdrawal.at if withdrawal else None,
        withdrawal_reason=withdrawal.reason if withdrawal else "",
        supersedes_id=row.supersedes_id,
    )


def procedure_views(s: Session, item_ids: Iterable[int], now: datetime) -> list[SilenceView]:
    """Every procedure on the items, oldest first."""
    return [view(r, domain_of(r), now) for r in repo.procedures(s, item_ids)]


def domain_of(row: SilenceProcedureRow) -> SilenceProcedure:
    return to_domain(row, decision_holders(row.item.session))
