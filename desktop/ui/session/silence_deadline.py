"""A date and hour in the session's zone (Brussels), as a deadline or a time of receipt.

Under the fields, the same instant in UTC and in the workstation's zone when that differs.
The hour skipped when the clocks go forward is refused with the sentence the services would
give; the hour that happens twice when they go back asks which: the first or the second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStyle,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import TimeError
from desktop.domain.timezones import local_to_utc
from desktop.i18n import repeated_hour_mark
from desktop.ui.silence_time import DAY_FORMAT, differs, utc_offset, when_in, zone_name


@dataclass(frozen=True, slots=True)
class Zones:
    """The session's zone (times are entered in it) and the workstation's."""

    session: str
    local: tzinfo


class DeadlineEdit(QWidget):
    changed = Signal()

    def __init__(
        self,
        zones: Zones,
        parent: QWidget | None = None,
        *,
        name: str = "",
        seconds: bool = False,
    ) -> None:
        super().__init__(parent)
        zone = zones.session
        self._zone, self._local = zone, zones.local
        self._seconds = seconds
        self._twice = False  # the hour shown happens twice
        name = name or self.tr("Deadline")
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DAY_FORMAT)
        self.date_edit.setAccessibleName(self.tr("%1: date").replace("%1", name))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm:ss" if seconds else "HH:mm")
        self.time_edit.setAccessibleName(
            self.tr("%1: hour, %2 time").replace("%1", name).replace("%2", zone_name(zone))
        )
        zone_label = QLabel(self.tr("%1 time").replace("%1", zone_name(zone)), self)
        self.fold_box = self._make_fold_box()
        self.problem_icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.problem_icon.setPixmap(warning.pixmap(size, size))
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("%1 in other zones").replace("%1", name))

        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.date_edit, 1)
        fields.addWidget(self.time_edit)
        fields.addWidget(zone_label)
        note = QHBoxLayout()
        note.setContentsMargins(0, 0, 0, 0)
        note.addWidget(self.problem_icon)
        note.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(fields)
        layout.addWidget(self.fold_box)
        layout.addLayout(note)
        self.setFocusProxy(self.date_edit)

        self.date_edit.dateChanged.connect(self._update)
        self.time_edit.timeChanged.connect(self._update)
        self.folds.idClicked.connect(lambda _id: self._update())
        self._update()

    def _make_fold_box(self) -> QWidget:
        """The first or the second of an hour that happens twice: shown only then."""
        # Named until shown, when their text says which hour each one is.
        self.first_radio = QRadioButton(self.tr("The first"), self)
        self.second_radio = QRadioButton(self.tr("The second"), self)
        self.folds = QButtonGroup(self)
        self.folds.addButton(self.first_radio, 0)
        self.folds.addButton(self.second_radio, 1)
        box = QWidget(self)
        box.setAccessibleName(self.tr("Which of the two"))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.first_radio)
        column.addWidget(self.second_radio)
        return box

    # ------------------------------------------------------------------ value
    def set_local(self, local: datetime) -> None:
        """Show ``local``, a naive wall-clock time in the session's zone."""
        self.date_edit.setDate(QDate(local.year, local.month, local.day))
        self.time_edit.setTime(QTime(local.hour, local.minute, local.second))

    def set_instant(self, moment: datetime) -> None:
        """Show ``moment`` (aware) as the session's wall clock shows it, fold included."""
        local = moment.astimezone(ZoneInfo(self._zone))
        self.set_local(local.replace(tzinfo=None))
        if self._twice:
            (self.second_radio if local.fold else self.first_radio).setChecked(True)
            self._update()

    def local(self) -> datetime:
        d, t = self.date_edit.date(), self.time_edit.time()
        second = t.second() if self._seconds else 0
        # A wall-clock time in the session's zone, naive on purpose: local_to_utc places it.
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), second)  # noqa: DTZ001

    def fold(self) -> int | None:
        """0 or 1 when the hour happens twice and the operator said which, else None."""
        chosen = self.folds.checkedId()
        return chosen if self._twice and chosen >= 0 else None

    def instant(self) -> datetime | None:
        """The UTC instant, or None while the date and hour name none (see ``problem``)."""
        try:
            return local_to_utc(self.local(), self._zone, fold=self.fold())
        except TimeError:
            return None

    def problem(self) -> str:
        """The services' sentence for an hour that does not exist or is ambiguous; or ""."""
        try:
            local_to_utc(self.local(), self._zone, fold=self.fold())
        except TimeError as error:
            return str(error)
        return ""

    # ------------------------------------------------------------------ showing
    def _update(self) -> None:
        local = self.local()
        self._twice = twice = _happens_twice(local, self._zone)
        if twice:
            for button, fold in ((self.first_radio, 0), (self.second_radio, 1)):
                moment = local_to_utc(local, self._zone, fold=fold)
                season = self._season(moment)
                mark = repeated_hour_mark(moment.astimezone(ZoneInfo(self._zone)))
                text = (
                    self.tr("The first %1 (%2, %3)")
                    if fold == 0
                    else self.tr("The second %1 (%2, %3)")
                )
                button.setText(
                    text.replace("%1", f"{local:%H:%M} {mark}")
                    .replace("%2", season)
                    .replace("%3", utc_offset(moment, self._zone))
                )
        else:
            self.folds.setExclusive(False)
            self.first_radio.setChecked(False)
            self.second_radio.setChecked(False)
            self.folds.setExclusive(True)
        self.fold_box.setVisible(twice)
        problem = self.problem()
        self.problem_icon.setVisible(bool(problem))
        instant = self.instant()
        self.preview.setText(problem or (self._elsewhere(instant) if instant else ""))
        self.preview.setAccessibleDescription(self.preview.text())
        self.changed.emit()

    def _elsewhere(self, moment: datetime) -> str:
        utc = QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        )
        clock = "HH:mm:ss" if self._seconds else "HH:mm"
        shown = QLocale().toString(utc, f"{DAY_FORMAT} {clock}")
        text = self.tr("That is %1 UTC").replace("%1", shown)
        if differs(moment, self._zone, self._local) and differs(moment, UTC, self._local):
            there = when_in(moment, self._local, seconds=self._seconds)
            text += self.tr(", and %1 on this computer").replace("%1", there)
        return text + "."

    def _season(self, moment: datetime) -> str:
        summer = moment.astimezone(ZoneInfo(self._zone)).dst() not in (None, timedelta(0))
        return self.tr("summer time") if summer else self.tr("winter time")


def _happens_twice(local: datetime, zone: str) -> bool:
    return bool(repeated_hour_mark(local.replace(tzinfo=ZoneInfo(zone))))
