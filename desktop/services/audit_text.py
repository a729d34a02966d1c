"""The words of the audit trail: field names, values as a person reads them, local times.

English only, like the audit log's action codes: the trail is a record for auditors, and the
CSV must read the same whoever exports it.
"""

from __future__ import annotations

import ast
import re
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from db.models import OutcomeDeclarationRow, PositionEventRow
from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.sessions import (
    AgendaKind,
    AttendanceKind,
    ChairRole,
    Classification,
    Format,
    Level,
)

SESSION_FIELDS = {
    "reference": "Reference",
    "committee_name": "Committee",
    "level": "Level",
    "format": "Format",
    "session_date": "Date",
    "place": "Place",
    "time_zone": "Time zone",
    "opened_at": "Opening time",
    "closed_at": "Closing time",
    "chair": "Chair",
    "chair_role": "Chair's role",
    "classification": "Classification",
}
ITEM_FIELDS = {
    "title": "Title",
    "kind": "Kind",
    "documents": "Documents",
    "summary": "Summary",
}
ACTION_FIELDS = {
    "description": "Description",
    "owner_kind": "Kind of owner",
    "owner": "Owner",
    "due_date": "Due date",
    "status": "Status",
}
_INSTANTS = {"opened_at", "closed_at"}
_ENUMS: dict[str, type[StrEnum]] = {
    "level": Level,
    "format": Format,
    "chair_role": ChairRole,
    "kind": AgendaKind,
    "owner_kind": OwnerKind,
    "status": ActionStatus,
    "position": Position,
    "outcome": Outcome,
}
_SHORT = 60

# One field of an old action item row's ``repr`` (ActionItemView(...)): a quoted string, an
# enumeration member, a date, or a bare word (None, True, a number).
_REPR_FIELD = re.compile(
    r"(?P<name>\w+)=(?:(?P<text>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"
    r"|<\w+\.\w+: '(?P<enum>[^']*)'>"
    r"|datetime\.date\((?P<y>\d+), (?P<m>\d+), (?P<d>\d+)\)"
    r"|(?P<bare>[\w.]+))"
)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def short(text: str, limit: int = _SHORT) -> str:
    """``text`` on one line, cut at ``limit`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def word(value: Any) -> str:
    """A stored code as words: "agree_ad_referendum" -> "agree ad referendum"."""
    if value is None:
        return ""
    for enum in (Position, Outcome, Level, Format, ChairRole, AgendaKind, AttendanceKind):
        try:
            member = enum(value)
        except ValueError:
            continue
        label = getattr(member, "label", None)
        return label.en if label is not None else member.value.replace("_", " ")
    return str(value).replace("_", " ")


def local_time(value: Any, zone: str) -> str:
    """An instant (ISO text or datetime) as the session's local time: "2024-05-02 10:00 CEST"."""
    if value in (None, ""):
        return ""
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        local = moment.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        local = moment.astimezone(UTC)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


def field_text(name: str, value: Any, zone: str) -> str:
    """A field's value as a person reads it."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        yes, no = ("present", "absent") if name == "present" else ("yes", "no")
        return yes if value else no
    if name in _INSTANTS:
        return local_time(value, zone)
    if isinstance(value, date):
        return value.isoformat()
    return _member_text(name, str(value))


def _member_text(name: str, value: str) -> str:
    """An enumeration's stored value as its English label (a marking as printed)."""
    enum = Classification if name == "classification" else _ENUMS.get(name)
    try:
        member = enum(value) if enum is not None else None
    except ValueError:
        member = None
    if isinstance(member, Classification):
        return member.marking
    label = getattr(member, "label", None)
    return str(label.en) if label is not None else value


def position_text(event: PositionEventRow) -> str:
    """ "objection", "reservation (¶ 3, 4): “text”"."""
    text = word(event.position)
    if event.paragraphs:
        text += f" (¶ {event.paragraphs})"
    if event.text:
        text += f": “{short(event.text, 200)}”"
    return text


def outcome_text(row: OutcomeDeclarationRow) -> str:
    text = word(row.outcome)
    if row.remitted_to:
        text += f" to {row.remitted_to}"
    if row.decision_text:
        text += f": “{short(row.decision_text, 200)}”"
    return text


def action_dict(value: Any) -> dict[str, Any]:
    """An action item's fields from an audit row: a dict (rows written since the audit
    trail was shown), or the ``repr`` of an ActionItemView that older rows kept."""
    if isinstance(value, dict):
        return value
    if not isinstance(value, str):
        return {}
    found: dict[str, Any] = {}
    for match in _REPR_FIELD.finditer(value):
        if match["text"] is not None:
            found[match["name"]] = ast.literal_eval(match["text"])  # a string literal only
        elif match["enum"] is not None:
            found[match["name"]] = match["enum"]
        elif match["y"] is not None:
            found[match["name"]] = date(int(match["y"]), int(match["m"]), int(match["d"]))
        elif match["bare"].isdigit():
            found[match["name"]] = int(match["bare"])
        elif match["bare"] != "None":
            found[match["name"]] = match["bare"]
        else:
            found[match["name"]] = None
    return found
