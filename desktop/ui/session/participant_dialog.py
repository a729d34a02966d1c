"""The Add Participant dialog: a partner, an invitee or staff, with code, name and head."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.sessions import AttendanceKind
from desktop.ui.models.attendance import kind_name
from desktop.ui.session.message_bar import MessageBar


class ParticipantFields(TypedDict):
    """``SessionService.add_participant``'s arguments, as the dialog gives them."""

    code: str
    kind: AttendanceKind
    name: str
    head_of_delegation: str


class ParticipantDialog(QDialog):
    """A partner, an invitee or staff to add: code, name and head of delegation."""

    def __init__(self, taken: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Participant"))
        self._taken = {code.casefold() for code in taken}
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of participant"))
        for kind in (AttendanceKind.PARTNER, AttendanceKind.INVITEE, AttendanceKind.STAFF):
            name = kind_name(kind)
            self.kind_combo.addItem(name[:1].upper() + name[1:], kind)
        self.code_edit = self._line(self.tr("Code"), self.tr("for example UKR, or IS for staff"))
        self.name_edit = self._line(self.tr("Name"), self.tr("for example Ukraine"))
        self.head_edit = self._line(self.tr("Head of delegation"), "")
        self.message = MessageBar(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.code_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Head of delegation:"), self.head_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def values(self) -> ParticipantFields:
        return {
            "code": self.code_edit.text().strip(),
            "kind": AttendanceKind(self.kind_combo.currentData()),
            "name": self.name_edit.text().strip(),
            "head_of_delegation": self.head_edit.text().strip(),
        }

    def _accept(self) -> None:
        code = self.code_edit.text().strip()
        if code.casefold() in self._taken:
            self.message.warn(
                self.tr("%1 is already at the table in this session; give another code.").replace(
                    "%1", code
                )
            )
            return
        self.accept()
