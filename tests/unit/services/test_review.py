"""The review cycle of a summary record, played as a secretariat plays it, on both engines:
the draft issued, three corrections from two delegations (one declined), REV1 with its
changes, approval under silence, an edit refused, a revision opened, REV2."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.review import ApprovalKind, CorrectionStatus, ReviewEventKind, Stage
from desktop.services import ValidationError, Workspace
from desktop.services.minutes import export_minutes
from tests.unit.services.conftest import FakeClock


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2024, 5, day, hour, 0, tzinfo=UTC)


def test_the_whole_cycle(ws: Workspace, nac: int, item: int, clock: FakeClock) -> None:
    ws.positions.log(item, "DEU", "agree_with_statement", text="Germany supports the plan.")
    draft = ws.review.issue(nac).value
    assert draft.review.stage is Stage.ISSUED and draft.review.current is not None
    assert draft.review.current.number == 0
    assert ws.sessions.get(nac).revision == 0
    assert draft.review.current.fingerprint == ws.minutes.assemble(nac).fingerprint
    clock.moment = at(7, 12)  # the corrections come in over the next days

    first = ws.review.receive(
        nac, "DEU", "Germany strongly supports the plan.",
        received_at=at(6), item_id=item, paragraph="statement of Germany",
    ).value.review.corrections[-1]  # fmt: skip
    second = ws.review.receive(nac, "FRA", "…", received_at=at(6, 11), paragraph="paragraph 1")
    third = ws.review.receive(nac, "DEU", "Add: the Council noted the report.", received_at=at(7))
    ids = [c.id for c in third.value.review.corrections]
    assert len(ids) == 3 and ids[0] == first.id

    with pytest.raises(ValidationError, match="Say why"):
        ws.review.decline(ids[1], "  ")
    ws.review.accept(first.id)  # the statement corrected through the ordinary service:
    ws.positions.log(
        item, "DEU", "agree_with_statement", text="Germany strongly supports the plan.",
        correction=True,
    )  # fmt: skip
    ws.review.decline(ids[1], "The text is what France said at the table.")
    ws.review.accept(ids[2], "Agreed with the chair.")
    del second

    rev1 = ws.review.issue(nac).value
    assert rev1.review.current is not None and rev1.review.current.suffix == "REV1"
    assert ws.sessions.get(nac).revision == 1
    assert {c.id for c in rev1.review.changes_in(1)} == {ids[0], ids[2]}
    declined = rev1.review.correction(ids[1])
    assert declined.status is CorrectionStatus.DECLINED and "France said" in declined.reason

    approved = ws.review.approve(
        nac, approved_at=at(20), how=ApprovalKind.SILENCE, reference="PO(2024)0123"
    ).value
    assert approved.review.locked and approved.review.approval is not None
    assert approved.review.approval.issue == 1

    with pytest.raises(ValidationError, match="approved on 2024-05-20"):
        ws.positions.log(item, "FRA", "objection", text="Too late.")
    with pytest.raises(ValidationError, match="open a revision"):
        ws.agenda.update_item(item, summary="Changed after approval.")
    assert ws.positions.current(item, "FRA") is None  # nothing was saved

    ws.review.reopen(nac, "A figure in the summary was wrong.")
    ws.agenda.update_item(item, summary="The corrected figure.")  # a change, now stated
    rev2 = ws.review.issue(nac).value
    assert rev2.review.current is not None and rev2.review.current.suffix == "REV2"
    assert ws.sessions.get(nac).revision == 2
    assert rev2.review.stage is Stage.ISSUED and not rev2.review.locked


def test_steps_out_of_order_are_refused_and_write_nothing(ws: Workspace, nac: int) -> None:
    with pytest.raises(ValidationError, match="not been issued"):
        ws.review.receive(nac, "DEU", "text", received_at=at(6))
    with pytest.raises(ValidationError, match="not been issued"):
        ws.review.approve(nac, approved_at=at(6), how="meeting")
    ws.review.issue(nac)
    with pytest.raises(ValidationError, match="nothing to reissue"):
        ws.review.issue(nac)
    with pytest.raises(ValidationError, match="approving"):
        ws.review.approve(nac, approved_at=at(6), how="by acclamation")
    with pytest.raises(ValidationError, match="Only an approved record"):
        ws.review.reopen(nac, "why not")
    assert len(ws.review.view(nac).review.events) == 1


def test_an_approved_record_still_reads(ws: Workspace, nac: int, item: int) -> None:
    ws.review.issue(nac)
    ws.review.approve(nac, approved_at=at(9), how="meeting", reference="C-R(2024)0021")
    assert ws.minutes.assemble(nac).items[0].title  # reading is never refused
    assert ws.sessions.get(nac).revision == 0


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_rev1_prints_its_changes_and_the_approved_record_says_so(
    ws: Workspace, nac: int, item: int, tmp_path: Path, clock: FakeClock
) -> None:
    ws.review.issue(nac)
    clock.moment = at(6, 12)
    kept = ws.review.receive(
        nac, "DEU", "Germany asked for a review in June.", received_at=at(6), item_id=item,
        paragraph="paragraph 2",
    ).value.review.corrections[-1]  # fmt: skip
    dropped = ws.review.receive(nac, "FRA", "La France a tout approuvé.", received_at=at(6))
    ws.review.accept(kept.id)
    ws.review.decline(dropped.value.review.corrections[-1].id, "Not what was said.")
    ws.review.issue(nac)

    english = _pdf_text(export_minutes(ws, nac, "en", tmp_path / "rev1.pdf"))
    assert "C-R(2024)0020-REV1" in english
    assert "Changes from the previous issue" in english
    assert "Germany asked for a review in June." in english and "Item 1, paragraph 2" in english
    assert "La France a tout approuvé" not in english  # declined: not a change
    french = _pdf_text(export_minutes(ws, nac, "fr", tmp_path / "rev1-fr.pdf"))
    assert "Modifications par rapport à la version précédente" in french

    before = ws.minutes.assemble(nac).fingerprint
    ws.review.approve(nac, approved_at=at(20), how="silence", reference="PO(2024)0123")
    assert ws.minutes.assemble(nac).fingerprint == before  # approval is not another record
    approved = _pdf_text(export_minutes(ws, nac, "en", tmp_path / "approved.pdf"))
    assert "Approved on 20 May 2024 under silence procedure (PO(2024)0123)" in approved


def test_a_correction_from_the_future_is_refused(ws: Workspace, nac: int) -> None:
    ws.review.issue(nac)  # the clock stands at 2024-05-02 08:00
    with pytest.raises(ValidationError, match="in the future"):
        ws.review.receive(nac, "DEU", "text", received_at=at(9))


def test_a_record_with_a_silence_running_is_not_approved(
    ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    """The deadline would change an approved record: approval waits for the settlement."""
    ws.silence.launch(item, at(3))
    ws.review.issue(nac)
    with pytest.raises(ValidationError, match="silence procedure is still running on item 1"):
        ws.review.approve(nac, approved_at=at(2, 12), how="meeting")
    clock.moment = at(4)
    ws.silence.settle_due()
    ws.review.approve(nac, approved_at=at(4), how="meeting")
    assert ws.review.view(nac).review.locked


def test_a_locked_record_does_not_stop_other_sessions_settling(
    ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    """A locked record with a procedure still open (as an older file may hold): settling
    passes it by, and settles the other sessions' procedures."""
    other = ws.sessions.create(
        body_kind="NAC", level="permanent_representatives", session_date=at(2).date(),
        reference="C-R(2024)0021",
    ).value.id  # fmt: skip
    elsewhere = ws.agenda.add_item(other, "Another decision").value.id
    ws.silence.launch(item, at(3))
    ws.silence.launch(elsewhere, at(3))
    ws.review.issue(nac)
    with ws._ctx.unit() as s:  # an approval made before the rule, as an old file holds it
        from desktop.services.record_lock import REVIEW_STEP
        from desktop.services.review import ReviewService

        s.info[REVIEW_STEP] = True
        ReviewService._add(ws.review, s, nac, ReviewEventKind.APPROVED, at(2, 12), how="meeting")
    clock.moment = at(4)
    settled = ws.silence.settle_due().value
    assert [n.item_id for n in settled] == [elsewhere]
    assert ws.outcomes.state(elsewhere).outcome is not None
