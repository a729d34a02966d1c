"""Copy a whole database into an empty one, whatever the engines: a SQLite file to a
PostgreSQL database, back, or either to another of its kind.

Every table of the schema (``Base.metadata``, so every event and every audit row) is read
in primary-key order and inserted with its ids, parents before children, in batches: the
rows stream through, however big the archive. The reading side sees one snapshot of the
source from start to end (a read transaction), so a copy of a database in use is
consistent. The writing side is one transaction that first takes the target's write lock
and checks that every table is empty: the target ends up holding the whole copy, or
nothing of it. On PostgreSQL each table's id sequence is then set past the highest id.

The target must already be at the head revision (open it through ``db.database``): the
rows go through the ORM's tables, which describe the head schema.

``search_index`` (the archive search, migration 0004) is not in the schema's metadata. On
SQLite the target's triggers index each row as it is inserted, as when it was first
written. On PostgreSQL those triggers cost a PL/pgSQL call and an index update per row,
minutes on a big archive: there the copy pauses them (inside its transaction, so a failure
leaves them as they were) and copies the source's index rows instead, which hold the same
values on both engines (0004 and ``search_postgresql.py`` say so; a test compares them).
A role that does not own the tables cannot pause them: the triggers then index as the rows
go in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    false,
    func,
    inspect,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError

from db import models
from db.base import Base
from db.faults import Fault, classify

TABLES: tuple[Table, ...] = tuple(Base.metadata.sorted_tables)  # parents before children
BATCH_ROWS = 2000
SEARCH_INDEX = "search_index"
_SEARCH_STAGING = "tdt_copied_search_index"  # a temporary table, dropped at commit
_SEARCH_COLUMNS = (
    "rowid", "title", "body", "refs", "tags", "kind", "item_id", "delegation", "position",
)  # fmt: skip

# Told after each batch: the table, the rows of it copied so far, and how many it has.
Progress = Callable[[str, int, int], None]


class CopyError(Exception):
    """The copy stopped at ``table``: ``reason`` is the database's own words. Nothing was
    written to the target."""

    def __init__(self, table: str, reason: str, fault: Fault = Fault.OTHER) -> None:
        super().__init__(f"{table}: {reason}")
        self.table = table
        self.reason = reason
        self.fault = fault


class NulCharacterError(CopyError):
    """A text of the source holds a NUL character, which PostgreSQL cannot store: in
    ``column`` of the row ``row_id`` of ``table``, which belongs to the session
    ``session_id`` (None when it belongs to none), whose ``reference`` and ``session_date``
    (as stored) name it."""

    def __init__(
        self, table: str, column: str, row_id: object, session: dict[str, Any] | None
    ) -> None:
        super().__init__(table, f"a NUL character in {column} of row {row_id}", Fault.OTHER)
        self.column = column
        self.row_id = row_id
        self.session_id = session["id"] if session else None
        self.reference = str(session["reference"] or "") if session else ""
        self.session_date = str(session["session_date"]) if session else ""


class TargetNotEmptyError(Exception):
    """The target holds rows (in ``table``, the first found): nothing was written to it."""

    def __init__(self, table: str) -> None:
        super().__init__(table)
        self.table = table


@dataclass(frozen=True, slots=True)
class CopyReport:
    rows: dict[str, int]  # rows copied, by table, in the order they were copied

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def occupied_table(connection: Connection) -> str | None:
    """The first table of the schema that holds a row, among the tables the database has
    (it may be at an older revision); None when every one is empty. Reads only."""
    existing = set(inspect(connection).get_table_names())
    sessions_first = sorted(TABLES, key=lambda table: table.name != "sessions")
    for table in sessions_first:
        if table.name not in existing:
            continue
        if connection.execute(select(literal(1)).select_from(table).limit(1)).first():
            return table.name
    return None


def row_counts(connection: Connection) -> dict[str, int]:
    """How many rows each table of the schema holds (the database at the head revision)."""
    return {
        table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for table in TABLES
    }


def copy_rows(
    source: Engine,
    target: Engine,
    *,
    progress: Progress | None = None,
    batch_rows: int = BATCH_ROWS,
) -> CopyReport:
    """Copy every row of ``source`` into ``target`` (both at the head revision; the target
    empty), in one transaction on the target. Raises TargetNotEmptyError when the target
    holds anything, CopyError when a database refuses a row or fails; either way nothing
    was written to the target."""
    with _snapshot(source) as reader, target.connect() as writer, writer.begin():
        _hold_writes(writer)
        occupied = occupied_table(writer)
        if occupied is not None:
            raise TargetNotEmptyError(occupied)
        totals = row_counts(reader)
        paused = _pause_search_triggers(reader, writer)
        for table in TABLES:
            _copy_table(
                reader, writer, table, total=totals[table.name], progress=progress,
                batch_rows=batch_rows,
            )  # fmt: skip
        if paused:
            _copy_search_index(reader, writer, progress=progress, batch_rows=batch_rows)
            for table_name, trigger in paused:
                writer.exec_driver_sql(f'ALTER TABLE {table_name} ENABLE TRIGGER "{trigger}"')
        _after_copy(writer)
    return CopyReport(totals)


def _copy_table(
    reader: Connection,
    writer: Connection,
    table: Table,
    *,
    total: int,
    progress: Progress | None,
    batch_rows: int,
) -> None:
    done = 0
    rows: list[dict[str, Any]] = []
    try:
        query = select(table).order_by(*table.primary_key.columns)
        streamed = reader.execution_options(yield_per=batch_rows).execute(query)
        names = tuple(streamed.keys())
        for batch in streamed.partitions():
            rows = [dict(zip(names, row, strict=True)) for row in batch]
            writer.execute(table.insert(), rows)
            done += len(batch)
            if progress is not None:
                progress(table.name, done, total)
    except DBAPIError as error:
        found = _nul_character(reader, table, rows)
        if found is not None:
            raise found from error
        raise CopyError(table.name, _reason(error), classify(error)) from error


def _nul_character(
    reader: Connection, table: Table, rows: list[dict[str, Any]]
) -> NulCharacterError | None:
    """The first text of ``rows`` (the batch a database refused) that holds a NUL
    character, with the session its row belongs to; None when no text does."""
    for row in rows:
        for column, value in row.items():
            if isinstance(value, str) and "\0" in value:
                (key,) = table.primary_key.columns
                session_id = _session_of(reader, table, row)
                session = None
                if session_id is not None:
                    sessions = models.SessionRow.__table__
                    query = select(sessions.c.id, sessions.c.reference, sessions.c.session_date)
                    found = reader.execute(query.where(sessions.c.id == session_id)).first()
                    session = dict(found._mapping) if found is not None else None
                return NulCharacterError(table.name, column, row.get(key.name), session)
    return None


def _session_of(reader: Connection, table: Table, row: dict[str, Any]) -> int | None:
    """The id of the session a row belongs to, following its foreign keys up to
    ``sessions`` (the audit trail names it without a key); None for a row of none."""
    if table.name == "sessions":
        return int(row["id"])
    if row.get("session_id") is not None:
        return int(row["session_id"])
    for key in table.foreign_keys:
        parent = key.column.table
        value = row.get(key.parent.name)
        if parent is table or value is None or not isinstance(parent, Table):
            continue
        found = reader.execute(select(parent).where(key.column == value)).first()
        if found is not None:
            return _session_of(reader, parent, dict(found._mapping))
    return None


def _pause_search_triggers(reader: Connection, writer: Connection) -> list[tuple[str, str]]:
    """On a PostgreSQL target, when both ends have a search index: the search triggers
    (``search_…``) on the copied tables, disabled until the end of the transaction, as
    (table, trigger). Empty when they stay on: SQLite, or a role that does not own the
    tables."""
    if writer.dialect.name != "postgresql":
        return []
    if not all(SEARCH_INDEX in inspect(c).get_table_names() for c in (reader, writer)):
        return []
    query = text(
        "SELECT c.relname, t.tgname FROM pg_trigger AS t JOIN pg_class AS c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgname LIKE 'search\\_%' "
        "AND c.relname = ANY(:tables) AND pg_table_is_visible(c.oid) ORDER BY 1, 2"
    )
    names = [table.name for table in TABLES]
    triggers = [(str(r), str(t)) for r, t in writer.execute(query, {"tables": names})]
    try:
        with writer.begin_nested():
            for table_name, trigger in triggers:
                writer.exec_driver_sql(f'ALTER TABLE {table_name} DISABLE TRIGGER "{trigger}"')
    except DBAPIError as error:
        if classify(error) is Fault.READ_ONLY:  # only the tables' owner may
            return []
        raise
    return triggers


def _copy_search_index(
    reader: Connection, writer: Connection, *, progress: Progress | None, batch_rows: int
) -> None:
    """The source's index rows into the target's index. They go through a temporary table
    first, then into the index in one statement: a row of the index computes its words
    (generated columns, a GIN index), which done one statement per row costs ten times
    more."""
    columns = ", ".join(_SEARCH_COLUMNS)
    insert = text(
        f"INSERT INTO {_SEARCH_STAGING} ({columns}) "
        f"VALUES ({', '.join(':' + name for name in _SEARCH_COLUMNS)})"
    )
    done = 0
    try:
        writer.exec_driver_sql(
            f"CREATE TEMPORARY TABLE {_SEARCH_STAGING} (rowid bigint, title text, body text, "
            "refs text, tags text, kind text, item_id integer, delegation text, position text) "
            "ON COMMIT DROP"
        )
        total = int(reader.scalar(text(f"SELECT count(*) FROM {SEARCH_INDEX}")) or 0)
        query = text(f"SELECT {columns} FROM {SEARCH_INDEX} ORDER BY rowid")
        streamed = reader.execution_options(yield_per=batch_rows).execute(query)
        for batch in streamed.partitions():
            writer.execute(insert, [dict(zip(_SEARCH_COLUMNS, row, strict=True)) for row in batch])
            done += len(batch)
            if progress is not None:
                progress(SEARCH_INDEX, done, total)
        writer.exec_driver_sql(
            f"INSERT INTO {SEARCH_INDEX} ({columns}) "
            f"SELECT {columns} FROM {_SEARCH_STAGING} ORDER BY rowid"
        )
    except DBAPIError as error:
        raise CopyError(SEARCH_INDEX, _reason(error), classify(error)) from error


def _reason(error: DBAPIError) -> str:
    lines = str(error.orig).strip().splitlines()
    return lines[0].rstrip(".") if lines else type(error.orig).__name__


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that reads one state of the database for as long as it is open."""
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            reading = connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            with reading.begin():
                yield reading
            return
        # Python's sqlite3 runs each SELECT outside any transaction, so two tables could
        # be read at two states: begin one by hand (SQLAlchemy rolls it back on release).
        driver: Any = connection.connection.driver_connection
        driver.execute("BEGIN")
        yield connection


def _hold_writes(writer: Connection) -> None:
    """Keep every other writer out of the target until the copy commits."""
    if writer.dialect.name == "postgresql":
        names = ", ".join(table.name for table in TABLES)
        writer.exec_driver_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
        return
    # SQLite takes the write lock at a transaction's first write: this one changes nothing.
    statement = update(models.SessionRow).where(false()).values(id=models.SessionRow.id)
    writer.execute(statement)


def _after_copy(writer: Connection) -> None:
    """PostgreSQL: every id sequence past the highest id copied, so that the app's next row
    gets a new id. SQLite: the search index merged into one segment (as after 0004's
    backfill), the quickest shape to query."""
    if writer.dialect.name == "postgresql":
        for table in TABLES:
            (key,) = table.primary_key.columns
            writer.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key.name}'), "
                f"coalesce(max({key.name}), 1), max({key.name}) IS NOT NULL) FROM {table.name}"
            )
        return
    found = writer.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'search_index' AND sql LIKE '%fts5%'"
    ).first()
    if found:
        writer.exec_driver_sql("INSERT INTO search_index (search_index) VALUES ('optimize')")
