"""The meeting's clock in the real window: Session › Open the Meeting and Close the Meeting
stamp the workspace's clock (read back through the services), undoably; a hint says how while
a meeting held today is not opened; the form offers the time now, never an invented one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.session.form_fields import naive, qt_wall_clock
from desktop.ui.settings import AppSettings
from tests.unit.services.conftest import FakeClock

SESSION_DAY = date(2024, 5, 2)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 5, 2, 8, 0, tzinfo=UTC))  # 10:00 in Brussels


@pytest.fixture
def session_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "council.sqlite"
    with Workspace.open(path) as ws:
        session = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=SESSION_DAY,
            reference="C-R(2024)0020",
        ).value  # fmt: skip
        ws.agenda.add_item(session.id, "Readiness Action Plan")
    return path, session.id


@pytest.fixture
def window(qtbot, session_db, settings: AppSettings, clock: FakeClock) -> Iterator[MainWindow]:
    path, session_id = session_db
    workspace = Workspace.open(path, clock=clock)
    window = MainWindow(workspace, settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.session_page.positions.grid.setFocus()
    _settled(qtbot, window)
    yield window
    window.tasks.wait()


def _settled(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy())


def _stored(window: MainWindow, session_id: int) -> tuple[datetime | None, datetime | None]:
    detail = window.workspace.sessions.get(session_id)
    return detail.opened_at, detail.closed_at


def test_open_and_close_the_meeting_stamp_the_clock_and_undo_takes_them_back(
    qtbot, window: MainWindow, session_db, clock: FakeClock
) -> None:
    _path, session_id = session_db
    page, menus = window.session_page, window.session_menus
    hint = page.opening_hint
    qtbot.waitUntil(hint.isVisible)
    assert hint.text() == "Not opened yet — Session › Open the Meeting (Ctrl+Shift+O)"
    assert window.session_menus.open_meeting_action.shortcut().toString() == "Ctrl+Shift+O"

    clock.advance(minutes=3, seconds=20)
    grid = page.positions.grid
    qtbot.keyClick(
        grid, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    _settled(qtbot, window)
    opened = datetime(2024, 5, 2, 8, 3, tzinfo=UTC)
    assert _stored(window, session_id) == (opened, None)
    qtbot.waitUntil(lambda: not hint.isVisible())
    assert page.messages.text.text() == "Meeting opened at 10:03."
    assert "meeting open" in page.subtitle.text()

    clock.advance(minutes=5)
    menus.open_meeting_action.trigger()  # twice: refused, with the time it was opened
    _settled(qtbot, window)
    assert page.messages.text.text().startswith("The meeting was already opened at 10:03;")
    stack = window.controller.undo_stack
    qtbot.waitUntil(lambda: stack.count() == 1)  # the refused one left the stack
    assert stack.text(0) == "Open the meeting"

    clock.advance(hours=2)
    menus.close_meeting_action.trigger()
    _settled(qtbot, window)
    closed = datetime(2024, 5, 2, 10, 8, tzinfo=UTC)
    assert _stored(window, session_id) == (opened, closed)
    assert page.messages.text.text() == "Meeting closed at 12:08."
    form = page.form
    qtbot.waitUntil(form.closed_check.isChecked)  # editable afterwards in the form
    assert naive(form.opened_edit.dateTime()) == datetime(2024, 5, 2, 10, 3)

    menus.undo_action.trigger()
    _settled(qtbot, window)
    assert _stored(window, session_id) == (opened, None)
    menus.undo_action.trigger()
    _settled(qtbot, window)
    assert _stored(window, session_id) == (None, None)
    qtbot.waitUntil(hint.isVisible)
    assert not form.opened_check.isChecked()

    clock.advance(minutes=30)
    menus.redo_action.trigger()  # the same time again, not the clock's new one
    _settled(qtbot, window)
    assert _stored(window, session_id) == (opened, None)
    qtbot.waitUntil(lambda: not hint.isVisible())


def test_closing_a_meeting_not_opened_is_refused_with_a_sentence(
    qtbot, window: MainWindow, session_db
) -> None:
    _path, session_id = session_db
    page = window.session_page
    window.session_menus.close_meeting_action.trigger()
    _settled(qtbot, window)
    qtbot.waitUntil(page.messages.isVisible)
    assert page.messages.text.text().startswith(
        "The meeting has not been opened, so it cannot be closed;"
    )
    assert _stored(window, session_id) == (None, None)
    qtbot.waitUntil(lambda: not window.session_menus.undo_action.isEnabled())


def test_no_hint_and_no_stamp_for_a_session_held_another_day(
    qtbot, window: MainWindow, session_db, clock: FakeClock
) -> None:
    _path, session_id = session_db
    page = window.session_page
    clock.advance(days=6)
    window.session_menus.open_meeting_action.trigger()
    _settled(qtbot, window)
    assert "not today" in page.messages.text.text()
    assert _stored(window, session_id) == (None, None)
    window.session_page._read_detail()  # the header read again: the hint follows the clock
    _settled(qtbot, window)
    assert not page.opening_hint.isVisible()


# ---------------------------------------------------------------------- the form's default
def test_ticking_a_time_today_records_the_time_now(
    qtbot, window: MainWindow, session_db, clock: FakeClock
) -> None:
    _path, session_id = session_db
    page = window.session_page
    page.show_tab(1)
    form = page.form
    assert form.opened_edit.text() == "not recorded"  # never an invented 10:00
    clock.advance(minutes=17, seconds=50)
    form.opened_check.setFocus()
    qtbot.keyClick(form.opened_check, Qt.Key.Key_Space)
    _settled(qtbot, window)
    assert _stored(window, session_id) == (datetime(2024, 5, 2, 8, 17, tzinfo=UTC), None)
    assert naive(form.opened_edit.dateTime()) == datetime(2024, 5, 2, 10, 17)
    window.session_menus.undo_action.trigger()
    _settled(qtbot, window)
    assert _stored(window, session_id) == (None, None)
    qtbot.waitUntil(lambda: form.opened_edit.text() == "not recorded")


def test_ticking_a_time_another_day_waits_for_the_time_typed(
    qtbot, window: MainWindow, session_db, clock: FakeClock
) -> None:
    _path, session_id = session_db
    page = window.session_page
    page.show_tab(1)
    form = page.form
    clock.advance(days=6)
    form.opened_check.setFocus()
    qtbot.keyClick(form.opened_check, Qt.Key.Key_Space)
    _settled(qtbot, window)
    assert _stored(window, session_id) == (None, None)  # nothing invented
    assert form.opened_edit.hasFocus() and form.opened_edit.isEnabled()
    form.place_edit.setFocus()  # left without a time: nothing recorded, and it says so
    _settled(qtbot, window)
    assert _stored(window, session_id) == (None, None)
    assert not form.opened_check.isChecked()
    assert form.opened_edit.text() == "not recorded"

    form.opened_check.setFocus()
    qtbot.keyClick(form.opened_check, Qt.Key.Key_Space)
    form.opened_edit.setDateTime(qt_wall_clock(datetime(2024, 5, 2, 15, 30)))
    form.place_edit.setFocus()
    _settled(qtbot, window)
    assert _stored(window, session_id) == (datetime(2024, 5, 2, 13, 30, tzinfo=UTC), None)
    assert form.opened_check.isChecked()
