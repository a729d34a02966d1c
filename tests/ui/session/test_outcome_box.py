"""The chair's declaration: warned before, stored with its warnings, undone and redone, each
checked by reading it back through the services."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.outcomes import Discrepancy, Outcome
from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.ui.session.controller import SessionController
from desktop.ui.session.item_panel import ItemPanel
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
        self.panel = ItemPanel(self.controller)
        qtbot.addWidget(self.panel)
        self.panel.resize(350, 800)
        self.panel.show()
        self.box = self.panel.outcome_box

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.tasks.busy())

    def show(self, number: int) -> int:
        item_id = self.items[number]
        self.panel.set_item(item_id)
        self.settle()
        return item_id

    def choose(self, outcome: Outcome) -> None:
        """Pick an outcome in the list by keyboard, as the operator would."""
        combo = self.box.outcome_combo
        combo.setFocus()
        index = combo.findData(outcome.value)
        self.qtbot.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(index):
            self.qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert self.box.chosen() is outcome
        self.settle()


@pytest.fixture
def room(qtbot, demo_workspace: Workspace) -> Iterator[Room]:
    room = Room(qtbot, demo_workspace)
    yield room
    room.tasks.wait()


def test_agreed_over_an_objection_is_warned_declared_undone_and_redone(room: Room) -> None:
    item = room.show(2)  # Türkiye objects; the item was remitted
    assert room.ws.outcomes.state(item).outcome.outcome is Outcome.REMITTED
    room.choose(Outcome.AGREED)
    warnings = room.box.choice_warnings
    assert warnings.isVisible()
    assert "An objection stands (TUR)." in warnings.lines
    assert room.box.declare_button.isEnabled()  # the chair decides

    room.box.decision_edit.setPlainText("The Council approved the menu.")
    room.qtbot.keyClick(
        room.box.decision_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    _declare_all_the_same(room, "An objection stands (TUR).")
    room.settle()
    stored = room.ws.outcomes.state(item).outcome
    assert stored is not None and stored.outcome is Outcome.AGREED
    assert stored.decision_text == "The Council approved the menu."
    assert Discrepancy.OBJECTION_STANDS in {w.kind for w in stored.warnings}
    assert room.panel.standing_line.text.text().startswith("Declared: Agreed")
    assert "An objection stands (TUR)." in room.panel.standing_warnings.lines
    assert room.panel.standing_warnings.isVisible()
    assert not room.box.choice_warnings.isVisible()  # said once, under the declaration

    room.controller.undo_stack.undo()
    room.settle()
    back = room.ws.outcomes.state(item).outcome
    assert back is not None and back.outcome is Outcome.REMITTED
    assert back.remitted_to == "Political and Partnerships Committee"
    assert room.box.chosen() is Outcome.REMITTED  # the form follows the standing one
    assert "Remitted" in room.panel.standing_line.text.text()

    room.controller.undo_stack.redo()
    room.settle()
    assert room.ws.outcomes.state(item).outcome.outcome is Outcome.AGREED


def test_undoing_a_first_declaration_withdraws_it(room: Room) -> None:
    item = room.ws.agenda.add_item(room.session_id, "Any other business").value.id
    room.ws.positions.log(item, "HUN", Position.OBJECTION)
    room.panel.set_item(item)
    room.settle()
    assert room.panel.standing_line.text.text() == "No outcome declared yet."
    assert room.box.chosen() is None
    assert not room.box.declare_button.isEnabled()

    room.choose(Outcome.AGREED_AD_REFERENDUM)
    assert "An objection stands (HUN)." in room.box.choice_warnings.lines
    room.box.decision_edit.setPlainText("Agreed, subject to confirmation by capitals.")
    room.qtbot.mouseClick(room.box.declare_button, Qt.MouseButton.LeftButton)
    _declare_all_the_same(room, "An objection stands (HUN).")
    room.settle()
    assert room.ws.outcomes.state(item).outcome.outcome is Outcome.AGREED_AD_REFERENDUM

    room.controller.undo_stack.undo()
    room.settle()
    assert room.ws.outcomes.state(item).outcome is None
    assert room.ws.outcomes.history(item)[-1].withdrawn
    assert room.box.chosen() is None
    assert room.panel.standing_line.text.text() == "No outcome declared yet."

    room.controller.undo_stack.redo()
    room.settle()
    assert room.ws.outcomes.state(item).outcome.outcome is Outcome.AGREED_AD_REFERENDUM


def test_remitted_needs_the_committee_and_nothing_is_stored(room: Room) -> None:
    item = room.show(1)
    before = room.ws.outcomes.history(item)
    room.choose(Outcome.REMITTED)
    assert room.box.remitted_edit.isVisible()
    room.box.remitted_edit.clear()
    room.qtbot.mouseClick(room.box.declare_button, Qt.MouseButton.LeftButton)
    room.settle()
    assert room.box.error_line.isVisible()
    assert room.box.error_line.lines == ["Say which committee the item is remitted to."]
    assert room.ws.outcomes.history(item) == before
    assert room.ws.outcomes.state(item).outcome.outcome is Outcome.AGREED
    assert room.controller.undo_stack.count() == 0  # nothing happened, nothing to undo
    assert room.box.chosen() is Outcome.REMITTED  # what the operator typed is kept

    room.box.remitted_edit.setText("Defence Policy and Planning Committee")
    room.qtbot.keyClick(room.box.remitted_edit, Qt.Key.Key_Return)
    room.settle()
    stored = room.ws.outcomes.state(item).outcome
    assert stored.outcome is Outcome.REMITTED
    assert stored.remitted_to == "Defence Policy and Planning Committee"
    assert not room.box.error_line.isVisible()


def test_the_remitted_field_shows_only_for_remitted(room: Room) -> None:
    room.show(1)
    assert not room.box.remitted_edit.isVisible()
    room.choose(Outcome.REMITTED)
    assert room.box.remitted_edit.isVisible()
    room.choose(Outcome.NOTED)
    assert not room.box.remitted_edit.isVisible()


def test_choosing_the_standing_outcome_warns_only_once(room: Room) -> None:
    item = room.show(1)  # agreed, in consensus: nothing to warn about
    room.choose(Outcome.NO_CONSENSUS)
    assert room.box.choice_warnings.lines == ["The logged positions show consensus."]
    room.choose(Outcome.AGREED)
    assert not room.box.choice_warnings.isVisible()
    assert room.ws.outcomes.state(item).outcome.outcome is Outcome.AGREED


def test_every_control_has_an_accessible_name_and_the_shortcut_is_in_the_tooltip(
    room: Room,
) -> None:
    room.show(2)
    box = room.box
    for widget in (box.outcome_combo, box.decision_edit, box.remitted_edit, box.declare_button):
        assert widget.accessibleName()
    assert "Ctrl+Return" in box.declare_button.toolTip()


def _declare_all_the_same(room: Room, contradiction: str) -> None:
    """The confirmation names the contradiction; the operator declares all the same."""
    room.qtbot.waitUntil(lambda: room.box.confirm_box is not None)
    box = room.box.confirm_box
    assert box is not None
    room.qtbot.waitUntil(box.isVisible)
    assert contradiction in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    anyway = next(b for b in box.buttons() if "All the Same" in b.text())
    room.qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)


def test_a_declaration_against_the_record_asks_first_and_cancel_keeps_the_record(
    room: Room,
) -> None:
    item = room.show(2)  # Türkiye objects; the item was remitted
    room.choose(Outcome.AGREED)
    room.box.decision_edit.setPlainText("The Council approved the menu.")
    room.qtbot.keyClick(
        room.box.decision_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    room.qtbot.waitUntil(lambda: room.box.confirm_box is not None)
    box = room.box.confirm_box
    room.qtbot.waitUntil(box.isVisible)
    room.qtbot.keyClick(box, Qt.Key.Key_Escape)
    room.settle()
    assert room.ws.outcomes.state(item).outcome.outcome is Outcome.REMITTED  # unchanged


def test_an_agreement_without_its_text_is_refused_with_a_sentence(room: Room) -> None:
    item = room.ws.agenda.add_item(room.session_id, "Work programme").value.id
    room.panel.set_item(item)
    room.settle()
    room.choose(Outcome.AGREED)
    room.box.decision_edit.setPlainText("   ")
    room.qtbot.mouseClick(room.box.declare_button, Qt.MouseButton.LeftButton)
    room.settle()
    assert room.box.error_line.lines == [
        "Write the decision the Council took: “Agreed” needs its text."
    ]
    assert room.ws.outcomes.state(item).outcome is None


def test_the_decision_is_declared_in_both_languages_and_undone(room: Room) -> None:
    item = room.show(3)
    before = room.ws.outcomes.state(item).outcome
    room.choose(Outcome.AGREED)
    box = room.box
    box.decision_edit.setPlainText("The Council approved the guidance.")
    box.decision_fr_edit.clear()
    assert box.decision_field.is_missing("fr")
    assert box.decision_fr_edit.placeholderText() == "No French version yet"
    box.decision_fr_edit.setPlainText("Le Conseil a approuvé les orientations.")
    assert not box.decision_field.is_missing("fr")
    box.declare()
    room.settle()
    if box.confirm_box is not None:  # the record disagrees: the chair declares all the same
        next(b for b in box.confirm_box.buttons() if "Same" in b.text()).click()
        room.settle()
    stored = room.ws.outcomes.state(item).outcome
    assert stored is not None and stored.outcome is Outcome.AGREED
    assert (stored.decision_text, stored.decision_text_fr) == (
        "The Council approved the guidance.",
        "Le Conseil a approuvé les orientations.",
    )
    room.controller.undo_stack.undo()
    room.settle()
    back = room.ws.outcomes.state(item).outcome
    assert back is not None and before is not None
    assert (back.decision_text, back.decision_text_fr) == (
        before.decision_text,
        before.decision_text_fr,
    )


def test_the_remitted_committee_is_declared_in_french_too(room: Room) -> None:
    item = room.show(2)  # remitted
    before = room.ws.outcomes.state(item).outcome
    box = room.box
    assert box.remitted_field.isVisible()
    box.remitted_fr_edit.clear()
    assert box.remitted_field.is_missing("fr")
    assert box.remitted_fr_edit.placeholderText() == "No French version yet"
    box.remitted_fr_edit.setText("Comité politique et des partenariats (CPP)")
    box.declare()
    room.settle()
    if box.confirm_box is not None:
        next(b for b in box.confirm_box.buttons() if "Same" in b.text()).click()
        room.settle()
    stored = room.ws.outcomes.state(item).outcome
    assert stored is not None and stored.outcome is Outcome.REMITTED
    assert stored.remitted_to_fr == "Comité politique et des partenariats (CPP)"
    assert before is not None and stored.remitted_to == before.remitted_to


def test_the_summary_drafts_the_decision_in_both_languages(room: Room) -> None:
    room.show(2)
    box = room.box
    box.decision_field.set_texts("", "")
    room.panel.summary_box.draft_button.click()
    room.settle()
    assert box.decision_edit.toPlainText() == room.panel.summary_box.text()
    french = box.decision_fr_edit.toPlainText()
    assert french.startswith("Tous les Alliés") or french.startswith("À ce stade")
