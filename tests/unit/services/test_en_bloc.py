"""Agreement en bloc: several decision items agreed at once by every present member not yet
stated, except those named, in one transaction; and its undo and redo, on many cells at once."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind
from desktop.services import ChangeSet, NotFoundError, ValidationError, Workspace
from desktop.services.conflicts import ConflictError
from tests.unit.services.conftest import count_rows


@pytest.fixture
def items(ws: Workspace, nac: int) -> list[int]:
    add = ws.agenda.add_item
    return [
        add(nac, "Readiness Action Plan").value.id,
        add(nac, "Partnership with Ukraine").value.id,
        add(nac, "Black Sea security", kind=AgendaKind.DISCUSSION).value.id,
        add(nac, "Budget for 2025").value.id,
    ]


def _position(ws: Workspace, item: int, code: str) -> Position:
    entry = ws.positions.current(item, code)
    return entry.position if entry else Position.NOT_STATED


def test_every_present_member_not_yet_stated_agrees_on_each_item_except_those_named(
    ws: Workspace, nac: int, items: list[int]
) -> None:
    first, second, _discussion, budget = items
    ws.positions.log(first, "TUR", "objection", text="Not yet.")
    ws.positions.log(second, "HUN", "study_reserve")
    ws.attendance.set_attendance(nac, "ISL", present=False)
    result = ws.positions.agree_en_bloc([second, first], ["FRA", "POL"])
    members = ws.sessions.get(nac).decision_holders
    expected = {
        (item, code)
        for item in (first, second)
        for code in members
        if code not in {"FRA", "POL", "ISL"}
        and (item, code) not in {(first, "TUR"), (second, "HUN")}
    }
    assert {(e.item_id, e.delegation) for e in result.value} == expected
    assert result.changes == ChangeSet(positions=frozenset(expected))
    assert result.value[0].item_id == first  # in agenda order
    for item in (first, second):
        for code in ("FRA", "POL", "ISL"):
            assert ws.positions.current(item, code) is None  # named, or absent: untouched
        assert _position(ws, item, "USA") is Position.AGREE
    stated = ws.positions.current(first, "TUR")
    assert stated is not None and (stated.position, stated.text) == (Position.OBJECTION, "Not yet.")
    assert _position(ws, second, "HUN") is Position.STUDY_RESERVE
    assert ws.positions.current(budget, "USA") is None  # not chosen
    assert ws.positions.consensus(second).pending == ("FRA", "HUN", "ISL", "POL")


def test_items_that_seek_no_consensus_are_refused_and_nothing_is_stored(
    ws: Workspace, items: list[int]
) -> None:
    first, _second, discussion, _budget = items
    before = count_rows(ws, "position_events")
    with pytest.raises(ValidationError, match=r"Item 3 \(discussion\) seeks no consensus"):
        ws.positions.agree_en_bloc([first, discussion])
    assert count_rows(ws, "position_events") == before  # all or nothing
    with pytest.raises(ValidationError, match="Choose at least one item"):
        ws.positions.agree_en_bloc([])
    with pytest.raises(NotFoundError, match="XYZ is not at the table"):
        ws.positions.agree_en_bloc([first], ["XYZ"])
    assert count_rows(ws, "position_events") == before


def test_items_of_two_sessions_are_refused(ws: Workspace, items: list[int]) -> None:
    other = ws.sessions.create(
        body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 8)
    ).value.id
    elsewhere = ws.agenda.add_item(other, "Another session's item").value.id
    with pytest.raises(ValidationError, match="different sessions' agendas"):
        ws.positions.agree_en_bloc([items[0], elsewhere])


def test_undo_and_redo_put_every_cell_back_in_one_write(ws: Workspace, items: list[int]) -> None:
    first, second, _discussion, _budget = items
    ws.positions.log(first, "TUR", "objection")
    cells = [(e.item_id, e.delegation) for e in ws.positions.agree_en_bloc([first, second]).value]
    undone = ws.positions.restore_many(cells, Position.NOT_STATED, expected=Position.AGREE)
    assert {(e.item_id, e.delegation) for e in undone.value} == set(cells)
    assert all(e.position is Position.NOT_STATED and e.corrects_id for e in undone.value)
    assert ws.positions.consensus(first).objecting == ("TUR",)
    assert _position(ws, second, "USA") is Position.NOT_STATED
    assert [e.position for e in ws.positions.history(second, "USA")] == [
        Position.AGREE,
        Position.NOT_STATED,
    ]  # the record keeps the whole path
    redone = ws.positions.restore_many(cells, Position.AGREE, expected=Position.NOT_STATED)
    assert len(redone.value) == len(cells)
    assert _position(ws, second, "USA") is Position.AGREE
    assert _position(ws, first, "TUR") is Position.OBJECTION


def test_an_undo_over_a_cell_changed_meanwhile_is_refused_whole(
    ws: Workspace, items: list[int]
) -> None:
    first, second, _discussion, _budget = items
    cells = [(e.item_id, e.delegation) for e in ws.positions.agree_en_bloc([first, second]).value]
    ws.positions.log(second, "GBR", "reservation")  # said at another window since
    before = count_rows(ws, "position_events")
    with pytest.raises(ConflictError, match="GBR's position on item 2 was changed"):
        ws.positions.restore_many(cells, Position.NOT_STATED, expected=Position.AGREE)
    assert count_rows(ws, "position_events") == before
    assert _position(ws, first, "USA") is Position.AGREE
