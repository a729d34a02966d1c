"""The positions a delegation takes on an agenda item, and what each does to consensus.

NATO does not vote: there is no quorum and no tally.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from desktop.domain.labels import Label


class Effect(StrEnum):
    """What a position does to the consensus on an item."""

    JOINS = "joins"
    RECORDED = "recorded"  # does not block, but goes on the record
    PENDING = "pending"
    BLOCKS = "blocks"


class Position(StrEnum):
    AGREE = "agree"
    AGREE_AD_REFERENDUM = "agree_ad_referendum"
    AGREE_WITH_STATEMENT = "agree_with_statement"
    AWAITING_INSTRUCTIONS = "awaiting_instructions"
    STUDY_RESERVE = "study_reserve"
    RESERVATION = "reservation"
    FOOTNOTE = "footnote"
    OBJECTION = "objection"
    NOT_STATED = "not_stated"

    @property
    def effect(self) -> Effect:
        return _EFFECTS[self]

    @property
    def letter(self) -> str:
        """The one-letter mark shown in the grid and the minutes' annex (never colour alone)."""
        return _LETTERS[self]

    @property
    def key(self) -> str:
        """The key the operator presses to log it."""
        return _KEYS[self]

    @property
    def label(self) -> Label:
        return _LABELS[self]

    @property
    def expects_text(self) -> bool:
        """Positions whose national text is the point of logging them."""
        return self in (Position.AGREE_WITH_STATEMENT, Position.RESERVATION, Position.FOOTNOTE)

    @classmethod
    def for_key(cls, key: str) -> Position | None:
        return _BY_KEY.get(key.upper())


_EFFECTS = {
    Position.AGREE: Effect.JOINS,
    Position.AGREE_AD_REFERENDUM: Effect.PENDING,
    Position.AGREE_WITH_STATEMENT: Effect.JOINS,
    Position.AWAITING_INSTRUCTIONS: Effect.PENDING,
    Position.STUDY_RESERVE: Effect.PENDING,
    Position.RESERVATION: Effect.RECORDED,
    Position.FOOTNOTE: Effect.RECORDED,
    Position.OBJECTION: Effect.BLOCKS,
    Position.NOT_STATED: Effect.PENDING,
}

_LETTERS = {
    Position.AGREE: "A",
    Position.AGREE_AD_REFERENDUM: "D",
    Position.AGREE_WITH_STATEMENT: "S",
    Position.AWAITING_INSTRUCTIONS: "I",
    Position.STUDY_RESERVE: "Y",
    Position.RESERVATION: "R",
    Position.FOOTNOTE: "F",
    Position.OBJECTION: "O",
    Position.NOT_STATED: "·",
}

_KEYS = {
    Position.AGREE: "A",
    Position.AGREE_AD_REFERENDUM: "D",
    Position.AGREE_WITH_STATEMENT: "S",
    Position.AWAITING_INSTRUCTIONS: "I",
    Position.STUDY_RESERVE: "Y",
    Position.RESERVATION: "R",
    Position.FOOTNOTE: "F",
    Position.OBJECTION: "O",
    Position.NOT_STATED: "Backspace",
}

_BY_KEY = {key: position for position, key in _KEYS.items() if len(key) == 1}

_LABELS = {
    Position.AGREE: Label("agree", "accord"),
    Position.AGREE_AD_REFERENDUM: Label("agree ad referendum", "accord ad referendum"),
    Position.AGREE_WITH_STATEMENT: Label(
        "agree with statement", "accord avec déclaration pour le procès-verbal"
    ),
    Position.AWAITING_INSTRUCTIONS: Label("awaiting instructions", "en attente d'instructions"),
    Position.STUDY_RESERVE: Label("study reserve", "réserve d'étude"),
    Position.RESERVATION: Label("reservation", "réserve"),
    Position.FOOTNOTE: Label("footnote", "note de bas de page"),
    Position.OBJECTION: Label("objection", "objection"),
    Position.NOT_STATED: Label("not stated", "non exprimée"),
}


# A re-key of the cell just logged within this time is taken as the operator's correction.
CORRECTION_WINDOW = timedelta(seconds=60)


def rekey_is_correction(
    last_keyed: tuple[int, str] | None,
    keyed_at: datetime | None,
    cell: tuple[int, str],
    now: datetime,
) -> bool:
    """Whether a position keyed on ``cell`` (item, delegation) is, by default, the
    operator's correction of the entry standing there (a mistyped key fixed) rather than the
    delegation's change of position.

    Only a re-key of the cell just logged (``last_keyed``, at ``keyed_at``: the last cell
    this operator keyed, nothing keyed since), moments later: within ``CORRECTION_WINDOW``.
    Anything else is a change of position, which the minutes print: when in doubt the record
    keeps what may have been said, and the operator can turn one into the other afterwards.
    """
    if last_keyed != cell or keyed_at is None:
        return False
    return timedelta(0) <= now - keyed_at <= CORRECTION_WINDOW
