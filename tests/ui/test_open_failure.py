"""A database that will not open: the window says why in one sentence and offers the ways
out that fit (read-only, try again, another file), without losing the database shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.positions import Position
from desktop.services import DatabaseError, Fault, Workspace
from desktop.services.backups import BackupReason
from desktop.ui.main_window import MainWindow
from desktop.ui.open_failure import OpenFailureBox, Way, ways_out
from desktop.ui.settings import AppSettings
from tests.faults import damage, read_only_folder


@pytest.mark.parametrize(
    ("fault", "backups", "expected"),
    [
        (Fault.READ_ONLY, False, [Way.READ_ONLY, Way.ANOTHER, Way.GIVE_UP]),
        (Fault.LOCKED, True, [Way.RETRY, Way.ANOTHER, Way.GIVE_UP]),
        (Fault.DAMAGED, True, [Way.RESTORE, Way.ANOTHER, Way.GIVE_UP]),
        (Fault.DAMAGED, False, [Way.ANOTHER, Way.GIVE_UP]),
        (Fault.NEWER, True, [Way.ANOTHER, Way.GIVE_UP]),  # a backup would be older still
    ],
)
def test_the_ways_out_fit_what_went_wrong(
    demo_path: Path, fault: Fault, backups: bool, expected: list[Way]
) -> None:
    error = DatabaseError("It went wrong.", fault=fault)
    assert ways_out(error, demo_path, has_backups=backups) == expected


SERVER = "postgresql://clerk@db.example.org/council"


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        (Fault.UNREACHABLE, [Way.RETRY, Way.SERVER, Way.ANOTHER, Way.GIVE_UP]),
        (Fault.LOGIN, [Way.SERVER, Way.ANOTHER, Way.GIVE_UP]),
        (Fault.MISSING, [Way.SERVER, Way.ANOTHER, Way.GIVE_UP]),
        (Fault.NEWER, [Way.SERVER, Way.ANOTHER, Way.GIVE_UP]),
    ],
)
def test_a_server_database_offers_no_backup_of_the_app_s(fault: Fault, expected: list[Way]) -> None:
    error = DatabaseError("It went wrong.", fault=fault)
    assert ways_out(error, SERVER, has_backups=True) == expected


def test_a_refused_login_asks_for_the_password_or_a_file(qtbot) -> None:
    error = DatabaseError("The server refused the login.", fault=Fault.LOGIN)
    box = OpenFailureBox(error, SERVER, has_backups=False, at_start=True)
    qtbot.addWidget(box)
    labels = [box.way_buttons[way].text() for way in box.way_buttons]
    assert labels == ["Enter the Password…", "Open a Database File…", "Quit"]


def test_the_box_names_each_way_out_and_escape_gives_up(qtbot, demo_path: Path) -> None:
    error = DatabaseError("The database is read-only.", fault=Fault.READ_ONLY)
    box = OpenFailureBox(error, demo_path, has_backups=False, at_start=True)
    qtbot.addWidget(box)
    assert box.text() == "The database is read-only."
    labels = [box.way_buttons[way].text() for way in box.way_buttons]
    assert labels == ["Open Read-Only", "Choose Another File…", "Quit"]
    assert box.defaultButton() is box.way_buttons[Way.READ_ONLY]
    assert box.escapeButton() is box.way_buttons[Way.GIVE_UP]


@pytest.fixture
def window(qtbot, tmp_path: Path, settings: AppSettings) -> MainWindow:
    home = tmp_path / "home.sqlite"
    Workspace.open(home).close()
    window = MainWindow(Workspace.open(home), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    return window


def test_a_database_on_a_read_only_disk_opens_read_only_and_refuses_changes(
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    with read_only_folder(demo_path.parent, tmp_path / "ro") as folder:
        path = folder / demo_path.name
        assert not window.open_database(path)
        box = window.message_box
        assert isinstance(box, OpenFailureBox)
        assert "cannot be written" in box.text()
        assert window.workspace.path.name == "home.sqlite"  # still on the one shown
        with qtbot.waitSignal(window.sessions.loaded):
            box.way_buttons[Way.READ_ONLY].click()
        assert window.workspace.read_only
        assert window.windowTitle() == "demo.sqlite (read-only) — Tour de Table"
        assert "read-only: changes are refused" in window.path_label.text()
        assert window.sessions.model.rowCount() == 1

        (session,) = window.workspace.sessions.list_sessions()
        with qtbot.waitSignal(window.session_page.positions.loaded):
            window.open_session(session.id)
        grid = window.session_page.positions.grid
        item = window.workspace.sessions.get(session.id).items[0].id
        before = window.workspace.positions.current(item, "FRA")
        assert grid.go_to(item, "FRA")
        grid.setFocus()
        qtbot.keyClick(grid, Qt.Key.Key_O)
        messages = window.session_page.messages
        qtbot.waitUntil(messages.isVisible)
        assert "open read-only, so nothing was saved" in messages.text.text()
        assert window.workspace.positions.current(item, "FRA") == before
        assert before is None or before.position is not Position.OBJECTION
        window.tasks.wait()
        with qtbot.waitSignal(window.sessions.loaded):  # leave the mount before it goes
            assert window.open_database(tmp_path / "home.sqlite")


def test_a_file_that_is_not_a_database_offers_another_file_only(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("Not a database.\n" * 100, encoding="utf-8")
    assert not window.open_database(notes)
    box = window.message_box
    assert isinstance(box, OpenFailureBox)
    assert list(box.way_buttons) == [Way.ANOTHER, Way.GIVE_UP]
    assert "not a Tour de Table database" in box.text()
    box.way_buttons[Way.GIVE_UP].click()
    assert window.workspace.path.name == "home.sqlite"


def test_a_damaged_database_is_replaced_by_a_backup_and_opened(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    with Workspace.open(demo_path) as ws:
        ws.backups.take(BackupReason.OPENED)
        (session,) = ws.sessions.list_sessions()
    damage(demo_path, first_page=2, pages=40)
    damaged = demo_path.read_bytes()
    assert not window.open_database(demo_path)
    box = window.message_box
    assert isinstance(box, OpenFailureBox)
    assert "damaged" in box.text()
    box.way_buttons[Way.RESTORE].click()
    dialog = window.restore_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.restore_button.isEnabled())
    dialog.restore_button.click()
    confirm = dialog.confirm_box
    assert confirm is not None
    assert "The file that would not open is renamed, not deleted." in confirm.informativeText()
    (restore,) = [b for b in confirm.buttons() if b.text() == "Restore"]
    with qtbot.waitSignal(window.sessions.loaded, timeout=10_000):
        restore.click()
    assert window.workspace.path == demo_path
    assert [s.id for s in window.workspace.sessions.list_sessions()] == [session.id]
    kept = [p for p in demo_path.parent.iterdir() if ".damaged-" in p.name]
    assert [p.read_bytes() for p in kept if p.suffix == ".sqlite"] == [damaged]
    said = dialog.message_box
    assert isinstance(said, QMessageBox)
    assert "The file that would not open is kept as" in said.text()


def test_a_moved_database_with_backups_can_be_put_back_from_one(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    with Workspace.open(demo_path) as ws:
        ws.backups.take(BackupReason.OPENED)
    demo_path.unlink()
    assert not window.open_database(demo_path)
    box = window.message_box
    assert isinstance(box, OpenFailureBox)
    assert "was not found" in box.text()
    assert list(box.way_buttons) == [Way.RESTORE, Way.ANOTHER, Way.GIVE_UP]
    box.way_buttons[Way.GIVE_UP].click()
    assert not demo_path.exists()
