from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.outcomes import Outcome
from desktop.domain.silence import LetterStatus, SilenceState
from desktop.services import Actor, ValidationError, Workspace

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
    ws.attendance.add_participant(nac, "UKR", kind="partner")
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


def test_an_extension_after_a_break_then_the_break_withdrawn_adopts_at_the_new_deadline(
    ws: Workspace, procedure: int, clock
) -> None:
    ws.silence.record_letter(procedure, "FRA", DEADLINE_UTC - timedelta(hours=2))
    clock.moment = DEADLINE_UTC - timedelta(hours=1)
    view = ws.silence.extend(procedure, datetime(2024, 5, 7, 12, 0), reason="Capitals.").value
    assert view.state is SilenceState.BROKEN and view.breaking == ("FRA",)
    new_deadline = datetime(2024, 5, 7, 10, 0, tzinfo=UTC)
    assert view.deadline == new_deadline and ws.silence.next_deadline() == new_deadline
    clock.moment = DEADLINE_UTC + timedelta(hours=3)  # past the old deadline: nothing settles
    assert ws.silence.settle_due().value == []
    ws.silence.withdraw_break(procedure, 1, clock.moment, reference="FRA/DEL/18")
    clock.moment = new_deadline
    [notice] = ws.silence.settle_due().value
    assert notice.state is SilenceState.ADOPTED and notice.deadline == new_deadline
    outcome = ws.outcomes.state(notice.item_id).outcome
    assert outcome is not None and outcome.outcome is Outcome.AGREED_UNDER_SILENCE


def test_an_extension_after_a_break_settles_broken_at_the_new_deadline(
    ws: Workspace, procedure: int, clock
) -> None:
    ws.silence.record_letter(procedure, "FRA", DEADLINE_UTC - timedelta(seconds=1))
    ws.silence.extend(procedure, datetime(2024, 5, 7, 12, 0))
    clock.moment = datetime(2024, 5, 7, 10, 0, tzinfo=UTC)
    [notice] = ws.silence.settle_due().value
    assert (notice.state, notice.breaking) == (SilenceState.BROKEN, ("FRA",))


@pytest.mark.parametrize(
    ("fold", "instant"),
    [
        (0, datetime(2024, 10, 27, 0, 30, tzinfo=UTC)),  # the first 02:30: summer time
        (1, datetime(2024, 10, 27, 1, 30, tzinfo=UTC)),  # the second: winter time
    ],
)
def test_a_deadline_in_the_hour_that_happens_twice_says_which(
    ws: Workspace, item: int, clock, fold: int, instant: datetime
) -> None:
    clock.moment = datetime(2024, 10, 25, 8, 0, tzinfo=UTC)
    with pytest.raises(ValidationError, match="occurs twice") as raised:
        ws.silence.launch(item, datetime(2024, 10, 27, 2, 30))
    assert "summer time or winter time" in str(raised.value)
    assert ws.silence.procedures(item) == []
    procedure = ws.silence.launch(item, datetime(2024, 10, 27, 2, 30), fold=fold).value.id
    assert ws.silence.get(procedure).deadline == instant
    clock.moment = instant - timedelta(seconds=1)
    assert ws.silence.settle_due().value == []
    clock.moment = instant
    [notice] = ws.silence.settle_due().value
    assert notice.deadline == instant and notice.state is SilenceState.ADOPTED


def test_an_hour_that_does_not_exist_is_refused_for_an_extension_too(
    ws: Workspace, item: int, clock
) -> None:
    clock.moment = datetime(2025, 3, 25, 8, 0, tzinfo=UTC)
    procedure = ws.silence.launch(item, datetime(2025, 3, 28, 12, 0)).value.id
    with pytest.raises(ValidationError) as raised:
        ws.silence.extend(procedure, datetime(2025, 3, 30, 2, 30))
    assert str(raised.value) == (
        "30 March 2025 02:30 does not exist in Europe/Brussels: the clocks go forward that "
        "night. Choose a time an hour later or earlier."
    )
    assert ws.silence.get(procedure).extensions == ()


def test_settling_at_start_up_after_the_app_was_closed_across_the_deadline(
    tmp_path: Path, clock
) -> None:
    path = tmp_path / "closed.sqlite"
    with Workspace.open(path, actor=Actor("tester", "ws-test"), clock=clock) as ws:
        session = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives",
            session_date=clock.moment.date(),
        ).value.id  # fmt: skip
        adopted = ws.agenda.add_item(session, "Statement").value.id
        broken = ws.agenda.add_item(session, "Tasking").value.id
        first = ws.silence.launch(adopted, DEADLINE_LOCAL).value.id
        second = ws.silence.launch(broken, DEADLINE_LOCAL + timedelta(hours=1)).value.id
        ws.silence.record_letter(second, "HUN", clock.moment + timedelta(hours=1))
    clock.moment = DEADLINE_UTC + timedelta(days=3)  # the app was closed over the weekend
    with Workspace.open(path, clock=clock) as ws:
        assert [v.id for v in ws.silence.running()] == [first, second]
        assert all(v.due for v in ws.silence.running())
        notices = ws.silence.settle_due().value
        assert [(n.procedure_id, n.state, n.breaking) for n in notices] == [
            (first, SilenceState.ADOPTED, ()),
            (second, SilenceState.BROKEN, ("HUN",)),
        ]
        assert [n.deadline for n in notices] == [DEADLINE_UTC, DEADLINE_UTC + timedelta(hours=1)]
        states = {i: ws.outcomes.state(i).outcome for i in (adopted, broken)}
        assert {i: o.outcome if o else None for i, o in states.items()} == {
            adopted: Outcome.AGREED_UNDER_SILENCE,
            broken: Outcome.NO_CONSENSUS,
        }
        assert ws.silence.running() == [] and ws.silence.next_deadline() is None


def test_the_sessions_list_counts_running_and_broken_procedures(
    ws: Workspace, nac: int, item: int, procedure: int, clock
) -> None:
    [summary] = ws.sessions.list_sessions()
    assert (summary.silence_running, summary.silence_broken) == (1, 0)
    other = ws.agenda.add_item(nac, "Partnership tasking").value.id
    broken = ws.silence.launch(other, DEADLINE_LOCAL).value.id
    ws.silence.record_letter(broken, "FRA", DEADLINE_UTC - timedelta(hours=1))
    [summary] = ws.sessions.list_sessions()
    assert (summary.silence_running, summary.silence_broken) == (2, 1)
    clock.moment = DEADLINE_UTC
    ws.silence.settle_due()
    [summary] = ws.sessions.list_sessions()
    assert (summary.silence_running, summary.silence_broken) == (0, 1)
    ws.silence.relaunch(broken, datetime(2024, 5, 13, 12, 0), text_reference="REV1")
    [summary] = ws.sessions.list_sessions()  # the item's latest procedure counts
    assert (summary.silence_running, summary.silence_broken) == (1, 0)


def test_a_letter_received_in_the_hour_that_happens_twice_says_which(
    ws: Workspace, item: int, clock
) -> None:
    clock.moment = datetime(2026, 10, 22, 8, 0, tzinfo=UTC)
    procedure = ws.silence.launch(item, datetime(2026, 10, 26, 12, 0)).value.id
    with pytest.raises(ValidationError, match="occurs twice") as raised:
        ws.silence.record_letter(procedure, "FRA", datetime(2026, 10, 25, 2, 30))
    assert "summer time or winter time" in str(raised.value)
    assert ws.silence.get(procedure).letters == ()
    ws.silence.record_letter(procedure, "FRA", datetime(2026, 10, 25, 2, 30), fold=1)
    [letter] = ws.silence.get(procedure).letters
    assert letter.received_at == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET
    with pytest.raises(ValidationError, match="occurs twice"):
        ws.silence.withdraw_break(procedure, letter.seq, datetime(2026, 10, 25, 2, 45))
    ws.silence.withdraw_break(procedure, letter.seq, datetime(2026, 10, 25, 2, 45), fold=1)
    view = ws.silence.get(procedure)
    assert view.state is SilenceState.UNDER_SILENCE
    assert view.letters[0].status is LetterStatus.BREAK_WITHDRAWN


def test_a_letter_received_at_a_time_that_does_not_exist_is_refused(
    ws: Workspace, item: int, clock
) -> None:
    clock.moment = datetime(2026, 3, 25, 8, 0, tzinfo=UTC)
    procedure = ws.silence.launch(item, datetime(2026, 3, 30, 12, 0)).value.id
    for fold in (None, 0, 1):
        with pytest.raises(ValidationError) as raised:
            ws.silence.record_letter(procedure, "FRA", datetime(2026, 3, 29, 2, 30), fold=fold)
        assert str(raised.value) == (
            "29 March 2026 02:30 does not exist in Europe/Brussels: the clocks go forward that "
            "night. Choose a time an hour later or earlier."
        )
    assert ws.silence.get(procedure).letters == ()
