"""The engine factories: a SQLite file, or a PostgreSQL server. What is particular to one
engine's connections (pragmas, session settings) lives here and nowhere else."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

# How long a connection waits for another program's lock before saying the database is
# busy. Tests of a locked database lower it.
BUSY_TIMEOUT_SECONDS = 10.0


def file_uri(path: Path, mode: str) -> str:
    """A SQLite URI for the file ``path`` opened in ``mode`` (``ro``, ``rw`` or ``rwc``),
    percent-encoded so that any file name works. ``rw`` never creates the file."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def sqlite_url(path: Path) -> URL:
    """The URL of a SQLite file; built, not formatted, so '?' or '#' in a path are safe."""
    return URL.create("sqlite", database=str(path))


def create_sqlite_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on the SQLite file ``path`` with the pragmas the app relies on, set on every
    connection: foreign keys, WAL, a busy timeout and ``synchronous=FULL``.

    Under WAL, ``NORMAL`` already survives the app being killed; ``FULL`` also survives a
    power cut or a crash of the system: each commit waits for the disk (an fsync, about
    4 ms on the reference machine), so a position shown as stored is on the disk.

    Connections may be used from a worker thread (never two threads at once: each unit of
    work has its own ORM session), hence ``check_same_thread=False``."""
    timeout = BUSY_TIMEOUT_SECONDS
    engine = create_engine(
        sqlite_url(path), connect_args={"timeout": timeout, "check_same_thread": False}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            cursor.execute("PRAGMA synchronous=FULL")
        finally:
            cursor.close()

    return engine


SERVER_SCHEMES = ("postgresql", "postgres")
_DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_SECONDS = 10


def is_server_url(text: object) -> bool:
    """Whether ``text`` names a PostgreSQL server (``postgresql://…``), not a file."""
    if not isinstance(text, str | URL):
        return False
    scheme = str(text).split(":", 1)[0].split("+", 1)[0].lower()
    return "://" in str(text) and scheme in SERVER_SCHEMES


def server_url(text: str | URL, *, password: str | None = None) -> URL:
    """The URL of a PostgreSQL database with the driver the app uses (psycopg 3), and the
    password given (from the system keyring) unless the URL carries one. Raises ValueError
    for anything else. With no password at all, libpq looks in ~/.pgpass or a service file."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text) if isinstance(text, str) else text
    except ArgumentError as error:
        raise ValueError(str(error)) from error
    if url.get_backend_name() not in SERVER_SCHEMES:
        raise ValueError(f"not a PostgreSQL URL: {url.render_as_string()}")
    url = url.set(drivername=_DRIVER)
    if password and not url.password:
        url = url.set(password=password)
    return url


def create_server_engine(url: str | URL, *, password: str | None = None) -> Engine:
    """An engine on a PostgreSQL database. Instants are stored as UTC whatever the
    server's time zone; connections are checked before use, since a server (unlike a file)
    can restart or drop an idle connection under a workstation that stayed open overnight."""
    engine = create_engine(
        server_url(url, password=password),
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "application_name": "Tour de Table",
            # A lock held elsewhere (an edit being checked) is waited for as long as
            # SQLite waits for a busy file; then the unit fails as "busy".
            "options": f"-c timezone=UTC -c lock_timeout={int(BUSY_TIMEOUT_SECONDS * 1000)}",
        },
    )
    return engine


def create_read_only_engine(path: Path) -> Engine:
    """An engine that can only read ``path``: SQLite opens the file with ``mode=ro``, so
    no statement can change it, whatever a bug may try.

    A file in WAL mode on a read-only disk cannot be opened that way (SQLite needs to create
    the ``-shm`` file beside it); it is then opened as ``immutable``, which is right for a
    disk nobody can write to. Check the file with :func:`read_only_uri` first."""
    uri = read_only_uri(path)
    timeout = BUSY_TIMEOUT_SECONDS

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)

    # "sqlite://" names no file, so SQLAlchemy would pick its pool for in-memory databases
    # (one connection per thread, closed behind a busy thread's back): pool like a file.
    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON").close()

    return engine


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` read-only: plain ``mode=ro`` when SQLite can read the file
    that way, else ``immutable`` (a WAL file on a read-only disk). Raises sqlite3.Error when
    the file cannot be read at all."""
    plain = file_uri(path, "ro")
    try:
        _probe(plain)
        return plain
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorname", "") != "SQLITE_CANTOPEN":
            raise
    immutable = f"{plain}&immutable=1"
    _probe(immutable)
    return immutable


def _probe(uri: str) -> None:
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)) as db:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
