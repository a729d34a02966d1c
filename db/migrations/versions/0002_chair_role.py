"""Sessions record the chair's role (Secretary General, deputy, acting chair, chair).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Existing sessions were all chaired by the Secretary General: the server default fills them.

The table is rebuilt (``recreate="always"``) rather than altered in place, so the new
column sits after ``chair`` and the table reads as SQLAlchemy would create it. ``sessions``
is the parent of ``attendance`` and ``agenda_items``, themselves parents of the positions,
silence procedures, outcomes and action items: a rebuild drops the old table, which with
foreign keys ON would fail, or cascade and take the children with it. db.migrate runs every
migration with foreign keys OFF and checks them (``PRAGMA foreign_key_check``) before it
commits.

On PostgreSQL (which alters a table in place, and keeps the foreign keys that refer to it)
the column is simply added.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    column = sa.Column(
        "chair_role", sa.String(40), nullable=False, server_default="secretary_general"
    )
    if op.get_bind().dialect.name != "sqlite":
        op.add_column("sessions", column)
        return
    with op.batch_alter_table("sessions", recreate="always") as batch:
        batch.add_column(column, insert_after="chair")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_column("sessions", "chair_role")
        return
    with op.batch_alter_table("sessions", recreate="always") as batch:
        batch.drop_column("chair_role")
