"""When a database cannot be opened: the sentence that says why, and the ways out.

Which ways out are offered depends on what went wrong (the error's ``fault``): a file that
cannot be written can be opened read-only; a locked one can be tried again; a damaged or
unreadable one can be replaced by one of its backups (the damaged file is kept aside);
another file can always be chosen.

A database on a server is not the app's to restore (its backups are the IT department's):
a server that does not answer can be tried again, and the Connect to Server dialog, filled
in with the address, lets the user fix the name, the password or the server, or choose
another; a file can be opened instead.
"""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop import APP_NAME
from desktop.services import DatabaseError, Fault
from desktop.ui.locations import Location, is_server


class Way(Enum):
    READ_ONLY = auto()
    RETRY = auto()
    RESTORE = auto()
    SERVER = auto()  # the Connect to Server dialog, filled in with the address
    ANOTHER = auto()
    GIVE_UP = auto()  # Quit at start, Cancel later


_RESTORABLE = {Fault.DAMAGED, Fault.NOT_DATABASE, Fault.NOT_OURS, Fault.MISSING, Fault.OTHER}
_PASSING = {Fault.UNREACHABLE, Fault.LOCKED, Fault.OTHER}  # may work a moment later


def ways_out(error: DatabaseError, location: Location, *, has_backups: bool) -> list[Way]:
    """The ways out of ``error`` for the database at ``location``, most helpful first."""
    if is_server(location):
        again = [Way.RETRY] if error.fault in _PASSING else []
        return [*again, Way.SERVER, Way.ANOTHER, Way.GIVE_UP]
    path = Path(location)
    ways: list[Way] = []
    if error.fault is Fault.READ_ONLY and path.is_file():
        ways.append(Way.READ_ONLY)
    if error.fault is Fault.LOCKED:
        ways.append(Way.RETRY)
    if has_backups and error.fault in _RESTORABLE:
        ways.append(Way.RESTORE)
    return [*ways, Way.ANOTHER, Way.GIVE_UP]


def _label(way: Way, *, at_start: bool, server: bool, fault: Fault) -> str:
    translate = QCoreApplication.translate
    labels = {
        Way.READ_ONLY: translate("open_failure", "Open Read-Only"),
        Way.RETRY: translate("open_failure", "Try Again"),
        Way.RESTORE: translate("open_failure", "Restore from Backup…"),
        Way.SERVER: translate("open_failure", "Enter the Password…")
        if fault is Fault.LOGIN
        else translate("open_failure", "Connect to Another Server…"),
        Way.ANOTHER: translate("open_failure", "Open a Database File…")
        if server
        else translate("open_failure", "Choose Another File…"),
        Way.GIVE_UP: translate("open_failure", "Quit")
        if at_start
        else translate("open_failure", "Cancel"),
    }
    return labels[way]


class OpenFailureBox(QMessageBox):
    """The sentence and one button per way out; ``chosen()`` tells which was clicked."""

    def __init__(
        self,
        error: DatabaseError,
        location: Location,
        *,
        has_backups: bool,
        at_start: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QMessageBox.Icon.Critical, APP_NAME, str(error), parent=parent)
        self.location = location
        self.fault = error.fault
        self.way_buttons: dict[Way, QPushButton] = {}
        server = is_server(location)
        for way in ways_out(error, location, has_backups=has_backups):
            role = (
                QMessageBox.ButtonRole.RejectRole
                if way is Way.GIVE_UP
                else QMessageBox.ButtonRole.AcceptRole
            )
            label = _label(way, at_start=at_start, server=server, fault=error.fault)
            self.way_buttons[way] = self.addButton(label, role)
        first = next(iter(self.way_buttons.values()))
        self.setDefaultButton(first)
        self.setEscapeButton(self.way_buttons[Way.GIVE_UP])

    def chosen(self) -> Way:
        clicked = self.clickedButton()
        for way, button in self.way_buttons.items():
            if button is clicked:
                return way
        return Way.GIVE_UP
