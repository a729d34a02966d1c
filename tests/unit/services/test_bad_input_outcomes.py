"""Bad input to the chair's declarations and the action items: the texts are trimmed, a
committee or an owner holds 200 characters, a due date is any date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.outcomes import Outcome
from desktop.services import ServiceError, Workspace
from tests.unit.services.bad_input import (
    DAYS,
    FAST,
    LONG,
    LONG_LINE,
    NASTY_OR_HALF,
    attempt,
    exported,
    module_workspace,
    new_session,
    trimmed,
)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, int, int]]:
    for ws, _clock in module_workspace(tmp_path_factory, "outcomes"):
        yield (ws, *new_session(ws))


@FAST
@given(
    outcome=st.sampled_from([Outcome.AGREED, Outcome.REMITTED, Outcome.NOTED]),
    decision=NASTY_OR_HALF,
    committee=NASTY_OR_HALF,
)
@example(outcome=Outcome.AGREED, decision=LONG, committee="")
@example(outcome=Outcome.REMITTED, decision="", committee="  \t ")
@example(outcome=Outcome.REMITTED, decision="", committee=LONG_LINE)
def test_a_declaration_keeps_its_text_or_is_refused(
    shared: tuple[Workspace, int, int], outcome: Outcome, decision: str, committee: str
) -> None:
    ws, sid, item = shared
    want = (
        trimmed(decision),
        trimmed(committee, 200, required=outcome is Outcome.REMITTED),
    )
    done = attempt(
        ws,
        sid,
        lambda: ws.outcomes.declare(item, outcome, decision_text=decision, remitted_to=committee),
    )
    assert isinstance(done, ServiceError) is (None in want), done
    if None in want:
        return
    declared = ws.outcomes.state(item).outcome
    assert declared is not None
    assert (declared.outcome, declared.decision_text, declared.remitted_to) == (outcome, *want)
    stored = exported(ws, sid)["agenda"][0]["outcomes"][-1]
    assert (stored["decision_text"], stored["remitted_to"]) == want


@FAST
@given(owner=NASTY_OR_HALF, description=NASTY_OR_HALF, due=DAYS, new_description=NASTY_OR_HALF)
@example(owner=LONG_LINE, description="x", due=date(1, 1, 1), new_description="y")
@example(owner="", description=LONG, due=date(9999, 12, 31), new_description=" ")
def test_an_action_item_keeps_its_text_and_date_or_is_refused(
    shared: tuple[Workspace, int, int],
    owner: str,
    description: str,
    due: date,
    new_description: str,
) -> None:
    ws, sid, item = shared
    want = (trimmed(owner, 200), trimmed(description, required=True))
    done = attempt(
        ws,
        sid,
        lambda: ws.actions.add(
            item, owner_kind="delegation", owner=owner, description=description, due_date=due
        ),
    )
    assert isinstance(done, ServiceError) is (None in want), done
    if isinstance(done, ServiceError):
        return
    action = done.value.id

    def stored() -> tuple[str, str, date | None]:
        view = next(a for a in ws.actions.for_session(sid) if a.id == action)
        in_file = exported(ws, sid)["agenda"][0]["action_items"][-1]
        assert (in_file["owner"], in_file["description"]) == (view.owner, view.description)
        assert in_file["due_date"] == (view.due_date.isoformat() if view.due_date else None)
        return view.owner, view.description, view.due_date

    assert stored() == (*want, due)
    changed = attempt(ws, sid, lambda: ws.actions.update(action, description=new_description))
    new = trimmed(new_description, required=True)
    assert isinstance(changed, ServiceError) is (new is None), changed
    assert stored() == (want[0], want[1] if new is None else new, due)
