"""The session form saves each field when it is changed, undoably, and says why when the
services refuse a value."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.domain.sessions import Level
from desktop.ui.session.controller import SessionController
from desktop.ui.session.form import SessionForm


@pytest.fixture
def form(qtbot, controller: SessionController, session_id: int, settle) -> SessionForm:
    form = SessionForm(controller)
    qtbot.addWidget(form)
    form.show()
    settle()
    assert form.place_edit.text() == "NATO Headquarters, Brussels"
    return form


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_place_and_level_are_saved_and_undone(
    qtbot, form: SessionForm, controller, detail, settle
) -> None:
    _type(qtbot, form.place_edit, "Lancaster House, London")
    form.level_combo.setFocus()
    qtbot.keyClick(form.level_combo, Qt.Key.Key_Down)
    settle()
    stored = detail()
    assert stored.place == "Lancaster House, London"
    assert stored.level is Level.FOREIGN_MINISTERS
    assert controller.undo_stack.count() == 2

    controller.undo_stack.undo()
    settle()
    assert detail().level is Level.PERMANENT_REPRESENTATIVES
    assert form.level_combo.currentData() == Level.PERMANENT_REPRESENTATIVES
    controller.undo_stack.undo()
    settle()
    assert detail().place == "NATO Headquarters, Brussels"
    assert form.place_edit.text() == "NATO Headquarters, Brussels"
    controller.undo_stack.redo()
    settle()
    assert detail().place == "Lancaster House, London"


def test_only_the_bodys_levels_are_offered(form: SessionForm) -> None:
    levels = [form.level_combo.itemData(i) for i in range(form.level_combo.count())]
    assert levels == [
        Level.PERMANENT_REPRESENTATIVES,
        Level.FOREIGN_MINISTERS,
        Level.DEFENCE_MINISTERS,
        Level.HEADS_OF_STATE_AND_GOVERNMENT,
    ]
    assert form.body_label.text() == "North Atlantic Council"
    assert not form.committee_edit.isVisibleTo(form)


def test_an_unchanged_field_is_not_saved_again(
    qtbot, form: SessionForm, controller, settle
) -> None:
    form.place_edit.setFocus()
    qtbot.keyClick(form.place_edit, Qt.Key.Key_Return)
    form.chair_edit.setFocus()  # leaving the field finishes editing again
    settle()
    assert controller.undo_stack.count() == 0


def test_a_duplicate_reference_is_refused_with_a_sentence(
    qtbot, form: SessionForm, controller, detail, settle
) -> None:
    controller.workspace.sessions.create(
        body_kind="NAC", level="foreign_ministers", session_date=date(2024, 4, 4),
        reference="C-M(2024)0001",
    )  # fmt: skip
    before = detail().reference
    _type(qtbot, form.reference_edit, "C-M(2024)0001")
    settle()
    assert "Another session already has the reference C-M(2024)0001" in form.message.text.text()
    assert form.message.isVisibleTo(form)
    assert detail().reference == before
    assert form.reference_edit.text() == before  # the stored value is shown again
    assert controller.undo_stack.count() == 0  # nothing happened, nothing to undo

    _type(qtbot, form.place_edit, "Mons")  # the next saved edit clears the sentence
    settle()
    assert not form.message.isVisibleTo(form)


def test_times_are_shown_and_entered_in_brussels_time(
    qtbot, form: SessionForm, controller, detail, settle
) -> None:
    stored = detail()
    assert stored.opened_at is not None
    assert form.opened_check.isChecked()
    assert form.opened_edit.time().hour() == stored.opened_at.hour + 1  # CET in November
    assert "Brussels" in form.zone_label.text()

    form.closed_check.setFocus()
    qtbot.keyClick(form.closed_check, Qt.Key.Key_Space)  # the closing time is not known
    settle()
    assert detail().closed_at is None
    controller.undo_stack.undo()
    settle()
    assert detail().closed_at == stored.closed_at
    assert form.closed_check.isChecked()


def test_closing_before_opening_is_refused(qtbot, form: SessionForm, detail, settle) -> None:
    stored = detail()
    early = form.opened_edit.dateTime().addSecs(-3600)
    form.closed_edit.setDateTime(early)
    form.closed_edit.setFocus()
    form.place_edit.setFocus()  # leaving the time finishes editing it
    settle()
    assert "cannot close before it opened" in form.message.text.text()
    assert detail().closed_at == stored.closed_at
    assert stored.closed_at is not None
    shown = form.closed_edit.dateTime()
    assert (shown.time().hour(), shown.time().minute()) == (
        stored.closed_at.astimezone(UTC).hour + 1,
        stored.closed_at.minute,
    )
    assert isinstance(stored.opened_at, datetime)


def _inside_another_control(widget, form: SessionForm) -> bool:
    """A part of a combo, a spin box or a date edit's calendar: named by its owner."""
    from PySide6.QtWidgets import QAbstractSpinBox, QCalendarWidget, QComboBox

    parent = widget.parentWidget()
    while parent is not None and parent is not form:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_has_an_accessible_name(form: SessionForm) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit

    controls = [
        control
        for kind in (QComboBox, QAbstractSpinBox, QLineEdit, QCheckBox)
        for control in form.findChildren(kind)
        if not _inside_another_control(control, form)
    ]
    assert len(controls) == 13
    for control in controls:
        assert control.accessibleName(), control
