from __future__ import annotations

import pytest

from desktop.domain.consensus import ConsensusState
from desktop.domain.positions import Position
from desktop.services import ChangeSet, NotFoundError, ValidationError, Workspace


def test_logging_stores_an_event_and_names_the_cell(ws: Workspace, item: int) -> None:
    result = ws.positions.log(item, "FRA", "agree")
    assert result.value.position is Position.AGREE
    assert result.changes == ChangeSet(positions=frozenset({(item, "FRA")}))
    assert ws.positions.current(item, "FRA") == result.value


def test_a_change_of_position_keeps_the_whole_path(ws: Workspace, item: int, clock) -> None:
    ws.positions.log(item, "HUN", "awaiting_instructions")
    clock.advance(minutes=20)
    ws.positions.log(item, "HUN", "study_reserve", text="Parliamentary scrutiny.")
    clock.advance(minutes=20)
    ws.positions.log(item, "HUN", "agree")
    path = [e.position.value for e in ws.positions.history(item, "HUN")]
    assert path == ["awaiting_instructions", "study_reserve", "agree"]
    assert ws.positions.history(item, "HUN")[1].text == "Parliamentary scrutiny."


def test_saying_the_same_again_records_nothing(ws: Workspace, item: int) -> None:
    first = ws.positions.log(item, "ITA", "agree")
    again = ws.positions.log(item, "ITA", "agree")
    assert again.value == first.value
    assert not again.changes
    assert len(ws.positions.history(item, "ITA")) == 1


def test_a_correction_is_a_new_event_naming_what_it_corrects(ws: Workspace, item: int) -> None:
    wrong = ws.positions.log(item, "NOR", "objection").value
    fixed = ws.positions.correct(wrong.event_id, "agree").value
    assert fixed.corrects_id == wrong.event_id
    history = ws.positions.history(item, "NOR")
    assert [e.position for e in history] == [Position.OBJECTION, Position.AGREE]
    with pytest.raises(ValidationError, match="has changed since"):
        ws.positions.correct(wrong.event_id, "reservation")
    with pytest.raises(NotFoundError):
        ws.positions.correct(99999, "agree")


def test_statements_are_kept_exactly_as_typed(ws: Workspace, item: int) -> None:
    text = "Türkiye <b>&amp;</b> Česko: «réserve» — § 4.2\nSecond line\t‘quoted’"
    ws.positions.log(item, "TUR", "reservation", text=text, paragraphs=["4.2", " 7 "])
    entry = ws.positions.current(item, "TUR")
    assert entry is not None
    assert entry.text == text
    assert entry.paragraphs == ("4.2", "7")


def test_set_text_amends_the_standing_position(ws: Workspace, item: int) -> None:
    ws.positions.log(item, "DNK", "footnote")
    ws.positions.set_text(item, "DNK", "Denmark's footnote.")
    entry = ws.positions.current(item, "DNK")
    assert entry is not None and entry.position is Position.FOOTNOTE
    assert entry.text == "Denmark's footnote."
    with pytest.raises(ValidationError, match="no position on this item yet"):
        ws.positions.set_text(item, "BEL", "text")


def test_one_objection_blocks_and_an_invitees_does_not(ws: Workspace, nac: int) -> None:
    item = ws.agenda.add_item(nac, "Item").value.id
    ws.attendance.add_participant(nac, "UKR", kind="partner")
    ws.positions.all_agree_except(item, ())
    assert ws.positions.consensus(item).state is ConsensusState.CONSENSUS
    ws.positions.log(item, "UKR", "objection")
    assert ws.positions.consensus(item).state is ConsensusState.CONSENSUS
    ws.positions.log(item, "EST", "objection")
    consensus = ws.positions.consensus(item)
    assert consensus.state is ConsensusState.BLOCKED and consensus.objecting == ("EST",)


def test_all_agree_except_never_overwrites_and_skips_the_absent(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.positions.log(item, "TUR", "objection")
    ws.attendance.set_attendance(nac, "ISL", present=False)
    result = ws.positions.all_agree_except(item, ["HUN", "SVK"])
    logged = {e.delegation for e in result.value}
    assert "TUR" not in logged and "HUN" not in logged and "ISL" not in logged
    assert len(logged) == 32 - 4
    assert ws.positions.current(item, "TUR").position is Position.OBJECTION  # type: ignore[union-attr]
    consensus = ws.positions.consensus(item)
    assert consensus.objecting == ("TUR",)
    assert consensus.pending == ("HUN", "ISL", "SVK")


def test_only_delegations_at_the_table_take_positions(ws: Workspace, nac: int, item: int) -> None:
    with pytest.raises(ValidationError, match="XYZ is not at the table"):
        ws.positions.log(item, "XYZ", "agree")
    ws.attendance.add_participant(nac, "IS", kind="staff", name="International Staff")
    with pytest.raises(ValidationError, match="staff do not take positions"):
        ws.positions.log(item, "IS", "agree")
    with pytest.raises(ValidationError, match="not a position"):
        ws.positions.log(item, "FRA", "abstain")
    assert ws.positions.history(item) == []


def test_no_position_is_logged_on_an_item_or_session_taken_away(
    ws: Workspace, nac: int, item: int
) -> None:
    with pytest.raises(NotFoundError, match="agenda item does not exist"):
        ws.positions.log(99999, "FRA", "agree")
    ws.positions.log(item, "FRA", "agree")
    other = ws.agenda.add_item(nac, "Partnership").value.id
    ws.agenda.remove_item(item)
    with pytest.raises(NotFoundError, match="taken off the agenda"):
        ws.positions.log(item, "FRA", "objection")
    ws.sessions.remove(nac)
    with pytest.raises(NotFoundError, match="removed from the list"):
        ws.positions.log(other, "FRA", "objection")
    assert [e.position for e in ws.positions.history(item)] == [Position.AGREE]
    assert ws.positions.history(other) == []


def test_the_grid_has_every_delegation_and_item(ws: Workspace, nac: int) -> None:
    first = ws.agenda.add_item(nac, "First").value.id
    second = ws.agenda.add_item(nac, "Second").value.id
    ws.positions.log(second, "USA", "agree_ad_referendum")
    grid = ws.positions.grid(nac)
    assert [i.id for i in grid.items] == [first, second]
    assert len(grid.delegations) == 32
    assert grid.position(second, "USA") is Position.AGREE_AD_REFERENDUM
    assert grid.position(first, "USA") is Position.NOT_STATED
    assert grid.consensus[first].state is ConsensusState.PENDING
    assert len(grid.consensus[first].pending) == 32


def test_the_grid_holds_what_each_cell_and_item_reads_on_its_own(ws: Workspace, nac: int) -> None:
    first = ws.agenda.add_item(nac, "First").value.id
    second = ws.agenda.add_item(nac, "Second").value.id
    ws.attendance.add_participant(nac, "UKR", kind="partner")
    ws.positions.all_agree_except(first, ["HUN"])
    ws.positions.log(first, "UKR", "objection")  # recorded, outside the consensus
    wrong = ws.positions.log(second, "TUR", "objection").value
    ws.positions.correct(wrong.event_id, "reservation", text="On 4.2.", paragraphs=["4.2", "5"])
    ws.positions.log(second, "FRA", "footnote", text="France's footnote.")
    grid = ws.positions.grid(nac)
    keys = [(item, d.code) for item in (first, second) for d in grid.delegations]
    patch = ws.positions.cells(keys)
    assert grid.positions == {k: e for k, e in patch.positions.items() if e is not None}
    for key, entry in grid.positions.items():
        assert ws.positions.current(*key) == entry
    assert grid.positions[(second, "TUR")].paragraphs == ("4.2", "5")
    assert grid.positions[(second, "TUR")].corrects_id == wrong.event_id
    for item in (first, second):
        assert grid.consensus[item] == patch.consensus[item] == ws.positions.consensus(item)
    assert grid.consensus[first].pending == ("HUN",)
    assert grid.consensus[second].recorded == ("FRA", "TUR")


def test_the_chairs_summary_follows_the_log_in_either_language(ws: Workspace, item: int) -> None:
    from desktop import i18n

    assert ws.positions.summary(item, "en") == "No Ally has stated a position yet."
    ws.positions.log(item, "TUR", "objection")
    ws.positions.log(item, "HUN", "awaiting_instructions")
    assert ws.positions.summary(item, "en") == (
        "Türkiye objects; Hungary awaits instructions; 30 Allies have not yet stated a position."
    )
    ws.positions.all_agree_except(item)
    assert ws.positions.summary(item, "en") == (
        "All Allies agree except Türkiye, which objects; Hungary awaits instructions."
    )
    i18n.set_language("fr")
    try:
        assert ws.positions.summary(item).startswith("Tous les Alliés sont d'accord, sauf la")
    finally:
        i18n.set_language("en")
    with pytest.raises(NotFoundError):
        ws.positions.summary(99999)


def test_a_null_character_is_kept_in_a_file_and_refused_with_a_sentence_on_a_server(
    ws: Workspace, item: int
) -> None:
    """A server cannot store U+0000 (pasted from some programs): the operator is told, and
    nothing is half saved; a SQLite file keeps the text exactly."""
    text = "We agree\x00 with the text."
    if not ws.is_server:
        ws.positions.log(item, "FRA", "agree_with_statement", text=text)
        current = ws.positions.current(item, "FRA")
        assert current is not None and current.text == text
        return
    with pytest.raises(ValidationError, match="null character, which the database server"):
        ws.positions.log(item, "FRA", "agree_with_statement", text=text)
    assert ws.positions.current(item, "FRA") is None
    assert ws.positions.history(item, "FRA") == []


# ---------------------------------------------------------------------- corrections, changes
def test_a_correction_fixes_the_entry_standing(ws: Workspace, nac: int, item: int, clock) -> None:
    first = ws.positions.log(item, "USA", "reservation").value
    clock.advance(seconds=5)
    fixed = ws.positions.log(item, "USA", "agree", correction=True).value
    assert fixed.correction and fixed.corrects_id == first.event_id
    minutes = ws.minutes.assemble(nac)
    [record] = minutes.items[0].positions
    assert [s.position for s in record.path] == [Position.AGREE]  # never the delegation's


def test_the_service_never_guesses_a_correction(ws: Workspace, item: int, clock) -> None:
    ws.positions.log(item, "USA", "study_reserve")
    assert not ws.positions.log(item, "USA", "agree").value.correction  # at once: still said


def test_the_operator_says_which_with_the_key(ws: Workspace, item: int, clock) -> None:
    ws.positions.log(item, "POL", "objection", text="Poland cannot accept paragraph 3.")
    clock.advance(seconds=2)
    change = ws.positions.log(item, "POL", "agree").value
    assert not change.correction and change.text == ""
    clock.advance(hours=1)
    fixed = ws.positions.log(item, "POL", "agree_with_statement", correction=True).value
    assert fixed.correction and fixed.corrects_id == change.event_id


def test_a_changed_position_starts_without_the_earlier_text(
    ws: Workspace, nac: int, item: int, clock
) -> None:
    ws.positions.log(item, "HUN", "objection", text="Hungary cannot join consensus.")
    clock.advance(minutes=10)
    lifted = ws.positions.log(item, "HUN", "agree").value
    assert (lifted.position, lifted.text) == (Position.AGREE, "")
    [record] = ws.minutes.assemble(nac).items[0].positions
    assert [(s.position, s.text) for s in record.path] == [
        (Position.OBJECTION, "Hungary cannot join consensus."),
        (Position.AGREE, ""),
    ]


def test_a_correction_keeps_the_text_said_with_the_position(
    ws: Workspace, item: int, clock
) -> None:
    ws.positions.log(item, "HUN", "reservation", text="Hungary cannot join consensus.")
    clock.advance(seconds=4)
    fixed = ws.positions.log(item, "HUN", "objection", correction=True).value  # wrong letter
    assert fixed.correction and fixed.text == "Hungary cannot join consensus."


def test_turning_a_change_into_a_correction_and_back(
    ws: Workspace, nac: int, item: int, clock
) -> None:
    ws.positions.log(item, "USA", "study_reserve")
    clock.advance(minutes=5)
    change = ws.positions.log(item, "USA", "agree").value
    sid = nac

    def path() -> list[Position]:
        [record] = ws.minutes.assemble(sid).items[0].positions
        return [s.position for s in record.path]

    assert path() == [Position.STUDY_RESERVE, Position.AGREE]
    done = ws.positions.reclassify(change.event_id, True)
    assert done.value.correction and done.changes
    assert path() == [Position.AGREE]
    assert ws.positions.current(item, "USA") == done.value  # the cell says it is one
    assert ws.positions.reclassify(change.event_id, True).changes == ChangeSet()  # said already
    ws.positions.reclassify(change.event_id, False)
    assert path() == [Position.STUDY_RESERVE, Position.AGREE]
    assert [e.correction for e in ws.positions.history(item, "USA")] == [False, False]
    actions = [e.action for e in ws.audit.entries(sid) if e.action == "position.reclassified"]
    assert len(actions) == 2  # both words kept


def test_the_first_position_corrects_nothing(ws: Workspace, item: int) -> None:
    first = ws.positions.log(item, "USA", "agree").value
    with pytest.raises(ValidationError, match="corrects nothing"):
        ws.positions.reclassify(first.event_id, True)
    with pytest.raises(NotFoundError):
        ws.positions.reclassify(99999, True)


def test_an_absent_delegations_position_is_conveyed_in_writing(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.attendance.set_attendance(nac, "ISL", present=False)
    entry = ws.positions.log(item, "ISL", "agree").value
    assert entry.in_writing
    assert not ws.positions.log(item, "FRA", "agree").value.in_writing
    [record] = [p for p in ws.minutes.assemble(nac).items[0].positions if p.delegation == "ISL"]
    assert record.current.in_writing
