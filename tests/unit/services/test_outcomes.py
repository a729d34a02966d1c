from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.actions import ActionStatus
from desktop.domain.outcomes import Discrepancy, Outcome
from desktop.services import ValidationError, Workspace


def test_a_declaration_that_contradicts_the_record_is_stored_with_a_warning(
    ws: Workspace, item: int
) -> None:
    ws.positions.all_agree_except(item, ["TUR"])
    ws.positions.log(item, "TUR", "objection")
    assert [w.kind for w in ws.outcomes.check(item, "agreed")] == [Discrepancy.OBJECTION_STANDS]
    declared = ws.outcomes.declare(item, Outcome.AGREED).value
    assert declared.outcome is Outcome.AGREED
    assert declared.warnings[0].delegations == ("TUR",)
    assert "An objection stands (TUR)." in declared.warnings[0].message


def test_the_warning_follows_the_record(ws: Workspace, item: int) -> None:
    ws.positions.all_agree_except(item, ["TUR"])
    ws.positions.log(item, "TUR", "objection")
    ws.outcomes.declare(item, "agreed")
    ws.positions.log(item, "TUR", "agree")
    state = ws.outcomes.state(item)
    assert state.outcome is not None and state.outcome.warnings == ()


def test_a_new_declaration_supersedes_and_keeps_the_old(ws: Workspace, item: int) -> None:
    ws.outcomes.declare(item, "deferred")
    ws.outcomes.declare(item, "noted", decision_text="The Council noted the report.")
    assert [o.outcome for o in ws.outcomes.history(item)] == [Outcome.DEFERRED, Outcome.NOTED]
    assert ws.outcomes.state(item).outcome.decision_text == "The Council noted the report."  # type: ignore[union-attr]


def test_remitted_needs_a_committee(ws: Workspace, item: int) -> None:
    with pytest.raises(ValidationError, match="which committee"):
        ws.outcomes.declare(item, "remitted")
    assert ws.outcomes.history(item) == []


def test_action_items_have_owner_due_date_and_status(ws: Workspace, nac: int, item: int) -> None:
    added = ws.actions.add(
        item,
        owner_kind="committee",
        owner="Defence Policy and Planning Committee",
        description="Report back.",
        due_date=date(2024, 6, 1),
    ).value
    ws.actions.update(added.id, status="in_progress")
    ws.actions.update(added.id, clear_due_date=True)
    [action] = ws.actions.for_session(nac)
    assert action.status is ActionStatus.IN_PROGRESS
    assert action.due_date is None
    assert action.owner == "Defence Policy and Planning Committee"
    with pytest.raises(ValidationError, match="Say what the action is"):
        ws.actions.add(item, owner_kind="delegation", description=" ")
