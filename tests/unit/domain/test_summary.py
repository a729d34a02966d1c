"""The chair's summary: the sentence the chair reads out, in English and French."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.consensus import consensus_of
from desktop.domain.labels import Label
from desktop.domain.positions import Position
from desktop.domain.summary import chair_summary, english_name, french_name
from desktop.reference import allies
from tests.unit.domain._support import nac_holders

HOLDERS = nac_holders(date(2026, 3, 2))  # the 32 Allies, in seating order
NAMES = {a.code: Label(a.name_en, a.name_fr) for a in allies()}
NBSP = "\u00a0"


def say(changes: dict[str, Position], language: str, *, rest: Position = Position.AGREE) -> str:
    """The summary when every Ally says ``rest`` except those in ``changes``."""
    positions = {code: changes.get(code, rest) for code in HOLDERS}
    consensus = consensus_of(HOLDERS, positions)
    return chair_summary(consensus, NAMES, language, positions=positions)


def fr(text: str) -> str:
    """French expectations are written with ordinary spaces before ";"."""
    return text.replace(" ;", f"{NBSP};")


# ---------------------------------------------------------------------- the issue's sentence
def test_the_issues_own_example_in_english_and_french() -> None:
    said = {"TUR": Position.OBJECTION, "HUN": Position.AWAITING_INSTRUCTIONS}
    assert say(said, "en") == (
        "All Allies agree except Türkiye, which objects; Hungary awaits instructions."
    )
    assert say(said, "fr") == fr(
        "Tous les Alliés sont d'accord, sauf la Türkiye, qui objecte ; "
        "la Hongrie attend des instructions."
    )


def test_everyone_agrees() -> None:
    assert say({}, "en") == "All Allies agree."
    assert say({}, "fr") == "Tous les Alliés sont d'accord."
    statement = {"FRA": Position.AGREE_WITH_STATEMENT}
    assert say(statement, "en") == "All Allies agree."


def test_nobody_has_spoken_yet() -> None:
    assert say({}, "en", rest=Position.NOT_STATED) == "No Ally has stated a position yet."
    assert say({}, "fr", rest=Position.NOT_STATED) == (
        "Aucun Allié n'a encore fait connaître sa position."
    )


# ---------------------------------------------------------------------- objections
def test_several_objectors_take_a_plural_verb() -> None:
    said = {"TUR": Position.OBJECTION, "HUN": Position.OBJECTION}
    assert say(said, "en") == "All Allies agree except Hungary and Türkiye, which object."
    assert say(said, "fr") == (
        "Tous les Alliés sont d'accord, sauf la Hongrie et la Türkiye, qui objectent."
    )


def test_a_plural_country_takes_a_plural_verb_in_french_only() -> None:
    said = {"NLD": Position.OBJECTION}
    assert say(said, "en") == "All Allies agree except the Netherlands, which objects."
    assert say(said, "fr") == "Tous les Alliés sont d'accord, sauf les Pays-Bas, qui objectent."
    usa = {"USA": Position.AWAITING_INSTRUCTIONS}
    assert say(usa, "en") == "All Allies agree except the United States, which awaits instructions."
    assert say(usa, "fr") == (
        "Tous les Alliés sont d'accord, sauf les États-Unis, qui attendent des instructions."
    )


def test_french_elides_the_article_before_a_vowel() -> None:
    said = {"ALB": Position.OBJECTION, "ESP": Position.STUDY_RESERVE}
    assert say(said, "fr") == fr(
        "Tous les Alliés sont d'accord, sauf l'Albanie, qui objecte ; "
        "l'Espagne maintient une réserve d'étude."
    )


# ---------------------------------------------------------------------- pending and on record
def test_two_delegations_awaiting_instructions() -> None:
    said = {"HUN": Position.AWAITING_INSTRUCTIONS, "POL": Position.AWAITING_INSTRUCTIONS}
    assert say(said, "fr") == (
        "Tous les Alliés sont d'accord, sauf la Hongrie et la Pologne, "
        "qui attendent des instructions."
    )
    assert say({"TUR": Position.OBJECTION} | said, "fr").endswith(
        f"{NBSP}; la Hongrie et la Pologne attendent des instructions."
    )


def test_each_reason_for_waiting_is_told_in_its_own_words() -> None:
    said = {
        "GBR": Position.AGREE_AD_REFERENDUM,
        "HUN": Position.AWAITING_INSTRUCTIONS,
        "POL": Position.STUDY_RESERVE,
        "CAN": Position.NOT_STATED,
    }
    assert say(said, "en") == (
        "All Allies agree except the United Kingdom, which agrees ad referendum, "
        "Hungary, which awaits instructions, Poland, which maintains a study reserve, "
        "and Canada, which has not yet stated a position."
    )
    assert say(said, "fr") == (
        "Tous les Alliés sont d'accord, sauf le Royaume-Uni, qui donne son accord ad "
        "referendum, la Hongrie, qui attend des instructions, la Pologne, qui maintient une "
        "réserve d'étude, et le Canada, qui n'a pas encore fait connaître sa position."
    )


def test_reservations_and_footnotes_are_on_record_without_blocking() -> None:
    said = {"GRC": Position.RESERVATION, "ESP": Position.FOOTNOTE, "ITA": Position.FOOTNOTE}
    assert say(said, "en") == (
        "All Allies agree; Greece enters a reservation; Italy and Spain request footnotes."
    )
    assert say(said, "fr") == fr(
        "Tous les Alliés sont d'accord ; la Grèce émet une réserve ; "
        "l'Italie et l'Espagne demandent des notes de bas de page."
    )


def test_objection_pending_and_record_together_in_that_order() -> None:
    said = {
        "TUR": Position.OBJECTION,
        "HUN": Position.STUDY_RESERVE,
        "DNK": Position.RESERVATION,
    }
    assert say(said, "en") == (
        "All Allies agree except Türkiye, which objects; Hungary maintains a study reserve; "
        "Denmark enters a reservation."
    )


# ---------------------------------------------------------------------- under way
def test_while_the_tour_is_under_way_the_silent_are_counted() -> None:
    said = {"BEL": Position.AGREE, "CAN": Position.AGREE, "TUR": Position.OBJECTION}
    assert say(said, "en", rest=Position.NOT_STATED) == (
        "So far, Belgium and Canada agree; Türkiye objects; "
        "29 Allies have not yet stated a position."
    )
    assert say(said, "fr", rest=Position.NOT_STATED) == fr(
        "Pour l'instant, la Belgique et le Canada sont d'accord ; la Türkiye objecte ; "
        "29 Alliés n'ont pas encore fait connaître leur position."
    )


def test_many_in_agreement_are_counted_too() -> None:
    said = {code: Position.AGREE for code in HOLDERS[:20]} | {"USA": Position.AWAITING_INSTRUCTIONS}
    assert say(said, "en", rest=Position.NOT_STATED) == (
        "So far, 20 Allies agree; the United States awaits instructions; "
        "11 Allies have not yet stated a position."
    )


def test_an_objection_before_anyone_agrees_is_not_called_agreement() -> None:
    text = say({"TUR": Position.OBJECTION}, "en", rest=Position.NOT_STATED)
    assert text == "Türkiye objects; 31 Allies have not yet stated a position."


def test_a_few_still_silent_are_named_in_the_chairs_sentence() -> None:
    said = {"ISL": Position.NOT_STATED, "LUX": Position.NOT_STATED}
    assert say(said, "en") == (
        "All Allies agree except Iceland and Luxembourg, which have not yet stated a position."
    )
    assert say(said, "fr") == (
        "Tous les Alliés sont d'accord, sauf l'Islande et le Luxembourg, "
        "qui n'ont pas encore fait connaître leur position."
    )


# ---------------------------------------------------------------------- without positions
def test_without_positions_the_sentence_says_who_but_not_why() -> None:
    positions = {code: Position.AGREE for code in HOLDERS} | {
        "TUR": Position.OBJECTION,
        "HUN": Position.AWAITING_INSTRUCTIONS,
    }
    consensus = consensus_of(HOLDERS, positions)
    assert chair_summary(consensus, NAMES, "en") == (
        "All Allies agree except Türkiye, which objects; Hungary has yet to agree."
    )
    everyone = consensus_of(HOLDERS, {})
    assert chair_summary(everyone, NAMES, "en") == "32 Allies have yet to agree."


def test_names_may_come_from_a_function_and_unknown_codes_stay_codes() -> None:
    consensus = consensus_of(["TUR", "XYZ"], {"TUR": Position.OBJECTION})
    text = chair_summary(consensus, NAMES.get, "fr")
    assert text == fr(
        "Tous les Alliés sont d'accord, sauf la Türkiye, qui objecte ; "
        "XYZ n'a pas encore donné son accord."
    )


def test_any_other_language_is_english() -> None:
    consensus = consensus_of(HOLDERS, {code: Position.AGREE for code in HOLDERS})
    assert chair_summary(consensus, NAMES, "de") == "All Allies agree."


# ---------------------------------------------------------------------- names
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hongrie", ("la Hongrie", False)),
        ("Türkiye", ("la Türkiye", False)),
        ("Canada", ("le Canada", False)),
        ("Royaume-Uni", ("le Royaume-Uni", False)),
        ("Monténégro", ("le Monténégro", False)),
        ("Macédoine du Nord", ("la Macédoine du Nord", False)),
        ("Albanie", ("l'Albanie", False)),
        ("États-Unis", ("les États-Unis", True)),
        ("Pays-Bas", ("les Pays-Bas", True)),
        ("Mexique", ("le Mexique", False)),
        ("Malte", ("Malte", False)),
        ("Union européenne", ("l'Union européenne", False)),
        ("XYZ", ("XYZ", False)),
    ],
)
def test_french_names_take_their_article(name: str, expected: tuple[str, bool]) -> None:
    assert french_name(name) == expected


def test_every_allys_french_article() -> None:
    articles = {
        "CAN": "le ", "DNK": "le ", "LUX": "le ", "MNE": "le ", "PRT": "le ", "GBR": "le ",
        "ALB": "l'", "DEU": "l'", "ESP": "l'", "EST": "l'", "ISL": "l'", "ITA": "l'",
        "NLD": "les ", "USA": "les ",
    }  # fmt: skip
    for ally in allies():
        article = articles.get(ally.code, "la ")  # every other Ally is feminine
        assert french_name(ally.name_fr) == (article + ally.name_fr, article == "les "), ally.code


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Netherlands", "the Netherlands"),
        ("United Kingdom", "the United Kingdom"),
        ("Republic of Korea", "the Republic of Korea"),
        ("Hungary", "Hungary"),
        ("North Macedonia", "North Macedonia"),
    ],
)
def test_english_names_take_the_when_they_should(name: str, expected: str) -> None:
    assert english_name(name) == expected


# ---------------------------------------------------------------------- any mix at all
@settings(max_examples=300, deadline=None)
@given(
    said=st.lists(st.sampled_from(list(Position)), min_size=len(HOLDERS), max_size=len(HOLDERS)),
    language=st.sampled_from(["en", "fr"]),
    with_positions=st.booleans(),
)
def test_any_mix_gives_one_sentence_ending_with_a_full_stop(
    said: list[Position], language: str, with_positions: bool
) -> None:
    positions = dict(zip(HOLDERS, said, strict=True))
    consensus = consensus_of(HOLDERS, positions)
    text = chair_summary(
        consensus, NAMES, language, positions=positions if with_positions else None
    )
    assert text.endswith(".") and text.count(".") == 1
    assert text[0].isupper() or text[0].isdigit()
    assert "\n" not in text and "  " not in text
    for code in consensus.objecting:  # an objector is always named, never counted
        name = NAMES[code](language)
        assert name in text


# ---------------------------------------------------------------------- absent members
def absent_say(changes: dict[str, Position], absent: set[str], language: str) -> str:
    """The summary when every Ally agrees but for ``changes``; ``absent`` are not in the room
    (those of them with nothing recorded are absent, not "yet to state")."""
    positions = {code: changes.get(code, Position.AGREE) for code in HOLDERS}
    consensus = consensus_of(HOLDERS, positions)
    return chair_summary(consensus, NAMES, language, positions=positions, absent=absent)


def test_an_absent_member_is_said_to_be_absent_never_yet_to_state() -> None:
    said = {"TUR": Position.OBJECTION, "ISL": Position.NOT_STATED}
    english = absent_say(said, {"ISL"}, "en")
    assert english == "All Allies agree except Türkiye, which objects; Iceland is absent."
    assert "not yet stated" not in english
    assert absent_say(said, {"ISL"}, "fr") == fr(
        "Tous les Alliés sont d'accord, sauf la Türkiye, qui objecte ; l'Islande est absente."
    )


def test_absent_agrees_with_the_country_in_french() -> None:
    silent = Position.NOT_STATED
    assert absent_say({"CAN": silent}, {"CAN"}, "fr") == (
        "Tous les Alliés sont d'accord, sauf le Canada, qui est absent."
    )
    assert absent_say({"NLD": silent}, {"NLD"}, "fr") == (
        "Tous les Alliés sont d'accord, sauf les Pays-Bas, qui sont absents."
    )
    assert absent_say({"HUN": silent, "ISL": silent}, {"HUN", "ISL"}, "fr") == (
        "Tous les Alliés sont d'accord, sauf la Hongrie et l'Islande, qui sont absentes."
    )
    assert absent_say({"CAN": silent, "ISL": silent}, {"CAN", "ISL"}, "en") == (
        "All Allies agree except Canada and Iceland, which are absent."
    )


def test_an_absent_member_with_a_recorded_position_is_named_by_it() -> None:
    said = {"ISL": Position.AGREE_AD_REFERENDUM}
    assert absent_say(said, {"ISL"}, "en") == (
        "All Allies agree except Iceland, which agrees ad referendum."
    )


def test_absent_while_the_tour_is_under_way() -> None:
    positions = dict.fromkeys(HOLDERS, Position.NOT_STATED) | {"FRA": Position.AGREE}
    consensus = consensus_of(HOLDERS, positions)
    assert chair_summary(consensus, NAMES, "en", positions=positions, absent={"ISL"}) == (
        "So far, France agrees; Iceland is absent; 30 Allies have not yet stated a position."
    )
    nobody = dict.fromkeys(HOLDERS, Position.NOT_STATED)
    assert (
        chair_summary(consensus_of(HOLDERS, nobody), NAMES, "en", positions=nobody, absent={"ISL"})
        == "No Ally has stated a position yet; Iceland is absent."
    )
