"""The room display on the demo: it follows the operator's item, changes as positions are
logged, stays put when frozen, and never shows what is not for display."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from desktop import i18n as messages
from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.ui import i18n
from desktop.ui.labels import set_ui_language
from desktop.ui.main_window import MainWindow
from desktop.ui.room_display import RoomDisplay
from desktop.ui.session.controller import ServiceCommand
from desktop.ui.settings import AppSettings

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


class Room:
    """The main window on the demo session, with the room display open."""

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
        self.grid = page.positions.grid
        self.actions = self.window.session_menus.room_display
        self.go(2)
        self.actions.toggle_action.trigger()
        self.settle()
        assert self.actions.display is not None
        self.display: RoomDisplay = self.actions.display

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.window.tasks.busy())

    def go(self, number: int) -> None:
        self.grid.go_to(self.items[number].id)
        self.settle()

    def log(self, number: int, code: str, position: Position, text: str = "") -> None:
        item = self.items[number].id
        self.window.controller.execute(
            ServiceCommand(
                f"{code}: {position.value}",
                forward=lambda ws: ws.positions.log(item, code, position, text=text),
                backward=lambda ws: ws.positions.restore(item, code, Position.NOT_STATED),
            )
        )
        self.settle()

    def texts(self) -> list[str]:
        """Every text the display shows."""
        return [
            label.text()
            for label in self.display.findChildren(QLabel)
            if label.isVisibleTo(self.display)
        ]


@pytest.fixture
def room(qtbot, demo_path: Path, settings: AppSettings) -> Iterator[Room]:
    room = Room(qtbot, demo_path, settings)
    yield room
    room.window.shutdown()


def test_it_opens_as_a_window_of_its_own_on_the_current_item(room: Room) -> None:
    display = room.display
    assert display.isWindow() and display.isVisible()
    assert room.actions.toggle_action.isChecked()
    assert room.actions.toggle_action.shortcut().toString() == "Ctrl+Shift+R"
    assert display.session_label.text() == "North Atlantic Council — Permanent Representatives"
    assert display.item_label.text() == f"Item 2 — {room.items[2].title}"
    assert display.state_label.text() == "REMITTED"  # the chair's declaration leads
    assert display.objecting_label.text() == "Objecting: Türkiye"
    assert display.pending_label.text() == "Pending (2): Hungary, Iceland (absent)"
    assert display.summary_label.text() == (
        "All Allies agree except Türkiye, which objects; Hungary awaits instructions; "
        "Iceland is absent."
    )


def test_it_follows_the_grids_cursor(room: Room) -> None:
    room.go(1)
    assert room.display.item_label.text().startswith("Item 1 — Defence Innovation Accelerator")
    assert room.display.state_label.text() == "AGREED"
    assert not room.display.objecting_label.isVisibleTo(room.display)
    assert not room.display.pending_label.isVisibleTo(room.display)
    room.go(4)  # silence broke, and the procedure settled: no consensus
    assert room.display.item_label.text() == f"Item 4 — {room.items[4].title}"
    assert room.display.state_label.text() == "NO CONSENSUS"
    assert room.display.pending_label.text().startswith("Pending (22): ")  # codes: too many


def test_it_changes_as_positions_are_logged(room: Room) -> None:
    item = room.items[2].id
    room.window.controller.run(lambda ws: ws.outcomes.withdraw(item))  # the table's state
    room.settle()
    assert room.display.state_label.text() == "BLOCKED BY TUR"
    room.log(2, "HUN", Position.OBJECTION)
    assert room.display.state_label.text() == "BLOCKED BY HUN, TUR"
    assert room.display.objecting_label.text() == "Objecting: Hungary, Türkiye"
    assert room.display.pending_label.text() == "Pending (1): Iceland (absent)"
    assert "except Hungary and Türkiye, which object" in room.display.summary_label.text()
    room.log(2, "TUR", Position.AGREE)
    room.log(2, "HUN", Position.AGREE)
    assert room.display.state_label.text() == "PENDING 1"
    assert not room.display.objecting_label.isVisibleTo(room.display)
    room.log(2, "ISL", Position.AGREE)
    assert room.display.state_label.text() == "CONSENSUS"
    assert room.display.summary_label.text() == "All Allies agree."
    assert not room.display.pending_label.isVisibleTo(room.display)


def test_statements_are_never_shown(room: Room) -> None:
    room.log(2, "ISL", Position.RESERVATION, text="Iceland's confidential reservation.")
    assert "Iceland enters a reservation" in room.display.summary_label.text()
    assert not any("confidential" in text for text in room.texts())


def test_frozen_it_stays_on_its_item_and_still_changes(room: Room) -> None:
    room.actions.freeze_action.trigger()
    room.go(1)
    assert room.display.item_label.text().startswith("Item 2 — ")
    room.log(2, "HUN", Position.AGREE)
    assert room.display.pending_label.text() == "Pending (1): Iceland (absent)"
    room.actions.freeze_action.trigger()  # thawed: back to the operator's item
    room.settle()
    assert room.display.item_label.text().startswith("Item 1 — ")


def test_an_item_not_for_display_shows_only_its_number(room: Room) -> None:
    room.go(5)  # the demo's budget item is not for display
    assert room.display.item_label.text() == "Item 5"
    assert not any(room.items[5].title in text for text in room.texts())
    assert room.display.pending_label.text().startswith("Pending (31): ALB, BEL, BGR")
    room.go(2)
    item = room.items[2]
    room.window.controller.run(lambda ws: ws.agenda.update_item(item.id, not_for_display=True))
    room.settle()
    assert room.display.item_label.text() == "Item 2"
    assert not any(item.title in text for text in room.texts())
    assert room.display.objecting_label.text() == "Objecting: Türkiye"  # positions still shown


def test_a_running_silence_procedure_shows_its_deadline(room: Room) -> None:
    running = next(
        v for v in room.ws.silence.for_session(room.session_id) if v.is_open and not v.breaking
    )
    number = next(n for n, i in room.items.items() if i.id == running.item_id)
    room.go(number)
    assert room.display.silence_label.isVisibleTo(room.display)
    assert room.display.silence_label.text().startswith("Under silence until ")
    assert room.display.silence_label.text().endswith(" Brussels time")
    room.go(1)
    assert not room.display.silence_label.isVisibleTo(room.display)


def test_escape_closes_it_and_the_menu_says_so(room: Room) -> None:
    room.qtbot.keyClick(room.display, Qt.Key.Key_Escape)
    assert not room.display.isVisible()
    assert not room.actions.toggle_action.isChecked()
    room.actions.toggle_action.trigger()  # opens again, on the operator's item
    room.settle()
    assert room.display.isVisible()
    assert room.display.item_label.text().startswith("Item 2 — ")


def test_the_type_grows_with_the_window(room: Room) -> None:
    room.display.resize(960, 540)
    small = room.display.state_label.font().pixelSize()
    room.display.resize(1920, 1080)
    assert room.display.state_label.font().pixelSize() == 2 * small >= 100


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
    display = room.display
    assert display.item_label.text().startswith("Point 2 — ")
    assert display.state_label.text() == "RENVOYÉ"
    assert display.objecting_label.text() == "Objection : Türkiye".replace(" :", "\u00a0:")
    assert display.summary_label.text().startswith(
        "Tous les Alliés sont d'accord, sauf la Türkiye, qui objecte"
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_shots_at_projector_size(
    qtbot, demo_path: Path, settings: AppSettings, language: str, tmp_path: Path
) -> None:
    """1920×1080 pictures, to look at: tmp_path, or docs/screenshots with TDT_SHOTS=1."""
    saved = QLocale()
    i18n.install(language)
    try:
        room = Room(qtbot, demo_path, settings)
        room.display.resize(1920, 1080)
        room.settle()
        qtbot.wait(100)  # the layout follows the new type sizes
        folder = SHOTS if os.environ.get("TDT_SHOTS") else tmp_path
        suffix = "" if language == "en" else "-fr"
        path = folder / f"room-display-light{suffix}.png"
        assert room.display.grab().save(str(path))
        assert path.stat().st_size > 10_000
        room.window.shutdown()
    finally:
        i18n.uninstall()
        QLocale.setDefault(saved)
        set_ui_language(None)
        messages.set_language("en")
