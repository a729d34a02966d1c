"""The grid's paint: each look of a cell drawn once and copied, in the palette's colours."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette

from desktop.domain.consensus import Consensus, ConsensusState
from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.services.dto import GridPatch
from desktop.ui import marks
from desktop.ui.models.grid import LOOK_ROLE, CellLook, GridModel
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
    """The looks on screen, at each column width (the header sizes columns to their state)."""
    model = grid.grid_model()
    current = grid.currentIndex()
    return {
        (
            model.index(row, column).data(LOOK_ROLE),
            model.index(row, column) == current,
            grid.columnWidth(column),
        )
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


@pytest.mark.parametrize("position", [Position.AGREE_WITH_STATEMENT, Position.OBJECTION])
def test_a_statement_is_seen_at_a_glance(qtbot, grid: PositionGrid, position: Position) -> None:
    """A mark after the letter, in the letter's colour, as large as a letter: not a corner
    the size of a few pixels."""
    delegate = _delegate(grid)
    palette, font = grid.palette(), grid.font()
    cell = QRect(0, 0, 160, 28)

    def drawn(statement: bool) -> QImage:
        look = CellLook(position, True, statement, False, False)
        pixmap = delegate._draw(look, False, cell=cell, ratio=1.0, palette=palette, font=font)
        return pixmap.toImage()

    plain, marked = drawn(False), drawn(True)
    ink = marks.letter_colour(position, palette)
    changed = [
        (x, y)
        for x in range(cell.width())
        for y in range(cell.height())
        if plain.pixel(x, y) != marked.pixel(x, y)
    ]
    inked = [(x, y) for x, y in changed if _near(QColor(marked.pixel(x, y)), ink)]
    glyph = QFontMetrics(font).boundingRect(marks.STATEMENT_MARK)
    assert len(inked) >= glyph.width() * glyph.height() // 6, len(inked)
    assert all(x > cell.center().x() for x, _y in changed)  # after the letter
    assert all(x < cell.right() - 20 for x, _y in changed)  # clear of the break's flag


def _near(one: QColor, other: QColor) -> bool:
    return max(abs(one.red() - other.red()), abs(one.green() - other.green()),
               abs(one.blue() - other.blue())) < 40  # fmt: skip


def test_a_state_that_fits_repaints_its_header_and_one_that_does_not_widens_it(
    qtbot, demo_workspace: Workspace
) -> None:
    """Where an item stands changes with every key: its header section is repainted, and
    the sections laid out again only when the new words need more room."""
    (demo,) = demo_workspace.sessions.list_sessions()
    grid = demo_workspace.positions.grid(demo.id)
    model = GridModel()
    model.set_grid(replace(grid, declared={}, silence={}))  # the table's state shows
    view = PositionGrid()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    item = model.item(0)
    column = model.column_of(item.id)
    before = header.sectionSize(column)
    with qtbot.assertNotEmitted(header.sectionResized):
        model.apply_patch(GridPatch({}, {item.id: Consensus(ConsensusState.BLOCKED, ("TUR",))}))
    assert model.headerData(column, Qt.Orientation.Horizontal).endswith("Blocked by TUR")
    many = ("ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST")
    with qtbot.waitSignal(header.sectionResized):
        model.apply_patch(GridPatch({}, {item.id: Consensus(ConsensusState.BLOCKED, many)}))
    assert header.sectionSize(column) > before
    assert header.sectionSize(column) >= header.needed_width(column)
