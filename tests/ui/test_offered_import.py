"""``tourdetable FILE.json``: the window opens and offers to import the file, through the
same reading and import as File › Import Session…; a file that is no session file is a
sentence in the window, and nothing is imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services import Workspace
from desktop.ui.file_actions import FileActions
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings


@pytest.fixture
def window(qtbot, db_path: Path, settings: AppSettings) -> MainWindow:
    """An empty database's window, as the app shows it before offering the file."""
    window = MainWindow(Workspace.open(db_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def session_file(tmp_path: Path, demo_path: Path) -> Path:
    path = tmp_path / "from-elsewhere.json"
    with Workspace.open(demo_path) as ws:
        ws.files.export_to(ws.sessions.list_sessions()[0].id, path)
    return path


def _shown_box(qtbot, actions: FileActions) -> QMessageBox:
    qtbot.waitUntil(lambda: actions.message_box is not None and actions.message_box.isVisible())
    assert actions.message_box is not None
    return actions.message_box


def _click(box: QMessageBox, text: str) -> None:
    next(button for button in box.buttons() if button.text() == text).click()


def _reference(path: Path) -> str:
    with Workspace.open(path.parent / "demo.sqlite") as ws:
        return ws.sessions.list_sessions()[0].reference


def test_the_window_offers_to_import_the_file_and_imports_it(
    qtbot, window: MainWindow, session_file: Path, db_path: Path
) -> None:
    reference = _reference(session_file)
    actions = window.file_actions
    actions.offer_import(session_file)

    box = _shown_box(qtbot, actions)
    assert box.icon() == QMessageBox.Icon.Question
    assert box.windowTitle() == "Import Session"
    assert box.text().startswith(f"Import session {reference} of ")
    assert box.text().endswith(f" from from-elsewhere.json into {db_path.name}?")
    assert box.informativeText() == "Nothing is added to the database unless you choose Import."
    assert box.defaultButton().text() == "&Import"
    assert window.sessions.model.rowCount() == 0  # nothing before the answer
    _click(box, "&Import")

    qtbot.waitUntil(lambda: window.sessions.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not actions.busy())
    assert window.statusBar().currentMessage() == (
        f"Session {reference} was imported from from-elsewhere.json."
    )


def test_cancelling_the_offer_imports_nothing(
    qtbot, window: MainWindow, session_file: Path
) -> None:
    actions = window.file_actions
    actions.offer_import(session_file)
    _click(_shown_box(qtbot, actions), "Cancel")
    qtbot.waitUntil(lambda: not actions.busy())
    assert window.statusBar().currentMessage() == "Import cancelled."
    assert window.sessions.model.rowCount() == 0


def test_a_reference_already_there_is_asked_about_after_the_offer(
    qtbot, window: MainWindow, session_file: Path
) -> None:
    actions = window.file_actions
    actions.offer_import(session_file)
    _click(_shown_box(qtbot, actions), "&Import")
    qtbot.waitUntil(lambda: window.sessions.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not actions.busy())

    actions.message_box = None
    actions.offer_import(session_file)  # the same file again
    offer = _shown_box(qtbot, actions)
    _click(offer, "&Import")
    box = _shown_box(qtbot, actions)  # then the question Import Session… asks too
    assert box is not offer
    assert "is already on the list: replace it with the session in from-elsewhere.json" in (
        box.text()
    )
    _click(box, "Cancel")
    qtbot.waitUntil(lambda: not actions.busy())
    assert window.sessions.model.rowCount() == 1


def test_a_file_that_is_no_session_file_is_a_sentence_in_the_window(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text("these are my notes, not a session", encoding="utf-8")
    actions = window.file_actions
    actions.offer_import(notes)
    box = _shown_box(qtbot, actions)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "JSON" in box.text() and box.text().endswith(".")
    qtbot.waitUntil(lambda: not actions.busy())
    assert window.sessions.model.rowCount() == 0
    assert notes.read_text(encoding="utf-8") == "these are my notes, not a session"
    box.close()
