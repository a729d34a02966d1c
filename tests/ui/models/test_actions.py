from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.services import Workspace
from desktop.services.dto import ActionItemView
from desktop.ui.models.actions import (
    ACTION_ID_ROLE,
    ACTION_ROLE,
    DESCRIPTION,
    DUE,
    OWNER,
    OWNER_KIND,
    STATUS,
    ActionsModel,
    reverse_of,
    update_for,
)


@pytest.fixture
def actions(demo_workspace: Workspace) -> list[ActionItemView]:
    session_id = demo_workspace.sessions.list_sessions()[0].id
    return demo_workspace.actions.for_session(session_id)


@pytest.fixture
def model(qtbot, actions: list[ActionItemView]) -> ActionsModel:
    model = ActionsModel()
    model.set_actions(actions)
    return model


def _action(**changes: object) -> ActionItemView:
    fields: dict[str, object] = {
        "id": 7,
        "item_id": 3,
        "owner_kind": OwnerKind.COMMITTEE,
        "owner": "Budget Committee",
        "description": "Report back.",
        "due_date": date(2030, 1, 31),
        "status": ActionStatus.OPEN,
    }
    fields.update(changes)
    return ActionItemView(**fields)  # type: ignore[arg-type]


def test_the_model_passes_qts_model_tester(qtmodeltester, model: ActionsModel) -> None:
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)


def test_an_empty_model_passes_too(qtmodeltester, qtbot) -> None:
    qtmodeltester.check(ActionsModel(), force_py=True)


def test_each_column_reads_as_words(model: ActionsModel, actions: list[ActionItemView]) -> None:
    first = actions[0]
    assert model.index(0, OWNER_KIND).data() == "International Staff"
    assert model.index(0, OWNER).data() == first.owner
    assert model.index(0, DESCRIPTION).data() == first.description
    due = first.due_date
    assert model.index(0, DUE).data() == f"{due.day} {due:%b %Y}"  # "17 May 2027"
    assert model.index(0, STATUS).data() == "Open"
    assert model.index(0, DUE).data(Qt.ItemDataRole.EditRole) == QDate(first.due_date)
    assert model.index(0, STATUS).data(Qt.ItemDataRole.EditRole) == "open"
    assert model.index(0, OWNER).data(ACTION_ROLE) == first
    assert {model.index(0, c).data(ACTION_ID_ROLE) for c in range(5)} == {first.id}
    assert "Owner: Defence Investment Division (International Staff)" in model.index(
        0, STATUS
    ).data(Qt.ItemDataRole.ToolTipRole)


def test_an_owner_without_a_name_goes_by_its_kind_and_no_date_is_a_dash() -> None:
    model = ActionsModel()
    model.set_actions([_action(owner="", due_date=None, owner_kind=OwnerKind.DELEGATION)])
    assert model.index(0, OWNER).data() == "Delegation"
    assert model.index(0, DUE).data() == "—"
    assert not model.index(0, DUE).data(Qt.ItemDataRole.EditRole).isValid()


def test_a_cancelled_action_is_struck_out() -> None:
    model = ActionsModel()
    model.set_actions([_action(status=ActionStatus.CANCELLED), _action(id=8)])
    assert model.index(0, DESCRIPTION).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(1, DESCRIPTION).data(Qt.ItemDataRole.FontRole) is None


def test_set_data_asks_for_the_change_and_stores_nothing(qtbot) -> None:
    model = ActionsModel()
    model.set_actions([_action()])
    with qtbot.waitSignal(model.editRequested) as asked:
        assert model.setData(model.index(0, STATUS), "done")
    assert asked.args == [7, {"status": ActionStatus.DONE}]
    assert model.index(0, STATUS).data() == "Open"  # until the services answer
    with qtbot.assertNotEmitted(model.editRequested):
        assert model.setData(model.index(0, STATUS), "open")  # no change: nothing asked
    assert not model.setData(model.index(0, STATUS), "lost")
    assert not model.setData(QModelIndex(), "done")
    assert not model.setData(model.index(0, STATUS), "done", Qt.ItemDataRole.DisplayRole)


def test_updates_and_their_reverse() -> None:
    action = _action()
    assert update_for(action, OWNER_KIND, "delegation") == {"owner_kind": OwnerKind.DELEGATION}
    assert update_for(action, OWNER, " Budget Committee ") is None
    assert update_for(action, DESCRIPTION, "Report.") == {"description": "Report."}
    assert update_for(action, DUE, QDate(2030, 2, 1)) == {"due_date": date(2030, 2, 1)}
    assert update_for(action, DUE, QDate()) == {"clear_due_date": True}
    assert update_for(action, DUE, QDate(2030, 1, 31)) is None
    edit = {"due_date": date(2030, 2, 1), "status": ActionStatus.DONE}
    assert reverse_of(action, edit) == {"due_date": date(2030, 1, 31), "status": ActionStatus.OPEN}
    undated = _action(due_date=None)
    assert reverse_of(undated, {"due_date": date(2030, 2, 1)}) == {"clear_due_date": True}


def test_new_values_for_the_same_rows_keep_the_rows(qtbot, model: ActionsModel) -> None:
    rows = [model.action(r) for r in range(model.rowCount())]
    changed = [rows[0], _action(id=rows[1].id, item_id=rows[1].item_id), rows[2]]
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        model.set_actions(changed)
    assert model.index(1, DESCRIPTION).data() == "Report back."
    assert model.row_of(rows[2].id) == 2
    assert model.row_of(-1) is None
