"""When a database cannot be opened: the sentence that says why, and the ways out.

Which ways out are offered depends on what went wrong (the error's ``fault``): a file that
cannot be written can be opened read-only; a locked one can be tried again; a damaged or
unreadable one can be replaced by one of its backups (the damaged file is kept aside);
another file can always be chosen.
"""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop import APP_NAME
from desktop.services import DatabaseError, Fault


class Way(Enum):
    READ_ONLY = auto()
    RETRY = auto()
    RESTORE = auto()
    ANOTHER = auto()
    GIVE_UP = auto()  # Quit at start, Cancel later


_RESTORABLE = {Fault.DAMAGED, Fault.NOT_DATABASE, Fault.NOT_OURS, Fault.MISSING, Fault.OTHER}


def ways_out(error: DatabaseError, path: Path, *, has_backups: bool) -> list[Way]:
    """The ways out of ``error`` for the database at ``path``, most helpful first."""
    ways: list[Way] = []
    if error.fault is Fault.READ_ONLY and path.is_file():
        ways.append(Way.READ_ONLY)
    if error.fault is Fault.LOCKED:
        ways.append(Way.RETRY)
    if has_backups and error.fault in _RESTORABLE:
        ways.append(Way.RESTORE)
    return [*ways, Way.ANOTHER, Way.GIVE_UP]


def _label(way: Way, *, at_start: bool) -> str:
    translate = QCoreApplication.translate
    labels = {
        Way.READ_ONLY: translate("open_failure", "Open Read-Only"),
        Way.RETRY: translate("open_failure", "Try Again"),
        Way.RESTORE: translate("open_failure", "Restore from Backup…"),
        Way.ANOTHER: translate("open_failure", "Choose Another File…"),
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
        path: Path,
        *,
        has_backups: bool,
        at_start: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QMessageBox.Icon.Critical, APP_NAME, str(error), parent=parent)
        self.path = path
        self.way_buttons: dict[Way, QPushButton] = {}
        for way in ways_out(error, path, has_backups=has_backups):
            role = (
                QMessageBox.ButtonRole.RejectRole
                if way is Way.GIVE_UP
                else QMessageBox.ButtonRole.AcceptRole
            )
            self.way_buttons[way] = self.addButton(_label(way, at_start=at_start), role)
        first = next(iter(self.way_buttons.values()))
        self.setDefaultButton(first)
        self.setEscapeButton(self.way_buttons[Way.GIVE_UP])

    def chosen(self) -> Way:
        clicked = self.clickedButton()
        for way, button in self.way_buttons.items():
            if button is clicked:
                return way
        return Way.GIVE_UP
