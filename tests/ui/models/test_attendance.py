from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.sessions import AttendanceKind
from desktop.services import Workspace
from desktop.ui.models.attendance import (
    CODE,
    CODE_ROLE,
    HEAD,
    KIND,
    KIND_ROLE,
    NAME,
    PRESENT,
    AttendanceModel,
)


@pytest.fixture
def model(qtbot, demo_workspace: Workspace) -> AttendanceModel:
    (summary,) = demo_workspace.sessions.list_sessions()
    model = AttendanceModel()
    model.set_delegations(demo_workspace.sessions.get(summary.id).delegations)
    return model


def test_the_model_passes_qts_model_tester(qtmodeltester, model: AttendanceModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_members_come_first_in_seating_order(model: AttendanceModel) -> None:
    assert model.index(0, CODE).data() == "ALB"
    assert model.index(0, NAME).data() == "Albania"
    assert model.index(0, KIND).data() == "member"
    last = model.rowCount() - 1
    assert model.index(last, CODE).data(CODE_ROLE) == "IS"
    assert model.index(last, KIND).data(KIND_ROLE) == AttendanceKind.STAFF


def test_absence_is_said_in_words_as_well_as_by_the_check(model: AttendanceModel) -> None:
    row = model.row_of("ISL")
    assert row is not None
    present = model.index(row, PRESENT)
    assert present.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert present.data() == "absent"
    assert model.index(row, NAME).data(Qt.ItemDataRole.FontRole).italic()


def test_edits_are_shown_and_asked_for(qtbot, model: AttendanceModel) -> None:
    row = model.row_of("BEL")
    assert row is not None
    with qtbot.waitSignal(model.presentRequested) as asked:
        assert model.setData(
            model.index(row, PRESENT), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
        )
    assert asked.args == ["BEL", False]
    assert model.index(row, PRESENT).data() == "absent"
    with qtbot.waitSignal(model.headRequested) as asked:
        assert model.setData(model.index(row, HEAD), "  Jean Dupont ")
    assert asked.args == ["BEL", "Jean Dupont", "Pascale Dufour"]
    assert not model.setData(model.index(row, HEAD), "Jean Dupont")  # no change, no request
    assert not model.setData(model.index(row, NAME), "Belgique")  # not editable


def test_only_the_head_and_the_check_are_editable(model: AttendanceModel) -> None:
    assert model.flags(model.index(0, HEAD)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, PRESENT)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, NAME)) & Qt.ItemFlag.ItemIsEditable
