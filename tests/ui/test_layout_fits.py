"""What the operator reads in a live meeting fits, on a laptop's screen (1366×768) and on a
full HD one (1920×1080), maximised and at the window's default size, in English and in
French: the grid's item headers show the whole number and state, no label or button of the
positions tab, the item panel or the tour de table is cut short, no widget lies on another,
the tour's lists show their rows, and the export's question has room for its title.

Offscreen there is no screen to maximise on: the window is given the size a maximised
window has on each screen (its height less a title bar and a desktop panel)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QInputDialog,
    QLabel,
    QLayout,
    QStyle,
    QStyleOptionHeaderV2,
    QWidget,
)

from desktop import i18n as messages
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.ui import i18n
from desktop.ui.labels import set_ui_language
from desktop.ui.main_window import DEFAULT_SIZE, MainWindow
from desktop.ui.session.item_header import STEP, WIDEST, heading_lines
from desktop.ui.session.page import POSITIONS, TOUR
from desktop.ui.session.tour_board import MIN_ROWS

DECORATIONS = 40  # a maximised window's title bar and a desktop's panel
WINDOWS = {
    # The default size is the same on both screens: one case.
    "default": DEFAULT_SIZE,
    "1366x768": (1366, 768 - DECORATIONS),
    "1920x1080": (1920, 1080 - DECORATIONS),
}


@pytest.fixture
def language(qapp) -> Iterator[object]:
    """Install a language for one test, then put English and the default locale back."""
    saved = QLocale()
    yield i18n.install
    i18n.uninstall()
    QLocale.setDefault(saved)
    set_ui_language(None)
    messages.set_language("en")


def _open(qtbot, demo_path: Path, settings, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    (session,) = window.workspace.sessions.list_sessions()
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session.id)
    qtbot.waitUntil(lambda: window.session_page.detail is not None)
    assert (window.width(), window.height()) == size
    return window


# ---------------------------------------------------------------------- measures
def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            yield widget
        elif (inner := item.layout()) is not None:
            yield from _layout_widgets(inner)


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    label = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {label!r} {text[:40]!r}"


def _scrolled(widget: QWidget) -> bool:
    """Whether ``widget`` is the viewport of a scroll area (what is in it may scroll)."""
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def _cut_by_a_parent(widget: QWidget, root: QWidget) -> bool:
    """Whether a parent up to ``root`` shows less than the whole widget (a scroll area's
    content is not cut where it scrolls: down, and sideways if it may)."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    while child is not root and (parent := child.parentWidget()) is not None:
        rect = rect.translated(child.pos())
        if _scrolled(parent):
            area = parent.parentWidget()
            assert isinstance(area, QAbstractScrollArea)
            sideways = area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            return not sideways and (rect.left() < 0 or rect.right() >= parent.width())
        if not parent.rect().contains(rect):
            return True
        child = parent
    return False


def _text_problems(root: QWidget) -> list[str]:
    """Labels and buttons narrower or lower than their text, or cut by a parent."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_height = widget.heightForWidth(widget.width())
            if widget.height() < need_height:
                problems.append(f"{_name(widget)}: {widget.height()} high, needs {need_height}")
        else:
            need = widget.sizeHint() if isinstance(widget, QAbstractButton) else None
            need = need or widget.minimumSizeHint()
            if widget.width() < need.width() or widget.height() < need.height():
                problems.append(
                    f"{_name(widget)}: {widget.width()}×{widget.height()}, "
                    f"needs {need.width()}×{need.height()}"
                )
        if _cut_by_a_parent(widget, root):
            problems.append(f"{_name(widget)}: cut by a parent")
    return problems


def _overlaps(root: QWidget) -> list[str]:
    """Widgets of one layout that lie on each other."""
    problems = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not parent.isVisible():
            continue
        shown = [w for w in _layout_widgets(layout) if w.isVisible()]
        for one, other in itertools.combinations(shown, 2):
            if one.geometry().intersects(other.geometry()):
                problems.append(
                    f"{_name(one)} {one.geometry()} on {_name(other)} {other.geometry()}"
                )
    return problems


def _header_problems(window: MainWindow) -> list[str]:
    """Item headers whose number or state (in bold: the current item's header is) does not
    fit the room the style leaves for text, or that are not two lines high."""
    grid = window.session_page.positions.grid
    header = grid.horizontalHeader()
    style = header.style()
    option = QStyleOptionHeaderV2()
    option.rect = QRect(0, 0, 400, 40)
    label = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, header)
    chrome = option.rect.width() - label.width() + icon + 2  # as the style draws a label
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    problems = []
    model = grid.model()
    for section in range(header.count()):
        text = model.headerData(section, Qt.Orientation.Horizontal)
        number, title, state = heading_lines(text)
        room = header.sectionSize(section) - chrome
        for part in (number + "…", state):
            if metrics.horizontalAdvance(part) > room:
                problems.append(f"header {section}: {part!r} needs "
                                f"{metrics.horizontalAdvance(part)}, has {room}")  # fmt: skip
        assert title, text
    if header.height() < 2 * metrics.height():
        problems.append(f"the item header is {header.height()} high, two lines need more")
    return problems


def _list_problems(window: MainWindow, *, roomy: bool) -> list[str]:
    """The tour's lists: no sideways scrolling, no entry cut at the side, and at least
    ``MIN_ROWS`` rows (or all) shown; on a ``roomy`` screen the shorter list shows all its
    rows (the longer one takes the rest)."""
    board = window.session_page.tour.board
    problems = []
    shorter = min((board.to_speak, board.spoken), key=lambda roster: roster.rows())
    for roster in (board.to_speak, board.spoken):
        name = roster.accessibleName()
        if roster.horizontalScrollBar().isVisible():
            problems.append(f"{name}: scrolls sideways")
        width = roster.viewport().width()
        for row in range(roster.count()):
            rect = roster.visualItemRect(roster.item(row))
            if rect.right() >= width:
                problems.append(f"{name}: {roster.item(row).text()!r} cut at the side")
        shown = roster.viewport().height() // roster.row_height()
        columns = max(1, width // roster.gridSize().width())
        rows = math.ceil(roster.count() / columns)
        if shown < min(rows, MIN_ROWS) or (roomy and roster is shorter and shown < rows):
            problems.append(f"{name}: shows {shown} rows of {rows}")
    return problems


# ---------------------------------------------------------------------- the tests
CASES = list(itertools.product(WINDOWS, ("en", "fr")))


@pytest.mark.parametrize("case", CASES, ids=[f"{size}-{choice}" for size, choice in CASES])
def test_the_live_session_fits(
    qtbot, language, demo_path: Path, settings, case: tuple[str, str]
) -> None:
    size, choice = WINDOWS[case[0]], case[1]
    assert language(choice) == choice
    window = _open(qtbot, demo_path, settings, size)
    page = window.session_page
    positions = page.positions
    model = positions.model
    # The blocked item, with "agreed" chosen: the panel warns against the record.
    blocked = next(i.id for i in model.items() if (c := model.consensus(i.id)) and c.objecting)
    positions.grid.go_to(blocked, "TUR")
    panel = positions.item_panel
    box = panel.outcome_box
    qtbot.waitUntil(lambda: box.item_id == blocked)
    box.outcome_combo.setCurrentIndex(box.outcome_combo.findData(Outcome.AGREED.value))
    qtbot.waitUntil(box.choice_warnings.isVisible)
    qtbot.wait(50)  # the layouts
    problems = _header_problems(window)
    problems += _text_problems(positions) + _overlaps(positions)

    # The tour de table on an item partly heard: ten members have spoken.
    def heard(item_id: int) -> int:
        return sum(model.position(item_id, d.code) is not Position.NOT_STATED
                   for d in model.delegations())  # fmt: skip

    ten = next(i.id for i in model.items() if heard(i.id) == 10)
    positions.grid.go_to(ten)
    page.show_tab(TOUR)
    qtbot.waitUntil(lambda: page.tour.board.spoken.count() == 10)
    qtbot.wait(50)
    problems += _text_problems(page.tour) + _overlaps(page.tour)
    problems += _list_problems(window, roomy=case[0] != "default")
    page.show_tab(POSITIONS)
    window.tasks.wait()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", list(WINDOWS.values())[1:], ids=list(WINDOWS)[1:])
def test_a_short_agenda_spreads_over_the_grid(
    qtbot, demo_path: Path, settings, size: tuple[int, int]
) -> None:
    window = _open(qtbot, demo_path, settings, size)
    grid = window.session_page.positions.grid
    header = grid.horizontalHeader()
    widths = [header.sectionSize(s) for s in range(header.count())]
    room = grid.viewport().width()
    assert room - sum(widths) < STEP or all(w > WIDEST - STEP for w in widths), (room, widths)
    window.tasks.wait()


def test_a_long_agenda_keeps_its_columns_and_scrolls(qtbot, demo_path: Path, settings) -> None:
    with Workspace.open(demo_path) as ws:
        (session,) = ws.sessions.list_sessions()
        for number in range(32):
            ws.agenda.add_item(session.id, f"Item of a long agenda, number {number + 9}")
    window = _open(qtbot, demo_path, settings, WINDOWS["1366x768"])
    grid = window.session_page.positions.grid
    header = grid.horizontalHeader()
    assert header.count() == 40
    widths = {header.sectionSize(s) for s in range(header.count())}
    assert max(widths) <= WIDEST
    assert len(widths) <= 6  # the cells' pictures are drawn once per look and width
    assert grid.horizontalScrollBar().isVisible()
    assert not _header_problems(window)
    window.tasks.wait()


@pytest.mark.parametrize("choice", ["en", "fr"])
def test_the_export_question_has_room_for_its_title(
    qtbot, language, demo_path: Path, settings, choice: str
) -> None:
    """The window manager shows "title — Tour de Table" in the bar and cuts what does not
    fit in the middle ("Export… Table")."""
    language(choice)
    window = _open(qtbot, demo_path, settings, DEFAULT_SIZE)
    window.show_sessions()
    seen: list[tuple[int, str, QFont]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            timer.stop()
            seen.append((dialog.width(), dialog.windowTitle(), dialog.font()))
            dialog.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    window.file_actions.export_minutes()
    timer.stop()
    ((width, title, font),) = seen
    font.setBold(True)
    bar = f"{title} — {QGuiApplication.applicationDisplayName()}"
    metrics = QFontMetrics(font)
    buttons = 4 * metrics.height()  # an icon and three buttons, at the least
    assert width >= metrics.horizontalAdvance(bar) + buttons, (width, bar)
    window.tasks.wait()
