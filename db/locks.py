"""The database's write lock, taken on purpose: an edit that compares what is stored with
what the operator saw, or the settling of a silence procedure, must not interleave with
another window's or workstation's.

On SQLite, a write transaction locks the whole file: a statement that writes nothing takes
the lock. On PostgreSQL, a transaction-scoped advisory lock that every copy of the app
agrees on serialises these units the same way, and is released at commit or rollback.
Ordinary writes (logging a position, a statement, a letter) take no such lock: they add
events, which cannot overwrite one another.
"""

from __future__ import annotations

from sqlalchemy import TextClause, false, text, update
from sqlalchemy.orm import Session

from db.models import SessionRow

# An arbitrary number all copies of the app agree on (db.migrate's upgrade lock is another).
WRITE_LOCK = 7_411_510_002
_ADVISORY: TextClause = text(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def hold_writes(s: Session) -> None:
    """Take the write lock now; it is held until the unit of work ends."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(_ADVISORY)
        return
    # SQLite starts a write transaction at the first write; this one changes nothing and
    # fires no trigger.
    statement = update(SessionRow).where(false()).values(id=SessionRow.id)
    s.execute(statement.execution_options(synchronize_session=False))
