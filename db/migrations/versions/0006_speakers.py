"""Speakers' lists, speaking times, and items not for the room display.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

- ``speakers``: the delegations on an item's speakers' list, in ``seq`` order. Rows are
  never deleted: one struck off as having spoken has ``struck_at``, one withdrawn from the
  list ``removed_at``.
- ``interventions``: each speaking turn, with its start and its end (null while the
  delegation speaks). Never deleted.
- ``agenda_items.not_for_display``: the room display shows "Item N" and the positions only,
  not the item's title and texts. Every existing item may be shown: the server default
  fills them with false.

The two tables are new, and SQLite adds a column in place (``ALTER TABLE … ADD COLUMN``):
nothing is rebuilt, so the search index's triggers on ``agenda_items`` (0004) stay. The
downgrade drops the column in place too (SQLite 3.35 and later), for the same reason.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def _recorded() -> list[sa.Column[object]]:
    """Who recorded a row, when, and from which workstation."""
    return [
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("operator", sa.String(100), nullable=False),
        sa.Column("workstation", sa.String(100), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("delegation", sa.String(60), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("struck_at", sa.DateTime(), nullable=True),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        *_recorded(),
        sa.PrimaryKeyConstraint("id", name="pk_speakers"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_items.id"], name="fk_speakers_item_id_agenda_items"
        ),
    )
    op.create_index("ix_speakers_item_id", "speakers", ["item_id", "seq"])
    op.create_table(
        "interventions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("delegation", sa.String(60), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        *_recorded(),
        sa.PrimaryKeyConstraint("id", name="pk_interventions"),
        sa.ForeignKeyConstraint(
            ["item_id"], ["agenda_items.id"], name="fk_interventions_item_id_agenda_items"
        ),
    )
    op.create_index("ix_interventions_item_id", "interventions", ["item_id"])
    op.add_column(
        "agenda_items",
        sa.Column("not_for_display", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE agenda_items DROP COLUMN not_for_display")
    op.drop_index("ix_interventions_item_id", table_name="interventions")
    op.drop_table("interventions")
    op.drop_index("ix_speakers_item_id", table_name="speakers")
    op.drop_table("speakers")
