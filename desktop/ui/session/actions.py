"""An item's action items: who does what, by when, and how far it got.

Add with a small dialog (Insert), edit in place (status and kind of owner with a list, the
due date with a calendar), remove (Delete). Each is an undoable command: the undo of adding
removes, the undo of removing restores, the undo of an edit puts the old values back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.services import ChangeSet, Result, Workspace
from desktop.services.dto import ActionItemView
from desktop.ui.labels import capitalised
from desktop.ui.models.actions import (
    ACTION_ROLE,
    DESCRIPTION,
    DUE,
    OWNER,
    OWNER_KIND,
    STATUS,
    ActionsModel,
    Edit,
    owner_text,
    reverse_of,
)
from desktop.ui.session.controller import ServiceCommand, SessionController

Index = QModelIndex | QPersistentModelIndex
ADD_KEYS = "Ins"
REMOVE_KEYS = "Del"
DATE_FORMAT = "yyyy-MM-dd"  # as the list shows due dates


def _keys(sequence: str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


# ---------------------------------------------------------------------- commands
class AddAction(ServiceCommand):
    """Add an action item; undo removes it, redo restores the same one."""

    def __init__(self, text: str, item_id: int, fields: dict[str, Any]) -> None:
        super().__init__(text)
        self.item_id, self.fields = item_id, fields
        self.action_id: int | None = None

    def forward(self, ws: Workspace) -> Result[Any]:
        if self.action_id is not None:
            return ws.actions.restore(self.action_id)
        result = ws.actions.add(self.item_id, **self.fields)
        self.action_id = result.value.id
        return result

    def backward(self, ws: Workspace) -> Result[Any]:
        assert self.action_id is not None
        return ws.actions.remove(self.action_id)


def remove_command(text: str, action_id: int) -> ServiceCommand:
    return ServiceCommand(
        text,
        lambda ws: ws.actions.remove(action_id),
        lambda ws: ws.actions.restore(action_id),
    )


def update_command(text: str, action: ActionItemView, edit: Edit) -> ServiceCommand:
    back = reverse_of(action, edit)
    return ServiceCommand(
        text,
        lambda ws: ws.actions.update(action.id, **edit),
        lambda ws: ws.actions.update(action.id, **back),
    )


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
class AddActionDialog(QDialog):
    """Owner, what, and by when (optional)."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an Action Item"))
        self.setMinimumWidth(380)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of owner"))
        for kind in OwnerKind:
            self.kind_combo.addItem(capitalised(kind.label), kind.value)
        self.owner_edit = self._line(self.tr("Owner"), self.tr("Name (optional)"))
        self.description_edit = self._line(self.tr("Action"), self.tr("What is to be done"))
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.description_edit.textChanged.connect(self._update_ok)
        form = QFormLayout(self)
        form.addRow(self.tr("Owner &kind:"), self.kind_combo)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        form.addRow(self.tr("&Action:"), self.description_edit)
        form.addRow(self.tr("Due:"), due)
        form.addRow(self.buttons)
        self._update_ok()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.description_edit.text().strip()))

    def fields(self) -> dict[str, Any]:
        """The ``add`` keywords."""
        due = self.due_edit.date()
        return {
            "owner_kind": OwnerKind(self.kind_combo.currentData()),
            "owner": self.owner_edit.text().strip(),
            "description": self.description_edit.text().strip(),
            "due_date": date(due.year(), due.month(), due.day())
            if self.due_check.isChecked()
            else None,
        }


# ---------------------------------------------------------------------- the list
class ActionsList(QWidget):
    """The action items of one agenda item (``set_item``), kept fresh from ``changed``."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._item_id: int | None = None
        self._generation = 0
        self.setAccessibleName(self.tr("Action items"))
        self.model = ActionsModel(self)
        self.model.editRequested.connect(self._edit)
        heading = QLabel(self.tr("Action items"), self)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.add_button = self._button(
            self.tr("Add…"), self.tr("Add an action item"), ADD_KEYS, self.add
        )
        self.remove_button = self._button(
            self.tr("Remove"), self.tr("Remove the selected action item"), REMOVE_KEYS,
            self.remove_selected,
        )  # fmt: skip
        self.table = self._make_table()
        for sequence, slot in ((ADD_KEYS, self.add), (REMOVE_KEYS, self.remove_selected)):
            shortcut = QShortcut(QKeySequence(sequence), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._update_buttons()
        controller.changed.connect(self._changed)

    def _button(self, text: str, name: str, keys: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setToolTip(self.tr("%1 (%2)").replace("%1", name).replace("%2", _keys(keys)))
        button.clicked.connect(slot)
        return button

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Action items"))
        table.setModel(self.model)
        table.setItemDelegateForColumn(OWNER_KIND, ChoiceDelegate(OwnerKind, table))
        table.setItemDelegateForColumn(STATUS, ChoiceDelegate(ActionStatus, table))
        table.setItemDelegateForColumn(DUE, DueDateDelegate(table))
        table.setItemDelegateForColumn(DESCRIPTION, DescriptionDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in (OWNER_KIND, OWNER):  # narrow panel: shown on demand
            table.setColumnHidden(column, True)
            shown = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), header)
            shown.setCheckable(True)
            shown.toggled.connect(lambda on, c=column: self._show_column(c, on))
            header.addAction(shown)
        table.setToolTip(
            self.tr("F2 edits the cell; %1 adds, %2 removes")
            .replace("%1", _keys(ADD_KEYS))
            .replace("%2", _keys(REMOVE_KEYS))
        )
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        return table

    def _show_column(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        self.table.resizeRowsToContents()

    # ------------------------------------------------------------------ reading
    def set_item(self, item_id: int | None) -> None:
        if item_id == self._item_id:
            return
        self._item_id = item_id
        self.model.set_actions([])
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        item_id, session_id = self._item_id, self._controller.session_id
        self._generation += 1
        if item_id is None or session_id is None:
            return
        generation = self._generation

        def show(actions: list[ActionItemView]) -> None:
            if generation == self._generation:
                self.model.set_actions([a for a in actions if a.item_id == item_id])
                self.table.resizeRowsToContents()

        self._controller.read(lambda ws: ws.actions.for_session(session_id), show)

    def _changed(self, changes: ChangeSet) -> None:
        if self._item_id is not None and (
            self._item_id in changes.actions or self._controller.session_id in changes.agenda
        ):
            self.reload()

    # ------------------------------------------------------------------ editing
    def selected(self) -> ActionItemView | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ACTION_ROLE) if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._item_id is not None)
        self.remove_button.setEnabled(self.selected() is not None)

    def add(self) -> None:
        """Ask for the action's owner, what and when, then add it."""
        if self._item_id is None:
            return
        item_id = self._item_id
        dialog = AddActionDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add(item_id, dialog.fields()))
        dialog.open()

    def _add(self, item_id: int, fields: dict[str, Any]) -> None:
        self._controller.execute(AddAction(self.tr("Add action item"), item_id, fields))

    def remove_selected(self) -> None:
        action = self.selected()
        if action is not None:
            self._controller.execute(remove_command(self.tr("Remove action item"), action.id))

    def _edit(self, action_id: int, edit: Edit) -> None:
        row = self.model.row_of(action_id)
        if row is not None:
            action = self.model.action(row)
            self._controller.execute(update_command(self.tr("Edit action item"), action, edit))
