from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from db.models import AuditRow
from desktop.domain.actions import ActionStatus
from desktop.domain.outcomes import Discrepancy, Outcome
from desktop.domain.standing import long_text
from desktop.services import ChangeSet, NotFoundError, ValidationError, Workspace
from tests.unit.services.conftest import FakeClock


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


# ---------------------------------------------------------------------- withdrawing (undo)
def _audit(ws: Workspace) -> list[tuple[str, dict[str, object]]]:
    with ws._ctx.db.transaction() as s:  # the audit trail is a database fact
        rows = s.scalars(select(AuditRow).order_by(AuditRow.id)).all()
        return [(row.action, json.loads(row.details)) for row in rows]


def test_a_withdrawn_declaration_leaves_no_outcome_and_stays_in_the_history(
    ws: Workspace, item: int, clock: FakeClock
) -> None:
    ws.outcomes.declare(item, "remitted", remitted_to="Military Committee", decision_text="To MC.")
    clock.advance(minutes=1)

    result = ws.outcomes.withdraw(item)

    assert result.value is None  # what stands now
    assert result.changes == ChangeSet(outcomes=frozenset({item}))
    assert ws.outcomes.state(item).outcome is None
    history = ws.outcomes.history(item)
    assert [(o.outcome, o.withdrawn) for o in history] == [
        (Outcome.REMITTED, False),
        (Outcome.REMITTED, True),
    ]
    withdrawal = history[-1]
    assert (withdrawal.remitted_to, withdrawal.decision_text) == ("Military Committee", "To MC.")
    assert withdrawal.declared_at == clock() and withdrawal.operator == "tester"
    action, details = _audit(ws)[-1]
    assert action == "outcome.withdrawn"
    assert details["item_id"] == item and details["outcome"] == "remitted"


def test_a_declaration_after_a_withdrawal_stands(ws: Workspace, item: int) -> None:
    ws.outcomes.declare(item, "agreed")
    ws.outcomes.withdraw(item)
    ws.outcomes.declare(item, "noted")
    state = ws.outcomes.state(item)
    assert state.outcome is not None and state.outcome.outcome is Outcome.NOTED
    assert not state.outcome.withdrawn


def test_withdrawing_the_latest_of_several_leaves_none_standing(ws: Workspace, item: int) -> None:
    """A withdrawal does not bring back the declaration before: to do so, declare it again."""
    ws.outcomes.declare(item, "deferred")
    ws.outcomes.declare(item, "agreed")
    ws.outcomes.withdraw(item)
    assert ws.outcomes.state(item).outcome is None
    assert [o.outcome for o in ws.outcomes.history(item)][-1] is Outcome.AGREED


def test_nothing_to_withdraw_is_refused_with_a_sentence(ws: Workspace, item: int) -> None:
    with pytest.raises(ValidationError) as caught:
        ws.outcomes.withdraw(item)
    assert str(caught.value) == "No outcome has been declared on this item."
    ws.outcomes.declare(item, "agreed")
    ws.outcomes.withdraw(item)
    with pytest.raises(ValidationError, match=r"No outcome has been declared on this item\."):
        ws.outcomes.withdraw(item)
    assert len(ws.outcomes.history(item)) == 2


# ---------------------------------------------------------------------- action items: removing
def _add(ws: Workspace, item: int, description: str) -> int:
    return ws.actions.add(
        item, owner_kind="committee", owner="MC", description=description
    ).value.id


def test_a_removed_action_item_leaves_the_list_and_comes_back_as_it_was(
    ws: Workspace, nac: int, item: int
) -> None:
    first, second, third = (_add(ws, item, d) for d in ("First.", "Second.", "Third."))
    ws.actions.update(second, status="in_progress", due_date=date(2024, 6, 1))
    before = ws.actions.for_session(nac)

    removed = ws.actions.remove(second)

    assert removed.value is None
    assert removed.changes == ChangeSet(actions=frozenset({item}))
    assert [a.description for a in ws.actions.for_session(nac)] == ["First.", "Third."]

    restored = ws.actions.restore(second)

    assert restored.changes == ChangeSet(actions=frozenset({item}))
    assert restored.value == before[1]
    assert ws.actions.for_session(nac) == before  # in its place, with its status and date
    actions = [action for action, _ in _audit(ws) if action.startswith("action.")]
    assert actions[-2:] == ["action.removed", "action.restored"]
    assert first and third


def test_a_removed_action_item_cannot_be_changed_or_removed_again(
    ws: Workspace, nac: int, item: int
) -> None:
    action = _add(ws, item, "Report back.")
    with pytest.raises(ValidationError, match="on the record; there is nothing to restore"):
        ws.actions.restore(action)
    ws.actions.remove(action)
    with pytest.raises(NotFoundError, match="was removed; restore it first"):
        ws.actions.update(action, status="done")
    with pytest.raises(NotFoundError, match="was removed; restore it first"):
        ws.actions.remove(action)
    with pytest.raises(NotFoundError, match="does not exist in this database"):
        ws.actions.restore(action + 99)
    assert ws.actions.for_session(nac) == []


def test_an_action_item_of_a_removed_agenda_item_waits_for_its_item(
    ws: Workspace, nac: int, item: int
) -> None:
    action = _add(ws, item, "Report back.")
    ws.actions.remove(action)
    ws.agenda.remove_item(item)
    with pytest.raises(NotFoundError, match="taken off the agenda"):
        ws.actions.restore(action)
    ws.agenda.restore_item(item)
    ws.actions.restore(action)
    assert [a.description for a in ws.actions.for_session(nac)] == ["Report back."]


def test_a_remitted_items_state_names_the_committee_in_each_language(
    ws: Workspace, item: int
) -> None:
    """The state the interface shows says the committee in its own language."""
    ws.outcomes.declare(
        item, "remitted", remitted_to="Political and Partnerships Committee",
        remitted_to_fr="Comité politique et des partenariats",
    )  # fmt: skip
    standing = ws.outcomes.state(item).standing
    assert "Comité politique et des partenariats" in long_text(standing, "fr")
    assert "Political and Partnerships Committee" in long_text(standing, "en")
