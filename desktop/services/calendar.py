"""Silence deadlines as an iCalendar file (RFC 5545), for delegates' and staff's calendars.

Written by hand, to the letter of the RFC: CRLF line ends, lines folded at 75 octets (never
inside a UTF-8 character), TEXT values escaped. Each procedure is one VEVENT whose UID stays
the same for the life of the procedure, and whose SEQUENCE counts its extensions, so that a
calendar that imports the file again moves the deadline instead of adding a second one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.timezones import BRUSSELS, now_utc, require_utc, utc_to_local
from desktop.i18n import _, moment_text
from desktop.services.dto import SilenceView
from desktop.services.errors import ServiceError
from desktop.services.files import write_atomically

if TYPE_CHECKING:
    from desktop.services.workspace import Workspace

PRODID = "-//Tour de Table//Silence deadlines//EN"
LINE_OCTETS = 75  # RFC 5545 3.1: lines longer than this are folded
REMINDER = "-PT1H"  # the calendar's own alarm, one hour before the deadline


def deadlines_ics(views: Sequence[SilenceView], *, now: datetime, zone: str = BRUSSELS) -> str:
    """An iCalendar document with one event at each procedure's deadline (in UTC)."""
    stamp = _utc(now)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape('Silence deadlines')}",
    ]
    for view in views:
        lines.extend(_event(view, stamp, zone))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def export_deadlines(ws: Workspace, path: Path, *, now: datetime | None = None) -> Path:
    """Write the deadlines of every running procedure to ``path`` (replaced atomically);
    return the path written. Raises ServiceError when it cannot be written."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise ServiceError(
            _("{path} is a folder; choose a file name for the calendar.").format(path=target)
        )
    text = deadlines_ics(ws.silence.running(), now=now or now_utc())
    write_atomically(target, text.encode("utf-8"))
    return target


def uid(view: SilenceView) -> str:
    """The same for the procedure's whole life, and different in another database."""
    return f"silence-{view.id}-{_utc(view.launched_at)}@tourdetable"


def summary(view: SilenceView) -> str:
    title = view.title or view.title_fr or view.item_title
    return _("Silence deadline: {title}").format(title=title)


def _event(view: SilenceView, stamp: str, zone: str) -> Iterable[str]:
    local = utc_to_local(view.deadline, zone)
    where = _("Brussels") if zone == BRUSSELS else zone
    # In the language of the sentences around it (the interface's; English on the command
    # line), never the process's locale: "Sunday 25 October 2026 02:30 CEST".
    when = moment_text(local, weekday=True)
    details = []
    if view.text_reference or view.title or view.title_fr:
        subject = view.title or view.title_fr
        text = " — ".join(p for p in (view.text_reference, subject) if p)
        details.append(_("Text: {text}").format(text=text))
    details.append(_("Item: {title}").format(title=view.item_title))
    details.append(_("Deadline: {when} {where} time").format(when=when, where=where))
    if view.breaking:
        details.append(_("Silence broken by: {names}").format(names=", ".join(view.breaking)))
    if view.launched_by:
        details.append(_("Launched by: {name}").format(name=view.launched_by))
    description = escape("\n".join(details))
    return [
        "BEGIN:VEVENT",
        f"UID:{escape(uid(view))}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{_utc(view.deadline)}",
        f"SEQUENCE:{len(view.extensions)}",
        f"SUMMARY:{escape(summary(view))}",
        f"DESCRIPTION:{description}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape(summary(view))}",
        f"TRIGGER:{REMINDER}",
        "END:VALARM",
        "END:VEVENT",
    ]


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and new lines escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """The line folded into pieces of at most 75 octets, each after the first starting with
    a space (which counts), never splitting a UTF-8 character. Joined with CRLF."""
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > LINE_OCTETS:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


def _utc(moment: datetime) -> str:
    return f"{require_utc(moment):%Y%m%dT%H%M%SZ}"
