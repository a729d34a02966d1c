"""The session form: the open session's own fields, each saved (and undoable) when changed.

Line edits save on editingFinished when the text changed; combos, the date and the time
check boxes save on change. A refused value shows the services' sentence under the form and
the field shows the stored value again (the controller reloads every view after a refusal).

A time not recorded shows as such, never as a made-up hour. Ticking it records the time now
(the workspace's clock) while the meeting is being held (``desktop.domain.meeting_clock``);
for a session held another day it asks for the time instead, and records it once typed
(leaving it untyped records nothing).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.bodies import BodyKind, body
from desktop.domain.errors import TimeError
from desktop.domain.meeting_clock import may_close_at, may_open_at
from desktop.domain.sessions import ChairRole, Classification, Format
from desktop.domain.timezones import BRUSSELS, local_to_utc, utc_to_local
from desktop.i18n import repeated_hour_mark
from desktop.services import ChangeSet
from desktop.services.dto import SessionDetail
from desktop.ui.labels import capitalised
from desktop.ui.latest import Latest
from desktop.ui.session.bilingual_field import BilingualLine
from desktop.ui.session.controller import SessionController
from desktop.ui.session.form_fields import (
    FieldCommand,
    fill_combo,
    naive,
    qt_wall_clock,
    select_data,
    to_minute,
    wall_clock,
)
from desktop.ui.session.message_bar import MessageBar

_TEXT_FIELDS = ("reference", "committee_name", "committee_name_fr", "place", "place_fr", "chair")
_TIME_FIELDS = ("opened_at", "closed_at")


class SessionForm(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._detail: SessionDetail | None = None
        self._known: dict[str, Any] = {}  # each field's stored value, as far as we know
        self._refusals: list[str] = []
        self._awaiting: set[str] = set()  # times ticked, waiting for the operator to type them
        self._loading = False
        self._reads = Latest()  # the session as read last
        self._build()
        self._connect()
        controller.changed.connect(self._on_changed)
        controller.sessionChanged.connect(self._on_session)
        controller.failed.connect(self._on_failed)
        self._on_session(controller.session_id or 0)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.body_label = QLabel(self)
        self.body_label.setAccessibleName(self.tr("Body"))
        self.committee_field = BilingualLine(self.tr("Committee name"), self, vertical=True)
        self.committee_edit, self.committee_fr_edit = (
            self.committee_field.en,
            self.committee_field.fr,
        )
        self.level_combo = self._combo(self.tr("Level"))
        self.format_combo = self._combo(self.tr("Format"))
        fill_combo(self.format_combo, [(capitalised(f.label), f) for f in Format])
        self.reference_edit = self._line(self.tr("Reference"))
        self.reference_edit.setPlaceholderText(self.tr("for example C-R(2025)0042"))
        self.classification_combo = self._combo(self.tr("Classification"))
        fill_combo(self.classification_combo, [(c.marking, c) for c in Classification])
        self.date_edit = QDateEdit(self)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.opened_check, self.opened_edit = self._time(self.tr("Ope&ned:"), self.tr("Opening"))
        self.closed_check, self.closed_edit = self._time(self.tr("&Closed:"), self.tr("Closing"))
        # Which of the two, when the time shown is in the hour that happens twice (only then).
        self.opened_fold = self._fold_combo(self.opened_edit)
        self.closed_fold = self._fold_combo(self.closed_edit)
        self.zone_label = QLabel(self)
        self.place_field = BilingualLine(self.tr("Place"), self, vertical=True)
        self.place_edit, self.place_fr_edit = self.place_field.en, self.place_field.fr
        self.chair_edit = self._line(self.tr("Chair"))
        self.role_combo = self._combo(self.tr("Chair's role"))
        fill_combo(self.role_combo, [(capitalised(r.label), r) for r in ChairRole])
        self.message = MessageBar(self)
        # Mnemonics avoid the menus' (F, E, S, P, H) and the session tabs' (T, G) letters.
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Body:"), self.body_label)
        left.addRow(self.tr("Co&mmittee:"), self.committee_field)
        left.addRow(self.tr("Le&vel:"), self.level_combo)
        left.addRow(self.tr("F&ormat:"), self.format_combo)
        left.addRow(self.tr("&Reference:"), self.reference_edit)
        left.addRow(self.tr("Class&ification:"), self.classification_combo)
        right.addRow(self.tr("&Date:"), self.date_edit)
        right.addRow(self.opened_check, _side_by_side(self.opened_edit, self.opened_fold))
        right.addRow(self.closed_check, _side_by_side(self.closed_edit, self.closed_fold))
        right.addRow("", self.zone_label)
        right.addRow(self.tr("P&lace:"), self.place_field)
        right.addRow(self.tr("Ch&air:"), self.chair_edit)
        right.addRow(self.tr("Chair's role:"), self.role_combo)
        self._left = left
        self._lay_out(left, right)

    def _lay_out(self, left: QFormLayout, right: QFormLayout) -> None:
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(32)  # not setSpacing: the forms would inherit it between rows
        columns.addLayout(right, 1)
        sheet = QWidget(self)  # a form as wide as a page, not as the window
        sheet.setLayout(columns)
        sheet.setMaximumWidth(1040)
        columns.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(sheet, 1)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        return combo

    def _time(self, text: str, name: str) -> tuple[QCheckBox, QDateTimeEdit]:
        check = QCheckBox(text, self)
        check.setAccessibleName(self.tr("%1 time known").replace("%1", name))
        check.setToolTip(self.tr("Clear when the time is not known"))
        edit = QDateTimeEdit(self)
        edit.setAccessibleName(self.tr("%1 time").replace("%1", name))
        edit.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))  # holds the zone's wall clock
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setCalendarPopup(True)
        edit.setSpecialValueText(self.tr("not recorded"))  # shown at its minimum: no time
        edit.setDateTime(edit.minimumDateTime())
        return check, edit

    def _fold_combo(self, edit: QDateTimeEdit) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(
            self.tr("%1: which of the two").replace("%1", edit.accessibleName())
        )
        combo.setPlaceholderText(self.tr("Which of the two?"))
        combo.setVisible(False)
        return combo

    def _connect(self) -> None:
        for field in _TEXT_FIELDS:
            edit = self._text_edit(field)
            edit.editingFinished.connect(lambda f=field, e=edit: self._edit(f, e.text().strip()))
        for field, combo in (
            ("level", self.level_combo),
            ("format", self.format_combo),
            ("classification", self.classification_combo),
            ("chair_role", self.role_combo),
        ):
            combo.currentIndexChanged.connect(
                lambda _i, f=field, c=combo: self._edit(f, c.currentData())
            )
        self.date_edit.editingFinished.connect(self._date_edited)
        self.date_edit.calendarWidget().clicked.connect(self._date_edited)
        for field in _TIME_FIELDS:
            check, time_edit = self._time_widgets(field)
            check.toggled.connect(lambda _on, f=field: self._time_edited(f))
            time_edit.editingFinished.connect(lambda f=field: self._time_edited(f))
            time_edit.dateTimeChanged.connect(lambda _t, f=field: self._show_fold(f))
            self._fold_widget(field).activated.connect(lambda _i, f=field: self._time_edited(f))

    def _text_edit(self, field: str) -> QLineEdit:
        edits = {
            "reference": self.reference_edit,
            "committee_name": self.committee_edit,
            "committee_name_fr": self.committee_fr_edit,
            "place": self.place_edit,
            "place_fr": self.place_fr_edit,
            "chair": self.chair_edit,
        }
        return edits[field]

    def focus_text(self, field: str, language: str) -> None:
        """Put the caret in ``field`` ("committee_name", "place") in ``language``."""
        edit = self._text_edit(f"{field}_fr" if language == "fr" else field)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()

    def _time_widgets(self, field: str) -> tuple[QCheckBox, QDateTimeEdit]:
        if field == "opened_at":
            return self.opened_check, self.opened_edit
        return self.closed_check, self.closed_edit

    def _fold_widget(self, field: str) -> QComboBox:
        return self.opened_fold if field == "opened_at" else self.closed_fold

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        """Read the open session again and show it."""
        session_id = self._controller.session_id
        if session_id is None:
            return
        self._controller.read(
            lambda ws: ws.sessions.get(session_id), self._reads.ask().then(self._show)
        )

    def _on_session(self, session_id: int) -> None:
        self._detail, self._known = None, {}
        self._refusals.clear()
        self._awaiting.clear()
        self.message.hide()
        self.setEnabled(bool(session_id))
        if session_id:
            self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._controller.session_id in changes.sessions:
            self.reload()

    def _on_failed(self, sentence: str) -> None:
        if sentence in self._refusals:
            self._refusals.remove(sentence)
            self.message.warn(sentence)

    def _show(self, detail: SessionDetail) -> None:
        if detail.id != self._controller.session_id:
            return
        self._loading = True
        try:
            self._fill(detail)
        finally:
            self._loading = False

    def _fill(self, detail: SessionDetail) -> None:
        previous, self._detail = self._known, detail
        profile = body(detail.body)
        self.body_label.setText(capitalised(profile.name))
        self._left.setRowVisible(self.committee_field, profile.kind is BodyKind.COMMITTEE)
        fill_combo(self.level_combo, [(capitalised(lv.label), lv) for lv in profile.levels])
        self._known = {
            name: getattr(detail, name)
            for name in (*_TEXT_FIELDS, "level", "format", "classification", "chair_role")
        }
        self._known |= {name: getattr(detail, name) for name in ("session_date", *_TIME_FIELDS)}
        for field in _TEXT_FIELDS:
            edit = self._text_edit(field)
            typing = edit.hasFocus() and edit.text().strip() != previous.get(field)
            if not typing:  # keep what the user is typing; it is saved when they leave
                edit.setText(getattr(detail, field))
            elif field in previous:  # from the value they started from: a change made at
                self._known[field] = previous[field]  # another window meanwhile is kept
        select_data(self.level_combo, detail.level)
        select_data(self.format_combo, detail.format)
        select_data(self.classification_combo, detail.classification)
        select_data(self.role_combo, detail.chair_role)
        d = detail.session_date
        self.date_edit.setDate(QDate(d.year, d.month, d.day))
        zone = detail.time_zone
        self.zone_label.setText(
            self.tr("Times are in Brussels time.")
            if zone == BRUSSELS
            else self.tr("Times are in %1 time.").replace("%1", zone)
        )
        self._show_time("opened_at", wall_clock(detail.opened_at, zone), detail.opened_at)
        self._show_time("closed_at", wall_clock(detail.closed_at, zone), detail.closed_at)

    def _show_time(self, field: str, shown: datetime | None, stored: datetime | None) -> None:
        """Show the stored time, or "not recorded" (a time being typed is left as it is)."""
        if shown is None and field in self._awaiting:
            return
        self._awaiting.discard(field)
        check, edit = self._time_widgets(field)
        check.setChecked(shown is not None)
        edit.setEnabled(shown is not None)
        edit.setDateTime(qt_wall_clock(shown) if shown else edit.minimumDateTime())
        self._show_fold(field)
        combo = self._fold_widget(field)
        if stored is not None and self._detail is not None and not combo.isHidden():
            combo.setCurrentIndex(utc_to_local(stored, self._detail.time_zone).fold)

    def _show_fold(self, field: str) -> None:
        """Offer the choice between the two passages of a repeated hour, named as the
        minutes print them ("02:30 CEST", "02:30 CET"); hide it and forget the choice for
        every other time."""
        check, edit = self._time_widgets(field)
        combo = self._fold_widget(field)
        local = naive(edit.dateTime())
        marks = self._marks(local)
        if marks is None:
            combo.clear()
            combo.setVisible(False)
            return
        clock = f"{local:%H:%M}"
        texts = (
            self.tr("The first: %1").replace("%1", f"{clock} {marks[0]}"),
            self.tr("The second: %1").replace("%1", f"{clock} {marks[1]}"),
        )
        if combo.count() == 0:  # newly asked: nothing chosen yet
            for fold, text in enumerate(texts):
                combo.addItem(text, fold)
            combo.setCurrentIndex(-1)
        for fold, text in enumerate(texts):
            combo.setItemText(fold, text)
        combo.setEnabled(check.isChecked())
        combo.setVisible(True)

    def _marks(self, local: datetime) -> tuple[str, str] | None:
        """What tells apart the two passages of ``local``, or None when it happens once."""
        if self._detail is None:
            return None
        tz = ZoneInfo(self._detail.time_zone)
        first, second = (repeated_hour_mark(local.replace(tzinfo=tz, fold=f)) for f in (0, 1))
        return (first, second) if first else None

    # ------------------------------------------------------------------ editing
    def _edit(self, field: str, value: Any) -> None:
        session_id = self._controller.session_id
        if self._loading or self._detail is None or session_id is None:
            return
        old = self._known.get(field)
        if value == old or (value is None and field not in _TIME_FIELDS):
            return
        self._known[field] = value
        text = self.tr("Edit the session's %1").replace("%1", self._field_name(field))
        self._controller.execute(
            FieldCommand(
                text,
                session_id=session_id,
                field=field,
                change=(value, old),
                refusals=self._refusals,
                landed=lambda _detail: self.message.hide(),
            )
        )

    def _date_edited(self) -> None:
        chosen = self.date_edit.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        self._edit("session_date", day)

    def _time_edited(self, field: str) -> None:
        check, edit = self._time_widgets(field)
        edit.setEnabled(check.isChecked())
        if self._loading or self._detail is None:
            return
        value: datetime | None = None
        combo = self._fold_widget(field)
        combo.setEnabled(check.isChecked())
        if self._known.get(field) is None and self._unrecorded(field):
            return  # recorded now, waiting for a time typed, or left unrecorded
        if check.isChecked():
            fold = None if combo.isHidden() else combo.currentData()
            try:
                value = local_to_utc(naive(edit.dateTime()), self._detail.time_zone, fold=fold)
            except TimeError as error:  # a time the clocks skip, or one they go through twice
                self.message.warn(str(error))
                if combo.isHidden():  # skipped: the stored time is shown again
                    self.reload()
                return  # twice: the time stays, for the operator to say which
        old = self._known.get(field)
        if value is not None and old is not None and to_minute(value) == to_minute(old):
            return
        self._edit(field, value)

    def _unrecorded(self, field: str) -> bool:
        """A time with none recorded was ticked, edited or unticked: True when that is all
        taken care of here. Ticked while the meeting is being held, the time now is recorded;
        ticked another day, the field waits for the operator's time (a placeholder at
        midnight of the session's date, nothing recorded until it is changed)."""
        assert self._detail is not None
        detail = self._detail
        check, edit = self._time_widgets(field)
        placeholder = datetime.combine(detail.session_date, time(0, 0))
        if not check.isChecked():
            self._awaiting.discard(field)
            edit.setDateTime(edit.minimumDateTime())
            return True
        if field in self._awaiting:
            if naive(edit.dateTime()) != placeholder:
                self._awaiting.discard(field)
                return False  # typed: recorded as any other time
            self._awaiting.discard(field)  # left untyped: nothing recorded
            blocked = check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(blocked)
            edit.setEnabled(False)
            edit.setDateTime(edit.minimumDateTime())
            return True
        if edit.dateTime() != edit.minimumDateTime():
            return False
        now = self._controller.workspace.sessions.now()
        held = may_open_at if field == "opened_at" else may_close_at
        if held(detail.session_date, detail.time_zone, now):
            local = utc_to_local(to_minute(now), detail.time_zone).replace(tzinfo=None)
            edit.setDateTime(qt_wall_clock(local))
            self._edit(field, to_minute(now))
            return True
        self._awaiting.add(field)
        edit.setDateTime(qt_wall_clock(placeholder))
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
        return True

    def _field_name(self, field: str) -> str:
        names = {
            "reference": self.tr("reference"),
            "committee_name": self.tr("committee name"),
            "committee_name_fr": self.tr("committee name in French"),
            "place": self.tr("place"),
            "place_fr": self.tr("place in French"),
            "chair": self.tr("chair"),
            "level": self.tr("level"),
            "format": self.tr("format"),
            "classification": self.tr("classification"),
            "chair_role": self.tr("chair's role"),
            "session_date": self.tr("date"),
            "opened_at": self.tr("opening time"),
            "closed_at": self.tr("closing time"),
        }
        return names[field]


def _side_by_side(edit: QWidget, combo: QWidget) -> QWidget:
    """A time and, beside it, the choice of which passage of a repeated hour."""
    row = QWidget(edit.parentWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(combo)
    return row
