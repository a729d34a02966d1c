"""The agenda: one row per item, in agenda order, with drag and drop to reorder.

The model never calls the services. An inline edit is shown at once and asked for with
``editRequested``; a drop asks for ``moveRequested``. The editor turns both into undoable
commands, moves rows with ``move_item`` while the services catch up, and the next reload
shows what they stored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.domain.sessions import AgendaKind
from desktop.services.dto import AgendaItem
from desktop.ui.labels import capitalised, ui_language
from desktop.ui.models.rows import Column, RowsModel
from desktop.ui.texts import in_ui_language

NUMBER, TITLE, KIND, DOCUMENTS = range(4)
COLUMN_COUNT = 4

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The item's id (an ``int``), for any column of its row."""

MIME_TYPE = "application/x-tourdetable-agenda-item"
"""Drag data: the dragged item's id, as ASCII digits."""

_FIELDS = {TITLE: "title", KIND: "kind", DOCUMENTS: "documents"}

AnyIndex = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


class AgendaModel(RowsModel[AgendaItem]):
    editRequested = Signal(int, str, object, object)  # item id, field name, new, old value
    moveRequested = Signal(int, int)  # item id, new 1-based number

    def __init__(self, parent: QObject | None = None) -> None:
        edit = translate("AgendaModel", "Edit with F2; Enter shows the item in the positions grid")
        super().__init__(
            lambda i: i.id,
            [
                Column(
                    translate("AgendaModel", "No."),
                    lambda i: _display(i, NUMBER),
                    header_tooltip=translate(
                        "AgendaModel", "Move with Ctrl+Up and Ctrl+Down, or drag the row"
                    ),
                ),
                Column(
                    translate("AgendaModel", "Title"),
                    lambda i: in_ui_language(i.title, i.title_fr),
                    header_tooltip=edit,
                ),
                Column(
                    translate("AgendaModel", "Kind"),
                    lambda i: _display(i, KIND),
                    header_tooltip=edit,
                ),
                Column(
                    translate("AgendaModel", "Documents"),
                    lambda i: i.documents,
                    header_tooltip=edit,
                ),
            ],
            parent,
        )

    # ------------------------------------------------------------------ content
    def set_items(self, items: Sequence[AgendaItem]) -> None:
        """Show these items: rows are inserted, removed, moved or repainted, never reset."""
        self.set_rows(items)

    def item(self, row: int) -> AgendaItem:
        return self._rows[row]

    def items(self) -> tuple[AgendaItem, ...]:
        return tuple(self._rows)

    def row_of(self, item_id: int) -> int | None:
        return self.row_of_key(item_id)

    def move_item(self, item_id: int, number: int) -> None:
        """Show the item at 1-based ``number`` now, before the services confirm it."""
        source = self.row_of(item_id)
        if source is None:
            return
        target = max(0, min(number - 1, len(self._rows) - 1))
        if target == source:
            return
        self.move_row(source, target)
        self._rows = [dataclasses.replace(i, number=n) for n, i in enumerate(self._rows, 1)]
        low, high = min(source, target), max(source, target)
        self.dataChanged.emit(self.index(low, NUMBER), self.index(high, NUMBER))

    # ------------------------------------------------------------------ Qt
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() in _FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def extra(self, row: AgendaItem, column: int, role: int) -> Any:
        handler = _ROLES.get(role)
        return handler(row, column) if handler else None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() not in _FIELDS or not 0 <= index.row() < len(self._rows):
            return False
        item = self._rows[index.row()]
        field = _field(index.column())
        try:
            new: Any = AgendaKind(value) if field == "kind" else str(value or "").strip()
        except ValueError:
            return False
        other = {"title": item.title_fr, "title_fr": item.title}.get(field)
        if new == getattr(item, field) or (other is not None and not new and not other):
            return False  # a title with no version left is refused: the old one stays
        self._rows[index.row()] = dataclasses.replace(item, **{field: new})
        self.dataChanged.emit(index, index)
        self.editRequested.emit(item.id, field, new, getattr(item, field))
        return True

    # ------------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._rows[rows[0]].id).encode("ascii")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and _dragged_id(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        item_id = _dragged_id(data)
        if action != Qt.DropAction.MoveAction or item_id is None:
            return False
        source = self.row_of(item_id)
        if source is None:
            return False
        if row < 0:  # dropped on an item (before it) or below the last one
            row = parent.row() if parent.isValid() else len(self._rows)
        number = row if row > source else row + 1  # rows after the source shift up by one
        if number == source + 1:
            return False
        self.moveRequested.emit(item_id, number)
        return True


def _field(column: int) -> str:
    """The field a column's inline edit writes; a title's is the interface language's."""
    if column == TITLE and ui_language() == "fr":
        return "title_fr"
    return _FIELDS[column]


def _display(item: AgendaItem, column: int) -> str | None:
    if column == NUMBER:
        return str(item.number)
    if column == TITLE:
        return in_ui_language(item.title, item.title_fr)
    if column == KIND:
        return capitalised(item.kind.label)
    if column == DOCUMENTS:
        return item.documents
    return None


def _dragged_id(data: QMimeData) -> int | None:
    if not data.hasFormat(MIME_TYPE):
        return None
    text = bytes(data.data(MIME_TYPE).data()).decode("ascii", errors="replace")
    return int(text) if text.isdigit() else None


def _tooltip(item: AgendaItem, _column: int) -> str:
    lines = [
        f"{item.number}. {in_ui_language(item.title, item.title_fr)}",
        capitalised(item.kind.label),
    ]
    if item.documents:
        lines.append(translate("AgendaModel", "Documents: %1").replace("%1", item.documents))
    if item.summary:
        lines.append(item.summary)
    return "\n".join(lines)


def _alignment(_item: AgendaItem, column: int) -> Qt.AlignmentFlag | None:
    if column != NUMBER:
        return None
    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


_ROLES: dict[int, Callable[[AgendaItem, int], Any]] = {
    Qt.ItemDataRole.AccessibleTextRole: lambda i, c: (
        _display(i, c) or (translate("AgendaModel", "no documents") if c == DOCUMENTS else None)
    ),
    # A title is edited in the interface's language: that version, empty when not written.
    Qt.ItemDataRole.EditRole: lambda i, c: (
        i.kind.value if c == KIND else getattr(i, _field(c)) if c == TITLE else _display(i, c)
    ),
    Qt.ItemDataRole.ToolTipRole: _tooltip,
    Qt.ItemDataRole.TextAlignmentRole: _alignment,
    ITEM_ID_ROLE: lambda i, _c: i.id,
}
