"""The review of a summary record: issued as a draft, corrected by delegations, reissued as
revisions (``REV1``, ``REV2``…), approved, and from then on locked.

Why a fold over events: every step is something that happened on a day and was said by
someone (the secretariat issued, Germany sent a correction, the Council approved under
silence); nothing is ever overwritten, so the record of the review is itself a record. The
stored rows are :class:`ReviewEvent` in the order written; :class:`Review` reads them into the
state a panel, the minutes and the command line show, and :meth:`Review.check` says whether a
next step fits that state, with a sentence when it does not.

The stages:

- **not issued**: the record is being written; nothing has gone to delegations.
- **issued** (the draft, issue 0, or ``REVn``): delegations may send corrections; each is
  accepted (the record is then changed through the ordinary services, audited as any edit)
  or declined with a reason. The next issue lists every correction accepted since the one
  before, on a page "Changes from the previous issue".
- **approved**: at a later meeting or under silence, on a date. The record is locked: no
  write reaches it until a new revision is opened, with the reason stated; that revision is
  issued and approved again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from desktop.domain.errors import DomainError
from desktop.domain.labels import Label
from desktop.i18n import _, ngettext


class ReviewError(DomainError):
    """A review step that does not fit where the review stands."""


class ReviewEventKind(StrEnum):
    ISSUED = "issued"  # an issue went out: ``issue`` (0 = the draft), ``fingerprint``
    CORRECTION = "correction"  # a delegation's correction was received
    ACCEPTED = "accepted"  # a correction (``refers_to``) was accepted
    DECLINED = "declined"  # …or declined, ``text`` the reason
    APPROVED = "approved"  # the record was approved: ``how``, ``reference``
    REOPENED = "reopened"  # after approval, a revision opened: ``text`` the reason


class ApprovalKind(StrEnum):
    MEETING = "meeting"  # at a later meeting (``reference``: that meeting's record)
    SILENCE = "silence"  # under silence procedure (``reference``: the procedure's text)

    @property
    def label(self) -> Label:
        return (
            Label("at a meeting", "en séance")
            if self is ApprovalKind.MEETING
            else Label("under silence procedure", "selon la procédure d'accord tacite")
        )


class Stage(StrEnum):
    NOT_ISSUED = "not_issued"
    ISSUED = "issued"
    APPROVED = "approved"
    REOPENED = "reopened"  # approved once, a new revision being prepared

    @property
    def label(self) -> Label:
        return _STAGES[self]


_STAGES = {
    Stage.NOT_ISSUED: Label("not issued", "non diffusé"),
    Stage.ISSUED: Label("issued for corrections", "diffusé pour corrections"),
    Stage.APPROVED: Label("approved", "approuvé"),
    Stage.REOPENED: Label("revision in preparation", "révision en préparation"),
}


class CorrectionStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"

    @property
    def label(self) -> Label:
        return {
            CorrectionStatus.PENDING: Label("pending", "en attente"),
            CorrectionStatus.ACCEPTED: Label("accepted", "acceptée"),
            CorrectionStatus.DECLINED: Label("declined", "refusée"),
        }[self]


@dataclass(frozen=True, slots=True)
class ReviewEvent:
    """One step of the review, as stored. ``at``: when it happened (the correction's
    receipt, the approval's day), in UTC; ``recorded_at`` is when it was written down."""

    id: int
    kind: ReviewEventKind
    at: datetime
    delegation: str = ""
    item_id: int | None = None
    where: str = ""  # which paragraph, in the delegation's words ("paragraph 3")
    text: str = ""  # the proposed text; a decision's or a reopening's reason
    refers_to: int | None = None  # the correction an acceptance or a refusal decides
    issue: int | None = None  # the issue's number, for ISSUED
    fingerprint: str = ""  # the record's fingerprint at that issue
    how: ApprovalKind | None = None
    reference: str = ""  # the meeting or procedure that approved


@dataclass(frozen=True, slots=True)
class Correction:
    """A delegation's correction and what became of it."""

    id: int
    delegation: str
    received_at: datetime
    item_id: int | None
    where: str
    text: str
    status: CorrectionStatus = CorrectionStatus.PENDING
    reason: str = ""
    decided_at: datetime | None = None
    decided_by_event: int | None = None
    in_issue: int | None = None  # the first issue that carries it (accepted ones)


@dataclass(frozen=True, slots=True)
class Issue:
    number: int  # 0: the draft; n: REVn
    at: datetime
    fingerprint: str

    @property
    def suffix(self) -> str:
        """``REV1`` for the first revision; "" for the draft."""
        return f"REV{self.number}" if self.number else ""


@dataclass(frozen=True, slots=True)
class Approval:
    at: datetime
    how: ApprovalKind
    reference: str
    issue: int  # the issue approved


@dataclass(frozen=True, slots=True)
class Review:
    """The review of one record, read from its events in the order written."""

    events: tuple[ReviewEvent, ...] = ()
    issues: tuple[Issue, ...] = field(init=False)
    corrections: tuple[Correction, ...] = field(init=False)
    approvals: tuple[Approval, ...] = field(init=False)
    stage: Stage = field(init=False)

    def __post_init__(self) -> None:
        issues: list[Issue] = []
        corrections: dict[int, Correction] = {}
        approvals: list[Approval] = []
        stage = Stage.NOT_ISSUED
        for event in self.events:
            if event.kind is ReviewEventKind.ISSUED:
                number = event.issue if event.issue is not None else len(issues)
                issues.append(Issue(number, event.at, event.fingerprint))
                for key, c in corrections.items():  # accepted since the last issue
                    if c.status is CorrectionStatus.ACCEPTED and c.in_issue is None:
                        corrections[key] = _replace(c, in_issue=number)
                stage = Stage.ISSUED
            elif event.kind is ReviewEventKind.CORRECTION:
                corrections[event.id] = Correction(
                    event.id, event.delegation, event.at, event.item_id, event.where, event.text
                )
            elif event.kind in (ReviewEventKind.ACCEPTED, ReviewEventKind.DECLINED):
                target = corrections.get(event.refers_to or -1)
                if target is not None:
                    corrections[target.id] = _replace(
                        target,
                        status=CorrectionStatus.ACCEPTED
                        if event.kind is ReviewEventKind.ACCEPTED
                        else CorrectionStatus.DECLINED,
                        reason=event.text,
                        decided_at=event.at,
                        decided_by_event=event.id,
                    )
            elif event.kind is ReviewEventKind.APPROVED:
                number = issues[-1].number if issues else 0
                approvals.append(
                    Approval(event.at, event.how or ApprovalKind.MEETING, event.reference, number)
                )
                stage = Stage.APPROVED
            elif event.kind is ReviewEventKind.REOPENED:
                stage = Stage.REOPENED
        object.__setattr__(self, "issues", tuple(issues))
        object.__setattr__(self, "corrections", tuple(corrections.values()))
        object.__setattr__(self, "approvals", tuple(approvals))
        object.__setattr__(self, "stage", stage)

    # ------------------------------------------------------------------ reading
    @property
    def locked(self) -> bool:
        """Approved, and no revision opened since: the record takes no change."""
        return self.stage is Stage.APPROVED

    @property
    def current(self) -> Issue | None:
        return self.issues[-1] if self.issues else None

    @property
    def next_number(self) -> int:
        return self.issues[-1].number + 1 if self.issues else 0

    @property
    def approval(self) -> Approval | None:
        return self.approvals[-1] if self.approvals else None

    def pending(self) -> tuple[Correction, ...]:
        return tuple(c for c in self.corrections if c.status is CorrectionStatus.PENDING)

    def accepted_not_issued(self) -> tuple[Correction, ...]:
        return tuple(
            c
            for c in self.corrections
            if c.status is CorrectionStatus.ACCEPTED and c.in_issue is None
        )

    def changes_in(self, number: int) -> tuple[Correction, ...]:
        """The corrections accepted since the issue before ``number``, which that issue is the
        first to carry: its page "Changes from the previous issue"."""
        return tuple(c for c in self.corrections if c.in_issue == number)

    def correction(self, event_id: int) -> Correction:
        for c in self.corrections:
            if c.id == event_id:
                return c
        raise ReviewError(
            _("There is no correction number {id} in this review.").format(id=event_id)
        )

    # ------------------------------------------------------------------ what may come next
    def check_issue(self) -> None:
        if self.locked:
            raise ReviewError(
                _("The record was approved; open a revision, saying why, before issuing it again.")
            )
        if self.issues and self.stage is Stage.ISSUED and not self.accepted_not_issued():
            raise ReviewError(
                _("No correction was accepted since the last issue; there is nothing to reissue.")
            )

    def check_correction(self, at: datetime, text: str, delegation: str) -> None:
        if not self.issues:
            raise ReviewError(
                _(
                    "The record has not been issued yet; issue the draft before recording "
                    "corrections."
                )
            )
        if self.locked:
            raise ReviewError(
                _(
                    "The record was approved; a correction now needs a revision, opened with its "
                    "reason."
                )
            )
        if not delegation.strip():
            raise ReviewError(_("Say which delegation sent the correction."))
        if not text.strip():
            raise ReviewError(_("Give the text the delegation proposes."))
        if at < self.issues[0].at:
            raise ReviewError(
                _("A correction cannot be received before the draft was issued ({day}).").format(
                    day=self.issues[0].at.date().isoformat()
                )
            )

    def check_decision(self, event_id: int, accepted: bool, reason: str) -> Correction:
        if self.locked:
            raise ReviewError(
                _("The record was approved; open a revision before deciding on a correction.")
            )
        correction = self.correction(event_id)
        if correction.status is CorrectionStatus.ACCEPTED:
            raise ReviewError(_("This correction was already accepted."))
        if correction.status is CorrectionStatus.DECLINED:
            raise ReviewError(_("This correction was already declined."))
        if not accepted and not reason.strip():
            raise ReviewError(_("Say why the correction is declined; the delegation will read it."))
        return correction

    def check_approval(self, at: datetime) -> None:
        if not self.issues:
            raise ReviewError(
                _("The record has not been issued; only an issued record is approved.")
            )
        if self.locked:
            raise ReviewError(_("The record is already approved."))
        if self.stage is Stage.REOPENED:
            raise ReviewError(_("A revision is being prepared; issue it before it is approved."))
        if self.pending():
            count = len(self.pending())
            raise ReviewError(
                ngettext(
                    "{count} correction is still pending; accept or decline it before the "
                    "record is approved.",
                    "{count} corrections are still pending; accept or decline each before the "
                    "record is approved.",
                    count,
                ).format(count=count)
            )
        if self.accepted_not_issued():
            raise ReviewError(
                _(
                    "Corrections were accepted since the last issue; issue the revision that "
                    "carries them before it is approved."
                )
            )
        if at < self.issues[-1].at:
            raise ReviewError(
                _("The record cannot be approved before its last issue ({day}).").format(
                    day=self.issues[-1].at.date().isoformat()
                )
            )

    def check_reopen(self, reason: str) -> None:
        if not self.locked:
            raise ReviewError(_("Only an approved record is reopened for a revision."))
        if not reason.strip():
            raise ReviewError(_("Say why the approved record needs a revision."))


@dataclass(frozen=True, slots=True)
class RecordChange:
    """An accepted correction as the minutes list it on "Changes from the previous issue"."""

    delegation: str
    item_number: int | None
    where: str
    text: str
    received_at: datetime


@dataclass(frozen=True, slots=True)
class ReviewNotes:
    """What the minutes print of the review: the changes the current issue is the first to
    carry, and the approval, when the record is approved. Not part of the record's
    fingerprint: approving a record does not make it another record."""

    changes: tuple[RecordChange, ...] = ()
    approval: Approval | None = None


def review_of(events: Iterable[ReviewEvent]) -> Review:
    return Review(tuple(events))


def _replace(correction: Correction, **changes: object) -> Correction:
    return replace(correction, **changes)  # type: ignore[arg-type]
