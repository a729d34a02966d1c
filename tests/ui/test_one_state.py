"""Where an item stands is one state, shown the same in the grid's header, the tour de table,
the item panel and the room display: for an "agreed ad referendum" declaration, and for a
silence broken while "under silence" stood (the matter returns to the Council)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop import i18n as messages
from desktop.domain.outcomes import Outcome
from desktop.domain.timezones import now_utc
from desktop.services import Workspace
from desktop.ui import i18n
from desktop.ui.labels import set_ui_language
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

NBSP = "\u00a0"


class Room:
    """The main window on the demo session, the room display open."""

    def __init__(self, qtbot, demo_path: Path, settings: AppSettings) -> None:
        self.qtbot = qtbot
        self.window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
        qtbot.addWidget(self.window)
        with qtbot.waitSignal(self.window.sessions.loaded):
            self.window.show()
        self.ws = self.window.workspace
        self.session_id = self.ws.sessions.list_sessions()[0].id
        self.items = {i.number: i for i in self.ws.sessions.get(self.session_id).items}
        page = self.window.session_page
        with qtbot.waitSignal(page.positions.loaded):
            self.window.open_session(self.session_id)
        self.page = page
        self.model = page.positions.model
        self.panel = page.positions.item_panel
        self.actions = self.window.session_menus.room_display
        self.actions.toggle_action.trigger()
        self.settle()
        assert self.actions.display is not None
        self.display = self.actions.display

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.window.tasks.busy())

    def go(self, number: int) -> None:
        self.page.positions.grid.go_to(self.items[number].id)
        self.settle()

    def header(self, number: int) -> str:
        column = self.model.column_of(self.items[number].id)
        return self.model.headerData(column, Qt.Orientation.Horizontal).splitlines()[1]

    def tour(self, number: int) -> str:
        self.page.tour.set_item(self.items[number].id)
        self.page.tour.refresh()
        return self.page.tour.board.consensus.text()

    def break_silence(self, number: int, code: str) -> None:
        item = self.items[number].id
        [running] = [v for v in self.ws.silence.for_session(self.session_id) if v.is_open]
        assert running.item_id == item
        self.window.controller.run(lambda ws: ws.silence.record_letter(running.id, code, now_utc()))
        self.settle()


@pytest.fixture
def room(qtbot, demo_path: Path, settings: AppSettings) -> Iterator[Room]:
    room = Room(qtbot, demo_path, settings)
    yield room
    room.window.shutdown()


def test_agreed_ad_referendum_everywhere(room: Room) -> None:
    room.go(3)  # declared "agreed ad referendum": three capitals still to confirm
    assert room.header(3) == "Agreed ad referendum"  # not "Pending 3"
    assert room.display.state_label.text() == "AGREED AD REFERENDUM"
    assert room.panel.state_line.text.text() == "Agreed ad referendum."
    assert room.tour(3) == "Agreed ad referendum"
    assert room.panel.consensus_line.isVisibleTo(room.panel)  # the table, beside it
    assert room.panel.consensus_line.text.text().startswith("Pending: 3 delegations")


def test_a_broken_silence_returns_to_the_council_everywhere(room: Room) -> None:
    room.go(5)  # under silence, declared so when it was launched
    assert room.header(5) == "Under silence"
    assert room.display.state_label.text() == "UNDER SILENCE"
    room.break_silence(5, "TUR")
    assert room.header(5) == "Silence broken by TUR"  # not "Pending 32"
    assert room.display.state_label.text() == "SILENCE BROKEN BY TUR"  # not "PENDING"
    assert room.panel.state_line.text.text() == (
        "Silence broken by TUR: the matter returns to the Council."
    )
    assert not room.panel.silence_line.isVisibleTo(room.panel)  # said once
    assert not room.panel.standing_warnings.isVisibleTo(room.panel)  # nothing contradicts
    assert "The silence procedure has overtaken" in room.panel.standing_line.text.text()
    assert room.tour(5) == "Silence broken by TUR"
    assert not room.display.pending_label.isVisibleTo(room.display)


def test_a_declaration_repaints_its_header_only(qtbot, room: Room) -> None:
    item = room.items[1].id
    column = room.model.column_of(item)
    assert room.header(1) == "Agreed"
    with (
        qtbot.waitSignal(room.model.consensusChanged) as header,
        qtbot.assertNotEmitted(room.model.headerDataChanged),
        qtbot.assertNotEmitted(room.model.modelReset),
    ):
        room.window.controller.run(lambda ws: ws.outcomes.declare(item, Outcome.DEFERRED))
        room.settle()
    assert header.args == [column]
    assert room.header(1) == "Deferred"
    room.window.controller.run(lambda ws: ws.outcomes.withdraw(item))
    room.settle()
    assert room.header(1) == "Consensus"  # nothing declared: the table's state


def test_a_declaration_over_an_objection_is_shown_with_the_objection(room: Room) -> None:
    item = room.items[2].id
    room.go(2)
    room.window.controller.run(lambda ws: ws.outcomes.declare(item, Outcome.AGREED))
    room.settle()
    assert room.header(2) == "Agreed \u26a0"
    assert room.display.state_label.text() == "AGREED \u26a0"
    assert room.display.record_label.text() == (
        "The record shows an objection by Türkiye. "
        "The record shows positions still pending: Hungary and Iceland."
    )
    assert room.panel.state_line.text.text().startswith("Agreed.")
    assert room.panel.standing_warnings.lines == [
        "An objection stands (TUR).",
        "Positions are still pending (HUN, ISL).",
    ]


@pytest.fixture
def french(qapp) -> Iterator[None]:
    saved = QLocale()
    i18n.install("fr")
    yield
    i18n.uninstall()
    QLocale.setDefault(saved)
    set_ui_language(None)
    messages.set_language("en")


def test_in_french(french, room: Room) -> None:
    room.go(3)
    assert room.header(3) == "Approuvé ad referendum"
    assert room.display.state_label.text() == "APPROUVÉ AD REFERENDUM"
    assert room.panel.state_line.text.text() == "Approuvé ad referendum."
    room.go(2)
    assert room.display.pending_label.text().endswith("Hongrie, Islande (absente)")
    assert room.display.summary_label.text().endswith("l'Islande est absente.")
    room.go(5)
    room.break_silence(5, "TUR")
    assert room.header(5) == "Silence rompu par TUR"
    assert room.display.state_label.text() == "SILENCE ROMPU PAR TUR"
    assert room.panel.state_line.text.text() == (
        f"Silence rompu par TUR{NBSP}: la question revient devant le Conseil."
    )
