"""The review of a summary record: issues, delegations' corrections, approval.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07

One append-only table, ``review_events``: each row one step of a session's review (issued,
a correction received, accepted or declined, approved, reopened for a revision), read in
``id`` order by ``desktop.domain.review``. Nothing else changes; a database without rows
here is a record never issued, as every record was before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "review_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("sessions.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("delegation", sa.String(60), nullable=False),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("agenda_items.id"), nullable=True),
        sa.Column("paragraph", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("refers_to", sa.Integer(), sa.ForeignKey("review_events.id"), nullable=True),
        sa.Column("issue", sa.Integer(), nullable=True),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("how", sa.String(20), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(100), nullable=False),
        sa.Column("workstation", sa.String(100), nullable=False),
    )
    op.create_index("ix_review_events_session_id", "review_events", ["session_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_review_events_session_id", table_name="review_events")
    op.drop_table("review_events")
