"""Session › Open the Meeting and Close the Meeting: the time now (the workspace's clock) as
the session's opening or closing time, through the session service, undoable like the form's
edits and editable afterwards in the form.

The first forward asks the services to stamp the time; they refuse with a sentence when the
meeting is already opened (or closed), not opened, or not held today. Undo clears the time
again, redo puts the same time back, never a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain.timezones import utc_to_local
from desktop.i18n import repeated_hour_mark
from desktop.services import Result, Workspace
from desktop.services.dto import SessionDetail
from desktop.ui.session.controller import ServiceCommand

OPEN_KEYS = "Ctrl+Shift+O"
CLOSE_KEYS = "Ctrl+Shift+L"

OPENED, CLOSED = "opened_at", "closed_at"


def wall_time(moment: datetime, zone: str) -> str:
    """ "10:03" on the session's wall clock; "02:30 CEST" in the hour that happens twice."""
    local = utc_to_local(moment, zone)
    mark = repeated_hour_mark(local)
    return f"{local:%H:%M} {mark}" if mark else f"{local:%H:%M}"


class StampMeeting(ServiceCommand[SessionDetail]):
    """Open (``field`` "opened_at") or close ("closed_at") the meeting now."""

    def __init__(
        self,
        session_id: int,
        field: str,
        *,
        landed: Callable[[SessionDetail], None] | None = None,
    ) -> None:
        if field == OPENED:
            text = QCoreApplication.translate("MeetingClock", "Open the meeting")
        else:
            text = QCoreApplication.translate("MeetingClock", "Close the meeting")
        super().__init__(text, landed=landed)
        self.session_id, self.field = session_id, field
        self.stamped: datetime | None = None  # on the worker, once the first forward is stored

    def forward(self, ws: Workspace) -> Result[SessionDetail]:
        if self.stamped is None:
            sessions = ws.sessions
            stamp = sessions.open_meeting if self.field == OPENED else sessions.close_meeting
            result = stamp(self.session_id)
            self.stamped = getattr(result.value, self.field)
            return result
        return self._set(ws, self.stamped, None)

    def backward(self, ws: Workspace) -> Result[SessionDetail]:
        return self._set(ws, None, self.stamped)

    def _set(
        self, ws: Workspace, value: datetime | None, shown: datetime | None
    ) -> Result[SessionDetail]:
        """Set the time to ``value``, refused when it no longer holds ``shown`` (changed at
        another window meanwhile)."""
        return ws.sessions.update(
            self.session_id, expected={self.field: shown}, **{self.field: value}
        )
