"""An item's action items as a Qt table model: who, what, by when, how far.

A thin adapter over ``ActionItemView`` rows: it never calls a service. An inline edit leaves
through ``editRequested`` (the action's id and the ``update`` keywords) for the actions list to
turn into an undoable command; the rows change when the services' answer comes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import Any, TypedDict

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.services.dto import ActionItemView
from desktop.ui.labels import capitalised, short_day
from desktop.ui.models.rows import Column, RowsModel

Index = QModelIndex | QPersistentModelIndex

OWNER_KIND, OWNER, DESCRIPTION, DUE, STATUS = range(5)
COLUMN_COUNT = 5

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's ``ActionItemView``, for any column."""
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The action's id (an ``int``), for any column."""


class Edit(TypedDict, total=False):
    """``ActionItemService.update``'s keywords that an edit sets."""

    owner_kind: OwnerKind
    owner: str
    description: str
    due_date: date
    clear_due_date: bool
    status: ActionStatus


translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def due_text(due: date | None) -> str:
    return short_day(due) if due is not None else "—"


def owner_text(action: ActionItemView) -> str:
    """The owner's name, or the kind of owner when no name was given."""
    return action.owner or capitalised(action.owner_kind.label)


def update_for(action: ActionItemView, column: int, value: Any) -> Edit | None:
    """The ``ActionItemService.update`` keywords that set ``column`` to ``value``; None when
    nothing would change."""
    edit: Edit | None = None
    if column == OWNER_KIND:
        kind = OwnerKind(value)
        edit = {"owner_kind": kind} if kind is not action.owner_kind else None
    elif column == OWNER:
        text = str(value).strip()
        edit = {"owner": text} if text != action.owner else None
    elif column == DESCRIPTION:
        text = str(value).strip()
        edit = {"description": text} if text != action.description else None
    elif column == DUE:
        due = _as_date(value)
        if due != action.due_date:
            edit = {"clear_due_date": True} if due is None else {"due_date": due}
    elif column == STATUS:
        status = ActionStatus(value)
        edit = {"status": status} if status is not action.status else None
    return edit


def reverse_of(action: ActionItemView, edit: Edit) -> Edit:
    """The keywords that put back what ``edit`` changes on ``action``."""
    back: Edit = {}
    if "owner_kind" in edit:
        back["owner_kind"] = action.owner_kind
    if "owner" in edit:
        back["owner"] = action.owner
    if "description" in edit:
        back["description"] = action.description
    if "due_date" in edit or "clear_due_date" in edit:
        if action.due_date is None:
            back["clear_due_date"] = True
        else:
            back["due_date"] = action.due_date
    if "status" in edit:
        back["status"] = action.status
    return back


def _as_date(value: Any) -> date | None:
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day()) if value.isValid() else None
    if isinstance(value, date) or value is None:
        return value
    raise TypeError(f"not a date: {value!r}")


class ActionsModel(RowsModel[ActionItemView]):
    """One row per action item of one agenda item, in the order they were added."""

    editRequested = Signal(int, object)  # action id, dict of ``update`` keywords

    def __init__(self, parent: QObject | None = None) -> None:
        headers = {
            OWNER_KIND: translate("ActionsModel", "Owner kind"),
            OWNER: translate("ActionsModel", "Owner"),
            DESCRIPTION: translate("ActionsModel", "Action"),
            DUE: translate("ActionsModel", "Due"),
            STATUS: translate("ActionsModel", "Status"),
        }
        super().__init__(
            lambda a: a.id,
            [
                Column(text, partial(_display, column=column), tooltip=_tooltip)
                for column, text in headers.items()
            ],
            parent,
        )

    # ------------------------------------------------------------------ content
    def set_actions(self, actions: Sequence[ActionItemView]) -> None:
        """Show ``actions``; rows that stay keep their place, so a selection survives."""
        self.set_rows(actions)

    def action(self, row: int) -> ActionItemView:
        return self._rows[row]

    def row_of(self, action_id: int) -> int | None:
        return self.row_of_key(action_id)

    # ------------------------------------------------------------------ Qt
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def extra(self, row: ActionItemView, column: int, role: int) -> Any:
        value: Any = None
        if role == Qt.ItemDataRole.EditRole:
            value = _edit_value(row, column)
        elif role == Qt.ItemDataRole.FontRole and row.status is ActionStatus.CANCELLED:
            value = QFont()
            value.setStrikeOut(True)
        elif role == ACTION_ROLE:
            value = row
        elif role == ACTION_ID_ROLE:
            value = row.id
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the change; the row shows it once the services have stored it."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        action = self._rows[index.row()]
        try:
            edit = update_for(action, index.column(), value)
        except (TypeError, ValueError):
            return False
        if edit is not None:
            self.editRequested.emit(action.id, edit)
        return True


def _display(action: ActionItemView, *, column: int) -> str | None:
    if column == OWNER_KIND:
        return capitalised(action.owner_kind.label)
    if column == OWNER:
        return owner_text(action)
    if column == DESCRIPTION:
        return action.description
    if column == DUE:
        return due_text(action.due_date)
    if column == STATUS:
        return capitalised(action.status.label)
    return None


def _edit_value(action: ActionItemView, column: int) -> Any:
    if column == OWNER_KIND:
        return action.owner_kind.value
    if column == OWNER:
        return action.owner
    if column == DESCRIPTION:
        return action.description
    if column == DUE:
        due = action.due_date
        return QDate(due.year, due.month, due.day) if due is not None else QDate()
    if column == STATUS:
        return action.status.value
    return None


def _tooltip(action: ActionItemView) -> str:
    lines = [
        action.description,
        translate("ActionsModel", "Owner: %1").replace("%1", _owner_line(action)),
        translate("ActionsModel", "Due: %1").replace("%1", due_text(action.due_date)),
        translate("ActionsModel", "Status: %1").replace("%1", capitalised(action.status.label)),
    ]
    return "\n".join(lines)


def _owner_line(action: ActionItemView) -> str:
    kind = capitalised(action.owner_kind.label)
    return f"{action.owner} ({kind})" if action.owner else kind
