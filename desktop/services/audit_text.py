"""The words of the audit trail: field names, values as a person reads them, local times.

In the language of the interface (``desktop.i18n``), like the CSV written from them: the
action codes and the CSV's column names stay English, for tools that read the file. Each
description is a whole sentence with named placeholders; the domain's words come from their
bilingual labels.

An item is named by a phrase that goes into those sentences as ``{item}`` (``{Item}`` when
it opens one): "item 3", "the item “Title”", "an item". The French forms take no article
("point 3", "point « Titre »"): the French sentences supply it ("du {item}", "sur le
{item}"), since "de" + "le point" is "du point".
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
from desktop.i18n import N_, _, day_text, language, moment_text, quoted, shown

# What changed, per field: whole sentences (``{item}``: the item's phrase, see above).
SESSION_FIELDS = {
    "reference": N_("Reference of the session"),
    "committee_name": N_("Committee of the session"),
    "committee_name_fr": N_("Committee of the session, in French"),
    "level": N_("Level of the session"),
    "format": N_("Format of the session"),
    "session_date": N_("Date of the session"),
    "place": N_("Place of the session"),
    "place_fr": N_("Place of the session, in French"),
    "time_zone": N_("Time zone of the session"),
    "opened_at": N_("Opening time of the session"),
    "closed_at": N_("Closing time of the session"),
    "chair": N_("Chair of the session"),
    "chair_role": N_("Chair's role of the session"),
    "classification": N_("Classification of the session"),
}
SESSION_FIELD = N_("{field} of the session")  # a field this version does not name
ITEM_FIELDS = {
    "title": N_("Title of {item}"),
    "title_fr": N_("French title of {item}"),
    "kind": N_("Kind of {item}"),
    "documents": N_("Documents of {item}"),
    "summary": N_("Summary of {item}"),
    "summary_fr": N_("French summary of {item}"),
    "not_for_display": N_("Kept off the room display: {item}"),
}
ITEM_FIELD = N_("{field} of {item}")
ACTION_FIELDS = {
    "description": N_("Description of an action on {item}"),
    "description_fr": N_("French description of an action on {item}"),
    "owner_kind": N_("Kind of owner of an action on {item}"),
    "owner": N_("Owner of an action on {item}"),
    "owner_fr": N_("French owner of an action on {item}"),
    "due_date": N_("Due date of an action on {item}"),
    "status": N_("Status of an action on {item}"),
}
ACTION_FIELD = N_("{field} of an action on {item}")
SILENCE_FIELDS = {
    "title": N_("Subject of the silence procedure on {item}"),
    "title_fr": N_("French subject of the silence procedure on {item}"),
}
SILENCE_FIELD = N_("{field} of the silence procedure on {item}")
ATTENDANCE_FIELDS = {
    "present": N_("Presence of {name}"),
    "head_of_delegation": N_("Head of delegation of {name}"),
}
ATTENDANCE_FIELD = N_("{field} of {name}")
_INSTANTS = {"opened_at", "closed_at"}
_DAYS = {"session_date", "due_date"}
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
# Words the domain has no bilingual label for.
_PARTICIPANTS = {
    AttendanceKind.MEMBER: N_("member"),
    AttendanceKind.INVITEE: N_("invitee"),
    AttendanceKind.PARTNER: N_("partner"),
    AttendanceKind.STAFF: N_("staff"),
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
    """A stored code as words in the current language: "agree_ad_referendum" -> "agree ad
    referendum" / "accord ad referendum"; a code the domain does not know, spelled out."""
    if value is None:
        return ""
    for enum in (Position, Outcome, Level, Format, ChairRole, AgendaKind, AttendanceKind):
        try:
            member = enum(value)
        except ValueError:
            continue
        if isinstance(member, AttendanceKind):
            return _(_PARTICIPANTS[member])
        label = getattr(member, "label", None)
        return shown(label) if label is not None else member.value.replace("_", " ")
    return str(value).replace("_", " ")


def item_phrase(number: int | None, title: str | None) -> str:
    """ "item 3" (on the agenda now), "the item “Title”" (taken off it), "an item"."""
    if number is not None:
        return _("item {number}").format(number=number)
    if title is not None:
        return _("the item {title}").format(title=quoted(short(title)))
    return _("an item")


def local_time(value: Any, zone: str) -> str:
    """An instant (ISO text or datetime) as the session's local time: "2024-05-02 10:00
    CEST" / "2 mai 2024 à 10 h 00 CEST"."""
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
    # The zone's abbreviation follows every time, so moment_text adds none (naive).
    wall = local.replace(tzinfo=None)
    when = f"{wall:%Y-%m-%d %H:%M}" if language() == "en" else moment_text(wall)
    return f"{when} {local.tzname()}"


def day(value: Any) -> str:
    """A date (or ISO text) inside a sentence: "2024-06-01" / "1er juin 2024"."""
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    return day_text(value)


def field_text(name: str, value: Any, zone: str) -> str:
    """A field's value as a person reads it."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        if name == "present":
            return _("present") if value else _("absent")
        return _("yes") if value else _("no")
    if name in _INSTANTS:
        return local_time(value, zone)
    if name in _DAYS or isinstance(value, date):
        return day(value)
    return _member_text(name, str(value))


def _member_text(name: str, value: str) -> str:
    """An enumeration's stored value as its label (a marking as printed)."""
    enum = Classification if name == "classification" else _ENUMS.get(name)
    try:
        member = enum(value) if enum is not None else None
    except ValueError:
        member = None
    if isinstance(member, Classification):
        return member.marking
    label = getattr(member, "label", None)
    return shown(label) if label is not None else value


def position_text(event: PositionEventRow) -> str:
    """ "objection", "reservation (¶ 3, 4): “text”"."""
    text = word(event.position)
    if event.paragraphs:
        text = _("{position} (¶ {paragraphs})").format(position=text, paragraphs=event.paragraphs)
    if event.text:
        text = _("{position}: {statement}").format(
            position=text, statement=quoted(short(event.text, 200))
        )
    return text


def outcome_text(row: OutcomeDeclarationRow) -> str:
    """ "agreed", "remitted to Military Committee", "agreed: “decision”"."""
    text = word(row.outcome)
    committee = row.remitted_to or row.remitted_to_fr  # the English, else the French
    if committee:
        text = _("{outcome} to {committee}").format(outcome=text, committee=committee)
    decision = row.decision_text or row.decision_text_fr
    if decision:
        text = _("{outcome}: {decision}").format(
            outcome=text, decision=quoted(short(decision, 200))
        )
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
