"""The agenda editor: items added, edited inline, reordered by keys and by a drop, removed
after a confirmation; every change read back through the services, undone and redone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox

from desktop.domain.sessions import AgendaKind
from desktop.ui.models.agenda import KIND, TITLE
from desktop.ui.session.agenda import AgendaEditor
from desktop.ui.session.controller import SessionController


@pytest.fixture
def editor(qtbot, controller: SessionController, session_id: int, settle) -> AgendaEditor:
    editor = AgendaEditor(controller)
    qtbot.addWidget(editor)
    editor.resize(900, 500)
    editor.show()
    settle()
    assert editor.model.rowCount() == 8
    return editor


@pytest.fixture
def order(detail):
    """The item ids in the stored agenda order."""
    return lambda: [item.id for item in detail().items]


def _focus(qtbot, editor: AgendaEditor, row: int, column: int = TITLE) -> None:
    editor.table.setCurrentIndex(editor.model.index(row, column))
    editor.activateWindow()
    editor.table.setFocus()
    qtbot.waitUntil(editor.table.hasFocus)


def test_an_item_is_added_undone_and_redone(
    qtbot, editor: AgendaEditor, controller, detail, settle
) -> None:
    def order() -> list[int]:
        return [item.id for item in detail().items]

    before = order()
    _focus(qtbot, editor, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    dialog = editor.item_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # a title first
    qtbot.keyClicks(dialog.title_edit, "Maritime security in the High North")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AgendaKind.DISCUSSION))
    qtbot.keyClicks(dialog.documents_edit, "PO(2026)0400")
    dialog.summary_edit.setPlainText("The Council discusses the posture.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()
    items = detail().items
    added = items[-1]
    assert len(items) == 9
    assert (added.title, added.kind, added.documents, added.summary) == (
        "Maritime security in the High North",
        AgendaKind.DISCUSSION,
        "PO(2026)0400",
        "The Council discusses the posture.",
    )
    assert editor.model.rowCount() == 9
    controller.undo_stack.undo()
    settle()
    assert order() == before
    controller.undo_stack.redo()
    settle()
    assert order() == [*before, added.id]  # the same item comes back


def test_a_title_is_edited_inline(qtbot, editor: AgendaEditor, controller, detail, settle) -> None:
    old = editor.model.item(1).title
    _focus(qtbot, editor, 1)
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Partnership cooperation menu: revised")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.state() != QAbstractItemView.State.EditingState)
    qtbot.waitUntil(
        lambda: editor.model.index(1, TITLE).data() == "Partnership cooperation menu: revised"
    )
    settle()
    assert detail().items[1].title == ("Partnership cooperation menu: revised")
    controller.undo_stack.undo()
    settle()
    assert detail().items[1].title == old
    assert editor.model.index(1, TITLE).data() == old
    controller.undo_stack.redo()
    settle()
    assert detail().items[1].title.endswith("revised")


def test_the_kind_is_chosen_inline(qtbot, editor: AgendaEditor, detail, settle) -> None:
    _focus(qtbot, editor, 0, KIND)
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(combo.findData(AgendaKind.INFORMATION.value))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.state() != QAbstractItemView.State.EditingState)
    settle()
    assert detail().items[0].kind is AgendaKind.INFORMATION


def test_ctrl_down_and_ctrl_up_move_the_item(
    qtbot, editor: AgendaEditor, controller, order, settle
) -> None:
    before = order()
    _focus(qtbot, editor, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_item().id == before[0]  # the cursor goes with the item
    settle()
    assert order() == [before[1], before[2], before[0], *before[3:]]
    assert [editor.model.item(r).id for r in range(8)] == order()
    assert editor.model.item(2).number == 3
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert order() == [before[1], before[0], *before[2:]]
    for _ in range(3):
        controller.undo_stack.undo()
    settle()
    assert order() == before
    controller.undo_stack.redo()
    settle()
    assert order() == [before[1], before[0], *before[2:]]


def test_a_drop_moves_the_item(qtbot, editor: AgendaEditor, controller, order, settle) -> None:
    before = order()
    model = editor.model
    data = model.mimeData([model.index(0, TITLE)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, QModelIndex())
    settle()
    assert order() == [*before[1:4], before[0], *before[4:]]  # dropped before the fifth row
    controller.undo_stack.undo()
    settle()
    assert order() == before
    assert [model.item(r).id for r in range(8)] == before
    controller.undo_stack.redo()
    settle()
    assert order() == [*before[1:4], before[0], *before[4:]]


def test_an_item_is_removed_after_confirmation_and_comes_back_in_place(
    qtbot, editor: AgendaEditor, controller, order, settle
) -> None:
    before = order()
    _focus(qtbot, editor, 2)
    title = editor.model.item(2).title
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    box = editor.confirm_box
    assert box is not None and box.isVisible()
    assert box.text() == (
        f"Remove item 3, «{title}»? What delegations said on it stays in the record."
    )
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    settle()
    assert order() == before and controller.undo_stack.count() == 0

    _focus(qtbot, editor, 2)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    box = editor.confirm_box
    assert box is not None
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    settle()
    assert order() == [*before[:2], *before[3:]]
    controller.undo_stack.undo()
    settle()
    assert order() == before  # back at number 3
    controller.undo_stack.redo()
    settle()
    assert order() == [*before[:2], *before[3:]]


def test_enter_shows_the_item(qtbot, editor: AgendaEditor) -> None:
    _focus(qtbot, editor, 4)
    with qtbot.waitSignal(editor.itemActivated) as activated:
        qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    assert activated.args == [editor.model.item(4).id]


def test_shortcuts_are_shown_in_tooltips(editor: AgendaEditor) -> None:
    assert "Ctrl+Up" in editor.up_action.toolTip()
    assert "Ctrl+Down" in editor.down_action.toolTip()
    assert "Ins" in editor.add_action.toolTip()


def test_the_whole_item_is_edited_in_a_dialog(
    qtbot, editor: AgendaEditor, controller, detail, settle
) -> None:
    _focus(qtbot, editor, 5)
    old = detail().items[5]
    qtbot.keyClick(editor.table, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    dialog = editor.item_dialog
    assert dialog is not None and dialog.title_edit.text() == old.title
    dialog.summary_edit.setPlainText("The Council exchanged views on the region.")
    qtbot.keyClicks(dialog.documents_edit, "IS-N(2026)0080")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()
    edited = detail().items[5]
    assert (edited.summary, edited.documents) == (
        "The Council exchanged views on the region.",
        "IS-N(2026)0080",
    )
    assert edited.title == old.title
    controller.undo_stack.undo()
    settle()
    assert detail().items[5] == old


def test_an_item_is_kept_off_the_room_display_from_its_dialog(
    qtbot, editor: AgendaEditor, controller, detail, settle
) -> None:
    _focus(qtbot, editor, 2)
    old = detail().items[2]
    assert not old.not_for_display
    qtbot.keyClick(editor.table, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    dialog = editor.item_dialog
    assert dialog is not None and not dialog.hidden_check.isChecked()
    dialog.hidden_check.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()
    assert detail().items[2].not_for_display
    assert detail().items[2].title == old.title
    controller.undo_stack.undo()
    settle()
    assert not detail().items[2].not_for_display


def test_the_item_dialog_stores_both_versions_and_marks_the_missing_one(
    qtbot, editor: AgendaEditor, controller, detail, settle
) -> None:
    item = detail().items[2]
    _focus(qtbot, editor, 2)
    editor.edit_item()
    dialog = editor.item_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_edit.text() == item.title
    if not item.title_fr:  # the demo's titles are in English only
        assert dialog.title_field.is_missing("fr")
        assert dialog.title_fr_edit.placeholderText() == "No French version yet"
        assert dialog.title_field.captions["fr"].icon.isVisible()
    dialog.focus_text("title", "fr")
    assert dialog.focusWidget() is dialog.title_fr_edit
    dialog.title_fr_edit.setText("Orientations politiques sur le changement climatique")
    dialog.summary_fr_edit.setPlainText("Le Conseil examine les orientations.")
    assert not dialog.title_field.is_missing("fr")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()
    stored = detail().items[2]
    assert (stored.title, stored.title_fr) == (
        item.title,
        "Orientations politiques sur le changement climatique",
    )
    assert (stored.summary, stored.summary_fr) == (
        item.summary,
        "Le Conseil examine les orientations.",
    )
    controller.undo_stack.undo()
    settle()
    assert (detail().items[2].title_fr, detail().items[2].summary_fr) == (
        item.title_fr,
        item.summary_fr,
    )


def test_a_title_in_french_only_is_enough(qtbot, editor: AgendaEditor, detail, settle) -> None:
    _focus(qtbot, editor, 0)
    editor.add_item()
    dialog = editor.item_dialog
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    dialog.title_fr_edit.setText("Questions diverses")
    assert dialog.ok_button.isEnabled()
    assert dialog.title_field.is_missing("en")
    assert dialog.title_edit.placeholderText() == "No English version yet"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()
    added = detail().items[-1]
    assert (added.title, added.title_fr) == ("", "Questions diverses")
