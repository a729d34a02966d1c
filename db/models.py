"""The schema. Positions, silence events and outcome declarations are append-only: rows are
inserted, never updated or deleted. Everything else is audited in ``audit_log``.

Every text the secretariat writes for the record exists in English and in French (0010): the
English in the column of its name, the French in the column of the same name ending in
``_fr`` (``title``, ``title_fr``); either may be empty. What delegations said (statements,
letters) stays in the language spoken: one column.

Enumerations are stored as their string values (portable to PostgreSQL, readable in a dump);
the services validate them against ``desktop.domain``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy import (
    text as sql_text,
)
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column, relationship

from db.base import Base, UtcDateTime


def _french(type_: String | type[Text]) -> MappedColumn[str]:
    """The French version of a text (0010): empty until written."""
    return mapped_column(type_, default="", server_default=sql_text("''"))


class Recorded:
    """Who recorded a row, when, and from which workstation."""

    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    operator: Mapped[str] = mapped_column(String(100), default="")
    workstation: Mapped[str] = mapped_column(String(100), default="")


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str | None] = mapped_column(String(60), unique=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[str] = mapped_column(String(20))
    committee_name: Mapped[str] = mapped_column(String(200), default="")
    committee_name_fr: Mapped[str] = _french(String(200))
    level: Mapped[str] = mapped_column(String(40))
    format: Mapped[str] = mapped_column(String(20))
    session_date: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    place_fr: Mapped[str] = _french(String(200))
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/Brussels")
    opened_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    chair: Mapped[str] = mapped_column(String(200), default="")
    chair_role: Mapped[str] = mapped_column(
        String(40), default="secretary_general", server_default="secretary_general"
    )
    classification: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    attendance: Mapped[list[AttendanceRow]] = relationship(
        back_populates="session", order_by="AttendanceRow.sort_key"
    )
    items: Mapped[list[AgendaItemRow]] = relationship(
        back_populates="session", order_by="AgendaItemRow.ordinal"
    )


class AttendanceRow(Base):
    """A delegation at the table: members (with decision rights), invitees, partners, staff."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "delegation"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), index=True)
    delegation: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    sort_key: Mapped[str] = mapped_column(String(200))
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    head_of_delegation: Mapped[str] = mapped_column(String(200), default="")

    session: Mapped[SessionRow] = relationship(back_populates="attendance")


class AgendaItemRow(Base):
    __tablename__ = "agenda_items"
    # The agenda in order, without the items taken off it; and an item's number (since 0004).
    __table_args__ = (
        Index("ix_agenda_items_session_order", "session_id", "removed_at", "ordinal", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    title_fr: Mapped[str] = _french(String(500))
    kind: Mapped[str] = mapped_column(String(30))
    documents: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    summary_fr: Mapped[str] = _french(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The room display shows "Item N" and the positions only, not the title or texts (0006).
    not_for_display: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    session: Mapped[SessionRow] = relationship(back_populates="items")


class PositionEventRow(Recorded, Base):
    """One thing a delegation said on an item. Never updated: a correction is a new row whose
    ``corrects_id`` names the row it corrects."""

    __tablename__ = "position_events"
    __table_args__ = (
        Index("ix_position_events_item_delegation", "item_id", "delegation", "id"),
        # A delegation's history, and "was this event corrected?" (both since 0004).
        Index("ix_position_events_delegation_position", "delegation", "position"),
        Index("ix_position_events_corrects_id", "corrects_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"))
    delegation: Mapped[str] = mapped_column(String(60))
    position: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    paragraphs: Mapped[str] = mapped_column(String(200), default="")
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("position_events.id"))
    # The position of a delegation absent from the table, conveyed in writing (0008).
    in_writing: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class PositionReclassificationRow(Recorded, Base):
    """The operator's later word on a position event (0008): a correction (a mistyped key
    fixed, never the delegation's) or a change of position (something the delegation
    said). The latest row for an event wins over what ``corrects_id`` says. Never updated."""

    __tablename__ = "position_reclassifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("position_events.id"), index=True)
    correction: Mapped[bool] = mapped_column(Boolean)


class SilenceProcedureRow(Recorded, Base):
    __tablename__ = "silence_procedures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    text_reference: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(500), default="")
    title_fr: Mapped[str] = _french(String(500))
    launched_at: Mapped[datetime] = mapped_column(UtcDateTime)
    launched_by: Mapped[str] = mapped_column(String(200), default="")
    original_deadline: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("silence_procedures.id"))

    events: Mapped[list[SilenceEventRow]] = relationship(order_by="SilenceEventRow.seq")
    item: Mapped[AgendaItemRow] = relationship()


class SilenceEventRow(Recorded, Base):
    """Letters (breaks, comments), withdrawals of breaks, extensions, the procedure's
    withdrawal and its settlement: append-only, numbered ``seq`` within the procedure."""

    __tablename__ = "silence_events"
    __table_args__ = (UniqueConstraint("procedure_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("silence_procedures.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    delegation: Mapped[str] = mapped_column(String(60), default="")
    letter_kind: Mapped[str] = mapped_column(String(20), default="")
    paragraphs: Mapped[str] = mapped_column(String(200), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    new_deadline: Mapped[datetime | None] = mapped_column(UtcDateTime)
    letter_seq: Mapped[int | None] = mapped_column(Integer)
    relaunched: Mapped[bool] = mapped_column(Boolean, default=False)
    result: Mapped[str] = mapped_column(String(20), default="")


class OutcomeDeclarationRow(Recorded, Base):
    """The chair's declaration on an item; a new declaration supersedes, never overwrites.

    A withdrawal is a declaration too (``withdrawn``), carrying the outcome it withdraws:
    when the latest row of an item is a withdrawal, no outcome stands on the item."""

    __tablename__ = "outcome_declarations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(40))
    decision_text: Mapped[str] = mapped_column(Text, default="")
    decision_text_fr: Mapped[str] = _french(Text)
    remitted_to: Mapped[str] = mapped_column(String(200), default="")
    remitted_to_fr: Mapped[str] = _french(String(200))
    warnings: Mapped[str] = mapped_column(Text, default="")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ActionItemRow(Base):
    """An action an item carries. Removing one sets ``removed_at``; the row stays, audited."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    owner_kind: Mapped[str] = mapped_column(String(30))
    owner: Mapped[str] = mapped_column(String(200), default="")
    owner_fr: Mapped[str] = _french(String(200))
    description: Mapped[str] = mapped_column(Text)
    description_fr: Mapped[str] = _french(Text)
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SpeakerRow(Recorded, Base):
    """A delegation on an item's speakers' list (since 0006). Never deleted: striking it off
    (it has spoken) sets ``struck_at``, withdrawing it from the list ``removed_at``; moving
    it changes ``seq``, audited."""

    __tablename__ = "speakers"
    __table_args__ = (Index("ix_speakers_item_id", "item_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"))
    delegation: Mapped[str] = mapped_column(String(60))
    seq: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    struck_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class InterventionRow(Recorded, Base):
    """One speaking turn of a delegation on an item (since 0006), or what it said without
    taking a position (its ``text``, since 0008); ``ended_at`` is null while it speaks.
    Never deleted or updated: a correction is a new row naming the one it corrects."""

    __tablename__ = "interventions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    delegation: Mapped[str] = mapped_column(String(60))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # What it said without taking a position (0008; empty for a turn timed by the clock
    # alone), and the intervention whose text this one replaces (empty: recorded in error).
    text: Mapped[str] = mapped_column(Text, default="", server_default=sql_text("''"))
    text_fr: Mapped[str] = _french(Text)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("interventions.id"))


class ReviewEventRow(Recorded, Base):
    """One step of a record's review (since 0011): issued, a delegation's correction
    received, accepted or declined, approved, reopened for a revision. Append-only: never
    updated or deleted (``desktop.domain.review`` reads the state from them in ``id``
    order)."""

    __tablename__ = "review_events"
    __table_args__ = (Index("ix_review_events_session_id", "session_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id"))
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UtcDateTime)  # when it happened (received, approved)
    delegation: Mapped[str] = mapped_column(String(60), default="")
    item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_items.id"))
    paragraph: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    refers_to: Mapped[int | None] = mapped_column(ForeignKey("review_events.id"))
    issue: Mapped[int | None] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    how: Mapped[str] = mapped_column(String(20), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")


class AuditRow(Base):
    """Every change: what, when, which operator, from which workstation. Kept without foreign
    keys so that it outlives what it describes."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    operator: Mapped[str] = mapped_column(String(100))
    workstation: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    session_id: Mapped[int | None] = mapped_column(Integer, index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="")
