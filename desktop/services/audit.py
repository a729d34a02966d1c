"""The audit trail of a session, read-only: who changed what, when, from where, and what it
was before and after.

``Context.audit`` writes one ``audit_log`` row per change; nothing updates or deletes one
(migration 0005 makes the database refuse it, and a unit test reads the source to check no
code tries). This service only reads them and says each in plain English: "Position of
Türkiye on item 3", before "agree", after "objection".

Before and after come from the row's details where the service recorded them, else from the
append-only record itself: a position's "before" is the event it corrects (or the one it
follows), an outcome's the declaration it supersedes. Rows written before a service recorded
enough (an attendance change before ``before`` was kept, an action item's ``repr``) are
read as well as they can be, never refused.

Item numbers are those of the agenda as it stands now; an item taken off it is named by its
title.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import AuditRow, OutcomeDeclarationRow, PositionEventRow, SessionRow
from desktop.reference import allies_by_code
from desktop.services.audit_text import (
    ACTION_FIELDS,
    ITEM_FIELDS,
    SESSION_FIELDS,
    action_dict,
    capital,
    field_text,
    local_time,
    outcome_text,
    position_text,
    short,
    word,
)
from desktop.services.context import Context
from desktop.services.errors import NotFoundError, ValidationError
from desktop.services.session_file import write_atomically

CSV_HEADER = ("time", "operator", "workstation", "action", "what", "before", "after")

Change = tuple[str, str, str]  # what, before, after


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One change, as an auditor reads it. One audit row may give several entries (a form
    saved with two fields changed); they share ``row_id``."""

    row_id: int
    at: datetime  # aware, UTC
    operator: str
    workstation: str
    action: str  # the code recorded, e.g. "position.corrected"
    what: str  # a plain English sentence of what changed
    before: str  # "" when there was nothing before
    after: str  # "" when nothing is left after


class AuditService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def entries(self, session_id: int) -> list[AuditEntry]:
        """Every change to the session, oldest first (a removed session's too)."""
        with self._ctx.unit() as s:
            session = repo.get_session_including_removed(s, session_id)
            rows = repo.audit_rows(s, session_id)
            if session is None and not rows:
                raise NotFoundError("That session does not exist.")
            book = _Book(s, session_id, session)
            return [
                AuditEntry(row.id, row.at, row.operator, row.workstation, row.action, *change)
                for row in rows
                for change in book.describe(row)
            ]

    def export_csv(self, session_id: int, path: Path) -> Path:
        """Write the session's audit trail as CSV at ``path`` (replaced atomically) and return
        the path. UTF-8 with a byte order mark: without it, Excel reads the file as the
        local code page and garbles every accent (Türkiye, Marković); LibreOffice and Python
        read the mark and drop it. Times are ISO 8601 in UTC with the offset written out."""
        target = Path(path).expanduser()
        if target.is_dir():
            raise ValidationError(f"{target} is a folder; choose a file name for the audit trail.")
        entries = self.entries(session_id)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for e in entries:
            time = e.at.astimezone(UTC).isoformat(timespec="seconds")
            cells = (time, e.operator, e.workstation, e.action, e.what, e.before, e.after)
            writer.writerow([_cell(value) for value in cells])
        write_atomically(target, buffer.getvalue().encode("utf-8-sig"))
        return target


def _cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ (or a tab or a carriage
    return) would be read as a formula, so it gets a leading apostrophe (OWASP's advice)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class _Book:
    """What the sentences need to know about the session: its items and their numbers, the
    delegations' names, the position events and declarations, the silence procedures."""

    def __init__(self, s: Session, session_id: int, session: SessionRow | None) -> None:
        self.zone = session.time_zone if session is not None else "UTC"
        items = repo.all_items(s, session_id)
        self.items = {row.id: row for row in items}
        agenda = [row for row in items if row.removed_at is None]
        self.numbers = {row.id: n for n, row in enumerate(agenda, start=1)}
        allies = allies_by_code()
        self.names = {code: ally.name_en for code, ally in allies.items()}
        for att in repo.attendance(s, session_id):
            if att.display_name:
                self.names[att.delegation] = att.display_name
        self.events: dict[int, PositionEventRow] = {}
        self.previous: dict[int, PositionEventRow] = {}  # event id -> the one it followed
        last: dict[tuple[int, str], PositionEventRow] = {}
        for event in repo.position_events(s, self.items):
            self.events[event.id] = event
            key = (event.item_id, event.delegation)
            if key in last:
                self.previous[event.id] = last[key]
            last[key] = event
        self.declarations: dict[int, list[OutcomeDeclarationRow]] = {
            item_id: repo.outcome_history(s, item_id) for item_id in self.items
        }
        self.procedure_items = {p.id: p.item_id for p in repo.procedures(s, self.items)}
        self.action_items = {
            a.id: a.item_id for a in repo.action_items(s, self.items, include_removed=True)
        }

    # ------------------------------------------------------------------ naming
    def item(self, item_id: Any) -> str:
        """ "item 3", or "the item “Title”" once it is off the agenda."""
        if isinstance(item_id, int) and item_id in self.numbers:
            return f"item {self.numbers[item_id]}"
        row = self.items.get(item_id) if isinstance(item_id, int) else None
        return f"the item “{short(row.title)}”" if row is not None else "an item"

    def name(self, code: Any) -> str:
        return self.names.get(str(code), str(code))

    # ------------------------------------------------------------------ describing
    def describe(self, row: AuditRow) -> list[Change]:
        try:
            details = json.loads(row.details) if row.details else {}
        except ValueError:
            details = {}
        if not isinstance(details, dict):
            details = {}
        family = row.action.split(".", 1)[0]
        describe = {
            "session": self._session,
            "attendance": self._attendance,
            "item": self._item,
            "position": self._position,
            "outcome": self._outcome,
            "action": self._action,
            "silence": self._silence,
        }.get(family)
        changes = describe(row, details) if describe is not None else None
        if not changes:  # an action this version does not know: say what was recorded
            return [(row.action, "", json.dumps(details, ensure_ascii=False, sort_keys=True))]
        return changes

    def _fields(self, labels: dict[str, str], whose: str, before: Any, after: Any) -> list[Change]:
        before = before if isinstance(before, dict) else {}
        after = after if isinstance(after, dict) else {}
        changes = []
        for name in [n for n in labels if n in after] + [n for n in after if n not in labels]:
            old = field_text(name, before.get(name), self.zone)
            new = field_text(name, after.get(name), self.zone)
            if name in before and old == new:
                continue
            label = labels.get(name, word(name))
            changes.append((f"{label} of {whose}", old, new))
        return changes

    def _session(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:  # noqa: PLR0911 — one answer per action
        action = row.action
        if action == "session.created":
            made = ", ".join(
                x for x in (d.get("reference") or "no reference", d.get("date"),
                            d.get("body"), word(d.get("level"))) if x
            )  # fmt: skip
            return [("Session created", "", made)]
        if action == "session.updated":
            return self._fields(SESSION_FIELDS, "the session", d.get("before"), d.get("after"))
        if action == "session.removed":
            return [("Session taken off the list", "on the list", "removed")]
        if action == "session.restored":
            return [("Session put back on the list", "removed", "on the list")]
        if action == "session.imported":
            what = f"Session imported from the file {d.get('file') or '(unnamed)'}"
            if d.get("replaced"):
                what += ", replacing the session that held its reference"
            return [(what, "", str(d.get("stored_reference") or "no reference"))]
        if action == "session.replaced":
            what = "Reference of the session (replaced by an imported session)"
            return [(what, str(d.get("reference") or ""), str(d.get("reference_now") or ""))]
        return []

    def _attendance(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:
        name = self.name(d.get("delegation"))
        if row.action == "attendance.added":
            return [(f"{name} at the table", "", word(d.get("kind")) or "added")]
        if row.action == "attendance.removed":
            return [(f"{name} at the table", "at the table", "removed")]
        if row.action != "attendance.updated":
            return []
        now = {"present": d.get("present"), "head_of_delegation": d.get("head_of_delegation")}
        if isinstance(d.get("before"), dict):
            labels = {"present": "Presence", "head_of_delegation": "Head of delegation"}
            return self._fields(labels, name, d["before"], now)
        shown = "present" if now["present"] else "absent"  # an old row: no "before"
        if now["head_of_delegation"]:
            shown += f"; head of delegation: {now['head_of_delegation']}"
        return [(f"Attendance of {name}", "", shown)]

    def _item(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:
        item = self.item(row.entity_id)
        action = row.action
        if action == "item.added":
            return [(f"{capital(item)} added to the agenda", "", str(d.get("title", "")))]
        if action == "item.updated":
            return self._fields(ITEM_FIELDS, item, d.get("before"), d.get("after"))
        if action == "item.removed":
            return [(f"{capital(item)} taken off the agenda", str(d.get("title", "")), "")]
        if action == "item.restored":
            after = f"number {d['number']}" if d.get("number") else "on the agenda"
            return [(f"{capital(item)} put back on the agenda", "", after)]
        if action == "item.moved":
            before = f"number {d['from_number']}" if d.get("from_number") else ""
            return [(f"Place of {item} on the agenda", before, f"number {d.get('number')}")]
        return []

    def _position(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:
        event = self.events.get(row.entity_id or -1)
        if event is None:  # not in this session's record: say what the row says
            name, item = self.name(d.get("delegation")), self.item(d.get("item_id"))
            return [(f"Position of {name} on {item}", "", word(d.get("position")))]
        if event.corrects_id is not None:
            earlier = self.events.get(event.corrects_id)
        else:
            earlier = self.previous.get(event.id)
        whose = f"{self.name(event.delegation)} on {self.item(event.item_id)}"
        if earlier is not None and earlier.position == event.position:
            if earlier.text != event.text:
                return [(f"Statement of {whose}", earlier.text, event.text)]
            if earlier.paragraphs != event.paragraphs:
                return [(f"Paragraphs of {whose}", earlier.paragraphs, event.paragraphs)]
        before = position_text(earlier) if earlier is not None else ""
        return [(f"Position of {whose}", before, position_text(event))]

    def _outcome(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:
        item_id = d.get("item_id")
        history = self.declarations.get(item_id, []) if isinstance(item_id, int) else []
        what = f"Outcome of {self.item(item_id)}"
        if row.action == "outcome.withdrawn":
            return [(what, word(d.get("outcome")), "withdrawn")]
        if row.action != "outcome.declared":
            return []
        this = next((x for x in history if x.id == row.entity_id), None)
        earlier = [x for x in history if row.entity_id is not None and x.id < row.entity_id]
        before = ""
        if earlier and not earlier[-1].withdrawn:
            before = outcome_text(earlier[-1])
        after = outcome_text(this) if this is not None else word(d.get("outcome"))
        return [(what, before, after)]

    def _action(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:
        before, after = action_dict(d.get("before")), action_dict(d.get("after"))
        item_id = d.get("item_id", after.get("item_id"))
        item_id = self.action_items.get(row.entity_id or -1, item_id)
        whose = f"an action on {self.item(item_id)}"
        description = short(str(d.get("description", "")), 80)
        if row.action == "action.added":
            owner = f" ({d['owner']})" if d.get("owner") else ""
            return [(f"Action added on {self.item(item_id)}", "", description + owner)]
        if row.action == "action.removed":
            return [(f"Action taken off {self.item(item_id)}", description, "")]
        if row.action == "action.restored":
            return [(f"Action put back on {self.item(item_id)}", "", description)]
        if row.action == "action.updated":
            return self._fields(ACTION_FIELDS, whose, before, after)
        return []

    def _silence(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:  # noqa: PLR0911 — one answer per action
        item = self.item(self.procedure_items.get(row.entity_id or -1))
        procedure = f"the silence procedure on {item}"
        action = row.action
        if action == "silence.launched":
            what = f"Silence procedure launched on {item}"
            if d.get("supersedes"):
                what = f"Silence procedure relaunched on {item} on a revised text"
            return [(what, "", f"deadline {local_time(d.get('deadline'), self.zone)}")]
        if action == "silence.letter":
            kind = "break of silence" if d.get("kind") == "break" else word(d.get("kind"))
            return [(f"Letter from {self.name(d.get('delegation'))} on {procedure}", "", kind)]
        if action == "silence.break_withdrawn":
            what = f"Break of silence (letter {d.get('letter')}) on {procedure}"
            return [(what, "breaks silence", "withdrawn")]
        if action == "silence.extended":
            before = local_time(d.get("deadline_before"), self.zone)
            after = local_time(d.get("deadline"), self.zone) if d.get("deadline") else "extended"
            reason = f" ({d['reason']})" if d.get("reason") else ""
            return [(f"Deadline of {procedure}", before, after + reason)]
        if action == "silence.withdrawn":
            reason = f" ({d['reason']})" if d.get("reason") else ""
            return [(f"Silence procedure withdrawn on {item}", "running", "withdrawn" + reason)]
        if action == "silence.settled":
            result = {"adopted": "adopted: deemed agreed", "broken": "silence broken"}
            shown = result.get(str(d.get("result")), word(d.get("result")))
            return [(f"Silence procedure settled on {item}", "running", shown)]
        return []
