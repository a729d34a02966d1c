"""Hearing of other workstations' commits at once, on a PostgreSQL database.

Migration 0007 makes every transaction that adds audit rows send one notification on
``CHANNEL`` at its commit. A :class:`Listener` holds a connection of its own (outside the
pool, in autocommit) that has asked to hear them. It never blocks: the caller watches
:meth:`Listener.fileno` (a Qt socket notifier, a select) and calls :meth:`Listener.drain`
when the socket is readable. SQLite has no notifications: :func:`listener` returns None.
"""

from __future__ import annotations

import contextlib
from typing import Any

from sqlalchemy import Engine

CHANNEL = "tourdetable_audit"  # as in db/migrations/versions/0007_audit_notify.py


class ListenerClosedError(Exception):
    """The listening connection was lost (the server restarted, the network dropped)."""


class Listener:
    def __init__(self, connection: Any) -> None:
        self._connection = connection  # a psycopg.Connection, in autocommit

    def fileno(self) -> int:
        return int(self._connection.fileno())

    def drain(self) -> int:
        """How many notifications arrived since the last drain (0 when none); never
        waits. Raises ListenerClosedError when the connection is gone."""
        try:
            return sum(1 for _ in self._connection.notifies(timeout=0))
        except Exception as error:  # psycopg.OperationalError and kin: the link is gone
            raise ListenerClosedError(str(error)) from error

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing a lost connection: nothing to do
            self._connection.close()


def listener(engine: Engine) -> Listener | None:
    """A listener on ``engine``'s database, or None when it cannot notify (SQLite)."""
    if engine.dialect.name != "postgresql":
        return None
    pooled = engine.raw_connection()
    connection: Any = pooled.driver_connection
    pooled.detach()  # its own connection: never handed back to the pool
    try:
        if getattr(connection, "info", None) is not None and connection.info.transaction_status:
            connection.rollback()  # autocommit can only be set outside a transaction
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
    except Exception:
        pooled.close()
        raise
    return Listener(connection)
