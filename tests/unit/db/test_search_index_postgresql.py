"""Migration 0004 on PostgreSQL: its search index holds the very rows SQLite's FTS5 table
holds (same rowids, texts, tags and ``old`` marks), filled from the rows already there and
kept in step by triggers; the downgrade leaves nothing of it but the extension."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from alembic import command
from sqlalchemy import Engine, MetaData, create_engine, select, text
from sqlalchemy.pool import NullPool

from db.engine import create_sqlite_engine
from db.migrate import alembic_config, upgrade_to_head
from desktop.domain.outcomes import Outcome
from desktop.domain.silence import LetterKind
from desktop.services import Actor, Workspace
from tests.unit.db.conftest import INDEXED_INTERVENTIONS, INTERVENTIONS

if TYPE_CHECKING:
    from tests.pg_server import Server

pytestmark = pytest.mark.postgresql

INDEX_ROWS = (
    "SELECT rowid, title, body, refs, tags, kind, item_id, delegation, position "
    "FROM search_index ORDER BY rowid"
)
DEADLINE = datetime(2024, 5, 6, 12, 0)  # Brussels wall-clock time


def _morning() -> datetime:
    """The clock of the workspaces: the morning of 2 May 2024."""
    return datetime(2024, 5, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def pg_name(pg_server: Server) -> Iterator[str]:
    """An empty database (no schema yet) of the run's server."""
    name = pg_server.create_database()
    yield name
    pg_server.drop_database(name)


@pytest.fixture
def pg_engine(pg_server: Server, pg_name: str) -> Iterator[Engine]:
    engine = create_engine(pg_server.url(pg_name), poolclass=NullPool)
    yield engine
    engine.dispose()


def _migrate(engine: Engine, revision: str, *, down: bool = False) -> None:
    with engine.begin() as connection:
        step = command.downgrade if down else command.upgrade
        step(alembic_config(connection), revision)


def _copy(source: Path, target: Engine) -> None:
    """Every row of the SQLite file into the PostgreSQL database, both at one revision."""
    engine = create_sqlite_engine(source, foreign_keys=False)
    try:
        lite, server = MetaData(), MetaData()
        with engine.connect() as reader, target.begin() as writer:
            lite.reflect(reader)
            server.reflect(writer)
            for table in server.sorted_tables:
                if table.name == "alembic_version":
                    continue
                found = reader.execute(select(lite.tables[table.name])).mappings()
                rows = [dict(row) for row in found]
                if rows:
                    writer.execute(table.insert(), rows)
    finally:
        engine.dispose()


def _sqlite_index(path: Path) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return [tuple(row) for row in db.execute(INDEX_ROWS)]


def _server_index(engine: Engine) -> list[tuple[Any, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(INDEX_ROWS))]


def test_0004_indexes_the_rows_already_there_as_sqlite_does(
    old_db: Path, pg_server: Server, pg_name: str, pg_engine: Engine
) -> None:
    engine = create_sqlite_engine(old_db, foreign_keys=False)
    try:
        _migrate(engine, "0003")
    finally:
        engine.dispose()
    _migrate(pg_engine, "0003")
    _copy(old_db, pg_engine)

    upgrade_to_head(old_db)
    ws = Workspace.open(pg_server.url_text(pg_name))  # brought to the head revision

    try:
        expected = _sqlite_index(old_db)
        assert {row[5] for row in expected} >= {"item", "statement", "letter", "decision"}
        assert _server_index(pg_engine) == expected
        with sqlite3.connect(old_db) as db:
            statements = db.execute(
                "SELECT item_id, delegation, text FROM position_events WHERE text <> ''"
            ).fetchall()
        for item_id, delegation, said in statements:
            word = max(re.findall(r"\w+", said), key=len)
            hits = ws.search.search(f'"{word}"', history=True)
            assert (item_id, delegation) in {(hit.item_id, hit.delegation) for hit in hits}
    finally:
        ws.close()


def _write_everything(ws: Workspace) -> None:
    """Every writer the index follows: items, statements (replaced, corrected, by a partner
    whose code is not in capitals), letters, declarations (withdrawn, replaced), silence
    procedures, interventions (corrected, taken off the record), and sessions moved to
    another date or level."""
    nac = ws.sessions.create(
        body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2)
    ).value.id
    mc = ws.sessions.create(
        body_kind="MC", level="military_representatives", session_date=date(2023, 1, 17)
    ).value.id
    item = ws.agenda.add_item(
        nac, "Maritime posture", documents="PO(2024)0123", summary="Undersea cables."
    ).value.id
    other = ws.agenda.add_item(mc, "Budget", summary="Common funding.").value.id
    ws.agenda.add_item(mc, "Any other business")
    ws.agenda.update_item(other, title="Budget 2024", documents="MC 0042/1")
    ws.attendance.add_participant(nac, "Ukr", kind="partner", name="Ukraine")
    ws.positions.log(item, "Ukr", "agree_with_statement", text="Ukraine thanks Allies.")
    ws.positions.log(item, "TUR", "objection", text="Türkiye cannot agree.")
    ws.positions.log(item, "TUR", "agree")
    ws.positions.log(item, "FRA", "reservation", text="Une réserve.", paragraphs=["4"])
    ws.positions.log(item, "FRA", "footnote", text="Une note.", paragraphs=["4", "5"])
    wrong = ws.positions.log(other, "HUN", "objection").value
    ws.positions.correct(wrong.event_id, "footnote", text="Hungary's footnote.")
    procedure = ws.silence.launch(
        item, DEADLINE, text_reference="PO(2024)0777", title="Draft communiqué"
    ).value.id
    at = datetime(2024, 5, 3, 9, 0, tzinfo=UTC)
    ws.silence.record_letter(procedure, "HUN", at, reference="HUN/DEL/2024/0903", text="Break.")
    ws.silence.record_letter(procedure, "NLD", at, kind=LetterKind.COMMENT, text="Editorial.")
    ws.silence.withdraw_break(procedure, 1, datetime(2024, 5, 3, 17, 0, tzinfo=UTC))
    ws.outcomes.declare(other, Outcome.AGREED, decision_text="Approved.")
    ws.outcomes.withdraw(other)
    ws.outcomes.declare(other, Outcome.REMITTED, remitted_to="Budget Committee")
    ws.outcomes.declare(item, Outcome.AGREED, decision_text="Agreed.")
    [asked] = ws.speakers.intervene(item, "Ukr", "Ukraine asks for the floor.").value.said
    ws.speakers.correct_intervention(asked.id, "Ukraine thanks the Chair.")
    [mistaken] = ws.speakers.intervene(other, "HUN", "Recorded in error.").value.said
    ws.speakers.correct_intervention(mistaken.id, "")
    ws.speakers.start(other, "DNK")  # timed by the clock alone: not indexed
    ws.speakers.stop(other)
    ws.sessions.update(nac, session_date=date(2024, 9, 4), level="foreign_ministers")
    ws.sessions.update(mc, level="chiefs_of_defence")


def test_the_triggers_keep_the_same_rows_as_sqlites(
    tmp_path: Path, pg_server: Server, pg_name: str, pg_engine: Engine
) -> None:
    path = tmp_path / "lite.sqlite"
    for location in (path, pg_server.url_text(pg_name)):
        ws = Workspace.open(location, actor=Actor("t", "w"), clock=_morning)
        try:
            _write_everything(ws)
        finally:
            ws.close()
    # No service changes a session's body: plain SQL does, on both.
    moved = "UPDATE sessions SET body = 'MC' WHERE id = 1"
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute(moved)
    with pg_engine.begin() as connection:
        connection.execute(text(moved))
    expected = _sqlite_index(path)
    kinds = {"item", "statement", "letter", "decision", "silence", "intervention"}
    assert {row[5] for row in expected} == kinds
    interventions = [row for row in expected if row[5] == "intervention"]
    assert sorted((row[7], row[2], row[4].endswith(" old")) for row in interventions) == [
        ("HUN", "Recorded in error.", True),
        ("Ukr", "Ukraine asks for the floor.", True),
        ("Ukr", "Ukraine thanks the Chair.", False),
    ]
    assert any(row[4].endswith(" old") for row in expected)
    assert _server_index(pg_engine) == expected


def test_0004_downgrades_leaving_nothing_of_the_index(pg_engine: Engine) -> None:
    _migrate(pg_engine, "0004")
    _migrate(pg_engine, "0003", down=True)
    with pg_engine.connect() as connection:
        left = connection.execute(
            text(
                "SELECT relname FROM pg_class WHERE relname LIKE 'search%' "
                "OR relname LIKE 'ix_position_events_delegation_position' "
                "OR relname LIKE 'ix_position_events_corrects_id' "
                "OR relname LIKE 'ix_agenda_items_session_order' "
                "UNION ALL SELECT proname FROM pg_proc WHERE proname LIKE 'search%' "
                "UNION ALL SELECT tgname FROM pg_trigger WHERE tgname LIKE 'search%'"
            )
        ).all()
    assert left == []
    _migrate(pg_engine, "head")  # and up again, the extension already there


def _session_update_function(engine: Engine) -> str:
    query = "SELECT prosrc FROM pg_proc WHERE proname = 'search_session_update'"
    with engine.connect() as connection:
        return str(connection.scalar(text(query)))


def test_0009_indexes_the_interventions_already_there_as_sqlite_does(
    old_db: Path, pg_engine: Engine
) -> None:
    engine = create_sqlite_engine(old_db, foreign_keys=False)
    try:
        _migrate(engine, "0003")
        _migrate(pg_engine, "0003")
        _copy(old_db, pg_engine)
        for each in (engine, pg_engine):
            _migrate(each, "0008")
            with each.begin() as connection:
                connection.exec_driver_sql(INTERVENTIONS)
        before, function = _server_index(pg_engine), _session_update_function(pg_engine)
        assert _sqlite_index(old_db) == before
        for each in (engine, pg_engine):
            _migrate(each, "head")
    finally:
        engine.dispose()

    expected = _sqlite_index(old_db)
    said = [(row[0] >> 3 & ((1 << 37) - 1), row[7], not row[4].endswith(" old"))
            for row in expected if row[5] == "intervention"]  # fmt: skip
    assert sorted(said) == INDEXED_INTERVENTIONS
    assert _server_index(pg_engine) == expected
    # Sessions moved, on both: their interventions indexed again, alike; then moved back.
    with pg_engine.connect() as connection:
        held = connection.execute(text("SELECT id, session_date, level FROM sessions")).all()
    moved = "UPDATE sessions SET session_date = '2026-04-01', level = 'foreign_ministers'"
    with contextlib.closing(sqlite3.connect(old_db)) as db, db:
        db.execute(moved)
    with pg_engine.begin() as connection:
        connection.execute(text(moved))
    assert _server_index(pg_engine) == _sqlite_index(old_db)
    with pg_engine.begin() as connection:
        for session_id, day, level in held:
            connection.execute(
                text("UPDATE sessions SET session_date = :day, level = :level WHERE id = :id"),
                {"day": day, "level": level, "id": session_id},
            )
    assert _server_index(pg_engine) == expected

    _migrate(pg_engine, "0008", down=True)

    assert _session_update_function(pg_engine) == function  # 0004's, as it was
    assert _server_index(pg_engine) == before
    with pg_engine.connect() as connection:
        left = connection.execute(
            text(
                "SELECT proname FROM pg_proc WHERE proname LIKE 'search\\_intervention%' "
                "UNION ALL SELECT tgname FROM pg_trigger WHERE tgname LIKE 'search\\_intervention%'"
            )
        ).all()
    assert left == []


# French versions of the secretariat's texts, written by plain SQL (the same on both engines).
FRENCH = (
    "UPDATE agenda_items SET title_fr = 'Programme de travail', summary_fr = 'Résumé en "
    "français.' WHERE id = (SELECT min(id) FROM agenda_items)",
    "UPDATE outcome_declarations SET decision_text_fr = 'Décision du Conseil.', "
    "remitted_to_fr = 'Comité politique' WHERE id = (SELECT min(id) FROM outcome_declarations)",
    "UPDATE interventions SET text_fr = 'La Norvège prend la parole.' WHERE id = 1",
    "UPDATE interventions SET text_fr = 'L''Ukraine remercie les Alliés.' WHERE id = 4",
)


def test_0010_indexes_the_french_versions_as_sqlite_does(old_db: Path, pg_engine: Engine) -> None:
    engine = create_sqlite_engine(old_db, foreign_keys=False)
    try:
        _migrate(engine, "0003")
        _migrate(pg_engine, "0003")
        _copy(old_db, pg_engine)
        for each in (engine, pg_engine):
            _migrate(each, "0008")
            with each.begin() as connection:
                connection.exec_driver_sql(INTERVENTIONS)
            _migrate(each, "0009")
        before, function = _server_index(pg_engine), _session_update_function(pg_engine)
        assert _sqlite_index(old_db) == before
        for each in (engine, pg_engine):
            _migrate(each, "0010")
        assert _sqlite_index(old_db) == before == _server_index(pg_engine)  # nothing French yet
        for each in (engine, pg_engine):
            with each.begin() as connection:
                for statement in FRENCH:
                    connection.exec_driver_sql(statement)
    finally:
        engine.dispose()

    expected = _sqlite_index(old_db)
    assert expected != before
    assert _server_index(pg_engine) == expected
    french = [row for row in expected if "\x1e" in row[1] + row[2]]
    assert {row[5] for row in french} == {"item", "decision", "intervention"}
    # A turn timed by the clock alone (1) is on the record once it has a French text.
    assert any(row[5] == "intervention" and "Norvège" in row[2] for row in expected)
    with pg_engine.connect() as connection:
        found = connection.execute(
            text(
                "SELECT kind FROM search_index "
                "WHERE document @@ to_tsquery('simple', search_fold('remercie'))"
            )
        ).scalars()
        assert list(found) == ["intervention"]

    _migrate(pg_engine, "0009", down=True)

    assert _session_update_function(pg_engine) == function
    with pg_engine.connect() as connection:
        columns = connection.execute(
            text(
                "SELECT column_name FROM information_schema.columns WHERE column_name LIKE '%\\_fr'"
            )
        ).all()
    assert columns == []
    assert _server_index(pg_engine) == before
