"""Where an item stands: one state, derived once here and shown the same everywhere (the grid's
header, the item panel, the tour de table, the room display, the minutes, ``tourdetable
status``).

Three facts make it:

- the **table**: the consensus from the standing positions (``desktop.domain.consensus``):
  blocked, pending or consensus. Absent members with decision rights and nothing recorded
  stay pending (domain.md); they are named as absent, never as "not yet stated";
- the **silence procedure**: the latest one on the item (``SilenceState``): under silence
  until …, adopted under silence, silence broken by … (the matter returns to the Council),
  or withdrawn;
- the chair's **declaration**: the latest one, unless it was withdrawn (``Outcome``).

Which one is shown first (the *lead*), in this order:

1. A **live silence procedure** (running, adopted or broken; a withdrawn one is not live)
   leads when no declaration stands, when the declaration is "under silence" (the
   procedure is what that declaration started, and how it ends is the item's state: a
   broken silence returns the matter to the Council, however "under silence" was
   declared), or when the declaration is older than the procedure (a silence launched to
   confirm "agreed ad referendum" supersedes it). The declaration is then *overtaken* (but
   "under silence" while the procedure still runs simply holds): it is shown as history,
   and its check against the record is not named as a contradiction.
2. Otherwise a **declaration** leads: it is what the item ended as, and it is shown as the
   chair declared it, with every contradiction with the record named (the warnings of
   ``check_outcome``: "agreed" while an objection stands, …). The app never overrules the
   chair; it never hides the record either.
3. Otherwise the **table**: blocked, pending or consensus. An item that seeks no decision
   (discussion, information, any other business) shows "no decision sought", unless an
   objection blocks it.

Words come in English and French whatever the interface's language (the minutes and the
room display may want the other one): a short form (``short_text``: the grid's header, the
room display's band, the tour de table) and a long form (``long_text``: the item panel, the
minutes, the command line), plus each contradiction as the record states it
(``contradiction_text``). ``OutcomeWarning.message`` says the same in the interface's
language, for the services' own sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktop.domain.consensus import Consensus, ConsensusState, consensus_of
from desktop.domain.labels import Label
from desktop.domain.minutes import Attendee, ItemRecord
from desktop.domain.outcomes import Discrepancy, Outcome, OutcomeWarning, check_outcome
from desktop.domain.positions import Effect, Position
from desktop.domain.sessions import AgendaKind
from desktop.domain.silence import SilenceState
from desktop.domain.texts import Bilingual
from desktop.domain.timezones import BRUSSELS, utc_to_local

Names = Callable[[str], str]  # a delegation's code to the name a text gives it
When = Callable[[datetime], str]  # an aware UTC instant to the words a text gives it

_NBSP = "\u00a0"
WARNING_MARK = "\u26a0"  # the short form's sign that the record disagrees with the lead


class Lead(StrEnum):
    """What an item's state is shown as first."""

    CONSENSUS = "consensus"
    PENDING = "pending"
    BLOCKED = "blocked"
    NO_DECISION_SOUGHT = "no_decision_sought"
    UNDER_SILENCE = "under_silence"
    SILENCE_BROKEN = "silence_broken"  # the matter returns to the Council
    ADOPTED_UNDER_SILENCE = "adopted_under_silence"
    DECLARED = "declared"  # the chair's declaration: ``Standing.declaration``

    @property
    def from_the_table(self) -> bool:
        return self in (Lead.CONSENSUS, Lead.PENDING, Lead.BLOCKED, Lead.NO_DECISION_SOUGHT)

    @property
    def from_silence(self) -> bool:
        return self in (Lead.UNDER_SILENCE, Lead.SILENCE_BROKEN, Lead.ADOPTED_UNDER_SILENCE)


@dataclass(frozen=True, slots=True)
class Declaration:
    """The chair's declaration that stands on an item (the latest, not withdrawn)."""

    outcome: Outcome
    declared_at: datetime
    remitted_to: str = ""
    remitted_to_fr: str = ""  # the French version of the committee's name


@dataclass(frozen=True, slots=True)
class SilenceFacts:
    """What the state of an item needs of its latest silence procedure."""

    state: SilenceState
    launched_at: datetime
    deadline: datetime  # the deadline in force
    breaking: tuple[str, ...] = ()  # delegations whose breaks stand, in the order received

    @property
    def live(self) -> bool:
        """Running, adopted or broken: not withdrawn."""
        return self.state is not SilenceState.WITHDRAWN


@dataclass(frozen=True, slots=True)
class Standing:
    """Where one item stands. ``contradictions``: what the record says against the lead
    declaration (empty unless a declaration leads). ``overtaken``: a declaration stands but
    the silence procedure tells where the item is now. ``absent``: pending members not in
    the room with nothing recorded, in seating order."""

    lead: Lead
    consensus: Consensus
    declaration: Declaration | None = None
    silence: SilenceFacts | None = None
    contradictions: tuple[OutcomeWarning, ...] = ()
    absent: tuple[str, ...] = ()
    overtaken: bool = False
    kind: AgendaKind = AgendaKind.DECISION

    @property
    def contradicted(self) -> bool:
        return bool(self.contradictions)

    @property
    def returns_to_council(self) -> bool:
        """Silence was broken: the matter returns to the Council."""
        return self.lead is Lead.SILENCE_BROKEN

    @property
    def objecting(self) -> tuple[str, ...]:
        return self.consensus.objecting

    @property
    def pending(self) -> tuple[str, ...]:
        return self.consensus.pending

    @property
    def effect(self) -> Effect:
        """The state's tone, for its mark and colour (never shown alone): joins (settled),
        pending (waiting, or the record disagrees with the declaration), blocks, recorded
        (nothing to decide)."""
        if self.lead is Lead.DECLARED and self.declaration is not None:
            effect = _OUTCOME_EFFECTS[self.declaration.outcome]
            if self.contradicted and effect is not Effect.BLOCKS:
                return Effect.PENDING
            return effect
        return _LEAD_EFFECTS[self.lead]


_LEAD_EFFECTS = {
    Lead.CONSENSUS: Effect.JOINS,
    Lead.PENDING: Effect.PENDING,
    Lead.BLOCKED: Effect.BLOCKS,
    Lead.NO_DECISION_SOUGHT: Effect.RECORDED,
    Lead.UNDER_SILENCE: Effect.PENDING,
    Lead.SILENCE_BROKEN: Effect.BLOCKS,
    Lead.ADOPTED_UNDER_SILENCE: Effect.JOINS,
    Lead.DECLARED: Effect.RECORDED,
}
_OUTCOME_EFFECTS = {
    Outcome.AGREED: Effect.JOINS,
    Outcome.AGREED_AD_REFERENDUM: Effect.JOINS,
    Outcome.AGREED_UNDER_SILENCE: Effect.JOINS,
    Outcome.UNDER_SILENCE: Effect.PENDING,
    Outcome.NOTED: Effect.RECORDED,
    Outcome.NO_CONSENSUS: Effect.BLOCKS,
    Outcome.DEFERRED: Effect.PENDING,
    Outcome.REMITTED: Effect.PENDING,
}
_SILENCE_EFFECTS = {
    SilenceState.UNDER_SILENCE: Effect.PENDING,
    SilenceState.BROKEN: Effect.BLOCKS,
    SilenceState.ADOPTED: Effect.JOINS,
    SilenceState.WITHDRAWN: Effect.RECORDED,
}


def outcome_effect(outcome: Outcome) -> Effect:
    """What a declared outcome does to the item, for its mark (the same in every view)."""
    return _OUTCOME_EFFECTS[outcome]


def silence_effect(state: SilenceState) -> Effect:
    """What a silence procedure's state does to the item, for its mark."""
    return _SILENCE_EFFECTS[state]


_SILENCE_LEADS = {
    SilenceState.UNDER_SILENCE: Lead.UNDER_SILENCE,
    SilenceState.BROKEN: Lead.SILENCE_BROKEN,
    SilenceState.ADOPTED: Lead.ADOPTED_UNDER_SILENCE,
}
_TABLE_LEADS = {
    ConsensusState.CONSENSUS: Lead.CONSENSUS,
    ConsensusState.PENDING: Lead.PENDING,
    ConsensusState.BLOCKED: Lead.BLOCKED,
}


def standing_of(
    consensus: Consensus,
    positions: Mapping[str, Position],
    *,
    declaration: Declaration | None = None,
    silence: SilenceFacts | None = None,
    kind: AgendaKind = AgendaKind.DECISION,
    absent: Collection[str] = (),
) -> Standing:
    """Where an item stands (the rule is the module's docstring).

    ``consensus``: the item's, from ``consensus_of``; ``positions``: the standing position
    of each delegation that has one (missing: not stated); ``declaration``: the one that
    stands, if any; ``silence``: the item's latest procedure, if any; ``absent``: the codes
    of delegations not in the room (those with decision rights and nothing recorded are
    named as absent).
    """
    away = set(absent)
    absent_pending = tuple(
        code
        for code in consensus.pending
        if code in away and positions.get(code, Position.NOT_STATED) is Position.NOT_STATED
    )
    live = silence if silence is not None and silence.live else None
    silence_leads = live is not None and (
        declaration is None
        or declaration.outcome is Outcome.UNDER_SILENCE
        or declaration.declared_at < live.launched_at
    )

    def standing(lead: Lead, **more: object) -> Standing:
        return Standing(
            lead,
            consensus,
            declaration,
            silence,
            absent=absent_pending,
            kind=kind,
            **more,  # type: ignore[arg-type]
        )

    if silence_leads:
        assert live is not None
        # "Under silence" while the procedure runs is the declaration holding, not overtaken.
        holding = (
            declaration is not None
            and declaration.outcome is Outcome.UNDER_SILENCE
            and live.state is SilenceState.UNDER_SILENCE
        )
        overtaken = declaration is not None and not holding
        return standing(_SILENCE_LEADS[live.state], overtaken=overtaken)
    if declaration is not None:
        state = silence.state if silence is not None else None
        warnings = check_outcome(declaration.outcome, consensus, dict(positions), state)
        return standing(Lead.DECLARED, contradictions=warnings)
    lead = _TABLE_LEADS[consensus.state]
    if not kind.seeks_consensus and consensus.state is not ConsensusState.BLOCKED:
        lead = Lead.NO_DECISION_SOUGHT
    return standing(lead)


def standing_of_record(item: ItemRecord, attendees: Sequence[Attendee]) -> Standing:
    """Where an item of the minutes stands, from its record and the session's attendees."""
    members = [a.code for a in attendees if a.has_decision_rights]
    positions = {
        record.delegation: record.current.position
        for record in item.positions
        if record.delegation in members
    }
    latest = item.silence[-1] if item.silence else None
    decision = item.decision
    return standing_of(
        consensus_of(members, positions),
        positions,
        declaration=(
            Declaration(
                decision.outcome,
                decision.declared_at,
                decision.remitted_to.en,
                decision.remitted_to.fr,
            )
            if decision is not None
            else None
        ),
        silence=(
            SilenceFacts(
                latest.state,
                latest.procedure.launched_at,
                latest.procedure.deadline,
                latest.breaking,
            )
            if latest is not None
            else None
        ),
        kind=item.kind,
        absent=[a.code for a in attendees if not a.present],
    )


# ---------------------------------------------------------------------- words
_SHORT = {
    Lead.CONSENSUS: Label("Consensus", "Consensus"),
    Lead.PENDING: Label("Pending {count}", f"En attente{_NBSP}: {{count}}"),
    Lead.BLOCKED: Label("Blocked by {codes}", "Bloqué par {codes}"),
    Lead.UNDER_SILENCE: Label("Under silence", "Silence en cours"),
    Lead.SILENCE_BROKEN: Label("Silence broken by {codes}", "Silence rompu par {codes}"),
    Lead.ADOPTED_UNDER_SILENCE: Label("Adopted under silence", "Adopté par accord tacite"),
}

_LONG = {
    Lead.CONSENSUS: Label(
        "Consensus: no member objects and none is pending.",
        f"Consensus{_NBSP}: aucun membre ne s'y oppose et aucun n'est en attente.",
    ),
    Lead.PENDING: Label("Pending: {names}.", f"En attente{_NBSP}: {{names}}."),
    Lead.NO_DECISION_SOUGHT: Label(
        "No decision is sought on this item.", "Aucune décision n'est demandée sur ce point."
    ),
    Lead.UNDER_SILENCE: Label(
        "Under silence until {deadline}.",
        "Soumis à la procédure d'accord tacite jusqu'au {deadline}.",
    ),
    Lead.SILENCE_BROKEN: Label(
        "Silence broken by {names}: the matter returns to the Council.",
        f"Silence rompu par {{names}}{_NBSP}: la question revient devant le Conseil.",
    ),
    Lead.ADOPTED_UNDER_SILENCE: Label(
        "Adopted under silence on {deadline}.",
        "Adopté selon la procédure d'accord tacite le {deadline}.",
    ),
}
_BLOCKED_ONE = Label(
    "Blocked by an objection: {names}.", f"Bloqué par une objection{_NBSP}: {{names}}."
)
_BLOCKED_MANY = Label(
    "Blocked by objections: {names}.", f"Bloqué par des objections{_NBSP}: {{names}}."
)
_REMITTED = Label("Remitted to {committee}.", "Renvoyé à {committee}.")
_EARLIER = Label("Declared before: {outcome}.", f"Déclaré auparavant{_NBSP}: {{outcome}}.")
_SILENCE_WITHDRAWN = Label(
    "The silence procedure was withdrawn.", "La procédure d'accord tacite a été retirée."
)
_ABSENT = Label("{name} (absent)", "{name} (absente)")
_MORE = Label("+{count} more", "+{count} autres")
_AND = Label("and", "et")
_BRUSSELS_TIME = Label("{moment} (Brussels time)", "{moment} (heure de Bruxelles)")


def _both(label: Label) -> tuple[Label, Label]:
    return label, label


# Each contradiction as the record states it: (one delegation, several).
_RECORD_SAYS: dict[Discrepancy, tuple[Label, Label]] = {
    Discrepancy.OBJECTION_STANDS: (
        Label(
            "The record shows an objection by {names}.",
            f"Le compte rendu consigne une objection{_NBSP}: {{names}}.",
        ),
        Label(
            "The record shows objections by {names}.",
            f"Le compte rendu consigne des objections{_NBSP}: {{names}}.",
        ),
    ),
    Discrepancy.POSITIONS_PENDING: (
        Label(
            "The record shows a position still pending: {names}.",
            f"Le compte rendu montre une position encore en attente{_NBSP}: {{names}}.",
        ),
        Label(
            "The record shows positions still pending: {names}.",
            f"Le compte rendu montre des positions encore en attente{_NBSP}: {{names}}.",
        ),
    ),
    Discrepancy.NOT_AD_REFERENDUM_ONLY: (
        Label(
            "The record shows a pending position that is not ad referendum: {names}.",
            "Le compte rendu montre une position en attente qui n'est pas ad referendum"
            f"{_NBSP}: {{names}}.",
        ),
        Label(
            "The record shows pending positions that are not ad referendum: {names}.",
            "Le compte rendu montre des positions en attente qui ne sont pas ad referendum"
            f"{_NBSP}: {{names}}.",
        ),
    ),
    Discrepancy.CONSENSUS_REACHED: _both(
        Label("The record shows consensus.", "Le compte rendu montre un consensus.")
    ),
    Discrepancy.NO_ADOPTED_SILENCE: _both(
        Label(
            "The record shows no silence procedure adopted on this item.",
            "Le compte rendu ne fait état d'aucune procédure d'accord tacite aboutie sur ce point.",
        ),
    ),
    Discrepancy.NO_RUNNING_SILENCE: _both(
        Label(
            "The record shows no silence procedure running on this item.",
            "Le compte rendu ne fait état d'aucune procédure d'accord tacite en cours sur ce "
            "point.",
        ),
    ),
    Discrepancy.SILENCE_BROKEN: _both(
        Label(
            "The record shows that silence was broken on this item.",
            "Le compte rendu montre que le silence a été rompu sur ce point.",
        ),
    ),
}


def _codes(names: Names | None) -> Names:
    return names if names is not None else (lambda code: code)


def listed(words: Sequence[str], language: str) -> str:
    """ "a, b and c" / "a, b et c"."""
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {_AND(language)} {words[-1]}"


def brussels_time(moment: datetime, language: str) -> str:
    """A moment as the long form says it by default: "2026-11-19 18:00 (Brussels time)"."""
    wall = utc_to_local(moment, BRUSSELS)
    return _BRUSSELS_TIME(language).format(moment=f"{wall:%Y-%m-%d %H:%M}")


def outcome_words(declaration: Declaration, language: str) -> str:
    """The declaration as the chair made it: "Agreed ad referendum." / "Remitted to PPC."."""
    committee, _own = Bilingual(declaration.remitted_to, declaration.remitted_to_fr).shown(language)
    if declaration.outcome is Outcome.REMITTED and committee.strip():
        return _REMITTED(language).format(committee=committee.strip())
    return _capitalised(declaration.outcome.label(language)) + "."


def short_text(standing: Standing, language: str) -> str:
    """The state in a few words: "Pending 3", "Blocked by TUR", "Silence broken by TUR",
    "Agreed ad referendum", "Information"; "Agreed ⚠" when the record disagrees."""
    lead, consensus = standing.lead, standing.consensus
    if lead is Lead.DECLARED and standing.declaration is not None:
        text = _capitalised(standing.declaration.outcome.label(language))
        return f"{text} {WARNING_MARK}" if standing.contradicted else text
    if lead is Lead.NO_DECISION_SOUGHT:
        return _capitalised(standing.kind.label(language))
    breaking = standing.silence.breaking if standing.silence is not None else ()
    return _SHORT[lead](language).format(
        count=len(consensus.pending),
        codes=", ".join(breaking if lead is Lead.SILENCE_BROKEN else consensus.objecting),
    )


def long_text(
    standing: Standing,
    language: str,
    *,
    names: Names | None = None,
    when: When | None = None,
    limit: int | None = None,
) -> str:
    """The state in a sentence or two: "Silence broken by Türkiye: the matter returns to the
    Council.", "Agreed ad referendum.", "Pending: Hungary, Iceland (absent)."; an overtaken
    declaration (other than "under silence") follows as "Declared before: …".

    ``names``: a delegation's name by code (default: the code); ``when``: how to say a
    deadline (default: Brussels time, ``brussels_time``); ``limit``: name at most this many
    delegations, then "+N more". Contradictions are not included: ``contradiction_text``.
    """
    name = _codes(names)
    say_when = when if when is not None else (lambda moment: brussels_time(moment, language))
    lead, consensus = standing.lead, standing.consensus
    if lead is Lead.DECLARED and standing.declaration is not None:
        text = outcome_words(standing.declaration, language)
    elif lead is Lead.PENDING:
        said = pending_names(standing, language, names)
        text = _LONG[lead](language).format(names=_limited(said, limit, language))
    elif lead is Lead.BLOCKED:
        label = _BLOCKED_ONE if len(consensus.objecting) == 1 else _BLOCKED_MANY
        said = [name(code) for code in consensus.objecting]
        text = label(language).format(names=_limited(said, limit, language))
    elif lead.from_silence and standing.silence is not None:
        text = silence_text(standing.silence, language, names=names, when=say_when)
    else:
        text = _LONG[lead](language)
    extra = [earlier] if (earlier := overtaken_text(standing, language)) else []
    if standing.silence is not None and not standing.silence.live and lead.from_the_table:
        extra.append(_SILENCE_WITHDRAWN(language))
    return " ".join([text, *extra])


def overtaken_text(standing: Standing, language: str) -> str:
    """An overtaken declaration, as history: "Declared before: agreed ad referendum."; ""
    when there is none, or when it is "under silence" (the procedure tells the rest)."""
    declaration = standing.declaration
    if (
        not standing.overtaken
        or declaration is None
        or declaration.outcome is Outcome.UNDER_SILENCE
    ):
        return ""
    outcome = outcome_words(declaration, language).rstrip(".")
    return _EARLIER(language).format(outcome=outcome[:1].lower() + outcome[1:])


def pending_names(standing: Standing, language: str, names: Names | None = None) -> list[str]:
    """Who keeps the item pending, named, absent members marked: "Iceland (absent)"."""
    name, absent = _codes(names), set(standing.absent)
    return [
        _ABSENT(language).format(name=name(code)) if code in absent else name(code)
        for code in standing.consensus.pending
    ]


def silence_text(
    silence: SilenceFacts, language: str, *, names: Names | None = None, when: When | None = None
) -> str:
    """A silence procedure's state in a sentence: "Under silence until …", "Silence broken by
    Türkiye: the matter returns to the Council.", "Adopted under silence on …", or withdrawn."""
    if not silence.live:
        return _SILENCE_WITHDRAWN(language)
    name = _codes(names)
    say_when = when if when is not None else (lambda moment: brussels_time(moment, language))
    return _LONG[_SILENCE_LEADS[silence.state]](language).format(
        names=listed([name(code) for code in silence.breaking], language),
        deadline=say_when(silence.deadline),
    )


def contradiction_text(warning: OutcomeWarning, language: str, names: Names | None = None) -> str:
    """A contradiction as the record states it: "The record shows an objection by Türkiye."."""
    name = _codes(names)
    one, many = _RECORD_SAYS[warning.kind]
    label = one if len(warning.delegations) <= 1 else many
    return label(language).format(
        names=listed([name(code) for code in warning.delegations], language)
    )


def _limited(words: list[str], limit: int | None, language: str) -> str:
    if limit is not None and len(words) > limit:
        more = _MORE(language).format(count=len(words) - limit)
        return ", ".join([*words[:limit], more])
    return listed(words, language)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
