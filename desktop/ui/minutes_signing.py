"""Signing the minutes on export, with the certificate chosen under File › Signing
Certificate… (``desktop.ui.signing_actions``).

When a certificate is set, Export Minutes asks its language and whether to sign in one
question (:class:`MinutesQuestion`, in place of the language's little dialog); the
password comes from the system keyring on the worker, or is asked (``QInputDialog.getText``,
which tests replace); the worker checks the certificate before it renders anything, so a
wrong password is said at once and nothing is written. Without a certificate, the export is
what it always was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import Workspace
from desktop.services.minutes import Progress, export_minutes_noted
from desktop.services.signing import Signature, check_certificate, stored_password
from desktop.ui.settings import AppSettings
from desktop.ui.tasks import TaskRunner
from desktop.ui.window_titles import room_for_titles

_ATTRIBUTE = re.compile(r"[,;] (?=[A-Z][A-Za-z ]*: )")  # between "Organization: X, Common Name: Y"
_COMMON_NAME = "Common Name: "


def common_name(subject: str) -> str:
    """The certificate's common name from its subject as read ("Organization: Council,
    Common Name: Secretariat" → "Secretariat"); the whole subject when it names none."""
    for part in _ATTRIBUTE.split(subject):
        if part.startswith(_COMMON_NAME):
            return part[len(_COMMON_NAME) :]
    return subject


def signer_name(subject: str) -> str:
    """The subject as a person reads it: the common name first, then the rest ("Secretariat
    (Organization: Council)")."""
    name = common_name(subject)
    if name == subject:
        return subject
    rest = [part for part in _ATTRIBUTE.split(subject) if not part.startswith(_COMMON_NAME)]
    return f"{name} ({', '.join(rest)})" if rest else name


def export_signed(
    workspace: Workspace,
    session_id: int,
    language: str,
    path: Path,
    *,
    progress: Progress | None,
    signature: Signature,
) -> tuple[Path, str, tuple[str, ...]]:
    """On the worker: the minutes written and signed, whom the certificate names, and the
    export's notices. The
    certificate is opened first, so that a wrong password is refused before the minutes are
    rendered (SigningError, nothing written)."""
    subject = check_certificate(signature.certificate, signature.password)
    done = export_minutes_noted(
        workspace, session_id, language, path, progress, signature=signature
    )
    return done.value, subject, done.notices


class MinutesQuestion(QDialog):
    """Export Minutes' question when a certificate is set: the language of the minutes, and
    whether to sign them."""

    def __init__(
        self, parent: QWidget, names: Sequence[str], current: int, signer: str, sign: bool
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Minutes"))
        label = QLabel(self.tr("&Language of the minutes:"), self)
        self.language_combo = QComboBox(self)
        self.language_combo.addItems(list(names))
        self.language_combo.setCurrentIndex(current)
        self.language_combo.setAccessibleName(self.tr("Language of the minutes"))
        label.setBuddy(self.language_combo)
        self.sign_box = QCheckBox(
            self.tr("&Sign with the secretariat's certificate (%1)").replace(
                "%1", common_name(signer)
            ),
            self,
        )
        self.sign_box.setChecked(sign)
        self.sign_box.setToolTip(
            self.tr("Any PDF reader then shows who issued the minutes and whether they "
                    "changed since. Signing as %1.").replace("%1", signer_name(signer))
        )  # fmt: skip
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.language_combo)
        layout.addSpacing(4)
        layout.addWidget(self.sign_box)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    @staticmethod
    def ask(
        parent: QWidget, names: Sequence[str], current: int, signer: str, sign: bool
    ) -> tuple[int, bool] | None:
        """The language's index and whether to sign; None when cancelled."""
        dialog = MinutesQuestion(parent, names, current, signer, sign)
        try:
            with room_for_titles(parent):
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None
            return dialog.language_combo.currentIndex(), dialog.sign_box.isChecked()
        finally:
            dialog.deleteLater()


class MinutesSigning(QObject):
    """What Export Minutes asks of the signing certificate in the settings."""

    def __init__(self, settings: AppSettings, tasks: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tasks = tasks
        self.sign = True  # the last answer, offered again

    def signer(self) -> str:
        """Whom the certificate set names; "" when none is set (minutes are not signed)."""
        if self._settings.signing_certificate() is None:
            return ""
        return self._settings.signing_subject() or str(self._settings.signing_certificate())

    def ask(self, parent: QWidget, names: Sequence[str], current: int) -> tuple[int, bool] | None:
        """The language (its index in ``names``) and whether to sign."""
        answer = MinutesQuestion.ask(parent, names, current, self.signer(), self.sign)
        if answer is not None:
            self.sign = answer[1]
        return answer

    def signature(
        self,
        parent: QWidget,
        ready: Callable[[Signature], None],
        cancelled: Callable[[], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """``ready(Signature)`` with the password the keyring keeps (looked up on the
        worker), else the one the user types; ``cancelled()`` when they do not."""
        certificate = self._settings.signing_certificate()
        if certificate is None:
            cancelled()
            return

        def found(password: str | None) -> None:
            if password is None:
                label = self.tr("Password of the signing certificate %1:")
                with room_for_titles(parent):  # Qt's little dialog would cut its title
                    text, ok = QInputDialog.getText(
                        parent, self.tr("Export Minutes"),
                        label.replace("%1", certificate.name), QLineEdit.EchoMode.Password,
                    )  # fmt: skip
                if not ok:
                    cancelled()
                    return
                password = text or None
            reason = self.tr("Issued by the secretariat")
            ready(Signature(certificate, password, reason=reason))

        self._tasks.submit(lambda: stored_password(certificate), found, failed)
