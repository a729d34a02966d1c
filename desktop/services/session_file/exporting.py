"""Export: a session in the database to a ``SessionFile``, and a ``SessionFile`` to bytes.

The bytes are canonical, so that export → import → export gives the same file: UTF-8, keys in
a fixed order (the order of ``session_file.reading``'s key lists), two-space indent, non-ASCII
written as itself, one newline at the end, times in UTC with microseconds only when there
are some. Numbers in the file are ordinals within the file, never database ids.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import (
    AgendaItemRow,
    AttendanceRow,
    PositionEventRow,
    SessionRow,
    SilenceEventRow,
    SilenceProcedureRow,
)
from desktop import APP_NAME, __version__
from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.domain.bodies import BodyKind
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
from desktop.domain.silence import (
    BreakWithdrawal,
    Extension,
    Letter,
    Settlement,
    SilenceEvent,
    SilenceProcedure,
    Withdrawal,
)
from desktop.i18n import _
from desktop.services.convert import paragraphs_tuple
from desktop.services.errors import ServiceError
from desktop.services.session_file.model import (
    FORMAT,
    FORMAT_VERSION,
    ExportedBy,
    FileAction,
    FileAttendance,
    FileBreakWithdrawal,
    FileExtension,
    FileItem,
    FileLetter,
    FileOutcome,
    FilePosition,
    FileProcedure,
    FileSession,
    FileSettlement,
    FileSilenceEvent,
    FileWithdrawal,
    SessionFile,
    Stamp,
    format_date,
    format_time,
)
from desktop.services.session_file.review import review_document, review_events_of
from desktop.services.session_file.speakers import speakers_document, speakers_of
from desktop.services.silence_views import decision_holders, to_domain

_KIND_ORDER = list(AttendanceKind)


# ---------------------------------------------------------------------- database → file
def session_file(s: Session, row: SessionRow) -> SessionFile:
    """Everything about the session ``row``, as a file holds it."""
    attendance = sorted(
        repo.attendance(s, row.id),
        key=lambda a: (_KIND_ORDER.index(AttendanceKind(a.kind)), a.sort_key, a.delegation),
    )
    holders = decision_holders(row)
    items = repo.all_items(s, row.id)
    return SessionFile(
        format_version=FORMAT_VERSION,
        exported_by=ExportedBy(APP_NAME, __version__),
        session=_session(row),
        attendance=tuple(_attendance(a) for a in attendance),
        agenda=tuple(_item(s, item, holders) for item in items),
        review=review_events_of(s, row.id, [item.id for item in items]),
    )


def _session(row: SessionRow) -> FileSession:
    return FileSession(
        reference=row.reference or "",
        revision=row.revision,
        body=BodyKind(row.body),
        committee_name=row.committee_name,
        level=Level(row.level),
        format=Format(row.format),
        date=row.session_date,
        place=row.place,
        time_zone=row.time_zone,
        opened_at=row.opened_at,
        closed_at=row.closed_at,
        chair=row.chair,
        chair_role=ChairRole(row.chair_role),
        classification=Classification(row.classification),
        created_at=row.created_at,
        updated_at=row.updated_at,
        committee_name_fr=row.committee_name_fr,
        place_fr=row.place_fr,
    )


def _attendance(row: AttendanceRow) -> FileAttendance:
    return FileAttendance(
        delegation=row.delegation,
        kind=AttendanceKind(row.kind),
        display_name=row.display_name,
        sort_key=row.sort_key,
        present=row.present,
        head_of_delegation=row.head_of_delegation,
    )


def _item(s: Session, row: AgendaItemRow, holders: frozenset[str]) -> FileItem:
    events = repo.position_history(s, row.id)
    procedures = repo.procedures(s, [row.id])
    numbers = {procedure.id: n for n, procedure in enumerate(procedures, start=1)}
    return FileItem(
        title=row.title,
        kind=AgendaKind(row.kind),
        documents=row.documents,
        summary=row.summary,
        created_at=row.created_at,
        removed_at=row.removed_at,
        positions=_positions(events, repo.reclassified(s, [row.id])),
        silence_procedures=tuple(_procedure(p, numbers, holders) for p in procedures),
        outcomes=tuple(
            FileOutcome(
                outcome=Outcome(o.outcome),
                decision_text=o.decision_text,
                remitted_to=o.remitted_to,
                warnings=tuple(w for w in o.warnings.split("\n") if w.strip()),
                stamp=Stamp(o.recorded_at, o.operator, o.workstation),
                withdrawn=o.withdrawn,
                decision_text_fr=o.decision_text_fr,
                remitted_to_fr=o.remitted_to_fr,
            )
            for o in repo.outcome_history(s, row.id)
        ),
        action_items=tuple(
            FileAction(
                owner_kind=OwnerKind(a.owner_kind),
                owner=a.owner,
                description=a.description,
                due_date=a.due_date,
                status=ActionStatus(a.status),
                created_at=a.created_at,
                updated_at=a.updated_at,
                description_fr=a.description_fr,
                owner_fr=a.owner_fr,
            )
            for a in repo.action_items(s, [row.id])  # not those removed
        ),
        not_for_display=row.not_for_display,
        **speakers_of(s, row.id),
        title_fr=row.title_fr,
        summary_fr=row.summary_fr,
    )


def _positions(
    rows: list[PositionEventRow], reclassified: dict[int, bool]
) -> tuple[FilePosition, ...]:
    """The item's position events, oldest first, each a correction or a change as the
    operator last said (``reclassified``: the latest word on events, by id; without one, an
    event naming another is a correction). A correction names the event standing before it,
    the same delegation's previous one, whichever event it named when it was logged."""
    seq = {event.id: n for n, event in enumerate(rows, start=1)}
    latest: dict[str, int] = {}  # each delegation's latest event so far, by seq
    out = []
    for row in rows:
        correction = reclassified.get(row.id, row.corrects_id is not None)
        if correction and row.corrects_id is not None and row.corrects_id not in seq:
            raise ServiceError(  # the services never correct across items
                _(
                    "Position event {id} corrects an event of another agenda item; the session "
                    "cannot be written to a file until that is repaired."
                ).format(id=row.id)
            )
        before = latest.get(row.delegation)
        correction = correction and before is not None  # a first entry corrects nothing
        out.append(
            FilePosition(
                seq=seq[row.id],
                delegation=row.delegation,
                position=Position(row.position),
                text=row.text,
                paragraphs=paragraphs_tuple(row.paragraphs),
                corrects=before if correction else None,
                correction=correction,
                in_writing=row.in_writing,
                stamp=Stamp(row.recorded_at, row.operator, row.workstation),
            )
        )
        latest[row.delegation] = seq[row.id]
    return tuple(out)


def _procedure(
    row: SilenceProcedureRow, numbers: dict[int, int], holders: frozenset[str]
) -> FileProcedure:
    supersedes = None
    if row.supersedes_id is not None:
        supersedes = numbers.get(row.supersedes_id)
        if supersedes is None:  # a relaunch always stays on its item
            raise ServiceError(
                _(
                    "Silence procedure {id} supersedes a procedure on another agenda item; the "
                    "session cannot be written to a file until that is repaired."
                ).format(id=row.id)
            )
    procedure = to_domain(row, holders)
    return FileProcedure(
        seq=numbers[row.id],
        text_reference=row.text_reference,
        title=row.title,
        launched_at=row.launched_at,
        launched_by=row.launched_by,
        original_deadline=row.original_deadline,
        supersedes=supersedes,
        stamp=Stamp(row.recorded_at, row.operator, row.workstation),
        events=tuple(
            _event(event, stored, procedure)
            for event, stored in zip(procedure.events, row.events, strict=True)
        ),
        title_fr=row.title_fr,
    )


def _event(
    event: SilenceEvent, row: SilenceEventRow, procedure: SilenceProcedure
) -> FileSilenceEvent:
    stamp = Stamp(row.recorded_at, row.operator, row.workstation)
    match event:
        case Letter():
            return FileLetter(
                event.seq,
                event.delegation,
                event.kind,
                event.received_at,
                event.paragraphs,
                event.reference,
                event.text,
                procedure.letter_status(event),
                stamp,
            )
        case BreakWithdrawal():
            return FileBreakWithdrawal(
                event.seq, event.letter_seq, event.received_at, event.reference, stamp
            )
        case Extension():
            return FileExtension(event.seq, event.at, event.new_deadline, event.reason, stamp)
        case Withdrawal():
            return FileWithdrawal(event.seq, event.at, event.reason, event.relaunched, stamp)
        case Settlement():
            return FileSettlement(event.seq, event.at, event.result, stamp)


# ---------------------------------------------------------------------- file → bytes
def to_bytes(sf: SessionFile) -> bytes:
    """The canonical bytes of ``sf``."""
    text = json.dumps(document(sf), ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def document(sf: SessionFile) -> dict[str, Any]:
    """``sf`` as JSON values, keys in the order the format documents them."""
    s = sf.session
    return {
        "format": FORMAT,
        "format_version": sf.format_version,
        "exported_by": {
            "application": sf.exported_by.application,
            "version": sf.exported_by.version,
        },
        "session": {
            "reference": s.reference,
            "revision": s.revision,
            "body": s.body.value,
            "committee_name": s.committee_name,
            "committee_name_fr": s.committee_name_fr,
            "level": s.level.value,
            "format": s.format.value,
            "date": format_date(s.date),
            "place": s.place,
            "place_fr": s.place_fr,
            "time_zone": s.time_zone,
            "opened_at": _time(s.opened_at),
            "closed_at": _time(s.closed_at),
            "chair": s.chair,
            "chair_role": s.chair_role.value,
            "classification": s.classification.value,
            "created_at": format_time(s.created_at),
            "updated_at": format_time(s.updated_at),
        },
        "attendance": [
            {
                "delegation": a.delegation,
                "kind": a.kind.value,
                "display_name": a.display_name,
                "sort_key": a.sort_key,
                "present": a.present,
                "head_of_delegation": a.head_of_delegation,
            }
            for a in sf.attendance
        ],
        "agenda": [_item_document(item) for item in sf.agenda],
        "review": review_document(sf.review, _stamp),
    }


def _item_document(item: FileItem) -> dict[str, Any]:
    return {
        "title": item.title,
        "title_fr": item.title_fr,
        "kind": item.kind.value,
        "documents": item.documents,
        "summary": item.summary,
        "summary_fr": item.summary_fr,
        "not_for_display": item.not_for_display,
        "created_at": format_time(item.created_at),
        "removed_at": _time(item.removed_at),
        "positions": [
            {
                "seq": p.seq,
                "delegation": p.delegation,
                "position": p.position.value,
                "text": p.text,
                "paragraphs": list(p.paragraphs),
                "in_writing": p.in_writing,
                "correction": p.correction,
                "corrects": p.corrects,
                **_stamp(p.stamp),
            }
            for p in item.positions
        ],
        "silence_procedures": [
            {
                "seq": x.seq,
                "text_reference": x.text_reference,
                "title": x.title,
                "title_fr": x.title_fr,
                "launched_at": format_time(x.launched_at),
                "launched_by": x.launched_by,
                "original_deadline": format_time(x.original_deadline),
                "supersedes": x.supersedes,
                **_stamp(x.stamp),
                "events": [_event_document(e) for e in x.events],
            }
            for x in item.silence_procedures
        ],
        "outcomes": [
            {
                "outcome": o.outcome.value,
                "withdrawn": o.withdrawn,
                "decision_text": o.decision_text,
                "decision_text_fr": o.decision_text_fr,
                "remitted_to": o.remitted_to,
                "remitted_to_fr": o.remitted_to_fr,
                "warnings": list(o.warnings),
                **_stamp(o.stamp),
            }
            for o in item.outcomes
        ],
        "action_items": [
            {
                "owner_kind": a.owner_kind.value,
                "owner": a.owner,
                "owner_fr": a.owner_fr,
                "description": a.description,
                "description_fr": a.description_fr,
                "due_date": format_date(a.due_date) if a.due_date else None,
                "status": a.status.value,
                "created_at": format_time(a.created_at),
                "updated_at": format_time(a.updated_at),
            }
            for a in item.action_items
        ],
        **speakers_document(item, _stamp),
    }


def _event_document(event: FileSilenceEvent) -> dict[str, Any]:
    fields: dict[str, Any]
    match event:
        case FileLetter():
            fields = {
                "kind": "letter",
                "delegation": event.delegation,
                "letter_kind": event.letter_kind.value,
                "received_at": format_time(event.received_at),
                "paragraphs": list(event.paragraphs),
                "reference": event.reference,
                "text": event.text,
                "status": event.status.value,
            }
        case FileBreakWithdrawal():
            fields = {
                "kind": "break_withdrawal",
                "letter": event.letter,
                "received_at": format_time(event.received_at),
                "reference": event.reference,
            }
        case FileExtension():
            fields = {
                "kind": "extension",
                "at": format_time(event.at),
                "new_deadline": format_time(event.new_deadline),
                "reason": event.reason,
            }
        case FileWithdrawal():
            fields = {
                "kind": "withdrawal",
                "at": format_time(event.at),
                "reason": event.reason,
                "relaunched": event.relaunched,
            }
        case FileSettlement():
            fields = {
                "kind": "settlement",
                "at": format_time(event.at),
                "result": event.result.value,
            }
    return {"seq": event.seq, **fields, **_stamp(event.stamp)}


def _stamp(stamp: Stamp) -> dict[str, Any]:
    return {
        "recorded_at": format_time(stamp.recorded_at),
        "operator": stamp.operator,
        "workstation": stamp.workstation,
    }


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else format_time(moment)
