"""Where one item stands, worked out from what was read (no database here): the item's
state (``OutcomeService.state``) and the chair's summary (``PositionService.summary``) from
its *basis* — its kind, the delegations at the table, the declaration that stands and the
latest silence procedure — and its standing positions.

A logged position changes the positions and nothing of the basis. So the item panel keeps
the basis it read and, when a key on the grid has stored a position on its item, works the
state and the summary out again from the grid's stored positions, with these functions,
instead of reading them again on the worker after every key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from desktop.domain.consensus import consensus_of
from desktop.domain.labels import Label
from desktop.domain.outcomes import check_outcome
from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind
from desktop.domain.standing import Declaration, standing_of
from desktop.domain.summary import chair_summary
from desktop.services.dto import Delegation, ItemState, OutcomeView, SilenceView
from desktop.services.standings import silence_facts


@dataclass(frozen=True, slots=True)
class ItemBasis:
    """What an item's state is worked out from besides its positions."""

    item_id: int
    kind: AgendaKind
    delegations: tuple[Delegation, ...]  # at the table, staff included
    outcome: OutcomeView | None  # the declaration that stands (its warnings: worked out)
    silence: SilenceView | None  # the latest procedure

    @property
    def holders(self) -> list[str]:
        return [d.code for d in self.delegations if d.has_decision_rights]

    @property
    def absent(self) -> list[str]:
        return [d.code for d in self.delegations if not d.present]


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """An item's basis and its standing positions by delegation (one read)."""

    basis: ItemBasis
    positions: dict[str, Position]


def item_state(basis: ItemBasis, positions: Mapping[str, Position]) -> ItemState:
    """Where the item stands: consensus, declared outcome (checked now), latest silence,
    and the one state the domain derives from them."""
    current = dict(positions)
    consensus = consensus_of(basis.holders, current)
    latest = basis.silence
    outcome = basis.outcome
    declaration = None
    if outcome is not None:
        silence = latest.state if latest is not None else None
        warnings = check_outcome(outcome.outcome, consensus, current, silence)
        outcome = replace(outcome, warnings=warnings)
        declaration = Declaration(
            outcome.outcome, outcome.declared_at, outcome.remitted_to, outcome.remitted_to_fr
        )
    standing = standing_of(
        consensus,
        current,
        declaration=declaration,
        silence=silence_facts(latest) if latest is not None else None,
        kind=basis.kind,
        absent=basis.absent,
    )
    return ItemState(basis.item_id, consensus, outcome, latest, standing)


def item_summary(basis: ItemBasis, positions: Mapping[str, Position], language: str) -> str:
    """The chair's summary of the item: one sentence, in ``language`` ("en" or "fr")."""
    holders = basis.holders
    current = dict(positions)
    standing = {code: current.get(code, Position.NOT_STATED) for code in holders}
    names = {d.code: Label(d.name_en, d.name_fr) for d in basis.delegations}
    return chair_summary(
        consensus_of(holders, current),
        names,
        language,
        positions=standing,
        absent=basis.absent,
    )
