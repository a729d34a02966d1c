"""Settles silence procedures at their deadline, reminds before it, and says when a break
was recorded at another workstation.

No polling every second: at ``set_workspace`` it settles what fell due while the app was
closed, then arms one single-shot timer for the next deadline, and one for the next reminder
(by default 24 hours and 1 hour before each deadline; see ``SilenceSettings``). Each settling,
and ``rearm()`` after a change, reads the running procedures again and re-arms. A QTimer
counts in int milliseconds (at most about 24.8 days), so a far deadline is reached in steps of
at most a day. A slow look (every few minutes, configurable, off at zero) notices letters
written to a shared database by someone else.

It tells through signals (``settled``, ``deadlineNear``, ``breakRecorded``, and ``changed``
with the settling's change set, for the open session's views) and, when the desktop has a
system tray, through a notification.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from desktop.domain.silence import LetterStatus, SilenceState
from desktop.domain.timezones import BRUSSELS, now_utc
from desktop.services import ChangeSet, Result, ServiceError, Workspace
from desktop.services.dto import LetterView, SettledNotice, SilenceView
from desktop.ui.latest import Latest
from desktop.ui.settings import AppSettings
from desktop.ui.silence_settings import SilenceSettings
from desktop.ui.silence_time import in_words, when_in
from desktop.ui.tasks import TaskRunner

MAX_INTERVAL_MS = 24 * 3600 * 1000  # re-arm at least daily: QTimer counts in int ms
MIN_INTERVAL_MS = 200  # a clock a little behind the database's: look again shortly
NOTIFICATION_MS = 15_000
RETRY_MS = 60_000  # after the database refused a read
Reminder = tuple[int, datetime, timedelta]  # procedure, its deadline, how long before


@dataclass(frozen=True, slots=True)
class RecordedBreak:
    """A break that appeared in the record without this workstation recording it."""

    procedure: SilenceView
    letter: LetterView


class SilenceWatch(QObject):
    settled = Signal(list)  # list[SettledNotice], when the app settled something
    deadlineNear = Signal(object)  # SilenceView, at each reminder
    breakRecorded = Signal(object)  # RecordedBreak, recorded elsewhere
    changed = Signal(object)  # ChangeSet of a settling, for the views

    def __init__(
        self,
        tasks: TaskRunner,
        settings: AppSettings,
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = now_utc,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._settings = SilenceSettings(settings.store)
        self._now = now
        self._workspace: Workspace | None = None
        self._databases = Latest()  # answers about a database watched before are dropped
        self._watching = self._databases.ask()
        self._running: list[SilenceView] = []
        self._reminded: set[Reminder] = set()
        self._known: set[tuple[int, int]] | None = None  # standing breaks seen (procedure, seq)
        self._local: set[int] = set()  # items changed here since the last read
        self.notifications: list[tuple[str, str]] = []  # (title, text) shown, latest last
        self.tray: QSystemTrayIcon | None = None
        self.deadline_timer = self._timer(self._deadline_due)
        self.reminder_timer = self._timer(self._read)
        self.look_timer = self._timer(self._read)

    def _timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

    # ------------------------------------------------------------------ public
    @property
    def running(self) -> list[SilenceView]:
        """The running procedures as last read, soonest deadline first."""
        return list(self._running)

    def next_deadline(self) -> datetime | None:
        return self._running[0].deadline if self._running else None

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Watch ``workspace``: settle what fell due while the app was closed, then arm."""
        self._stop()
        self._watching = self._databases.ask()
        self._workspace = workspace
        self._running, self._reminded, self._known, self._local = [], set(), None, set()
        if workspace is not None:
            self.settle_now()

    def rearm(self) -> None:
        """Read the running procedures again and re-arm (after a change to one)."""
        self._read()

    def notice_changes(self, changes: ChangeSet) -> None:
        """Connect to the controller's ``changed``: a change made here re-arms the timers,
        and the breaks it recorded are not announced as someone else's."""
        if changes.silence:
            self._local |= changes.silence
            self._read()

    def settle_now(self) -> None:
        """Settle every procedure whose deadline has passed, then re-arm."""
        workspace = self._workspace
        if workspace is None:
            return

        def call() -> tuple[Result[list[SettledNotice]], list[SilenceView]]:
            return workspace.silence.settle_due(), workspace.silence.running()

        def done(answer: tuple[Result[list[SettledNotice]], list[SilenceView]]) -> None:
            result, running = answer
            if result.value:
                self._announce_settled(result.value)
                self.settled.emit(result.value)
            if result.changes:
                self._local |= result.changes.silence
                self.changed.emit(result.changes)
            self._arm(running)

        self._tasks.submit(call, self._watching.then(done), self._failed)

    # ------------------------------------------------------------------ reading
    def _read(self) -> None:
        workspace = self._workspace
        if workspace is None:
            return
        self._tasks.submit(workspace.silence.running, self._watching.then(self._arm), self._failed)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error  # a defect: the excepthook logs it
        if self._workspace is not None:  # busy or locked for now: try again in a while
            self.deadline_timer.start(RETRY_MS)

    def _stop(self) -> None:
        for timer in (self.deadline_timer, self.reminder_timer, self.look_timer):
            timer.stop()

    def _arm(self, running: Sequence[SilenceView]) -> None:
        self._running = sorted(running, key=lambda v: v.deadline)
        self._check_breaks()
        now = self._now()
        self._arm_deadline(now)
        self._arm_reminders(now)
        every = self._settings.look_every()
        if self._running and every > timedelta(0):
            self.look_timer.start(_interval(every))
        else:
            self.look_timer.stop()

    def _arm_deadline(self, now: datetime) -> None:
        deadline = self.next_deadline()
        if deadline is None:
            self.deadline_timer.stop()
            return
        if self._running[0].due:  # due by the database's clock: settle it now
            self.deadline_timer.start(0)
            return
        self.deadline_timer.start(max(_interval(deadline - now), MIN_INTERVAL_MS))

    def _deadline_due(self) -> None:
        deadline = self.next_deadline()
        if deadline is not None and (self._running[0].due or self._now() >= deadline):
            self.settle_now()
        else:  # a capped wait ended, or the clock was early: wait the rest
            self._arm_deadline(self._now())

    # ------------------------------------------------------------------ reminders
    def _arm_reminders(self, now: datetime) -> None:
        offsets = self._settings.reminders()
        upcoming: list[datetime] = []
        for view in self._running:
            window = [o for o in offsets if view.deadline - o <= now < view.deadline]
            fresh = [o for o in window if (view.id, view.deadline, o) not in self._reminded]
            if fresh:
                self._reminded |= {(view.id, view.deadline, o) for o in window}
                self._remind(view, view.deadline - now)
            upcoming += [view.deadline - o for o in offsets if view.deadline - o > now]
        if upcoming:
            self.reminder_timer.start(_interval(min(upcoming) - now))
        else:
            self.reminder_timer.stop()

    def _remind(self, view: SilenceView, left: timedelta) -> None:
        title = self.tr("Silence deadline %1").replace("%1", in_words(left))
        text = self.tr("%1: %2").replace("%1", view.title or view.item_title)
        text = text.replace("%2", when_in(view.deadline, BRUSSELS))
        if view.state is SilenceState.BROKEN:
            text += "\n" + self.tr("Already broken by %1.").replace("%1", ", ".join(view.breaking))
        self.notify(title, text)
        self.deadlineNear.emit(view)

    # ------------------------------------------------------------------ breaks
    def _check_breaks(self) -> None:
        standing = {
            (v.id, x.seq): (v, x)
            for v in self._running
            for x in v.letters
            if x.status is LetterStatus.BREAKS
        }
        known, local = self._known, self._local
        self._known, self._local = set(standing), set()
        if known is None:
            return  # the first look: what stands now is not news
        for key, (view, letter) in standing.items():
            if key not in known and view.item_id not in local:
                self.notify(self.tr("Silence broken"), self.describe_break(view, letter))
                self.breakRecorded.emit(RecordedBreak(view, letter))

    # ------------------------------------------------------------------ sentences
    def describe_break(self, view: SilenceView, letter: LetterView) -> str:
        return (
            self.tr("%1 broke silence on %2 (letter received %3).")
            .replace("%1", letter.delegation)
            .replace("%2", view.title or view.item_title)
            .replace("%3", when_in(letter.received_at, BRUSSELS))
        )

    def describe_settled(self, notices: Sequence[SettledNotice]) -> str:
        """One sentence per procedure settled, for the message bar."""
        lines = []
        for n in notices:
            if n.state is SilenceState.ADOPTED:
                line = self.tr("“%1” was adopted under silence at %2.")
            else:
                line = self.tr("Silence on “%1” was broken by %3; the item returns to the "
                               "Council.").replace("%3", ", ".join(n.breaking))  # fmt: skip
            lines.append(
                line.replace("%1", n.item_title).replace("%2", when_in(n.deadline, BRUSSELS))
            )
        return " ".join(lines)

    def _announce_settled(self, notices: Sequence[SettledNotice]) -> None:
        title = (
            self.tr("Silence procedure settled")
            if len(notices) == 1
            else self.tr("%1 silence procedures settled").replace("%1", str(len(notices)))
        )
        self.notify(title, self.describe_settled(notices))

    def notify(self, title: str, text: str) -> None:
        """A desktop notification when the system has a tray and they are on; always kept
        in ``notifications`` (the caller also shows a message bar line)."""
        self.notifications.append((title, text))
        if not self._settings.notifications() or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else None
            if icon is None or icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Tour de Table: silence procedures"))
            self.tray.show()
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS)


def _interval(wait: timedelta) -> int:
    """Milliseconds for a QTimer: at least 0, at most a day."""
    return int(min(max(wait.total_seconds() * 1000, 0), MAX_INTERVAL_MS))
