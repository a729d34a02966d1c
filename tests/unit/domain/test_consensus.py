"""The consensus state of an item, derived from the positions of the decision holders."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.consensus import Consensus, ConsensusState, consensus_of
from desktop.domain.positions import Effect, Position

from ._support import ally, nac_holders

# 1 September 2022: thirty Allies decide; Finland and Sweden attend as invitees.
DAY = date(2022, 9, 1)
HOLDERS = nac_holders(DAY)
INVITEES = ("FIN", "SWE")

PENDING = [
    Position.NOT_STATED,
    Position.AWAITING_INSTRUCTIONS,
    Position.AGREE_AD_REFERENDUM,
    Position.STUDY_RESERVE,
]


def everyone(position: Position) -> dict[str, Position]:
    return dict.fromkeys(HOLDERS, position)


def test_the_council_has_thirty_decision_holders_on_the_day():
    assert len(HOLDERS) == 30
    assert not set(INVITEES) & set(HOLDERS)


def test_consensus_when_all_join():
    result = consensus_of(HOLDERS, everyone(Position.AGREE))
    assert result == Consensus(ConsensusState.CONSENSUS)
    assert not result.is_blocked


def test_agree_with_statement_joins_the_consensus():
    positions = everyone(Position.AGREE) | {"HUN": Position.AGREE_WITH_STATEMENT}
    result = consensus_of(HOLDERS, positions)
    assert result.state is ConsensusState.CONSENSUS
    assert result.recorded == ()


def test_one_objection_blocks_consensus():
    positions = everyone(Position.AGREE) | {"TUR": Position.OBJECTION}
    result = consensus_of(HOLDERS, positions)
    assert result.state is ConsensusState.BLOCKED
    assert result.is_blocked
    assert result.objecting == ("TUR",)


def test_an_invitees_objection_does_not_block():
    finland = ally("FIN")
    assert finland.is_invitee_on(DAY)
    assert not finland.is_member_on(DAY)
    positions = everyone(Position.AGREE) | {"FIN": Position.OBJECTION, "SWE": Position.OBJECTION}
    result = consensus_of(HOLDERS, positions)
    assert result == Consensus(ConsensusState.CONSENSUS)


def test_an_invitees_missing_position_does_not_keep_the_item_pending():
    result = consensus_of(HOLDERS, everyone(Position.AGREE))
    assert "FIN" not in result.pending


def test_the_same_delegation_decides_once_it_has_acceded():
    holders = nac_holders(date(2023, 5, 1))
    assert "FIN" in holders
    positions = dict.fromkeys(holders, Position.AGREE) | {"FIN": Position.OBJECTION}
    assert consensus_of(holders, positions).objecting == ("FIN",)


@pytest.mark.parametrize("position", PENDING, ids=lambda p: p.value)
def test_each_pending_state_makes_the_item_pending(position):
    positions = everyone(Position.AGREE) | {"POL": position}
    result = consensus_of(HOLDERS, positions)
    assert result.state is ConsensusState.PENDING
    assert result.pending == ("POL",)
    assert result.objecting == ()


def test_a_missing_position_counts_as_not_stated():
    positions = everyone(Position.AGREE)
    del positions["ISL"]
    result = consensus_of(HOLDERS, positions)
    assert result.state is ConsensusState.PENDING
    assert result.pending == ("ISL",)


def test_with_no_position_logged_every_holder_is_pending_in_seating_order():
    result = consensus_of(HOLDERS, {})
    assert result.state is ConsensusState.PENDING
    assert result.pending == tuple(HOLDERS)


@pytest.mark.parametrize("position", [Position.RESERVATION, Position.FOOTNOTE])
def test_reservation_and_footnote_do_not_block_but_are_recorded(position):
    positions = everyone(Position.AGREE) | {"DNK": position, "GRC": position}
    result = consensus_of(HOLDERS, positions)
    assert result.state is ConsensusState.CONSENSUS
    assert result.recorded == ("DNK", "GRC")
    assert result.objecting == result.pending == ()


def test_an_objection_outweighs_pending_positions_and_both_are_listed():
    positions = everyone(Position.AGREE) | {
        "BEL": Position.AWAITING_INSTRUCTIONS,
        "USA": Position.OBJECTION,
        "FRA": Position.FOOTNOTE,
    }
    result = consensus_of(HOLDERS, positions)
    assert result.state is ConsensusState.BLOCKED
    assert result.objecting == ("USA",)
    assert result.pending == ("BEL",)
    assert result.recorded == ("FRA",)


def test_delegations_are_listed_in_the_order_of_the_holders_not_of_the_positions():
    positions = everyone(Position.AGREE) | {
        "USA": Position.OBJECTION,
        "ALB": Position.OBJECTION,
        "DEU": Position.OBJECTION,
    }
    assert consensus_of(HOLDERS, positions).objecting == ("ALB", "DEU", "USA")


def test_no_decision_holders_means_nothing_stands_in_the_way():
    assert consensus_of([], {"FIN": Position.OBJECTION}).state is ConsensusState.CONSENSUS


# ---------------------------------------------------------------- properties

positions_strategy = st.dictionaries(
    st.sampled_from(HOLDERS + list(INVITEES) + ["UKR", "AUS"]),
    st.sampled_from(list(Position)),
)
holder_positions = st.dictionaries(st.sampled_from(HOLDERS), st.sampled_from(list(Position)))
outsiders = st.dictionaries(
    st.sampled_from([*INVITEES, "UKR", "AUS", "JPN"]), st.sampled_from(list(Position))
)
PROPERTY = settings(deadline=None, max_examples=200)


def effect_of(positions, code):
    return positions.get(code, Position.NOT_STATED).effect


@PROPERTY
@given(positions_strategy)
def test_blocked_iff_some_decision_holder_objects(positions):
    result = consensus_of(HOLDERS, positions)
    objects = any(positions.get(code) is Position.OBJECTION for code in HOLDERS)
    assert result.is_blocked == objects
    assert (result.state is ConsensusState.BLOCKED) == objects


@PROPERTY
@given(positions_strategy)
def test_pending_iff_not_blocked_and_some_holder_holds_back(positions):
    result = consensus_of(HOLDERS, positions)
    holds_back = any(effect_of(positions, code) is Effect.PENDING for code in HOLDERS)
    expected = (not result.is_blocked) and holds_back
    assert (result.state is ConsensusState.PENDING) == expected


@PROPERTY
@given(holder_positions, outsiders)
def test_positions_of_non_holders_never_change_the_result(positions, outside):
    assert consensus_of(HOLDERS, positions | outside) == consensus_of(HOLDERS, positions)


@PROPERTY
@given(holder_positions, st.lists(st.sampled_from(["FIN", "SWE", "UKR"]), unique=True))
def test_adding_holders_who_agree_changes_nothing(positions, newcomers):
    before = consensus_of(HOLDERS, positions)
    extended = positions | dict.fromkeys(newcomers, Position.AGREE)
    assert consensus_of(HOLDERS + newcomers, extended) == before


@PROPERTY
@given(holder_positions, st.data())
def test_state_is_invariant_when_agreeing_holders_agree_again_or_add_a_statement(positions, data):
    before = consensus_of(HOLDERS, positions)
    agreeing = sorted(code for code in HOLDERS if effect_of(positions, code) is Effect.JOINS)
    again = data.draw(st.lists(st.sampled_from(agreeing), unique=True)) if agreeing else []
    joins = st.sampled_from([Position.AGREE, Position.AGREE_WITH_STATEMENT])
    changed = positions | {code: data.draw(joins) for code in again}
    assert consensus_of(HOLDERS, changed) == before


@PROPERTY
@given(positions_strategy)
def test_every_holder_lands_in_exactly_the_list_its_effect_names(positions):
    result = consensus_of(HOLDERS, positions)
    for name, effect in (
        ("objecting", Effect.BLOCKS),
        ("pending", Effect.PENDING),
        ("recorded", Effect.RECORDED),
    ):
        expected = tuple(code for code in HOLDERS if effect_of(positions, code) is effect)
        assert getattr(result, name) == expected, name
