"""A Core statement compiled once, run on the driver's own cursor: the commonest write's.

Why: logging a position is the write an operator makes at the pace of the room, and every
bit of Python it runs on the worker thread holds Python's lock, which the GUI thread then
waits for (issue 24). Executing a Core statement through SQLAlchemy (the compiled cache's
lookup, an execution context, a result object) costs about 0.1 ms of Python a statement, and
an ORM session about 0.3 ms a unit, where the SQL of a key (four statements and the commit)
takes about 0.8 ms on a file: logging a position took 2.2 ms that way, 1.1 ms this way.

A ``Prepared`` is the statement compiled once for a dialect. It runs on the cursor of a
connection SQLAlchemy holds, so within the unit's transaction, which SQLAlchemy commits or
rolls back as always; the values are converted by the type processors SQLAlchemy itself would
apply (a ``UtcDateTime`` to the text SQLite stores, a boolean to 0 or 1), and so are the
values read back, so that what is stored and read is what a Core execution stores and reads
(``tests/unit/db/test_prepared.py`` compares them, on both engines). Statements built for it
name every value they take (``bindparam``); expanding ``IN`` lists are refused (write them
as ``or_``), since they are rendered per execution.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import ReturnsRows

_Processor = Callable[[Any], Any] | None
_MISSING = object()


class Prepared:
    """``statement`` compiled for ``dialect``; ``run`` executes it on a connection's cursor."""

    __slots__ = ("_binds", "_positional", "_results", "sql")

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)  # a statement, not DDL
        self.sql = compiled.string
        self._positional = compiled.positional
        names: Sequence[str] = compiled.positiontup or list(compiled.binds)
        binds = []
        for name in names:
            bind = compiled.binds[name]
            if bind.expanding:
                raise TypeError(f"{name}: an expanding IN list cannot be prepared; use or_()")
            default = _MISSING if bind.required or bind.callable else bind.value
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            binds.append((name, processor, default))
        self._binds: tuple[tuple[str, _Processor, object], ...] = tuple(binds)
        columns = statement.exported_columns if isinstance(statement, ReturnsRows) else ()
        self._results: tuple[_Processor, ...] = tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None) for column in columns
        )

    def run(self, connection: Connection, values: Mapping[str, Any]) -> Any:
        """Execute with ``values`` (by the names of the statement's parameters) on
        ``connection``'s cursor, in its transaction; returns the cursor."""
        converted = []
        for name, processor, default in self._binds:
            value = values.get(name, default)
            if value is _MISSING:
                raise KeyError(f"no value for the parameter {name!r}")
            converted.append(processor(value) if processor is not None else value)
        cursor = connection.connection.cursor()
        if self._positional:
            cursor.execute(self.sql, converted)
        else:
            named = zip((name for name, _p, _d in self._binds), converted, strict=True)
            cursor.execute(self.sql, dict(named))
        return cursor

    def first(self, connection: Connection, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """The first row of what the statement returns (a select, or an insert's
        ``RETURNING``), its values converted as SQLAlchemy would; None when there is none."""
        cursor = self.run(connection, values)
        try:
            row = cursor.fetchone()
        finally:
            cursor.close()
        if row is None:
            return None
        return tuple(
            processor(value) if processor is not None else value
            for processor, value in zip(self._results, row, strict=True)
        )


_cache: dict[tuple[Callable[[], ClauseElement], str, str], Prepared] = {}
_lock = threading.Lock()


def prepared(build: Callable[[], ClauseElement], dialect: Dialect) -> Prepared:
    """The statement ``build()`` makes, compiled once per kind of database (the dialect's
    name and driver: every file or server of a kind takes the same SQL)."""
    key = (build, dialect.name, dialect.driver)
    found = _cache.get(key)
    if found is None:
        with _lock:
            found = _cache.get(key)
            if found is None:
                found = _cache[key] = Prepared(build(), dialect)
    return found
