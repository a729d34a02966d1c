"""Services against a real database, with a clock the test moves: every test that uses
``ws`` runs on a SQLite file in tmp_path and on a PostgreSQL database (tests/conftest.py),
unless it is marked ``sqlite_only``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.services import Actor, Workspace
from desktop.services.demo import write_demo

DEMO_TODAY = date(2026, 11, 23)  # the demo session is then dated Wednesday 18 November


class FakeClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 5, 2, 8, 0, tzinfo=UTC))


@pytest.fixture
def ws(database_location: Path | str, clock: FakeClock) -> Iterator[Workspace]:
    workspace = Workspace.open(database_location, actor=Actor("tester", "ws-test"), clock=clock)
    yield workspace
    workspace.close()


def sql(ws: Workspace, statement: str, **params: object) -> list[tuple[object, ...]]:
    """Run one statement on ``ws``'s database outside the services (as another program
    would), committed; the rows it returns."""
    with ws._ctx.db.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return [tuple(row) for row in result] if result.returns_rows else []


def count_rows(ws: Workspace, table: str) -> int:
    [(count,)] = sql(ws, f"SELECT count(*) FROM {table}")
    assert isinstance(count, int)
    return count


@pytest.fixture
def nac(ws: Workspace) -> int:
    """A NAC session of Permanent Representatives on 2024-05-02 (32 Allies)."""
    return ws.sessions.create(
        body_kind="NAC",
        level="permanent_representatives",
        session_date=date(2024, 5, 2),
        reference="C-R(2024)0020",
    ).value.id


@pytest.fixture
def item(ws: Workspace, nac: int) -> int:
    return ws.agenda.add_item(nac, "Council decision on the work programme").value.id


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, written once per test module."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo(path, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_ws(demo_path: Path) -> Iterator[Workspace]:
    """The demo database, opened on the morning of DEMO_TODAY."""
    ws = Workspace.open(demo_path, clock=lambda: datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    yield ws
    ws.close()
