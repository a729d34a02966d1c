"""How an item ends, and the check of the chair's declaration against the logged positions.

The chair declares; the app never refuses a declaration, it warns when the record disagrees.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.consensus import Consensus, ConsensusState
from desktop.domain.labels import Label
from desktop.domain.positions import Position
from desktop.domain.silence import SilenceState
from desktop.i18n import _


class Outcome(StrEnum):
    AGREED = "agreed"
    AGREED_AD_REFERENDUM = "agreed_ad_referendum"
    AGREED_UNDER_SILENCE = "agreed_under_silence"
    UNDER_SILENCE = "under_silence"
    NOTED = "noted"
    NO_CONSENSUS = "no_consensus"
    DEFERRED = "deferred"
    REMITTED = "remitted"

    @property
    def label(self) -> Label:
        return _LABELS[self]


_LABELS = {
    Outcome.AGREED: Label("agreed", "approuvé"),
    Outcome.AGREED_AD_REFERENDUM: Label("agreed ad referendum", "approuvé ad referendum"),
    Outcome.AGREED_UNDER_SILENCE: Label(
        "agreed under silence", "approuvé selon la procédure d'accord tacite"
    ),
    Outcome.UNDER_SILENCE: Label("under silence", "soumis à la procédure d'accord tacite"),
    Outcome.NOTED: Label("noted", "pris note"),
    Outcome.NO_CONSENSUS: Label("no consensus", "pas de consensus"),
    Outcome.DEFERRED: Label("deferred", "reporté"),
    Outcome.REMITTED: Label("remitted", "renvoyé"),
}


class Discrepancy(StrEnum):
    OBJECTION_STANDS = "objection_stands"
    POSITIONS_PENDING = "positions_pending"
    NOT_AD_REFERENDUM_ONLY = "not_ad_referendum_only"
    CONSENSUS_REACHED = "consensus_reached"
    NO_ADOPTED_SILENCE = "no_adopted_silence"
    NO_RUNNING_SILENCE = "no_running_silence"
    SILENCE_BROKEN = "silence_broken"


@dataclass(frozen=True, slots=True)
class OutcomeWarning:
    """A disagreement between a declaration and the record, with the delegations concerned."""

    kind: Discrepancy
    delegations: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        names = ", ".join(self.delegations)
        return {
            Discrepancy.OBJECTION_STANDS: _("An objection stands ({names})."),
            Discrepancy.POSITIONS_PENDING: _("Positions are still pending ({names})."),
            Discrepancy.NOT_AD_REFERENDUM_ONLY: _(
                "Some pending positions are not ad referendum ({names})."
            ),
            Discrepancy.CONSENSUS_REACHED: _("The logged positions show consensus."),
            Discrepancy.NO_ADOPTED_SILENCE: _("No silence procedure on this item was adopted."),
            Discrepancy.NO_RUNNING_SILENCE: _("No silence procedure is running on this item."),
            Discrepancy.SILENCE_BROKEN: _("Silence has been broken on this item."),
        }[self.kind].format(names=names)


def check_outcome(
    outcome: Outcome,
    consensus: Consensus,
    positions: dict[str, Position],
    silence: SilenceState | None = None,
) -> tuple[OutcomeWarning, ...]:
    """Warnings for declaring ``outcome`` given the item's consensus, the current positions
    (by delegation code) and the state of its latest silence procedure, if any."""
    warnings: list[OutcomeWarning] = []
    blocked = consensus.state is ConsensusState.BLOCKED
    # Adoption under silence settles the text whatever was said at the table before it.
    overridden = outcome is Outcome.AGREED_UNDER_SILENCE and silence is SilenceState.ADOPTED
    agreeing = (Outcome.AGREED, Outcome.AGREED_AD_REFERENDUM, Outcome.AGREED_UNDER_SILENCE)
    if outcome in agreeing and blocked and not overridden:
        warnings.append(OutcomeWarning(Discrepancy.OBJECTION_STANDS, consensus.objecting))
    if outcome is Outcome.AGREED and consensus.pending:
        warnings.append(OutcomeWarning(Discrepancy.POSITIONS_PENDING, consensus.pending))
    if outcome is Outcome.AGREED_AD_REFERENDUM:
        not_ad_ref = tuple(
            code
            for code in consensus.pending
            if positions.get(code, Position.NOT_STATED) is not Position.AGREE_AD_REFERENDUM
        )
        if not_ad_ref:
            warnings.append(OutcomeWarning(Discrepancy.NOT_AD_REFERENDUM_ONLY, not_ad_ref))
    if outcome is Outcome.AGREED_UNDER_SILENCE and silence is not SilenceState.ADOPTED:
        warnings.append(OutcomeWarning(Discrepancy.NO_ADOPTED_SILENCE))
    if outcome is Outcome.UNDER_SILENCE and silence is SilenceState.BROKEN:
        warnings.append(OutcomeWarning(Discrepancy.SILENCE_BROKEN))
    elif outcome is Outcome.UNDER_SILENCE and silence is not SilenceState.UNDER_SILENCE:
        warnings.append(OutcomeWarning(Discrepancy.NO_RUNNING_SILENCE))
    # A broken silence is a recorded lack of consensus, whatever was agreed at the table.
    broken = silence is SilenceState.BROKEN
    if (
        outcome is Outcome.NO_CONSENSUS
        and consensus.state is ConsensusState.CONSENSUS
        and not broken
    ):
        warnings.append(OutcomeWarning(Discrepancy.CONSENSUS_REACHED))
    return tuple(warnings)
