"""The action items' editing parts: undoable commands, cell editors and the add dialog."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any, TypedDict

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.services import Result, Workspace
from desktop.services.dto import ActionItemView
from desktop.ui.labels import capitalised
from desktop.ui.models.actions import (
    ACTION_ROLE,
    OWNER,
    Edit,
    owner_text,
    reverse_of,
)
from desktop.ui.session.bilingual_field import BilingualLine
from desktop.ui.session.controller import ServiceCommand

Index = QModelIndex | QPersistentModelIndex
ADD_KEYS = "Ins"
REMOVE_KEYS = "Del"
DATE_FORMAT = "yyyy-MM-dd"  # as the list shows due dates


# ---------------------------------------------------------------------- commands
class ActionFields(TypedDict):
    """``ActionItemService.add``'s keywords, as the add dialog gives them."""

    owner_kind: OwnerKind
    owner: str
    owner_fr: str
    description: str
    description_fr: str
    due_date: date | None


class AddAction(ServiceCommand[ActionItemView]):
    """Add an action item; undo removes it, redo restores the same one."""

    def __init__(self, text: str, item_id: int, fields: ActionFields) -> None:
        super().__init__(text)
        self.item_id, self.fields = item_id, fields
        self.action_id: int | None = None

    def forward(self, ws: Workspace) -> Result[ActionItemView]:
        if self.action_id is not None:
            return ws.actions.restore(self.action_id)
        result = ws.actions.add(self.item_id, **self.fields)
        self.action_id = result.value.id
        return result

    def backward(self, ws: Workspace) -> Result[None]:
        assert self.action_id is not None
        return ws.actions.remove(self.action_id)


def remove_command(text: str, action_id: int) -> ServiceCommand[None]:
    return ServiceCommand(
        text,
        lambda ws: ws.actions.remove(action_id),
        lambda ws: ws.actions.restore(action_id),
    )


def update_command(text: str, action: ActionItemView, edit: Edit) -> ServiceCommand[ActionItemView]:
    """Edit an action item from the values the list shows; undo puts them back. Either is
    refused when another window changed those values meanwhile."""
    back = reverse_of(action, edit)
    return ServiceCommand(
        text,
        lambda ws: ws.actions.update(action.id, expected=_values(back), **edit),
        lambda ws: ws.actions.update(action.id, expected=_values(edit), **back),
    )


def edit_command(
    text: str, action: ActionItemView, fields: ActionFields
) -> ServiceCommand[ActionItemView] | None:
    """Edit an action item from the action dialog's ``fields`` (both languages); undo puts
    back what it changed. None when nothing would change."""
    wanted: Mapping[str, object] = fields
    new: dict[str, Any] = {}
    old: dict[str, Any] = {}
    for key in ("owner_kind", "owner", "owner_fr", "description", "description_fr"):
        if wanted[key] != getattr(action, key):
            new[key], old[key] = wanted[key], getattr(action, key)
    if fields["due_date"] != action.due_date:
        for values, due in ((new, fields["due_date"]), (old, action.due_date)):
            values.update({"clear_due_date": True} if due is None else {"due_date": due})
    if not new:
        return None
    return ServiceCommand(
        text,
        lambda ws: ws.actions.update(action.id, expected=_values(old), **new),
        lambda ws: ws.actions.update(action.id, expected=_values(new), **old),
    )


def _values(edit: Mapping[str, object]) -> dict[str, object]:
    """The values an edit sets, by field name (``clear_due_date`` sets the due date)."""
    return {
        "due_date" if key == "clear_due_date" else key: None if key == "clear_due_date" else value
        for key, value in edit.items()
    }


# ---------------------------------------------------------------------- delegates
class ChoiceDelegate(QStyledItemDelegate):
    """A list of an enum's labels (owner kinds, statuses); the model gets the value."""

    def __init__(self, choices: type[OwnerKind] | type[ActionStatus], parent: QWidget) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        for choice in self._choices:
            combo.addItem(capitalised(choice.label), choice.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DueDateDelegate(QStyledItemDelegate):
    """A date with a calendar. Its earliest date, the day before today (or before the date
    shown), reads "No due date" and clears it; the calendar opens near today."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QDateEdit(parent)
        edit.setAccessibleName(self.tr("Due date"))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setSpecialValueText(self.tr("No due date"))
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        due = value if isinstance(value, QDate) and value.isValid() else None
        today = QDate.currentDate()
        editor.setMinimumDate((due if due is not None and due < today else today).addDays(-1))
        editor.setDate(due if due is not None else editor.minimumDate())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = editor.date()
        cleared = value == editor.minimumDate()
        model.setData(index, QDate() if cleared else value, Qt.ItemDataRole.EditRole)


class DescriptionDelegate(QStyledItemDelegate):
    """The action, and under it who owns it while the owner column is hidden."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        view = self.parent()
        action = index.data(ACTION_ROLE)
        if isinstance(view, QTableView) and view.isColumnHidden(OWNER) and action is not None:
            option.text = f"{option.text}\u2028— {owner_text(action)}"


# ---------------------------------------------------------------------- the dialog
class ActionDialog(QDialog):
    """Owner, what (in English and French), and by when (optional); ``action``: the one to
    edit, else a new one is asked for."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        action: ActionItemView | None = None,
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(
            self.tr("Edit the Action Item") if action else self.tr("Add an Action Item")
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of owner"))
        for kind in OwnerKind:
            self.kind_combo.addItem(capitalised(kind.label), kind.value)
        optional, what = self.tr("Name (optional)"), self.tr("What is to be done")
        self.owner_field = BilingualLine(self.tr("Owner"), self, hints=(optional, optional))
        self.owner_edit, self.owner_fr_edit = self.owner_field.en, self.owner_field.fr
        self.description_field = BilingualLine(self.tr("Action"), self, hints=(what, what))
        self.description_edit = self.description_field.en
        self.description_fr_edit = self.description_field.fr
        self.due_check = QCheckBox(self.tr("&By"), self)
        self.due_check.setAccessibleName(self.tr("Has a due date"))
        self.due_edit = QDateEdit(self)
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(DATE_FORMAT)
        start = (today or date.today()) + timedelta(days=14)  # noqa: DTZ011 (a wall-clock day)
        self.due_edit.setDate(QDate(start.year, start.month, start.day))
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due = QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if action else self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.description_field.changed.connect(self._update_ok)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        form = QFormLayout(self)
        form.addRow(self.tr("Owner &kind:"), self.kind_combo)
        form.addRow(self.tr("&Owner:"), self.owner_field)
        form.addRow(self.tr("&Action:"), self.description_field)
        form.addRow(self.tr("Due:"), due)
        form.addRow(self.buttons)
        if action is not None:
            self._fill(action)
        self._kind_changed()
        self._update_ok()

    def _fill(self, action: ActionItemView) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(action.owner_kind.value), 0))
        self.owner_field.set_texts(action.owner, action.owner_fr)
        self.description_field.set_texts(action.description, action.description_fr)
        if action.due_date is not None:
            due = action.due_date
            self.due_edit.setDate(QDate(due.year, due.month, due.day))
            self.due_check.setChecked(True)

    def _kind_changed(self) -> None:
        """A delegation's code is the same in both languages: one field for it."""
        self.owner_field.set_single(self._kind() is OwnerKind.DELEGATION)

    def _kind(self) -> OwnerKind:
        return OwnerKind(self.kind_combo.currentData())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.description_field.value()))

    def focus_text(self, field: str, language: str) -> None:
        """Put the caret in ``field`` ("description", "owner") in ``language``."""
        (self.owner_field if field == "owner" else self.description_field).focus(language)

    def fields(self) -> ActionFields:
        """The ``add`` keywords."""
        due = self.due_edit.date()
        single = self._kind() is OwnerKind.DELEGATION
        return {
            "owner_kind": self._kind(),
            "owner": self.owner_field.text("en"),
            "owner_fr": "" if single else self.owner_field.text("fr"),
            "description": self.description_field.text("en"),
            "description_fr": self.description_field.text("fr"),
            "due_date": date(due.year(), due.month(), due.day())
            if self.due_check.isChecked()
            else None,
        }


AddActionDialog = ActionDialog  # the name the list and its tests knew it by


# ---------------------------------------------------------------------- the list
