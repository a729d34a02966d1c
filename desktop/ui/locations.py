"""Where a database is: a file (a ``Path``) or a database on a server (its ``postgresql://``
address without password, a ``str``). The recent databases, the last session and the window
title are keyed by or show a location."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop.services import Workspace

Location = Path | str  # a database file, or a server database's address (no password)
# What names a database on a server (``db.engine.SERVER_SCHEMES``): told apart here without
# importing the database layer, which the window's first paint does not wait for.
SERVER_SCHEMES = ("postgresql", "postgres")


def is_server_address(text: object) -> bool:
    """Whether ``text`` is a server database's address (``postgresql://…``), not a file:
    ``desktop.services.credentials.is_server_address``, without its imports."""
    if not isinstance(text, str):
        return False
    scheme = text.split(":", 1)[0].split("+", 1)[0].lower()
    return "://" in text and scheme in SERVER_SCHEMES


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
            from desktop.services.credentials import location_of

            return location_of(location)
        location = Path(location)
    return str(location.expanduser().resolve())


def workspace_location(workspace: Workspace) -> Location:
    """The location of an open database."""
    from desktop.services.credentials import location_of

    path = workspace.path
    return path if path is not None else location_of(workspace.location)


def display_name(location: Location) -> str:
    """How a menu or a title names ``location``: a file's name, or "council on db.example"."""
    if not is_server(location):
        return Path(location).name
    from desktop.services.credentials import ServerAddress

    try:
        address, _password = ServerAddress.parse(str(location))
    except ValueError:
        return str(location)
    return (
        QCoreApplication.translate("locations", "%1 on %2", "a database on a server")
        .replace("%1", address.database or address.user or "postgres")
        .replace("%2", address.server)
    )
