"""Copy a whole database into an empty one (``tourdetable copy``): a SQLite file onto a
PostgreSQL server when a secretariat moves to a shared database, a server database back
into a file, or between two of a kind.

The rows are copied by ``db.copy``; here both ends are opened as the app opens them (a
new file is created, an older schema upgraded first) and every failure becomes a sentence.
A target that holds anything is refused before it is opened, so that not even its schema
changes.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from db.copy import (
    CopyError,
    NulCharacterError,
    Progress,
    TargetNotEmptyError,
    copy_rows,
    occupied_table,
)
from db.database import Database, describe_url
from db.engine import create_read_only_engine, create_server_engine, is_server_url
from db.faults import classify
from db.migrate import MigrationError, current_revision, server_revision
from desktop.i18n import _
from desktop.services.credentials import ServerAddress, stored_password
from desktop.services.errors import DatabaseError, Fault, ValidationError
from desktop.services.workspace import server_sentence

__all__ = [
    "CopyResult",
    "Location",
    "Progress",
    "copy_database",
    "describe",
    "parse_location",
    "with_stored_password",
]

Location = Path | str  # a SQLite file, or the URL of a PostgreSQL database


@dataclass(frozen=True, slots=True)
class CopyResult:
    source: str
    target: str
    rows: dict[str, int]  # rows copied, by table, parents first

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def parse_location(text: str) -> Location:
    """A database as a user names it: ``postgresql://…`` (kept as text), or a SQLite file,
    as ``sqlite:///file`` (SQLAlchemy's form: ``sqlite:////srv/file`` for an absolute path)
    or as a plain path."""
    if is_server_url(text):
        return text
    if text.lower().startswith("sqlite:"):
        try:
            database = make_url(text).database
        except ArgumentError:
            database = None
        if not database:
            raise ValidationError(
                _(
                    "{url} names no database file: write sqlite:///file.sqlite (relative) or "
                    "sqlite:////folder/file.sqlite (absolute), or just the file's path."
                ).format(url=text)
            )
        return Path(database).expanduser()
    return Path(text).expanduser()


def with_stored_password(location: Location) -> Location:
    """A server database's address without a password, with the one the app remembered
    for it in the system keyring (as the window connects); unchanged when there is none:
    libpq then looks in ~/.pgpass, a service file or PGPASSWORD. A file is unchanged."""
    if isinstance(location, Path):
        return location
    try:
        address, password = ServerAddress.parse(location)
    except ValueError:
        return location  # opening it says what is wrong with it
    stored = None if password else stored_password(address.location)
    if not stored:
        return location
    return make_url(location).set(password=stored).render_as_string(hide_password=False)


def describe(location: Location) -> str:
    """The file's path, or the server database's address without a password."""
    if isinstance(location, Path):
        return str(location)
    try:
        return describe_url(location)
    except ValueError as error:
        raise ValidationError(
            _(
                "{url} is not a database address the app understands ({error}). Write "
                "it as postgresql://user@server:5432/database."
            ).format(url=location, error=error)
        ) from error


def copy_database(
    source: Location,
    target: Location,
    *,
    progress: Progress | None = None,
    source_read_only: bool = False,
) -> CopyResult:
    """Copy every row of ``source`` (ids, events, the audit trail) into ``target``, which
    must be empty or not exist yet (a file). One transaction on the target: it holds the
    whole copy, or nothing of it (a file created for the copy is removed again). Text is
    read as :func:`parse_location` reads it. ``source_read_only``: a source file is opened
    read-only (it must then be at the current schema)."""
    source = parse_location(source) if isinstance(source, str) else Path(source)
    target = parse_location(target) if isinstance(target, str) else Path(target)
    source_name, target_name = describe(source), describe(target)
    if _same(source, target, source_name, target_name):
        raise ValidationError(
            _(
                "The source and the target are the same database ({location}); copy into "
                "another one."
            ).format(location=source_name)
        )
    if isinstance(source, Path) and not source.is_file():
        raise DatabaseError(
            _("There is no database at {path}; check the path.").format(path=source),
            fault=Fault.MISSING,
        )
    _refuse_occupied(target, target_name)
    created = isinstance(target, Path) and not target.exists()
    copied = False
    try:
        with (
            _opened(source, source_name, read_only=source_read_only) as src,
            _opened(target, target_name) as dst,
        ):
            report = _copy(src, dst, source_name, target_name, progress)
        copied = True
    finally:
        if created and not copied and isinstance(target, Path):
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
    return report


def _copy(
    src: Database, dst: Database, source_name: str, target_name: str, progress: Progress | None
) -> CopyResult:
    try:
        report = copy_rows(src.engine, dst.engine, progress=progress)
    except TargetNotEmptyError as error:
        raise _not_empty(target_name, error.table) from error
    except NulCharacterError as error:
        raise DatabaseError(_nul_sentence(error, target_name), fault=error.fault) from error
    except CopyError as error:
        raise DatabaseError(
            _(
                "The copy stopped at the table {table}: {reason}. Nothing was written to {target}."
            ).format(table=error.table, reason=error.reason, target=target_name),
            fault=error.fault,
        ) from error
    except DBAPIError as error:
        fault = classify(error)
        if fault is Fault.READ_ONLY and dst.is_server:  # a role without the owner's rights
            sentence = _(
                "The copy into {target} was refused ({error}): run it as the role that owns "
                "the tables of the server database (docs/deployment.md). Nothing was written "
                "to {target}."
            )
        else:
            sentence = _(
                "The copy from {source} failed ({error}). Nothing was written to {target}."
            )
        raise DatabaseError(
            sentence.format(source=source_name, error=_first_line(error), target=target_name),
            fault=fault,
        ) from error
    return CopyResult(source_name, target_name, report.rows)


def _nul_sentence(error: NulCharacterError, target: str) -> str:
    """Where the NUL character a server database cannot store is: the session, the field."""
    field = f"{error.table}.{error.column}"
    if error.session_id is None:
        return _(
            "{field} holds a NUL character (row {row}), which a PostgreSQL database cannot "
            "store, so the copy stopped and nothing was written to {target}."
        ).format(field=field, row=error.row_id, target=target)
    session = error.reference or _("of {day} (id {id})").format(
        id=error.session_id, day=error.session_date
    )
    return _(
        "The session {session} holds a NUL character in {field} (row {row}), which a "
        "PostgreSQL database cannot store, so the copy stopped and nothing was written to "
        "{target}."
    ).format(field=field, row=error.row_id, session=session, target=target)


def _same(source: Location, target: Location, source_name: str, target_name: str) -> bool:
    if isinstance(source, Path) and isinstance(target, Path):
        if source.exists() and target.exists():
            return os.path.samefile(source, target)
        return source.resolve() == target.resolve()
    return source_name == target_name


def _refuse_occupied(target: Location, name: str) -> None:
    """Refuse a target that holds any row, before opening it (which could upgrade it)."""
    if isinstance(target, Path):
        if not target.exists():
            return
        if target.is_dir():
            raise DatabaseError(
                _("{path} is a folder; choose a database file.").format(path=target),
                fault=Fault.FOLDER,
            )
    try:
        if isinstance(target, Path):
            if current_revision(target) is None:
                return
            engine = create_read_only_engine(target)
        else:
            engine = create_server_engine(target)
            if server_revision(engine, location=name) is None:
                engine.dispose()
                return
        try:
            with engine.connect() as connection:
                table = occupied_table(connection)
        finally:
            engine.dispose()
    except MigrationError as error:
        raise DatabaseError(str(error), fault=error.fault) from error
    except (DBAPIError, sqlite3.Error) as error:
        raise _unopened(target, name, error) from error
    if table is not None:
        raise _not_empty(name, table)


@contextmanager
def _opened(location: Location, name: str, *, read_only: bool = False) -> Iterator[Database]:
    """The database at ``location``, opened (and upgraded if older) as the app opens it;
    ``read_only``: a file opened without writing to it."""
    try:
        if not isinstance(location, Path):
            db = Database.connect(location)
        elif read_only:
            db = Database.open_read_only(location)
        else:
            db = Database.open(location)
    except MigrationError as error:
        raise DatabaseError(str(error), fault=error.fault) from error
    except (DBAPIError, sqlite3.Error, OSError) as error:
        raise _unopened(location, name, error) from error
    try:
        yield db
    finally:
        db.close()


def _unopened(location: Location, name: str, error: Exception) -> DatabaseError:
    fault = classify(error)
    if isinstance(location, str) and isinstance(error, DBAPIError):
        return DatabaseError(server_sentence(fault, name, error), fault=fault)
    return DatabaseError(
        _(
            "{name} could not be opened as a Tour de Table database ({error}). "
            "Choose another file or restore a backup."
        ).format(name=name, error=_first_line(error)),
        fault=fault,
    )


def _not_empty(name: str, table: str) -> ValidationError:
    return ValidationError(
        _(
            "{target} is not empty (its table {table} holds rows), so nothing was copied and "
            "nothing in it was changed. Copy into a new file, or into an empty database on "
            "the server."
        ).format(target=name, table=table)
    )


def _first_line(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    lines = str(original).strip().splitlines()
    return lines[0].rstrip(".") if lines else type(original).__name__
