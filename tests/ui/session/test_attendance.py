"""Attendance by keyboard: present or absent, heads of delegation, partners added and
removed; each change read back through the services and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from desktop.domain.sessions import AttendanceKind
from desktop.services.dto import Delegation
from desktop.ui.models.attendance import NAME
from desktop.ui.session.attendance import AttendancePanel
from desktop.ui.session.controller import SessionController


@pytest.fixture
def panel(qtbot, controller: SessionController, session_id: int, settle) -> AttendancePanel:
    panel = AttendancePanel(controller)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    settle()
    assert panel.model.rowCount() == 34
    panel.table.setFocus()
    return panel


def _stored(detail, code: str) -> Delegation | None:
    return next((d for d in detail().delegations if d.code == code), None)


def _go_to(qtbot, panel: AttendancePanel, code: str) -> None:
    """Put the cursor on ``code``'s row, the table in the keyboard's focus (offscreen, a
    closed dialog does not give the focus back to its window)."""
    row = panel.model.row_of(code)
    assert row is not None
    panel.table.setCurrentIndex(panel.model.index(row, NAME))
    panel.activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)


def _commit(qtbot, panel: AttendancePanel, editor: QLineEdit, settle) -> None:
    """Return in an inline editor: the view commits a moment later, then it is saved."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() != QAbstractItemView.State.EditingState)
    settle()


def test_space_marks_a_delegation_absent_and_undo_present_again(
    qtbot, panel: AttendancePanel, controller, detail, settle
) -> None:
    _go_to(qtbot, panel, "BEL")
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert (
        panel.model.index(panel.model.row_of("BEL"), NAME).data(Qt.ItemDataRole.FontRole).italic()
    )  # shown at once
    settle()
    assert not _stored(detail, "BEL").present
    assert "30 of 32 members present" in panel.summary.text()  # Iceland was already absent
    controller.undo_stack.undo()
    settle()
    assert _stored(detail, "BEL").present
    assert "31 of 32 members present" in panel.summary.text()
    controller.undo_stack.redo()
    settle()
    assert not _stored(detail, "BEL").present


def test_the_head_of_delegation_is_edited_inline(
    qtbot, panel: AttendancePanel, controller, detail, settle
) -> None:
    _go_to(qtbot, panel, "BEL")
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.table.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Pascale Dufour"
    editor.selectAll()
    qtbot.keyClicks(editor, "Jean Dupont")
    _commit(qtbot, panel, editor, settle)
    assert _stored(detail, "BEL").head_of_delegation == "Jean Dupont"
    controller.undo_stack.undo()
    settle()
    assert _stored(detail, "BEL").head_of_delegation == "Pascale Dufour"


def test_a_partner_is_added_removed_and_both_undone(
    qtbot, panel: AttendancePanel, controller, detail, settle
) -> None:
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
    dialog = panel.participant_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind_combo.currentData() == AttendanceKind.PARTNER
    assert not dialog.ok_button.isEnabled()  # a code first
    qtbot.keyClicks(dialog.code_edit, "JPN")
    qtbot.keyClicks(dialog.name_edit, "Japan")
    qtbot.keyClicks(dialog.head_edit, "Ambassador Suzuki")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()
    japan = _stored(detail, "JPN")
    assert japan is not None
    assert (japan.kind, japan.name_en, japan.head_of_delegation) == (
        AttendanceKind.PARTNER,
        "Japan",
        "Ambassador Suzuki",
    )
    assert panel.model.row_of("JPN") is not None

    _go_to(qtbot, panel, "JPN")
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)  # absent, to see it comes back absent
    settle()
    assert panel.remove_action.isEnabled()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    settle()
    assert _stored(detail, "JPN") is None
    assert panel.model.row_of("JPN") is None

    controller.undo_stack.undo()  # the removal
    settle()
    back = _stored(detail, "JPN")
    assert back is not None and back.head_of_delegation == "Ambassador Suzuki"
    assert not back.present
    controller.undo_stack.undo()  # absent
    controller.undo_stack.undo()  # the addition
    settle()
    assert _stored(detail, "JPN") is None


def test_a_code_already_at_the_table_is_refused_in_the_dialog(
    qtbot, panel: AttendancePanel, controller
) -> None:
    panel.add_action.trigger()
    dialog = panel.participant_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.code_edit, "UKR")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "UKR is already at the table" in dialog.message.text.text()
    assert controller.undo_stack.count() == 0
    dialog.reject()


def test_members_cannot_be_removed_and_speakers_stay(
    qtbot, panel: AttendancePanel, controller, detail, settle
) -> None:
    _go_to(qtbot, panel, "FRA")
    assert not panel.remove_action.isEnabled()
    _go_to(qtbot, panel, "UKR")  # Ukraine spoke in the demo session
    assert panel.remove_action.isEnabled()
    with qtbot.waitSignal(controller.failed) as refusal:
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "has statements on record" in refusal.args[0]
    settle()
    assert _stored(detail, "UKR") is not None
    assert panel.model.row_of("UKR") is not None
    assert controller.undo_stack.count() == 0
