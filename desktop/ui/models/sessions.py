"""The sessions list: a table model over ``SessionSummary`` dataclasses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    Qt,
)

from desktop.domain.bodies import BODIES, BodyKind
from desktop.domain.positions import Effect
from desktop.domain.sessions import Classification, Level
from desktop.services.dto import SessionSummary
from desktop.ui import marks
from desktop.ui.labels import capitalised, short_day, shown
from desktop.ui.models.rows import Column, RowsModel
from desktop.ui.models.silence_text import break_icon

DATE, REFERENCE, BODY, LEVEL, PLACE, ITEMS, SILENCE = range(7)
COLUMN_COUNT = 7

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The session's id (an ``int``), for any column of its row."""

translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings
_SILENCE_ROLES = (
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def body_name(summary: SessionSummary) -> str:
    """The body's name in the interface language; a committee goes by its own name (the
    title's first part)."""
    try:
        kind = BodyKind(summary.body)
    except ValueError:
        return summary.body
    if kind is BodyKind.COMMITTEE:
        return summary.title.partition(" — ")[0]
    return shown(BODIES[kind].name)


def level_name(summary: SessionSummary) -> str:
    try:
        return capitalised(Level(summary.level).label)
    except ValueError:
        return summary.level


def marking(summary: SessionSummary) -> str:
    try:
        return Classification(summary.classification).marking
    except ValueError:
        return summary.classification


def silence_text(summary: SessionSummary) -> str:
    """ "1 under silence · 1 broken": the items whose latest silence procedure runs or broke."""
    parts = []
    if summary.silence_running:
        parts.append(
            QCoreApplication.translate("SessionsModel", "%1 under silence").replace(
                "%1", str(summary.silence_running)
            )
        )
    if summary.silence_broken:
        parts.append(
            QCoreApplication.translate("SessionsModel", "%1 broken").replace(
                "%1", str(summary.silence_broken)
            )
        )
    return " · ".join(parts)


_DISPLAY: dict[int, Callable[[SessionSummary], str]] = {
    DATE: lambda s: short_day(s.session_date),
    REFERENCE: lambda s: s.reference or "—",
    BODY: body_name,
    LEVEL: level_name,
    PLACE: lambda s: s.place,
    ITEMS: lambda s: str(s.item_count),
    SILENCE: silence_text,
}

_SORT_KEYS: dict[int, Callable[[SessionSummary], Any]] = {
    DATE: lambda s: (s.session_date, s.reference),
    REFERENCE: lambda s: (s.reference.casefold(), s.session_date),
    BODY: lambda s: (body_name(s).casefold(), s.session_date),
    LEVEL: lambda s: (level_name(s).casefold(), s.session_date),
    PLACE: lambda s: (s.place.casefold(), s.session_date),
    ITEMS: lambda s: (s.item_count, s.session_date),
    SILENCE: lambda s: (s.silence_broken, s.silence_running, s.session_date),
}


class SessionsModel(RowsModel[SessionSummary]):
    """One row per session; newest first until the user sorts by another column."""

    def __init__(self, parent: QObject | None = None) -> None:
        headers = {
            DATE: translate("SessionsModel", "Date"),
            REFERENCE: translate("SessionsModel", "Reference"),
            BODY: translate("SessionsModel", "Body"),
            LEVEL: translate("SessionsModel", "Level"),
            PLACE: translate("SessionsModel", "Place"),
            ITEMS: translate("SessionsModel", "Items"),
            SILENCE: translate("SessionsModel", "Silence"),
        }
        super().__init__(
            lambda s: s.id,
            [
                Column(text, _DISPLAY[column], alignment=_alignment(column))
                for column, text in headers.items()
            ],
            parent,
        )
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.DescendingOrder

    # ------------------------------------------------------------------ content
    def set_sessions(self, sessions: Sequence[SessionSummary]) -> None:
        self.set_rows(self._sorted(sessions))

    def session(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_of(self, session_id: int) -> int | None:
        return self.row_of_key(session_id)

    # ------------------------------------------------------------------ Qt
    def header_extra(self, section: int, role: int) -> Any:
        return _alignment(section) if role == Qt.ItemDataRole.TextAlignmentRole else None

    def extra(self, row: SessionSummary, column: int, role: int) -> Any:
        if column == SILENCE and role in _SILENCE_ROLES:
            return self._silence_data(row, role)
        if role == SESSION_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _silence_data(self, summary: SessionSummary, role: int) -> Any:
        """A broken silence in red with a flag and the word; a running one with its mark."""
        if role == Qt.ItemDataRole.DecorationRole:
            if summary.silence_broken:
                return break_icon()
            if summary.silence_running:
                return marks.effect_icon(Effect.PENDING)
        if role == Qt.ItemDataRole.ForegroundRole and summary.silence_broken:
            return marks.break_colour()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return silence_text(summary) or self.tr("No silence procedure")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _SORT_KEYS:
            return
        self._sort_column, self._sort_order = column, order
        self.relayout(self._sorted(self._rows))

    # ------------------------------------------------------------------ helpers
    def _sorted(self, sessions: Sequence[SessionSummary]) -> list[SessionSummary]:
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(sessions, key=_SORT_KEYS[self._sort_column], reverse=descending)

    def _tooltip(self, summary: SessionSummary) -> str:
        day = summary.session_date
        lines = [
            summary.title,
            QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy"),
        ]
        if summary.chair:
            lines.append(self.tr("Chair: %1").replace("%1", summary.chair))
        if summary.classification:
            lines.append(marking(summary))
        if summary.silence_broken:
            lines.append(
                self.tr(
                    "Silence broken on %n item(s): see the Silence tab.", "", summary.silence_broken
                )
            )
        if summary.silence_running:
            lines.append(self.tr("Under silence: %n item(s).", "", summary.silence_running))
        return "\n".join(lines)


def _alignment(column: int) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignRight if column == ITEMS else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter
