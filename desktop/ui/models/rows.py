"""``RowsModel[T]``: a flat table of frozen rows keyed by an id, updated in place.

``set_rows`` compares the new rows with the shown ones by key: rows gone are removed, rows
whose order changed are moved, new rows are inserted and rows whose value changed repaint
(``dataChanged``). Nothing is reset but the first fill (or when asked), so a view's
selection and current index stay on the rows they were on.

A subclass names its columns with ``Column`` specs (the header through ``tr()`` in the
subclass, a display function, optional tooltip, alignment and accessible text) and answers
any other role in ``extra``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, and what its cells say for the display role and some others
    (``None``: the role is left to ``RowsModel.extra``)."""

    header: str
    display: Callable[[T], Any]
    tooltip: Callable[[T], Any] | None = None
    accessible: Callable[[T], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None
    header_tooltip: str | None = None


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of ``T`` keyed by ``key``; columns from ``columns``."""

    def __init__(
        self,
        key: Callable[[T], Hashable],
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._key = key
        self._columns: tuple[Column[T], ...] = tuple(columns)
        self._rows: list[T] = []

    # ------------------------------------------------------------------ content
    def set_rows(self, rows: Sequence[T], *, reset: bool = False) -> None:
        """Show ``rows`` in this order, changing only what differs (see the module)."""
        new = list(rows)
        keys = [self._key(r) for r in new]
        if reset or not self._rows or len(set(keys)) != len(keys):
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        wanted = set(keys)
        self._remove_gone(wanted)
        self._move_into(keys)
        self._insert_new(new, keys)
        self._replace_changed(new)

    def rows(self) -> list[T]:
        return list(self._rows)

    def row(self, number: int) -> T:
        return self._rows[number]

    def row_of_key(self, key: Hashable) -> int | None:
        return next((n for n, r in enumerate(self._rows) if self._key(r) == key), None)

    def move_row(self, source: int, target: int) -> None:
        """Move the row at ``source`` so that it ends up at ``target``."""
        if source == target:
            return
        # beginMoveRows wants the row the item goes before, counted before the move.
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target + (target > source))
        self._rows.insert(target, self._rows.pop(source))
        self.endMoveRows()

    def replace_row(self, number: int, value: T) -> None:
        """Show ``value`` at row ``number`` and repaint the whole row."""
        self._rows[number] = value
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self._columns) - 1))

    def relayout(self, rows: Sequence[T]) -> None:
        """Show the same rows in another order (a sort), keeping persistent indexes on them."""
        self.layoutAboutToBeChanged.emit()
        old = {self._key(r): n for n, r in enumerate(self._rows)}
        self._rows = list(rows)
        where = {old[self._key(r)]: n for n, r in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(where.get(i.row(), i.row()), i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ Qt
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Role.DisplayRole:
            return column.header
        if role == Role.ToolTipRole:
            return column.header_tooltip
        return self.header_extra(section, role)

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        spec = column.display if role == Role.DisplayRole else None
        if role == Role.ToolTipRole:
            spec = column.tooltip
        elif role == Role.AccessibleTextRole:
            spec = column.accessible
        if spec is not None:
            return spec(row)
        if role == Role.TextAlignmentRole and column.alignment is not None:
            return column.alignment
        return self.extra(row, index.column(), role)

    def extra(self, row: T, column: int, role: int) -> Any:
        """What the cell holds for a role the column spec does not answer."""
        return None

    def header_extra(self, section: int, role: int) -> Any:
        """What a header holds for a role other than its text and tooltip."""
        return None

    # ------------------------------------------------------------------ the steps of set_rows
    def _remove_gone(self, wanted: set[Hashable]) -> None:
        end = len(self._rows)
        while end > 0:
            if self._key(self._rows[end - 1]) in wanted:
                end -= 1
                continue
            start = end - 1
            while start > 0 and self._key(self._rows[start - 1]) not in wanted:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            del self._rows[start:end]
            self.endRemoveRows()
            end = start

    def _move_into(self, keys: list[Hashable]) -> None:
        shown = {self._key(r) for r in self._rows}
        order = [k for k in keys if k in shown]
        for target, key in enumerate(order):
            if self._key(self._rows[target]) != key:
                source = next(
                    n for n in range(target + 1, len(self._rows)) if self._key(self._rows[n]) == key
                )
                self.move_row(source, target)

    def _insert_new(self, new: list[T], keys: list[Hashable]) -> None:
        shown = {self._key(r) for r in self._rows}
        start = 0
        while start < len(new):
            if keys[start] in shown:
                start += 1
                continue
            end = start
            while end + 1 < len(new) and keys[end + 1] not in shown:
                end += 1
            self.beginInsertRows(QModelIndex(), start, end)
            self._rows[start:start] = new[start : end + 1]
            self.endInsertRows()
            start = end + 1

    def _replace_changed(self, new: list[T]) -> None:
        changed = [
            n for n, (old, value) in enumerate(zip(self._rows, new, strict=True)) if old != value
        ]
        self._rows = new
        last = len(self._columns) - 1
        start = 0
        while start < len(changed):
            end = start
            while end + 1 < len(changed) and changed[end + 1] == changed[end] + 1:
                end += 1
            self.dataChanged.emit(self.index(changed[start], 0), self.index(changed[end], last))
            start = end + 1
