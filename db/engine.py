"""The engine factory. SQLite-only SQL lives here and nowhere else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event


def sqlite_url(path: Path) -> URL:
    """The URL of a SQLite file; built, not formatted, so '?' or '#' in a path are safe."""
    return URL.create("sqlite", database=str(path))


def create_sqlite_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on the SQLite file ``path`` with the pragmas the app relies on, set on every
    connection: foreign keys, WAL, a busy timeout and synchronous=NORMAL (safe under WAL).

    Connections may be used from a worker thread (never two threads at once: each unit of
    work has its own ORM session), hence ``check_same_thread=False``."""
    engine = create_engine(
        sqlite_url(path), connect_args={"timeout": 10, "check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    return engine
