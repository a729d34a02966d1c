"""Where a database is: a file (a ``Path``) or a database on a server (its ``postgresql://``
address without password, a ``str``). The recent databases, the last session and the window
title are keyed by or show a location."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.services import Workspace
from desktop.services.credentials import ServerAddress, is_server_address, location_of

Location = Path | str  # a database file, or a server database's address (no password)


def as_location(text: str) -> Location:
    """A location read back from the settings or the command line: old settings hold paths."""
    return text if is_server_address(text) else Path(text)


def is_server(location: Location) -> bool:
    return isinstance(location, str) and is_server_address(location)


def location_key(location: Location) -> str:
    """The text that names ``location`` in the settings: a file's absolute path, or a server
    database's address without password (ValueError for a malformed one)."""
    if isinstance(location, str):
        if is_server_address(location):
            return location_of(location)
        location = Path(location)
    return str(location.expanduser().resolve())


def workspace_location(workspace: Workspace) -> Location:
    """The location of an open database."""
    path = workspace.path
    return path if path is not None else location_of(workspace.location)


def display_name(location: Location) -> str:
    """How a menu or a title names ``location``: a file's name, or "council on db.example"."""
    if not is_server(location):
        return Path(location).name
    try:
        address, _password = ServerAddress.parse(str(location))
    except ValueError:
        return str(location)
    return (
        QCoreApplication.translate("locations", "%1 on %2", "a database on a server")
        .replace("%1", address.database or address.user or "postgres")
        .replace("%2", address.server)
    )
