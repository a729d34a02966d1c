"""The grid's paint: each look of a cell drawn once and copied, in the palette's colours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette

from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.ui import marks
from desktop.ui.models.grid import LOOK_ROLE, GridModel
from desktop.ui.session.grid_view import PositionDelegate, PositionGrid


@pytest.fixture
def grid(qtbot, demo_workspace: Workspace) -> Iterator[PositionGrid]:
    (demo,) = demo_workspace.sessions.list_sessions()
    model = GridModel()
    model.set_grid(demo_workspace.positions.grid(demo.id))
    view = PositionGrid()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    yield view


def _delegate(grid: PositionGrid) -> PositionDelegate:
    delegate = grid.itemDelegate()
    assert isinstance(delegate, PositionDelegate)
    return delegate


def _painted(qtbot, grid: PositionGrid) -> None:
    done: list[bool] = []
    grid.after_paint(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done))


def _visible_looks(grid: PositionGrid) -> set[object]:
    model = grid.grid_model()
    current = grid.currentIndex()
    return {
        (model.index(row, column).data(LOOK_ROLE), model.index(row, column) == current)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if grid.viewport().rect().intersects(grid.visualRect(model.index(row, column)))
    }


def test_each_look_is_drawn_once_and_copied_to_every_cell_showing_it(
    qtbot, grid: PositionGrid
) -> None:
    _painted(qtbot, grid)
    delegate = _delegate(grid)
    looks = _visible_looks(grid)
    assert 0 < delegate.drawings <= len(looks) < grid.grid_model().rowCount()
    drawn = delegate.drawings
    grid.viewport().repaint()
    assert delegate.drawings == drawn  # a repaint copies, draws nothing again


def test_a_cell_shows_its_positions_tint_and_a_new_palette_its_own(
    qtbot, grid: PositionGrid
) -> None:
    model = grid.grid_model()
    item = model.item(0)
    code = next(
        d.code
        for row, d in enumerate(model.delegations())
        if row > 0 and not model.has_break(item.id, d.code)
    )
    model.show_keyed(item.id, code, Position.OBJECTION)
    _painted(qtbot, grid)
    rect = grid.visualRect(model.index_of(item.id, code))

    def colour() -> QColor:
        image = grid.viewport().grab().toImage()
        point = QPoint(rect.right() - 20, rect.top() + 4) * image.devicePixelRatio()
        return QColor(image.pixel(point))

    assert colour() == marks.tint(Position.OBJECTION, grid.palette())
    drawn = _delegate(grid).drawings
    dark = QPalette(grid.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    grid.setPalette(dark)
    _painted(qtbot, grid)
    assert _delegate(grid).drawings > drawn  # drawn again in the new colours
    assert colour() == marks.tint(Position.OBJECTION, dark)
    assert marks.tint(Position.OBJECTION, dark) != marks.tint(Position.OBJECTION, QPalette())


def test_after_paint_is_called_once_the_grid_has_painted(qtbot, grid: PositionGrid) -> None:
    calls: list[int] = []
    grid.after_paint(lambda: calls.append(1))
    qtbot.waitUntil(lambda: calls == [1])
    grid.viewport().repaint()
    assert calls == [1]
