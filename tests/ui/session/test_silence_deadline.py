"""Times typed in the silence dialogs when Brussels' clocks change: an hour that does not
exist is refused with the services' sentence and nothing is stored; one that happens twice
is stored once the operator has said which, and is then shown with its abbreviation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from desktop.domain.silence import LetterStatus
from desktop.domain.timezones import BRUSSELS
from desktop.services import ValidationError, Workspace
from desktop.services.dto import SessionDetail
from desktop.ui.models.silence import DEADLINE
from desktop.ui.session.controller import SessionController
from desktop.ui.session.silence_dialogs import LaunchDialog
from desktop.ui.session.silence_letters import LetterDialog
from desktop.ui.session.silence_panel import SilencePanel
from desktop.ui.silence_time import when

SKIPPED = datetime(2030, 3, 31, 2, 30)  # the clocks go forward that night
TWICE = datetime(2030, 10, 27, 2, 30)  # and back that one
FIRST = datetime(2030, 10, 27, 0, 30, tzinfo=UTC)  # 02:30 CEST
SECOND = datetime(2030, 10, 27, 1, 30, tzinfo=UTC)  # 02:30 CET


@pytest.fixture
def panel(qtbot, controller: SessionController, session_id: int, settle) -> SilencePanel:
    panel = SilencePanel(controller, local_zone=ZoneInfo(BRUSSELS))
    qtbot.addWidget(panel)
    panel.resize(1100, 560)
    panel.show()
    settle()
    return panel


@pytest.fixture
def item(detail: Callable[[], SessionDetail]) -> int:
    """An item with no procedure running on it."""
    return {i.number: i.id for i in detail().items}[1]


def launch_dialog(panel: SilencePanel, item: int) -> LaunchDialog:
    panel.set_item(item)
    panel.launch_action.trigger()
    dialog = panel.steps.dialog
    assert isinstance(dialog, LaunchDialog)
    return dialog


def test_the_shown_times_say_which_in_the_repeated_hour() -> None:
    assert when(FIRST, BRUSSELS) == "Sun 27 Oct 2030 02:30 CEST"
    assert when(SECOND, BRUSSELS) == "Sun 27 Oct 2030 02:30 CET"
    assert when(SECOND, BRUSSELS, seconds=True) == "Sun 27 Oct 2030 02:30:00 CET"
    assert when(SECOND, UTC) == "Sun 27 Oct 2030 01:30"  # UTC shows every time once
    assert when(datetime(2030, 10, 27, 2, 30, tzinfo=UTC), BRUSSELS) == "Sun 27 Oct 2030 03:30"


def test_a_deadline_that_does_not_exist_is_refused_and_nothing_is_stored(
    qtbot, panel: SilencePanel, demo_workspace: Workspace, item: int, settle
) -> None:
    before = demo_workspace.silence.procedures(item)
    dialog = launch_dialog(panel, item)
    dialog.deadline.set_local(SKIPPED)
    with pytest.raises(ValidationError) as refused:
        demo_workspace.silence.launch(item, SKIPPED)
    assert (
        dialog.deadline.preview.text()
        == str(refused.value)
        == (
            "31 March 2030 02:30 does not exist in Europe/Brussels: the clocks go forward that "
            "night. Choose a time an hour later or earlier."
        )
    )
    assert dialog.deadline.problem_icon.isVisibleTo(dialog)
    assert not dialog.deadline.fold_box.isVisibleTo(dialog)  # nothing to choose from
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle()
    assert dialog.isVisible() and panel.steps.dialog is dialog  # still asking
    assert demo_workspace.silence.procedures(item) == before
    dialog.reject()


@pytest.mark.parametrize(("button", "instant"), [(0, FIRST), (1, SECOND)])
def test_a_deadline_in_the_repeated_hour_is_stored_as_chosen(
    qtbot, panel: SilencePanel, demo_workspace: Workspace, item: int, settle, *, button, instant
) -> None:
    dialog = launch_dialog(panel, item)
    dialog.deadline.set_local(TWICE)
    first, second = dialog.deadline.first_radio, dialog.deadline.second_radio
    assert first.text() == "The first 02:30 CEST (summer time, UTC+02:00)"
    assert second.text() == "The second 02:30 CET (winter time, UTC+01:00)"
    assert not dialog.ok_button.isEnabled()
    (second if button else first).click()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()
    [view] = [v for v in demo_workspace.silence.procedures(item) if v.deadline == instant]
    row = panel.model.row_of(view.id)
    assert row is not None
    mark = "CET" if button else "CEST"
    assert panel.model.index(row, DEADLINE).data() == f"Sun 27 Oct 2030 02:30 {mark}"


def test_a_letter_received_in_the_repeated_hour_is_stored_as_chosen(
    qtbot, panel: SilencePanel, demo_workspace: Workspace, item: int, settle
) -> None:
    dialog = launch_dialog(panel, item)
    dialog.deadline.set_local(datetime(2030, 10, 28, 12, 0))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle()
    [view] = demo_workspace.silence.procedures(item)[-1:]
    panel.select(view.id)
    panel.letter_action.trigger()
    letters = panel.steps.dialog
    assert isinstance(letters, LetterDialog)
    letters.delegation_combo.setCurrentIndex(letters.delegation_combo.findData("FRA"))
    letters.received.set_local(TWICE)
    assert "occurs twice" in letters.received.preview.text()
    assert not letters.ok_button.isEnabled()
    letters.received.second_radio.click()
    assert letters.ok_button.isEnabled()
    qtbot.mouseClick(letters.ok_button, Qt.MouseButton.LeftButton)
    settle()
    [letter] = demo_workspace.silence.get(view.id).letters
    assert letter.received_at == SECOND
    assert letter.status is LetterStatus.BREAKS
