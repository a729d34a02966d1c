"""Two instances on one file: an edit made from a value the other instance has changed since
is refused with a sentence, and what the other stored stays."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import db.engine
from desktop.domain.positions import Position
from desktop.services import Actor, DatabaseError, Workspace
from desktop.services.conflicts import ConflictError
from tests.unit.services.conftest import FakeClock


@pytest.fixture
def other(ws: Workspace, clock: FakeClock) -> Iterator[Workspace]:
    second = Workspace.open(ws.location, actor=Actor("other", "ws-other"), clock=clock)
    yield second
    second.close()


def test_a_session_field_changed_elsewhere_is_not_overwritten(
    ws: Workspace, other: Workspace, nac: int
) -> None:
    other.sessions.update(nac, expected={"place": ""}, place="Brussels")

    with pytest.raises(ConflictError) as refused:
        ws.sessions.update(nac, expected={"place": ""}, place="Mons")

    assert str(refused.value) == (
        'The session\'s place was changed at another window meanwhile (now: "Brussels"); '
        "your change was not saved. The form shows the current value."
    )
    assert ws.sessions.get(nac).place == "Brussels"


def test_an_edit_from_the_stored_value_or_to_the_same_value_goes_through(
    ws: Workspace, other: Workspace, nac: int
) -> None:
    other.sessions.update(nac, expected={"place": ""}, place="Brussels")
    ws.sessions.update(nac, expected={"place": ""}, place="Brussels")  # nothing overwritten
    ws.sessions.update(nac, expected={"place": "Brussels"}, place="Mons")
    ws.sessions.update(nac, expected={"chair": ""}, chair="Mark Rutte")  # another field
    detail = other.sessions.get(nac)
    assert (detail.place, detail.chair) == ("Mons", "Mark Rutte")


def test_an_undo_after_another_window_changed_the_field_is_refused(
    ws: Workspace, other: Workspace, nac: int
) -> None:
    ws.sessions.update(
        nac, expected={"level": "permanent_representatives"}, level="foreign_ministers"
    )
    other.sessions.update(nac, expected={"level": "foreign_ministers"}, level="defence_ministers")

    with pytest.raises(ConflictError, match=r"level .* \(now: Defence Ministers\)"):
        ws.sessions.update(
            nac, expected={"level": "foreign_ministers"}, level="permanent_representatives"
        )
    assert ws.sessions.get(nac).level == "defence_ministers"


def test_an_agenda_item_edit_is_refused_when_changed_elsewhere(
    ws: Workspace, other: Workspace, item: int
) -> None:
    title = ws.sessions.get(ws.sessions.list_sessions()[0].id).items[0].title
    other.agenda.update_item(item, expected={"title": title}, title="Revised title")

    with pytest.raises(ConflictError, match=r"agenda item's title .*Revised title"):
        ws.agenda.update_item(item, expected={"title": title}, title="My title")
    assert other.sessions.get(ws.sessions.list_sessions()[0].id).items[0].title == "Revised title"


def test_a_head_of_delegation_set_elsewhere_is_not_overwritten(
    ws: Workspace, other: Workspace, nac: int
) -> None:
    other.attendance.set_attendance(
        nac, "FRA", head_of_delegation="Hélène Marchand", expected={"head_of_delegation": ""}
    )
    with pytest.raises(ConflictError, match="FRA's head of delegation"):
        ws.attendance.set_attendance(
            nac, "FRA", head_of_delegation="Someone else", expected={"head_of_delegation": ""}
        )
    (fra,) = [d for d in ws.sessions.get(nac).delegations if d.code == "FRA"]
    assert fra.head_of_delegation == "Hélène Marchand"


def test_marking_absent_at_both_windows_is_no_conflict(
    ws: Workspace, other: Workspace, nac: int
) -> None:
    other.attendance.set_attendance(nac, "FRA", present=False, expected={"present": True})
    ws.attendance.set_attendance(nac, "FRA", present=False, expected={"present": True})
    (fra,) = [d for d in ws.sessions.get(nac).delegations if d.code == "FRA"]
    assert not fra.present


def test_an_action_item_edited_elsewhere_is_not_overwritten(
    ws: Workspace, other: Workspace, item: int
) -> None:
    action = ws.actions.add(item, owner_kind="international_staff", description="Draft").value
    other.actions.update(action.id, description="Draft a text", expected={"description": "Draft"})
    with pytest.raises(ConflictError, match="action item's description"):
        ws.actions.update(action.id, description="Draft it", expected={"description": "Draft"})
    other.actions.update(action.id, due_date=None, clear_due_date=True, expected={"due_date": None})
    assert ws.actions.for_session(other.sessions.list_sessions()[0].id)[0].description == (
        "Draft a text"
    )


def test_a_statement_written_over_a_position_changed_elsewhere_is_refused(
    ws: Workspace, other: Workspace, item: int
) -> None:
    ws.positions.log(item, "FRA", "agree")
    other.positions.log(item, "FRA", "objection")  # what France says now, logged elsewhere
    seen = {"position": Position.AGREE, "text": "", "paragraphs": ()}

    with pytest.raises(ConflictError) as refused:
        ws.positions.restore(item, "FRA", Position.AGREE, text="We agree.", expected=seen)

    assert "FRA's position on this item was changed at another window meanwhile" in str(
        refused.value
    )
    assert "(now: objection)" in str(refused.value)
    assert [e.position for e in ws.positions.history(item, "FRA")] == [
        Position.AGREE,
        Position.OBJECTION,
    ]  # nothing recorded by the refused edit


def test_a_statement_from_the_standing_position_is_saved(
    ws: Workspace, other: Workspace, item: int
) -> None:
    other.positions.log(item, "FRA", "agree_with_statement")
    seen = {"position": Position.AGREE_WITH_STATEMENT, "text": "", "paragraphs": ()}
    ws.positions.restore(
        item, "FRA", Position.AGREE_WITH_STATEMENT, text="We agree.", expected=seen
    )
    current = other.positions.current(item, "FRA")
    assert current is not None and current.text == "We agree."


def test_the_comparison_holds_the_write_lock_until_the_edit_is_stored(
    ws: Workspace, clock: FakeClock, nac: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the check and the write no other instance can make a checked edit (on a
    SQLite file, nothing at all can be stored meanwhile)."""
    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_SECONDS", 0.2)
    with Workspace.open(ws.location, actor=Actor("other", "x"), clock=clock) as impatient:
        with ws._ctx.unit() as s:  # the lock itself is under test
            ws._ctx.hold_writes(s)
            with pytest.raises(DatabaseError, match="busy"):
                impatient.sessions.update(nac, expected={"place": ""}, place="Mons")
        impatient.sessions.update(nac, expected={"place": ""}, place="Mons")  # free again
    assert ws.sessions.get(nac).place == "Mons"
