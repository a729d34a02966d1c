"""The speakers' list and the speaking clocks: order, moves, strikes, turns, refusals, and
nothing ever deleted."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from desktop.services import Workspace
from desktop.services.errors import NotFoundError, ValidationError
from tests.unit.services.conftest import FakeClock, count_rows


def waiting(ws: Workspace, item: int) -> list[str]:
    return [e.delegation for e in ws.speakers.state(item).waiting]


def rows(ws: Workspace, table: str) -> int:
    return count_rows(ws, table)


def audit_actions(ws: Workspace, session: int) -> list[str]:
    return [e.action for e in ws.audit.entries(session)]


# ---------------------------------------------------------------------- the list
def test_delegations_wait_in_the_order_they_asked(ws: Workspace, item: int) -> None:
    for code in ("FRA", "deu", " TUR "):
        result = ws.speakers.add(item, code)
    assert waiting(ws, item) == ["FRA", "DEU", "TUR"]
    assert result.changes.speakers == {item}
    state = result.value
    assert [e.seq for e in state.waiting] == [1, 2, 3]
    assert state.struck == () and state.interventions == () and state.speaking is None
    assert state.waiting[0].added_at.utcoffset() == timedelta(0)


def test_move_puts_an_entry_at_a_new_place(ws: Workspace, item: int) -> None:
    for code in ("FRA", "DEU", "TUR", "ITA"):
        ws.speakers.add(item, code)
    ita = ws.speakers.state(item).waiting[3].id

    assert [e.delegation for e in ws.speakers.move(ita, 0).value.waiting] == [
        "ITA", "FRA", "DEU", "TUR",
    ]  # fmt: skip
    ws.speakers.move(ita, 2)
    assert waiting(ws, item) == ["FRA", "DEU", "ITA", "TUR"]
    ws.speakers.move(ita, 99)  # past the end: last
    assert waiting(ws, item) == ["FRA", "DEU", "TUR", "ITA"]
    unchanged = ws.speakers.move(ita, 3)
    assert not unchanged.changes


def test_strike_removes_from_waiting_in_the_order_struck(
    ws: Workspace, item: int, clock: FakeClock
) -> None:
    for code in ("FRA", "DEU", "TUR"):
        ws.speakers.add(item, code)
    fra, deu, _tur = ws.speakers.state(item).waiting
    ws.speakers.strike(deu.id)
    clock.advance(seconds=1)
    state = ws.speakers.strike(fra.id).value
    assert [e.delegation for e in state.waiting] == ["TUR"]
    assert [e.delegation for e in state.struck] == ["DEU", "FRA"]
    assert all(e.struck_at is not None for e in state.struck)
    # A struck delegation may ask for the floor again.
    ws.speakers.add(item, "DEU")
    assert waiting(ws, item) == ["TUR", "DEU"]


def test_remove_withdraws_but_keeps_the_row(ws: Workspace, nac: int, item: int) -> None:
    ws.speakers.add(item, "FRA")
    fra = ws.speakers.add(item, "DEU").value.waiting[0]
    state = ws.speakers.remove(fra.id).value
    assert [e.delegation for e in state.waiting] == ["DEU"]
    assert state.struck == ()
    assert rows(ws, "speakers") == 2
    with pytest.raises(NotFoundError, match="FRA was withdrawn from the speakers' list"):
        ws.speakers.strike(fra.id)
    ws.speakers.add(item, "FRA")  # back at the end
    assert waiting(ws, item) == ["DEU", "FRA"]
    assert audit_actions(ws, nac).count("speaker.removed") == 1


# ---------------------------------------------------------------------- the clock
def test_start_and_stop_time_each_turn(ws: Workspace, item: int, clock: FakeClock) -> None:
    ws.speakers.add(item, "FRA")
    ws.speakers.start(item, "FRA")
    clock.advance(seconds=90)
    speaking = ws.speakers.state(item)
    assert speaking.speaking is not None and speaking.speaking.delegation == "FRA"
    assert speaking.waiting[0].spoken_seconds == 90  # counts while speaking

    clock.advance(seconds=40)
    state = ws.speakers.stop(item).value
    assert state.speaking is None
    [turn] = state.interventions
    assert turn.ended_at is not None and turn.ended_at - turn.started_at == timedelta(seconds=130)
    clock.advance(minutes=5)
    assert ws.speakers.state(item).waiting[0].spoken_seconds == 130  # stopped: no more


def test_starting_another_ends_the_running_turn(ws: Workspace, item: int, clock: FakeClock) -> None:
    ws.speakers.start(item, "FRA")
    clock.advance(seconds=30)
    state = ws.speakers.start(item, "DEU").value
    assert [(t.delegation, t.ended_at is None) for t in state.interventions] == [
        ("FRA", False),
        ("DEU", True),
    ]
    assert state.speaking is not None and state.speaking.delegation == "DEU"
    clock.advance(seconds=15)
    again = ws.speakers.start(item, "DEU")  # already speaking: nothing changes
    assert not again.changes and len(again.value.interventions) == 2


def test_spoken_seconds_sum_every_turn_of_the_delegation(
    ws: Workspace, item: int, clock: FakeClock
) -> None:
    ws.speakers.add(item, "FRA")
    ws.speakers.add(item, "DEU")
    for code, seconds in (("FRA", 60), ("DEU", 45), ("FRA", 70)):
        ws.speakers.start(item, code)
        clock.advance(seconds=seconds)
    ws.speakers.stop(item)
    spoken = {e.delegation: e.spoken_seconds for e in ws.speakers.state(item).waiting}
    assert spoken == {"FRA": 130, "DEU": 45}


def test_strike_ends_the_struck_delegations_turn(
    ws: Workspace, item: int, clock: FakeClock
) -> None:
    fra = ws.speakers.add(item, "FRA").value.waiting[0]
    ws.speakers.start(item, "FRA")
    clock.advance(seconds=20)
    state = ws.speakers.strike(fra.id).value
    assert state.speaking is None
    assert state.struck[0].spoken_seconds == 20


def test_stop_with_nobody_speaking_changes_nothing(ws: Workspace, nac: int, item: int) -> None:
    before = len(ws.audit.entries(nac))
    result = ws.speakers.stop(item)
    assert not result.changes and result.value.interventions == ()
    assert len(ws.audit.entries(nac)) == before


# ---------------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("XYZ", 'No delegation at the table has the code "XYZ"; type the code of one'),
        ("", "Type a delegation's code, e.g. FRA."),
        ("UKR", 'No delegation at the table has the code "UKR"'),
    ],
)
def test_add_refuses_who_does_not_take_part(
    ws: Workspace, item: int, code: str, sentence: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(sentence)):
        ws.speakers.add(item, code)
    assert ws.speakers.state(item).waiting == ()


def test_an_ally_not_at_the_table_is_named_as_such(ws: Workspace) -> None:
    npg = ws.sessions.create(
        body_kind="NPG", level="defence_ministers", session_date=date(2024, 6, 13)
    ).value.id
    item = ws.agenda.add_item(npg, "Nuclear posture").value.id
    with pytest.raises(
        ValidationError,
        match=re.escape("FRA is not at the table in this session; add it to the attendance first."),
    ):
        ws.speakers.start(item, "FRA")


def test_add_refuses_an_absent_delegation_and_a_second_place(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.attendance.set_attendance(nac, "ISL", present=False)
    with pytest.raises(ValidationError, match="ISL is marked absent from this meeting"):
        ws.speakers.add(item, "ISL")
    with pytest.raises(ValidationError, match="ISL is marked absent"):
        ws.speakers.start(item, "ISL")
    ws.speakers.add(item, "FRA")
    with pytest.raises(
        ValidationError, match=re.escape("FRA is already on the speakers' list of this item.")
    ):
        ws.speakers.add(item, "fra")
    assert waiting(ws, item) == ["FRA"]


def test_moving_or_striking_a_struck_entry_is_refused(ws: Workspace, item: int) -> None:
    fra = ws.speakers.add(item, "FRA").value.waiting[0]
    ws.speakers.strike(fra.id)
    with pytest.raises(ValidationError, match="already been struck off"):
        ws.speakers.move(fra.id, 0)
    with pytest.raises(ValidationError, match="FRA has already been struck off"):
        ws.speakers.strike(fra.id)
    with pytest.raises(NotFoundError, match="does not exist"):
        ws.speakers.strike(9999)


def test_an_item_taken_off_the_agenda_refuses_speakers(ws: Workspace, item: int) -> None:
    ws.agenda.remove_item(item)
    with pytest.raises(NotFoundError, match="taken off the agenda"):
        ws.speakers.add(item, "FRA")


# ---------------------------------------------------------------------- the record
def test_nothing_is_deleted_and_everything_is_audited(
    ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    first = ws.speakers.add(item, "FRA").value.waiting[0]
    second = ws.speakers.add(item, "DEU").value.waiting[1]
    ws.speakers.move(second.id, 0)
    ws.speakers.start(item, "DEU")
    clock.advance(seconds=30)
    ws.speakers.strike(second.id)
    ws.speakers.remove(first.id)
    assert rows(ws, "speakers") == 2 and rows(ws, "interventions") == 1
    trail = [
        e for e in ws.audit.entries(nac) if e.action.split(".")[0] in {"speaker", "intervention"}
    ]
    assert [e.action for e in trail] == [
        "speaker.added",
        "speaker.added",
        "speaker.moved",
        "intervention.started",
        "speaker.struck",
        "intervention.ended",
        "speaker.removed",
    ]
    assert (trail[2].what, trail[2].before, trail[2].after) == (
        "Germany on the speakers' list of item 1",
        "place 2",
        "place 1",
    )
    assert trail[5].after == "spoke for 30 s"


def test_another_window_sees_the_list_change(ws: Workspace, item: int) -> None:
    other = Workspace.open(ws.location)
    try:
        mark = other.watch.foreign_changes(None).mark
        ws.speakers.add(item, "FRA")
        seen = other.watch.foreign_changes(mark)
        assert seen.changes.speakers == {item}
    finally:
        other.close()


def test_not_for_display_is_an_item_field(ws: Workspace, nac: int, item: int) -> None:
    assert ws.sessions.get(nac).items[0].not_for_display is False
    result = ws.agenda.update_item(item, not_for_display=True)
    assert result.value.not_for_display is True
    assert result.changes.items == {item}
    assert ws.sessions.get(nac).items[0].not_for_display is True
    with pytest.raises(ValidationError, match="yes or no"):
        ws.agenda.update_item(item, not_for_display="false")
    assert ws.sessions.get(nac).items[0].not_for_display is True


# ---------------------------------------------------------------------- interventions said
def test_an_intervention_goes_on_the_record_in_the_order_spoken(
    ws: Workspace, nac: int, item: int, clock
) -> None:
    ws.speakers.intervene(item, "HUN", "Hungary recalls its national caveats.")
    clock.advance(minutes=3)
    state = ws.speakers.intervene(item, "fra", "  La France soutient le projet.  ").value
    assert [(s.delegation, s.text) for s in state.said] == [
        ("HUN", "Hungary recalls its national caveats."),
        ("FRA", "La France soutient le projet."),
    ]
    record = ws.minutes.assemble(nac).items[0]
    assert [(i.delegation, i.text.en) for i in record.interventions] == [
        ("HUN", "Hungary recalls its national caveats."),
        ("FRA", "La France soutient le projet."),
    ]
    assert record.positions == ()  # no position taken


def test_a_corrected_intervention_keeps_its_place_and_an_empty_one_leaves(
    ws: Workspace, nac: int, item: int, clock
) -> None:
    first = ws.speakers.intervene(item, "HUN", "Hungray recalls.").value.said[0]
    clock.advance(minutes=1)
    ws.speakers.intervene(item, "POL", "Poland agrees with Hungary.")
    clock.advance(minutes=1)
    state = ws.speakers.correct_intervention(first.id, "Hungary recalls.").value
    assert [s.text for s in state.said] == ["Hungary recalls.", "Poland agrees with Hungary."]
    again = state.said[0]
    assert again.id != first.id and again.spoken_at == first.spoken_at
    state = ws.speakers.correct_intervention(again.id, "").value
    assert [s.delegation for s in state.said] == ["POL"]
    assert [i.delegation for i in ws.minutes.assemble(nac).items[0].interventions] == ["POL"]
    actions = [e.action for e in ws.audit.entries(nac) if e.action.startswith("intervention.")]
    assert actions.count("intervention.corrected") == 2


def test_an_intervention_needs_text_and_a_delegation_at_the_table(
    ws: Workspace, nac: int, item: int
) -> None:
    with pytest.raises(ValidationError, match="has text"):
        ws.speakers.intervene(item, "HUN", "   ")
    ws.attendance.set_attendance(nac, "ISL", present=False)
    with pytest.raises(ValidationError, match="absent"):
        ws.speakers.intervene(item, "ISL", "Iceland speaks.")
    with pytest.raises(NotFoundError):
        ws.speakers.correct_intervention(99999, "x")
    assert ws.speakers.state(item).said == ()


def test_the_speakers_line_counts_the_floor_not_what_was_written_down(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.speakers.intervene(item, "HUN", "Hungary recalls its caveats.")
    record = ws.minutes.assemble(nac).items[0]
    assert record.speakers == ()  # no turn at the microphone was timed or listed
    assert [i.delegation for i in record.interventions] == ["HUN"]
