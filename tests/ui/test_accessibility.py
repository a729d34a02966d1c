"""What a screen reader meets: the accessibility tree (QAccessible) of the main window on every
page and tab, and of the dialogs of the live session, walked element by element. Every element
a user can act on (a button, an edit, a list, a cell, a tab, a menu item…) must have a name;
the test lists every one that has none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QDialog, QWidget

from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.models.grid import DELEGATION_ROLE, ITEM_ID_ROLE
from desktop.ui.session.page import AGENDA, ATTENDANCE, POSITIONS, SILENCE
from desktop.ui.settings import AppSettings

Role = QAccessible.Role
INTERACTIVE = {
    Role.Button, Role.ButtonDropDown, Role.ButtonMenu, Role.CheckBox, Role.RadioButton,
    Role.ComboBox, Role.EditableText, Role.SpinBox, Role.Slider, Role.Dial, Role.HotkeyField,
    Role.Switch, Role.Link, Role.MenuItem, Role.PageTab, Role.PageTabList, Role.List,
    Role.ListItem, Role.Tree, Role.TreeItem, Role.Table, Role.Cell, Role.ColumnHeader,
    Role.RowHeader,
}  # fmt: skip
HEADERS = {Role.ColumnHeader, Role.RowHeader}
NAME = QAccessible.Text.Name


def _named_by_parent(element: QAccessibleInterface, parent: QAccessibleInterface | None) -> bool:
    """A combo box's own popup list is announced with the combo box's name."""
    return (
        parent is not None
        and parent.role() == Role.ComboBox
        and element.role() == Role.List
        and bool(parent.text(NAME).strip())
    )


def _walk(
    element: QAccessibleInterface | None,
    parent: QAccessibleInterface | None = None,
    path: tuple[str, ...] = (),
) -> Iterator[tuple[QAccessibleInterface, QAccessibleInterface | None, tuple[str, ...]]]:
    if element is None or not element.isValid():
        return
    here = (*path, f"{element.role().name} {element.text(NAME)[:30]!r}")
    yield element, parent, here
    for number in range(element.childCount()):
        yield from _walk(element.child(number), element, here)


def unnamed(widget: QWidget) -> list[str]:
    """The interactive elements under ``widget`` without a name, as readable paths. A header
    the view hides is left out: Qt lists it, but nobody can reach it."""
    found = []
    for element, parent, path in _walk(QAccessible.queryAccessibleInterface(widget)):
        if element.role() not in INTERACTIVE or element.text(NAME).strip():
            continue
        if element.role() in HEADERS and element.state().invisible:
            continue
        if _named_by_parent(element, parent):
            continue
        found.append(" > ".join(path[-3:]))
    return sorted(set(found))


def cell_element(view: QWidget, row: int, column: int) -> QAccessibleInterface:
    """The table's accessible child for the cell at ``row``, ``column``."""
    table = QAccessible.queryAccessibleInterface(view)
    for number in range(table.childCount()):
        child = table.child(number)
        cell = child.tableCellInterface() if child.role() == Role.Cell else None
        if cell is not None and (cell.rowIndex(), cell.columnIndex()) == (row, column):
            return child
    raise AssertionError(f"no cell at {row}, {column}")


def roles_under(widget: QWidget) -> set[Role]:
    return {e.role() for e, _p, _path in _walk(QAccessible.queryAccessibleInterface(widget))}


# ---------------------------------------------------------------------- fixtures
@pytest.fixture
def window(qtbot, demo_path: Path, settings: AppSettings) -> Iterator[MainWindow]:
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    window.resize(1360, 820)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    yield window
    window.tasks.wait()


def _idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy())


def _open_demo(qtbot, window: MainWindow) -> None:
    page = window.session_page
    with qtbot.waitSignal(page.positions.loaded):
        window.open_session(window.sessions.model.session(0).id)
    _idle(qtbot, window)
    qtbot.waitUntil(lambda: page.positions.item_panel.state is not None)


def _dialog(qtbot, window: MainWindow, kind: type[QDialog]) -> QDialog:
    found: list[QDialog] = []

    def shown() -> bool:
        found[:] = [d for d in window.findChildren(kind) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[-1]


# ---------------------------------------------------------------------- the window
def test_every_element_of_the_sessions_list_has_a_name(qtbot, window: MainWindow) -> None:
    assert unnamed(window) == []


def test_every_element_of_every_tab_of_the_live_session_has_a_name(
    qtbot, window: MainWindow
) -> None:
    _open_demo(qtbot, window)
    page = window.session_page
    for tab in range(page.tabs.count()):
        page.show_tab(tab)
        _idle(qtbot, window)
        assert unnamed(window) == [], page.tabs.tabText(tab)
    page.show_tab(POSITIONS)
    # The walk reached the grid's cells and the menus, not just the frame around them.
    reached = roles_under(window)
    assert {Role.Cell, Role.ColumnHeader, Role.RowHeader, Role.PageTab, Role.MenuItem} <= reached


def test_a_grid_cell_is_announced_with_its_delegation_item_and_position(
    qtbot, window: MainWindow
) -> None:
    _open_demo(qtbot, window)
    grid = window.session_page.positions.grid
    model = window.session_page.positions.model
    ws = window.workspace
    with_statement = next(
        (item.id, d.code)
        for item in model.items()
        for d in model.delegations()
        if (entry := model.entry(item.id, d.code)) is not None and entry.text
    )
    assert grid.go_to(*with_statement)
    index = grid.currentIndex()
    element = cell_element(grid, index.row(), index.column())
    item_id, code = int(index.data(ITEM_ID_ROLE)), str(index.data(DELEGATION_ROLE))
    stored = ws.positions.current(item_id, code)
    assert stored is not None and stored.text
    delegation = model.delegation(index.row())
    number = model.item(index.column()).number
    expected = f"{delegation.name_en}, item {number}: {stored.position.label.en}, with statement"
    assert element.text(NAME) == expected
    assert stored.text in element.text(QAccessible.Text.Description)


def test_a_cell_not_yet_stated_says_so(qtbot, window: MainWindow) -> None:
    _open_demo(qtbot, window)
    model = window.session_page.positions.model
    item, code = next(
        (item, d.code)
        for item in model.items()
        for d in model.delegations()
        if model.position(item.id, d.code) is Position.NOT_STATED
    )
    grid = window.session_page.positions.grid
    assert grid.go_to(item.id, code)
    index = grid.currentIndex()
    name = cell_element(grid, index.row(), index.column()).text(NAME)
    assert name.endswith(f"item {item.number}: not stated") or "not stated, " in name


# ---------------------------------------------------------------------- dialogs
def test_the_dialogs_of_the_live_session_name_every_element(qtbot, window: MainWindow) -> None:
    _open_demo(qtbot, window)
    page = window.session_page
    checked: list[str] = []

    def check(dialog: QDialog) -> None:
        assert dialog.isVisible()
        assert unnamed(dialog) == [], dialog.windowTitle()
        checked.append(type(dialog).__name__)
        dialog.reject()
        _idle(qtbot, window)

    window.new_session()
    check(window.new_session_dialog)

    page.show_tab(POSITIONS)
    model = page.positions.model
    silent = next(
        item.id
        for item in model.items()
        for d in model.delegations()
        if d.present
        and d.has_decision_rights
        and model.position(item.id, d.code) is Position.NOT_STATED
    )
    page.positions.grid.go_to(silent)
    page.positions.all_agree_except()
    check(page.positions.agree_dialog)

    page.show_tab(AGENDA)
    page.agenda.add_item()
    assert page.agenda.item_dialog is not None
    check(page.agenda.item_dialog)

    page.show_tab(ATTENDANCE)
    page.attendance.add_participant()
    check(page.attendance.participant_dialog)

    page.show_tab(SILENCE)
    _idle(qtbot, window)
    panel = page.silence
    panel.launch_action.trigger()
    assert panel.steps.dialog is not None
    check(panel.steps.dialog)
    panel.letter_action.trigger()
    assert panel.steps.dialog is not None
    check(panel.steps.dialog)
    running = next((v for v in panel.model.procedures() if v.is_open), None)
    if running is not None:
        panel.select(running.id)
        for action in (panel.extend_action, panel.withdraw_action, panel.relaunch_action):
            action.trigger()
            assert panel.steps.dialog is not None
            check(panel.steps.dialog)

    window.session_menus.show_audit()
    assert window.session_menus.audit_dialog is not None
    _idle(qtbot, window)
    check(window.session_menus.audit_dialog)

    window.show_archive()
    assert window.archive is not None
    check(window.archive)

    window.show_restore()
    check(window.restore_dialog)

    window.show_shortcuts()
    check(window.shortcuts_dialog)

    assert len(checked) >= 10, checked
