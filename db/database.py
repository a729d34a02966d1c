"""An open database: the engine, migrated to the current schema, and its transactions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import create_sqlite_engine
from db.migrate import MigrationReport, upgrade_to_head


class Database:
    """One database file. ``Database.open`` migrates it (after a backup) before use."""

    def __init__(
        self, path: Path, engine: Engine, migration: MigrationReport | None = None
    ) -> None:
        self.path = path
        self.engine = engine
        self.migration = migration  # what opening did to the schema, and where the backup is
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path) -> Database:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        report = upgrade_to_head(path)
        return cls(path, create_sqlite_engine(path), report)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
