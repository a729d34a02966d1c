from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.outcomes import Outcome
from desktop.domain.silence import LetterStatus, SilenceState
from desktop.services import ValidationError, Workspace

# Thursday 2 May 2024, Brussels is on summer time (UTC+2).
DEADLINE_LOCAL = datetime(2024, 5, 6, 12, 0)  # Monday noon, Brussels
DEADLINE_UTC = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)


@pytest.fixture
def procedure(ws: Workspace, item: int) -> int:
    return ws.silence.launch(
        item, DEADLINE_LOCAL, text_reference="PO(2024)0101", title="Draft decision"
    ).value.id


def test_the_deadline_is_entered_in_brussels_time_and_stored_in_utc(
    ws: Workspace, procedure: int
) -> None:
    view = ws.silence.get(procedure)
    assert view.deadline == DEADLINE_UTC
    assert view.state is SilenceState.UNDER_SILENCE
    assert ws.outcomes.state(view.item_id).outcome.outcome is Outcome.UNDER_SILENCE  # type: ignore[union-attr]


def test_a_break_one_second_before_breaks_and_one_after_is_late(
    ws: Workspace, procedure: int
) -> None:
    ws.silence.record_letter(procedure, "FRA", DEADLINE_UTC - timedelta(seconds=1))
    ws.silence.record_letter(procedure, "BEL", DEADLINE_UTC + timedelta(seconds=1))
    view = ws.silence.get(procedure)
    assert [x.status for x in view.letters] == [LetterStatus.BREAKS, LetterStatus.LATE]
    assert view.breaking == ("FRA",)


def test_settling_adopts_when_no_break_stands(ws: Workspace, procedure: int, clock) -> None:
    ws.silence.record_letter(procedure, "FRA", DEADLINE_UTC - timedelta(hours=3))
    ws.silence.withdraw_break(procedure, 1, DEADLINE_UTC - timedelta(hours=1))
    clock.moment = DEADLINE_UTC - timedelta(seconds=1)
    assert ws.silence.settle_due().value == []
    clock.moment = DEADLINE_UTC
    notices = ws.silence.settle_due().value
    assert [(n.procedure_id, n.state) for n in notices] == [(procedure, SilenceState.ADOPTED)]
    assert ws.silence.settle_due().value == []  # exactly once
    view = ws.silence.get(procedure)
    assert view.settled and view.state is SilenceState.ADOPTED
    outcome = ws.outcomes.state(view.item_id).outcome
    assert outcome is not None and outcome.outcome is Outcome.AGREED_UNDER_SILENCE


def test_a_standing_break_settles_as_broken_and_returns_the_item(
    ws: Workspace, procedure: int, clock
) -> None:
    for code, hours in (("FRA", 5), ("BEL", 4), ("DEU", 2)):
        ws.silence.record_letter(procedure, code, DEADLINE_UTC - timedelta(hours=hours))
    clock.moment = DEADLINE_UTC + timedelta(days=2)  # the app was closed at the deadline
    [notice] = ws.silence.settle_due().value
    assert notice.state is SilenceState.BROKEN
    assert notice.breaking == ("FRA", "BEL", "DEU")
    assert notice.deadline == DEADLINE_UTC
    outcome = ws.outcomes.state(notice.item_id).outcome
    assert outcome is not None and outcome.outcome is Outcome.NO_CONSENSUS
    assert ws.silence.get(procedure).breaking == ("FRA", "BEL", "DEU")


def test_a_letter_after_settlement_is_kept_and_flagged_late(
    ws: Workspace, procedure: int, clock
) -> None:
    clock.moment = DEADLINE_UTC + timedelta(minutes=5)
    ws.silence.settle_due()
    ws.silence.record_letter(procedure, "ITA", clock.moment, text="Too late.")
    view = ws.silence.get(procedure)
    assert view.state is SilenceState.ADOPTED
    assert [(x.delegation, x.status, x.text) for x in view.letters] == [
        ("ITA", LetterStatus.LATE, "Too late.")
    ]


def test_a_partners_break_is_recorded_and_does_not_break(
    ws: Workspace, nac: int, procedure: int
) -> None:
    ws.sessions.add_participant(nac, "UKR", kind="partner")
    ws.silence.record_letter(procedure, "UKR", DEADLINE_UTC - timedelta(hours=1))
    view = ws.silence.get(procedure)
    assert view.letters[0].status is LetterStatus.NO_DECISION_RIGHTS
    assert view.state is SilenceState.UNDER_SILENCE


def test_extension_moves_the_deadline_and_only_while_open(
    ws: Workspace, procedure: int, clock
) -> None:
    ws.silence.extend(procedure, datetime(2024, 5, 8, 12, 0), reason="Two delegations asked.")
    view = ws.silence.get(procedure)
    assert view.deadline == datetime(2024, 5, 8, 10, 0, tzinfo=UTC)
    assert view.extensions[0].reason == "Two delegations asked."
    with pytest.raises(ValidationError, match="must move the deadline later"):
        ws.silence.extend(procedure, datetime(2024, 5, 7, 12, 0))
    clock.moment = datetime(2024, 5, 9, tzinfo=UTC)
    ws.silence.settle_due()
    with pytest.raises(ValidationError, match="already settled"):
        ws.silence.extend(procedure, datetime(2024, 5, 20, 12, 0))
    assert len(ws.silence.get(procedure).extensions) == 1


def test_only_one_procedure_runs_on_an_item(ws: Workspace, item: int, procedure: int) -> None:
    with pytest.raises(ValidationError, match="already under silence"):
        ws.silence.launch(item, datetime(2024, 5, 10, 12, 0))


def test_relaunch_withdraws_the_old_and_links_the_new(
    ws: Workspace, item: int, procedure: int
) -> None:
    new = ws.silence.relaunch(
        procedure, datetime(2024, 5, 13, 12, 0), text_reference="PO(2024)0101-REV1"
    ).value
    assert new.supersedes_id == procedure
    old = ws.silence.get(procedure)
    assert old.state is SilenceState.WITHDRAWN and old.withdrawal_reason == "relaunched"
    assert [p.id for p in ws.silence.procedures(item)] == [procedure, new.id]
    assert [v.id for v in ws.silence.running()] == [new.id]


def test_an_adopted_text_cannot_be_relaunched(ws: Workspace, procedure: int, clock) -> None:
    clock.moment = DEADLINE_UTC
    ws.silence.settle_due()
    with pytest.raises(ValidationError, match="adopted under silence"):
        ws.silence.relaunch(procedure, datetime(2024, 5, 13, 12, 0), text_reference="X")


def test_withdrawal_defers_the_item(ws: Workspace, procedure: int) -> None:
    view = ws.silence.withdraw(procedure, reason="Text overtaken by events.").value
    assert view.state is SilenceState.WITHDRAWN
    outcome = ws.outcomes.state(view.item_id).outcome
    assert outcome is not None and outcome.outcome is Outcome.DEFERRED
    assert ws.silence.running() == []


def test_a_deadline_across_the_end_of_summer_time(ws: Workspace, item: int, clock) -> None:
    clock.moment = datetime(2024, 10, 25, 8, 0, tzinfo=UTC)  # Friday, CEST
    view = ws.silence.launch(item, datetime(2024, 10, 28, 12, 0)).value  # Monday, CET
    assert view.deadline == datetime(2024, 10, 28, 11, 0, tzinfo=UTC)
    assert ws.silence.next_deadline() == view.deadline


def test_a_time_that_does_not_exist_in_brussels_is_refused(ws: Workspace, item: int, clock) -> None:
    clock.moment = datetime(2024, 3, 25, 8, 0, tzinfo=UTC)
    with pytest.raises(ValidationError, match="does not exist"):
        ws.silence.launch(item, datetime(2025, 3, 30, 2, 30))
    assert ws.silence.procedures(item) == []


def test_the_grid_flags_standing_breaks(ws: Workspace, nac: int, item: int, procedure: int) -> None:
    ws.silence.record_letter(procedure, "FRA", DEADLINE_UTC - timedelta(hours=1))
    assert ws.positions.grid(nac).silence_breaks == {(item, "FRA")}


def test_a_letter_from_a_delegation_not_at_the_table_is_refused(
    ws: Workspace, procedure: int
) -> None:
    with pytest.raises(ValidationError, match="XYZ is not at the table"):
        ws.silence.record_letter(procedure, "XYZ", DEADLINE_UTC - timedelta(hours=1))
    assert ws.silence.get(procedure).letters == ()
