"""Connecting to a database on a server, off the GUI thread.

A connection to a server can take seconds (ten before an unreachable one gives up), so it
runs on a worker thread of its own: the window's worker goes on serving the database shown
meanwhile, and the window stays responsive. The password is the one typed, else the one the
system keyring keeps for that address, else none (libpq then reads ~/.pgpass or a service
file). Once connected, a typed password is remembered in the keyring, or forgotten there,
as the user chose; a keyring that cannot keep it does not stop the connection: the
:class:`Connection` carries the sentence saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject

from desktop.services import Workspace
from desktop.services.credentials import (
    CredentialsError,
    ServerAddress,
    forget_password,
    remember_password,
    stored_password,
)
from desktop.ui.tasks import TaskRunner


class OpenWorkspace(Protocol):
    """How the window opens a database: ``Workspace.open``, or a stand-in in tests."""

    def __call__(
        self, path: Path | str, *, read_only: bool = False, password: str | None = None
    ) -> Workspace: ...


@dataclass(frozen=True, slots=True)
class Connection:
    workspace: Workspace
    location: str  # the address, without password
    note: str = ""  # a sentence when the password could not be remembered as asked


class Connector(QObject):
    """``start(address, …)`` connects on a worker and calls ``done(Connection)`` or
    ``failed(exception)`` on the GUI thread. An attempt given up (``abandon``) closes the
    database it reaches, unseen."""

    def __init__(self, open_workspace: OpenWorkspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open = open_workspace
        self._tasks = TaskRunner(self)
        self._wanted: set[int] = set()
        self._closing = False

    def start(
        self,
        address: ServerAddress,
        done: Callable[[Connection], None],
        failed: Callable[[Exception], None],
        *,
        password: str = "",
        remember: bool | None = None,
    ) -> int:
        """Connect to ``address``. ``remember``: keep the typed ``password`` in the keyring
        (True), forget the one kept (False), leave the keyring alone (None)."""
        location = address.location

        def call() -> Connection | None:
            given = password or stored_password(location)
            workspace = self._open(address.url(), password=given or None)
            if self._closing:
                workspace.close()
                return None
            note = ""
            if password and remember is not None:
                try:
                    if remember:
                        remember_password(location, password)
                    else:
                        forget_password(location)
                except CredentialsError as error:
                    note = str(error)
            return Connection(workspace, location, note)

        def answered(connection: Connection | None) -> None:
            if connection is None:
                return
            if ticket not in self._wanted or self._closing:
                connection.workspace.close()  # given up meanwhile
                return
            self._wanted.discard(ticket)
            done(connection)

        def refused(error: Exception) -> None:
            if ticket in self._wanted and not self._closing:
                self._wanted.discard(ticket)
                failed(error)

        ticket = self._tasks.submit(call, answered, refused)
        self._wanted.add(ticket)
        return ticket

    def abandon(self, ticket: int) -> None:
        """Stop waiting for ``ticket``: what it connects to is closed when it arrives."""
        self._wanted.discard(ticket)

    def busy(self) -> bool:
        return self._tasks.busy()

    def shutdown(self) -> None:
        """Wait for the attempt under way (a few seconds at most) and close what it opens."""
        self._closing = True
        self._wanted.clear()
        self._tasks.wait()
