"""The silence watch: settles at start-up and at the deadline on one single-shot timer,
reminds before deadlines, and notices breaks recorded elsewhere. Every effect is read back
through the services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.outcomes import Outcome
from desktop.domain.silence import SilenceState
from desktop.services import ChangeSet, Workspace
from desktop.services.dto import SettledNotice
from desktop.ui.settings import AppSettings
from desktop.ui.silence_settings import SilenceSettings
from desktop.ui.silence_watch import MAX_INTERVAL_MS, RecordedBreak, SilenceWatch
from desktop.ui.tasks import TaskRunner

START = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)  # Thursday; Brussels is on UTC+2
DEADLINE = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)  # Monday noon in Brussels


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


class Desk:
    """A database with one session and two items, a worker, and a watch on them."""

    def __init__(self, qtbot, path: Path, settings: AppSettings) -> None:
        self.qtbot = qtbot
        self.clock = Clock(START)
        self.ws = Workspace.open(path, clock=self.clock)
        session = self.ws.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2)
        ).value.id
        self.item = self.ws.agenda.add_item(session, "Statement").value.id
        self.other = self.ws.agenda.add_item(session, "Tasking").value.id
        self.tasks = TaskRunner()
        self.watch = SilenceWatch(self.tasks, settings, now=self.clock)
        self.settled: list[list[SettledNotice]] = []
        self.near: list[int] = []
        self.breaks: list[RecordedBreak] = []
        self.changes: list[ChangeSet] = []
        self.watch.settled.connect(self.settled.append)
        self.watch.deadlineNear.connect(lambda view: self.near.append(view.id))
        self.watch.breakRecorded.connect(self.breaks.append)
        self.watch.changed.connect(self.changes.append)

    def launch(self, deadline: datetime = DEADLINE, item: int | None = None) -> int:
        return self.ws.silence.launch(item or self.item, deadline).value.id

    def start(self) -> None:
        self.watch.set_workspace(self.ws)
        self.settle()

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.tasks.busy())

    def fire(self, timer) -> None:
        """Let an armed timer go off now (its real wait would be hours)."""
        assert timer.isActive()
        with self.qtbot.waitSignal(timer.timeout, timeout=1000):
            timer.start(0)
        self.settle()


@pytest.fixture
def desk(qtbot, tmp_path: Path, settings: AppSettings) -> Iterator[Desk]:
    desk = Desk(qtbot, tmp_path / "watch.sqlite", settings)
    yield desk
    desk.watch.set_workspace(None)
    desk.tasks.wait()
    desk.ws.close()


def test_at_start_up_it_settles_what_fell_due_while_the_app_was_closed(desk: Desk) -> None:
    adopted = desk.launch()
    broken = desk.launch(DEADLINE + timedelta(hours=1), desk.other)
    desk.ws.silence.record_letter(broken, "FRA", START + timedelta(hours=1))
    desk.clock.moment = DEADLINE + timedelta(days=2)  # the app was closed over the deadline
    desk.start()
    [notices] = desk.settled
    assert [(n.procedure_id, n.state) for n in notices] == [
        (adopted, SilenceState.ADOPTED),
        (broken, SilenceState.BROKEN),
    ]
    assert desk.changes and desk.changes[0].silence == {desk.item, desk.other}
    assert desk.ws.silence.running() == []
    outcome = desk.ws.outcomes.state(desk.item).outcome
    assert outcome is not None and outcome.outcome is Outcome.AGREED_UNDER_SILENCE
    assert not desk.watch.deadline_timer.isActive()  # nothing left to wait for
    title, text = desk.watch.notifications[0]
    assert title == "2 silence procedures settled"
    assert "“Statement” was adopted under silence" in text and "broken by FRA" in text


def test_one_single_shot_timer_waits_for_the_next_deadline(desk: Desk) -> None:
    desk.launch(DEADLINE + timedelta(hours=5), desk.other)
    desk.launch(START + timedelta(minutes=30))
    desk.start()
    timer = desk.watch.deadline_timer
    assert timer.isSingleShot() and timer.isActive()
    assert timer.interval() == 30 * 60 * 1000
    assert desk.settled == []


def test_a_far_deadline_is_waited_for_in_capped_steps(desk: Desk) -> None:
    desk.launch(START + timedelta(days=40))
    desk.start()
    assert desk.watch.deadline_timer.interval() == MAX_INTERVAL_MS
    desk.clock.moment += timedelta(days=1)
    desk.fire(desk.watch.deadline_timer)  # a capped wait ended: wait again, settle nothing
    assert desk.settled == [] and desk.watch.deadline_timer.isActive()
    assert desk.ws.silence.running()


def test_the_deadline_timer_settles_on_time_and_re_arms_for_the_next(desk: Desk) -> None:
    first = desk.launch()
    second = desk.launch(DEADLINE + timedelta(hours=2), desk.other)
    desk.start()
    desk.clock.moment = DEADLINE
    desk.fire(desk.watch.deadline_timer)
    [[notice]] = desk.settled
    assert notice.procedure_id == first and notice.state is SilenceState.ADOPTED
    assert desk.ws.silence.get(first).settled and not desk.ws.silence.get(second).settled
    assert desk.watch.next_deadline() == DEADLINE + timedelta(hours=2)
    assert desk.watch.deadline_timer.interval() == 2 * 3600 * 1000


def test_rearm_after_an_extension_waits_for_the_new_deadline(desk: Desk) -> None:
    procedure = desk.launch()
    desk.start()
    desk.ws.silence.extend(procedure, datetime(2024, 5, 7, 12, 0))
    desk.watch.notice_changes(ChangeSet(silence=frozenset({desk.item})))
    desk.settle()
    assert desk.watch.next_deadline() == DEADLINE + timedelta(days=1)
    desk.clock.moment = DEADLINE  # the old deadline: nothing settles
    desk.fire(desk.watch.deadline_timer)
    assert desk.settled == [] and desk.ws.silence.running()


def test_reminders_come_24_hours_and_1_hour_before_once_each(desk: Desk) -> None:
    procedure = desk.launch()
    desk.clock.moment = DEADLINE - timedelta(hours=25)
    desk.start()
    assert desk.near == []
    assert desk.watch.reminder_timer.interval() == 3600 * 1000  # an hour to the 24 h reminder
    desk.clock.moment = DEADLINE - timedelta(hours=24)
    desk.fire(desk.watch.reminder_timer)
    assert desk.near == [procedure]
    assert desk.watch.notifications[-1][0] == "Silence deadline in 24 hours"
    assert desk.watch.reminder_timer.interval() == 23 * 3600 * 1000
    desk.watch.rearm()  # reading again does not remind again
    desk.settle()
    assert desk.near == [procedure]
    desk.clock.moment = DEADLINE - timedelta(hours=1)
    desk.fire(desk.watch.reminder_timer)
    assert desk.near == [procedure, procedure]
    assert desk.watch.notifications[-1][0] == "Silence deadline in 1 hour"
    assert not desk.watch.reminder_timer.isActive()


def test_starting_inside_the_last_hour_reminds_at_once(desk: Desk) -> None:
    procedure = desk.launch()
    desk.clock.moment = DEADLINE - timedelta(minutes=30)
    desk.start()
    assert desk.near == [procedure]
    assert desk.watch.notifications == [
        ("Silence deadline in 30 minutes", "Statement: Mon 6 May 2024 12:00 Brussels time")
    ]


def test_reminder_offsets_come_from_the_settings(
    qtbot, tmp_path: Path, settings: AppSettings
) -> None:
    SilenceSettings(settings.store).set_reminders([timedelta(hours=2)])
    desk = Desk(qtbot, tmp_path / "two.sqlite", settings)
    try:
        desk.launch()
        desk.clock.moment = DEADLINE - timedelta(hours=3)
        desk.start()
        assert desk.watch.reminder_timer.interval() == 3600 * 1000
    finally:
        desk.watch.set_workspace(None)
        desk.tasks.wait()
        desk.ws.close()


def test_a_break_recorded_elsewhere_is_announced_one_made_here_is_not(desk: Desk) -> None:
    procedure = desk.launch()
    other = desk.launch(item=desk.other)
    desk.start()
    assert desk.watch.look_timer.isActive()
    desk.ws.silence.record_letter(procedure, "BEL", START + timedelta(minutes=5))  # here
    desk.watch.notice_changes(ChangeSet(silence=frozenset({desk.item})))
    desk.settle()
    desk.ws.silence.record_letter(other, "DEU", START + timedelta(minutes=6))  # elsewhere
    desk.fire(desk.watch.look_timer)
    [recorded] = desk.breaks
    assert (recorded.procedure.id, recorded.letter.delegation) == (other, "DEU")
    assert desk.watch.notifications[-1][0] == "Silence broken"
    assert "DEU broke silence on Tasking" in desk.watch.notifications[-1][1]
    desk.fire(desk.watch.look_timer)
    assert len(desk.breaks) == 1  # told once


def test_breaks_standing_at_start_up_are_not_news(desk: Desk) -> None:
    procedure = desk.launch()
    desk.ws.silence.record_letter(procedure, "BEL", START + timedelta(minutes=5))
    desk.start()
    assert desk.breaks == []


def test_looking_can_be_turned_off(qtbot, tmp_path: Path, settings: AppSettings) -> None:
    SilenceSettings(settings.store).set_look_every(timedelta(0))
    desk = Desk(qtbot, tmp_path / "quiet.sqlite", settings)
    try:
        desk.launch()
        desk.start()
        assert not desk.watch.look_timer.isActive()
        assert desk.watch.deadline_timer.isActive()
    finally:
        desk.watch.set_workspace(None)
        desk.tasks.wait()
        desk.ws.close()


def test_silence_settings_round_trip(settings: AppSettings) -> None:
    store = SilenceSettings(settings.store)
    assert store.reminders() == [timedelta(hours=24), timedelta(hours=1)]
    assert store.notifications() and store.look_every() == timedelta(minutes=5)
    store.set_reminders([timedelta(minutes=15), timedelta(days=2)])
    store.set_notifications(False)
    store.set_look_every(timedelta(minutes=1))
    settings.sync()
    again = SilenceSettings(settings.store)
    assert again.reminders() == [timedelta(days=2), timedelta(minutes=15)]
    assert not again.notifications() and again.look_every() == timedelta(minutes=1)
    again.set_reminders([])
    assert again.reminders() == []
