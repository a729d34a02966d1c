"""Positions: the letters and keys the operator uses, and what each does to consensus."""

from __future__ import annotations

import string

import pytest

from desktop.domain.positions import Effect, Position

# The table of shared/design/domain.md, written out: position, blocks consensus?, and the
# letter and key of shared/design/experience.md.
TABLE = [
    # position                      effect            letter key          English label
    (Position.AGREE, Effect.JOINS, "A", "A", "agree"),
    (Position.AGREE_AD_REFERENDUM, Effect.PENDING, "D", "D", "agree ad referendum"),
    (Position.AGREE_WITH_STATEMENT, Effect.JOINS, "S", "S", "agree with statement"),
    (Position.AWAITING_INSTRUCTIONS, Effect.PENDING, "I", "I", "awaiting instructions"),
    (Position.STUDY_RESERVE, Effect.PENDING, "Y", "Y", "study reserve"),
    (Position.RESERVATION, Effect.RECORDED, "R", "R", "reservation"),
    (Position.FOOTNOTE, Effect.RECORDED, "F", "F", "footnote"),
    (Position.OBJECTION, Effect.BLOCKS, "O", "O", "objection"),
    (Position.NOT_STATED, Effect.PENDING, "·", "Backspace", "not stated"),
]

TYPED = [p for p in Position if p is not Position.NOT_STATED]


def test_the_table_covers_every_position_once():
    assert [row[0] for row in TABLE] == list(Position)


@pytest.mark.parametrize(("position", "effect", "letter", "key", "label"), TABLE)
def test_effect_letter_key_and_label_match_the_domain_table(position, effect, letter, key, label):
    assert position.effect is effect
    assert position.letter == letter
    assert position.key == key
    assert position.label.en == label
    assert position.label("en") == label


def test_only_objection_blocks():
    assert [p for p in Position if p.effect is Effect.BLOCKS] == [Position.OBJECTION]


def test_pending_positions_are_not_stated_awaiting_ad_referendum_and_study_reserve():
    assert {p for p in Position if p.effect is Effect.PENDING} == {
        Position.NOT_STATED,
        Position.AWAITING_INSTRUCTIONS,
        Position.AGREE_AD_REFERENDUM,
        Position.STUDY_RESERVE,
    }


def test_reservation_and_footnote_do_not_block_but_are_recorded():
    assert {p for p in Position if p.effect is Effect.RECORDED} == {
        Position.RESERVATION,
        Position.FOOTNOTE,
    }


def test_every_position_has_a_distinct_single_character_letter():
    letters = [p.letter for p in Position]
    assert len(set(letters)) == len(letters)
    assert all(len(letter) == 1 for letter in letters)


def test_every_position_has_a_distinct_key_and_not_stated_is_backspace():
    keys = [p.key for p in Position]
    assert len(set(keys)) == len(keys)
    assert Position.NOT_STATED.key == "Backspace"
    assert all(len(p.key) == 1 and p.key in string.ascii_uppercase for p in TYPED)


@pytest.mark.parametrize("position", TYPED, ids=lambda p: p.value)
def test_for_key_is_case_insensitive(position):
    assert Position.for_key(position.key.upper()) is position
    assert Position.for_key(position.key.lower()) is position


def test_for_key_knows_no_other_letter_or_digit():
    used = {p.key for p in TYPED}
    for char in string.ascii_letters + string.digits + string.punctuation + " ":
        if char.upper() not in used:
            assert Position.for_key(char) is None, char


def test_for_key_of_nothing_is_none():
    assert Position.for_key("") is None


def test_positions_expecting_a_national_text():
    assert {p for p in Position if p.expects_text} == {
        Position.AGREE_WITH_STATEMENT,
        Position.RESERVATION,
        Position.FOOTNOTE,
    }


@pytest.mark.parametrize("position", list(Position), ids=lambda p: p.value)
def test_every_position_has_a_french_label(position):
    assert position.label("fr").strip()
    assert position.label("fr") == position.label.fr


def test_french_labels_are_distinct():
    french = [p.label.fr for p in Position]
    assert len(set(french)) == len(french)


def test_positions_round_trip_through_their_stored_value():
    for position in Position:
        assert Position(position.value) is position


def test_only_a_rekey_of_the_cell_just_logged_moments_later_is_a_correction() -> None:
    from datetime import UTC, datetime, timedelta

    from desktop.domain.positions import CORRECTION_WINDOW, rekey_is_correction

    t = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
    cell = (1, "USA")
    assert rekey_is_correction(cell, t, cell, t + timedelta(seconds=5))
    assert rekey_is_correction(cell, t, cell, t + CORRECTION_WINDOW)
    assert not rekey_is_correction(cell, t, cell, t + CORRECTION_WINDOW + timedelta(seconds=1))
    assert not rekey_is_correction((1, "CAN"), t, cell, t + timedelta(seconds=5))  # another
    assert not rekey_is_correction((2, "USA"), t, cell, t + timedelta(seconds=5))
    assert not rekey_is_correction(None, None, cell, t)  # nothing keyed yet
    assert not rekey_is_correction(cell, t, cell, t - timedelta(seconds=1))  # clock went back
