"""The New Session dialog creates a session through the services, or says why not and keeps
what was typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.domain.bodies import BodyKind
from desktop.domain.sessions import Level
from desktop.services import Workspace
from desktop.ui.session.controller import SessionController
from desktop.ui.session.new_session import NewSessionDialog


@pytest.fixture
def dialog(qtbot, controller: SessionController) -> NewSessionDialog:
    dialog = NewSessionDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(qtbot, combo, data) -> None:
    """Pick ``data`` with the keyboard, as a user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != data:
        index = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != index, f"{data} is not offered"


def test_a_council_session_is_created(
    qtbot, dialog: NewSessionDialog, demo_workspace: Workspace
) -> None:
    assert dialog.body_combo.currentData() == BodyKind.NAC
    assert dialog.date_edit.date() == QDate.currentDate()
    _choose(qtbot, dialog.level_combo, Level.FOREIGN_MINISTERS)
    dialog.date_edit.setDate(QDate(2023, 7, 11))
    dialog.reference_edit.setFocus()
    qtbot.keyClicks(dialog.reference_edit, "C-M(2023)0101")
    qtbot.keyClicks(dialog.place_edit, "Vilnius")
    qtbot.keyClicks(dialog.chair_edit, "Jens Stoltenberg")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.created_id is not None
    created = demo_workspace.sessions.get(dialog.created_id)
    assert created.body == "NAC"
    assert created.level is Level.FOREIGN_MINISTERS
    assert created.session_date == date(2023, 7, 11)
    assert (created.reference, created.place, created.chair) == (
        "C-M(2023)0101",
        "Vilnius",
        "Jens Stoltenberg",
    )
    assert len(created.decision_holders) == 31  # Sweden joined in March 2024


def test_levels_follow_the_body(qtbot, dialog: NewSessionDialog) -> None:
    _choose(qtbot, dialog.body_combo, BodyKind.MC)
    levels = [dialog.level_combo.itemData(i) for i in range(dialog.level_combo.count())]
    assert levels == [Level.MILITARY_REPRESENTATIVES, Level.CHIEFS_OF_DEFENCE]
    assert not dialog.committee_edit.isVisible()
    _choose(qtbot, dialog.body_combo, BodyKind.COMMITTEE)
    assert dialog.committee_edit.isVisible()


def test_a_committee_without_a_name_is_refused_and_nothing_is_created(
    qtbot, dialog: NewSessionDialog, demo_workspace: Workspace
) -> None:
    before = len(demo_workspace.sessions.list_sessions())
    _choose(qtbot, dialog.body_combo, BodyKind.COMMITTEE)
    dialog.place_edit.setFocus()
    qtbot.keyClicks(dialog.place_edit, "Room 3")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible)
    assert dialog.message.text.text() == "Give the committee's name."
    assert dialog.isVisible() and dialog.created_id is None
    assert dialog.place_edit.text() == "Room 3"  # what was typed stays
    assert len(demo_workspace.sessions.list_sessions()) == before

    dialog.committee_edit.setFocus()
    qtbot.keyClicks(dialog.committee_edit, "Civil Emergency Planning Committee")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.committee_edit, Qt.Key.Key_Return)  # OK is the default
    assert dialog.created_id is not None
    created = demo_workspace.sessions.get(dialog.created_id)
    assert created.committee_name == "Civil Emergency Planning Committee"


def test_every_control_has_an_accessible_name(dialog: NewSessionDialog) -> None:
    from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPushButton

    for kind in (QComboBox, QDateEdit, QLineEdit, QPushButton):
        for control in dialog.findChildren(kind):
            if control.isVisibleTo(dialog) and control.parent() is not None:
                if isinstance(control, QLineEdit) and isinstance(control.parent(), QDateEdit):
                    continue
                assert control.accessibleName(), control


def test_the_heads_of_delegation_are_carried_over_from_the_last_session(
    qtbot, dialog: NewSessionDialog, demo_workspace: Workspace
) -> None:
    (demo,) = demo_workspace.sessions.list_sessions()  # the Council's last meeting
    heads = {
        d.code: d.head_of_delegation
        for d in demo_workspace.sessions.get(demo.id).delegations
        if d.has_decision_rights and d.head_of_delegation
    }
    assert heads
    qtbot.waitUntil(dialog.carry_label.isVisible)
    assert dialog.carry_label.text() == (
        f"Heads of delegation carried over from {demo.reference} of "
        f"{demo.session_date.isoformat()}; check them on the Attendance tab."
    )
    before = demo.session_date.toordinal() - 1
    earlier = date.fromordinal(before)
    dialog.date_edit.setDate(QDate(earlier.year, earlier.month, earlier.day))
    qtbot.waitUntil(lambda: not dialog.carry_label.isVisible())  # no session before that
    dialog.date_edit.setDate(QDate.currentDate())
    qtbot.waitUntil(dialog.carry_label.isVisible)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.notices == (dialog.carry_label.text(),)
    assert dialog.created_id is not None
    created = demo_workspace.sessions.get(dialog.created_id)
    carried = {
        d.code: d.head_of_delegation
        for d in created.delegations
        if d.has_decision_rights and d.head_of_delegation
    }
    assert carried == heads  # to confirm or edit on the Attendance tab
    assert all(d.present for d in created.delegations)
