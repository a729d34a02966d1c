"""The consensus state of an agenda item: derived from positions, never stored by hand.

*blocked*: a member with decision rights objects. *pending*: a member with decision rights
is not stated, awaiting instructions, ad referendum or under study reserve (absent members
too, unless a position was recorded for them). *consensus*: all the rest. Positions of
invitees and partners are recorded but lie outside the consensus.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.positions import Effect, Position


class ConsensusState(StrEnum):
    CONSENSUS = "consensus"
    PENDING = "pending"
    BLOCKED = "blocked"


@dataclass(frozen=True, slots=True)
class Consensus:
    """Where an item stands; delegation codes keep the order they were given in."""

    state: ConsensusState
    objecting: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    recorded: tuple[str, ...] = ()  # reservations and footnotes: not blocking, but on record

    @property
    def is_blocked(self) -> bool:
        return self.state is ConsensusState.BLOCKED


def consensus_of(decision_holders: Iterable[str], positions: Mapping[str, Position]) -> Consensus:
    """The state of an item given its members with decision rights, in seating order, and the
    current position of every delegation that has one (missing means *not stated*).

    Delegations in ``positions`` that are not decision holders are ignored.
    """
    objecting: list[str] = []
    pending: list[str] = []
    recorded: list[str] = []
    for code in decision_holders:
        effect = positions.get(code, Position.NOT_STATED).effect
        if effect is Effect.BLOCKS:
            objecting.append(code)
        elif effect is Effect.PENDING:
            pending.append(code)
        elif effect is Effect.RECORDED:
            recorded.append(code)
    if objecting:
        state = ConsensusState.BLOCKED
    elif pending:
        state = ConsensusState.PENDING
    else:
        state = ConsensusState.CONSENSUS
    return Consensus(state, tuple(objecting), tuple(pending), tuple(recorded))
