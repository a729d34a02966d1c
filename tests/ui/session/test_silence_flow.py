"""The whole silence flow through the widgets, as an operator goes through it: launch a
procedure with a deadline moments away, record a break, see it flagged in red on the grid and
in the panel, withdraw the break, let the deadline pass and watch the procedure adopt by
itself. Every step is read back through the services."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.domain.outcomes import Outcome
from desktop.domain.silence import LetterStatus, SilenceState
from desktop.domain.timezones import BRUSSELS
from desktop.services import Workspace
from desktop.services.dto import SettledNotice
from desktop.ui import marks
from desktop.ui.models.grid import BREAK_ROLE
from desktop.ui.models.silence import STATE, WHAT
from desktop.ui.session.controller import SessionController
from desktop.ui.session.page import SessionPage
from desktop.ui.session.positions_view import PositionsView
from desktop.ui.session.silence_dialogs import LaunchDialog, SilenceForm
from desktop.ui.session.silence_letters import LetterDialog, WithdrawBreakDialog
from desktop.ui.session.silence_panel import SilencePanel
from desktop.ui.settings import AppSettings
from desktop.ui.silence_watch import SilenceWatch
from desktop.ui.tasks import TaskRunner


class Clock:
    """The workspace's and the watch's clock, which the test moves."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@dataclass
class Desk:
    qtbot: Any
    clock: Clock
    ws: Workspace
    tasks: TaskRunner
    controller: SessionController
    page: SessionPage
    positions: PositionsView
    panel: SilencePanel
    watch: SilenceWatch
    window: QWidget

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.tasks.busy())

    def accept(self) -> None:
        dialog = self.panel.steps.dialog
        assert isinstance(dialog, SilenceForm) and dialog.ok_button.isEnabled()
        self.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        self.settle()


@pytest.fixture
def desk(qtbot, tmp_path: Path, settings: AppSettings) -> Iterator[Desk]:
    # A deadline on the next whole minute but one, ten seconds after the clock starts.
    start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=2)
    clock = Clock(start - timedelta(seconds=10))
    ws = Workspace.open(tmp_path / "flow.sqlite", clock=clock)
    session = ws.sessions.create(
        body_kind="NAC",
        level="permanent_representatives",
        session_date=start.astimezone(ZoneInfo(BRUSSELS)).date(),
        reference="C-R(2026)0099",
    ).value.id
    ws.agenda.add_item(session, "Statement on the summit")
    tasks = TaskRunner()
    controller = SessionController(tasks)
    controller.set_workspace(ws)
    page = SessionPage(controller)
    panel = page.silence  # the page's own Silence tab
    window: QWidget = page
    qtbot.addWidget(window)
    watch = SilenceWatch(tasks, settings, now=clock)
    controller.changed.connect(watch.notice_changes)
    watch.changed.connect(controller.announce)
    window.resize(1600, 700)
    window.show()
    watch.set_workspace(ws)
    controller.set_session(session)
    desk = Desk(qtbot, clock, ws, tasks, controller, page, page.positions, panel, watch, window)
    desk.settle()
    yield desk
    watch.set_workspace(None)
    tasks.wait()
    ws.close()


def test_launch_break_withdraw_and_adoption_by_itself(desk: Desk) -> None:
    ws, panel, watch = desk.ws, desk.panel, desk.watch
    [item] = [i.id for i in ws.sessions.get(desk.controller.session_id or 0).items]
    deadline = desk.clock.moment + timedelta(seconds=10)

    # Launch through the dialog, the deadline as Brussels shows it.
    panel.set_item(item)
    panel.launch_action.trigger()
    dialog = panel.steps.dialog
    assert isinstance(dialog, LaunchDialog)
    dialog.reference_edit.setText("PO(2026)0500")
    dialog.title_edit.setText("Draft summit statement")
    dialog.deadline.set_instant(deadline)
    desk.accept()
    [procedure] = ws.silence.procedures(item)
    assert procedure.deadline == deadline and procedure.state is SilenceState.UNDER_SILENCE
    assert panel.model.index(0, STATE).data() == "Under silence"
    assert watch.next_deadline() == deadline
    assert watch.deadline_timer.isActive() and watch.deadline_timer.interval() == 10_000

    # France breaks silence by letter; the grid and the panel flag it in red.
    panel.select(procedure.id)
    panel.letter_action.trigger()
    letter_dialog = panel.steps.dialog
    assert isinstance(letter_dialog, LetterDialog)
    letter_dialog.delegation_combo.setCurrentIndex(letter_dialog.delegation_combo.findData("FRA"))
    letter_dialog.received.set_instant(desk.clock.moment + timedelta(seconds=2))
    letter_dialog.reference_edit.setText("FRA/DEL/2026/0001")
    letter_dialog.text_edit.setPlainText("France cannot accept paragraph 2.")
    desk.accept()
    view = ws.silence.get(procedure.id)
    assert view.state is SilenceState.BROKEN and view.breaking == ("FRA",)
    grid = desk.positions.model
    desk.qtbot.waitUntil(lambda: grid.index_of(item, "FRA").data(BREAK_ROLE) is True)
    assert grid.index_of(item, "DEU").data(BREAK_ROLE) is False
    assert panel.model.index(0, STATE).data() == "Silence broken"
    letter_row = panel.model.letter_index(procedure.id, view.letters[0].seq)
    assert letter_row.data() == "Breaks silence"
    fra = letter_row.siblingAtColumn(WHAT)
    assert fra.data() == "FRA — France"
    assert QColor(fra.data(Qt.ItemDataRole.ForegroundRole)) == marks.break_colour()

    # France withdraws its break before the deadline.
    panel.select(procedure.id, view.letters[0].seq)
    panel.withdraw_break_action.trigger()
    withdrawal = panel.steps.dialog
    assert isinstance(withdrawal, WithdrawBreakDialog)
    withdrawal.received.set_instant(desk.clock.moment + timedelta(seconds=5))
    withdrawal.reference_edit.setText("FRA/DEL/2026/0002")
    desk.accept()
    view = ws.silence.get(procedure.id)
    assert view.state is SilenceState.UNDER_SILENCE
    assert view.letters[0].status is LetterStatus.BREAK_WITHDRAWN
    desk.qtbot.waitUntil(lambda: grid.index_of(item, "FRA").data(BREAK_ROLE) is False)
    assert panel.model.index(0, STATE).data() == "Under silence"

    # The deadline passes; the watch's timer goes off and the procedure adopts by itself.
    settled: list[list[SettledNotice]] = []
    watch.settled.connect(settled.append)
    desk.clock.moment = deadline + timedelta(seconds=1)
    assert watch.deadline_timer.isActive()
    watch.deadline_timer.start(20)  # a short real wait instead of the ten seconds armed
    desk.qtbot.waitUntil(lambda: bool(settled))
    desk.settle()
    [[notice]] = settled
    assert notice.procedure_id == procedure.id and notice.state is SilenceState.ADOPTED
    desk.qtbot.waitUntil(lambda: panel.model.index(0, STATE).data() == "Adopted under silence")
    assert ws.silence.get(procedure.id).settled
    outcome = ws.outcomes.state(item).outcome
    assert outcome is not None and outcome.outcome is Outcome.AGREED_UNDER_SILENCE
    assert not watch.deadline_timer.isActive()
    assert not panel.timer.isActive()  # nothing runs: the countdown stops
    assert "adopted under silence" in watch.describe_settled([notice])
