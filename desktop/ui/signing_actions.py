"""File › Verify a Signed Record… and File › Signing Certificate….

Verify: a PDF chosen, ``signing.verify`` runs on the worker (pyHanko reads the file and checks
the signature), and ``signing.describe``'s sentence is shown: an information when the record
is signed and unchanged, a warning when it is not signed, or was altered. The certificate:
:class:`~desktop.ui.signing_dialog.CertificateDialog`, opened window-modal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop.services import ServiceError
from desktop.services.signing import describe, verify
from desktop.ui.file_actions import documents_folder
from desktop.ui.settings import AppSettings
from desktop.ui.signing_dialog import CertificateDialog
from desktop.ui.tasks import TaskRunner


def _verified(path: Path) -> tuple[bool, str]:
    """On the worker: whether the PDF is signed and unchanged, and the sentence saying so."""
    result = verify(path)
    return result.good, describe(result, path)


class SigningActions(QObject):
    def __init__(self, window: QMainWindow, settings: AppSettings, tasks: TaskRunner) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._tasks = tasks
        self._folder: Path | None = None
        self._verifying = False
        self.dialog: CertificateDialog | None = None
        self.message_box: QMessageBox | None = None  # the last one shown, for tests

        self.verify_action = QAction(self.tr("&Verify a Signed Record…"), window)
        self.verify_action.setToolTip(
            self.tr("Check who signed a PDF of the minutes, and whether it changed since")
        )
        self.verify_action.triggered.connect(self.verify)
        self.certificate_action = QAction(self.tr("Si&gning Certificate…"), window)
        self.certificate_action.setToolTip(
            self.tr("Choose the secretariat's certificate that signs the minutes it issues")
        )
        self.certificate_action.triggered.connect(self.show_certificate)

    def actions(self) -> list[QAction]:
        """In the order of the File menu."""
        return [self.verify_action, self.certificate_action]

    def busy(self) -> bool:
        return self._verifying or (self.dialog is not None and self.dialog.busy())

    # ------------------------------------------------------------------ the certificate
    def show_certificate(self) -> None:
        if self.dialog is None:
            self.dialog = CertificateDialog(self._settings, self._tasks, self._window)
        elif not self.dialog.busy():
            self.dialog.refresh()
        self.dialog.open()

    # ------------------------------------------------------------------ verify
    def verify(self) -> None:
        if self._verifying:
            return
        folder = self._folder if self._folder is not None and self._folder.is_dir() else None
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Verify a Signed Record"),
            str(folder or documents_folder()), self.tr("PDF documents (*.pdf);;All files (*)"),
        )  # fmt: skip
        if not name:
            return
        path = Path(name)
        self._folder = path.parent
        self._verifying = True
        self.verify_action.setEnabled(False)
        self._window.statusBar().showMessage(
            self.tr("Checking the signature of %1…").replace("%1", path.name)
        )
        self._tasks.submit(lambda: _verified(path), self._verified, self._failed)

    def _verified(self, answer: tuple[bool, str]) -> None:
        good, sentence = answer
        self._done()
        icon = QMessageBox.Icon.Information if good else QMessageBox.Icon.Warning
        self._box(icon, sentence)

    def _failed(self, error: Exception) -> None:
        self._done()
        if not isinstance(error, ServiceError):
            raise error  # the app's excepthook shows a sentence and logs the traceback
        self._box(QMessageBox.Icon.Warning, str(error))

    def _done(self) -> None:
        self._verifying = False
        self.verify_action.setEnabled(True)
        self._window.statusBar().clearMessage()

    def _box(self, icon: QMessageBox.Icon, text: str) -> None:
        self.message_box = box = QMessageBox(self._window)
        box.setWindowTitle(self.tr("Verify a Signed Record"))
        box.setIcon(icon)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
