"""Two instances on one file: each sees what the other changed, never its own changes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from desktop.services import Actor, ChangeSet, Workspace
from tests.unit.services.conftest import FakeClock


@pytest.fixture
def other(ws: Workspace, clock: FakeClock) -> Iterator[Workspace]:
    """A second instance on the same file (another window, another operator)."""
    second = Workspace.open(ws.location, actor=Actor("other", "ws-other"), clock=clock)
    yield second
    second.close()


def test_the_first_look_finds_where_the_trail_ends_and_reports_nothing(
    ws: Workspace, item: int
) -> None:
    first = ws.watch.foreign_changes(None)
    assert first.mark > 0
    assert not first
    assert not ws.watch.foreign_changes(first.mark)


def test_a_position_logged_elsewhere_names_its_cell_and_session(
    ws: Workspace, other: Workspace, nac: int, item: int
) -> None:
    mark = ws.watch.foreign_changes(None).mark
    other.positions.log(item, "FRA", "objection")

    found = ws.watch.foreign_changes(mark)

    assert found.sessions == {nac}
    assert [t.kind for t in found.touches] == ["position"]
    assert found.changes == ChangeSet(positions=frozenset({(item, "FRA")}))
    assert found.mark > mark
    assert not ws.watch.foreign_changes(found.mark)  # seen once


def test_own_changes_are_never_reported(ws: Workspace, nac: int, item: int) -> None:
    mark = ws.watch.foreign_changes(None).mark
    for code in ("BEL", "FRA", "DEU"):
        ws.positions.log(item, code, "agree")
    ws.sessions.update(nac, place="Brussels")

    found = ws.watch.foreign_changes(mark)

    assert not found
    assert found.mark > mark  # and the look moves past them


def test_mine_and_theirs_interleaved_only_theirs_come_back(
    ws: Workspace, other: Workspace, item: int
) -> None:
    mark = ws.watch.foreign_changes(None).mark
    ws.positions.log(item, "BEL", "agree")
    other.positions.log(item, "FRA", "objection")
    ws.positions.log(item, "DEU", "agree")

    found = ws.watch.foreign_changes(mark)
    theirs = other.watch.foreign_changes(mark)

    assert found.changes.positions == {(item, "FRA")}
    assert theirs.changes.positions == {(item, "BEL"), (item, "DEU")}


def test_a_session_created_or_an_item_added_elsewhere_reloads_the_list_and_views(
    ws: Workspace, other: Workspace, nac: int
) -> None:
    mark = ws.watch.foreign_changes(None).mark
    created = other.sessions.create(
        body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 3)
    ).value.id
    other.agenda.add_item(nac, "Any other business")

    found = ws.watch.foreign_changes(mark)

    assert found.changes.session_list
    assert found.sessions == {nac, created}
    assert nac in found.changes.agenda


def test_field_edits_elsewhere_name_what_to_read_again(
    ws: Workspace, other: Workspace, nac: int, item: int
) -> None:
    action = ws.actions.add(item, owner_kind="international_staff", description="Draft a text")
    mark = ws.watch.foreign_changes(None).mark
    other.sessions.update(nac, chair="Mark Rutte")
    other.agenda.update_item(item, summary="Revised")
    other.attendance.set_attendance(nac, "FRA", present=False)
    other.actions.update(action.value.id, owner="Private Office")
    other.outcomes.declare(item, "deferred")

    changes = ws.watch.foreign_changes(mark).changes

    assert changes.session_list and changes.sessions == {nac}
    assert changes.items == {item}
    assert changes.attendance == {nac}
    assert changes.actions == {item}
    assert changes.outcomes == {item}
    assert not changes.agenda  # nothing here needs the whole session read again


def test_another_program_writing_to_the_file_is_seen(ws: Workspace, tmp_path: Path) -> None:
    """A third Workspace opened and closed (as the command line would) counts as foreign."""
    mark = ws.watch.foreign_changes(None).mark
    with Workspace.open(ws.location, actor=Actor("cli", "elsewhere")) as cli:
        cli.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=date(2024, 6, 1)
        )
    assert ws.watch.foreign_changes(mark).changes.session_list


def _copy(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


@pytest.mark.sqlite_only
def test_a_file_put_back_to_an_earlier_state_is_noticed(
    ws: Workspace, other: Workspace, item: int, tmp_path: Path
) -> None:
    assert ws.path is not None
    early = tmp_path / "early.sqlite"
    _copy(ws.path, early)
    other.positions.log(item, "FRA", "objection")
    mark = ws.watch.foreign_changes(None).mark

    _copy(early, ws.path)  # as a restore from a backup, made elsewhere, would
    found = ws.watch.foreign_changes(mark)

    assert found.rewound
    assert found.mark < mark
    assert found.changes.session_list
    assert not ws.watch.foreign_changes(found.mark)  # and from there on as usual
