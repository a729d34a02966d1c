"""Automatic backups: one when a database is adopted, then every few minutes while a session
is open (``AppSettings.backup_interval_minutes``; 0 turns the timer off).

The copies are taken on the ``TaskRunner``'s worker, in turn with the other database work.
A timed backup is skipped when nothing was written since the last one. A failure never
interrupts the operator with a dialog: it is one sentence in the status bar, and the next
backup is tried at the next tick. A database on a server gets none: its backups are the
server's (pg_dump, by the IT department), ``BackupService.available`` is False.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from desktop.services import DatabaseError, Fault, ServiceError, Workspace
from desktop.services.backups import BackupInfo, BackupReason
from desktop.ui.settings import AppSettings
from desktop.ui.tasks import TaskRunner

FAILURE_TIMEOUT_MS = 60_000
log = logging.getLogger(__name__)


class AutoBackup(QObject):
    taken = Signal(object)  # the BackupInfo of a backup just taken
    failed = Signal(str)  # a sentence, also shown in the status bar
    damaged = Signal(str)  # the database itself is damaged: the window must say so clearly

    def __init__(
        self,
        tasks: TaskRunner,
        settings: AppSettings,
        status_bar: QStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._settings = settings
        self._bar = status_bar
        self._workspace: Workspace | None = None
        self._session_open = False
        self._pending = False  # a backup is queued or running: do not queue another
        self.last: BackupInfo | None = None  # the last backup taken of this workspace
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.take_timed)

    @property
    def workspace(self) -> Workspace | None:
        """The database backed up; None when none is (a server's, a read-only one)."""
        return self._workspace

    def set_workspace(self, workspace: Workspace | None) -> None:
        """Back up ``workspace`` now, then on the timer. None (or a read-only workspace,
        which nothing can change, or one on a server) takes none."""
        if workspace is not None and (workspace.read_only or not workspace.backups.available):
            workspace = None
        if workspace is self._workspace:
            return
        self._workspace = workspace
        self.last = None
        self._pending = False
        if workspace is not None:
            self._submit(workspace, BackupReason.OPENED)
        self._arm()

    def set_session_open(self, session_open: bool) -> None:
        """The timer runs only while a session is open (that is when the record grows)."""
        self._session_open = session_open
        self._arm()

    def interval_minutes(self) -> int:
        return self._settings.backup_interval_minutes()

    def set_interval_minutes(self, minutes: int) -> None:
        """Remember the interval (0: no timed backups) and re-arm the timer at once."""
        self._settings.set_backup_interval_minutes(minutes)
        self._arm()

    def take_timed(self) -> None:
        """The timer's backup: skipped when nothing changed since the last one."""
        workspace = self._workspace
        if workspace is not None and not self._pending:
            self._submit(workspace, BackupReason.INTERVAL)

    def _arm(self) -> None:
        minutes = self._settings.backup_interval_minutes()
        if self._workspace is None or not self._session_open or minutes <= 0:
            self.timer.stop()
            return
        interval = minutes * 60_000
        if not self.timer.isActive() or self.timer.interval() != interval:
            self.timer.start(interval)

    def _submit(self, workspace: Workspace, reason: BackupReason) -> None:
        self._pending = True
        call: Callable[[], BackupInfo | None] = (
            workspace.backups.take_on_opening
            if reason is BackupReason.OPENED
            else (lambda: workspace.backups.take_if_changed(reason))
        )
        self._tasks.submit(
            call,
            lambda info: self._done(workspace, info),
            lambda error: self._failed(workspace, error),
        )

    def _done(self, workspace: Workspace, info: BackupInfo | None) -> None:
        if workspace is not self._workspace:
            return
        self._pending = False
        if info is not None:
            self.last = info
            self.taken.emit(info)

    def _failed(self, workspace: Workspace, error: Exception) -> None:
        if workspace is not self._workspace:
            return
        self._pending = False
        if isinstance(error, DatabaseError) and error.fault is Fault.DAMAGED:
            self.damaged.emit(str(error))
            return
        if isinstance(error, ServiceError):
            reason = str(error)
        else:  # unexpected: logged, but a backup in the background must not stop the session
            log.error("Automatic backup failed", exc_info=error)
            reason = self.tr("No backup could be taken (%1).").replace("%1", type(error).__name__)
        sentence = self.tr("Automatic backup failed: %1").replace("%1", reason)
        self._bar.showMessage(sentence, FAILURE_TIMEOUT_MS)
        self.failed.emit(sentence)
