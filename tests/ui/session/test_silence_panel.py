"""The silence panel on the demo session: what it lists and how, the countdown, and each step
through its dialog, read back through the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.domain.silence import LetterKind, LetterStatus, SilenceState
from desktop.domain.timezones import BRUSSELS, now_utc
from desktop.services import ValidationError, Workspace
from desktop.services.dto import SessionDetail, SilenceView
from desktop.ui import marks
from desktop.ui.models.silence import DEADLINE, LOCAL, REMAINING, STATE, WHAT
from desktop.ui.session.controller import SessionController
from desktop.ui.session.silence_badge import SilenceBadge, tab_title
from desktop.ui.session.silence_dialogs import LaunchDialog, SilenceForm
from desktop.ui.session.silence_letters import LetterDialog
from desktop.ui.session.silence_panel import SilencePanel

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def make_panel(qtbot, controller: SessionController, session_id: int, settle):
    def make(local_zone=None) -> SilencePanel:
        panel = SilencePanel(controller, local_zone=local_zone or ZoneInfo(BRUSSELS))
        qtbot.addWidget(panel)
        panel.resize(1100, 560)
        panel.show()
        settle()
        return panel

    return make


@pytest.fixture
def panel(make_panel) -> SilencePanel:
    return make_panel()


@pytest.fixture
def items(detail: Callable[[], SessionDetail]) -> dict[int, int]:
    return {i.number: i.id for i in detail().items}


def stored(ws: Workspace, session_id: int) -> list[SilenceView]:
    return ws.silence.for_session(session_id)


def accept(qtbot, panel: SilencePanel, settle) -> None:
    dialog = panel.steps.dialog
    assert isinstance(dialog, SilenceForm) and dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()


def test_the_demos_procedures_running_first_then_settled(panel: SilencePanel) -> None:
    model = panel.model
    running, broken = model.procedure(0), model.procedure(1)
    assert (running.state, broken.state) == (SilenceState.UNDER_SILENCE, SilenceState.BROKEN)
    assert model.index(0, STATE).data() == "Under silence"
    assert model.index(0, WHAT).data().startswith("5. Civil budget")
    assert model.index(1, STATE).data() == "Silence broken"
    assert model.index(1, REMAINING).data() == "settled"
    assert model.counts() == (1, 1)
    assert panel.badge.plain_text() == "Silence: 1 running · 1 broken"
    assert not panel.badge.icon.pixmap().isNull()


def test_breaks_are_red_with_a_flag_and_a_word_and_late_letters_are_flagged(
    panel: SilencePanel,
) -> None:
    model = panel.model
    parent = model.index(1, STATE)
    words = [model.index(r, STATE, parent).data() for r in range(model.rowCount(parent))]
    assert words == [
        "Breaks silence (paragraphs 3, 5)",
        "Breaks silence",
        "Breaks silence",
        "Editorial comment",
        "Late: received after the deadline",
    ]
    fra = model.index(0, WHAT, parent)
    assert fra.data() == "FRA — France"
    assert QColor(fra.data(Qt.ItemDataRole.ForegroundRole)) == marks.break_colour()
    assert not model.index(0, STATE, parent).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "Brussels time" in fra.data(Qt.ItemDataRole.ToolTipRole)
    late = model.index(4, STATE, parent)
    assert QFont(late.data(Qt.ItemDataRole.FontRole)).italic()
    assert model.index(4, WHAT, parent).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Broken by: FRA, BEL, DEU" in parent.data(Qt.ItemDataRole.ToolTipRole)


def test_the_details_show_the_selected_letter(panel: SilencePanel) -> None:
    broken = panel.model.procedure(1)
    panel.select(broken.id, broken.letters[0].seq)
    assert "Paragraphs 3 and 5 do not reflect the agreed language." in panel.details.text()
    assert panel.withdraw_break_action.isEnabled() is False  # the procedure has settled
    assert panel.relaunch_action.isEnabled()


def test_the_countdown_repaints_only_its_column_and_only_while_shown(
    panel: SilencePanel,
) -> None:
    assert panel.timer.isActive()
    text = panel.model.index(0, REMAINING).data()
    assert text.count(":") == 2 and " d " in text
    painted: list[tuple[int, int, int, int]] = []
    panel.model.dataChanged.connect(
        lambda a, b, _roles: painted.append((a.row(), a.column(), b.row(), b.column()))
    )
    panel.timer.timeout.emit()
    assert painted == [(0, REMAINING, 0, REMAINING)]
    panel.hide()
    assert not panel.timer.isActive()
    panel.show()
    assert panel.timer.isActive()


def test_the_workstations_time_shows_only_when_it_differs(panel: SilencePanel, make_panel) -> None:
    assert panel.tree.isColumnHidden(LOCAL)
    far = make_panel(NEW_YORK)
    assert not far.tree.isColumnHidden(LOCAL)
    running = far.model.procedure(0)
    brussels = running.deadline.astimezone(ZoneInfo(BRUSSELS))
    assert far.model.index(0, DEADLINE).data().endswith(f"{brussels:%H:%M}")
    new_york = running.deadline.astimezone(NEW_YORK)
    assert far.model.index(0, LOCAL).data().endswith(f"{new_york:%H:%M}")
    assert "New York" in str(far.model.headerData(LOCAL, Qt.Orientation.Horizontal))


def test_launch_through_the_dialog_then_undo_and_redo(
    qtbot, panel: SilencePanel, controller, demo_workspace, session_id, *, items, settle
) -> None:
    panel.set_item(items[1])
    panel.launch_action.trigger()
    dialog = panel.steps.dialog
    assert isinstance(dialog, LaunchDialog)
    assert dialog.item_combo.currentData() == items[1]
    dialog.reference_edit.setText("PO(2026)0400")
    dialog.title_edit.setText("Draft decision")
    assert dialog.title_field.is_missing("fr")
    dialog.title_fr_edit.setText("Projet de décision")
    day = (now_utc() + timedelta(days=3)).date()
    dialog.deadline.set_local(datetime(day.year, day.month, day.day, 17, 30))
    assert "UTC" in dialog.deadline.preview.text()
    accept(qtbot, panel, settle)
    [new] = [v for v in stored(demo_workspace, session_id) if v.item_id == items[1]]
    local = new.deadline.astimezone(ZoneInfo(BRUSSELS))
    assert (local.date(), local.hour, local.minute) == (day, 17, 30)
    assert (new.text_reference, new.title, new.title_fr, new.state) == (
        "PO(2026)0400", "Draft decision", "Projet de décision", SilenceState.UNDER_SILENCE,
    )  # fmt: skip
    assert panel.selected_procedure() is not None
    assert panel.selected_procedure().id == new.id
    assert panel.model.counts() == (2, 1)
    controller.undo_stack.undo()
    settle()
    undone = demo_workspace.silence.get(new.id)
    assert undone.state is SilenceState.WITHDRAWN and undone.withdrawal_reason == "undone"
    controller.undo_stack.redo()
    settle()
    running = [v for v in stored(demo_workspace, session_id) if v.item_id == items[1]]
    assert [v.state for v in running] == [SilenceState.WITHDRAWN, SilenceState.UNDER_SILENCE]


def test_an_hour_that_does_not_exist_is_refused_with_the_services_sentence(
    panel: SilencePanel, demo_workspace, items
) -> None:
    panel.set_item(items[1])
    panel.launch_action.trigger()
    dialog = panel.steps.dialog
    assert isinstance(dialog, LaunchDialog)
    dialog.deadline.set_local(datetime(2030, 3, 31, 2, 30))  # clocks go forward that night
    assert not dialog.ok_button.isEnabled()
    with pytest.raises(ValidationError) as refused:
        demo_workspace.silence.launch(items[1], datetime(2030, 3, 31, 2, 30))
    assert dialog.deadline.preview.text() == str(refused.value)
    assert "does not exist" in dialog.deadline.preview.text()
    dialog.reject()


def test_an_hour_that_happens_twice_asks_which(panel: SilencePanel, items) -> None:
    panel.set_item(items[1])
    panel.launch_action.trigger()
    dialog = panel.steps.dialog
    assert isinstance(dialog, LaunchDialog)
    dialog.deadline.set_local(datetime(2030, 10, 27, 2, 30))  # clocks go back that night
    assert dialog.deadline.fold_box.isVisible()
    assert not dialog.ok_button.isEnabled()
    assert "occurs twice" in dialog.deadline.preview.text()
    assert "summer time" in dialog.deadline.first_radio.text()
    assert "winter time" in dialog.deadline.second_radio.text()
    dialog.deadline.second_radio.click()
    assert dialog.ok_button.isEnabled()
    assert dialog.fields()["fold"] == 1
    assert "Sun 27 Oct 2030 01:30 UTC" in dialog.deadline.preview.text()
    dialog.deadline.set_local(datetime(2030, 10, 28, 2, 30))
    assert not dialog.deadline.fold_box.isVisible() and dialog.fields()["fold"] is None
    dialog.reject()


def record(
    qtbot, panel: SilencePanel, settle, code: str, moment: datetime, **options: object
) -> str:
    """Record a letter through the dialog; return the hint it gave before recording."""
    panel.letter_action.trigger()
    dialog = panel.steps.dialog
    assert isinstance(dialog, LetterDialog)
    dialog.delegation_combo.setCurrentIndex(dialog.delegation_combo.findData(code))
    dialog.received.set_instant(moment)
    if options.get("comment"):
        dialog.comment_radio.click()
    if "paragraphs" in options:
        dialog.paragraphs_radio.click()
        dialog.paragraphs_edit.setText(str(options["paragraphs"]))
    dialog.reference_edit.setText(str(options.get("reference", "")))
    dialog.text_edit.setPlainText(str(options.get("text", "")))
    hint = dialog.hint.text()
    accept(qtbot, panel, settle)
    return hint


def test_a_break_recorded_in_time_is_undone_by_withdrawing_it(
    qtbot, panel: SilencePanel, controller, demo_workspace, settle
) -> None:
    running = panel.model.procedure(0)
    panel.select(running.id)
    moment = now_utc().replace(microsecond=0)
    record(qtbot, panel, settle, "HUN", moment, paragraphs="4; 6", reference="HUN/1",
           text="Hungary breaks silence.")  # fmt: skip
    view = demo_workspace.silence.get(running.id)
    letter = view.letters[-1]
    assert (letter.delegation, letter.paragraphs, letter.received_at) == (
        "HUN", ("4", "6"), moment,
    )  # fmt: skip
    assert view.state is SilenceState.BROKEN and view.breaking == ("HUN",)
    assert controller.undo_stack.count() == 1
    assert panel.model.counts() == (1, 2)
    controller.undo_stack.undo()
    settle()
    view = demo_workspace.silence.get(running.id)
    assert view.letters[-1].status is LetterStatus.BREAK_WITHDRAWN
    assert view.state is SilenceState.UNDER_SILENCE


def test_a_comment_and_a_late_letter_are_recorded_without_undo(
    qtbot, panel: SilencePanel, controller, demo_workspace, settle
) -> None:
    running, broken = panel.model.procedure(0), panel.model.procedure(1)
    panel.select(running.id)
    record(qtbot, panel, settle, "NOR", now_utc().replace(microsecond=0), comment=True)
    panel.select(broken.id)
    hint = record(qtbot, panel, settle, "POL", now_utc().replace(microsecond=0))
    assert "flagged late" in hint
    assert demo_workspace.silence.get(running.id).letters[-1].kind is LetterKind.COMMENT
    assert demo_workspace.silence.get(broken.id).letters[-1].status is LetterStatus.LATE
    assert controller.undo_stack.count() == 0


def test_withdraw_a_break_extend_and_withdraw_the_procedure(
    qtbot, panel: SilencePanel, demo_workspace, settle
) -> None:
    running = panel.model.procedure(0)
    panel.select(running.id)
    record(qtbot, panel, settle, "LUX", now_utc().replace(microsecond=0))
    seq = demo_workspace.silence.get(running.id).letters[-1].seq
    panel.select(running.id, seq)
    assert panel.withdraw_break_action.isEnabled()
    panel.withdraw_break_action.trigger()
    panel.steps.dialog.reference_edit.setText("LUX/2")
    accept(qtbot, panel, settle)
    assert demo_workspace.silence.get(running.id).state is SilenceState.UNDER_SILENCE

    panel.select(running.id)
    panel.extend_action.trigger()
    dialog = panel.steps.dialog
    dialog.reason_edit.setText("Capitals asked for time.")
    accept(qtbot, panel, settle)
    view = demo_workspace.silence.get(running.id)
    assert view.deadline == running.deadline + timedelta(days=1)
    assert view.extensions[-1].reason == "Capitals asked for time."

    panel.select(running.id)
    panel.withdraw_action.trigger()
    panel.steps.dialog.reason_edit.setText("Overtaken by events.")
    accept(qtbot, panel, settle)
    view = demo_workspace.silence.get(running.id)
    assert view.state is SilenceState.WITHDRAWN
    assert view.withdrawal_reason == "Overtaken by events."
    assert not panel.timer.isActive()  # nothing runs any more


def test_relaunch_the_broken_text_on_a_revised_one(
    qtbot, panel: SilencePanel, demo_workspace, session_id, settle
) -> None:
    broken = panel.model.procedure(1)
    panel.select(broken.id)
    panel.relaunch_action.trigger()
    dialog = panel.steps.dialog
    dialog.reference_edit.setText("PO(2026)0320-REV1")
    assert dialog.title_edit.text() == broken.title  # the subject carried over
    dialog.title_fr_edit.setText("Sujet révisé")
    accept(qtbot, panel, settle)
    [new] = [v for v in stored(demo_workspace, session_id) if v.supersedes_id == broken.id]
    assert new.text_reference == "PO(2026)0320-REV1" and new.is_open
    assert (new.title, new.title_fr) == (broken.title, "Sujet révisé")
    assert panel.selected_procedure() is not None
    assert panel.selected_procedure().id == new.id


def test_a_refusal_goes_to_the_message_bar(
    qtbot, panel: SilencePanel, controller, items, settle
) -> None:
    panel.set_item(items[5])  # already under silence
    panel.launch_action.trigger()
    with qtbot.waitSignal(controller.failed) as refused:
        qtbot.mouseClick(panel.steps.dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "already under silence" in refused.args[0]
    settle()
    assert controller.undo_stack.count() == 0


def test_export_to_calendar(qtbot, panel: SilencePanel, tmp_path: Path, settle) -> None:
    with qtbot.waitSignal(panel.noticed) as noticed:
        panel.steps.export_calendar(tmp_path / "deadlines")
    assert "deadlines.ics" in noticed.args[0]
    calendar = Calendar.from_ical((tmp_path / "deadlines.ics").read_text(encoding="utf-8"))
    [event] = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == panel.model.procedure(0).deadline


def test_the_insert_key_opens_the_launch_dialog(qtbot, panel: SilencePanel) -> None:
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)
    assert isinstance(panel.steps.dialog, LaunchDialog)
    panel.steps.dialog.reject()
    assert "(Ins)" in panel.launch_action.toolTip()
    assert "(Ctrl+L)" in panel.letter_action.toolTip()


def test_no_procedures_says_how_to_launch_one(
    qtbot, panel: SilencePanel, controller, settle
) -> None:
    controller.set_session(None)
    settle()
    assert panel.model.rowCount(QModelIndex()) == 0
    assert not panel.launch_action.isEnabled()


def test_the_counts_for_a_tab_title_and_a_status_bar(qtbot, panel: SilencePanel) -> None:
    with qtbot.waitSignal(panel.procedureCountChanged) as counts:
        panel.reload()
    assert counts.args == [1, 1]
    assert tab_title(1, 1) == "Si&lence (1 broken)"
    assert tab_title(2, 0) == "Si&lence (2)"
    assert tab_title(0, 0) == "Si&lence"
    badge = SilenceBadge(quiet_when_none=True)
    qtbot.addWidget(badge)
    badge.show()
    badge.show_counts(0, 0)
    assert not badge.isVisible()
    badge.show_counts(0, 2)
    assert badge.isVisible() and badge.plain_text() == "Silence: 2 broken"
