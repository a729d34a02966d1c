"""The status bar's permanent parts: the database file (or the server database's address),
and either the number of sessions (on the list) or the open session's state."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop.ui.locations import Location, is_server

if TYPE_CHECKING:  # the window's first paint does not wait for the services' import
    from desktop.services.dto import SessionDetail


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.path_label = QLabel(bar)
        self.path_label.setAccessibleName(self.tr("Database file"))
        self.path_label.setContentsMargins(8, 0, 0, 0)  # line up with the list's margin
        self.count_label = QLabel(bar)
        self.count_label.setAccessibleName(self.tr("Number of sessions"))
        self.count_label.setContentsMargins(0, 0, 8, 0)
        self.state_label = QLabel(bar)
        self.state_label.setAccessibleName(self.tr("State of the session"))
        self.state_label.setContentsMargins(0, 0, 8, 0)
        bar.addWidget(self.path_label, 1)
        bar.addPermanentWidget(self.state_label)
        bar.addPermanentWidget(self.count_label)

    def show_database(
        self, location: Location, *, throwaway: bool, read_only: bool = False
    ) -> None:
        """``location``: a file's path, or a server database's address without password."""
        server = is_server(location)
        path = unquote(str(location)) if server else str(location)  # host=/run/postgresql
        self.path_label.setAccessibleName(
            self.tr("Database on a server") if server else self.tr("Database file")
        )
        if throwaway:
            self.path_label.setText(self.tr("Demo database: changes are discarded on exit"))
        elif read_only:
            self.path_label.setText(
                self.tr("%1 — read-only: changes are refused").replace("%1", path)
            )
        else:
            self.path_label.setText(path)
        self.path_label.setToolTip(path)
        self.count_label.clear()

    def show_page(self, *, session_open: bool) -> None:
        self.count_label.setVisible(not session_open)
        self.state_label.setVisible(session_open)

    def show_count(self, count: int) -> None:
        text = (
            self.tr("1 session") if count == 1 else self.tr("%1 sessions").replace("%1", str(count))
        )
        self.count_label.setText(text)

    def show_session(self, detail: SessionDetail) -> None:
        count = len(detail.items)
        items = self.tr("1 item") if count == 1 else self.tr("%1 items").replace("%1", str(count))
        if detail.closed_at is not None:
            state = self.tr("Meeting closed")
        elif detail.opened_at is not None:
            state = self.tr("Meeting open")
        else:
            state = self.tr("Meeting not opened yet")
        self.state_label.setText(f"{state} · {items}")
