"""Attendance: the delegations at the table, in seating order, as a table model.

The model never calls the services. An edit made in a view (the present check box, the head
of delegation) is shown at once and asked for with ``presentRequested`` / ``headRequested``;
the panel turns the request into an undoable command, and the next reload shows what the
services stored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.domain.sessions import AttendanceKind
from desktop.services.dto import Delegation
from desktop.ui.labels import ui_language
from desktop.ui.models.rows import Column, RowsModel

CODE, NAME, KIND, PRESENT, HEAD = range(5)
COLUMN_COUNT = 5

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The delegation's code (a ``str``), for any column of its row."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
"""The delegation's ``AttendanceKind`` value (a ``str``: Qt hands enums back as text)."""

AnyIndex = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def kind_name(kind: AttendanceKind) -> str:
    names = {
        AttendanceKind.MEMBER: translate("AttendanceModel", "member"),
        AttendanceKind.INVITEE: translate("AttendanceModel", "invitee"),
        AttendanceKind.PARTNER: translate("AttendanceModel", "partner"),
        AttendanceKind.STAFF: translate("AttendanceModel", "staff"),
    }
    return names[kind]


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


class AttendanceModel(RowsModel[Delegation]):
    presentRequested = Signal(str, bool)  # delegation code, present
    headRequested = Signal(str, str, str)  # delegation code, new head, previous head

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            lambda d: d.code,
            [
                Column(translate("AttendanceModel", "Code"), lambda d: _text(d, CODE)),
                Column(translate("AttendanceModel", "Delegation"), lambda d: _text(d, NAME)),
                Column(translate("AttendanceModel", "Kind"), lambda d: _text(d, KIND)),
                Column(
                    translate("AttendanceModel", "Present"),
                    lambda d: _text(d, PRESENT),
                    header_tooltip=translate(
                        "AttendanceModel", "Present or absent: Space on the row, or click the box"
                    ),
                ),
                Column(
                    translate("AttendanceModel", "Head of delegation"),
                    lambda d: _text(d, HEAD),
                    header_tooltip=translate(
                        "AttendanceModel", "Edit with Enter, F2 or a double-click"
                    ),
                ),
            ],
            parent,
        )

    # ------------------------------------------------------------------ content
    def set_delegations(self, delegations: Sequence[Delegation]) -> None:
        """Show these delegations: rows are inserted, removed, moved or repainted, never
        reset."""
        self.set_rows(delegations)

    def delegation(self, row: int) -> Delegation:
        return self._rows[row]

    def delegations(self) -> tuple[Delegation, ...]:
        return tuple(self._rows)

    def row_of(self, code: str) -> int | None:
        return self.row_of_key(code)

    # ------------------------------------------------------------------ Qt
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PRESENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == HEAD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def extra(self, row: Delegation, column: int, role: int) -> Any:
        handler = _ROLES.get(role)
        return handler(row, column) if handler else None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        d = self._rows[index.row()]
        if index.column() == PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            present = _checked(value)
            if present == d.present:
                return False
            self.replace_row(index.row(), dataclasses.replace(d, present=present))
            self.presentRequested.emit(d.code, present)
            return True
        if index.column() == HEAD and role == Qt.ItemDataRole.EditRole:
            head = str(value or "").strip()
            if head == d.head_of_delegation:
                return False
            self.replace_row(index.row(), dataclasses.replace(d, head_of_delegation=head))
            self.headRequested.emit(d.code, head, d.head_of_delegation)
            return True
        return False


def _text(d: Delegation, column: int) -> str | None:
    texts = {
        CODE: lambda: d.code,
        NAME: lambda: d.name(ui_language()),
        KIND: lambda: kind_name(d.kind),
        PRESENT: lambda: (
            translate("AttendanceModel", "present")
            if d.present
            else translate("AttendanceModel", "absent")
        ),
        HEAD: lambda: d.head_of_delegation,
    }
    text = texts.get(column)
    return text() if text else None


def _tooltip(d: Delegation, _column: int) -> str:
    rights = (
        translate("AttendanceModel", "Holds decision rights")
        if d.has_decision_rights
        else translate("AttendanceModel", "Attends without decision rights")
    )
    presence = (
        translate("AttendanceModel", "present")
        if d.present
        else translate("AttendanceModel", "absent")
    )
    return f"{d.name(ui_language())} ({d.code}), {kind_name(d.kind)}, {presence}\n{rights}"


def _check(d: Delegation, column: int) -> Qt.CheckState | None:
    if column != PRESENT:
        return None
    return Qt.CheckState.Checked if d.present else Qt.CheckState.Unchecked


def _font(d: Delegation, _column: int) -> QFont | None:
    if d.present:
        return None
    font = QFont()
    font.setItalic(True)  # absent: shown in words too, never by the look alone
    return font


_ROLES: dict[int, Callable[[Delegation, int], Any]] = {
    Qt.ItemDataRole.AccessibleTextRole: lambda d, c: (
        _text(d, c)
        or (translate("AttendanceModel", "no head of delegation named") if c == HEAD else None)
    ),
    Qt.ItemDataRole.EditRole: lambda d, c: d.head_of_delegation if c == HEAD else _text(d, c),
    Qt.ItemDataRole.CheckStateRole: _check,
    Qt.ItemDataRole.FontRole: _font,
    Qt.ItemDataRole.ToolTipRole: _tooltip,
    CODE_ROLE: lambda d, _c: d.code,
    KIND_ROLE: lambda d, _c: d.kind,
}
