"""RowsModel: updates by key, with inserts, removes, moves and changes, never a reset."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

from desktop.ui.models.rows import Column, RowsModel


@dataclass(frozen=True)
class Thing:
    id: int
    name: str


class Things(RowsModel[Thing]):
    def __init__(self) -> None:
        super().__init__(
            lambda t: t.id,
            [
                Column("Id", lambda t: str(t.id), alignment=Qt.AlignmentFlag.AlignRight),
                Column("Name", lambda t: t.name, tooltip=lambda t: f"called {t.name}"),
            ],
        )


def _things(*ids: int, renamed: int | None = None) -> list[Thing]:
    return [Thing(i, f"n{i}" + ("!" if i == renamed else "")) for i in ids]


def _ids(model: Things) -> list[int]:
    return [t.id for t in model.rows()]


@pytest.fixture
def model(qtmodeltester) -> Things:
    things = Things()
    things.set_rows(_things(1, 2, 3, 4, 5))
    qtmodeltester.check(things)
    return things


@pytest.mark.parametrize(
    ("ids", "renamed"),
    [
        ((1, 2, 3, 4, 5, 6, 7), None),  # appended
        ((0, 1, 2, 9, 3, 4, 5), None),  # inserted at the top and in the middle
        ((1, 3, 5), None),  # removed
        ((), None),  # all removed
        ((5, 4, 3, 2, 1), None),  # reversed
        ((3, 1, 8, 5, 2), 5),  # everything at once
        ((1, 2, 3, 4, 5), 3),  # one changed
    ],
)
def test_set_rows_shows_the_new_rows_without_a_reset(qtbot, model: Things, ids, renamed) -> None:
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_rows(_things(*ids, renamed=renamed))
    assert _ids(model) == list(ids)
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        t.name for t in _things(*ids, renamed=renamed)
    ]


def test_the_signals_say_what_happened(qtbot, model: Things) -> None:
    seen: list[str] = []
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(f"-{first}:{last}"))
    model.rowsInserted.connect(lambda _p, first, last: seen.append(f"+{first}:{last}"))
    model.rowsMoved.connect(lambda _p, first, _l, _d, row: seen.append(f"{first}>{row}"))
    model.dataChanged.connect(lambda tl, br: seen.append(f"~{tl.row()}:{br.row()}"))
    model.set_rows(_things(5, 1, 2, 6, 7, 3, renamed=2))
    assert seen == ["-3:3", "3>0", "+3:4", "~2:2"]
    seen.clear()
    model.set_rows(model.rows())
    assert seen == []  # nothing changed: nothing repaints


def test_the_first_fill_and_a_reset_asked_for_reset(qtbot) -> None:
    model = Things()
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(_things(1, 2))
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(_things(2, 3), reset=True)
    assert _ids(model) == [2, 3]


def test_roles_from_the_column_specs(model: Things) -> None:
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "called n1"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == Qt.AlignmentFlag.AlignRight
    assert model.row_of_key(4) == 3
    assert model.row_of_key(40) is None
    assert model.data(QModelIndex()) is None


def test_a_selection_and_the_current_index_survive_an_update(qtbot, model: Things) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    selection = view.selectionModel()
    selection.setCurrentIndex(
        model.index(3, 1),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    model.set_rows(_things(9, 5, 4, 1, 3, renamed=4))  # 2 gone, 9 new, 4 moved and renamed
    current = view.currentIndex()
    assert (current.row(), current.column()) == (2, 1)
    assert current.data() == "n4!"
    assert [i.row() for i in selection.selectedRows()] == [2]


def test_relayout_keeps_persistent_indexes_on_their_rows(qtmodeltester, model: Things) -> None:
    kept = [QPersistentModelIndex(model.index(r, 0)) for r in range(model.rowCount())]
    model.relayout(sorted(model.rows(), key=lambda t: -t.id))
    assert [i.row() for i in kept] == [4, 3, 2, 1, 0]
    qtmodeltester.check(model)


def test_move_row(qtmodeltester, model: Things) -> None:
    model.move_row(0, 3)
    assert _ids(model) == [2, 3, 4, 1, 5]
    model.move_row(4, 0)
    assert _ids(model) == [5, 2, 3, 4, 1]
    qtmodeltester.check(model)
