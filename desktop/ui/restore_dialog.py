"""File › Restore from Backup…: the backups of the open database, and restoring one.

The list is read on the ``TaskRunner``'s worker, and so is the restore. Restoring asks first,
saying that what the database holds now is backed up before it is replaced; once done, the
dialog closes, says what was restored and where the safety copy is, and emits ``restored``
so that the window reloads its views. A refusal (a damaged backup, one from a newer version)
is shown in the dialog as the service's sentence, with nothing changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.services import ServiceError, Workspace
from desktop.services.backups import BackupInfo
from desktop.ui.auto_backup import AutoBackup
from desktop.ui.models.backups import (
    CONTENTS,
    REASON,
    SIZE,
    TAKEN,
    BackupsModel,
    contents_text,
    reason_text,
)
from desktop.ui.settings import MAX_BACKUP_MINUTES
from desktop.ui.tasks import TaskRunner


class BackupSource(Protocol):
    """The backups of one database: an open one (``ws.backups``) or one that would not open
    (``DamagedDatabaseBackups``), whose file a restore replaces."""

    replaces_file: bool

    @property
    def database(self) -> Path: ...
    @property
    def read_only(self) -> bool: ...
    def list(self) -> list[BackupInfo]: ...
    def restore(self, backup_path: Path) -> Path | None: ...


class RestoreDialog(QDialog):
    restored = Signal(object, object)  # the BackupInfo restored, the Path of the kept copy

    def __init__(
        self,
        tasks: TaskRunner,
        source: Workspace | BackupSource,
        parent: QWidget | None,
        *,
        auto_backup: AutoBackup | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._source: BackupSource = source.backups if isinstance(source, Workspace) else source
        self._busy = False
        self._failure = ""  # the sentence of the last refused restore
        self._wanted: Path | None = None  # the backup to select once the list is read
        self.confirm_box: QMessageBox | None = None  # the last question asked, for tests
        self.message_box: QMessageBox | None = None  # the sentence after a restore, for tests
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = QLabel(
            self.tr("Backups of %1, newest first. Restoring one replaces everything in the "
                    "database by what the backup holds; what it holds now is backed up first.")
            .replace("%1", self._source.database.name), self,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (TAKEN, REASON, SIZE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CONTENTS, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.table.doubleClicked.connect(lambda _index: self.ask_restore())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.ask_restore)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        self._lay_out(intro, buttons, auto_backup)
        self.resize(980, 440)
        self.reload()

    def _lay_out(
        self, intro: QLabel, buttons: QDialogButtonBox, auto_backup: AutoBackup | None
    ) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        bottom = QHBoxLayout()
        self.interval: QSpinBox | None = None
        if auto_backup is not None:
            self.interval = self._interval_box(auto_backup)
            label = QLabel(self.tr("&Back up every:"), self)
            label.setBuddy(self.interval)
            bottom.addWidget(label)
            bottom.addWidget(self.interval)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    def _interval_box(self, auto_backup: AutoBackup) -> QSpinBox:
        """The minutes between automatic backups while a session is open (0: off)."""
        box = QSpinBox(self)
        box.setRange(0, MAX_BACKUP_MINUTES)
        box.setSuffix(self.tr(" min while a session is open"))
        box.setSpecialValueText(self.tr("never on a timer (only on opening)"))
        box.setValue(auto_backup.interval_minutes())
        box.setAccessibleName(self.tr("Minutes between automatic backups"))
        box.setToolTip(self.tr("A backup is also taken each time the database is opened."))
        box.valueChanged.connect(auto_backup.set_interval_minutes)
        return box

    def reject(self) -> None:  # Escape, Close, the window's close button
        if not self._busy:  # a call on the worker answers to this dialog: wait for it
            super().reject()

    # ------------------------------------------------------------------ listing
    def reload(self) -> None:
        """Read the backups again, on the worker."""
        self._set_busy(True, self.tr("Reading the backups…"))
        self._tasks.submit(self._source.list, self._listed, self._list_failed)

    def _listed(self, backups: list[BackupInfo]) -> None:
        wanted, failure = self._wanted, self._failure
        self.model.set_backups(backups)
        rows = [row for row, info in enumerate(backups) if info.path == wanted]
        if backups:
            self.table.selectRow(rows[0] if rows else 0)
        self._failure = failure  # a refusal stays said until another backup is chosen
        self._set_busy(False)

    def _list_failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        self._set_busy(False, str(error))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        self._failure = ""
        self._update()

    def _update(self) -> None:
        """The Restore button is on for a backup that can be restored; the note says why not."""
        info = self.selected()
        why_not = ""
        if self._source.read_only:
            why_not = self.tr("This database is open read-only: open it normally to restore "
                              "a backup into it.")  # fmt: skip
        elif self.model.rowCount() == 0:
            why_not = self.tr("There are no backups of this database yet. One is taken each "
                              "time it is opened, and every few minutes while a session is "
                              "open.")  # fmt: skip
        elif info is not None and info.summary is None:
            why_not = self.tr("This backup cannot be restored: %1").replace("%1", info.problem)
        elif info is not None and info.newer_schema:
            why_not = self.tr("This backup was written by a newer version of Tour de Table; "
                              "restore it with that version.")  # fmt: skip
        self.restore_button.setEnabled(not self._busy and info is not None and not why_not)
        if not self._busy:
            self.note.setText(self._failure or why_not)

    def _set_busy(self, busy: bool, note: str = "") -> None:
        self._busy = busy
        self.note.setText(note)
        self.close_button.setEnabled(not busy)
        self._update()

    # ------------------------------------------------------------------ restoring
    def ask_restore(self) -> None:
        info = self.selected()
        if info is None or not self.restore_button.isEnabled():
            return
        self.confirm_box = box = QMessageBox(self)
        box.setWindowTitle(self.tr("Restore from Backup"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Restore the backup taken %1 (%2)?")
            .replace("%1", self.model.taken_text(info))
            .replace("%2", reason_text(info).lower())
        )
        if self._source.replaces_file:
            consequence = self.tr(
                "%1 is replaced by a copy of the backup, which holds: %2. "
                "The file that would not open is renamed, not deleted."
            )
        else:
            consequence = self.tr(
                "Everything in %1 is replaced by what the backup holds: %2. "
                "What the database holds now is first saved in a backup of "
                "its own, so you can come back to it."
            )
        box.setInformativeText(
            consequence.replace("%1", self._source.database.name)
            .replace("%2", contents_text(info))
        )  # fmt: skip
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: self._answered(box.clickedButton() is restore, info))
        box.open()

    def _answered(self, confirmed: bool, info: BackupInfo) -> None:
        if not confirmed:
            return
        self._failure, self._wanted = "", info.path
        self._set_busy(True, self.tr("Restoring the backup…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        source = self._source
        self._tasks.submit(
            lambda: source.restore(info.path),
            lambda safety: self._restored(info, safety),
            self._restore_failed,
        )

    def _restored(self, info: BackupInfo, safety: Path | None) -> None:
        QApplication.restoreOverrideCursor()
        self._busy = False
        window = self.parentWidget()
        self.message_box = box = QMessageBox(window)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.restored_sentence(info, safety))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.accept()
        self.restored.emit(info, safety)
        box.open()

    def restored_sentence(self, info: BackupInfo, safety: Path | None) -> str:
        if safety is None:
            text = self.tr("The backup taken %1 (%2) was restored: %3.")
        elif self._source.replaces_file:
            text = self.tr(
                "The backup taken %1 (%2) was restored: %3. The file that would not "
                "open is kept as %4."
            )
        else:
            text = self.tr(
                "The backup taken %1 (%2) was restored: %3. What the database held "
                "before is kept in the backup %4."
            )
        return (
            text.replace("%1", self.model.taken_text(info))
            .replace("%2", reason_text(info).lower())
            .replace("%3", contents_text(info))
            .replace("%4", str(safety or ""))
        )  # fmt: skip

    def _restore_failed(self, error: Exception) -> None:
        QApplication.restoreOverrideCursor()
        self._set_busy(False)
        if not isinstance(error, ServiceError):
            raise error  # the app's excepthook says so and logs it
        self._failure = str(error)
        self.reload()  # a safety backup may have been taken before the refusal
