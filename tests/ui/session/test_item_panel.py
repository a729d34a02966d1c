"""The panel beside the grid follows the item under the cursor and what is logged on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.ui.session.controller import ServiceCommand, SessionController
from desktop.ui.session.item_panel import ItemPanel
from desktop.ui.tasks import TaskRunner


class Room:
    def __init__(self, qtbot, ws: Workspace) -> None:
        self.qtbot, self.ws = qtbot, ws
        self.tasks = TaskRunner()
        self.controller = SessionController(self.tasks)
        self.controller.set_workspace(ws)
        self.session_id = ws.sessions.list_sessions()[0].id
        self.panel = ItemPanel(self.controller)
        qtbot.addWidget(self.panel)
        self.panel.resize(350, 800)
        self.panel.show()
        self.controller.set_session(self.session_id)
        self.items = {i.number: i.id for i in ws.sessions.get(self.session_id).items}

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.tasks.busy())

    def show(self, number: int) -> int:
        item_id = self.items[number]
        self.panel.set_item(item_id)
        self.settle()
        return item_id

    def consensus(self) -> str:
        return self.panel.consensus_line.text.text()


@pytest.fixture
def room(qtbot, demo_workspace: Workspace) -> Iterator[Room]:
    room = Room(qtbot, demo_workspace)
    yield room
    room.tasks.wait()


def test_nothing_is_shown_without_an_item(room: Room) -> None:
    room.settle()
    assert room.panel.empty_label.isVisible()
    assert not room.panel.content.isVisible()
    room.show(1)
    assert not room.panel.empty_label.isVisible()
    room.panel.set_item(None)
    assert room.panel.empty_label.isVisible()


def test_the_item_its_kind_and_documents(room: Room) -> None:
    room.show(1)
    assert room.panel.number_label.text() == "Item 1 · Decision"
    assert room.panel.title_label.text().startswith("Defence Innovation Accelerator")
    assert room.panel.documents_label.text() == "Documents: PO(2026)0311, PO(2026)0311-REV1"
    room.show(8)
    assert room.panel.number_label.text() == "Item 8 · Any other business"
    assert not room.panel.documents_label.isVisible()


def test_where_consensus_stands_in_words_and_with_an_icon(room: Room) -> None:
    room.show(1)
    assert room.consensus() == "Consensus"
    assert not room.panel.consensus_line.icon.pixmap().isNull()
    assert room.panel.recorded_line.text.text() == "Reservations or footnotes: DNK"
    room.show(2)
    assert room.consensus() == "Blocked by TUR"
    assert "HUN" in room.panel.consensus_line.toolTip()  # still to hear
    room.show(5)
    assert room.consensus().startswith("Pending: 31 delegations (ALB, BEL,")
    assert room.consensus().endswith("+21 more)")
    room.show(7)  # information: nobody's consent is needed
    assert room.consensus() == "No decision is sought on this item."


def test_the_silence_procedure_in_one_line(room: Room) -> None:
    room.show(4)
    assert room.panel.silence_line.text.text() == "Silence broken by FRA, BEL, DEU"
    room.show(5)
    assert room.panel.silence_line.text.text().startswith("Under silence until ")
    assert room.panel.silence_line.text.text().endswith("Brussels time")
    room.show(1)
    assert not room.panel.silence_line.isVisible()


def test_the_panel_follows_positions_logged_through_the_controller(room: Room) -> None:
    item = room.show(1)
    assert room.consensus() == "Consensus"
    assert not room.panel.standing_warnings.isVisible()
    command = ServiceCommand(
        "HUN: objection",
        forward=lambda ws: ws.positions.log(item, "HUN", Position.OBJECTION),
        backward=lambda ws: ws.positions.restore(item, "HUN", Position.AGREE),
    )
    room.controller.execute(command)
    room.settle()
    assert room.consensus() == "Blocked by HUN"
    # The standing "agreed" now disagrees with the record, and says so.
    assert room.panel.standing_warnings.lines == ["An objection stands (HUN)."]
    assert room.ws.outcomes.state(item).consensus.objecting == ("HUN",)

    room.controller.undo_stack.undo()
    room.settle()
    assert room.consensus() == "Consensus"
    assert not room.panel.standing_warnings.isVisible()


def test_positions_on_another_item_read_nothing(room: Room) -> None:
    room.show(1)
    other = room.items[3]
    room.controller.execute(
        ServiceCommand(
            "HUN: objection",
            forward=lambda ws: ws.positions.log(other, "HUN", Position.OBJECTION),
            backward=lambda ws: ws.positions.restore(other, "HUN", Position.AGREE_AD_REFERENDUM),
        )
    )
    room.settle()
    assert room.consensus() == "Consensus"


def test_a_renamed_item_is_shown_with_its_new_title(room: Room) -> None:
    item = room.show(3)
    room.controller.execute(
        ServiceCommand(
            "Rename",
            forward=lambda ws: ws.agenda.update_item(item, title="Climate and security"),
            backward=lambda ws: ws.agenda.update_item(item, title="Old"),
        )
    )
    room.settle()
    assert room.panel.title_label.text() == "Climate and security"


def test_a_new_session_clears_the_panel(room: Room) -> None:
    room.show(1)
    room.controller.set_session(None)
    assert room.panel.item_id is None
    assert room.panel.empty_label.isVisible()


def test_every_line_has_an_accessible_name(room: Room) -> None:
    room.show(2)
    panel = room.panel
    for widget in (
        panel.title_label,
        panel.number_label,
        panel.documents_label,
        panel.consensus_line,
        panel.silence_line,
        panel.standing_line,
        panel.standing_warnings,
        panel.action_list.table,
        panel.action_list.add_button,
        panel.action_list.remove_button,
    ):
        assert widget.accessibleName(), widget


def test_a_removed_item_leaves_the_panel_empty(room: Room) -> None:
    item = room.ws.agenda.add_item(room.session_id, "Withdrawn from the agenda").value.id
    room.panel.set_item(item)
    room.settle()
    assert room.panel.title_label.text() == "Withdrawn from the agenda"
    room.controller.run(lambda ws: ws.agenda.remove_item(item))
    room.settle()
    assert room.panel.item_id is None
    assert room.panel.empty_label.isVisible()


# ---------------------------------------------------------------------- the chair's summary
def test_the_chairs_summary_follows_the_log(room: Room) -> None:
    item = room.show(2)
    box = room.panel.summary_box
    assert box.isVisible()
    assert box.text() == (
        "All Allies agree except Türkiye, which objects; Hungary awaits instructions; "
        "Iceland is absent."
    )
    room.controller.execute(
        ServiceCommand(
            "HUN: agree",
            forward=lambda ws: ws.positions.log(item, "HUN", Position.AGREE),
            backward=lambda ws: ws.positions.restore(item, "HUN", Position.AWAITING_INSTRUCTIONS),
        )
    )
    room.settle()
    assert box.text() == "All Allies agree except Türkiye, which objects; Iceland is absent."
    room.show(7)  # an information item: no decision, no summary
    assert not box.isVisible()


def test_copy_summary_puts_the_sentence_on_the_clipboard(room: Room) -> None:
    from PySide6.QtGui import QGuiApplication

    room.show(1)
    QGuiApplication.clipboard().clear()
    room.panel.summary_box.copy_button.click()
    assert QGuiApplication.clipboard().text() == "All Allies agree; Denmark requests a footnote."


def test_the_summary_fills_an_empty_decision_text(room: Room) -> None:
    room.show(2)
    box = room.panel.outcome_box
    box.decision_field.set_texts("  \n", "")  # nothing written that would be lost
    room.panel.summary_box.draft_button.click()
    assert box.decision_edit.toPlainText() == room.panel.summary_box.text()
    assert box.replace_box is None  # nothing to lose, nothing asked


def test_the_summary_replaces_a_written_decision_only_when_the_operator_agrees(
    room: Room,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    room.show(2)
    box = room.panel.outcome_box
    box.decision_edit.setPlainText("The Council noted the state of play.")
    room.panel.summary_box.draft_button.click()
    assert box.replace_box is not None and box.replace_box.isVisible()
    box.replace_box.button(QMessageBox.StandardButton.No).click()
    assert box.decision_edit.toPlainText() == "The Council noted the state of play."
    room.panel.summary_box.draft_button.click()
    assert box.replace_box is not None
    box.replace_box.button(QMessageBox.StandardButton.Yes).click()
    assert box.decision_edit.toPlainText().startswith("All Allies agree except Türkiye")


def test_a_key_on_the_grid_is_taken_in_without_a_read(room: Room) -> None:
    """A position keyed on the grid changes the item's positions and nothing else the panel
    shows is read from: it works the state and the summary out from the grid's stored
    positions, with what a read would give, and reads nothing after the key's write."""
    from desktop.ui.models.grid import GridModel
    from desktop.ui.session.position_commands import LogPosition

    grid = GridModel()
    grid.set_grid(room.ws.positions.grid(room.session_id))
    item = room.show(2)
    submitted: list[object] = []
    submit = room.tasks.submit
    room.tasks.submit = lambda call, done, failed: (
        submitted.append(call)
        or submit(  # type: ignore[method-assign]
            call, done, failed
        )
    )
    for code, position in (
        ("HUN", Position.AGREE),
        ("TUR", Position.AGREE),
        ("ISL", Position.OBJECTION),
    ):
        before = grid.entry(item, code)
        room.controller.execute(LogPosition(item, code, position, before, grid=grid))
        room.settle()
        assert len(submitted) == 1  # the write, and no read after it
        submitted.clear()
        state = room.ws.outcomes.state(item)
        assert room.panel.state == state
        assert room.panel.summary == room.ws.positions.summary(item)
    assert room.consensus() == "Blocked by ISL"
