"""Action items: added with the dialog, edited in place, removed, each undone; every change
read back through the services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.services import Workspace
from desktop.services.dto import ActionItemView
from desktop.ui.models.actions import DESCRIPTION, DUE, OWNER, STATUS
from desktop.ui.session.actions import ActionsList, AddActionDialog
from desktop.ui.session.controller import SessionController
from desktop.ui.tasks import TaskRunner


class Room:
    def __init__(self, qtbot, ws: Workspace) -> None:
        self.qtbot, self.ws = qtbot, ws
        self.tasks = TaskRunner()
        self.controller = SessionController(self.tasks)
        self.controller.set_workspace(ws)
        self.session_id = ws.sessions.list_sessions()[0].id
        self.controller.set_session(self.session_id)
        self.items = {i.number: i.id for i in ws.sessions.get(self.session_id).items}
        self.list = ActionsList(self.controller)
        qtbot.addWidget(self.list)
        self.list.resize(360, 400)
        self.list.show()

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.tasks.busy())

    def show(self, number: int) -> int:
        item_id = self.items[number]
        self.list.set_item(item_id)
        self.settle()
        return item_id

    def stored(self, item_id: int) -> list[ActionItemView]:
        return [a for a in self.ws.actions.for_session(self.session_id) if a.item_id == item_id]

    def undo(self) -> None:
        self.controller.undo_stack.undo()
        self.settle()

    def redo(self) -> None:
        self.controller.undo_stack.redo()
        self.settle()

    def editor(self, row: int, column: int, kind: type):
        """Open the cell's editor with F2, as the operator would."""
        table = self.list.table
        table.setFocus()
        table.setCurrentIndex(self.list.model.index(row, column))
        self.qtbot.keyClick(table, Qt.Key.Key_F2)
        editor = table.viewport().findChild(kind)
        assert editor is not None
        return editor

    def commit(self, editor) -> None:
        """Enter, as the operator would; the delegate commits once the editor has seen it."""
        table = self.list.table
        self.qtbot.keyClick(editor, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
        self.settle()


@pytest.fixture
def room(qtbot, demo_workspace: Workspace) -> Iterator[Room]:
    room = Room(qtbot, demo_workspace)
    yield room
    room.tasks.wait()


def test_the_items_actions_are_listed(room: Room) -> None:
    item = room.show(2)
    model = room.list.model
    assert model.rowCount() == 1
    assert model.index(0, DESCRIPTION).data().startswith("Revise activities 17 and 23")
    assert model.index(0, OWNER).data() == "Political and Partnerships Committee"
    assert model.index(0, STATUS).data() == "Open"
    assert [a.id for a in room.stored(item)] == [model.action(0).id]
    room.show(4)
    assert model.rowCount() == 0


def test_add_with_the_dialog_then_undo_and_redo(room: Room, qtbot) -> None:
    item = room.show(3)
    assert room.stored(item) == []
    room.list.table.setFocus()
    qtbot.keyClick(room.list.table, Qt.Key.Key_Insert)
    dialog = room.list.findChild(AddActionDialog)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing to do yet
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(OwnerKind.DELEGATION.value))
    qtbot.keyClicks(dialog.owner_edit, "LUX")
    qtbot.keyClicks(dialog.description_edit, "Confirm the position by Friday.")
    qtbot.mouseClick(dialog.due_check, Qt.MouseButton.LeftButton)
    dialog.due_edit.setDate(QDate(2030, 3, 1))
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    room.settle()
    [added] = room.stored(item)
    assert (added.owner_kind, added.owner, added.due_date) == (
        OwnerKind.DELEGATION,
        "LUX",
        date(2030, 3, 1),
    )
    assert added.description == "Confirm the position by Friday."
    assert room.list.model.rowCount() == 1

    room.undo()
    assert room.stored(item) == []
    assert room.list.model.rowCount() == 0
    room.redo()
    assert [a.id for a in room.stored(item)] == [added.id]  # the same action, restored


def test_a_cancelled_dialog_adds_nothing(room: Room, qtbot) -> None:
    item = room.show(3)
    qtbot.mouseClick(room.list.add_button, Qt.MouseButton.LeftButton)
    dialog = room.list.findChild(AddActionDialog)
    qtbot.keyClicks(dialog.description_edit, "Never mind.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    room.settle()
    assert room.stored(item) == []
    assert room.controller.undo_stack.count() == 0


def test_edit_the_status_in_place_then_undo(room: Room, qtbot) -> None:
    item = room.show(1)
    combo = room.editor(0, STATUS, QComboBox)
    combo.setCurrentIndex(combo.findData(ActionStatus.DONE.value))
    room.commit(combo)
    assert room.stored(item)[0].status is ActionStatus.DONE
    assert room.list.model.index(0, STATUS).data() == "Done"
    room.undo()
    assert room.stored(item)[0].status is ActionStatus.OPEN
    room.redo()
    assert room.stored(item)[0].status is ActionStatus.DONE


def test_edit_and_clear_the_due_date_in_place_then_undo(room: Room, qtbot) -> None:
    item = room.show(1)
    before = room.stored(item)[0].due_date
    assert before is not None
    editor = room.editor(0, DUE, QDateEdit)
    editor.setDate(QDate(2031, 1, 15))
    room.commit(editor)
    assert room.stored(item)[0].due_date == date(2031, 1, 15)

    editor = room.editor(0, DUE, QDateEdit)
    editor.setDate(editor.minimumDate())  # shown as "No due date"
    room.commit(editor)
    assert room.stored(item)[0].due_date is None
    assert room.list.model.index(0, DUE).data() == "—"

    room.undo()
    assert room.stored(item)[0].due_date == date(2031, 1, 15)
    room.undo()
    assert room.stored(item)[0].due_date == before


def test_edit_the_description_in_both_languages_then_undo(room: Room, qtbot) -> None:
    """F2 on the description opens the action dialog, English and French side by side."""
    item = room.show(8)
    before = room.stored(item)[0]
    table = room.list.table
    table.setFocus()
    table.setCurrentIndex(room.list.model.index(0, DESCRIPTION))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    dialog = room.list.action_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.focusWidget() is dialog.description_edit
    assert dialog.description_edit.text() == before.description
    dialog.description_edit.selectAll()
    qtbot.keyClicks(dialog.description_edit, "Circulate the final programme.")
    dialog.description_fr_edit.setText("Diffuser le programme définitif.")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    room.settle()
    stored = room.stored(item)[0]
    assert (stored.description, stored.description_fr) == (
        "Circulate the final programme.",
        "Diffuser le programme définitif.",
    )
    room.undo()
    stored = room.stored(item)[0]
    assert (stored.description, stored.description_fr) == (
        before.description,
        before.description_fr,
    )


def test_a_missing_french_description_shows_as_missing(room: Room, qtbot) -> None:
    item = room.show(3)
    qtbot.mouseClick(room.list.add_button, Qt.MouseButton.LeftButton)
    dialog = room.list.action_dialog
    assert dialog is not None
    field = dialog.description_field
    assert not field.is_missing("fr")  # nothing written yet: nothing missing
    qtbot.keyClicks(dialog.description_edit, "Send the text to capitals.")
    assert field.is_missing("fr") and not field.is_missing("en")
    assert dialog.description_fr_edit.placeholderText() == "No French version yet"
    assert field.captions["fr"].icon.isVisibleTo(dialog)
    assert dialog.description_fr_edit.accessibleDescription() == "No French version yet"
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    room.settle()
    [added] = room.stored(item)
    assert (added.description, added.description_fr) == ("Send the text to capitals.", "")


def test_an_empty_description_is_refused_and_nothing_changes(room: Room, qtbot) -> None:
    item = room.show(8)
    [action] = room.stored(item)
    room.ws.actions.update(action.id, description_fr="")  # English only: a description
    room.list.reload()  # in either language is enough, so this one is its last
    room.settle()
    failed: list[str] = []
    room.controller.failed.connect(failed.append)
    room.list.model.setData(room.list.model.index(0, DESCRIPTION), "  ")
    room.settle()
    assert failed == ["Say what the action is."]
    assert room.stored(item)[0].description.startswith("Circulate the draft programme")
    assert room.controller.undo_stack.count() == 0


def test_remove_with_delete_then_undo(room: Room, qtbot) -> None:
    item = room.show(2)
    [action] = room.stored(item)
    table = room.list.table
    table.setFocus()
    assert not room.list.remove_button.isEnabled()
    table.selectRow(0)
    assert room.list.remove_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    room.settle()
    assert room.stored(item) == []
    assert room.list.model.rowCount() == 0
    room.undo()
    assert [a.id for a in room.stored(item)] == [action.id]
    assert room.list.model.rowCount() == 1
    room.redo()
    assert room.stored(item) == []


def test_the_buttons_say_their_shortcuts(room: Room) -> None:
    room.show(1)
    assert "Ins" in room.list.add_button.toolTip()
    assert "Del" in room.list.remove_button.toolTip()
    assert room.list.add_button.isEnabled()
    room.list.set_item(None)
    assert not room.list.add_button.isEnabled()
