"""The agenda editor: add, edit, remove and reorder the items, each change undoable.

F2 edits the current cell (title, kind, documents); Alt+Return edits the whole item with its
summary; Insert adds an item; Delete removes one after asking; Ctrl+Up and Ctrl+Down move it,
as does dragging. Enter or a double-click asks the session page to show the item's column.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import ChangeSet, Result, Workspace
from desktop.services.dto import AgendaItem, SessionDetail
from desktop.ui.keys import widget_action
from desktop.ui.latest import Latest
from desktop.ui.models.agenda import ITEM_ID_ROLE, TITLE, AgendaModel
from desktop.ui.session.agenda_dialog import ItemDialog, ItemFields, KindDelegate
from desktop.ui.session.controller import ServiceCommand, SessionController


class AddItem(ServiceCommand[AgendaItem]):
    """Add an item; undo takes it off, redo puts the same item back where it was."""

    def __init__(self, text: str, session_id: int, values: ItemFields) -> None:
        super().__init__(text)
        self._session_id, self._values = session_id, values
        self.item_id: int | None = None
        self._number = 0

    def forward(self, ws: Workspace) -> Result[AgendaItem]:
        if self.item_id is not None:
            return ws.agenda.restore_item(self.item_id, number=self._number)
        result = ws.agenda.add_item(self._session_id, **self._values)
        self.item_id, self._number = result.value.id, result.value.number
        return result

    def backward(self, ws: Workspace) -> Result[None]:
        assert self.item_id is not None
        return ws.agenda.remove_item(self.item_id)


class MoveItem(ServiceCommand[AgendaItem]):
    """Move an item to another number; the list shows the move at once."""

    def __init__(
        self, text: str, model: AgendaModel, item_id: int, numbers: tuple[int, int]
    ) -> None:
        new, old = numbers
        super().__init__(
            text,
            lambda ws: ws.agenda.move_item(item_id, new),
            lambda ws: ws.agenda.move_item(item_id, old),
        )
        self._move: Callable[[int], None] = lambda number: model.move_item(item_id, number)
        self._new, self._old = new, old

    def redo(self) -> None:
        self._move(self._new)
        super().redo()

    def undo(self) -> None:
        if not self.refused:
            self._move(self._old)
        super().undo()


class AgendaEditor(QWidget):
    itemActivated = Signal(int)  # an item id: Enter or double-click on its row

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reads = Latest()  # the agenda as read last
        self.item_dialog: ItemDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = AgendaModel(self)
        self.table = self._make_table()
        self.add_action = self._action(self.tr("&Add Item…"), "Ins", self.add_item)
        self.edit_action = self._action(self.tr("Ed&it Item…"), "Alt+Return", self.edit_item)
        self.remove_action = self._action(self.tr("&Remove Item…"), "Del", self.remove_item)
        self.up_action = self._action(self.tr("Move &Up"), "Ctrl+Up", lambda: self.move_by(-1))
        self.down_action = self._action(self.tr("Move &Down"), "Ctrl+Down", lambda: self.move_by(1))
        bar = QHBoxLayout()
        for action in (self.add_action, self.edit_action, self.remove_action):
            bar.addWidget(self._button(action))
        bar.addStretch(1)
        for action in (self.up_action, self.down_action):
            bar.addWidget(self._button(action))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.setFocusProxy(self.table)

        self.model.editRequested.connect(self._edit_field)
        self.model.moveRequested.connect(self.move_item)
        self.table.activated.connect(
            lambda index: self.itemActivated.emit(int(index.data(ITEM_ID_ROLE)))
        )
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.rowsMoved.connect(self._update_actions)
        controller.changed.connect(self._on_changed)
        controller.sessionChanged.connect(self._on_session)
        self._on_session(controller.session_id or 0)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Agenda"))
        table.setAccessibleDescription(
            self.tr(
                "Enter: show the item in the positions grid. F2: edit the cell. "
                "Ctrl+Up or Ctrl+Down: move the item."
            )
        )
        table.setModel(self.model)
        table.setItemDelegate(KindDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropOverwriteMode(False)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        return table

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        return widget_action(self.table, text, keys, slot)

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setToolTip(action.toolTip())
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        session_id = self._controller.session_id
        if session_id is None:
            return
        self._controller.read(
            lambda ws: ws.sessions.get(session_id), self._reads.ask().then(self._show)
        )

    def _on_session(self, session_id: int) -> None:
        self.model.set_items([])
        self.setEnabled(bool(session_id))
        if session_id:
            self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        session_id = self._controller.session_id
        shown = {item.id for item in self.model.items()}
        if session_id in changes.agenda or shown & changes.items:
            self.reload()

    def _show(self, detail: SessionDetail) -> None:
        if detail.id != self._controller.session_id:
            return  # another session since
        current = self.current_item()
        column = max(self.table.currentIndex().column(), TITLE)
        self.model.set_items(detail.items)
        if self.table.currentIndex().isValid() or not self.model.rowCount():
            return
        row = self.model.row_of(current.id) if current else None
        self.table.setCurrentIndex(self.model.index(row or 0, column))

    # ------------------------------------------------------------------ reading
    def current_item(self) -> AgendaItem | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _update_actions(self, *_args: object) -> None:
        current = self.current_item()
        for action in (self.edit_action, self.remove_action):
            action.setEnabled(current is not None)
        self.up_action.setEnabled(current is not None and current.number > 1)
        self.down_action.setEnabled(current is not None and current.number < self.model.rowCount())

    # ------------------------------------------------------------------ editing
    def add_item(self) -> None:
        """Ask for a new item's fields and put it at the end of the agenda."""
        self._open_dialog(ItemDialog(None, self), self._add)

    def edit_item(self) -> None:
        """Edit the current item's fields, its summary included."""
        if self.current_item() is not None:
            self._open_dialog(ItemDialog(self.current_item(), self), self._save)

    def _open_dialog(self, dialog: ItemDialog, done: Callable[[ItemDialog], None]) -> None:
        if self._controller.session_id is None:
            return
        self.item_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: done(dialog))
        dialog.finished.connect(lambda _code: setattr(self, "item_dialog", None))
        dialog.open()

    def _add(self, dialog: ItemDialog) -> None:
        values = dialog.values()
        title = str(values.get("title") or values.get("title_fr") or "")  # either may be alone
        text = self.tr("Add item «%1»").replace("%1", title)
        self._controller.execute(AddItem(text, self._session(), values))

    def _save(self, dialog: ItemDialog) -> None:
        item = self.current_item()
        if item is None:
            return
        new = {k: v for k, v in dialog.values().items() if v != getattr(item, k)}
        if new:
            old = {k: getattr(item, k) for k in new}
            self._execute_update(item, new, old)

    def _edit_field(self, item_id: int, field: str, new: object, old: object) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self._execute_update(self.model.item(row), {field: new}, {field: old})

    def _execute_update(
        self, item: AgendaItem, new: dict[str, object], old: dict[str, object]
    ) -> None:
        self._reads.forget()  # a read already on its way predates this edit
        self._controller.execute(
            ServiceCommand(
                self.tr("Edit item %1").replace("%1", str(item.number)),
                lambda ws: ws.agenda.update_item(item.id, expected=old, **new),
                lambda ws: ws.agenda.update_item(item.id, expected=new, **old),
            )
        )

    def remove_item(self) -> None:
        """Ask, then take the current item off the agenda (what was said on it is kept)."""
        item = self.current_item()
        if item is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove Item"))
        box.setText(
            self.tr("Remove item %1, «%2»? What delegations said on it stays in the record.")
            .replace("%1", str(item.number))
            .replace("%2", item.title or item.title_fr)
        )
        remove = box.addButton(self.tr("Remove Item"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(remove)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._remove(item) if button is remove else None)
        box.finished.connect(lambda _code: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()

    def _remove(self, item: AgendaItem) -> None:
        self._controller.execute(
            ServiceCommand(
                self.tr("Remove item %1").replace("%1", str(item.number)),
                lambda ws: ws.agenda.remove_item(item.id),
                lambda ws: ws.agenda.restore_item(item.id, number=item.number),
            )
        )

    def move_by(self, step: int) -> None:
        """Move the current item up (-1) or down (+1) the agenda."""
        item = self.current_item()
        if item is not None and 1 <= item.number + step <= self.model.rowCount():
            self.move_item(item.id, item.number + step)

    def move_item(self, item_id: int, number: int) -> None:
        """Put the item at 1-based ``number``; undo moves it back."""
        row = self.model.row_of(item_id)
        if row is None or self._controller.session_id is None:
            return
        old = self.model.item(row).number
        if number == old:
            return
        self._reads.forget()  # a read already on its way predates this move
        text = self.tr("Move item %1 to %2").replace("%1", str(old)).replace("%2", str(number))
        self._controller.execute(MoveItem(text, self.model, item_id, (number, old)))

    def _session(self) -> int:
        session_id = self._controller.session_id
        assert session_id is not None
        return session_id
