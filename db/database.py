"""An open database: the engine, migrated to the current schema, and its transactions.

A database is a SQLite file (``path``) or a PostgreSQL database on a server (``url``);
everything above this layer works the same on both. ``location`` names either in a
sentence or a window title (a server's without its password)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

from db.backup import create_private_file
from db.engine import (
    create_read_only_engine,
    create_server_engine,
    create_sqlite_engine,
    server_url,
)
from db.faults import Fault
from db.migrate import (
    MigrationError,
    MigrationReport,
    current_revision,
    head_revision,
    upgrade_server_to_head,
    upgrade_to_head,
)
from desktop.i18n import _

log = logging.getLogger(__name__)


class Database:
    """One database file. ``Database.open`` migrates it (after a backup) before use;
    ``Database.open_read_only`` never writes to it."""

    def __init__(
        self,
        path: Path | None,
        engine: Engine,
        migration: MigrationReport | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self.path = path  # None for a database on a server
        self.engine = engine
        self.migration = migration  # what opening did to the schema, and where the backup is
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path) -> Database:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        create_private_file(path)
        report = upgrade_to_head(path)
        log.debug("Opened the database file %s at schema %s", path, report.to_revision)
        return cls(path, create_sqlite_engine(path), report)

    @classmethod
    def connect(cls, url: str, *, password: str | None = None) -> Database:
        """Connect to a PostgreSQL database (``postgresql://user@host/name``), upgrading
        its schema if this version of the app is newer. Raises MigrationError with a
        sentence, and psycopg's errors (through SQLAlchemy) when the server cannot be
        reached or refuses the login: the services turn those into sentences."""
        engine = create_server_engine(url, password=password)
        try:
            report = upgrade_server_to_head(engine, location=describe_url(url))
        except BaseException:
            engine.dispose()
            raise
        log.debug(
            "Connected to the database %s at schema %s", describe_url(url), report.to_revision
        )
        return cls(None, engine, report)

    @property
    def is_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def location(self) -> str:
        """The file's path, or the server database's URL without its password."""
        if self.path is not None:
            return str(self.path)
        return describe_url(self.engine.url)

    @classmethod
    def open_read_only(cls, path: Path) -> Database:
        """Open an existing database at the current schema for reading only: for a file on a
        read-only disk, or one the user chose not to change. Raises MigrationError when the
        file is missing, not ours, or at another schema (upgrading would write to it)."""
        path = Path(path)
        if not path.exists():
            raise MigrationError(
                _("There is no database at {path}.").format(path=path), fault=Fault.MISSING
            )
        revision = current_revision(path, read_only=True)
        head = head_revision()
        if revision != head:
            raise MigrationError(
                _(
                    "The database at {path} was made by an older version of Tour de Table and "
                    "must be upgraded before it can be read, which a read-only opening cannot "
                    "do. Copy it to a folder you can write to and open the copy."
                ).format(path=path),
                fault=Fault.READ_ONLY,
            )
        log.debug("Opened the database file %s read-only at schema %s", path, revision)
        return cls(path, create_read_only_engine(path), read_only=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        log.debug("Closed the database %s", self.location)


def describe_url(url: object) -> str:
    """A server database's address for people: ``postgresql://user@host:port/name``, never
    with a password, and without the driver's name."""
    parsed = server_url(str(url) if not isinstance(url, str) else url)
    bare = URL.create(
        "postgresql",
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
    )
    text = bare.render_as_string()
    # Options as written (a socket folder reads as a folder, not %2F-encoded), sorted.
    options = "&".join(
        f"{key}={value}"
        for key, values in sorted(parsed.query.items())
        for value in ((values,) if isinstance(values, str) else values)
    )
    return f"{text}?{options}" if options else text
