"""Import: write a validated ``SessionFile`` into the database, in the caller's transaction.

Everything is stored as the file has it: the original times, operators and workstations of
every event, not the importer's. Only the audit row ``session.imported`` is the importer's.

A reference already taken is a conflict (``on_conflict``):

- ``"refuse"`` raises ``ReferenceExistsError`` and writes nothing;
- ``"replace"`` removes the old session (``removed_at``, never deleted) and moves its
  reference aside, e.g. to ``C-R(2026)0042 (replaced 2026-11-23T10:00:00Z)``, so that the
  imported session takes the reference; both steps are audited;
- ``"as_new"`` imports the session without a reference: references are issued by the
  registry, so the app does not invent one. The file's reference is kept in the audit row.

A session whose record is approved takes no change (``desktop.services.record_lock``), and
being replaced is one: ``"replace"`` of such a session is refused with a sentence that says
so and what to do (import as new, or open a revision of that record first). The import of a
file whose own record is approved is a review step (``REVIEW_STEP``): it writes the record
with its review, approval included, in one transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count
from typing import Literal

from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import (
    ActionItemRow,
    AgendaItemRow,
    AttendanceRow,
    InterventionRow,
    OutcomeDeclarationRow,
    PositionEventRow,
    SessionRow,
    SilenceProcedureRow,
    SpeakerRow,
)
from desktop.domain.review import review_of
from desktop.i18n import _
from desktop.services.context import Context
from desktop.services.convert import paragraphs_text
from desktop.services.record_lock import REVIEW_STEP
from desktop.services.review import events_of
from desktop.services.session_file.declarations import declaration_warnings
from desktop.services.session_file.model import (
    FileItem,
    FileProcedure,
    ReferenceExistsError,
    SessionFile,
    SessionFileError,
    Stamp,
)
from desktop.services.session_file.review import write_review
from desktop.services.session_file.silence import domain_event
from desktop.services.silence_views import event_row

OnConflict = Literal["refuse", "replace", "as_new"]
ON_CONFLICT: tuple[OnConflict, ...] = ("refuse", "replace", "as_new")
_REFERENCE_SIZE = 60


def write_session(
    ctx: Context, s: Session, sf: SessionFile, *, on_conflict: OnConflict, source: str
) -> tuple[SessionRow, int | None]:
    """Store ``sf`` as a new session; return its row and the id of a session it replaced."""
    reference, replaced = _claim_reference(ctx, s, sf.reference, on_conflict)
    f = sf.session
    row = SessionRow(
        reference=reference,
        revision=f.revision,
        body=f.body.value,
        committee_name=f.committee_name,
        committee_name_fr=f.committee_name_fr,
        level=f.level.value,
        format=f.format.value,
        session_date=f.date,
        place=f.place,
        place_fr=f.place_fr,
        time_zone=f.time_zone,
        opened_at=f.opened_at,
        closed_at=f.closed_at,
        chair=f.chair,
        chair_role=f.chair_role.value,
        classification=f.classification.value,
        created_at=f.created_at,
        updated_at=f.updated_at,
        removed_at=None,
    )
    s.add(row)
    s.flush()
    for a in sf.attendance:
        s.add(
            AttendanceRow(
                session_id=row.id,
                delegation=a.delegation,
                kind=a.kind.value,
                display_name=a.display_name,
                sort_key=a.sort_key,
                present=a.present,
                head_of_delegation=a.head_of_delegation,
            )
        )
    on_agenda = len(sf.current_items)
    numbers = {"current": 0, "removed": on_agenda}
    holders = [a.delegation for a in sf.attendance if a.kind.has_decision_rights]
    item_ids = []  # in the file's order, which its review names them by
    for item in sf.agenda:
        which = "current" if item.removed_at is None else "removed"
        numbers[which] += 1
        item_ids.append(_write_item(s, row.id, item, numbers[which], holders))
    if sf.review:
        write_review(s, row.id, sf.review, item_ids)
        # The record comes with its review: an approved one is stored approved, as it is.
        s.info[REVIEW_STEP] = True
    s.flush()
    ctx.audit(
        s,
        "session.imported",
        session_id=row.id,
        entity="session",
        entity_id=row.id,
        file=source,
        reference=sf.reference,
        stored_reference=reference,
        on_conflict=on_conflict,
        replaced=replaced,
        exported_by=f"{sf.exported_by.application} {sf.exported_by.version}",
    )
    return row, replaced


def _claim_reference(
    ctx: Context, s: Session, reference: str, on_conflict: OnConflict
) -> tuple[str | None, int | None]:
    """The reference the new session takes, and the id of a session moved aside for it."""
    if not reference:
        return None, None
    holder = repo.session_by_reference(s, reference)  # removed sessions hold theirs too
    if holder is None:
        return reference, None
    if on_conflict == "refuse":
        raise ReferenceExistsError(reference, holder.id, removed=holder.removed_at is not None)
    if on_conflict == "as_new":
        return None, None
    # The lock is checked here, not left to the end of the unit: a file that brings its review
    # makes the import a review step, which the lock lets through.
    if review_of(events_of(s, holder.id)).locked:
        shown = "".join(c if c.isprintable() else " " for c in reference)
        raise SessionFileError(
            [
                _(
                    "The record of the session that holds the reference {reference} was "
                    "approved, so it takes no change, and the file was not imported in its "
                    "place. Import the file as a new session without a reference; or, to "
                    "replace that session, open a revision of its record first (Session › "
                    "Review Steps › Open a Revision), saying why."
                ).format(reference=shown)
            ]
        )
    now = ctx.clock()
    holder.reference = _aside(s, reference, now)
    if holder.removed_at is None:
        holder.removed_at = now
    ctx.audit(
        s,
        "session.replaced",
        session_id=holder.id,
        entity="session",
        entity_id=holder.id,
        reference=reference,
        reference_now=holder.reference,
        removed_at=holder.removed_at,
    )
    s.flush()  # the unique reference must be free before the new session is inserted
    return reference, holder.id


def _aside(s: Session, reference: str, now: datetime) -> str:
    """A free reference that still says whose it was and when it was replaced."""
    moment = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for n in count(1):
        tag = f" (replaced {moment})" if n == 1 else f" (replaced {moment} #{n})"
        candidate = reference[: _REFERENCE_SIZE - len(tag)] + tag
        if repo.session_by_reference(s, candidate) is None:
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def _write_item(
    s: Session, session_id: int, item: FileItem, ordinal: int, holders: list[str]
) -> int:
    """Store ``item`` and all it holds; return its new id."""
    row = AgendaItemRow(
        session_id=session_id,
        ordinal=ordinal,
        title=item.title,
        title_fr=item.title_fr,
        kind=item.kind.value,
        documents=item.documents,
        summary=item.summary,
        summary_fr=item.summary_fr,
        created_at=item.created_at,
        removed_at=item.removed_at,
        not_for_display=item.not_for_display,
    )
    s.add(row)
    s.flush()
    events: dict[int, PositionEventRow] = {}
    for p in item.positions:
        # A correction names the event standing before it (the checks saw to it), a change
        # names none: the database then says what the file says, with no reclassification.
        corrects = None
        if p.corrects is not None:
            target = events[p.corrects]
            if target.id is None:
                s.flush()  # the corrected event needs its id first
            corrects = target.id
        event = PositionEventRow(
            item_id=row.id,
            delegation=p.delegation,
            position=p.position.value,
            text=p.text,
            paragraphs=paragraphs_text(p.paragraphs),
            corrects_id=corrects,
            in_writing=p.in_writing,
            **_stamp(p.stamp),
        )
        s.add(event)
        events[p.seq] = event
    procedures: dict[int, SilenceProcedureRow] = {}
    for procedure in item.silence_procedures:
        procedures[procedure.seq] = _write_procedure(s, row.id, procedure, procedures)
    # The file's own warnings are not trusted: each declaration is checked again.
    checked = declaration_warnings(item, holders)
    for o, warnings in zip(item.outcomes, checked, strict=True):
        s.add(
            OutcomeDeclarationRow(
                item_id=row.id,
                outcome=o.outcome.value,
                decision_text=o.decision_text,
                decision_text_fr=o.decision_text_fr,
                remitted_to=o.remitted_to,
                remitted_to_fr=o.remitted_to_fr,
                warnings="\n".join(w.message for w in warnings),
                withdrawn=o.withdrawn,
                **_stamp(o.stamp),
            )
        )
    for seq, x in enumerate(item.speakers, start=1):
        s.add(
            SpeakerRow(
                item_id=row.id,
                delegation=x.delegation,
                seq=seq,
                added_at=x.added_at,
                struck_at=x.struck_at,
                removed_at=x.removed_at,
                **_stamp(x.stamp),
            )
        )
    turns: dict[int, InterventionRow] = {}  # written in list order: ids keep that order
    for t in item.interventions:
        corrected = turns[t.corrects] if t.corrects is not None else None
        if corrected is not None and corrected.id is None:
            s.flush()  # the corrected intervention needs its id first
        turns[t.seq] = InterventionRow(
            item_id=row.id,
            delegation=t.delegation,
            started_at=t.started_at,
            ended_at=t.ended_at,
            text=t.text,
            text_fr=t.text_fr,
            corrects_id=corrected.id if corrected is not None else None,
            **_stamp(t.stamp),
        )
        s.add(turns[t.seq])
    for a in item.action_items:
        s.add(
            ActionItemRow(
                item_id=row.id,
                owner_kind=a.owner_kind.value,
                owner=a.owner,
                owner_fr=a.owner_fr,
                description=a.description,
                description_fr=a.description_fr,
                due_date=a.due_date,
                status=a.status.value,
                created_at=a.created_at,
                updated_at=a.updated_at,
            )
        )
    return row.id


def _write_procedure(
    s: Session, item_id: int, procedure: FileProcedure, earlier: dict[int, SilenceProcedureRow]
) -> SilenceProcedureRow:
    supersedes = earlier[procedure.supersedes].id if procedure.supersedes is not None else None
    row = SilenceProcedureRow(
        item_id=item_id,
        text_reference=procedure.text_reference,
        title=procedure.title,
        title_fr=procedure.title_fr,
        launched_at=procedure.launched_at,
        launched_by=procedure.launched_by,
        original_deadline=procedure.original_deadline,
        supersedes_id=supersedes,
        **_stamp(procedure.stamp),
    )
    s.add(row)
    s.flush()
    for event in procedure.events:
        s.add(event_row(row.id, domain_event(event), dict(_stamp(event.stamp))))
    return row


def _stamp(stamp: Stamp) -> dict[str, datetime | str]:
    return {
        "recorded_at": stamp.recorded_at,
        "operator": stamp.operator,
        "workstation": stamp.workstation,
    }
