from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from desktop.domain.sessions import AgendaKind
from desktop.services import Workspace
from desktop.ui.labels import set_ui_language
from desktop.ui.models.agenda import (
    DOCUMENTS,
    ITEM_ID_ROLE,
    KIND,
    MIME_TYPE,
    NUMBER,
    TITLE,
    AgendaModel,
)

MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def model(qtbot, demo_workspace: Workspace) -> AgendaModel:
    (summary,) = demo_workspace.sessions.list_sessions()
    model = AgendaModel()
    model.set_items(demo_workspace.sessions.get(summary.id).items)
    return model


def _ids(model: AgendaModel) -> list[int]:
    return [model.index(row, NUMBER).data(ITEM_ID_ROLE) for row in range(model.rowCount())]


def test_the_model_passes_qts_model_tester(qtmodeltester, model: AgendaModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_columns_show_number_title_kind_and_documents(model: AgendaModel) -> None:
    assert model.index(0, NUMBER).data() == "1"
    assert model.index(0, TITLE).data().startswith("Defence Innovation Accelerator")
    assert model.index(0, KIND).data() == "Decision"
    assert model.index(0, KIND).data(Qt.ItemDataRole.EditRole) == "decision"
    assert model.index(0, DOCUMENTS).data() == "PO(2026)0311, PO(2026)0311-REV1"
    assert "PO(2026)0311" in model.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_an_inline_edit_is_shown_and_asked_for(qtbot, model: AgendaModel) -> None:
    old = model.item(0).title
    with qtbot.waitSignal(model.editRequested) as asked:
        assert model.setData(model.index(0, TITLE), " New title ")
    assert asked.args == [model.item(0).id, "title", "New title", old]
    assert model.index(0, TITLE).data() == "New title"
    with qtbot.waitSignal(model.editRequested) as asked:
        assert model.setData(model.index(0, KIND), "information")
    assert asked.args[2:] == [AgendaKind.INFORMATION, AgendaKind.DECISION]
    assert not model.setData(model.index(0, KIND), "vote")  # not a kind
    assert not model.setData(model.index(0, NUMBER), "3")  # numbers move by reordering


def test_a_title_keeps_at_least_one_version(qtbot, model: AgendaModel) -> None:
    """Emptying the English title leaves the French one, shown in its place; a title with
    no version left is refused."""
    french = model.item(0).title_fr
    assert french  # the demo's items are titled in both languages
    assert model.setData(model.index(0, TITLE), "   ")
    assert model.index(0, TITLE).data() == french  # shown, since there is no English now
    alone = dataclasses.replace(model.item(1), title_fr="")
    model.set_items([model.item(0), alone])
    assert not model.setData(model.index(1, TITLE), "   ")  # it would leave no title


def test_in_french_the_inline_edit_writes_the_french_title(qtbot, model: AgendaModel) -> None:
    set_ui_language("fr")
    try:
        assert model.index(0, TITLE).data() == model.item(0).title_fr
        with qtbot.waitSignal(model.editRequested) as asked:
            assert model.setData(model.index(0, TITLE), "Nouveau titre")
        assert asked.args[1:3] == ["title_fr", "Nouveau titre"]
        assert model.item(0).title != "Nouveau titre"  # the English one is untouched
    finally:
        set_ui_language(None)


def test_the_mime_data_carries_the_item_id(model: AgendaModel) -> None:
    data = model.mimeData([model.index(2, c) for c in range(4)])
    assert model.mimeTypes() == [MIME_TYPE]
    assert bytes(data.data(MIME_TYPE).data()) == str(model.item(2).id).encode()
    other = QMimeData()
    other.setText("3")
    assert not model.canDropMimeData(other, MOVE, 0, 0, QModelIndex())
    assert not model.dropMimeData(other, MOVE, 0, 0, QModelIndex())


@pytest.mark.parametrize(
    ("source", "row", "number"),
    [
        (0, 2, 2),  # dropped before the third row: it becomes the second
        (0, -1, 8),  # dropped below the last row
        (5, 0, 1),  # dropped before the first row
        (5, 3, 4),
    ],
)
def test_a_drop_asks_for_the_new_number(
    qtbot, model: AgendaModel, source: int, row: int, number: int
) -> None:
    item_id = model.item(source).id
    data = model.mimeData([model.index(source, TITLE)])
    with qtbot.waitSignal(model.moveRequested) as asked:
        assert model.dropMimeData(data, MOVE, row, 0, QModelIndex())
    assert asked.args == [item_id, number]


def test_a_drop_where_the_item_already_is_asks_for_nothing(model: AgendaModel) -> None:
    data = model.mimeData([model.index(3, TITLE)])
    for row in (3, 4):  # just before or just after itself
        assert not model.dropMimeData(data, MOVE, row, 0, QModelIndex())


def test_a_drop_on_a_row_goes_before_it(qtbot, model: AgendaModel) -> None:
    data = model.mimeData([model.index(6, TITLE)])
    with qtbot.waitSignal(model.moveRequested) as asked:
        assert model.dropMimeData(data, MOVE, -1, -1, model.index(1, TITLE))
    assert asked.args[1] == 2


def test_move_item_reorders_and_renumbers(qtmodeltester, model: AgendaModel) -> None:
    qtmodeltester.check(model, force_py=True)  # keeps watching the signals below
    before = _ids(model)
    model.move_item(before[0], 3)
    assert _ids(model) == [before[1], before[2], before[0], *before[3:]]
    assert [model.item(r).number for r in range(model.rowCount())] == list(range(1, 9))
    model.move_item(before[0], 1)
    assert _ids(model) == before
    model.move_item(before[7], 99)  # beyond the end: stays last
    assert _ids(model) == before
