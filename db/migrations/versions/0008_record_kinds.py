"""Corrections told apart from changes of position; positions conveyed in writing;
interventions with what was said.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

- ``position_events.in_writing``: the position of a delegation absent from the table,
  conveyed in writing. Existing rows: false (the server default).
- ``position_reclassifications``: the operator's later word on whether a position event
  is a correction (a mistyped key fixed) or a change of position (something the delegation
  said). An event is a correction when it names the event it corrects (``corrects_id``),
  unless its latest reclassification says otherwise. Rows are never updated or deleted.
- ``interventions.text``: what a delegation said when it spoke without taking a position
  (empty for a speaking turn timed by the clock alone); ``interventions.corrects_id``: an
  intervention whose text replaces the text of an earlier one (an empty text takes it off
  the record: it was recorded in error).

Columns are added in place (``ALTER TABLE … ADD COLUMN``): nothing is rebuilt, so the
search index's triggers (0004) stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.add_column(
        "position_events",
        sa.Column("in_writing", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "position_reclassifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("correction", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(100), nullable=False),
        sa.Column("workstation", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_position_reclassifications"),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["position_events.id"],
            name="fk_position_reclassifications_event_id_position_events",
        ),
    )
    op.create_index(
        "ix_position_reclassifications_event_id", "position_reclassifications", ["event_id"]
    )
    op.add_column(
        "interventions", sa.Column("text", sa.Text(), nullable=False, server_default=sa.text("''"))
    )
    if op.get_bind().dialect.name != "postgresql":  # SQLite adds a reference in place
        op.execute(
            "ALTER TABLE interventions ADD COLUMN corrects_id INTEGER REFERENCES interventions (id)"
        )
    else:
        op.add_column("interventions", sa.Column("corrects_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_interventions_corrects_id_interventions",
            "interventions",
            "interventions",
            ["corrects_id"],
            ["id"],
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(
            "fk_interventions_corrects_id_interventions", "interventions", type_="foreignkey"
        )
    op.execute("ALTER TABLE interventions DROP COLUMN corrects_id")
    op.execute("ALTER TABLE interventions DROP COLUMN text")
    op.drop_index("ix_position_reclassifications_event_id", "position_reclassifications")
    op.drop_table("position_reclassifications")
    op.execute("ALTER TABLE position_events DROP COLUMN in_writing")
