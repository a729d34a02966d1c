"""The main window on a database on a PostgreSQL server (the test run's, tests/pg_server.py):
connecting from the dialog or the recent list, the password in the keyring and never in
the settings, what a refused login or a missing database offers, and no file backups.

The test server trusts its Unix socket: it never checks a password, so what is checked here
is which password the app hands over and where it keeps it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.services import Workspace
from desktop.services.credentials import SERVICE_NAME, ServerAddress, location_of
from desktop.ui import app
from desktop.ui.connect_dialog import ConnectDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.open_failure import OpenFailureBox, Way
from desktop.ui.settings import AppSettings, settings_file
from tests.keyrings import MemoryKeyring
from tests.pg_server import Server

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server_url(pg_server: Server, pg_template: str) -> Iterator[str]:
    """A fresh database on the test server, at the head revision: its address."""
    name = pg_server.create_database(template=pg_template)
    yield location_of(pg_server.url_text(name))
    pg_server.drop_database(name)


class Opener:
    """``Workspace.open``, recording the password each call hands over."""

    def __init__(self) -> None:
        self.passwords: list[str | None] = []

    def __call__(
        self, path: Path | str, *, read_only: bool = False, password: str | None = None
    ) -> Workspace:
        if isinstance(path, str) and path.startswith("postgresql"):
            self.passwords.append(password)
        return Workspace.open(path, read_only=read_only, password=password)


@pytest.fixture
def opener() -> Opener:
    return Opener()


@pytest.fixture
def window(qtbot, tmp_path: Path, settings: AppSettings, opener: Opener) -> MainWindow:
    home = tmp_path / "home.sqlite"
    window = MainWindow(Workspace.open(home), settings, open_workspace=opener)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _settings_bytes(settings: AppSettings) -> bytes:
    settings.sync()
    return Path(settings.store.fileName()).read_bytes()


def _dialog(qtbot, window: MainWindow) -> ConnectDialog:
    window.databases.connect_action.trigger()
    dialog = window.databases.connect_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _recent(window: MainWindow, location: str) -> None:
    """Choose ``location`` under File › Open Recent."""
    window.recent_menu.aboutToShow.emit()
    (action,) = [a for a in window.recent_menu.actions() if a.toolTip() == location]
    action.trigger()


def test_connecting_from_the_dialog_keeps_the_password_in_the_keyring_only(
    qtbot, window: MainWindow, *, settings: AppSettings, server_url: str,
    memory_keyring: MemoryKeyring, opener: Opener,
) -> None:  # fmt: skip
    dialog = _dialog(qtbot, window)
    address, _none = ServerAddress.parse(server_url)
    dialog.set_address(address)
    dialog.password_edit.setText("Sesame-4242")
    dialog.remember_box.setChecked(True)
    with qtbot.waitSignal(window.sessions.loaded, timeout=15_000):
        dialog.connect_button.click()
    assert window.workspace.is_server
    assert opener.passwords == ["Sesame-4242"]
    assert memory_keyring.passwords == {(SERVICE_NAME, server_url): "Sesame-4242"}
    assert settings.recent_databases()[0] == server_url
    assert settings.remember_password_choice()
    assert b"Sesame-4242" not in _settings_bytes(settings)
    name = f"{address.database} on {address.host}"
    assert window.windowTitle() == f"{name} — Tour de Table"
    assert window.path_label.text() == unquote(server_url)  # host=/tmp/…/socket
    assert window.path_label.accessibleName() == "Database on a server"
    assert window.databases.connect_dialog is None or not dialog.isVisible()


def test_on_a_server_the_app_takes_no_backups_and_offers_no_restore(
    qtbot, window: MainWindow, settings: AppSettings, server_url: str
) -> None:
    assert window.restore_action.isEnabled()  # on the file it started on
    settings.add_recent_database(server_url)
    with qtbot.waitSignal(window.sessions.loaded, timeout=15_000):
        _recent(window, server_url)
    assert window.auto_backup.workspace is None
    assert not window.restore_action.isEnabled()
    assert "kept by your IT department (pg_dump)" in window.restore_action.toolTip()
    window.show_restore()  # through its key, say: nothing opens
    assert getattr(window, "restore_dialog", None) is None


def test_a_server_in_the_recent_list_reconnects_with_the_keyring_s_password(
    qtbot, window: MainWindow, *, settings: AppSettings, server_url: str,
    memory_keyring: MemoryKeyring, opener: Opener,
) -> None:  # fmt: skip
    memory_keyring.set_password(SERVICE_NAME, server_url, "kept-in-keyring")
    settings.add_recent_database(server_url)
    with qtbot.waitSignal(window.sessions.loaded, timeout=15_000):
        _recent(window, server_url)
    assert window.workspace.is_server
    assert opener.passwords == ["kept-in-keyring"]
    assert QApplication.overrideCursor() is None  # the busy cursor is gone
    # And back to the file, then to the server again: the list keeps both.
    home = settings.recent_databases()[1]
    assert isinstance(home, Path)
    with qtbot.waitSignal(window.sessions.loaded):
        assert window.open_database(home)
    assert settings.recent_databases()[:2] == [home, server_url]


def test_a_refused_login_from_the_recent_list_asks_for_the_password(
    qtbot, window: MainWindow, settings: AppSettings, server_url: str
) -> None:
    address, _none = ServerAddress.parse(server_url)
    stranger = server_url.replace("tdt@", "nobody@")
    settings.add_recent_database(stranger)
    _recent(window, stranger)
    qtbot.waitUntil(lambda: window.databases.connect_dialog is not None, timeout=15_000)
    dialog = window.databases.connect_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "refused the login" in dialog.error_label.text()
    assert dialog.user_edit.text() == "nobody"
    assert dialog.database_edit.text() == address.database
    assert dialog.focusWidget() is dialog.password_edit
    assert not window.workspace.is_server  # still on the file
    dialog.user_edit.setText("tdt")  # the right user this time
    with qtbot.waitSignal(window.sessions.loaded, timeout=15_000):
        dialog.connect_button.click()
    assert window.workspace.is_server


def test_a_server_that_does_not_answer_is_said_in_the_dialog(
    qtbot, window: MainWindow, server_url: str, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, window)
    database = ServerAddress.parse(server_url)[0].database
    nowhere = ServerAddress(host=str(tmp_path / "no-socket"), database=database)
    dialog.set_address(nowhere)
    dialog.password_edit.setText("typed")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=15_000)
    assert "does not answer" in dialog.error_label.text()
    assert dialog.isVisible()
    assert dialog.host_edit.text() == str(tmp_path / "no-socket")
    assert dialog.password_edit.text() == "typed"
    assert dialog.focusWidget() is dialog.host_edit


def test_a_missing_server_database_offers_another_server_or_a_file_not_a_backup(
    qtbot, window: MainWindow, settings: AppSettings, server_url: str
) -> None:
    address = ServerAddress.parse(server_url)[0]
    missing = ServerAddress(host=address.host, user=address.user, database="tdt_gone").url()
    settings.add_recent_database(missing)
    _recent(window, missing)
    qtbot.waitUntil(lambda: isinstance(window.message_box, OpenFailureBox), timeout=15_000)
    box = window.message_box
    assert isinstance(box, OpenFailureBox)
    assert "There is no database" in box.text()
    labels = [button.text() for button in box.way_buttons.values()]
    assert labels == ["Connect to Another Server…", "Open a Database File…", "Cancel"]
    box.way_buttons[Way.SERVER].click()
    dialog = window.databases.connect_dialog
    assert dialog is not None
    assert dialog.database_edit.text() == "tdt_gone"
    assert "There is no database" in dialog.error_label.text()
    dialog.reject()


def test_the_app_starts_on_a_server_with_the_keyring_s_password(
    settings: AppSettings, server_url: str, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE_NAME, server_url, "kept")
    settings.add_recent_database(server_url)
    assert app._starting_database(settings) == server_url
    workspace = app._open_first(server_url, settings)
    assert workspace is not None
    with workspace:
        assert workspace.is_server


def test_unattended_a_refused_login_is_a_sentence_on_stderr(
    settings: AppSettings, server_url: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("TDT_QUIT_AFTER_SHOW", "1")
    stranger = server_url.replace("tdt@", "nobody@")
    assert app._open_first(stranger, settings) is None
    assert "refused the login" in capsys.readouterr().err


def test_tourdetable_db_with_an_address_starts_the_window_on_the_server(
    server_url: str, tmp_path: Path
) -> None:
    environment = dict(os.environ) | {
        "QT_QPA_PLATFORM": "offscreen",
        "TDT_QUIT_AFTER_SHOW": "1",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the real one
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", server_url],
        capture_output=True, text=True, env=environment, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    started = AppSettings(settings_file(paths.config_dir()))  # HOME is under tmp_path
    assert started.last_database() == server_url
