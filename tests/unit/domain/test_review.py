"""The review of a record as a fold over its events: issues, corrections, approval, lock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.domain.review import (
    ApprovalKind,
    CorrectionStatus,
    ReviewError,
    ReviewEvent,
    ReviewEventKind,
    Stage,
    review_of,
)

K = ReviewEventKind


def day(d: int, h: int = 10) -> datetime:
    return datetime(2026, 12, d, h, 0, tzinfo=UTC)


def cycle_to_rev1() -> list[ReviewEvent]:
    return [
        ReviewEvent(1, K.ISSUED, day(1), issue=0, fingerprint="a" * 64),
        ReviewEvent(2, K.CORRECTION, day(3), "DEU", 7, "paragraph 2", "…the Council noted…"),
        ReviewEvent(3, K.CORRECTION, day(3, 11), "FRA", 7, "paragraph 4", "…la France a…"),
        ReviewEvent(4, K.CORRECTION, day(4), "DEU", 8, "decision", "Agreed, as amended."),
        ReviewEvent(5, K.ACCEPTED, day(5), refers_to=2),
        ReviewEvent(6, K.DECLINED, day(5), refers_to=4, text="The decision was read out."),
        ReviewEvent(7, K.ACCEPTED, day(5), refers_to=3),
        ReviewEvent(8, K.ISSUED, day(6), issue=1, fingerprint="b" * 64),
    ]


def test_the_draft_then_rev1_carries_the_accepted_corrections_only() -> None:
    review = review_of(cycle_to_rev1())
    assert review.stage is Stage.ISSUED
    assert [i.suffix for i in review.issues] == ["", "REV1"]
    assert {c.id for c in review.changes_in(1)} == {2, 3}
    declined = review.correction(4)
    assert declined.status is CorrectionStatus.DECLINED
    assert declined.reason == "The decision was read out." and declined.in_issue is None
    assert not review.pending() and not review.accepted_not_issued()


def test_approval_locks_and_a_reopened_revision_is_rev2() -> None:
    events = [
        *cycle_to_rev1(),
        ReviewEvent(9, K.APPROVED, day(20), how=ApprovalKind.SILENCE, reference="PO(2026)0099"),
    ]
    review = review_of(events)
    assert review.locked and review.approval is not None
    assert review.approval.how is ApprovalKind.SILENCE and review.approval.issue == 1
    with pytest.raises(ReviewError, match="approved"):
        review.check_correction(day(21), "late", "GBR")
    with pytest.raises(ReviewError, match="open a revision"):
        review.check_issue()
    with pytest.raises(ReviewError, match="why"):
        review.check_reopen("  ")
    review.check_reopen("A figure in item 2 was wrong.")
    events.append(ReviewEvent(10, K.REOPENED, day(22), text="A figure in item 2 was wrong."))
    reopened = review_of(events)
    assert reopened.stage is Stage.REOPENED and not reopened.locked
    reopened.check_issue()  # a reopened record is reissued even without a correction
    assert reopened.next_number == 2
    with pytest.raises(ReviewError, match="issue it"):
        reopened.check_approval(day(23))


def test_steps_out_of_order_are_refused_with_a_sentence() -> None:
    empty = review_of([])
    assert empty.stage is Stage.NOT_ISSUED and empty.next_number == 0
    with pytest.raises(ReviewError, match="not been issued"):
        empty.check_correction(day(2), "text", "DEU")
    with pytest.raises(ReviewError, match="not been issued"):
        empty.check_approval(day(2))
    issued = review_of(cycle_to_rev1()[:4])
    with pytest.raises(ReviewError, match="before the draft"):
        issued.check_correction(day(1, 9), "text", "DEU")
    with pytest.raises(ReviewError, match="pending"):
        issued.check_approval(day(10))
    with pytest.raises(ReviewError, match="Say why"):
        issued.check_decision(4, accepted=False, reason="")
    with pytest.raises(ReviewError, match="nothing to reissue"):
        review_of(cycle_to_rev1()[:1]).check_issue()
    rev1 = review_of(cycle_to_rev1())
    with pytest.raises(ReviewError, match="already accepted"):
        rev1.check_decision(2, accepted=False, reason="changed my mind")
    with pytest.raises(ReviewError, match="no correction number 99"):
        rev1.correction(99)


def test_an_accepted_correction_must_be_issued_before_approval() -> None:
    events = [*cycle_to_rev1()[:3], ReviewEvent(4, K.ACCEPTED, day(5), refers_to=2)]
    events.append(ReviewEvent(5, K.DECLINED, day(5), refers_to=3, text="Not what was said."))
    review = review_of(events)
    with pytest.raises(ReviewError, match="issue the revision"):
        review.check_approval(day(9))
    review.check_issue()
    assert review.next_number == 1
