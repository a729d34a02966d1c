"""The whole live session from the keyboard alone: key events sent to whatever has the focus,
as a keyboard would, never a click or a call to the action itself. Open the demo session from
the list, move through items and delegations, log positions, write a statement, launch a
silence procedure, record a break, declare an outcome and export the minutes; each step is
read back through the services. And the current cell shows where the focus is."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget

from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.silence import LetterStatus
from desktop.services import Workspace
from desktop.ui import marks
from desktop.ui.main_window import MainWindow
from desktop.ui.session.page import POSITIONS, SILENCE
from desktop.ui.session.silence_dialogs import LaunchDialog
from desktop.ui.session.silence_letters import LetterDialog
from desktop.ui.settings import AppSettings

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Keys to the widget with the focus, as the platform would send them."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window

    def focus(self) -> QWidget:
        if QApplication.activeWindow() is None:
            # A window manager gives the window back the keyboard when a dialog closes; the
            # offscreen platform has none, so the test does what it would.
            self.window.activateWindow()
            self.qtbot.waitUntil(self.window.isActiveWindow)
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(
        self, key: Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.focus(), key, modifiers)

    def type(self, text: str) -> None:
        """ASCII only: the test harness aborts on other characters."""
        assert text.isascii()
        for character in text:
            QTest.keyClicks(self.focus(), character)

    def idle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.window.tasks.busy())

    def until(self, condition: Callable[[], object]) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()))


@pytest.fixture
def window(
    qtbot, demo_path: Path, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setenv("TDT_NO_OPEN", "1")  # the exported minutes are not opened
    native = QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    window.resize(1360, 820)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.tasks.wait()
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, native)


def _when_shown(kind: type[QWidget], answer: Callable[[QWidget], None]) -> QTimer:
    """Answer the next modal ``kind`` (a nested event loop runs it) once it has the focus."""
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isAncestorOf(QApplication.focusWidget()):
            timer.stop()
            answer(modal)

    timer.timeout.connect(look)
    timer.start()
    return timer


# Typing a path in Qt's file dialog pops up its completer, which grabs the keyboard: the
# offscreen platform cannot, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_live_session_from_the_keyboard_alone(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    keys = Keyboard(qtbot, window)
    ws = window.workspace
    page = window.session_page
    grid, model = page.positions.grid, page.positions.model

    # Open the demo session from the list: the list has the focus, Enter opens.
    assert keys.focus() is window.sessions.table
    keys.press(Key.Key_Home)
    with qtbot.waitSignal(page.positions.loaded):
        keys.press(Key.Key_Return)
    keys.idle()
    assert window.pages.currentWidget() is page
    assert keys.focus() is grid
    session_id = window.controller.session_id
    assert session_id is not None

    # Move through items and delegations: arrows across and down, "/" to a delegation.
    items = ws.sessions.get(session_id).items
    target = next(
        i
        for i in items
        if all(v.item_id != i.id or not v.is_open for v in ws.silence.for_session(session_id))
        and i.kind.seeks_consensus
    )
    keys.press(Key.Key_Home, CTRL)  # the first cell
    for _ in range(model.column_of(target.id) or 0):
        keys.press(Key.Key_Right)
    assert grid.current_item_id() == target.id
    keys.press(Key.Key_Slash)
    assert keys.focus() is page.positions.goto_bar.edit
    keys.type("POL")
    keys.press(Key.Key_Return)
    assert keys.focus() is grid
    assert model.delegation(grid.currentIndex().row()).code == "POL"

    # Log positions with letters: the cursor moves down to the next delegation present.
    first = model.delegation(grid.currentIndex().row()).code
    keys.press(Key.Key_O)
    second = model.delegation(grid.currentIndex().row()).code
    assert second != first
    keys.press(Key.Key_R)
    keys.idle()
    assert ws.positions.current(target.id, first).position is Position.OBJECTION
    assert ws.positions.current(target.id, second).position is Position.RESERVATION

    # Write a statement: Up twice, back to the objection, Enter, type, Enter.
    keys.press(Key.Key_Up)
    keys.press(Key.Key_Up)
    assert model.delegation(grid.currentIndex().row()).code == first
    keys.press(Key.Key_Return)
    keys.type("Cannot join consensus on paragraph 4.")
    keys.press(Key.Key_Return)
    keys.until(lambda: (e := ws.positions.current(target.id, first)) and e.text)
    entry = ws.positions.current(target.id, first)
    assert entry is not None and entry.position is Position.OBJECTION
    assert entry.text == "Cannot join consensus on paragraph 4."
    assert keys.focus() is grid

    # Declare an outcome: Tab into the item panel's form, pick with letters, Ctrl+Return.
    box = page.positions.item_panel.outcome_box
    keys.until(lambda: box.item_id == target.id)
    keys.press(Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert keys.focus() is box.outcome_combo
    keys.type("Def")  # "Deferred"
    assert box.chosen() is Outcome.DEFERRED
    keys.press(Key.Key_Tab)
    assert keys.focus() is box.decision_edit
    keys.press(Key.Key_A, CTRL)  # replace the text of the declaration standing now
    keys.type("Back to the Committee next week.")
    keys.press(Key.Key_Return, CTRL)
    keys.idle()
    declared = ws.outcomes.state(target.id).outcome
    assert declared is not None and declared.outcome is Outcome.DEFERRED
    assert declared.decision_text == "Back to the Committee next week."

    # Launch a silence procedure on the item: Ctrl+5, Insert, a reference, Enter.
    keys.press(Key.Key_5, CTRL)
    assert page.tabs.currentIndex() == SILENCE
    keys.idle()
    keys.press(Key.Key_Insert)
    launch = page.silence.steps.dialog
    assert isinstance(launch, LaunchDialog)
    keys.until(lambda: launch.isAncestorOf(QApplication.focusWidget()))
    assert launch.item_combo.currentData() == target.id
    keys.press(Key.Key_Tab)
    assert keys.focus() is launch.reference_edit
    keys.type("PO(2026)0777")
    keys.press(Key.Key_Return)
    keys.idle()
    (procedure,) = [v for v in ws.silence.procedures(target.id) if v.is_open]
    assert procedure.text_reference == "PO(2026)0777"

    # Record a break: Ctrl+L, Tab to the delegation, its code, Enter. (The time of receipt
    # is entered to the second: a letter in the very second of the launch would be dated
    # before it.)
    keys.until(lambda: page.silence.selected_procedure() is not None)
    qtbot.wait(1100)
    keys.press(Key.Key_L, CTRL)
    letter = page.silence.steps.dialog
    assert isinstance(letter, LetterDialog)
    keys.until(lambda: letter.isAncestorOf(QApplication.focusWidget()))
    assert letter.procedure_combo.currentData() == procedure.id
    keys.press(Key.Key_Tab)
    assert keys.focus() is letter.delegation_combo
    keys.type("HUN")
    assert letter.delegation_combo.currentData() == "HUN"
    keys.press(Key.Key_Return)
    keys.until(lambda: ws.silence.get(procedure.id).letters)
    (broken,) = [v for v in ws.silence.procedures(target.id) if v.id == procedure.id]
    assert [(x.delegation, x.status) for x in broken.letters] == [("HUN", LetterStatus.BREAKS)]

    # Export the minutes: Ctrl+E, English (Enter), a file name typed in Qt's own dialog.
    out = tmp_path / "minutes.pdf"
    keys.press(Key.Key_1, CTRL)
    language = _when_shown(QInputDialog, lambda _d: keys.press(Key.Key_Return))

    def name_the_file(dialog: QWidget) -> None:
        keys.type(str(out))
        keys.press(Key.Key_Return)

    chooser = _when_shown(QFileDialog, name_the_file)
    keys.press(Key.Key_E, CTRL)
    keys.until(lambda: not window.file_actions.busy() and out.exists())
    language.stop()
    chooser.stop()
    assert out.read_bytes().startswith(b"%PDF")

    # And back to the list, where the session is still selected.
    keys.press(Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.sessions
    assert window.sessions.selected_session() == session_id


def test_the_current_cell_shows_the_focus(qtbot, window: MainWindow) -> None:
    page = window.session_page
    with qtbot.waitSignal(page.positions.loaded):
        window.open_session(window.sessions.model.session(0).id)
    grid = page.positions.grid
    page.show_tab(POSITIONS)
    qtbot.waitUntil(grid.hasFocus)
    index = grid.model().index(1, 1)
    grid.setCurrentIndex(index)
    rect = grid.visualRect(index)
    other = grid.visualRect(grid.model().index(3, 1))
    image = grid.viewport().grab().toImage()
    outer, inner = marks.focus_colours(grid.palette())

    def colour(point: QPoint) -> QColor:
        return QColor(image.pixel(point * image.devicePixelRatio()))

    def frame(cell) -> list[QColor]:  # the left edge, just inside the cell
        return [colour(QPoint(cell.left() + x, cell.center().y())) for x in (1, 2, 3, 4)]

    def close(a: QColor, b: QColor) -> bool:
        return (
            max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 40
        )

    current = frame(rect)
    assert any(close(c, outer) for c in current), "no focus frame in the highlight colour"
    assert any(close(c, inner) for c in current), "no inner focus line in the text colour"
    assert not any(close(c, outer) for c in frame(other))
