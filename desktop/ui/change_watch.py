"""Notices what another window or program changed in the open database, about every second.

Two copies of the app may work on one file. Each look asks the services, on the worker
thread, for the audit rows written since the last look by anyone but this instance (one
indexed read; see ``desktop.services.watch``), then hands their change set to the
controller's ``changed``, the path every edit already takes: the sessions list reloads when
its columns changed, a position logged elsewhere repaints that cell (the cursor stays where
it is), and a change to the agenda, the attendance or the session reloads those views.
When the open session was touched, the message bar says so in one sentence.

The operator's own keys never come back this way, and a look is skipped while an edit is
on its way to the database, so logging speed is not traded for it.

On a PostgreSQL server the database says when another workstation commits (a notification,
``db.notify``): a socket notifier on the listening connection makes the look at once, and
the timer only backs it up (every ``BACKUP_LOOK_MS``). If the listening connection is lost,
the watch looks every second again and listens anew at the next look that succeeds.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from desktop.services import ServiceError, Workspace
from desktop.services.watch import (
    ForeignChanges,
    Listener,
    ListenerClosedError,
    Touch,
    summary,
)
from desktop.ui.latest import Asked, Latest
from desktop.ui.session.controller import SessionController
from desktop.ui.session.message_bar import MessageBar
from desktop.ui.silence_watch import SilenceWatch
from desktop.ui.tasks import TaskRunner

LOOK_EVERY_MS = 1000
RETRY_MS = 5000  # after the database refused a look (busy, locked)
BACKUP_LOOK_MS = 10_000  # while the server notifies each commit
BUSY_RETRY_MS = 250  # the worker was busy with an edit when a look was due


class ChangeWatch(QObject):
    foreignChanged = Signal(object)  # ForeignChanges, after the views were told

    def __init__(
        self,
        tasks: TaskRunner,
        controller: SessionController,
        messages: MessageBar,
        silence: SilenceWatch | None = None,
        parent: QObject | None = None,
        *,
        every_ms: int = LOOK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._controller = controller
        self._messages = messages
        self._silence = silence
        self.every_ms = every_ms
        self._workspace: Workspace | None = None
        self._looks = Latest()  # the look on its way (one at a time)
        self._listens = Latest()  # the listener being set up (one at a time)
        self._mark: int | None = None  # the newest audit row seen
        self._asking = False
        self._again = False  # a notification came during a look: look once more after it
        self._listener: Listener | None = None
        self._notifier: QSocketNotifier | None = None
        self._listening = False  # a listener is being set up on the worker
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.look)

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Watch ``workspace`` (None: stop). The first look only finds where its trail ends."""
        self.timer.stop()
        self._stop_listening()
        self._looks.forget()  # answers about the previous database are dropped
        self._listens.forget()
        self._workspace, self._mark, self._asking = workspace, None, False
        if workspace is not None:
            self.look()

    @property
    def listening(self) -> bool:
        """Whether the server tells this window of each commit (PostgreSQL)."""
        return self._notifier is not None

    def look(self) -> None:
        """Ask now what others changed since the last look (then every second)."""
        workspace = self._workspace
        if workspace is None:
            return
        if self._asking:
            self._again = True
            return
        if self._mark is not None and self._tasks.busy():  # an edit first: look again soon
            self.timer.start(min(self.every_ms, BUSY_RETRY_MS))
            return
        self._asking = True
        asked, mark = self._looks.ask(), self._mark
        self._tasks.submit(
            lambda: workspace.watch.foreign_changes(mark),
            asked.then(self._landed),  # dropped when another database is watched since
            lambda error: self._failed(asked, error),
        )

    # ------------------------------------------------------------------ answers
    def _landed(self, found: ForeignChanges) -> None:
        self._asking = False
        self._mark = found.mark
        self._listen_if_served()
        if self._again:
            self._again = False
            self.timer.start(0)
        else:
            self.timer.start(BACKUP_LOOK_MS if self.listening else self.every_ms)
        if not found:
            return
        session_id = self._controller.session_id
        if found.rewound:
            self._controller.reload_all()
            self._messages.warn(
                self.tr("The database was put back to an earlier state at another window "
                        "(a backup restored?); every view shows what it holds now.")
            )  # fmt: skip
        elif any(t.session_id is None for t in found.touches):
            self._controller.reload_all()  # a change to the whole file (a restore)
        elif found.changes:
            self._controller.announce(found.changes)
        here = found.in_session(session_id) if session_id is not None else ()
        if here:
            self._messages.inform(self.describe(here))
        if self._silence is not None and any(t.kind == "silence" for t in found.touches):
            self._silence.rearm()  # a procedure launched, a letter or a settling elsewhere
        self.foreignChanged.emit(found)

    # ------------------------------------------------------------------ listening
    def _listen_if_served(self) -> None:
        """On a server database, set up (on the worker) a connection that hears commits."""
        workspace = self._workspace
        if workspace is None or not workspace.is_server or self.listening or self._listening:
            return
        self._listening = True
        ready = self._listens.ask().then(self._listener_ready, stale=self._listener_stale)
        self._tasks.submit(workspace.watch.listen, ready, lambda _error: ready(None))

    def _listener_ready(self, listener: Listener | None) -> None:
        self._listening = False
        if listener is None:
            return  # the timer goes on looking every second
        self._listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._heard)
        self.timer.start(BACKUP_LOOK_MS)

    def _listener_stale(self, listener: Listener | None) -> None:
        """A listener set up for the database watched before: not wanted any more."""
        self._listening = False
        if listener is not None:
            listener.close()

    def _heard(self) -> None:
        listener = self._listener
        if listener is None:
            return
        try:
            heard = listener.drain()
        except ListenerClosedError:
            self._stop_listening()  # look every second; listen again after the next look
            self.timer.start(self.every_ms)
            return
        if heard:
            self.timer.stop()
            self.look()

    def _stop_listening(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _failed(self, asked: Asked, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error  # a defect: the excepthook logs it
        if asked.current:  # not another database since
            self._asking = False
            self.timer.start(RETRY_MS)

    # ------------------------------------------------------------------ sentence
    def describe(self, touches: tuple[Touch, ...]) -> str:
        """One sentence: what another window changed in the open session."""
        parts = [self._part(kind, count) for kind, count in summary(touches).items()]
        return self.tr("Changed at another window: %1.").replace("%1", ", ".join(parts))

    def _part(self, kind: str, count: int) -> str:
        if kind == "position":
            many = self.tr("%1 positions").replace("%1", str(count))
            return self.tr("a position") if count == 1 else many
        if kind == "outcome":
            many = self.tr("%1 outcomes").replace("%1", str(count))
            return self.tr("an outcome") if count == 1 else many
        words = {
            "item": self.tr("the agenda"),
            "attendance": self.tr("the attendance"),
            "session": self.tr("the session's details"),
            "action": self.tr("the action items"),
            "silence": self.tr("a silence procedure"),
        }
        return words.get(kind, self.tr("the record"))
