"""Migrations: run at open, after a backup, with foreign keys off, from every earlier
schema (the frozen files in tests/fixtures), and refusing files they must not touch."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from db.base import Base
from db.database import Database
from db.engine import create_sqlite_engine
from db.migrate import (
    MigrationError,
    MigrationReport,
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from db.models import AttendanceRow, SessionRow
from desktop import paths
from desktop.domain.outcomes import Outcome
from desktop.services import Workspace
from tests.unit.db.conftest import INDEXED_INTERVENTIONS, INTERVENTIONS

Rows = dict[str, tuple[list[str], list[tuple[Any, ...]]]]
TABLES_SINCE_0006 = {"speakers", "interventions"}  # the speakers' list and speaking times
TABLES_SINCE_0008 = {"position_reclassifications"}  # corrections told from changes
TABLES_SINCE_0011 = {"review_events"}  # the review of a record: issues, corrections, approval
# The French versions of the secretariat's texts, empty in an upgraded database.
FRENCH_SINCE_0010 = {
    "sessions": {"committee_name_fr", "place_fr"},
    "agenda_items": {"title_fr", "summary_fr"},
    "outcome_declarations": {"decision_text_fr", "remitted_to_fr"},
    "action_items": {"description_fr", "owner_fr"},
    "silence_procedures": {"title_fr"},
    "interventions": {"text_fr"},
}


def dump(path: Path) -> Rows:
    """Every table of the file (but Alembic's and the search index, which is derived from
    them): its columns, and its rows ordered by id."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite%' AND name != 'alembic_version' "
                "AND name NOT LIKE 'search\\_index%' ESCAPE '\\' ORDER BY name"
            )
        ]
        result: Rows = {}
        for table in tables:
            cursor = db.execute(f'SELECT * FROM "{table}" ORDER BY id')
            columns = [d[0] for d in cursor.description]
            result[table] = (columns, cursor.fetchall())
        return result


def without_french(rows: Rows) -> Rows:
    """``rows`` without the French columns of 0010, checked empty, and without the tables
    later revisions add, checked empty too."""
    out: Rows = {}
    for table, (columns, values) in rows.items():
        if table in TABLES_SINCE_0011:
            assert values == [], table
            continue
        french = FRENCH_SINCE_0010.get(table, set())
        assert french <= set(columns), table
        kept = [c for c in columns if c not in french]
        assert project(rows, table, sorted(french)) == [("",) * len(french)] * len(values)
        out[table] = (kept, project(rows, table, kept))
    return out


def project(rows: Rows, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    have, values = rows[table]
    index = [have.index(c) for c in columns]
    return [tuple(row[i] for i in index) for row in values]


def foreign_key_violations(path: Path) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute("PRAGMA foreign_key_check").fetchall()


def backup_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.sqlite")) if folder.exists() else []


# ---------------------------------------------------------------------- the revisions
def test_revisions() -> None:
    assert head_revision() == "0011"
    assert known_revisions() == {f"{n:04d}" for n in range(1, 12)}


def test_fixture_is_at_0001_with_rows_in_every_table(old_db: Path) -> None:
    assert current_revision(old_db) == "0001"
    rows = dump(old_db)
    assert (
        set(rows)
        == set(Base.metadata.tables) - TABLES_SINCE_0006 - TABLES_SINCE_0008 - TABLES_SINCE_0011
    )
    assert all(values for _, values in rows.values()), "every table has rows"
    assert "chair_role" not in rows["sessions"][0]


# ---------------------------------------------------------------------- upgrading
def test_upgrade_keeps_every_row(old_db: Path, backups: Path) -> None:
    before = dump(old_db)

    report = upgrade_to_head(old_db, backup_dir=backups)

    assert report.from_revision == "0001"
    assert report.to_revision == "0011"
    assert report.migrated
    assert current_revision(old_db) == "0011"
    after = dump(old_db)
    assert set(after) == set(before) | TABLES_SINCE_0006 | TABLES_SINCE_0008 | TABLES_SINCE_0011
    for table, (columns, values) in before.items():
        assert set(columns) <= set(after[table][0]), table
        assert project(after, table, columns) == values, table
    session_columns = after["sessions"][0]
    assert session_columns.index("chair_role") == session_columns.index("chair") + 1
    assert project(after, "sessions", ["chair_role"]) == [("secretary_general",)] * len(
        before["sessions"][1]
    )
    declarations = len(before["outcome_declarations"][1])
    assert project(after, "outcome_declarations", ["withdrawn"]) == [(0,)] * declarations
    actions = len(before["action_items"][1])
    assert project(after, "action_items", ["removed_at"]) == [(None,)] * actions
    assert foreign_key_violations(old_db) == []
    with contextlib.closing(sqlite3.connect(old_db)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_backup_first_at_the_old_revision(old_db: Path, backups: Path) -> None:
    before = dump(old_db)

    report = upgrade_to_head(old_db, backup_dir=backups)

    assert report.backup_path is not None
    assert report.backup_path.parent == backups
    assert re.fullmatch(r"tourdetable-\d{8}T\d{6}Z-before-0011\.sqlite", report.backup_path.name)
    assert backup_files(backups) == [report.backup_path]
    assert current_revision(report.backup_path) == "0001"
    assert dump(report.backup_path) == before


def test_default_backup_folder_comes_from_paths(old_db: Path, _no_real_backup_folder: Path) -> None:
    report = upgrade_to_head(old_db)
    assert report.backup_path is not None
    assert report.backup_path.parent == paths.backup_dir(old_db)
    assert report.backup_path.is_relative_to(_no_real_backup_folder)


def test_upgraded_rows_read_back_through_the_models(old_db: Path) -> None:
    database = Database.open(old_db)
    try:
        with database.transaction() as session:
            nac = session.scalars(select(SessionRow).where(SessionRow.body == "NAC")).one()
            members = session.scalar(
                select(func.count()).where(
                    AttendanceRow.session_id == nac.id, AttendanceRow.kind == "member"
                )
            )
            assert nac.chair_role == "secretary_general"
            assert nac.opened_at is not None
            assert nac.opened_at.utcoffset() is not None
            assert members == 32
    finally:
        database.close()


def _to_0002(path: Path) -> None:
    """Bring a copy of the 0001 fixture to 0002, as the previous version of the app did."""
    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0002")
    finally:
        engine.dispose()


def test_a_database_at_0002_upgrades_to_head_keeping_its_rows(old_db: Path, backups: Path) -> None:
    _to_0002(old_db)
    assert current_revision(old_db) == "0002"
    before = dump(old_db)
    assert "withdrawn" not in before["outcome_declarations"][0]
    assert "removed_at" not in before["action_items"][0]

    report = upgrade_to_head(old_db, backup_dir=backups)

    assert (report.from_revision, report.to_revision) == ("0002", "0011")
    assert report.backup_path is not None
    assert report.backup_path.name.endswith("-before-0011.sqlite")
    assert current_revision(report.backup_path) == "0002"
    assert dump(report.backup_path) == before
    after = dump(old_db)
    assert set(after) == set(before) | TABLES_SINCE_0006 | TABLES_SINCE_0008 | TABLES_SINCE_0011
    for table, (columns, values) in before.items():
        assert project(after, table, columns) == values, table
        added = set(after[table][0]) - set(columns) - FRENCH_SINCE_0010.get(table, set())
        expected = {
            "outcome_declarations": {"withdrawn"},
            "action_items": {"removed_at"},
            "agenda_items": {"not_for_display"},
            "position_events": {"in_writing"},
        }
        assert added == expected.get(table, set()), table
    assert project(after, "outcome_declarations", ["withdrawn"]) == [(0,)] * 4
    assert project(after, "action_items", ["removed_at"]) == [(None,), (None,)]
    assert foreign_key_violations(old_db) == []
    assert _schema_differences(old_db) == []


def test_the_upgraded_record_reads_back_through_the_services(old_db: Path) -> None:
    """What a user sees after the upgrade: every declaration stands as it did, nothing is
    withdrawn, and every action item is still on the record."""
    _to_0002(old_db)
    with Workspace.open(old_db) as ws:
        [nac] = ws.sessions.list_sessions()
        items = {item.number: item.id for item in ws.sessions.get(nac.id).items}
        tasking = ws.outcomes.history(items[2])
        assert [(o.outcome, o.withdrawn) for o in tasking] == [
            (Outcome.UNDER_SILENCE, False),
            (Outcome.AGREED_UNDER_SILENCE, False),
        ]
        standing = ws.outcomes.state(items[2]).outcome
        assert standing is not None and standing.outcome is Outcome.AGREED_UNDER_SILENCE
        assert [a.owner for a in ws.actions.for_session(nac.id)] == [
            "Operations Division",
            "Military Committee",
        ]
        # The new columns work on the old rows: withdraw, remove, and read back.
        ws.outcomes.withdraw(items[2])
        assert ws.outcomes.state(items[2]).outcome is None
        first = ws.actions.for_session(nac.id)[0]
        ws.actions.remove(first.id)
        assert [a.owner for a in ws.actions.for_session(nac.id)] == ["Military Committee"]


def test_0003_downgrades_to_0002_keeping_the_older_columns(old_db: Path, backups: Path) -> None:
    _to_0002(old_db)
    before = dump(old_db)
    upgrade_to_head(old_db, backup_dir=backups)
    engine = create_sqlite_engine(old_db, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0002")
    finally:
        engine.dispose()
    assert current_revision(old_db) == "0002"
    assert dump(old_db) == before
    assert foreign_key_violations(old_db) == []


# ---------------------------------------------------------------------- foreign keys
def test_with_foreign_keys_on_the_rebuild_of_sessions_would_fail(old_db: Path) -> None:
    """Why db.migrate switches foreign keys off: 0002 rebuilds ``sessions``, and dropping
    a parent table with foreign keys on deletes its rows first (and would cascade)."""
    engine = create_sqlite_engine(old_db, foreign_keys=True)
    try:
        with (
            pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"),
            engine.begin() as connection,
        ):
            command.upgrade(alembic_config(connection), "0002")
    finally:
        engine.dispose()
    assert len(dump(old_db)["attendance"][1]) == 37


@pytest.mark.parametrize(("foreign_keys", "children_left"), [("ON", 0), ("OFF", 2)])
def test_table_rebuild_with_cascading_children(foreign_keys: str, children_left: int) -> None:
    """The rebuild SQLite needs (copy, drop, rename), on a parent whose children cascade:
    with foreign keys on, the children silently vanish."""
    with contextlib.closing(sqlite3.connect(":memory:", isolation_level=None)) as db:
        db.execute(f"PRAGMA foreign_keys={foreign_keys}")
        db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        db.execute(
            "CREATE TABLE child (id INTEGER PRIMARY KEY, "
            "parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE)"
        )
        db.execute("INSERT INTO parent VALUES (1)")
        db.execute("INSERT INTO child VALUES (1, 1), (2, 1)")
        db.execute("BEGIN")
        db.execute("CREATE TABLE new_parent (id INTEGER PRIMARY KEY, extra TEXT DEFAULT 'x')")
        db.execute("INSERT INTO new_parent (id) SELECT id FROM parent")
        db.execute("DROP TABLE parent")
        db.execute("ALTER TABLE new_parent RENAME TO parent")
        db.execute("COMMIT")
        assert db.execute("SELECT count(*) FROM child").fetchone() == (children_left,)


def test_foreign_key_violation_after_migrating_rolls_everything_back(
    old_db: Path, backups: Path
) -> None:
    with contextlib.closing(sqlite3.connect(old_db)) as db:
        db.execute(
            "INSERT INTO attendance (session_id, delegation, kind, display_name, sort_key, "
            "present, head_of_delegation) VALUES (999, 'XXX', 'member', '', 'x', 1, '')"
        )
        db.commit()
    before = dump(old_db)

    with pytest.raises(MigrationError) as raised:
        upgrade_to_head(old_db, backup_dir=backups)

    message = str(raised.value)
    assert message.startswith(f"The database at {old_db} could not be upgraded:")
    assert "attendance" in message
    assert raised.value.backup_path is not None
    assert f"Your data is unchanged in the backup at {raised.value.backup_path}." in message
    assert current_revision(old_db) == "0001"
    assert dump(old_db) == before
    assert dump(raised.value.backup_path) == before


# ---------------------------------------------------------------------- new and current files
def test_new_file_is_created_at_head_without_backup(tmp_path: Path, backups: Path) -> None:
    path = tmp_path / "new" / "folder" / "tourdetable.sqlite"

    report = upgrade_to_head(path, backup_dir=backups)

    assert report == MigrationReport(None, "0011", None)
    assert current_revision(path) == "0011"
    assert backup_files(tmp_path) == [path]


def test_empty_file_is_created_at_head_without_backup(tmp_path: Path, backups: Path) -> None:
    path = tmp_path / "tourdetable.sqlite"
    path.touch()

    assert upgrade_to_head(path, backup_dir=backups) == MigrationReport(None, "0011", None)
    assert current_revision(path) == "0011"
    assert not backups.exists()


def test_reopening_a_current_file_makes_no_backup(tmp_path: Path, backups: Path) -> None:
    path = tmp_path / "tourdetable.sqlite"
    upgrade_to_head(path, backup_dir=backups)

    report = upgrade_to_head(path, backup_dir=backups)

    assert report == MigrationReport("0011", "0011", None)
    assert not report.migrated
    assert backup_files(tmp_path) == [path]


def test_current_revision_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    assert current_revision(folder / "missing.sqlite") is None
    assert list(folder.iterdir()) == []


# ---------------------------------------------------------------------- files left untouched
def _assert_refused(path: Path, backups: Path, message: str) -> MigrationError:
    original = path.read_bytes()
    siblings = sorted(path.parent.iterdir())
    with pytest.raises(MigrationError, match=message) as raised:
        upgrade_to_head(path, backup_dir=backups)
    assert path.read_bytes() == original
    assert sorted(path.parent.iterdir()) == siblings  # no -wal, -shm, no backup folder
    return raised.value


def test_garbage_is_refused_and_left_unchanged(tmp_path: Path, backups: Path) -> None:
    path = tmp_path / "tourdetable.sqlite"
    path.write_bytes(b"Minutes of the 1949 meeting, typed on a typewriter.\n" * 200)

    error = _assert_refused(path, backups, "is not a Tour de Table database")

    assert str(path) in str(error)
    assert isinstance(error.__cause__, sqlite3.DatabaseError)
    with pytest.raises(MigrationError, match="not a Tour de Table database"):
        current_revision(path)


def test_newer_revision_is_refused_and_left_unchanged(tmp_path: Path, backups: Path) -> None:
    path = tmp_path / "tourdetable.sqlite"
    upgrade_to_head(path, backup_dir=backups)
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA journal_mode=DELETE").fetchall()
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()

    error = _assert_refused(path, backups, "written by a newer version of Tour de Table")

    assert "9999" in str(error)
    assert str(error).endswith("Install the newer version or open another file.")


def test_someone_elses_database_is_refused(tmp_path: Path, backups: Path) -> None:
    path = tmp_path / "tourdetable.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        db.commit()

    _assert_refused(path, backups, "not made by Tour de Table")


def test_backup_failure_stops_the_upgrade(old_db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the backup folder should be")
    before = dump(old_db)

    with pytest.raises(MigrationError, match="was not upgraded"):
        upgrade_to_head(old_db, backup_dir=blocker / "backups")

    assert current_revision(old_db) == "0001"
    assert dump(old_db) == before


# ---------------------------------------------------------------------- schema matches models
def _not_the_search_index(name: str | None, type_: str, _parents: dict[str, Any]) -> bool:
    """The FTS5 table and its shadow tables are made by 0004 in SQL, not by the models."""
    return not (type_ == "table" and (name or "").startswith("search_index"))


def _schema_differences(path: Path) -> list[Any]:
    engine = create_sqlite_engine(path)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "compare_server_default": True,
                    "include_name": _not_the_search_index,
                },
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    return list(differences)


def test_head_schema_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    upgrade_to_head(path)
    assert _schema_differences(path) == []


def test_upgraded_schema_matches_the_models(old_db: Path, backups: Path) -> None:
    upgrade_to_head(old_db, backup_dir=backups)
    assert _schema_differences(old_db) == []


# ---------------------------------------------------------------------- 0004: the search index
def _to(path: Path, revision: str) -> None:
    """Bring a copy of the 0001 fixture to ``revision``, as an earlier version of the app did."""
    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()


def _search(path: Path, query: str) -> list[tuple[str, int, str]]:
    """(kind, item id, delegation) of what the index finds for an FTS5 ``query``."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        return sorted(
            db.execute(
                "SELECT kind, item_id, delegation FROM search_index WHERE search_index MATCH ?",
                (query,),
            ).fetchall()
        )


def _texts(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The indexed text of every kind, straight from the source tables."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        return {
            "item": db.execute("SELECT id, title FROM agenda_items ORDER BY id").fetchall(),
            "statement": db.execute(
                "SELECT id, item_id, delegation, text FROM position_events WHERE text <> '' "
                "ORDER BY id"
            ).fetchall(),
            "letter": db.execute(
                "SELECT id, delegation, text FROM silence_events WHERE kind = 'letter' "
                "AND (text <> '' OR reference <> '') ORDER BY id"
            ).fetchall(),
            "decision": db.execute(
                "SELECT id, item_id, decision_text FROM outcome_declarations "
                "WHERE NOT withdrawn AND (decision_text <> '' OR remitted_to <> '') ORDER BY id"
            ).fetchall(),
        }


def _indexed(path: Path) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return dict(db.execute("SELECT kind, count(*) FROM search_index GROUP BY kind").fetchall())


def test_a_database_at_0003_upgrades_to_0004_keeping_its_rows_and_indexing_them(
    old_db: Path, backups: Path
) -> None:
    _to(old_db, "0003")
    before = dump(old_db)
    texts = _texts(old_db)
    assert all(texts.values()), "the fixture has text of every kind to index"

    report = upgrade_to_head(old_db, backup_dir=backups)

    assert (report.from_revision, report.to_revision) == ("0003", "0011")
    assert report.backup_path is not None
    assert dump(report.backup_path) == before
    after = dump(old_db)
    for table, (columns, values) in before.items():
        assert project(after, table, columns) == values, table
    indexed = _indexed(old_db)
    for kind, rows in texts.items():
        assert indexed[kind] == len(rows), kind
    # Existing text is found: every statement by a word of its own, the titles by theirs.
    for event_id, item_id, delegation, text in texts["statement"]:
        word = max(re.findall(r"\w+", text), key=len)
        assert ("statement", item_id, delegation) in _search(old_db, f'"{word}"'), event_id
    for item_id, title in texts["item"]:
        word = max(re.findall(r"\w+", title), key=len)
        assert ("item", item_id, "") in _search(old_db, f'title:"{word}"')
    assert foreign_key_violations(old_db) == []
    with contextlib.closing(sqlite3.connect(old_db)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # FTS5's own check: the index agrees with the text it holds.
        db.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    assert _schema_differences(old_db) == []


def test_after_0004_every_writer_keeps_the_index_in_step(old_db: Path) -> None:
    """Triggers, not the services, keep the index: a row written by plain SQL is found."""
    upgrade_to_head(old_db)
    with contextlib.closing(sqlite3.connect(old_db)) as db:
        db.execute("PRAGMA foreign_keys=ON")
        item_id, _session_id = db.execute("SELECT id, session_id FROM agenda_items").fetchone()
        db.execute(
            "INSERT INTO position_events (item_id, delegation, position, text, paragraphs, "
            "recorded_at, operator, workstation) VALUES (?, 'FRA', 'reservation', "
            "'La France émet une réserve sur le paragraphe 7.', '7', '2024-01-01', 'x', 'y')",
            (item_id,),
        )
        db.execute(
            "UPDATE agenda_items SET title = 'Zanzibar contingency' WHERE id = ?", (item_id,)
        )
        db.commit()
    assert ("statement", item_id, "FRA") in _search(old_db, '"reserve" "emet"')
    assert _search(old_db, '"zanzibar"') == [("item", item_id, "")]
    with contextlib.closing(sqlite3.connect(old_db)) as db:
        db.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")


def test_0004_downgrades_to_0003_removing_the_index_only(old_db: Path, backups: Path) -> None:
    _to(old_db, "0003")
    before = dump(old_db)
    upgrade_to_head(old_db, backup_dir=backups)
    engine = create_sqlite_engine(old_db, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0003")
    finally:
        engine.dispose()
    assert current_revision(old_db) == "0003"
    assert dump(old_db) == before
    with contextlib.closing(sqlite3.connect(old_db)) as db:
        left = db.execute(
            "SELECT type, name FROM sqlite_master WHERE name LIKE 'search%'"
        ).fetchall()
    assert left == []


# ---------------------------------------------------------------------- 0005: the audit trail
def test_after_0005_an_upgraded_database_refuses_to_rewrite_its_audit_trail(
    old_db: Path, backups: Path
) -> None:
    upgrade_to_head(old_db, backup_dir=backups)
    before = dump(old_db)["audit_log"]

    with contextlib.closing(sqlite3.connect(old_db)) as db:
        for statement in ("UPDATE audit_log SET operator = 'x'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                db.execute(statement)

    assert before[1] and dump(old_db)["audit_log"] == before


# ---------------------------------------------------------------------- 0006: speakers
def test_a_database_at_0005_upgrades_to_the_head_keeping_every_row(
    old_db: Path, backups: Path
) -> None:
    _to(old_db, "0005")
    before = dump(old_db)
    assert "not_for_display" not in before["agenda_items"][0]

    report = upgrade_to_head(old_db, backup_dir=backups)

    assert (report.from_revision, report.to_revision) == ("0005", "0011")
    assert report.backup_path is not None
    assert dump(report.backup_path) == before
    after = dump(old_db)
    assert set(after) == set(before) | TABLES_SINCE_0006 | TABLES_SINCE_0008 | TABLES_SINCE_0011
    for table, (columns, values) in before.items():
        assert project(after, table, columns) == values, table
        added = set(after[table][0]) - set(columns) - FRENCH_SINCE_0010.get(table, set())
        since_0006 = {"agenda_items": {"not_for_display"}, "position_events": {"in_writing"}}
        assert added == since_0006.get(table, set()), table
    assert project(after, "agenda_items", ["not_for_display"]) == [(0,)] * len(
        before["agenda_items"][1]
    )
    assert after["speakers"][1] == [] and after["interventions"][1] == []
    assert foreign_key_violations(old_db) == []
    assert _schema_differences(old_db) == []
    # The search index's triggers on agenda_items survive: a new title is found.
    with contextlib.closing(sqlite3.connect(old_db)) as db:
        item_id = db.execute("SELECT id FROM agenda_items ORDER BY id").fetchone()[0]
        db.execute("UPDATE agenda_items SET title = 'Quagmire review' WHERE id = ?", (item_id,))
        db.commit()
    assert _search(old_db, '"quagmire"') == [("item", item_id, "")]


def test_0006_downgrades_to_0005_leaving_the_file_as_it_was(old_db: Path, backups: Path) -> None:
    _to(old_db, "0005")
    before = dump(old_db)
    upgrade_to_head(old_db, backup_dir=backups)
    engine = create_sqlite_engine(old_db, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0005")
    finally:
        engine.dispose()
    assert current_revision(old_db) == "0005"
    assert dump(old_db) == before


def test_the_chain_read_from_the_files_is_alembics() -> None:
    """Opening a current database reads the revisions from the migration files without
    importing Alembic; this is Alembic's own view of the same chain."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_opening_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    """Alembic is a good part of the start-up: a database at the head needs none of it."""
    import subprocess
    import sys

    path = tmp_path / "current.sqlite"
    upgrade_to_head(path)
    code = (
        "import sys; from db.migrate import upgrade_to_head; from pathlib import Path; "
        f"upgrade_to_head(Path({str(path)!r})); print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[3],
    )  # fmt: skip
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------------- 0009: interventions
def _intervention_rows(path: Path) -> list[tuple[int, str, bool]]:
    """(intervention id, delegation, stands) of the interventions in the search index."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        rows = db.execute(
            "SELECT rowid, delegation, tags FROM search_index WHERE kind = 'intervention' "
            "ORDER BY rowid"
        ).fetchall()
    assert all(rowid & 7 == 6 for rowid, _, _ in rows)
    return sorted(
        ((rowid >> 3) & ((1 << 37) - 1), code, not tags.endswith(" old"))
        for rowid, code, tags in rows
    )


def _schema_objects(path: Path) -> list[tuple[str, str, str]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
        ).fetchall()


def _index_rows(path: Path) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT rowid, * FROM search_index ORDER BY rowid").fetchall()


def test_a_database_at_0008_upgrades_indexing_its_interventions(
    old_db: Path, backups: Path
) -> None:
    _to(old_db, "0008")
    with contextlib.closing(sqlite3.connect(old_db)) as db, db:
        db.execute(INTERVENTIONS)
    before = dump(old_db)

    report = upgrade_to_head(old_db, backup_dir=backups)

    assert (report.from_revision, report.to_revision) == ("0008", "0011")
    assert report.backup_path is not None and dump(report.backup_path) == before
    assert without_french(dump(old_db)) == before
    assert _intervention_rows(old_db) == INDEXED_INTERVENTIONS
    assert _search(old_db, '"reserve"') == [("intervention", 1, "FRA")]
    assert _search(old_db, 'tags:"kintervention" AND tags:"d554b52"') == [
        ("intervention", 5, "Ukr")
    ]
    with Workspace.open(old_db) as ws:
        assert ws.search.search("reserve") == []
        [hit] = ws.search.search("reserve", history=True)
        assert (hit.delegation, hit.item_id, hit.current) == ("FRA", 1, False)
        [hit] = ws.search.search("germany")
        assert hit.snippet == "Germany: third wording."
        assert ws.search.search("recorded error") == []
    with contextlib.closing(sqlite3.connect(old_db)) as db:
        db.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    assert _schema_differences(old_db) == []


def test_after_0009_interventions_written_by_plain_sql_are_kept_in_step(old_db: Path) -> None:
    _to(old_db, "0008")
    with contextlib.closing(sqlite3.connect(old_db)) as db, db:
        db.execute(INTERVENTIONS)
    upgrade_to_head(old_db)
    with contextlib.closing(sqlite3.connect(old_db)) as db, db:
        db.execute(
            "INSERT INTO interventions (id, item_id, delegation, started_at, recorded_at, "
            "operator, workstation, text, corrects_id) VALUES (10, 1, 'FRA', "
            "'2026-03-11 09:00:00', '2026-03-11 09:05:00', 'op', 'ws', 'La France prend note.', 3)"
        )
        db.execute("UPDATE interventions SET ended_at = '2026-03-11 09:09:00' WHERE id = 1")
        # The session moved: its rows, interventions too, indexed again as they stood.
        db.execute(
            "UPDATE sessions SET session_date = '2026-04-01', level = 'foreign_ministers' "
            "WHERE id = 1"
        )
    expected = [(3, "FRA", False), *INDEXED_INTERVENTIONS[2:], (10, "FRA", True)]
    assert _intervention_rows(old_db) == sorted([(2, "FRA", False), *expected])
    assert _search(old_db, '"prend" AND tags:"lforeignministers"') == [("intervention", 1, "FRA")]
    with contextlib.closing(sqlite3.connect(old_db)) as db:
        db.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")


def test_0009_downgrades_to_0008_leaving_the_file_as_it_was(old_db: Path, backups: Path) -> None:
    _to(old_db, "0008")
    with contextlib.closing(sqlite3.connect(old_db)) as db, db:
        db.execute(INTERVENTIONS)
    before, schema, index = dump(old_db), _schema_objects(old_db), _index_rows(old_db)
    upgrade_to_head(old_db, backup_dir=backups)
    assert _schema_objects(old_db) != schema
    engine = create_sqlite_engine(old_db, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0008")
    finally:
        engine.dispose()
    assert current_revision(old_db) == "0008"
    assert dump(old_db) == before
    assert _schema_objects(old_db) == schema  # 0004's session trigger is back as it was
    assert _index_rows(old_db) == index


# ---------------------------------------------------------------------- 0010: French versions
def test_a_database_at_0009_upgrades_keeping_every_row_and_its_index(
    old_db: Path, backups: Path
) -> None:
    _to(old_db, "0008")
    with contextlib.closing(sqlite3.connect(old_db)) as db, db:
        db.execute(INTERVENTIONS)
    _to(old_db, "0009")
    before, index = dump(old_db), _index_rows(old_db)

    report = upgrade_to_head(old_db, backup_dir=backups)

    assert (report.from_revision, report.to_revision) == ("0009", "0011")
    assert report.backup_path is not None and dump(report.backup_path) == before
    assert without_french(dump(old_db)) == before  # every row kept, its French empty
    assert _index_rows(old_db) == index  # the same entries: nothing French to index yet
    assert _schema_differences(old_db) == []
    assert foreign_key_violations(old_db) == []
    # The triggers index the French versions, written by any writer.
    with contextlib.closing(sqlite3.connect(old_db)) as db, db:
        db.execute("UPDATE agenda_items SET title_fr = 'Quadrature du cercle' WHERE id = 1")
        db.execute("UPDATE interventions SET text_fr = 'La Norvège prend note.' WHERE id = 1")
        db.execute(
            "UPDATE outcome_declarations SET decision_text_fr = 'Approuvé sans réserve.' "
            "WHERE id = (SELECT max(id) FROM outcome_declarations WHERE NOT withdrawn)"
        )
    assert _search(old_db, '"quadrature"') == [("item", 1, "")]
    assert _search(old_db, '"norvege"') == [("intervention", 1, "NOR")]  # on the record now
    assert [kind for kind, _, _ in _search(old_db, '"reserve" AND "approuve"')] == ["decision"]
    with Workspace.open(old_db) as ws:
        [hit] = ws.search.search("quadrature")
        assert hit.snippet == "Quadrature du cercle"
        assert ws.translations.count(hit.session_id)["en"] >= 1
    with contextlib.closing(sqlite3.connect(old_db)) as db:
        db.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")


def test_0010_downgrades_to_0009_leaving_the_file_as_it_was(old_db: Path, backups: Path) -> None:
    _to(old_db, "0008")
    with contextlib.closing(sqlite3.connect(old_db)) as db, db:
        db.execute(INTERVENTIONS)
    _to(old_db, "0009")
    before, schema, index = dump(old_db), _schema_objects(old_db), _index_rows(old_db)
    upgrade_to_head(old_db, backup_dir=backups)
    with contextlib.closing(sqlite3.connect(old_db)) as db, db:  # French written, then lost
        db.execute("UPDATE agenda_items SET title_fr = 'Quadrature du cercle' WHERE id = 1")
    assert _schema_objects(old_db) != schema
    engine = create_sqlite_engine(old_db, foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0009")
    finally:
        engine.dispose()
    assert current_revision(old_db) == "0009"
    assert dump(old_db) == before
    assert _schema_objects(old_db) == schema  # 0004's and 0009's triggers back as they were
    assert _index_rows(old_db) == index
