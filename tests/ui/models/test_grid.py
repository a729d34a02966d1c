"""The grid model over the demo session, without a window."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from desktop.domain.consensus import ConsensusState
from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.services.dto import Grid, GridPatch
from desktop.ui.models.grid import (
    BREAK_ROLE,
    CONSENSUS_ROLE,
    DELEGATION_ROLE,
    ENTRY_ROLE,
    ITEM_ID_ROLE,
    LOOK_ROLE,
    PENDING_ROLE,
    POSITION_ROLE,
    PRESENT_ROLE,
    CellLook,
    GridModel,
    consensus_text,
)


@pytest.fixture
def grid(demo_workspace: Workspace) -> Grid:
    session = demo_workspace.sessions.list_sessions()[0]
    return demo_workspace.positions.grid(session.id)


@pytest.fixture
def model(qtmodeltester, grid: Grid) -> GridModel:
    model = GridModel()
    model.set_grid(grid)
    qtmodeltester.check(model)
    return model


def test_rows_are_delegations_in_seating_order_and_columns_are_items(
    model: GridModel, grid: Grid
) -> None:
    assert model.rowCount() == len(grid.delegations)
    assert model.columnCount() == len(grid.items)
    codes = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert codes == [d.code for d in grid.delegations]
    members = [d.code for d in grid.delegations if d.has_decision_rights]
    assert codes[: len(members)] == members  # members first, then invitees and partners


def test_a_cell_shows_letter_position_and_a_description(model: GridModel, grid: Grid) -> None:
    (item_id, code), entry = next(iter(grid.positions.items()))
    index = model.index_of(item_id, code)
    assert index.data() == entry.position.letter
    assert Position(index.data(POSITION_ROLE)) is entry.position  # a StrEnum arrives as str
    assert index.data(ITEM_ID_ROLE) == item_id
    assert index.data(DELEGATION_ROLE) == code
    assert entry.position.label.en in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_header_names_who_blocks(model: GridModel, grid: Grid) -> None:
    blocked = [i for i, c in grid.consensus.items() if c.state is ConsensusState.BLOCKED]
    assert blocked, "the demo has an item with an objection"
    column = model.column_of(blocked[0])
    # The demo's blocked item was remitted: the declaration is what it ended as.
    assert model.headerData(column, Qt.Orientation.Horizontal).splitlines()[1] == "Remitted"
    model.set_grid(replace(grid, declared={}))  # nothing declared: the table's state shows
    text = model.headerData(column, Qt.Orientation.Horizontal)
    objecting = grid.consensus[blocked[0]].objecting
    assert text.splitlines()[1] == "Blocked by " + ", ".join(objecting)


def test_silence_breaks_are_marked_on_their_cells(model: GridModel, grid: Grid) -> None:
    assert grid.silence_breaks, "the demo has a broken silence procedure"
    for item_id, code in grid.silence_breaks:
        assert model.index_of(item_id, code).data(BREAK_ROLE) is True
    unmarked = model.index(0, 0)
    key = (unmarked.data(ITEM_ID_ROLE), unmarked.data(DELEGATION_ROLE))
    assert unmarked.data(BREAK_ROLE) is (key in grid.silence_breaks)


def test_a_patch_repaints_one_cell_and_its_header(qtbot, model: GridModel, grid: Grid) -> None:
    item = grid.items[0]
    code = grid.delegations[0].code
    entry = next(iter(grid.positions.values()))
    changed = replace(entry, item_id=item.id, delegation=code, position=Position.OBJECTION)
    consensus = replace(grid.consensus[item.id], state=ConsensusState.BLOCKED, objecting=(code,))
    with (
        qtbot.waitSignal(model.dataChanged) as cells,
        qtbot.waitSignal(model.consensusChanged) as header,
        qtbot.assertNotEmitted(model.headerDataChanged),  # a table would repaint every cell
    ):
        model.apply_patch(GridPatch({(item.id, code): changed}, {item.id: consensus}))
    assert cells.args[0] == cells.args[1] == model.index_of(item.id, code)
    assert header.args == [0]
    assert model.index_of(item.id, code).data() == "O"
    assert model.headerData(0, Qt.Orientation.Horizontal, CONSENSUS_ROLE) == consensus


def test_consensus_text_says_pending_with_a_count() -> None:
    from desktop.domain.consensus import Consensus

    assert consensus_text(Consensus(ConsensusState.PENDING, pending=("ALB", "BEL"))) == "Pending 2"
    assert consensus_text(Consensus(ConsensusState.CONSENSUS)) == "Consensus"


def test_writing_a_statement_asks_for_it_and_changes_nothing_yet(qtbot, model: GridModel) -> None:
    index = model.index(0, 0)
    with qtbot.waitSignal(model.statementEdited) as asked:
        assert model.setData(index, "  We support the text.  ")
    assert asked.args[2] == "We support the text."
    assert index.data(Qt.ItemDataRole.EditRole) != "We support the text."


def test_an_item_that_seeks_no_decision_is_not_shown_pending(model: GridModel, grid: Grid) -> None:
    from desktop.domain.sessions import AgendaKind

    briefing = next(i for i in grid.items if i.kind is AgendaKind.INFORMATION)
    column = model.column_of(briefing.id)
    assert model.headerData(column, Qt.Orientation.Horizontal).splitlines()[1] == "Noted"
    model.set_grid(replace(grid, declared={}))  # before the chair noted it
    assert model.headerData(column, Qt.Orientation.Horizontal).splitlines()[1] == "Information"


def _member_not_objecting(model: GridModel, grid: Grid) -> tuple[int, str]:
    return next(
        (item.id, d.code)
        for item in grid.items
        if item.kind.seeks_consensus
        for d in grid.delegations
        if d.has_decision_rights and model.position(item.id, d.code) is not Position.OBJECTION
    )


def test_a_keyed_position_shows_at_once_and_counts_once_stored(
    qtbot, model: GridModel, grid: Grid
) -> None:
    item_id, code = _member_not_objecting(model, grid)
    index = model.index_of(item_id, code)
    consensus = model.consensus(item_id)
    with qtbot.waitSignal(model.keyed):
        model.show_keyed(item_id, code, Position.OBJECTION)
    assert index.data() == "O"
    assert model.is_keyed(item_id, code)
    assert model.consensus(item_id) == consensus  # the header counts what is stored
    entry = replace(next(iter(grid.positions.values())), item_id=item_id, delegation=code)
    stored = replace(entry, position=Position.OBJECTION)
    with qtbot.waitSignal(model.consensusChanged):
        model.keyed_stored(stored)
    assert not model.is_keyed(item_id, code)
    assert index.data() == "O"
    assert model.stored_entry(item_id, code) == stored
    after = model.consensus(item_id)
    assert after is not None and code in after.objecting


def test_a_refused_key_goes_back_to_what_is_stored(qtbot, model: GridModel, grid: Grid) -> None:
    (item_id, code), entry = next(iter(grid.positions.items()))
    index = model.index_of(item_id, code)
    other = Position.OBJECTION if entry.position is not Position.OBJECTION else Position.AGREE
    model.show_keyed(item_id, code, other)
    assert index.data() == other.letter
    assert model.entry(item_id, code).text == entry.text  # the statement stays with it
    # Another window's change read meanwhile does not take the keyed letter away.
    model.apply_patch(GridPatch({(item_id, code): entry}, {}))
    assert index.data() == other.letter
    with qtbot.waitSignal(model.dataChanged):
        model.keyed_refused(item_id, code)
    assert index.data() == entry.position.letter
    assert not model.is_keyed(item_id, code)


def test_a_keyed_cell_not_stored_for_a_while_says_so(qtbot, model: GridModel, grid: Grid) -> None:
    item_id, code = _member_not_objecting(model, grid)
    index = model.index_of(item_id, code)
    model.show_keyed(item_id, code, Position.AGREE)
    assert not index.data(PENDING_ROLE)  # a write that lands soon shows no mark at all
    qtbot.waitUntil(lambda: bool(index.data(PENDING_ROLE)))
    assert "not saved yet" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Not saved yet" in index.data(Qt.ItemDataRole.ToolTipRole)
    model.keyed_refused(item_id, code)
    assert not index.data(PENDING_ROLE)
    assert "saved" not in index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_cells_look_is_what_its_roles_say(qtbot, model: GridModel, grid: Grid) -> None:
    """The delegate paints from the look alone: it must hold all the roles it paints."""
    item_id, code = _member_not_objecting(model, grid)
    model.show_keyed(item_id, code, Position.OBJECTION)
    qtbot.waitUntil(lambda: model.is_slow(item_id, code))
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            entry = index.data(ENTRY_ROLE)
            assert index.data(LOOK_ROLE) == CellLook(
                Position(index.data(POSITION_ROLE)),
                index.data(PRESENT_ROLE),
                entry is not None and bool(entry.text),
                index.data(BREAK_ROLE),
                index.data(PENDING_ROLE),
            )
    looks = {model.index(r, c).data(LOOK_ROLE) for r in range(model.rowCount())
             for c in range(model.columnCount())}  # fmt: skip
    assert any(look.statement for look in looks) and any(look.broke for look in looks)
    assert any(look.slow and look.position is Position.OBJECTION for look in looks)
    assert any(not look.present for look in looks)
