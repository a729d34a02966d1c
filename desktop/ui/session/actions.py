"""An item's action items: who does what, by when, and how far it got.

Add with a small dialog (Insert), edit in place (status and kind of owner with a list, the
due date with a calendar), the texts (what, and who when it is not a delegation) in the same
dialog with their English and French side by side (F2, Enter or a double-click on them),
remove (Delete). Each is an undoable command: the undo of adding
removes, the undo of removing restores, the undo of an edit puts the old values back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.services import ChangeSet
from desktop.services.dto import ActionItemView
from desktop.ui.keys import keys_text
from desktop.ui.latest import Latest
from desktop.ui.models.actions import (
    ACTION_ROLE,
    DESCRIPTION,
    DUE,
    OWNER,
    OWNER_KIND,
    STATUS,
    ActionsModel,
    Edit,
)
from desktop.ui.session.action_parts import (
    ADD_KEYS,
    REMOVE_KEYS,
    ActionDialog,
    ActionFields,
    AddAction,
    AddActionDialog,
    ChoiceDelegate,
    DescriptionDelegate,
    DueDateDelegate,
    edit_command,
    remove_command,
    update_command,
)
from desktop.ui.session.controller import SessionController


class ActionsTable(QTableView):
    """The action items' table: its text columns open the action dialog (both languages)
    instead of an editor in the cell."""

    textEditRequested = Signal(int, int)  # action id, column

    def edit(  # type: ignore[override]
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger | None = None,
        event: QEvent | None = None,
    ) -> bool:
        if trigger is None:  # the public slot, edit(index)
            trigger = QAbstractItemView.EditTrigger.EditKeyPressed
        action = index.data(ACTION_ROLE) if index.isValid() else None
        wanted = trigger & self.editTriggers()
        if index.column() in (DESCRIPTION, OWNER) and action is not None and wanted:
            self.textEditRequested.emit(action.id, index.column())
            return False
        return super().edit(index, trigger, event)  # type: ignore[arg-type]


class ActionsList(QWidget):
    """The action items of one agenda item (``set_item``), kept fresh from ``changed``."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._item_id: int | None = None
        self._reads = Latest()  # the actions as read last
        self._asked: tuple[int, str, str] | None = None  # texts to edit once read: id, field,
        # language
        self.action_dialog: ActionDialog | None = None  # the one open, for tests
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
        for sequence, slot, button in (
            (ADD_KEYS, self.add, self.add_button),
            (REMOVE_KEYS, self.remove_selected, self.remove_button),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(button.accessibleName())  # the keyboard sheet's line
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
        button.setToolTip(self.tr("%1 (%2)").replace("%1", name).replace("%2", keys_text(keys)))
        button.clicked.connect(slot)
        return button

    def _make_table(self) -> QTableView:
        table = ActionsTable(self)
        table.textEditRequested.connect(lambda action_id, column: self.edit_texts(action_id))
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
            .replace("%1", keys_text(ADD_KEYS))
            .replace("%2", keys_text(REMOVE_KEYS))
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
        asked = self._reads.ask()
        if item_id is None or session_id is None:
            return

        def show(actions: list[ActionItemView]) -> None:
            self.model.set_actions([a for a in actions if a.item_id == item_id])
            self.table.resizeRowsToContents()
            if self._asked is not None and self.model.row_of(self._asked[0]) is not None:
                self.edit_texts(*self._asked)

        self._controller.read(lambda ws: ws.actions.for_session(session_id), asked.then(show))

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
        self._open(dialog)

    def edit_texts(self, action_id: int, field: str = "description", language: str = "en") -> None:
        """Open the action dialog on action ``action_id``, the caret in ``field``
        ("description", "owner") in ``language``; once read, when it is not yet shown."""
        row = self.model.row_of(action_id)
        if row is None:
            self._asked = (action_id, field, language)
            return
        self._asked = None
        action = self.model.action(row)
        self.table.selectRow(row)
        dialog = ActionDialog(self, action=action)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_texts(action_id, dialog.fields()))
        self._open(dialog)
        dialog.focus_text(field, language)

    def _open(self, dialog: ActionDialog) -> None:
        self.action_dialog = dialog
        dialog.finished.connect(lambda _code: setattr(self, "action_dialog", None))
        dialog.open()

    def _save_texts(self, action_id: int, fields: ActionFields) -> None:
        row = self.model.row_of(action_id)
        if row is None:  # removed meanwhile (another window)
            return
        command = edit_command(self.tr("Edit action item"), self.model.action(row), fields)
        if command is not None:
            self._controller.execute(command)

    def _add(self, item_id: int, fields: ActionFields) -> None:
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
