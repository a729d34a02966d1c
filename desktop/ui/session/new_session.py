"""The New Session dialog: the body, its level, the date and the form's other fields.

Creating a session is not an edit of an open session, so it is not on the undo stack: the
dialog asks the services on the worker and closes once the session exists. A refusal shows
the services' sentence in the dialog, and everything typed stays as it was.

The heads of delegation are carried over from the last session of the same body and level
(``SessionService.create(carry_over=True)``): the dialog says from which, as the body, level,
date or committee change, and ``notices`` keeps the services' sentence for the session page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bodies import BODIES, BodyKind
from desktop.domain.sessions import ChairRole, Classification, Format
from desktop.services import Result
from desktop.services.dto import SessionDetail, SessionSummary
from desktop.services.sessions import carried_over_notice
from desktop.ui.labels import capitalised
from desktop.ui.latest import Latest
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
        self.notices: tuple[str, ...] = ()  # what the services said of the session created
        self._looks = Latest()  # the last look for the session to carry heads over from
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
        self.carry_label = self._heads_label()
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
        layout.addWidget(self.carry_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._look_timer = self._watch_fields()
        self.body_combo.currentIndexChanged.connect(self._body_changed)
        self._body_changed()
        self._look_for_heads()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    def _heads_label(self) -> QLabel:
        """Where the new session's heads of delegation come from (hidden: nowhere)."""
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Heads of delegation"))
        label.hide()
        return label

    def _watch_fields(self) -> QTimer:
        """A timer that looks for the heads of delegation to carry over once the fields
        that decide it stop changing (typing a committee's name asks once, at a pause)."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(250)
        timer.timeout.connect(self._look_for_heads)
        self.level_combo.currentIndexChanged.connect(timer.start)
        self.date_edit.dateChanged.connect(timer.start)
        self.committee_edit.textChanged.connect(timer.start)
        return timer

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
        self._look_timer.start()

    def _look_for_heads(self) -> None:
        """Ask which session the heads of delegation would come from (on the worker)."""
        self._look_timer.stop()
        # Dropped when the fields changed since: a newer look is on its way.
        shown = self._looks.ask().then(self._show_heads_source)
        fields = self.values()
        asked = {name: fields[name] for name in ("level", "session_date", "committee_name")}
        self._controller.read(
            lambda ws: ws.sessions.carry_over_source(body_kind=fields["body_kind"], **asked),
            shown,
            lambda _sentence: shown(None),
        )

    def _show_heads_source(self, source: SessionSummary | None) -> None:
        if source is not None:
            self.carry_label.setText(carried_over_notice(source.reference, source.session_date))
        self.carry_label.setVisible(source is not None)

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
            "carry_over": True,
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
        self.notices = result.notices
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

    def done(self, result: int) -> None:
        self._look_timer.stop()
        self._looks.forget()  # a look still on its way finds the dialog closed, and is dropped
        super().done(result)
