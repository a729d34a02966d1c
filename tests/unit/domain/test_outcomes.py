"""The chair's declaration checked against the logged positions and the silence record."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.consensus import ConsensusState, consensus_of
from desktop.domain.outcomes import Discrepancy, Outcome, OutcomeWarning, check_outcome
from desktop.domain.positions import Position
from desktop.domain.silence import SilenceState

HOLDERS = ("BEL", "DEU", "FRA", "NLD")
ALL_AGREE = dict.fromkeys(HOLDERS, Position.AGREE)
SILENCE_STATES = [None, *SilenceState]


def check(outcome, positions, silence=None):
    return check_outcome(outcome, consensus_of(HOLDERS, positions), positions, silence)


def kinds(warnings):
    return [w.kind for w in warnings]


def test_outcomes_are_the_eight_of_the_domain():
    assert [o.label.en for o in Outcome] == [
        "agreed",
        "agreed ad referendum",
        "agreed under silence",
        "under silence",
        "noted",
        "no consensus",
        "deferred",
        "remitted",
    ]
    assert all(o.label.fr.strip() for o in Outcome)
    assert len({o.label.fr for o in Outcome}) == len(Outcome)


# ---------------------------------------------------------------- agreed


def test_agreed_when_all_join_raises_no_warning():
    assert check(Outcome.AGREED, ALL_AGREE) == ()


def test_agreed_while_an_objection_stands_warns_and_names_the_objector():
    positions = ALL_AGREE | {"FRA": Position.OBJECTION}
    warnings = check(Outcome.AGREED, positions)
    assert warnings == (OutcomeWarning(Discrepancy.OBJECTION_STANDS, ("FRA",)),)
    assert "FRA" in warnings[0].message


def test_agreed_while_positions_are_pending_warns_and_names_them():
    positions = ALL_AGREE | {"BEL": Position.STUDY_RESERVE}
    del positions["NLD"]  # missing: not stated
    warnings = check(Outcome.AGREED, positions)
    assert warnings == (OutcomeWarning(Discrepancy.POSITIONS_PENDING, ("BEL", "NLD")),)
    assert "BEL, NLD" in warnings[0].message


def test_agreed_with_an_objection_and_pending_positions_gives_both_warnings():
    positions = ALL_AGREE | {"FRA": Position.OBJECTION, "DEU": Position.AWAITING_INSTRUCTIONS}
    assert kinds(check(Outcome.AGREED, positions)) == [
        Discrepancy.OBJECTION_STANDS,
        Discrepancy.POSITIONS_PENDING,
    ]


@pytest.mark.parametrize("position", [Position.RESERVATION, Position.FOOTNOTE])
def test_agreed_with_reservations_or_footnotes_is_fine(position):
    assert check(Outcome.AGREED, ALL_AGREE | {"DEU": position}) == ()


def test_an_invitees_objection_does_not_contradict_agreed():
    assert check(Outcome.AGREED, ALL_AGREE | {"FIN": Position.OBJECTION}) == ()


# ---------------------------------------------------------------- agreed ad referendum


def test_agreed_ad_referendum_is_fine_when_the_only_pending_are_ad_referendum():
    positions = ALL_AGREE | {
        "BEL": Position.AGREE_AD_REFERENDUM,
        "NLD": Position.AGREE_AD_REFERENDUM,
    }
    assert check(Outcome.AGREED_AD_REFERENDUM, positions) == ()


def test_agreed_ad_referendum_warns_about_pending_positions_that_are_not_ad_referendum():
    positions = ALL_AGREE | {
        "BEL": Position.AGREE_AD_REFERENDUM,
        "DEU": Position.AWAITING_INSTRUCTIONS,
    }
    del positions["NLD"]
    warnings = check(Outcome.AGREED_AD_REFERENDUM, positions)
    assert warnings == (OutcomeWarning(Discrepancy.NOT_AD_REFERENDUM_ONLY, ("DEU", "NLD")),)
    assert "BEL" not in warnings[0].message


def test_agreed_ad_referendum_while_an_objection_stands_warns():
    positions = ALL_AGREE | {"BEL": Position.AGREE_AD_REFERENDUM, "DEU": Position.OBJECTION}
    assert kinds(check(Outcome.AGREED_AD_REFERENDUM, positions)) == [Discrepancy.OBJECTION_STANDS]


# ---------------------------------------------------------------- silence


@pytest.mark.parametrize(
    "silence",
    [None, SilenceState.UNDER_SILENCE, SilenceState.BROKEN, SilenceState.WITHDRAWN],
    ids=str,
)
def test_agreed_under_silence_without_adopted_silence_warns(silence):
    assert kinds(check(Outcome.AGREED_UNDER_SILENCE, ALL_AGREE, silence)) == [
        Discrepancy.NO_ADOPTED_SILENCE
    ]


def test_agreed_under_silence_after_adoption_is_fine_even_with_positions_outstanding():
    positions = {"BEL": Position.AWAITING_INSTRUCTIONS, "FRA": Position.OBJECTION}
    assert check(Outcome.AGREED_UNDER_SILENCE, positions, SilenceState.ADOPTED) == ()


def test_agreed_under_silence_with_an_objection_and_a_broken_silence_gives_both_warnings():
    positions = ALL_AGREE | {"FRA": Position.OBJECTION}
    assert kinds(check(Outcome.AGREED_UNDER_SILENCE, positions, SilenceState.BROKEN)) == [
        Discrepancy.OBJECTION_STANDS,
        Discrepancy.NO_ADOPTED_SILENCE,
    ]


def test_under_silence_with_a_running_procedure_is_fine():
    assert check(Outcome.UNDER_SILENCE, {}, SilenceState.UNDER_SILENCE) == ()


@pytest.mark.parametrize("silence", [None, SilenceState.ADOPTED, SilenceState.WITHDRAWN], ids=str)
def test_under_silence_without_a_running_procedure_warns(silence):
    assert kinds(check(Outcome.UNDER_SILENCE, {}, silence)) == [Discrepancy.NO_RUNNING_SILENCE]


# ---------------------------------------------------------------- no consensus


def test_no_consensus_while_the_positions_show_consensus_warns():
    assert kinds(check(Outcome.NO_CONSENSUS, ALL_AGREE)) == [Discrepancy.CONSENSUS_REACHED]
    # A broken silence is a recorded lack of consensus, whatever was agreed at the table.
    assert check(Outcome.NO_CONSENSUS, ALL_AGREE, SilenceState.BROKEN) == ()


@pytest.mark.parametrize(
    "positions",
    [ALL_AGREE | {"DEU": Position.OBJECTION}, ALL_AGREE | {"DEU": Position.STUDY_RESERVE}, {}],
    ids=["blocked", "pending", "nothing-logged"],
)
def test_no_consensus_is_fine_when_consensus_is_blocked_or_pending(positions):
    assert check(Outcome.NO_CONSENSUS, positions) == ()


# ---------------------------------------------------------------- properties

PROPERTY = settings(deadline=None, max_examples=200)
any_positions = st.dictionaries(
    st.sampled_from([*HOLDERS, "FIN", "UKR"]), st.sampled_from(list(Position))
)


@PROPERTY
@given(
    st.sampled_from([Outcome.NOTED, Outcome.DEFERRED, Outcome.REMITTED]),
    any_positions,
    st.sampled_from(SILENCE_STATES),
)
def test_noted_deferred_and_remitted_never_warn(outcome, positions, silence):
    assert check(outcome, positions, silence) == ()


@PROPERTY
@given(st.sampled_from(list(Outcome)), any_positions, st.sampled_from(SILENCE_STATES))
def test_every_warning_is_a_sentence_naming_the_delegations_concerned(outcome, positions, silence):
    for warning in check(outcome, positions, silence):
        message = warning.message
        assert message.strip()
        assert message[0].isupper()
        assert message.endswith(".")
        for code in warning.delegations:
            assert code in message
        assert set(warning.delegations) <= set(HOLDERS)


@PROPERTY
@given(
    any_positions,
    st.sampled_from(
        [None, SilenceState.UNDER_SILENCE, SilenceState.BROKEN, SilenceState.WITHDRAWN]
    ),
)
def test_agreed_warns_exactly_when_consensus_is_not_reached(positions, silence):
    result = consensus_of(HOLDERS, positions)
    warnings = check(Outcome.AGREED, positions, silence)
    assert (warnings == ()) == (result.state is ConsensusState.CONSENSUS)


@pytest.mark.parametrize("kind", list(Discrepancy), ids=str)
def test_every_discrepancy_has_a_message(kind):
    message = OutcomeWarning(kind, ("FRA",)).message
    assert message[0].isupper()
    assert message.endswith(".")


def test_plain_agreed_warns_of_an_objection_even_after_silence_was_adopted():
    consensus = consensus_of(["FRA", "TUR"], {"FRA": Position.AGREE, "TUR": Position.OBJECTION})
    warnings = check_outcome(Outcome.AGREED, consensus, {}, SilenceState.ADOPTED)
    assert [w.kind for w in warnings] == [Discrepancy.OBJECTION_STANDS]
    assert check_outcome(Outcome.AGREED_UNDER_SILENCE, consensus, {}, SilenceState.ADOPTED) == ()


def test_under_silence_after_a_break_says_silence_was_broken():
    consensus = consensus_of(["FRA"], {"FRA": Position.AGREE})
    warnings = check_outcome(Outcome.UNDER_SILENCE, consensus, {}, SilenceState.BROKEN)
    assert [w.message for w in warnings] == ["Silence has been broken on this item."]
