"""A session's audit trail as a read-only Qt table model: when, who, what, before, after.

A thin adapter over the service's ``AuditEntry`` rows: it never calls a service. Times are
shown in the computer's local time (the CSV keeps UTC with its offset); an empty before or
after reads as a dash. ``AuditFilter`` keeps the rows whose text holds every word typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.services.audit import AuditEntry
from desktop.ui.labels import short_moment
from desktop.ui.models.rows import Column, RowsModel

Index = QModelIndex | QPersistentModelIndex

TIME, WHO, WHAT, BEFORE, AFTER = range(5)
COLUMN_COUNT = 5

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's ``AuditEntry``, for any column."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""What the column sorts by: the instant (and row order) for the time, else the text."""
NOTHING = "—"


translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def time_text(entry: AuditEntry) -> str:
    return short_moment(entry.at)


def who_text(entry: AuditEntry) -> str:
    """ "operator (workstation)"."""
    return f"{entry.operator} ({entry.workstation})" if entry.workstation else entry.operator


def _one_line(text: str) -> str:
    return " ".join(text.split()) or NOTHING


class AuditModel(RowsModel[AuditEntry]):
    """One row per change, in the order the service gives (oldest first). An entry is its own
    key: the trail only grows, so a reload inserts the new entries."""

    def __init__(self, parent: QObject | None = None) -> None:
        headers = [
            translate("AuditModel", "Time"),
            translate("AuditModel", "Who"),
            translate("AuditModel", "What"),
            translate("AuditModel", "Before"),
            translate("AuditModel", "After"),
        ]
        super().__init__(
            lambda e: e,
            [
                Column(
                    text,
                    partial(_display, column=column),
                    accessible=partial(_display, column=column),
                    tooltip=_tooltip,
                )
                for column, text in enumerate(headers)
            ],
            parent,
        )

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.set_rows(entries)

    def entries(self) -> list[AuditEntry]:
        return list(self._rows)

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # never editable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and 0 <= index.row() < len(self._rows):
            entry = self._rows[index.row()]
            if index.column() == TIME:
                return f"{entry.at.timestamp():020.6f}{index.row():08d}"
            return _display(entry, column=index.column()).casefold()
        return super().data(index, role)

    def extra(self, row: AuditEntry, column: int, role: int) -> Any:
        return row if role == ENTRY_ROLE else None


def _display(entry: AuditEntry, *, column: int) -> str:
    if column == TIME:
        return time_text(entry)
    if column == WHO:
        return who_text(entry)
    if column == WHAT:
        return entry.what
    return _one_line(entry.before if column == BEFORE else entry.after)


def _tooltip(entry: AuditEntry) -> str:
    lines = [
        entry.what,
        translate("AuditModel", "Before: %1").replace("%1", entry.before or NOTHING),
        translate("AuditModel", "After: %1").replace("%1", entry.after or NOTHING),
        f"{time_text(entry)} — {who_text(entry)} — {entry.action}",
    ]
    return "\n".join(lines)


class AuditFilter(QSortFilterProxyModel):
    """Rows whose time, who, what, before or after hold every word of the filter (in any
    case); sorting by ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        cells = " ".join(
            str(model.index(source_row, column, source_parent).data()) for column in range(5)
        ).casefold()
        return all(word in cells for word in self._words)
