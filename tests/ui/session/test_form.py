"""The session form saves each field when it is changed, undoably, and says why when the
services refuse a value."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt

from desktop.domain.sessions import Level
from desktop.domain.timezones import BRUSSELS
from desktop.ui.session.controller import SessionController
from desktop.ui.session.form import SessionForm
from desktop.ui.session.form_fields import naive, qt_wall_clock, wall_clock


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
    # With the two choices of a repeated hour, hidden until asked, and the French versions
    # of the committee's name and of the place.
    assert len(controls) == 17
    for control in controls:
        assert control.accessibleName(), control


# ---------------------------------------------------------------------- the clocks change
def _enter(form: SessionForm, edit, local: datetime) -> None:
    """Type ``local`` (Brussels wall clock) into a time field and leave it."""
    edit.setDateTime(qt_wall_clock(local))
    edit.setFocus()
    form.place_edit.setFocus()  # leaving the time finishes editing it


def test_an_opening_time_that_does_not_exist_is_refused_and_nothing_stored(
    form: SessionForm, controller, detail, settle
) -> None:
    stored = detail().opened_at
    _enter(form, form.opened_edit, datetime(2026, 3, 29, 2, 30))  # the clocks go forward
    settle()
    assert form.message.text.text() == (
        "29 March 2026 02:30 does not exist in Europe/Brussels: the clocks go forward that "
        "night. Choose a time an hour later or earlier."
    )
    assert detail().opened_at == stored
    assert controller.undo_stack.count() == 0
    assert not form.opened_fold.isVisibleTo(form)
    assert stored is not None and naive(form.opened_edit.dateTime()) == wall_clock(
        stored, BRUSSELS
    )  # the stored time is shown again


@pytest.mark.parametrize(
    ("choice", "instant", "shown"),
    [
        (0, datetime(2026, 10, 25, 0, 30, tzinfo=UTC), "The first: 02:30 CEST"),
        (1, datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "The second: 02:30 CET"),
    ],
)
def test_a_closing_time_in_the_repeated_hour_is_stored_once_the_operator_says_which(
    qtbot, form: SessionForm, controller, detail, settle, *, choice, instant, shown
) -> None:
    # A night meeting, opened the evening before (a meeting that closed had opened).
    _enter(form, form.opened_edit, datetime(2026, 10, 24, 22, 0))
    settle()
    before = detail().closed_at
    assert not form.closed_fold.isVisibleTo(form)
    _enter(form, form.closed_edit, datetime(2026, 10, 25, 2, 30))
    settle()
    assert "occurs twice in Europe/Brussels" in form.message.text.text()
    assert detail().closed_at == before  # nothing stored until the operator says which
    assert form.closed_fold.isVisibleTo(form) and form.closed_fold.currentIndex() == -1
    assert [form.closed_fold.itemText(i) for i in (0, 1)] == [
        "The first: 02:30 CEST",
        "The second: 02:30 CET",
    ]
    form.closed_fold.setFocus()
    qtbot.keyClick(form.closed_fold, Qt.Key.Key_End if choice else Qt.Key.Key_Home)
    settle()
    assert detail().closed_at == instant
    assert form.closed_fold.currentText() == shown  # shown again as stored
    assert not form.message.isVisibleTo(form)
    form.chair_edit.setFocus()  # leaving the time again saves nothing more
    _enter(form, form.closed_edit, datetime(2026, 10, 25, 2, 30))
    settle()
    assert detail().closed_at == instant
    controller.undo_stack.undo()
    settle()
    assert detail().closed_at == before
    assert not form.closed_fold.isVisibleTo(form)


def test_the_french_place_is_saved_beside_the_english_and_undone(
    qtbot, form: SessionForm, controller, detail, settle
) -> None:
    place = form.place_field
    before = detail().place_fr
    form.place_fr_edit.setFocus()
    form.place_fr_edit.clear()  # the French taken off: shown as missing
    qtbot.keyClick(form.place_fr_edit, Qt.Key.Key_Return)
    settle()
    assert detail().place_fr == ""
    assert place.is_missing("fr")
    assert form.place_fr_edit.placeholderText() == "No French version yet"
    form.place_fr_edit.setText("Siège de l'OTAN à Bruxelles")  # no keyClicks: not ASCII
    qtbot.keyClick(form.place_fr_edit, Qt.Key.Key_Return)
    settle()
    stored = detail()
    assert (stored.place, stored.place_fr) == (
        "NATO Headquarters, Brussels",
        "Siège de l'OTAN à Bruxelles",
    )
    assert not place.is_missing("fr")
    controller.undo_stack.undo()
    settle()
    assert detail().place_fr == ""
    controller.undo_stack.undo()
    settle()
    assert detail().place_fr == before
    assert form.place_fr_edit.text() == before


def test_a_translation_is_reached_from_the_keyboard(qtbot, form: SessionForm) -> None:
    form.activateWindow()
    form.focus_text("place", "fr")
    qtbot.waitUntil(form.place_fr_edit.hasFocus)
    form.focus_text("place", "en")
    assert form.place_edit.hasFocus()
    qtbot.keyClick(form.place_edit, Qt.Key.Key_Tab)
    assert form.place_fr_edit.hasFocus()  # English, then French
