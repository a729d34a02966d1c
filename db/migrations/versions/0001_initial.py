"""The first schema: sessions, attendance, agenda items, positions, silence procedures,
outcome declarations, action items and the audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Written by hand and frozen: it does not import db.models, so later changes to the models
cannot change what this revision creates. Constraint and index names follow the naming
convention of ``db.base`` (pk_<table>, fk_<table>_<column>_<referred table>,
uq_<table>_<columns>, ix_<table>_<column>). Times are stored as naive UTC DATETIME.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def _recorded() -> list[sa.Column[object]]:
    """Who recorded an append-only row, when, and from which workstation."""
    return [
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(100), nullable=False),
        sa.Column("workstation", sa.String(100), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(60), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(20), nullable=False),
        sa.Column("committee_name", sa.String(200), nullable=False),
        sa.Column("level", sa.String(40), nullable=False),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("chair", sa.String(200), nullable=False),
        sa.Column("classification", sa.String(40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
        sa.UniqueConstraint("reference", name="uq_sessions_reference"),
    )
    op.create_index("ix_sessions_session_date", "sessions", ["session_date"])

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("delegation", sa.String(60), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("sort_key", sa.String(200), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("head_of_delegation", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attendance"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name="fk_attendance_session_id_sessions"
        ),
        sa.UniqueConstraint("session_id", "delegation", name="uq_attendance_session_id_delegation"),
    )
    op.create_index("ix_attendance_session_id", "attendance", ["session_id"])

    op.create_table(
        "agenda_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("documents", sa.String(500), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_agenda_items"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], name="fk_agenda_items_session_id_sessions"
        ),
    )
    op.create_index("ix_agenda_items_session_id", "agenda_items", ["session_id"])

    op.create_table(
        "position_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("delegation", sa.String(60), nullable=False),
        sa.Column("position", sa.String(40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("paragraphs", sa.String(200), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        *_recorded(),
        sa.PrimaryKeyConstraint("id", name="pk_position_events"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_items.id"], name="fk_position_events_item_id_agenda_items"
        ),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["position_events.id"],
            name="fk_position_events_corrects_id_position_events",
        ),
    )
    op.create_index(
        "ix_position_events_item_delegation", "position_events", ["item_id", "delegation", "id"]
    )

    op.create_table(
        "silence_procedures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("text_reference", sa.String(100), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("launched_at", sa.DateTime(), nullable=False),
        sa.Column("launched_by", sa.String(200), nullable=False),
        sa.Column("original_deadline", sa.DateTime(), nullable=False),
        sa.Column("supersedes_id", sa.Integer(), nullable=True),
        *_recorded(),
        sa.PrimaryKeyConstraint("id", name="pk_silence_procedures"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_items.id"], name="fk_silence_procedures_item_id_agenda_items"
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["silence_procedures.id"],
            name="fk_silence_procedures_supersedes_id_silence_procedures",
        ),
    )
    op.create_index("ix_silence_procedures_item_id", "silence_procedures", ["item_id"])
    op.create_index(
        "ix_silence_procedures_original_deadline", "silence_procedures", ["original_deadline"]
    )

    op.create_table(
        "silence_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("delegation", sa.String(60), nullable=False),
        sa.Column("letter_kind", sa.String(20), nullable=False),
        sa.Column("paragraphs", sa.String(200), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("new_deadline", sa.DateTime(), nullable=True),
        sa.Column("letter_seq", sa.Integer(), nullable=True),
        sa.Column("relaunched", sa.Boolean(), nullable=False),
        sa.Column("result", sa.String(20), nullable=False),
        *_recorded(),
        sa.PrimaryKeyConstraint("id", name="pk_silence_events"),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["silence_procedures.id"],
            name="fk_silence_events_procedure_id_silence_procedures",
        ),
        sa.UniqueConstraint("procedure_id", "seq", name="uq_silence_events_procedure_id_seq"),
    )

    op.create_table(
        "outcome_declarations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(40), nullable=False),
        sa.Column("decision_text", sa.Text(), nullable=False),
        sa.Column("remitted_to", sa.String(200), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False),
        *_recorded(),
        sa.PrimaryKeyConstraint("id", name="pk_outcome_declarations"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_items.id"], name="fk_outcome_declarations_item_id_agenda_items"
        ),
    )
    op.create_index("ix_outcome_declarations_item_id", "outcome_declarations", ["item_id"])

    op.create_table(
        "action_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("owner_kind", sa.String(30), nullable=False),
        sa.Column("owner", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_action_items"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_items.id"], name="fk_action_items_item_id_agenda_items"
        ),
    )
    op.create_index("ix_action_items_item_id", "action_items", ["item_id"])

    # No foreign keys: the audit log outlives what it describes.
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(100), nullable=False),
        sa.Column("workstation", sa.String(100), nullable=False),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_session_id", "audit_log", ["session_id"])


def downgrade() -> None:
    # Children before parents; dropping a table drops its indexes.
    for table in (
        "audit_log",
        "action_items",
        "outcome_declarations",
        "silence_events",
        "silence_procedures",
        "position_events",
        "agenda_items",
        "attendance",
        "sessions",
    ):
        op.drop_table(table)
