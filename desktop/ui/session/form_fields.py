"""The session form's parts: the command that sets one field, combo helpers, wall clocks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QComboBox

from desktop.domain.timezones import utc_to_local
from desktop.services import Result, ServiceError, Workspace
from desktop.services.dto import SessionDetail
from desktop.ui.session.controller import ServiceCommand


class FieldCommand(ServiceCommand[SessionDetail]):
    """Set one field of a session; undo puts the previous value back. A refusal's sentence
    is also left in ``refusals`` so the form knows it is its own."""

    def __init__(
        self,
        text: str,
        *,
        session_id: int,
        field: str,
        change: tuple[object, object],  # (new, old)
        refusals: list[str],
        landed: Callable[[SessionDetail], None] | None = None,
    ) -> None:
        super().__init__(text, landed=landed)
        self._session_id, self._field = session_id, field
        self._new, self._old = change
        self._refusals = refusals

    def forward(self, ws: Workspace) -> Result[SessionDetail]:
        return self._update(ws, self._new, self._old)

    def backward(self, ws: Workspace) -> Result[SessionDetail]:
        return self._update(ws, self._old, self._new)

    def _update(self, ws: Workspace, value: object, shown: object) -> Result[SessionDetail]:
        """Set the field to ``value``, refused if it no longer holds ``shown`` (changed at
        another window meanwhile)."""
        field = self._field
        try:
            return ws.sessions.update(self._session_id, expected={field: shown}, **{field: value})
        except ServiceError as error:
            self._refusals.append(str(error))  # read on the GUI thread when `failed` arrives
            raise


def wall_clock(moment: datetime | None, zone: str) -> datetime | None:
    """The stored UTC ``moment`` as a naive wall-clock time in ``zone``."""
    return utc_to_local(moment, zone).replace(tzinfo=None) if moment else None


def qt_wall_clock(local: datetime) -> QDateTime:
    """A wall-clock time held in a UTC QDateTime, so that the system's own zone (and its
    daylight saving) never shifts or refuses it."""
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
        QTimeZone(QTimeZone.Initialization.UTC),
    )


def naive(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())  # noqa: DTZ001


def to_minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def fill_combo(combo: QComboBox, choices: Sequence[tuple[str, object]]) -> None:
    """Offer these (text, data) choices, keeping the chosen one when it is still there;
    the combo stays quiet while it changes."""
    chosen = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    for text, data in choices:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(blocked)


def select_data(combo: QComboBox, data: object) -> None:
    """Show ``data`` as the combo's choice without a change signal."""
    blocked = combo.blockSignals(True)
    combo.setCurrentIndex(max(combo.findData(data), 0))
    combo.blockSignals(blocked)
