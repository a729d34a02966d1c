"""File › Signing Certificate…: the secretariat's certificate that signs the minutes it issues.

The user chooses the PKCS#12 file (.p12, .pfx) and types its password once; the worker
opens the file with it (``signing.check_certificate`` decrypts the key), and the dialog says
whom it names ("Signing as …") or, in its own sentence, why it cannot sign. Ticked, "Remember
the password" keeps the password in the system keyring (``signing.remember_password``),
never in the settings, which keep only the file's path and whom it names. "No Certificate"
clears the choice: the minutes are exported unsigned.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.services import ServiceError
from desktop.services.credentials import keyring_problem
from desktop.services.signing import (
    SigningError,
    check_certificate,
    forget_password,
    remember_password,
)
from desktop.ui.connect_dialog import Note
from desktop.ui.minutes_signing import signer_name
from desktop.ui.settings import AppSettings
from desktop.ui.tasks import TaskRunner

_WIDEST_PATH = "/home/secretariat/Documents/certificates/secretariat-2026.p12"


def _checked(path: Path, password: str | None, remember: bool) -> tuple[str, str]:
    """On the worker: whom the certificate names, and a sentence when its password could
    not be remembered as asked ("" when it was, or was not to be)."""
    subject = check_certificate(path, password)
    if not remember:  # not to be kept: nor an older password kept for the same file
        forget_password(path)
    elif password:
        try:
            remember_password(path, password)
        except SigningError as error:
            return subject, str(error)
    return subject, ""


class CertificateDialog(QDialog):
    """Emits ``changed()`` when the certificate is set or cleared in the settings."""

    changed = Signal()

    def __init__(self, settings: AppSettings, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signing Certificate"))
        self._settings = settings
        self._tasks = tasks
        self._ticket: int | None = None
        self._make_fields()
        self._lay_out()
        if keyring_problem() is not None:  # nothing can be remembered: say so
            self.remember_box.setChecked(False)
            self.remember_box.setEnabled(False)
            self.keyring_note.say(
                self.tr("No system keyring was found on this computer: the password will be "
                        "asked at each signed export.")
            )  # fmt: skip
        self.path_edit.textChanged.connect(self._update_buttons)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _make_fields(self) -> None:
        self.intro = QLabel(
            self.tr("The secretariat's certificate signs the minutes it issues: any PDF "
                    "reader then shows who issued them and whether they changed since. "
                    "Choose its PKCS#12 file (.p12, .pfx) and type its password."),
            self,
        )  # fmt: skip
        self.intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Certificate file"))
        self.path_edit.setPlaceholderText("secretariat.p12")
        self.path_edit.setMinimumWidth(
            self.path_edit.fontMetrics().horizontalAdvance(_WIDEST_PATH) + 16
        )
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAccessibleName(self.tr("Choose the certificate file"))
        self.browse_button.clicked.connect(self.browse)
        self.password_edit = QLineEdit(self)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember_box.setChecked(True)
        self.state_note = Note(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        self.state_note.setAccessibleName(self.tr("The certificate in use"))
        self.keyring_note = Note(QStyle.StandardPixmap.SP_MessageBoxInformation, self)
        self.keyring_note.setAccessibleName(self.tr("Remembering the password"))
        self.error_note = Note(QStyle.StandardPixmap.SP_MessageBoxWarning, self)
        self.error_note.setAccessibleName(self.tr("Why the certificate cannot sign"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: no end known
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)

    def _lay_out(self) -> None:
        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("Certificate &file:"), self.fields)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.use_button: QPushButton = self.buttons.addButton(
            self.tr("&Use This Certificate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.clear_button: QPushButton = self.buttons.addButton(
            self.tr("&No Certificate"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.clear_button.setToolTip(self.tr("Export the minutes unsigned from now on"))
        self.use_button.clicked.connect(self.use)
        self.clear_button.clicked.connect(self.clear)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.fields)
        layout.addWidget(self.state_note)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.error_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        """Show the certificate the settings hold, with nothing typed and nothing said."""
        certificate = self._settings.signing_certificate()
        self.path_edit.setText("" if certificate is None else str(certificate))
        self.path_edit.setCursorPosition(0)
        self.password_edit.clear()
        self.error_note.hide()
        self._show_state()
        self._set_busy(False)

    def _show_state(self) -> None:
        if self._settings.signing_certificate() is None:
            self.state_note.say(self.tr("No certificate: the minutes are exported unsigned."))
        else:
            subject = self._settings.signing_subject()
            self.state_note.say(self.tr("Signing as %1.").replace("%1", signer_name(subject)))

    def busy(self) -> bool:
        return self._ticket is not None

    def _set_busy(self, busy: bool) -> None:
        self.fields.setEnabled(not busy)
        self.progress.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self._ticket is None
        self.use_button.setEnabled(idle and bool(self.path_edit.text().strip()))
        self.clear_button.setEnabled(idle and self._settings.signing_certificate() is not None)

    # ------------------------------------------------------------------ actions
    def browse(self) -> None:
        current = Path(self.path_edit.text().strip()).expanduser()
        start = str(current) if self.path_edit.text().strip() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the Signing Certificate"), start,
            self.tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"),
        )  # fmt: skip
        if name:
            self.path_edit.setText(name)
            self.path_edit.setCursorPosition(0)
            self.password_edit.setFocus()

    def use(self) -> None:
        """Open the certificate with the password typed, on the worker; the dialog stays
        open and says whom it names, or why it cannot sign."""
        text = self.path_edit.text().strip()
        if self._ticket is not None or not text:
            return
        path = Path(text).expanduser()
        password = self.password_edit.text() or None
        remember = self.remember_box.isEnabled() and self.remember_box.isChecked()
        self.error_note.hide()
        self._ticket = self._tasks.submit(
            lambda: _checked(path, password, remember),
            lambda answer: self._checked(path, *answer),
            self._failed,
        )
        self._set_busy(True)

    def _checked(self, path: Path, subject: str, note: str) -> None:
        self._ticket = None
        self._settings.set_signing_certificate(path, subject)
        self._settings.sync()
        self.password_edit.clear()
        self._show_state()
        if note:
            self.error_note.say(note)
        self._set_busy(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.changed.emit()

    def _failed(self, error: Exception) -> None:
        self._ticket = None
        self._set_busy(False)
        if not isinstance(error, ServiceError):
            raise error  # the app's excepthook logs it and shows a sentence
        self.error_note.say(str(error))
        self.password_edit.setFocus()
        self.password_edit.selectAll()

    def clear(self) -> None:
        """No certificate: the minutes are exported unsigned, and the keyring forgets the
        password it kept for it (on the worker: the keyring may take its time)."""
        old = self._settings.signing_certificate()
        if old is not None:
            self._tasks.submit(lambda: forget_password(old), lambda _none: None, lambda _e: None)
        self._settings.clear_signing_certificate()
        self._settings.sync()
        self.path_edit.clear()
        self.password_edit.clear()
        self.error_note.hide()
        self._show_state()
        self._update_buttons()
        self.changed.emit()
