"""A hostile operator, as a real one is within a week: menus opened with the mouse and closed
with Escape, text typed with no field open. After each, the record read back through the
services is exactly what the operator meant."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings


@pytest.fixture
def meeting(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "council.sqlite"
    with Workspace.open(path) as ws:
        session = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=date(2026, 12, 3),
            reference="C-R(2026)0050",
        ).value  # fmt: skip
        item = ws.agenda.add_item(session.id, "Readiness Action Plan").value.id
        ws.agenda.add_item(session.id, "Budget ceilings for 2027")
        ws.positions.log(item, "HUN", "objection", text="Hungary cannot join consensus.")
        ws.attendance.set_attendance(session.id, "ISL", present=False)
    return path, session.id, item


@pytest.fixture
def window(qtbot, meeting, settings: AppSettings) -> Iterator[MainWindow]:
    path, session_id, _item = meeting
    window = MainWindow(Workspace.open(path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session_id)
    window.activateWindow()
    window.session_page.positions.grid.setFocus()
    yield window
    window.tasks.wait()


def _settled(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy())


def _said(window: MainWindow, item: int) -> dict[str, Position]:
    grid = window.workspace.positions.grid(window.session_page.positions.model.session_id)
    return {
        code: e.position
        for (i, code), e in grid.positions.items()
        if i == item and e.position is not Position.NOT_STATED
    }


@pytest.mark.qt_log_ignore("does not support (raise|grabbing the keyboard)")  # offscreen menus
def test_a_menu_closed_with_escape_gives_the_keyboard_back_to_the_grid(
    qtbot, window: MainWindow, meeting
) -> None:
    _path, _sid, item = meeting
    grid = window.session_page.positions.grid
    assert grid.go_to(item, "ITA")
    bar = window.menuBar()
    for title in ("&Edit", "&Position", "&Session"):
        action = next(a for a in bar.actions() if a.text() == title)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(action).center())
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        qtbot.wait(50)  # the menu bar would keep the keyboard from here on
        qtbot.waitUntil(lambda: QApplication.focusWidget() is grid)
        assert "Keys log positions" in window.session_page.positions.keyboard_label.text()
    qtbot.keyClick(QApplication.focusWidget(), "u")  # Edit › Undo's mnemonic: nothing
    qtbot.wait(200)
    qtbot.keyClick(QApplication.focusWidget(), "a")
    _settled(qtbot, window)
    assert _said(window, item) == {"HUN": Position.OBJECTION, "ITA": Position.AGREE}
    assert window.workspace.positions.current(item, "HUN").text == (
        "Hungary cannot join consensus."
    )


def test_text_typed_into_the_grid_is_taken_back_and_offered_as_an_intervention(
    qtbot, window: MainWindow, meeting
) -> None:
    _path, _sid, item = meeting
    positions = window.session_page.positions
    grid = positions.grid
    assert grid.go_to(item, "ALB")
    typed = "Albania is "
    for char in typed:  # far faster than anyone calls out positions, where the keys go
        qtbot.keyClick(QApplication.focusWidget(), char)
    dialog = positions.intervention_dialog
    qtbot.waitUntil(dialog.isVisible)
    _settled(qtbot, window)
    assert dialog.text() == typed.strip()  # the burst, offered as text
    assert _said(window, item) == {"HUN": Position.OBJECTION}  # "A" took back: nothing stands
    minutes = window.workspace.minutes.assemble(positions.model.session_id)
    assert [r.delegation for r in minutes.items[0].positions] == ["HUN"]  # never printed
    for char in "concerned.":  # the operator goes on typing: it lands in the text
        qtbot.keyClick(dialog.editor, char)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    _settled(qtbot, window)
    said = window.workspace.speakers.state(item).said
    assert [(s.delegation, s.text) for s in said] == [("ALB", "Albania is concerned.")]
    assert "taken back" in window.session_page.messages.text.text()


def test_letters_that_are_no_position_key_do_not_move_the_cursor(
    qtbot, window: MainWindow, meeting
) -> None:
    _path, _sid, item = meeting
    grid = window.session_page.positions.grid
    assert grid.go_to(item, "BEL")
    qtbot.keyClick(grid, "t")  # Qt would jump to the first row starting with T
    qtbot.wait(300)
    assert grid.grid_model().delegation(grid.currentIndex().row()).code == "BEL"
    assert _said(window, item) == {"HUN": Position.OBJECTION}


def test_twenty_undos_fifty_milliseconds_apart_during_slow_writes_all_land(
    qtbot, window: MainWindow, meeting, monkeypatch: pytest.MonkeyPatch
) -> None:
    _path, _sid, item = meeting
    ws = window.workspace
    for name in ("log", "restore", "correct"):  # a disk slower than the keys
        real = getattr(ws.positions, name)
        monkeypatch.setattr(
            ws.positions, name, lambda *a, _r=real, **k: (time.sleep(0.06), _r(*a, **k))[1]
        )
    grid = window.session_page.positions.grid
    model = grid.grid_model()
    assert grid.go_to(item, "ALB")
    start = grid.currentIndex().row()
    codes = []
    for _ in range(20):
        codes.append(model.delegation(grid.currentIndex().row()).code)
        qtbot.keyClick(grid, "a")
        qtbot.wait(200)  # one delegation after another, as called out
    undo = window.session_menus.undo_action
    seen_rows = []
    for _ in range(20):
        ctrl = Qt.KeyboardModifier.ControlModifier
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, ctrl)
        seen_rows.append(grid.currentIndex().row())
        qtbot.wait(50)
    _settled(qtbot, window)
    assert _said(window, item) == {"HUN": Position.OBJECTION}  # every one undone, in order
    assert not undo.isEnabled()
    # The cursor went to each cell as it was undone: last to first.
    expected = [model.row_of(code) for code in reversed(codes)]
    assert seen_rows == expected and grid.currentIndex().row() == start
    minutes = ws.minutes.assemble(model.session_id)
    assert [r.delegation for r in minutes.items[0].positions] == ["HUN"]  # nothing printed


def test_a_key_on_an_absent_row_asks_once_whether_it_came_in_writing(
    qtbot, window: MainWindow, meeting
) -> None:
    _path, sid, item = meeting
    positions = window.session_page.positions
    grid = positions.grid
    assert grid.go_to(item, "ISL")
    qtbot.keyClick(grid, "a")
    box = positions.in_writing_box
    qtbot.waitUntil(box.isVisible)
    assert "Iceland is marked absent" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel, the default: nothing recorded
    _settled(qtbot, window)
    assert "ISL" not in _said(window, item)
    assert grid.go_to(item, "ISL")
    qtbot.keyClick(grid, "a")
    box = positions.in_writing_box
    qtbot.waitUntil(box.isVisible)
    written = next(b for b in box.buttons() if "Writing" in b.text())
    qtbot.mouseClick(written, Qt.MouseButton.LeftButton)
    _settled(qtbot, window)
    entry = window.workspace.positions.current(item, "ISL")
    assert entry is not None and entry.position is Position.AGREE and entry.in_writing
    other = next(i.id for i in window.workspace.sessions.get(sid).items if i.id != item)
    assert grid.go_to(other, "ISL")
    qtbot.keyClick(grid, "d")  # asked once: its letter is in hand
    _settled(qtbot, window)
    assert window.workspace.positions.current(other, "ISL").in_writing
    # The advance skips the absent row: from the row above it, the cursor lands below it.
    above = grid.grid_model().row_of("ISL") - 1
    grid.setCurrentIndex(grid.grid_model().index(above, grid.currentIndex().column()))
    qtbot.keyClick(grid, "a")
    assert grid.grid_model().delegation(grid.currentIndex().row()).code != "ISL"
