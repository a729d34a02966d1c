"""Outcome declarations can be withdrawn; action items can be removed (and restored).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

- ``outcome_declarations.withdrawn``: a withdrawal is recorded as a new declaration that
  carries the outcome it withdraws, because declarations are events and never deleted.
  Every existing declaration is a declaration, not a withdrawal: the server default fills
  them with false.
- ``action_items.removed_at``: an action item taken off the record keeps its row; existing
  action items are all on the record (null).

SQLite adds a column in place (``ALTER TABLE … ADD COLUMN``), so nothing is rebuilt and the
foreign keys are not touched. The downgrade drops the columns with a batch rebuild of these
two tables, which are nobody's parents.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.add_column(
        "outcome_declarations",
        sa.Column("withdrawn", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("action_items", sa.Column("removed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("action_items") as batch:
        batch.drop_column("removed_at")
    with op.batch_alter_table("outcome_declarations") as batch:
        batch.drop_column("withdrawn")
