from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.services import Workspace
from desktop.ui import marks
from desktop.ui.models.sessions import (
    BODY,
    DATE,
    ITEMS,
    LEVEL,
    REFERENCE,
    SESSION_ID_ROLE,
    SILENCE,
    SessionsModel,
)


@pytest.fixture
def model(qtbot, demo_workspace: Workspace) -> SessionsModel:
    demo_workspace.sessions.create(
        body_kind="NPG", level="defence_ministers", session_date=date(2019, 2, 13),
        reference="NPG-R(2019)0001", place="NATO Headquarters, Brussels",
    )  # fmt: skip
    model = SessionsModel()
    model.set_sessions(demo_workspace.sessions.list_sessions())
    return model


def test_the_model_passes_qts_model_tester(qtmodeltester, model: SessionsModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_newest_session_comes_first(model: SessionsModel) -> None:
    dates = [model.index(row, DATE).data() for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert model.index(1, BODY).data() == "Nuclear Planning Group"
    assert model.index(1, LEVEL).data() == "Defence Ministers"
    assert model.index(1, REFERENCE).data() == "NPG-R(2019)0001"


def test_every_column_of_a_row_carries_the_session_id(model: SessionsModel) -> None:
    ids = {model.session(row).id for row in range(model.rowCount())}
    for row in range(model.rowCount()):
        row_ids = {
            model.index(row, column).data(SESSION_ID_ROLE) for column in range(model.columnCount())
        }
        assert len(row_ids) == 1
        assert row_ids <= ids


def test_the_demo_session_reads_as_a_council_meeting(model: SessionsModel) -> None:
    assert model.index(0, BODY).data() == "North Atlantic Council"
    assert model.index(0, LEVEL).data() == "Permanent Representatives"
    assert int(model.index(0, ITEMS).data()) > 0
    assert "North Atlantic Council" in model.index(0, DATE).data(Qt.ItemDataRole.ToolTipRole)


def test_item_counts_are_right_aligned(model: SessionsModel) -> None:
    alignment = model.index(0, ITEMS).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignRight


def test_sorting_by_a_column_and_back(model: SessionsModel) -> None:
    model.sort(DATE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, BODY).data() == "Nuclear Planning Group"
    model.sort(DATE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, BODY).data() == "North Atlantic Council"


def test_row_of_finds_a_session_and_reports_a_missing_one(model: SessionsModel) -> None:
    first = model.session(0).id
    assert model.row_of(first) == 0
    assert model.row_of(-1) is None


def test_a_table_has_no_children(model: SessionsModel) -> None:
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.columnCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_the_silence_column_flags_a_broken_silence_in_red_with_a_word_and_a_flag(
    model: SessionsModel,
) -> None:
    demo, npg = model.index(0, SILENCE), model.index(1, SILENCE)
    assert demo.data() == "1 under silence · 1 broken"
    assert QColor(demo.data(Qt.ItemDataRole.ForegroundRole)) == marks.break_colour()
    assert not demo.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Silence broken on 1 item(s)" in demo.data(Qt.ItemDataRole.ToolTipRole)
    assert npg.data() == ""
    assert npg.data(Qt.ItemDataRole.DecorationRole) is None
    assert npg.data(Qt.ItemDataRole.AccessibleTextRole) == "No silence procedure"
    model.sort(SILENCE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, SILENCE).data() == "1 under silence · 1 broken"
