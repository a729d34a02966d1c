"""Position › Agree En Bloc… in the real window: the decision items ticked are agreed by every
present member not yet stated, except those ticked as exceptions, read back through the
services; one undo takes it all back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind
from desktop.services import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.session.en_bloc import EnBlocDialog
from desktop.ui.settings import AppSettings
from tests.ui.test_accessibility import unnamed


@pytest.fixture
def session_db(tmp_path: Path) -> tuple[Path, int, list[int]]:
    path = tmp_path / "council.sqlite"
    with Workspace.open(path) as ws:
        session = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2)
        ).value
        add = ws.agenda.add_item
        items = [
            add(session.id, "Readiness Action Plan").value.id,
            add(session.id, "Black Sea security", kind=AgendaKind.INFORMATION).value.id,
            add(session.id, "Partnership with Ukraine").value.id,
            add(session.id, "Budget for 2025").value.id,
        ]
        ws.positions.log(items[0], "TUR", "objection", text="Not yet.")
        ws.positions.log(items[2], "HUN", "study_reserve")
        ws.attendance.set_attendance(session.id, "ISL", present=False)
    return path, session.id, items


@pytest.fixture
def window(qtbot, session_db, settings: AppSettings) -> Iterator[MainWindow]:
    path, session_id, _items = session_db
    window = MainWindow(Workspace.open(path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.session_page.positions.grid.setFocus()
    yield window
    window.tasks.wait()


def _settled(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy())


def _rows(widget) -> dict[object, int]:
    return {widget.item(r).data(Qt.ItemDataRole.UserRole): r for r in range(widget.count())}


def _tick(widget, data: object) -> None:
    widget.item(_rows(widget)[data]).setCheckState(Qt.CheckState.Checked)


def _position(ws: Workspace, item: int, code: str) -> Position:
    entry = ws.positions.current(item, code)
    return entry.position if entry else Position.NOT_STATED


def test_the_ticked_items_are_agreed_by_all_present_but_the_exceptions_and_undone_at_once(
    qtbot, window: MainWindow, session_db
) -> None:
    _path, session_id, (first, information, third, budget) = session_db
    ws = window.workspace
    grid = window.session_page.positions.grid
    grid.go_to(third, "BEL")
    qtbot.keyClick(
        grid, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = window.session_menus.en_bloc_dialog
    assert isinstance(dialog, EnBlocDialog)
    qtbot.waitUntil(dialog.isVisible)
    items = _rows(dialog.items_list)
    assert list(items) == [first, third, budget]  # information seeks no consensus
    assert dialog.item_ids() == [third]  # the item under the cursor
    members = _rows(dialog.members_list)
    assert "ISL" not in members and "TUR" in members and len(members) == 31
    _tick(dialog.items_list, first)
    _tick(dialog.members_list, "POL")
    _tick(dialog.members_list, "FRA")
    assert dialog.exceptions() == ["FRA", "POL"]
    dialog.accept()
    _settled(qtbot, window)

    holders = ws.sessions.get(session_id).decision_holders
    for item in (first, third):
        for code in holders:
            if code in ("FRA", "POL", "ISL"):  # the exceptions, and the absent: untouched
                assert ws.positions.current(item, code) is None, code
            elif (item, code) == (first, "TUR"):
                entry = ws.positions.current(item, code)
                assert entry is not None and entry.text == "Not yet."
                assert entry.position is Position.OBJECTION
            elif (item, code) == (third, "HUN"):
                assert _position(ws, item, code) is Position.STUDY_RESERVE
            else:
                assert _position(ws, item, code) is Position.AGREE, (item, code)
    assert ws.positions.current(budget, "USA") is None  # not ticked
    assert ws.positions.current(information, "USA") is None
    stack = window.controller.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Agree en bloc on items 1, 3"

    window.session_menus.undo_action.trigger()  # one undo takes it all back
    _settled(qtbot, window)
    for item in (first, third):
        agreed = [code for code in holders if _position(ws, item, code) is Position.AGREE]
        assert agreed == [], item
    assert _position(ws, first, "TUR") is Position.OBJECTION
    assert _position(ws, third, "HUN") is Position.STUDY_RESERVE
    window.session_menus.redo_action.trigger()
    _settled(qtbot, window)
    assert _position(ws, first, "USA") is Position.AGREE
    assert _position(ws, third, "USA") is Position.AGREE
    assert ws.positions.current(third, "FRA") is None


def test_nothing_is_recorded_until_an_item_is_ticked(qtbot, window: MainWindow, session_db) -> None:
    _path, _session_id, (_first, information, _third, _budget) = session_db
    window.session_page.positions.grid.go_to(information, "BEL")
    window.session_menus.en_bloc_action.trigger()
    dialog = window.session_menus.en_bloc_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.item_ids() == [] and not dialog.ok_button.isEnabled()
    assert unnamed(dialog) == []  # a screen reader can follow every element
    dialog.reject()
    _settled(qtbot, window)
    assert window.controller.undo_stack.count() == 0
