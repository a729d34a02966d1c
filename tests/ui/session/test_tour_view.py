"""The tour de table, run by keyboard on the demo: every position read back through the
services, the turn going round, the speaking clock and its limit, the speakers' list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind
from desktop.services import Workspace
from desktop.ui import marks
from desktop.ui.session.controller import SessionController
from desktop.ui.session.page import TOUR, SessionPage
from desktop.ui.session.tour_board import CODE_ROLE
from desktop.ui.session.tour_view import TourView
from desktop.ui.settings import AppSettings

KEYS = "ADSIYRFO"


@pytest.fixture
def item(demo_workspace: Workspace, session_id: int) -> int:
    """A new decision item nobody has spoken on; Iceland, absent in the demo, is back, so
    that the tour goes round all 32 Allies."""
    demo_workspace.attendance.set_attendance(session_id, "ISL", present=True)
    return demo_workspace.agenda.add_item(
        session_id, "Enlargement: accession protocol", kind=AgendaKind.DECISION
    ).value.id


@pytest.fixture
def page(
    qtbot, controller: SessionController, session_id: int, item: int, settings: AppSettings
) -> Iterator[SessionPage]:
    page = SessionPage(controller, settings=settings)
    qtbot.addWidget(page)
    page.resize(1600, 900)
    page.show()
    with qtbot.waitSignal(page.positions.loaded):
        controller.set_session(session_id)  # the page reads the session afresh
    assert page.positions.grid.go_to(item)
    page.show_tab(TOUR)
    yield page


@pytest.fixture
def tour(page: SessionPage, item: int) -> TourView:
    assert page.tour.item_id == item  # it follows the grid's cursor
    assert page.tour.hasFocus()
    return page.tour


def _allies(ws: Workspace) -> list[str]:
    (session,) = ws.sessions.list_sessions()
    return [d.code for d in ws.sessions.get(session.id).delegations if d.has_decision_rights]


def test_a_whole_tour_by_keyboard_over_the_32_allies(
    qtbot, tour: TourView, demo_workspace: Workspace, item: int, settle
) -> None:
    allies = _allies(demo_workspace)
    assert len(allies) == 32
    assert tour.turn == allies[0]
    assert tour.board.name.text().startswith("Albania")
    typed = [KEYS[n % len(KEYS)] for n in range(len(allies))]
    qtbot.keyClick(tour, typed[0])
    assert tour.turn == allies[1]  # the turn moves on at once, before the services answer
    for key in typed[1:]:
        qtbot.keyClick(tour, key)
    settle()
    stored = [demo_workspace.positions.current(item, code) for code in allies]
    assert [entry.position if entry else None for entry in stored] == [
        Position.for_key(k) for k in typed
    ]
    assert tour.turn is None
    assert tour.board.name.text() == "Everyone has spoken"
    assert tour.board.to_speak.count() == 0
    assert tour.board.spoken.count() == 32
    assert tour.board.spoken.item(0).text().split()[:2] == ["A", "ALB"]
    # Undo works as in the grid: the last position goes back to "not stated".
    tour._controller.undo_stack.undo()
    settle()
    assert demo_workspace.positions.current(item, allies[-1]).position is Position.NOT_STATED
    assert tour.turn == allies[-1]  # the one still to speak has the turn again
    assert "USA" in tour.board.to_speak.item(0).text()


def test_keys_log_for_the_turn_enter_writes_the_statement(
    qtbot, tour: TourView, demo_workspace: Workspace, item: int, settle
) -> None:
    qtbot.keyClick(tour, Qt.Key.Key_Down)  # the turn moves without logging anything
    assert tour.turn == "BEL"
    qtbot.keyClick(tour, "s")
    assert tour.turn == "BGR"
    qtbot.keyClick(tour, Qt.Key.Key_Up)
    assert tour.turn == "BEL"
    qtbot.keyClick(tour, Qt.Key.Key_Return)
    assert tour.statement_edit.isVisible() and tour.statement_edit.hasFocus()
    tour.statement_edit.setText("Belgium supports the protocol.")
    qtbot.keyClick(tour.statement_edit, Qt.Key.Key_Return)
    settle()
    entry = demo_workspace.positions.current(item, "BEL")
    assert (entry.position, entry.text) == (
        Position.AGREE_WITH_STATEMENT,
        "Belgium supports the protocol.",
    )
    assert tour.hasFocus() and not tour.statement_edit.isVisible()
    assert "¶" in tour.board.spoken.item(0).text()  # the statement mark, as in the grid
    assert demo_workspace.positions.current(item, "ALB") is None  # skipped, still to speak
    # Backspace takes the turn's position back and keeps the turn where it is.
    qtbot.keyClick(tour, Qt.Key.Key_Backspace)
    settle()
    assert demo_workspace.positions.current(item, "BEL").position is Position.NOT_STATED
    assert tour.turn == "BEL"


def test_space_runs_the_clock_and_a_key_passes_the_floor(
    qtbot, tour: TourView, demo_workspace: Workspace, item: int, settle
) -> None:
    clock = tour.board.clock
    assert not clock.running and not clock.timer.isActive()
    qtbot.keyClick(tour, Qt.Key.Key_Space)
    settle()
    assert demo_workspace.speakers.state(item).speaking.delegation == "ALB"
    assert clock.running and clock.timer.isActive()  # repaints once a second while running
    assert tour.bar.clock_button.text().startswith("Stop")
    qtbot.keyClick(tour, "a")  # Albania agrees: Belgium has the floor, its clock starts
    settle()
    assert demo_workspace.speakers.state(item).speaking.delegation == "BEL"
    qtbot.keyClick(tour, Qt.Key.Key_Space)
    settle()
    state = demo_workspace.speakers.state(item)
    assert state.speaking is None
    assert [(t.delegation, t.ended_at is not None) for t in state.interventions] == [
        ("ALB", True),
        ("BEL", True),
    ]
    assert not clock.running and not clock.timer.isActive() and clock.digits.text() == "00:00"
    qtbot.keyClick(tour, "a")  # with the clock stopped, it stays stopped
    settle()
    assert demo_workspace.speakers.state(item).speaking is None
    assert tour.turn == "BGR"


def test_the_limit_turns_the_clock_red_and_says_so(
    qtbot, tour: TourView, settings: AppSettings, settle
) -> None:
    tour.bar.limit_spin.setValue(2)
    assert settings.speaking_limit_minutes() == 2  # remembered for the next session
    qtbot.keyClick(tour, Qt.Key.Key_Space)
    settle()
    clock = tour.board.clock
    started = tour.state.speaking.started_at
    clock.now = lambda: started + timedelta(seconds=119)
    clock.refresh()
    assert clock.digits.text() == "01:59"
    assert not clock.over_limit() and clock.icon.isHidden()
    clock.now = lambda: started + timedelta(seconds=125)
    clock.refresh()
    assert clock.digits.text() == "02:05"
    assert clock.over_limit()
    assert clock.status.text() == "Over the limit of 2 min"  # a word, not colour alone
    assert not clock.icon.isHidden()
    red = marks.break_colour(clock.palette())
    assert clock.digits.palette().color(QPalette.ColorRole.WindowText) == red
    tour.bar.limit_spin.setValue(0)  # no limit: never over
    assert not clock.over_limit() and clock.status.text() == "Speaking"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # completer
def test_the_speakers_list_by_keyboard(
    qtbot, tour: TourView, demo_workspace: Workspace, item: int, settle
) -> None:
    panel = tour.speakers
    failures: list[str] = []
    tour._controller.failed.connect(failures.append)
    panel.code_edit.setFocus()
    for code in ("hun", "TUR", "fra"):
        qtbot.keyClicks(panel.code_edit, code)
        qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)
    settle()
    waiting = lambda: [e.delegation for e in demo_workspace.speakers.state(item).waiting]  # noqa: E731
    assert waiting() == ["HUN", "TUR", "FRA"]
    assert panel.waiting.count() == 3 and panel.code_edit.text() == ""
    qtbot.keyClicks(panel.code_edit, "XYZ")
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)
    settle()
    assert failures and waiting() == ["HUN", "TUR", "FRA"]  # refused in a sentence

    panel.waiting.setFocus()
    panel.waiting.setCurrentRow(1)
    qtbot.keyClick(panel.waiting, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert waiting() == ["TUR", "HUN", "FRA"]
    assert panel.waiting.currentItem().text().startswith("1. TUR")  # the selection follows
    qtbot.keyClick(panel.waiting, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert waiting() == ["HUN", "TUR", "FRA"]
    panel.waiting.setCurrentRow(1)
    qtbot.keyClick(panel.waiting, Qt.Key.Key_Delete)  # TUR has spoken
    settle()
    state = demo_workspace.speakers.state(item)
    assert [e.delegation for e in state.struck] == ["TUR"]
    assert waiting() == ["HUN", "FRA"]
    assert panel.struck.item(0).text().startswith("TUR")

    # The turn by the speakers' list: a key logs, strikes off, and passes the turn on.
    tour.bar.list_button.click()
    assert tour.hasFocus() and tour.turn == "HUN"
    shown = [tour.board.to_speak.item(i).data(CODE_ROLE) for i in range(2)]
    assert shown == ["HUN", "FRA"]
    assert tour.board.to_speak.item(0).text().startswith("▶")  # the turn, marked in words
    qtbot.keyClick(tour, "i")
    settle()
    assert demo_workspace.positions.current(item, "HUN").position is (
        Position.AWAITING_INSTRUCTIONS
    )
    assert waiting() == ["FRA"]
    assert tour.turn == "FRA"


def test_the_item_chooser_moves_the_grid(qtbot, page: SessionPage, tour: TourView, settle) -> None:
    first = page.positions.model.item(0).id
    tour.bar.item_combo.setCurrentIndex(0)
    tour.bar.item_combo.activated.emit(0)
    settle()
    assert tour.item_id == first
    assert page.positions.grid.current_item_id() == first
    assert tour.board.spoken.count() == 32  # everyone spoke on item 1 in the demo


def test_on_a_discussion_item_enter_records_an_intervention_and_the_turn_stays(
    qtbot, page: SessionPage, demo_workspace: Workspace, session_id: int, settle
) -> None:
    discussion = demo_workspace.agenda.add_item(
        session_id, "Security situation in the High North", kind=AgendaKind.DISCUSSION
    ).value.id
    page.positions.reload()
    qtbot.waitUntil(lambda: page.positions.model.column_of(discussion) is not None)
    assert page.positions.grid.go_to(discussion)
    page.show_tab(TOUR)
    tour = page.tour
    qtbot.waitUntil(lambda: tour.item_id == discussion)
    speaker = tour.turn
    qtbot.keyClick(tour, Qt.Key.Key_Return)
    dialog = page.positions.intervention_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.editor.setPlainText("Albania stresses the importance of the region.")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    settle()
    said = demo_workspace.speakers.state(discussion).said
    assert [(s.delegation, s.text) for s in said] == [
        (speaker, "Albania stresses the importance of the region.")
    ]
    assert demo_workspace.positions.current(discussion, speaker) is None  # no position
    qtbot.waitUntil(lambda: page.focusWidget() is tour)  # back to the board
