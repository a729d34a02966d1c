"""Archive search results and a delegation's history as Qt table models.

Thin adapters over the services' ``SearchHit`` and ``HistoryEntry``: they never call a
service. Each row carries its session and item ids (``SESSION_ID_ROLE``, ``ITEM_ID_ROLE``)
so that a view can open the session at the item.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.positions import Position
from desktop.domain.silence import LetterKind, LetterStatus
from desktop.services.dto import HistoryEntry, HistoryKind, HitKind, SearchHit
from desktop.ui.labels import capitalised, short_day, shown
from desktop.ui.models.rows import Column, RowsModel

AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row", bound=SearchHit | HistoryEntry)

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # int, every column
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # int, every column
HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # str: the snippet with its matches in <b>
ROW_ROLE = Qt.ItemDataRole.UserRole + 4  # the SearchHit or HistoryEntry itself


translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def kind_text(hit: SearchHit) -> str:
    """What matched, in a few words: "Objection", "Letter (break)", "Decision (agreed)"."""
    if hit.kind is HitKind.STATEMENT and hit.position is not None:
        text = capitalised(hit.position.label)
    elif hit.kind is HitKind.LETTER:
        text = (
            translate("SearchHits", "Silence break")
            if hit.letter_kind is LetterKind.BREAK
            else translate("SearchHits", "Comment")
        )
    elif hit.kind is HitKind.DECISION:
        text = translate("SearchHits", "Decision")
        if hit.outcome is not None:
            text += f" ({shown(hit.outcome.label)})"
    elif hit.kind is HitKind.SILENCE:
        text = translate("SearchHits", "Silence procedure")
    elif hit.kind is HitKind.INTERVENTION:
        text = translate("SearchHits", "Intervention")
    else:
        text = translate("SearchHits", "Agenda item")
    return text if hit.current else translate("SearchHits", "%1 (replaced)").replace("%1", text)


def history_kind_text(entry: HistoryEntry) -> str:
    if entry.kind is HistoryKind.SILENCE_BREAK:
        return translate("SearchHits", "Silence break")
    return capitalised(Position(entry.kind.value).label)


def history_state_text(entry: HistoryEntry) -> str:
    """Whether it still stands, and if not, why."""
    if entry.letter_status is LetterStatus.BREAK_WITHDRAWN:
        return translate("SearchHits", "Withdrawn")
    if entry.letter_status is LetterStatus.LATE:
        return translate("SearchHits", "Late")
    if entry.letter_status is not None and entry.letter_status is not LetterStatus.BREAKS:
        return translate("SearchHits", "Did not break")
    return (
        translate("SearchHits", "Stands") if entry.standing else translate("SearchHits", "Replaced")
    )


def _item_text(number: int, title: str) -> str:
    return f"{number}. {title}"


class _Table(RowsModel[Row]):
    """A read-only table of frozen rows, each its own key, sortable by column."""

    def __init__(
        self,
        headers: Sequence[str],
        display: Sequence[Callable[[Row], str]],
        sort_keys: Sequence[Callable[[Row], Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            lambda r: r,
            [
                Column(header, cell, tooltip=self._tip, accessible=cell)
                for header, cell in zip(headers, display, strict=True)
            ],
            parent,
        )
        self._sort_keys: list[Callable[[Row], Any]] = list(sort_keys)
        self._order: tuple[int, Qt.SortOrder] | None = None  # as the user sorted, if they did

    def set_rows(self, rows: Sequence[Row], *, reset: bool = False) -> None:
        """Show ``rows``: in their order, or in the one the user chose by a column."""
        super().set_rows(self._sorted(rows, self._order), reset=reset)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (SESSION_ID_ROLE, ITEM_ID_ROLE, ROW_ROLE):
            if not index.isValid() or not 0 <= index.row() < len(self._rows):
                return None
            row = self._rows[index.row()]
            common = {SESSION_ID_ROLE: row.session_id, ITEM_ID_ROLE: row.item_id, ROW_ROLE: row}
            return common[role]
        return super().data(index, role)

    def tooltip(self, row: Row) -> str:
        return ""

    def _tip(self, row: Row) -> str:
        return self.tooltip(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._sort_keys):
            self._order = None  # no column: the order the rows came in, from the next ones
            return
        self._order = (column, order)
        self.relayout(self._sorted(self._rows, self._order))

    def _sorted(self, rows: Sequence[Row], by: tuple[int, Qt.SortOrder] | None) -> list[Row]:
        if by is None:
            return list(rows)
        column, order = by
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self._sort_keys[column], reverse=descending)


# ---------------------------------------------------------------------- search results
DATE, SESSION, ITEM, WHAT, DELEGATION, SNIPPET = range(6)


class SearchHitsModel(_Table[SearchHit]):
    """One row a hit, best first until sorted otherwise: date, session, item, what matched,
    delegation, and the passage with the matched words in bold (``HTML_ROLE``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                translate("SearchHits", "Date"),
                translate("SearchHits", "Session"),
                translate("SearchHits", "Item"),
                translate("SearchHits", "What"),
                translate("SearchHits", "Delegation"),
                translate("SearchHits", "Passage"),
            ],
            [
                lambda h: short_day(h.session_date),
                lambda h: h.session_reference or h.session_title,
                lambda h: _item_text(h.item_number, h.item_title),
                kind_text,
                lambda h: h.delegation,
                lambda h: h.snippet,
            ],
            [
                lambda h: (h.session_date, h.session_id, h.item_number),
                lambda h: (h.session_reference.casefold(), h.session_date),
                lambda h: (h.item_title.casefold(), h.session_date),
                lambda h: (kind_text(h), h.session_date),
                lambda h: (h.delegation, h.session_date),
                lambda h: h.rank,
            ],
            parent,
        )  # fmt: skip

    def extra(self, row: SearchHit, column: int, role: int) -> Any:
        if role == HTML_ROLE and column == SNIPPET:
            return row.marked("<b>", "</b>", html.escape)
        return None

    def tooltip(self, row: SearchHit) -> str:
        lines = [
            f"{row.session_title} — {short_day(row.session_date)}",
            _item_text(row.item_number, row.item_title),
        ]
        if row.session_reference:
            lines.insert(1, row.session_reference)
        lines.append(row.snippet)
        return "\n".join(lines)


# ---------------------------------------------------------------------- a delegation's history
H_DATE, H_SESSION, H_ITEM, H_WHAT, H_STATE, H_TEXT = range(6)


class HistoryModel(_Table[HistoryEntry]):
    """A delegation's objections, reservations, footnotes and silence breaks, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                translate("SearchHits", "Date"),
                translate("SearchHits", "Session"),
                translate("SearchHits", "Item"),
                translate("SearchHits", "What"),
                translate("SearchHits", "Status"),
                translate("SearchHits", "Text"),
            ],
            [
                lambda e: short_day(e.session_date),
                lambda e: e.session_reference or e.session_title,
                lambda e: _item_text(e.item_number, e.item_title),
                history_kind_text,
                history_state_text,
                _entry_text,
            ],
            [
                lambda e: (e.session_date, e.session_id, e.item_number, e.at),
                lambda e: (e.session_reference.casefold(), e.session_date),
                lambda e: (e.item_title.casefold(), e.session_date),
                lambda e: (history_kind_text(e), e.session_date),
                lambda e: (history_state_text(e), e.session_date),
                lambda e: (e.text.casefold(), e.session_date),
            ],
            parent,
        )

    def tooltip(self, row: HistoryEntry) -> str:
        lines = [f"{row.session_title} — {short_day(row.session_date)}"]
        lines.append(_item_text(row.item_number, row.item_title))
        if row.text:
            lines.append(row.text)
        return "\n".join(lines)


def _entry_text(entry: HistoryEntry) -> str:
    parts = []
    if entry.paragraphs:
        parts.append(translate("SearchHits", "¶ %1:").replace("%1", ", ".join(entry.paragraphs)))
    if entry.text:
        parts.append(entry.text)
    if entry.reference:
        parts.append(f"({entry.reference})")
    return " ".join(parts)
