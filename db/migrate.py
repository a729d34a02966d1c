"""Bring a database file to the current schema: Alembic, run from code, after a backup.

There is no alembic.ini. :func:`alembic_config` points Alembic at the ``migrations`` folder
beside this module, so the same code works from a source tree and an installed package.

:func:`upgrade_to_head` is what opening a file does:

- a file that does not exist yet, or is empty, is created straight at the head revision;
  there is nothing to back up;
- a file at the head revision is left alone;
- a file at an older revision is first copied with SQLite's online backup API into
  ``desktop.paths.backup_dir(path)``, then migrated in one transaction with foreign keys
  OFF, and committed only if ``PRAGMA foreign_key_check`` finds nothing. Foreign keys must
  be off: SQLite alters most things by rebuilding the table (create a copy, drop the old,
  rename), and dropping a parent table with foreign keys ON fails, or cascades to its
  children. ``PRAGMA foreign_keys`` is a no-op inside a transaction, so it is switched off
  on the connection before the transaction begins;
- a file written by a newer version (a revision this version does not know), a file that
  is not a SQLite database, or a SQLite database that Tour de Table did not make, raise
  :class:`MigrationError` without being touched.

Every failure is a :class:`MigrationError` whose message is a sentence a user can act on;
the original exception is chained for the log.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from db import engine as engines
from db.backup import BackupError, backup_database
from db.engine import create_sqlite_engine, file_uri
from db.faults import Fault, classify, disk_full, writable
from desktop import paths
from desktop.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
log = logging.getLogger(__name__)
_VERSION_TABLE = "alembic_version"


class MigrationError(Exception):
    """A database could not be opened at the current schema. The message is a plain
    sentence for the user; ``backup_path`` names the backup made before trying, if any."""

    def __init__(
        self, message: str, *, backup_path: Path | None = None, fault: Fault = Fault.OTHER
    ) -> None:
        super().__init__(message)
        self.backup_path = backup_path
        self.fault = fault


@dataclass(frozen=True, slots=True)
class MigrationReport:
    """What :func:`upgrade_to_head` did. ``from_revision`` is None for a new file."""

    from_revision: str | None
    to_revision: str
    backup_path: Path | None

    @property
    def migrated(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code. ``connection`` is handed to env.py, which
    runs the migrations on it (inside the caller's transaction)."""
    from alembic.config import Config

    config = Config()
    # The value goes through configparser interpolation: escape any % in the path.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


# Opening a database at the current schema (every start of the app) needs only the chain of
# revisions, read here from the migration files themselves: importing Alembic costs a good
# part of the start-up, so it is imported only when a file must be migrated. A test checks
# that this chain is Alembic's.
_REVISION = re.compile(r'^revision(?:\s*:\s*str)?\s*=\s*"([^"]+)"', re.M)
_DOWN = re.compile(r'^down_revision(?:\s*:\s*[^=]+)?\s*=\s*(?:"([^"]+)"|None)', re.M)


@cache
def _chain() -> tuple[str, ...]:
    """The revisions from the first to the head (a single line: the app never branches)."""
    parents: dict[str, str | None] = {}
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            continue
        parents[revision.group(1)] = down.group(1)
    children = {parent: child for child, parent in parents.items()}
    chain: list[str] = []
    current = children.get(None)
    while current is not None:
        chain.append(current)
        current = children.get(current)
    if len(chain) != len(parents):
        raise MigrationError(_("This copy of Tour de Table has a broken chain of migrations."))
    return tuple(chain)


def head_revision() -> str:
    """The revision of the schema this version of the app writes."""
    chain = _chain()
    if not chain:  # pragma: no cover - the migrations folder ships with the app
        raise MigrationError(_("This copy of Tour de Table has no database migrations."))
    return chain[-1]


def known_revisions() -> frozenset[str]:
    """Every revision this version of the app can upgrade from."""
    return frozenset(_chain())


def current_revision(path: Path, *, read_only: bool = False) -> str | None:
    """The schema revision of the database at ``path``: None when the file does not exist
    or holds no schema yet. Reads the file without changing it; ``read_only`` reads it as a
    read-only opening does, so a file on a read-only disk can be inspected."""
    return _inspect(Path(path), read_only=read_only)


def upgrade_to_head(path: Path, *, backup_dir: Path | None = None) -> MigrationReport:
    """Bring the database at ``path`` to :func:`head_revision` (see the module's doc).

    ``backup_dir`` is where a backup goes before an upgrade; by default the folder
    ``desktop.paths.backup_dir(path)`` beside the database."""
    path = Path(path)
    revision = _inspect(path)
    head = head_revision()
    if revision == head:
        return MigrationReport(head, head, None)

    backup_path: Path | None = None
    if revision is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        folder = backup_dir if backup_dir is not None else paths.backup_dir(path)
        try:
            backup_path = backup_database(path, folder, f"before-{head}")
        except BackupError as error:
            raise MigrationError(
                _("{reason} The database was not upgraded, and nothing in it was changed.").format(
                    reason=error
                ),
                fault=classify(error.__cause__) if error.__cause__ else Fault.OTHER,
            ) from error

    if revision is None:
        log.debug("Creating the schema %s in %s", head, path)
    else:
        log.info(
            "Upgrading %s from schema %s to %s (backup: %s)", path, revision, head, backup_path
        )
    started = time.monotonic()
    reached = _migrate(path, head, backup_path)
    log.debug("Schema %s reached in %s after %.2f s", reached, path, time.monotonic() - started)
    return MigrationReport(revision, reached, backup_path)


def upgrade_server_to_head(engine: Engine, *, location: str) -> MigrationReport:
    """Bring the PostgreSQL database behind ``engine`` to :func:`head_revision`.

    PostgreSQL changes its schema inside transactions, so the whole upgrade commits or
    leaves nothing behind; an advisory lock makes two workstations that open an old
    database at once upgrade it one after the other (the second finds it at head). The app
    takes no copy first: a server's backups are the IT department's (pg_dump, see
    docs/deployment.md). ``location`` names the database in sentences, without password."""
    head = head_revision()
    # A server that cannot be reached, or refuses the login, fails here: the caller says so.
    with engine.connect() as connection:
        try:
            with connection.begin():
                revision = _upgrade_server(connection, location, head)
        except MigrationError:
            raise
        except Exception as error:
            raise _server_failure(location, error) from error
    return MigrationReport(revision, head, None)


def _upgrade_server(connection: Connection, location: str, head: str) -> str | None:
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
    revision = _inspect_server(connection, location)
    if revision != head:
        from alembic import command

        log.info("Upgrading %s from schema %s to %s", location, revision, head)
        command.upgrade(alembic_config(connection), head)
    return revision


def _server_failure(location: str, error: Exception) -> MigrationError:
    reason = str(error.orig) if isinstance(error, DBAPIError) else str(error)
    reason = reason.strip().splitlines()[0].rstrip(".") if reason.strip() else ""
    return MigrationError(
        _(
            "The database {location} could not be brought to the current schema: "
            "{reason}. Nothing in it was changed."
        ).format(location=location, reason=reason or type(error).__name__),
        fault=classify(error),
    )


# An arbitrary number all copies of the app agree on: the advisory lock of an upgrade.
_MIGRATION_LOCK = 7_411_510_001


def server_revision(engine: Engine, *, location: str) -> str | None:
    """The schema revision of a PostgreSQL database, read without changing it."""
    with engine.connect() as connection:
        return _inspect_server(connection, location)


def _inspect_server(connection: Connection, location: str) -> str | None:
    from sqlalchemy import inspect

    tables = set(inspect(connection).get_table_names())
    revisions: list[str] = []
    if _VERSION_TABLE in tables:
        query = f"SELECT version_num FROM {_VERSION_TABLE}"
        revisions = [rev for (rev,) in connection.exec_driver_sql(query)]
    return _judge(revisions, tables, location)


# ---------------------------------------------------------------------- inspection
def _inspect(path: Path, *, read_only: bool = False) -> str | None:
    """The schema revision, read without writing anything (None: no file or no schema yet).
    Refuses files that cannot be upgraded: not a database, not ours, or newer than us.
    ``read_only``: open the file as a read-only opening will (see db.engine)."""
    if not path.exists():
        return None
    if not path.is_file():
        raise MigrationError(
            _("{path} is a folder, not a database file. Choose a file.").format(path=path),
            fault=Fault.FOLDER,
        )
    try:
        # mode=rw: opens an existing file only (read-only if the file is write-protected).
        uri = engines.read_only_uri(path) if read_only else file_uri(path, "rw")
        timeout = engines.BUSY_TIMEOUT_SECONDS
        with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=timeout)) as db:
            tables = {
                name
                for (name,) in db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                )
            }
            revisions: list[str] = []
            if _VERSION_TABLE in tables:
                query = f"SELECT version_num FROM {_VERSION_TABLE}"
                revisions = [rev for (rev,) in db.execute(query)]
    except sqlite3.Error as error:
        raise unreadable(path, error) from error
    return _judge(revisions, tables, str(path))


def _judge(revisions: list[str], tables: set[str], path: str) -> str | None:
    """The one revision recorded, or None for an empty database; refuses the others."""
    unknown = sorted(set(revisions) - known_revisions())
    if unknown:
        raise MigrationError(
            _(
                "This database was written by a newer version of Tour de Table: {path} has "
                "schema {schema}, and this version knows schemas up to {head}. Install the "
                "newer version or open another file."
            ).format(path=path, schema=", ".join(unknown), head=head_revision()),
            fault=Fault.NEWER,
        )
    if len(revisions) > 1:
        raise MigrationError(
            _(
                "The database at {path} records several schema versions at once "
                "({revisions}), so it cannot be upgraded safely. Open another file, or ask "
                "for help with this one."
            ).format(path=path, revisions=", ".join(sorted(revisions))),
            fault=Fault.DAMAGED,
        )
    if not revisions and tables - {_VERSION_TABLE}:
        raise MigrationError(
            _(
                "The database at {path} was not made by Tour de Table: it has tables and no "
                "schema version. Open another database."
            ).format(path=path),
            fault=Fault.NOT_OURS,
        )
    return revisions[0] if revisions else None


def unreadable(path: Path, error: sqlite3.Error) -> MigrationError:
    """The sentence for a file SQLite could not read, by what went wrong."""
    fault = classify(error)
    if fault is Fault.OTHER and not writable(path):
        fault = Fault.READ_ONLY  # SQLite cannot even open a WAL file on a read-only disk
    if fault is Fault.OTHER and disk_full(path):
        fault = Fault.DISK_FULL  # nor make room for its -shm file on a full one (I/O error)
    sentences = {
        Fault.NOT_DATABASE: N_(
            "The file at {path} is not a Tour de Table database: SQLite does not recognise "
            "it as a database at all. Open another file."
        ),
        Fault.DAMAGED: N_(
            "The database at {path} is damaged ({error}). Restore a backup, or open another file."
        ),
        Fault.LOCKED: N_(
            "The database at {path} is locked by another program. Close that program, or "
            "wait a moment and try again."
        ),
        Fault.READ_ONLY: N_(
            "The database at {path} cannot be written (the file, its folder or its disk is "
            "read-only). Open it read-only, or copy it to a folder you can write to."
        ),
        Fault.DISK_FULL: N_(
            "The disk that holds {path} is full, and SQLite needs a little room beside the "
            "database even to read it; free some space on that disk, then try again."
        ),
    }
    sentence = sentences.get(
        fault,
        N_(
            "The file at {path} could not be read as a database ({error}). Check that it is "
            "not open in another program, or open another file."
        ),
    )
    return MigrationError(_(sentence).format(path=path, error=error), fault=fault)


# ---------------------------------------------------------------------- migration
class _ForeignKeyViolationsError(Exception):
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        tables = sorted({str(row[0]) for row in rows})
        super().__init__(
            ngettext(
                "{count} row would refer to rows that no longer exist (in {tables})",
                "{count} rows would refer to rows that no longer exist (in {tables})",
                len(rows),
            ).format(count=len(rows), tables=", ".join(tables))
        )


def _migrate(path: Path, target: str, backup_path: Path | None) -> str:
    """Run the migrations up to ``target`` in one transaction with foreign keys OFF; commit
    only if the foreign keys still hold. Returns the revision reached."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    engine = _migration_engine(path)
    try:
        with engine.connect() as connection:
            _switch_foreign_keys_off(connection)
            with connection.begin():
                command.upgrade(alembic_config(connection), target)  # Alembic loads here
                violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if violations:
                    raise _ForeignKeyViolationsError([tuple(row) for row in violations])
                reached = MigrationContext.configure(connection).get_current_revision()
                if reached != target:
                    raise RuntimeError(f"the migrations stopped at {reached}, not {target}")
    except Exception as error:
        raise MigrationError(
            _failure(path, error, backup_path), backup_path=backup_path, fault=classify(error)
        ) from error
    finally:
        engine.dispose()
    return target


def _migration_engine(path: Path) -> Engine:
    """The app's engine with foreign keys off, and with transactions that SQLite really
    begins: the sqlite3 module on its own would run DDL outside any transaction, so a
    failed migration would leave half a schema. ``BEGIN IMMEDIATE`` takes the write lock
    at once, so two copies of the app opening the same old file migrate it one after the
    other (the second finds it at head)."""
    engine = create_sqlite_engine(path, foreign_keys=False)

    @event.listens_for(engine, "connect")
    def _driver_autocommit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _switch_foreign_keys_off(connection: Connection) -> None:
    """On the driver connection, outside any transaction (where the pragma takes effect),
    and checked: migrating with foreign keys on could lose rows."""
    driver: Any = connection.connection.driver_connection
    driver.execute("PRAGMA foreign_keys=OFF")
    (enabled,) = driver.execute("PRAGMA foreign_keys").fetchone()
    if enabled:
        raise RuntimeError(_("foreign keys could not be switched off, so it was not started"))


def _failure(path: Path, error: BaseException, backup_path: Path | None) -> str:
    reason = str(error.orig) if isinstance(error, DBAPIError) else str(error)
    reason = reason.strip().rstrip(".") or type(error).__name__
    if backup_path is None:
        return _("A new database could not be created at {path}: {reason}.").format(
            path=path, reason=reason
        )
    return _(
        "The database at {path} could not be upgraded: {reason}. Your data is unchanged in "
        "the backup at {backup}."
    ).format(path=path, reason=reason, backup=backup_path)
