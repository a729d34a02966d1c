"""db.copy on both engines: the rows stream through in batches, and a copy of a database
in use holds one state of it, whatever is written to it meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select

from db.copy import copy_rows, row_counts
from db.database import Database
from db.models import SessionRow
from desktop.services.demo import write_demo

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("copy") / "demo.sqlite"
    write_demo(path, today=date(2026, 11, 23))
    return path


def _open(location: Path | str) -> Database:
    return Database.connect(location) if isinstance(location, str) else Database.open(location)


@pytest.fixture
def source(demo: Path, database_location: Path | str) -> Iterator[Database]:
    """The demo, on the engine under test."""
    db = _open(database_location)
    demo_db = Database.open(demo)
    try:
        copy_rows(demo_db.engine, db.engine)
    finally:
        demo_db.close()
    yield db
    db.close()


def _counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return row_counts(connection)


def test_a_copy_of_a_database_in_use_holds_one_state_of_it(
    source: Database, tmp_path: Path
) -> None:
    before = _counts(source.engine)
    written: list[int] = []

    def write_meanwhile(table: str, done: int, total: int) -> None:
        if written:
            return
        with source.engine.begin() as connection:  # another program, committing mid-copy
            written.append(
                connection.execute(
                    insert(SessionRow).values(
                        body="NAC", level="permanent_representatives", format="formal",
                        session_date=date(2026, 12, 2), classification="nato_unclassified",
                        created_at=NOW, updated_at=NOW,
                    ).returning(SessionRow.id)
                ).scalar_one()
            )  # fmt: skip

    target = Database.open(tmp_path / "copy.sqlite")
    try:
        report = copy_rows(source.engine, target.engine, progress=write_meanwhile)
        assert written and _counts(source.engine)["sessions"] == before["sessions"] + 1
        assert report.rows == before == _counts(target.engine)
        with target.engine.connect() as connection:
            assert (
                connection.scalar(select(SessionRow.id).where(SessionRow.id == written[0])) is None
            )
    finally:
        target.close()


def test_rows_go_through_in_batches(source: Database, tmp_path: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    target = Database.open(tmp_path / "copy.sqlite")
    try:
        copy_rows(
            source.engine, target.engine, batch_rows=25,
            progress=lambda table, done, total: calls.append((table, done, total)),
        )  # fmt: skip
    finally:
        target.close()
    audit = [(done, total) for table, done, total in calls if table == "audit_log"]
    total = audit[-1][1]
    assert total > 100
    assert audit == [(min(done, total), total) for done in range(25, total + 25, 25)]
