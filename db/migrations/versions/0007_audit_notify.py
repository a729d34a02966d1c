"""Workstations sharing a PostgreSQL database hear of each other's changes at once: every
transaction that adds audit rows sends a notification on the channel ``tourdetable_audit``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23

The trigger fires once per statement and its payload is empty, so PostgreSQL folds all the
notifications of one transaction into one, delivered at commit (never for a rollback); a
bulk copy of a million audit rows sends one. A listener then looks for the new rows as it
would on a timer (``desktop.services.watch``): the notification only says when to look.

SQLite has no notifications (windows on one file look every second): nothing to do there,
and the revision only records that the file is at this schema.
"""

from __future__ import annotations

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None

CHANNEL = "tourdetable_audit"

_FUNCTION = f"""
CREATE FUNCTION audit_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', '');
    RETURN NULL;
END $$
"""
_TRIGGER = (
    "CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_notify()"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_FUNCTION)
    op.execute(_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_log_notify ON audit_log")
    op.execute("DROP FUNCTION IF EXISTS audit_log_notify()")
