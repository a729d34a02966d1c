"""The audit trail is append-only in the database itself: an update or a delete of an
``audit_log`` row is refused.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

No service or query changes or deletes an audit row (a unit test reads the source to make
sure). These two triggers make the database say the same, so that not even a bug, a
future feature or a hand-typed statement in the app's connection can rewrite what was
done: SQLite aborts the statement, and the transaction that tried it rolls back.

Nothing in the app deletes a session (removing one sets ``removed_at``), and the audit log
has no foreign keys, so no cascade ever reaches it. A later migration that must rebuild
``audit_log`` (``batch_alter_table`` with ``recreate``) drops the table and with it these
triggers: it must create them again (copy them from here: this file is frozen).
"""

from __future__ import annotations

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None

_TRIGGERS = {
    "audit_log_no_update": (
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
        "SELECT RAISE(ABORT, 'the audit trail is append-only: its rows cannot be changed'); END"
    ),
    "audit_log_no_delete": (
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
        "SELECT RAISE(ABORT, 'the audit trail is append-only: its rows cannot be deleted'); END"
    ),
}


def upgrade() -> None:
    for statement in _TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
