"""A prepared statement (``db.prepared``) stores and reads exactly what SQLAlchemy's own
execution of the same statement stores and reads, on both engines, within the transaction
of the connection it is run on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, bindparam, insert, select, text

from db.models import AuditRow
from db.prepared import Prepared, prepared
from desktop.services import Workspace

AT = datetime(1970, 1, 1, 0, 0, 0, 123456, tzinfo=UTC)  # a file from 1970, to the microsecond
VALUES = {
    "at": AT,
    "operator": "Ægir Þórsson",
    "workstation": "salle-1",
    "action": "position.logged",
    "session_id": None,
    "entity": "position_event",
    "entity_id": 7,
    "details": '{"delegation": "TÜR", "text": "«réserve» 日本語"}',
}


@pytest.fixture
def engine(database_location: Path | str) -> Iterator[Engine]:
    ws = Workspace.open(database_location)
    try:
        yield ws._ctx.db.engine
    finally:
        ws.close()


def _insert() -> object:
    table = AuditRow.__table__
    values = {name: bindparam(name, type_=table.c[name].type) for name in VALUES}
    return insert(table).values(values).returning(table.c.id)


def _row(connection: Connection, row_id: int) -> tuple[object, ...]:
    """The stored row as the database holds it (no type conversion on the way back)."""
    return tuple(
        connection.execute(
            text(
                "SELECT at, operator, workstation, action, session_id, entity, entity_id, "
                "details FROM audit_log WHERE id = :id"
            ),
            {"id": row_id},
        ).one()
    )


def test_a_prepared_insert_stores_what_sqlalchemy_stores(engine: Engine) -> None:
    statement = _insert()
    with engine.begin() as connection:
        core_id = connection.execute(statement, VALUES).scalar_one()  # type: ignore[call-overload]
        found = Prepared(statement, connection.dialect).first(connection, VALUES)  # type: ignore[arg-type]
        assert found is not None
        (prepared_id,) = found
        assert isinstance(prepared_id, int) and prepared_id == core_id + 1
    with engine.connect() as connection:
        assert _row(connection, prepared_id) == _row(connection, core_id)


def test_a_prepared_select_reads_what_sqlalchemy_reads(engine: Engine) -> None:
    with engine.begin() as connection:
        row_id = connection.execute(_insert(), VALUES).scalar_one()  # type: ignore[call-overload]
    table = AuditRow.__table__
    query = select(table.c.at, table.c.session_id, table.c.details, table.c.operator).where(
        table.c.id == bindparam("id")
    )
    with engine.connect() as connection:
        core = tuple(connection.execute(query, {"id": row_id}).one())
        read = prepared(lambda: query, connection.dialect).first(connection, {"id": row_id})
        missing = Prepared(query, connection.dialect).first(connection, {"id": row_id + 99})
    assert read == core == (AT, None, VALUES["details"], VALUES["operator"])
    assert read is not None and read[0].tzinfo is not None  # an instant, in UTC, as stored
    assert missing is None


def test_it_runs_in_the_connection_s_transaction(engine: Engine) -> None:
    statement = _insert()
    with engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    with engine.connect() as connection:
        transaction = connection.begin()
        Prepared(statement, connection.dialect).first(connection, VALUES)  # type: ignore[arg-type]
        transaction.rollback()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == before


def test_literal_values_are_kept_and_missing_ones_named(engine: Engine) -> None:
    table = AuditRow.__table__
    with engine.begin() as connection:
        for _ in range(3):
            connection.execute(_insert(), VALUES)  # type: ignore[call-overload]
        newest = select(table.c.id).order_by(table.c.id.desc()).limit(1)  # LIMIT: a literal
        core = connection.execute(newest).scalar_one()
        assert Prepared(newest, connection.dialect).first(connection, {}) == (core,)
        by_entity = select(table.c.id).where(table.c.entity_id == bindparam("entity_id"))
        with pytest.raises(KeyError, match="entity_id"):
            Prepared(by_entity, connection.dialect).run(connection, {})


def test_an_expanding_list_is_refused_when_prepared(engine: Engine) -> None:
    table = AuditRow.__table__
    statement = select(table.c.id).where(table.c.action.in_(["a", "b"]))
    with pytest.raises(TypeError, match="or_"):
        Prepared(statement, engine.dialect)
