"""A database on a PostgreSQL server: created at the head revision, upgraded in one
transaction (one workstation at a time), refused when it is not ours or newer, and its
connection faults told apart."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from db.database import Database, describe_url
from db.engine import create_server_engine, is_server_url, server_url
from db.faults import Fault, classify
from db.migrate import MigrationError, MigrationReport, head_revision, server_revision
from db.models import AuditRow
from tests.pg_server import Server

pytestmark = pytest.mark.postgresql


@pytest.fixture
def empty(pg_server: Server) -> Iterator[str]:
    """An empty database on the test server: its URL."""
    name = pg_server.create_database()
    yield pg_server.url_text(name)
    pg_server.drop_database(name)


def test_server_urls_are_told_from_files() -> None:
    assert is_server_url("postgresql://clerk@db.example/council")
    assert is_server_url("postgres://db.example/council")
    assert is_server_url("postgresql+psycopg://db.example/council")
    assert not is_server_url("/home/clerk/council.sqlite")
    assert not is_server_url("sqlite:///council.sqlite")
    assert server_url("postgresql://db/x").drivername == "postgresql+psycopg"
    with pytest.raises(ValueError, match="not a PostgreSQL URL"):
        server_url("mysql://db/x")


def test_a_password_never_shows_in_the_location() -> None:
    shown = describe_url("postgresql+psycopg://clerk:s3cret@db.example:5433/council")
    assert shown == "postgresql://clerk@db.example:5433/council"
    assert describe_url(server_url("postgresql://clerk@db/x", password="s3cret")) == (
        "postgresql://clerk@db/x"
    )


def test_an_empty_database_is_created_at_the_head(empty: str) -> None:
    db = Database.connect(empty)
    try:
        assert db.migration == MigrationReport(None, head_revision(), None)
        assert db.is_server and db.path is None
        assert server_revision(db.engine, location="x") == head_revision()
        with db.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
        assert {"sessions", "position_events", "audit_log", "speakers"} <= tables
    finally:
        db.close()
    again = Database.connect(empty)
    again.close()
    assert again.migration == MigrationReport(head_revision(), head_revision(), None)


def test_two_workstations_opening_a_new_database_at_once_both_get_it(empty: str) -> None:
    start = threading.Barrier(3)
    reports: list[MigrationReport | None] = []
    failures: list[BaseException] = []

    def connect() -> None:
        start.wait()
        try:
            db = Database.connect(empty)
            reports.append(db.migration)
            db.close()
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=connect) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert failures == []
    assert sorted(r.from_revision or "" for r in reports if r) == ["", head_revision(),
                                                                  head_revision()]  # fmt: skip


def _execute(url: str, *statements: str) -> None:
    engine = create_server_engine(url)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def test_a_database_of_another_program_is_refused_untouched(empty: str) -> None:
    _execute(empty, "CREATE TABLE payroll (id integer primary key)")

    with pytest.raises(MigrationError, match="not made by Tour de Table") as refused:
        Database.connect(empty)

    assert refused.value.fault is Fault.NOT_OURS
    assert "s3cret" not in str(refused.value)


def test_a_database_of_a_newer_version_is_refused_untouched(empty: str) -> None:
    Database.connect(empty).close()
    _execute(empty, "UPDATE alembic_version SET version_num = '9999'")

    with pytest.raises(MigrationError, match="newer version") as refused:
        Database.connect(empty)

    assert refused.value.fault is Fault.NEWER


def test_instants_are_stored_in_utc_whatever_the_server_zone(empty: str) -> None:
    _execute(empty, "SELECT 1")  # the database exists
    db = Database.connect(empty)
    try:
        moment = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # the night clocks change
        with db.transaction() as s:
            s.add(AuditRow(at=moment, operator="o", workstation="w", action="x",
                           session_id=None, entity="x", entity_id=None, details="{}"))  # fmt: skip
        with db.engine.connect() as connection:
            connection.execute(text("SET TIME ZONE 'Pacific/Auckland'"))
            stored = connection.execute(text("SELECT at FROM audit_log")).scalar_one()
        assert stored == moment.replace(tzinfo=None)
    finally:
        db.close()


def test_the_audit_trail_cannot_be_emptied_on_the_server(empty: str) -> None:
    Database.connect(empty).close()
    with pytest.raises(DBAPIError, match="append-only"):
        _execute(empty, "TRUNCATE audit_log")


def test_connection_faults_are_told_apart(pg_server: Server, tmp_path) -> None:
    nowhere = f"postgresql://tdt@/x?host={tmp_path}"  # no server listens there
    missing = pg_server.url_text("no_such_database")
    stranger = pg_server.url(pg_server.create_database()).set(username="stranger")

    faults = []
    for url in (nowhere, missing, stranger.render_as_string(hide_password=False)):
        with pytest.raises(DBAPIError) as failed:
            Database.connect(url)
        faults.append(classify(failed.value))

    assert faults == [Fault.UNREACHABLE, Fault.MISSING, Fault.LOGIN]


def _not_the_search_index(name: str | None, type_: str, _parents: dict[str, object]) -> bool:
    """The search index is made by 0004 in SQL, not by the models."""
    return not (type_ == "table" and (name or "").startswith("search_index"))


def test_the_schema_on_the_server_matches_the_models(empty: str) -> None:
    """The same migrations give the same schema as on SQLite: the models'."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.base import Base

    db = Database.connect(empty)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "compare_server_default": True,
                    "include_name": _not_the_search_index,
                },
            )
            differences = list(compare_metadata(context, Base.metadata))
    finally:
        db.close()
    assert differences == []
