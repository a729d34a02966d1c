"""Several workstations on one database (PostgreSQL), or several windows on one file: a
silence procedure is settled once, however many settle it at the deadline; commits made
out of order are all seen; a server tells a listener of each commit at once."""

from __future__ import annotations

import select
import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from desktop.domain.silence import SilenceState
from desktop.services import Actor, Workspace
from tests.unit.services.conftest import FakeClock, sql

DEADLINE = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)
STATIONS = 4


@pytest.fixture
def stations(ws: Workspace, clock: FakeClock) -> Iterator[list[Workspace]]:
    """Other workstations (or windows) on ``ws``'s database."""
    opened = [
        Workspace.open(ws.location, actor=Actor(f"op{n}", f"station-{n}"), clock=clock)
        for n in range(STATIONS)
    ]
    yield opened
    for station in opened:
        station.close()


def test_a_deadline_is_settled_exactly_once_by_many_stations_at_once(
    ws: Workspace, stations: list[Workspace], item: int, clock: FakeClock
) -> None:
    procedure = ws.silence.launch(item, DEADLINE, text_reference="PO(2024)0101").value.id
    clock.moment = DEADLINE
    start = threading.Barrier(len(stations))
    settled: list[list[object]] = []
    failed: list[BaseException] = []

    def settle(station: Workspace) -> None:
        start.wait()
        try:
            settled.append(list(station.silence.settle_due().value))
        except BaseException as error:
            failed.append(error)

    threads = [threading.Thread(target=settle, args=(s,)) for s in stations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert failed == []
    assert sorted(len(notices) for notices in settled) == [0] * (STATIONS - 1) + [1]
    view = ws.silence.get(procedure)
    assert view.settled and view.state is SilenceState.ADOPTED
    settlings = sql(ws, "SELECT count(*) FROM audit_log WHERE action = 'silence.settled'")
    assert settlings == [(1,)]
    adopted = "SELECT count(*) FROM outcome_declarations WHERE outcome = 'agreed_under_silence'"
    assert sql(ws, adopted) == [(1,)]


@pytest.mark.postgresql_only
def test_a_transaction_that_commits_after_a_later_one_is_still_seen(
    ws: Workspace, stations: list[Workspace], item: int
) -> None:
    slow, quick, _ = stations[:3]
    mark = ws.watch.foreign_changes(None).mark
    with slow._ctx.unit() as s:  # takes its audit id first, commits last
        slow._ctx.audit(s, "position.logged", session_id=None, entity="x", entity_id=1,
                        item_id=item, delegation="FRA")  # fmt: skip
        s.flush()
        quick.positions.log(item, "DEU", "agree")
        first = ws.watch.foreign_changes(mark)
    second = ws.watch.foreign_changes(first.mark)

    assert first.changes.positions == {(item, "DEU")}
    assert second.changes.positions == {(item, "FRA")}
    assert not ws.watch.foreign_changes(second.mark)  # and each only once


@pytest.mark.postgresql_only
def test_a_server_tells_a_listener_of_each_commit_at_once(
    ws: Workspace, stations: list[Workspace], item: int
) -> None:
    listener = ws.watch.listen()
    assert listener is not None
    try:
        assert listener.drain() == 0
        stations[0].positions.log(item, "FRA", "objection")
        readable, _, _ = select.select([listener.fileno()], [], [], 1.0)
        assert readable, "no notification within a second"
        assert listener.drain() == 1  # one per transaction
        with stations[1]._ctx.unit() as s:  # a rollback tells nobody
            stations[1]._ctx.audit(s, "x", session_id=None, entity="x", entity_id=None)
            s.flush()
            s.rollback()
        assert select.select([listener.fileno()], [], [], 0.2)[0] == []
    finally:
        listener.close()


@pytest.mark.sqlite_only
def test_a_file_has_no_listener(ws: Workspace) -> None:
    assert ws.watch.listen() is None
