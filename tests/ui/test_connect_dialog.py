"""File › Connect to Server…: the address fills the fields (and the fields the address), the
password is typed hidden and kept in the keyring when asked, never in the settings, and the
connection runs off the GUI thread while the dialog says it is busy. Here the database
"on the server" is a stand-in; tests/ui/test_server_database.py connects to a real one."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.services import DatabaseError, Fault, Workspace
from desktop.services.credentials import SERVICE_NAME, ServerAddress
from desktop.ui.connect_dialog import ConnectDialog
from desktop.ui.connector import Connection, Connector
from tests.keyrings import MemoryKeyring, RefusingKeyring

ADDRESS = "postgresql://clerk@db.example.org:5433/council?sslmode=require"


class Server:
    """A stand-in for ``Workspace.open``: records each call, waits until let through, then
    opens the demo file or raises ``error``."""

    def __init__(self, demo_path: Path) -> None:
        self.demo_path = demo_path
        self.calls: list[tuple[str, str | None]] = []
        self.gate = threading.Event()
        self.gate.set()
        self.error: Exception | None = None
        self.thread: threading.Thread | None = None

    def __call__(
        self, path: Path | str, *, read_only: bool = False, password: str | None = None
    ) -> Workspace:
        self.calls.append((str(path), password))
        self.thread = threading.current_thread()
        assert self.gate.wait(10)
        if self.error is not None:
            raise self.error
        return Workspace.open(self.demo_path)


@pytest.fixture
def server(demo_path: Path) -> Server:
    return Server(demo_path)


@pytest.fixture
def make_dialog(qtbot, server: Server) -> Iterator[Callable[..., ConnectDialog]]:
    connectors: list[Connector] = []
    opened: list[Connection] = []

    def make(**options: object) -> ConnectDialog:
        connector = Connector(server)
        connectors.append(connector)
        dialog = ConnectDialog(connector, None, **options)  # type: ignore[arg-type]
        dialog.connected.connect(opened.append)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()  # focus moves, and leaving a field finishes its editing
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    yield make
    server.gate.set()
    for connector in connectors:
        connector.shutdown()
    for connection in opened:
        connection.workspace.close()


def _type_address(qtbot, dialog: ConnectDialog, text: str) -> None:
    dialog.address_edit.setFocus()
    qtbot.keyClicks(dialog.address_edit, text)
    qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Tab)  # leaves the field: editing finished


def test_a_pasted_address_fills_the_fields_and_keeps_no_password(qtbot, make_dialog) -> None:
    dialog = make_dialog()
    assert not dialog.connect_button.isEnabled()  # nothing to connect to yet
    _type_address(qtbot, dialog, "postgresql://clerk:s3cret@db.example.org:5433/council"
                                 "?sslmode=require")  # fmt: skip
    assert dialog.host_edit.text() == "db.example.org"
    assert dialog.port_spin.value() == 5433
    assert dialog.database_edit.text() == "council"
    assert dialog.user_edit.text() == "clerk"
    assert dialog.password_edit.text() == "s3cret"
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.tls_combo.currentData() == "require"
    assert dialog.address_edit.text() == ADDRESS  # the password went to its own field
    assert dialog.connect_button.isEnabled()


def test_the_fields_write_the_address(qtbot, make_dialog) -> None:
    dialog = make_dialog()
    assert dialog.port_spin.value() == 5432
    qtbot.keyClicks(dialog.host_edit, "db.example.org")
    qtbot.keyClicks(dialog.database_edit, "council")
    qtbot.keyClicks(dialog.user_edit, "clerk")
    assert dialog.address_edit.text() == "postgresql://clerk@db.example.org/council"
    dialog.tls_combo.setCurrentIndex(dialog.tls_combo.findData("verify-full"))
    assert dialog.address_edit.text().endswith("/council?sslmode=verify-full")
    assert dialog.address() == ServerAddress(
        host="db.example.org", database="council", user="clerk", sslmode="verify-full"
    )


def test_an_address_that_cannot_be_read_says_so(qtbot, make_dialog) -> None:
    dialog = make_dialog()
    _type_address(qtbot, dialog, "postgresql://db.example.org:port/council")
    assert "cannot be read" in dialog.error_label.text()
    assert "postgresql://user@server:5432/database" in dialog.error_label.text()


def test_connecting_runs_off_the_gui_thread_and_shows_it_is_busy(
    qtbot, make_dialog, server: Server, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(address=ServerAddress.parse(ADDRESS)[0], remember=True)
    dialog.password_edit.setText("s3cret")
    server.gate.clear()
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: bool(server.calls))
    assert dialog.busy()
    assert dialog.progress.isVisible()
    assert dialog.progress_label.text() == "Connecting to council on db.example.org…"
    assert not dialog.fields.isEnabled()
    assert not dialog.connect_button.isEnabled()
    assert server.thread is not threading.main_thread()
    with qtbot.waitSignal(dialog.connected) as signal:
        server.gate.set()
    connection = signal.args[0]
    assert isinstance(connection, Connection)
    assert connection.location == ADDRESS
    assert server.calls == [(ADDRESS, "s3cret")]
    assert memory_keyring.passwords == {(SERVICE_NAME, ADDRESS): "s3cret"}
    assert dialog.result() == ConnectDialog.DialogCode.Accepted
    assert dialog.password_edit.text() == ""


def test_an_empty_password_field_uses_the_keyring_s(
    qtbot, make_dialog, server: Server, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE_NAME, ADDRESS, "kept")
    dialog = make_dialog(address=ServerAddress.parse(ADDRESS)[0])
    with qtbot.waitSignal(dialog.connected):
        dialog.connect_button.click()
    assert server.calls == [(ADDRESS, "kept")]


def test_a_password_typed_without_remember_forgets_the_kept_one(
    qtbot, make_dialog, server: Server, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(SERVICE_NAME, ADDRESS, "old")
    dialog = make_dialog(address=ServerAddress.parse(ADDRESS)[0], remember=False)
    dialog.password_edit.setText("new")
    with qtbot.waitSignal(dialog.connected):
        dialog.connect_button.click()
    assert server.calls == [(ADDRESS, "new")]
    assert memory_keyring.passwords == {}


def test_a_refused_login_is_said_in_the_dialog_keeping_what_was_typed(
    qtbot, make_dialog, server: Server
) -> None:
    dialog = make_dialog(address=ServerAddress.parse(ADDRESS)[0])
    dialog.password_edit.setText("wrong")
    server.error = DatabaseError("The server refused the login.", fault=Fault.LOGIN)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: not dialog.busy())
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The server refused the login."
    assert dialog.address_edit.text() == ADDRESS
    assert dialog.password_edit.text() == "wrong"
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.fields.isEnabled()
    assert dialog.connect_button.isEnabled()


def test_cancel_while_connecting_closes_what_the_attempt_reaches(
    qtbot, make_dialog, server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[Workspace] = []
    close = Workspace.close

    def closing(workspace: Workspace) -> None:
        closed.append(workspace)
        close(workspace)

    monkeypatch.setattr(Workspace, "close", closing)
    dialog = make_dialog(address=ServerAddress.parse(ADDRESS)[0])
    server.gate.clear()
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: bool(server.calls))
    dialog.reject()
    server.gate.set()
    qtbot.waitUntil(lambda: bool(closed))
    assert dialog.connection is None


def test_without_a_keyring_the_dialog_says_where_a_password_can_be_kept(make_dialog) -> None:
    keyring.set_keyring(fail.Keyring())
    dialog = make_dialog(remember=True)
    assert not dialog.remember_box.isEnabled()
    assert not dialog.remember_box.isChecked()
    assert "~/.pgpass" in dialog.keyring_label.text()
    assert "libpq service file" in dialog.keyring_label.text()


def test_a_keyring_that_refuses_does_not_stop_the_connection(
    qtbot, make_dialog, server: Server
) -> None:
    keyring.set_keyring(RefusingKeyring())
    dialog = make_dialog(address=ServerAddress.parse(ADDRESS)[0], remember=True)
    dialog.password_edit.setText("s3cret")
    with qtbot.waitSignal(dialog.connected) as signal:
        dialog.connect_button.click()
    note = signal.args[0].note
    assert "could not be remembered" in note
    assert "~/.pgpass" in note
