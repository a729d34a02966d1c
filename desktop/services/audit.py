"""The audit trail of a session, read-only: who changed what, when, from where, and what it
was before and after.

``Context.audit`` writes one ``audit_log`` row per change; nothing updates or deletes one
(migration 0005 makes the database refuse it, and a unit test reads the source to check no
code tries). This service only reads them and says each in plain words, in the language of
the interface (``desktop.i18n``): "Position of Türkiye on item 3", before "agree", after
"objection" ("Türkiye : position sur le point 3", "accord", "objection").

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
from db import speaker_queries
from db.models import AuditRow, OutcomeDeclarationRow, PositionEventRow, SessionRow
from desktop.domain.labels import Label
from desktop.i18n import N_, _, shown
from desktop.reference import allies_by_code, ally_name_on, ally_names
from desktop.services.audit_text import (
    ACTION_FIELD,
    ACTION_FIELDS,
    ATTENDANCE_FIELD,
    ATTENDANCE_FIELDS,
    ITEM_FIELD,
    ITEM_FIELDS,
    SESSION_FIELD,
    SESSION_FIELDS,
    SILENCE_FIELD,
    SILENCE_FIELDS,
    action_dict,
    capital,
    day,
    field_text,
    item_phrase,
    local_time,
    outcome_text,
    position_text,
    short,
    word,
)
from desktop.services.context import Context
from desktop.services.errors import NotFoundError, ValidationError
from desktop.services.files import write_atomically

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
    what: str  # a sentence of what changed, in the language of the interface
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
                raise NotFoundError(_("That session does not exist."))
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
            raise ValidationError(
                _("{path} is a folder; choose a file name for the audit trail.").format(path=target)
            )
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
        day = session.session_date if session is not None else None
        self.names: dict[str, Label] = {}
        for code in allies_by_code():  # as named on the session's date ("Turkey" in 2003)
            named = ally_name_on(code, day)
            if named is not None:
                self.names[code] = Label(named.name_en, named.name_fr)
        reference_names = {(n.code, n.name_en) for n in ally_names()}
        for att in repo.attendance(s, session_id):  # a name given at the table, as given
            if att.display_name and (att.delegation, att.display_name) not in reference_names:
                self.names[att.delegation] = Label(att.display_name, att.display_name)
        self.events: dict[int, PositionEventRow] = {}
        self.previous: dict[int, PositionEventRow] = {}  # event id -> the one it followed
        last: dict[tuple[int, str], PositionEventRow] = {}
        for event in repo.position_events(s, self.items):
            self.events[event.id] = event
            key = (event.item_id, event.delegation)
            if key in last:
                self.previous[event.id] = last[key]
            last[key] = event
        self.said = {  # what each intervention row says (0008), in English and French (0010)
            turn.id: (turn.text, turn.text_fr)
            for turn in speaker_queries.interventions(s, self.items)
        }
        self.declarations: dict[int, list[OutcomeDeclarationRow]] = {
            item_id: repo.outcome_history(s, item_id) for item_id in self.items
        }
        self.procedure_items = {p.id: p.item_id for p in repo.procedures(s, self.items)}
        self.action_items = {
            a.id: a.item_id for a in repo.action_items(s, self.items, include_removed=True)
        }

    # ------------------------------------------------------------------ naming
    def item(self, item_id: Any) -> dict[str, str]:
        """The placeholders naming an item: ``item`` "item 3", or "the item “Title”" once it
        is off the agenda; ``Item``, the same opening a sentence."""
        known = isinstance(item_id, int)
        row = self.items.get(item_id) if known else None
        title = (row.title or row.title_fr) if row is not None else None
        phrase = item_phrase(self.numbers.get(item_id) if known else None, title)
        return {"item": phrase, "Item": capital(phrase)}

    def name(self, code: Any) -> str:
        """A delegation's name in the current language (its code when it is not known)."""
        label = self.names.get(str(code))
        return shown(label) if label is not None else str(code)

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
            "speaker": self._speaker,
            "intervention": self._speaker,
        }.get(family)
        changes = describe(row, details) if describe is not None else None
        if not changes:  # an action this version does not know: say what was recorded
            return [(row.action, "", json.dumps(details, ensure_ascii=False, sort_keys=True))]
        return changes

    def _fields(
        self,
        sentences: tuple[dict[str, str], str],
        names: dict[str, str],
        before: Any,
        after: Any,
    ) -> list[Change]:
        """One change per field that changed. ``sentences``: each field's sentence and the
        one for a field this version does not name; ``names``: their placeholders."""
        labels, other = sentences
        before = before if isinstance(before, dict) else {}
        after = after if isinstance(after, dict) else {}
        changes = []
        for name in [n for n in labels if n in after] + [n for n in after if n not in labels]:
            old = field_text(name, before.get(name), self.zone)
            new = field_text(name, after.get(name), self.zone)
            if name in before and old == new:
                continue
            what = _(labels.get(name, other)).format(field=word(name), **names)
            changes.append((what, old, new))
        return changes

    def _session(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:  # noqa: PLR0911 — one answer per action
        action = row.action
        if action == "session.created":
            held = day(d["date"]) if d.get("date") else None
            made = ", ".join(
                x for x in (d.get("reference") or _("no reference"), held,
                            d.get("body"), word(d.get("level"))) if x
            )  # fmt: skip
            return [(_("Session created"), "", made)]
        if action == "session.updated":
            sentences = (SESSION_FIELDS, SESSION_FIELD)
            return self._fields(sentences, {}, d.get("before"), d.get("after"))
        if action == "session.removed":
            return [(_("Session taken off the list"), _("on the list"), _("removed"))]
        if action == "session.restored":
            return [(_("Session put back on the list"), _("removed"), _("on the list"))]
        if action == "session.imported":
            file = d.get("file") or _("(unnamed)")
            if d.get("replaced"):
                what = _(
                    "Session imported from the file {file}, replacing the session that held "
                    "its reference"
                ).format(file=file)
            else:
                what = _("Session imported from the file {file}").format(file=file)
            return [(what, "", str(d.get("stored_reference") or _("no reference")))]
        if action == "session.replaced":
            what = _("Reference of the session (replaced by an imported session)")
            return [(what, str(d.get("reference") or ""), str(d.get("reference_now") or ""))]
        return []

    def _attendance(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:
        name = self.name(d.get("delegation"))
        at_table = _("{name} at the table").format(name=name)
        if row.action == "attendance.added":
            return [(at_table, "", word(d.get("kind")) or _("added"))]
        if row.action == "attendance.removed":
            return [(at_table, _("at the table"), _("removed"))]
        if row.action != "attendance.updated":
            return []
        now = {"present": d.get("present"), "head_of_delegation": d.get("head_of_delegation")}
        if isinstance(d.get("before"), dict):
            sentences = (ATTENDANCE_FIELDS, ATTENDANCE_FIELD)
            return self._fields(sentences, {"name": name}, d["before"], now)
        state = _("present") if now["present"] else _("absent")  # an old row: no "before"
        if now["head_of_delegation"]:
            state = _("{presence}; head of delegation: {head}").format(
                presence=state, head=now["head_of_delegation"]
            )
        return [(_("Attendance of {name}").format(name=name), "", state)]

    def _item(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:
        item = self.item(row.entity_id)
        action = row.action
        title = str(d.get("title") or d.get("title_fr") or "")
        if action == "item.added":
            return [(_("{Item} added to the agenda").format(**item), "", title)]
        if action == "item.updated":
            return self._fields((ITEM_FIELDS, ITEM_FIELD), item, d.get("before"), d.get("after"))
        if action == "item.removed":
            return [(_("{Item} taken off the agenda").format(**item), title, "")]
        if action == "item.restored":
            after = _("number {number}").format(number=d["number"]) if d.get("number") else ""
            what = _("{Item} put back on the agenda").format(**item)
            return [(what, "", after or _("on the agenda"))]
        if action == "item.moved":
            was = d.get("from_number")
            before = _("number {number}").format(number=was) if was else ""
            after = _("number {number}").format(number=d.get("number"))
            return [(_("Place of {item} on the agenda").format(**item), before, after)]
        return []

    def _position(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:
        if row.action == "position.reclassified":  # the operator's word on an entry (0008)
            whose = {"name": self.name(d.get("delegation")), **self.item(d.get("item_id"))}
            what = _("Entry of {name} on {item} ({position})").format(
                position=word(d.get("position")), **whose
            )
            kinds = (_("a change of position"), _("a correction"))
            now = bool(d.get("correction"))
            return [(what, kinds[not now], kinds[now])]
        event = self.events.get(row.entity_id or -1)
        if event is None:  # not in this session's record: say what the row says
            whose = {"name": self.name(d.get("delegation")), **self.item(d.get("item_id"))}
            what = _("Position of {name} on {item}").format(**whose)
            return [(what, "", word(d.get("position")))]
        if event.corrects_id is not None:
            earlier = self.events.get(event.corrects_id)
        else:
            earlier = self.previous.get(event.id)
        whose = {"name": self.name(event.delegation), **self.item(event.item_id)}
        if earlier is not None and earlier.position == event.position:
            if earlier.text != event.text:
                what = _("Statement of {name} on {item}").format(**whose)
                return [(what, earlier.text, event.text)]
            if earlier.paragraphs != event.paragraphs:
                what = _("Paragraphs of {name} on {item}").format(**whose)
                return [(what, earlier.paragraphs, event.paragraphs)]
        before = position_text(earlier) if earlier is not None else ""
        return [(_("Position of {name} on {item}").format(**whose), before, position_text(event))]

    def _outcome(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:
        item_id = d.get("item_id")
        history = self.declarations.get(item_id, []) if isinstance(item_id, int) else []
        what = _("Outcome of {item}").format(**self.item(item_id))
        if row.action == "outcome.withdrawn":
            return [(what, word(d.get("outcome")), _("withdrawn"))]
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
        item = self.item(self.action_items.get(row.entity_id or -1, item_id))
        description = short(str(d.get("description") or d.get("description_fr") or ""), 80)
        if row.action == "action.added":
            if d.get("owner"):
                description = _("{description} ({owner})").format(
                    description=description, owner=d["owner"]
                )
            return [(_("Action added on {item}").format(**item), "", description)]
        if row.action == "action.removed":
            return [(_("Action taken off {item}").format(**item), description, "")]
        if row.action == "action.restored":
            return [(_("Action put back on {item}").format(**item), "", description)]
        if row.action == "action.updated":
            return self._fields((ACTION_FIELDS, ACTION_FIELD), item, before, after)
        return []

    def _silence(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:  # noqa: PLR0911 — one answer per action
        item = self.item(self.procedure_items.get(row.entity_id or -1))
        action = row.action
        if action == "silence.launched":
            what = _("Silence procedure launched on {item}")
            if d.get("supersedes"):
                what = _("Silence procedure relaunched on {item} on a revised text")
            deadline = local_time(d.get("deadline"), self.zone)
            return [(what.format(**item), "", _("deadline {when}").format(when=deadline))]
        if action == "silence.edited":
            sentences = (SILENCE_FIELDS, SILENCE_FIELD)
            return self._fields(sentences, item, d.get("before"), d.get("after"))
        if action == "silence.letter":
            kind = _LETTERS.get(str(d.get("kind")))
            what = _("Letter from {name} on the silence procedure on {item}").format(
                name=self.name(d.get("delegation")), **item
            )
            return [(what, "", _(kind) if kind is not None else word(d.get("kind")))]
        if action == "silence.break_withdrawn":
            what = _("Break of silence (letter {letter}) on the silence procedure on {item}")
            what = what.format(letter=d.get("letter"), **item)
            return [(what, _("breaks silence"), _("withdrawn"))]
        if action == "silence.extended":
            before = local_time(d.get("deadline_before"), self.zone)
            after = local_time(d.get("deadline"), self.zone) if d.get("deadline") else ""
            what = _("Deadline of the silence procedure on {item}").format(**item)
            return [(what, before, _because(after or _("extended"), d.get("reason")))]
        if action == "silence.withdrawn":
            what = _("Silence procedure withdrawn on {item}").format(**item)
            return [(what, _("running"), _because(_("withdrawn"), d.get("reason")))]
        if action == "silence.settled":
            result = _RESULTS.get(str(d.get("result")))
            state = _(result) if result is not None else word(d.get("result"))
            what = _("Silence procedure settled on {item}").format(**item)
            return [(what, _("running"), state)]
        return []

    def _speaker(self, row: AuditRow, d: dict[str, Any]) -> list[Change]:
        """The speakers' list and the speaking turns (0006)."""
        names = {"name": self.name(d.get("delegation")), **self.item(d.get("item_id"))}
        on_list = _("{name} on the speakers' list of {item}").format(**names)
        place = _("place {number}")
        changes = {
            "speaker.added": (on_list, "", place.format(number=d.get("place"))),
            "speaker.moved": (
                on_list,
                place.format(number=d.get("from_place")),
                place.format(number=d.get("place")),
            ),
            "speaker.removed": (on_list, _("waiting"), _("withdrawn")),
            "speaker.struck": (on_list, _("waiting"), _("struck off: has spoken")),
            "intervention.started": (
                _("{name} takes the floor on {item}").format(**names),
                "",
                _("speaking"),
            ),
            "intervention.ended": (
                _("{name} takes the floor on {item}").format(**names),
                _("speaking"),
                _("spoke for {seconds} s").format(seconds=round(float(d.get("seconds") or 0))),
            ),
            "intervention.recorded": (
                _("Intervention of {name} on {item}").format(**names),
                "",
                short(" / ".join(x for x in self.said.get(row.entity_id or -1, ()) if x), 80),
            ),
            "intervention.corrected": self._corrected(row, d, names),
        }
        change = changes.get(row.action)
        return [change] if change is not None else []

    def _corrected(self, row: AuditRow, d: dict[str, Any], names: dict[str, Any]) -> Change:
        """A correction of an intervention: of its English text, or of its French one only."""
        before = self.said.get(d.get("corrects") or -1, ("", ""))
        after = self.said.get(row.entity_id or -1, ("", ""))
        if not any(after):
            what = _("Intervention of {name} on {item}").format(**names)
            return (what, short(before[0] or before[1], 80), _("taken off the record"))
        if before[0] == after[0] and before[1] != after[1]:
            what = _("French summary of the intervention of {name} on {item}").format(**names)
            return (what, short(before[1], 80), short(after[1], 80))
        what = _("Intervention of {name} on {item}").format(**names)
        return (what, short(before[0] or before[1], 80), short(after[0] or after[1], 80))


# A letter's kind and a settled procedure's result, as the trail says them.
_LETTERS = {"break": N_("break of silence"), "comment": N_("comment")}
_RESULTS = {"adopted": N_("adopted: deemed agreed"), "broken": N_("silence broken")}


def _because(value: str, reason: Any) -> str:
    """ "withdrawn (the text is being revised)": a value and the reason given, if any."""
    if not reason:
        return value
    return _("{value} ({reason})").format(value=value, reason=reason)
