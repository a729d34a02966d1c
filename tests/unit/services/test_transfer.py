"""Copying a whole database into an empty one (``tourdetable copy``): a file onto the
server and back loses nothing, ids included; a target that holds anything is refused and
left as it was; a copy that fails half-way leaves nothing behind; the server database
copied to works on at once (its id sequences are past the copied ids)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, select, text

from db.base import Base
from db.copy import occupied_table
from db.engine import create_server_engine, create_sqlite_engine
from desktop.services import DatabaseError, ValidationError, Workspace
from desktop.services.credentials import location_of, remember_password
from desktop.services.errors import Fault
from desktop.services.maintenance import check_database
from desktop.services.transfer import copy_database, parse_location, with_stored_password
from tests.keyrings import MemoryKeyring, using
from tests.pg_server import Server

Rows = dict[str, list[tuple[Any, ...]]]


@pytest.fixture
def empty_server_db(pg_server: Server) -> Iterator[str]:
    """A new, empty database on the test server (no schema yet): the URL."""
    name = pg_server.create_database()
    yield pg_server.url_text(name)
    pg_server.drop_database(name)


@pytest.fixture
def clerk_db(pg_server: Server, pg_template: str) -> Iterator[tuple[str, Engine]]:
    """A database at the head revision owned by the test's superuser, and an engine of
    that superuser on it; the URL logs in as ``clerk``, a role that does not own it."""
    name = pg_server.create_database(template=pg_template)
    admin = create_server_engine(pg_server.url_text(name))
    with admin.begin() as connection:
        connection.exec_driver_sql("CREATE ROLE clerk LOGIN")
        connection.exec_driver_sql("GRANT USAGE ON SCHEMA public TO clerk")
    url = pg_server.url(name).set(username="clerk").render_as_string(hide_password=False)
    yield url, admin
    admin.dispose()
    pg_server.drop_database(name)
    cleanup = create_server_engine(pg_server.url_text("postgres"))
    with cleanup.begin() as connection:
        connection.exec_driver_sql("DROP ROLE clerk")
    cleanup.dispose()


@pytest.fixture
def filled_server_db(pg_server: Server, demo_path: Path) -> Iterator[str]:
    """A server database holding the demo (copied there): the URL."""
    name = pg_server.create_database()
    url = pg_server.url_text(name)
    copy_database(demo_path, url)
    yield url
    pg_server.drop_database(name)


def _engine(location: Path | str) -> Engine:
    return (
        create_server_engine(location)
        if isinstance(location, str)
        else create_sqlite_engine(location)
    )


def _rows(location: Path | str) -> Rows:
    """Every row of every table of the schema, in id order, as the app reads them."""
    engine = _engine(location)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns)
                    )
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def _search_rows(location: Path | str) -> list[tuple[Any, ...]]:
    """What the archive search has indexed: the columns both engines share."""
    engine = _engine(location)
    try:
        with engine.connect() as connection:
            query = text(
                "SELECT rowid, title, body, refs, tags, kind, item_id, delegation, position "
                "FROM search_index ORDER BY rowid"
            )
            return [tuple(row) for row in connection.execute(query)]
    finally:
        engine.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.postgresql
def test_the_demo_goes_to_the_server_and_back_without_losing_a_row(
    demo_path: Path, empty_server_db: str, tmp_path: Path
) -> None:
    original = _rows(demo_path)
    # Every table the file holds is compared, not only those the test thought of.
    with sqlite3.connect(demo_path) as con:
        names = {
            name
            for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith(("search_index", "sqlite_")) and name != "alembic_version"
        }
    con.close()
    assert names == set(original)
    assert all(original[name] for name in ("position_events", "silence_events", "audit_log"))

    there = copy_database(demo_path, empty_server_db)
    assert there.rows == {name: len(rows) for name, rows in original.items()}
    assert _rows(empty_server_db) == original
    back_path = tmp_path / "back" / "archive.sqlite"
    back = copy_database(empty_server_db, back_path)
    assert back.total == there.total
    assert _rows(back_path) == original
    # The archive search holds the same rows on the server and back (db/copy.py relies on it).
    assert _search_rows(empty_server_db) == _search_rows(back_path) == _search_rows(demo_path)

    for location in (empty_server_db, back_path):
        report = check_database(location)
        assert report.sound, report.problems
        assert report.sessions_checked == 1


def _found(ws: Workspace, query: str) -> list[tuple[str, int, str]]:
    return sorted((hit.kind.value, hit.item_id, hit.delegation) for hit in ws.search.search(query))


@pytest.mark.postgresql
def test_the_server_copy_searches_and_takes_new_rows_after_the_copied_ids(
    demo_path: Path, filled_server_db: str
) -> None:
    with Workspace.open(demo_path) as ws:
        expected = {query: _found(ws, query) for query in ("paragraph", "Türkiye", "ceiling")}
    assert all(expected.values())
    before = _rows(filled_server_db)
    with Workspace.open(filled_server_db) as ws:
        assert {query: _found(ws, query) for query in expected} == expected
        created = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=date(2026, 12, 2)
        ).value
        item = ws.agenda.add_item(created.id, "Protection of undersea cables").value
        assert _found(ws, "undersea cables") == [("item", item.id, "")]
    after = _rows(filled_server_db)
    assert created.id == max(row[0] for row in before["sessions"]) + 1
    assert item.id == max(row[0] for row in before["agenda_items"]) + 1
    assert len(after["audit_log"]) > len(before["audit_log"])


@pytest.mark.postgresql
def test_a_target_that_holds_anything_is_refused_and_left_as_it_was(
    demo_path: Path, filled_server_db: str, tmp_path: Path
) -> None:
    before = _rows(filled_server_db)
    with pytest.raises(ValidationError) as refused:
        copy_database(demo_path, filled_server_db)
    assert "is not empty (its table sessions holds rows)" in str(refused.value)
    assert "nothing in it was changed" in str(refused.value)
    assert _rows(filled_server_db) == before

    used = tmp_path / "used.sqlite"
    copy_database(demo_path, used)
    digest = _digest(used)
    with pytest.raises(ValidationError, match="is not empty"):
        copy_database(filled_server_db, used)
    assert _digest(used) == digest


@pytest.mark.postgresql
def test_a_copy_refused_half_way_leaves_the_target_empty(
    demo_path: Path, empty_server_db: str, tmp_path: Path
) -> None:
    source = tmp_path / "long.sqlite"
    copy_database(demo_path, source)
    with sqlite3.connect(source) as con:  # SQLite keeps what PostgreSQL's varchar(60) refuses
        con.execute("UPDATE silence_events SET delegation = ? WHERE id = 1", ("X" * 80,))
    con.close()
    with pytest.raises(DatabaseError) as stopped:
        copy_database(source, empty_server_db)
    assert "The copy stopped at the table silence_events" in str(stopped.value)
    assert "Nothing was written to postgresql://tdt@/" in str(stopped.value)
    engine = create_server_engine(empty_server_db)
    try:
        with engine.connect() as connection:
            assert occupied_table(connection) is None
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_a_file_copies_to_a_file_and_a_server_database_to_another(
    demo_path: Path, filled_server_db: str, empty_server_db: str, tmp_path: Path
) -> None:
    original = _rows(demo_path)
    copy_database(demo_path, tmp_path / "copy.sqlite")
    assert _rows(tmp_path / "copy.sqlite") == original
    copy_database(filled_server_db, empty_server_db)
    assert _rows(empty_server_db) == original
    assert check_database(empty_server_db).sound


def test_a_server_that_does_not_answer_is_a_sentence_and_no_file_is_left(
    demo_path: Path, tmp_path: Path
) -> None:
    nowhere = f"postgresql://clerk:s3cret@/council?host={tmp_path}"
    with pytest.raises(DatabaseError) as refused:
        copy_database(demo_path, nowhere)
    assert refused.value.fault is Fault.UNREACHABLE
    assert "does not answer" in str(refused.value) and "s3cret" not in str(refused.value)
    target = tmp_path / "from-nowhere.sqlite"
    with pytest.raises(DatabaseError, match="does not answer"):
        copy_database(nowhere, target)
    assert not target.exists()


def test_what_is_not_a_database_address_is_a_sentence(demo_path: Path, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is not a database address the app understands"):
        copy_database(demo_path, "postgresql://clerk@db.example:port/council")
    with pytest.raises(ValidationError, match="names no database file"):
        parse_location("sqlite://")
    with pytest.raises(ValidationError, match="are the same database"):
        copy_database(demo_path, f"sqlite:///{demo_path}")
    with pytest.raises(DatabaseError, match="There is no database at"):
        copy_database(tmp_path / "missing.sqlite", tmp_path / "copy.sqlite")
    assert not (tmp_path / "copy.sqlite").exists()


def test_a_server_address_gets_the_password_the_app_remembered(tmp_path: Path) -> None:
    address = "postgresql://clerk@db.example.org/council?sslmode=verify-full"
    assert with_stored_password(address) == address  # no keyring on this computer
    with using(MemoryKeyring()):
        assert with_stored_password(address) == address  # nothing remembered
        remember_password(location_of(address), "s3cret")
        assert with_stored_password(address) == (
            "postgresql://clerk:s3cret@db.example.org/council?sslmode=verify-full"
        )
        given = "postgresql://clerk:typed@db.example.org/council?sslmode=verify-full"
        assert with_stored_password(given) == given
        assert with_stored_password(tmp_path / "a.sqlite") == tmp_path / "a.sqlite"


def test_locations_are_read_as_a_user_writes_them(tmp_path: Path) -> None:
    assert parse_location("postgresql://clerk@db/council") == "postgresql://clerk@db/council"
    assert parse_location("sqlite:////srv/tdt/archive.sqlite") == Path("/srv/tdt/archive.sqlite")
    assert parse_location("sqlite:///archive.sqlite") == Path("archive.sqlite")
    assert parse_location("~/archive.sqlite") == Path.home() / "archive.sqlite"


@pytest.mark.postgresql
def test_a_server_check_finds_what_the_server_does_not_guard(filled_server_db: str) -> None:
    engine = create_server_engine(filled_server_db)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")
            connection.exec_driver_sql("DROP TRIGGER audit_log_no_delete ON audit_log")
            connection.exec_driver_sql(
                "ALTER TABLE position_events "
                "DROP CONSTRAINT fk_position_events_item_id_agenda_items"
            )
            connection.exec_driver_sql(
                "INSERT INTO position_events (id, item_id, delegation, position, text, "
                "paragraphs, recorded_at, operator, workstation) VALUES (9000, 4242, 'FRA', "
                "'agree', '', '', now(), 'x', 'y')"
            )
    finally:
        engine.dispose()
    report = check_database(filled_server_db)
    assert not report.sound
    problems = "\n".join(report.problems)
    assert "the trigger audit_log_no_update is disabled" in problems
    assert "the trigger audit_log_no_delete is missing" in problems
    assert "the foreign key from position_events.item_id to agenda_items is missing" in problems
    assert "row 9000 of position_events points to a missing row of agenda_items" in problems


def test_a_file_check_finds_a_missing_audit_trigger(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    copy_database(demo_path, path)
    with sqlite3.connect(path) as con:
        con.execute("DROP TRIGGER audit_log_no_update")
    con.close()
    report = check_database(path)
    assert report.problems == (
        "the trigger audit_log_no_update is missing: the audit trail can be changed or deleted",
    )


@pytest.mark.postgresql
def test_a_server_database_at_an_older_schema_is_reported_not_upgraded(
    empty_server_db: str,
) -> None:
    report = check_database(empty_server_db)
    assert report.sound and report.revision is None and report.sessions_checked == 0
    assert "Rules were not checked" in report.notes[0]
    engine = create_server_engine(empty_server_db)
    try:
        with engine.connect() as connection:
            assert inspect(connection).get_table_names() == []
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_a_role_that_does_not_own_the_tables_copies_with_the_search_kept_in_step(
    demo_path: Path, clerk_db: tuple[str, Engine]
) -> None:
    url, admin = clerk_db
    with admin.begin() as connection:  # what an operator's role may do, not what the owner may
        connection.exec_driver_sql(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO clerk"
        )
        connection.exec_driver_sql("GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public TO clerk")
    copy_database(demo_path, url)
    assert _rows(url) == _rows(demo_path)
    assert _search_rows(url) == _search_rows(demo_path)


@pytest.mark.postgresql
def test_a_role_that_may_only_add_rows_is_told_to_copy_as_the_owner(
    demo_path: Path, clerk_db: tuple[str, Engine]
) -> None:
    url, admin = clerk_db
    with admin.begin() as connection:
        connection.exec_driver_sql("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA public TO clerk")
        connection.exec_driver_sql("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO clerk")
    with pytest.raises(DatabaseError) as refused:
        copy_database(demo_path, url)
    assert refused.value.fault is Fault.READ_ONLY
    assert "permission denied" in str(refused.value)
    assert "run it as the role that owns the tables of the server database" in str(refused.value)
    with admin.connect() as connection:
        assert occupied_table(connection) is None
