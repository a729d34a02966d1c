"""The New Session dialog: the body, its level, the date and the form's other fields.

Creating a session is not an edit of an open session, so it is not on the undo stack: the
dialog asks the services on the worker and closes once the session exists. A refusal shows
the services' sentence in the dialog, and everything typed stays as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bodies import BODIES, BodyKind
from desktop.domain.sessions import ChairRole, Classification, Format
from desktop.services import Result
from desktop.services.dto import SessionDetail
from desktop.ui.labels import capitalised
from desktop.ui.session.controller import SessionController
from desktop.ui.session.form_fields import fill_combo
from desktop.ui.session.message_bar import MessageBar


class NewSessionDialog(QDialog):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._busy = False
        self._focus: QWidget | None = None
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New Session"))

        self.body_combo = self._combo(self.tr("Body"))
        for kind, profile in BODIES.items():
            self.body_combo.addItem(capitalised(profile.name), kind)
        self.committee_edit = self._line(self.tr("Committee name"))
        self.committee_edit.setPlaceholderText(self.tr("for example Civil Emergency Planning"))
        self.level_combo = self._combo(self.tr("Level"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.format_combo = self._combo(self.tr("Format"))
        fill_combo(self.format_combo, [(capitalised(f.label), f) for f in Format])
        self.reference_edit = self._line(self.tr("Reference"))
        self.reference_edit.setPlaceholderText(self.tr("for example C-R(2025)0042"))
        self.place_edit = self._line(self.tr("Place"))
        self.place_edit.setPlaceholderText(self.tr("for example NATO Headquarters, Brussels"))
        self.chair_edit = self._line(self.tr("Chair"))
        self.role_combo = self._combo(self.tr("Chair's role"))
        fill_combo(self.role_combo, [(capitalised(r.label), r) for r in ChairRole])
        self.classification_combo = self._combo(self.tr("Classification"))
        fill_combo(self.classification_combo, [(c.marking, c) for c in Classification])
        self.message = MessageBar(self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create Session"))
        self.ok_button.setAccessibleName(self.tr("Create the session"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        for text, field in (
            (self.tr("&Body:"), self.body_combo),
            (self.tr("Co&mmittee:"), self.committee_edit),
            (self.tr("Le&vel:"), self.level_combo),
            (self.tr("&Date:"), self.date_edit),
            (self.tr("F&ormat:"), self.format_combo),
            (self.tr("&Reference:"), self.reference_edit),
            (self.tr("P&lace:"), self.place_edit),
            (self.tr("Ch&air:"), self.chair_edit),
            (self.tr("Chair's role:"), self.role_combo),
            (self.tr("Class&ification:"), self.classification_combo),
        ):
            self.form.addRow(text, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.body_combo.currentIndexChanged.connect(self._body_changed)
        self._body_changed()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        return combo

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        return edit

    # ------------------------------------------------------------------ fields
    def _body_changed(self) -> None:
        """Offer only the levels the chosen body meets at; a committee needs a name."""
        kind = BodyKind(self.body_combo.currentData())
        levels = BODIES[kind].levels
        fill_combo(self.level_combo, [(capitalised(level.label), level) for level in levels])
        self.form.setRowVisible(self.committee_edit, kind is BodyKind.COMMITTEE)
        self.adjustSize()

    def values(self) -> dict[str, Any]:
        """What ``create`` is asked for, as typed."""
        kind = BodyKind(self.body_combo.currentData())
        return {
            "body_kind": kind,
            "level": self.level_combo.currentData(),
            "session_date": self.date_edit.date().toPython(),
            "format": self.format_combo.currentData(),
            "reference": self.reference_edit.text().strip(),
            "committee_name": (
                self.committee_edit.text().strip() if kind is BodyKind.COMMITTEE else ""
            ),
            "place": self.place_edit.text().strip(),
            "chair": self.chair_edit.text().strip(),
            "chair_role": self.role_combo.currentData(),
            "classification": self.classification_combo.currentData(),
        }

    # ------------------------------------------------------------------ creating
    def _create(self) -> None:
        if self._busy:
            return
        fields = self.values()
        self._set_busy(True)
        self._controller.read(lambda ws: ws.sessions.create(**fields), self._created, self._refused)

    def _created(self, result: Result[SessionDetail]) -> None:
        self._set_busy(False)
        self.created_id = result.value.id  # whoever opened the dialog shows the new session
        self.accept()

    def _refused(self, sentence: str) -> None:
        self._set_busy(False)
        self.message.warn(sentence)
        if self._focus is not None:
            self._focus.setFocus()  # back where the user was, to correct what they typed

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self._focus = self.focusWidget()
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:  # a session being created is waited for
            super().reject()
