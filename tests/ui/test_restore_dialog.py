"""File › Restore from Backup…: the list of backups, the question, the restore on the
worker, and the views reloaded with what the backup held."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.services import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.models.backups import REASON
from desktop.ui.restore_dialog import RestoreDialog
from desktop.ui.settings import AppSettings


@pytest.fixture
def window(qtbot: QtBot, demo_path: Path, settings: AppSettings) -> MainWindow:
    """The demo, shown, with its backup on opening taken."""
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    qtbot.waitUntil(lambda: window.auto_backup.last is not None)
    return window


def _dialog(qtbot: QtBot, window: MainWindow, rows: int) -> RestoreDialog:
    window.restore_action.trigger()
    dialog = window.restore_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows and not dialog._busy)
    return dialog


def _answer(box: QMessageBox | None, text: str) -> None:
    assert box is not None
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_restoring_brings_back_a_removed_session(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    (session,) = ws.sessions.list_sessions()
    with qtbot.waitSignal(window.sessions.loaded):
        window.controller.run(lambda w: w.sessions.remove(session.id))
    assert window.sessions.model.rowCount() == 0

    dialog = _dialog(qtbot, window, rows=1)
    assert dialog.model.index(0, REASON).data() == "Database opened"
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    box = dialog.confirm_box
    assert box is not None
    assert box.text().startswith("Restore the backup taken ")
    assert "What the database holds now is first saved in a backup of its own" in (
        box.informativeText()
    )
    with qtbot.waitSignal(window.sessions.loaded, timeout=10_000):
        _answer(box, "Restore")

    assert [s.reference for s in ws.sessions.list_sessions()] == [session.reference]
    assert window.sessions.model.rowCount() == 1  # the list shows it again
    message = dialog.message_box
    assert message is not None
    safety = next(paths.backup_dir(ws.path).glob("*-before-restore.sqlite"))
    assert "was restored: 1 session · latest" in message.text()
    assert str(safety) in message.text()
    message.close()

    again = _dialog(qtbot, window, rows=2)  # the safety copy is listed, newest first
    assert again.model.index(0, REASON).data() == "Before a restore"
    again.close()


def test_cancelling_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    (session,) = ws.sessions.list_sessions()
    ws.sessions.update(session.id, place="Mons")
    dialog = _dialog(qtbot, window, rows=1)
    dialog.restore_button.click()
    _answer(dialog.confirm_box, "Cancel")
    window.tasks.wait()
    assert ws.sessions.get(session.id).place == "Mons"
    assert len(list(paths.backup_dir(ws.path).iterdir())) == 1
    assert dialog.isVisible()
    dialog.close()


def test_an_unreadable_backup_cannot_be_chosen(qtbot: QtBot, window: MainWindow) -> None:
    folder = paths.backup_dir(window.workspace.path)
    (folder / "tourdetable-20990101T000000Z-interval.sqlite").write_bytes(b"garbage " * 500)
    dialog = _dialog(qtbot, window, rows=2)
    assert dialog.selected() is dialog.model.backup(0)  # the newest, the broken one
    assert not dialog.restore_button.isEnabled()
    assert dialog.note.text().startswith("This backup cannot be restored: The file cannot")
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    assert dialog.note.text() == ""
    dialog.close()


def test_a_refusal_is_said_in_the_dialog_and_nothing_changes(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    (session,) = ws.sessions.list_sessions()
    ws.sessions.update(session.id, place="Mons")
    dialog = _dialog(qtbot, window, rows=1)
    dialog.model.backup(0).path.unlink()  # gone since the list was read
    dialog.restore_button.click()
    _answer(dialog.confirm_box, "Restore")
    dialog.reject()  # Escape while the restore runs: the dialog waits for its answer
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: "no longer there" in dialog.note.text())

    assert dialog.note.text().startswith("The backup tourdetable-")
    assert "nothing was changed" in dialog.note.text()
    assert ws.sessions.get(session.id).place == "Mons"
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog._busy)
    assert dialog.model.rowCount() == 0
    assert "no longer there" in dialog.note.text()  # still said once the list is read again
    dialog.close()


def test_without_backups_the_dialog_says_when_they_are_taken(
    qtbot: QtBot, window: MainWindow
) -> None:
    for backup in paths.backup_dir(window.workspace.path).iterdir():
        backup.unlink()
    dialog = _dialog(qtbot, window, rows=0)
    assert not dialog.restore_button.isEnabled()
    assert dialog.note.text().startswith("There are no backups of this database yet.")
    dialog.close()


def test_the_interval_of_automatic_backups_is_set_in_the_dialog(
    qtbot: QtBot, window: MainWindow, settings: AppSettings
) -> None:
    dialog = _dialog(qtbot, window, rows=1)
    assert dialog.interval is not None
    assert dialog.interval.value() == 10
    (session,) = window.workspace.sessions.list_sessions()
    window.open_session(session.id)
    assert window.auto_backup.timer.interval() == 10 * 60_000
    dialog.interval.setValue(25)
    assert settings.backup_interval_minutes() == 25
    assert window.auto_backup.timer.interval() == 25 * 60_000
    dialog.interval.setValue(0)
    assert dialog.interval.text() == "never on a timer (only on opening)"
    assert not window.auto_backup.timer.isActive()
    dialog.close()
