"""The review of a session's summary record: issue the draft, record delegations'
corrections and decide on each, issue revisions, approve, and reopen an approved record for a
new revision (``desktop.domain.review`` holds the rules; this stores the steps).

Every step is a row of ``review_events``, never changed afterwards, and an audit row. An
accepted correction does not edit the record by itself: the secretariat makes the change
through the ordinary services (the statement, the summary, the decision…), audited as any
edit, and the next issue lists the correction on its page "Changes from the previous issue".

Once approved, the record is locked: ``Context.unit`` refuses any other write to the session
(``desktop.services.record_lock``) until a revision is opened, with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import ReviewEventRow
from desktop.domain.review import (
    ApprovalKind,
    Correction,
    Review,
    ReviewEvent,
    ReviewEventKind,
    review_of,
)
from desktop.domain.timezones import require_utc
from desktop.i18n import N_, _
from desktop.services.changes import ChangeSet, Result
from desktop.services.context import Context
from desktop.services.convert import (
    bounded,
    delegation_code,
    enum_value,
    require_item,
    require_session,
    typed,
)
from desktop.services.errors import ValidationError
from desktop.services.record_lock import REVIEW_STEP

# The fingerprint the record of a session will have as issue number n (``Workspace`` passes
# the minutes' own: the record assembled, with that revision number).
FingerprintOf = Callable[[int, int], str]


@dataclass(frozen=True, slots=True)
class ReviewView:
    """A session's review as the review panel and ``tourdetable review`` show it."""

    session_id: int
    reference: str
    review: Review
    item_numbers: dict[int, int]  # item id -> its number on the agenda (removed: absent)

    def number_of(self, correction: Correction) -> int | None:
        return self.item_numbers.get(correction.item_id) if correction.item_id else None


class ReviewService:
    def __init__(self, ctx: Context, fingerprint_of: FingerprintOf) -> None:
        self._ctx = ctx
        self._fingerprint_of = fingerprint_of

    # ------------------------------------------------------------------ reading
    def view(self, session_id: int) -> ReviewView:
        with self._ctx.unit() as s:
            return _view(s, session_id)

    # ------------------------------------------------------------------ the steps
    def issue(self, session_id: int) -> Result[ReviewView]:
        """Issue the record: the draft first (issue 0), then each revision (``REV1``…),
        with the fingerprint of the record as issued; the session's revision number follows."""
        with self._ctx.unit() as s:  # refuse early, before the record is assembled
            require_session(s, session_id)
            review = _review(s, session_id)
            review.check_issue()
            number = review.next_number
        fingerprint = self._fingerprint_of(session_id, number)
        with self._ctx.unit() as s:
            self._ctx.hold_writes(s)
            row = require_session(s, session_id)
            review = _review(s, session_id)
            review.check_issue()  # again: another window may have issued meanwhile
            if review.next_number != number:
                raise ValidationError(_("The record was issued from another window meanwhile."))
            row.revision = number
            self._add(
                s,
                session_id,
                ReviewEventKind.ISSUED,
                self._ctx.clock(),
                issue=number,
                fingerprint=fingerprint,
            )
            self._ctx.audit(
                s, "review.issued", session_id=session_id, entity="session", entity_id=session_id,
                issue=number, fingerprint=fingerprint,
            )  # fmt: skip
            view = _view(s, session_id)
        return Result(view, _changed(session_id, session=True))

    def receive(
        self,
        session_id: int,
        delegation: str,
        text: str,
        *,
        received_at: datetime,
        item_id: int | None = None,
        paragraph: str = "",
    ) -> Result[ReviewView]:
        """Record a delegation's correction: what it proposes, where, when it came in."""
        code = delegation_code(delegation, N_("the delegation"))
        proposed = typed(text, N_("the proposed text")).strip()
        where = bounded(paragraph, 200, N_("the paragraph"))
        at = require_utc(received_at)
        with self._ctx.unit() as s:
            self._ctx.hold_writes(s)
            require_session(s, session_id)
            if item_id is not None and require_item(s, item_id).session_id != session_id:
                raise ValidationError(_("That agenda item belongs to another session."))
            _review(s, session_id).check_correction(at, proposed, code)
            if at > self._ctx.clock() + timedelta(minutes=5):  # a clock set wrong, a typo
                raise ValidationError(
                    _(
                        "A correction cannot be received in the future ({when}); check the date."
                    ).format(when=at.isoformat(sep=" ", timespec="minutes"))
                )
            event = self._add(
                s, session_id, ReviewEventKind.CORRECTION, at,
                delegation=code, item_id=item_id, paragraph=where, text=proposed,
            )  # fmt: skip
            self._ctx.audit(
                s, "review.correction", session_id=session_id, entity="review_event",
                entity_id=event.id, delegation=code, item_id=item_id, paragraph=where,
                text=proposed, received_at=at,
            )  # fmt: skip
            view = _view(s, session_id)
        return Result(view, _changed(session_id))

    def accept(self, correction_id: int, reason: str = "") -> Result[ReviewView]:
        return self._decide(correction_id, accepted=True, reason=reason)

    def decline(self, correction_id: int, reason: str) -> Result[ReviewView]:
        return self._decide(correction_id, accepted=False, reason=reason)

    def approve(
        self,
        session_id: int,
        *,
        approved_at: datetime,
        how: ApprovalKind | str,
        reference: str = "",
    ) -> Result[ReviewView]:
        """The record approved, at a later meeting or under silence, on that day: locked."""
        kind = enum_value(ApprovalKind, how, N_("a way of approving"))
        ref = bounded(reference, 100, N_("the reference"))
        at = require_utc(approved_at)
        with self._ctx.unit() as s:
            self._ctx.hold_writes(s)
            require_session(s, session_id)
            _review(s, session_id).check_approval(at)
            _refuse_running_silence(s, session_id)
            event = self._add(
                s, session_id, ReviewEventKind.APPROVED, at, how=kind.value, reference=ref
            )
            self._ctx.audit(
                s, "review.approved", session_id=session_id, entity="review_event",
                entity_id=event.id, how=kind.value, reference=ref, approved_at=at,
            )  # fmt: skip
            view = _view(s, session_id)
        return Result(view, _changed(session_id, session=True))

    def reopen(self, session_id: int, reason: str) -> Result[ReviewView]:
        """Open an approved record for a new revision, saying why: it takes changes again,
        until that revision is issued and approved."""
        why = typed(reason, N_("the reason")).strip()
        with self._ctx.unit() as s:
            self._ctx.hold_writes(s)
            require_session(s, session_id)
            _review(s, session_id).check_reopen(why)
            event = self._add(s, session_id, ReviewEventKind.REOPENED, self._ctx.clock(), text=why)
            self._ctx.audit(
                s, "review.reopened", session_id=session_id, entity="review_event",
                entity_id=event.id, reason=why,
            )  # fmt: skip
            view = _view(s, session_id)
        return Result(view, _changed(session_id, session=True))

    # ------------------------------------------------------------------ plumbing
    def _decide(self, correction_id: int, *, accepted: bool, reason: str) -> Result[ReviewView]:
        why = typed(reason, N_("the reason")).strip()
        with self._ctx.unit() as s:
            self._ctx.hold_writes(s)
            row = s.get(ReviewEventRow, correction_id)
            if row is None or row.kind != ReviewEventKind.CORRECTION.value:
                raise ValidationError(
                    _("There is no correction number {id} in this database.").format(
                        id=correction_id
                    )
                )
            session_id = row.session_id
            require_session(s, session_id)
            _review(s, session_id).check_decision(correction_id, accepted, why)
            kind = ReviewEventKind.ACCEPTED if accepted else ReviewEventKind.DECLINED
            event = self._add(
                s, session_id, kind, self._ctx.clock(), refers_to=correction_id, text=why
            )
            self._ctx.audit(
                s, f"review.{kind.value}", session_id=session_id, entity="review_event",
                entity_id=event.id, correction=correction_id, delegation=row.delegation,
                reason=why,
            )  # fmt: skip
            view = _view(s, session_id)
        return Result(view, _changed(session_id))

    def _add(
        self, s: Session, session_id: int, kind: ReviewEventKind, at: datetime, **values: object
    ) -> ReviewEventRow:
        s.info[REVIEW_STEP] = True  # a review step is the one write a locked record takes
        row = ReviewEventRow(
            session_id=session_id, kind=kind.value, at=at, **values, **self._ctx.stamp()
        )
        s.add(row)
        s.flush()
        return row


def events_of(s: Session, session_id: int) -> list[ReviewEvent]:
    rows = s.scalars(
        select(ReviewEventRow)
        .where(ReviewEventRow.session_id == session_id)
        .order_by(ReviewEventRow.id)
    )
    return [_event(row) for row in rows]


def _event(row: ReviewEventRow) -> ReviewEvent:
    return ReviewEvent(
        id=row.id,
        kind=ReviewEventKind(row.kind),
        at=row.at,
        delegation=row.delegation,
        item_id=row.item_id,
        where=row.paragraph,
        text=row.text,
        refers_to=row.refers_to,
        issue=row.issue,
        fingerprint=row.fingerprint,
        how=ApprovalKind(row.how) if row.how else None,
        reference=row.reference,
    )


def _review(s: Session, session_id: int) -> Review:
    return review_of(events_of(s, session_id))


def _view(s: Session, session_id: int) -> ReviewView:
    row = require_session(s, session_id)
    numbers = {item.id: n for n, item in enumerate(repo.items(s, session_id), start=1)}
    return ReviewView(session_id, row.reference or "", _review(s, session_id), numbers)


def _changed(session_id: int, *, session: bool = False) -> ChangeSet:
    return ChangeSet(
        review=frozenset({session_id}),
        sessions=frozenset({session_id}) if session else frozenset(),
        session_list=session,
    )


def _refuse_running_silence(s: Session, session_id: int) -> None:
    """An approved record takes no change, and a running silence procedure will change it
    at its deadline: the record is approved once every procedure on it is settled."""
    for row in repo.open_procedures(s):
        if row.item.session_id == session_id:
            number = 1 + [i.id for i in repo.items(s, session_id)].index(row.item_id)
            raise ValidationError(
                _(
                    "A silence procedure is still running on item {number}; approve the record "
                    "once it is settled (or withdrawn)."
                ).format(number=number)
            )
