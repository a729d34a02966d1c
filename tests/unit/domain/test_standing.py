"""Where an item stands: the table, the silence procedure and the chair's declaration, which
one is shown first, which contradiction is named, and the words in English and French."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.consensus import ConsensusState, consensus_of
from desktop.domain.labels import Label
from desktop.domain.minutes import (
    Attendee,
    DecisionRecord,
    ItemRecord,
    PositionRecord,
    PositionStep,
    SilenceRecord,
)
from desktop.domain.outcomes import Discrepancy, Outcome, OutcomeWarning
from desktop.domain.positions import Effect, Position
from desktop.domain.sessions import AgendaKind, AttendanceKind
from desktop.domain.silence import SilenceProcedure, SilenceState
from desktop.domain.standing import (
    WARNING_MARK,
    Declaration,
    Lead,
    SilenceFacts,
    Standing,
    contradiction_text,
    long_text,
    short_text,
    standing_of,
    standing_of_record,
)
from desktop.domain.texts import Bilingual

HOLDERS = ("BEL", "HUN", "ISL", "TUR")
NAMES = {"BEL": "Belgium", "HUN": "Hungary", "ISL": "Iceland", "TUR": "Türkiye"}
FR_NAMES = {"BEL": "Belgique", "HUN": "Hongrie", "ISL": "Islande", "TUR": "Türkiye"}
ALL_AGREE = dict.fromkeys(HOLDERS, Position.AGREE)
T0 = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
NBSP = "\u00a0"


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def silence(state: SilenceState, *breaking: str, launched: float = 1) -> SilenceFacts:
    return SilenceFacts(state, at(launched), at(launched + 24), tuple(breaking))


def declared(outcome: Outcome, hours: float = 2, remitted_to: str = "") -> Declaration:
    return Declaration(outcome, at(hours), remitted_to)


def stand(
    positions: dict[str, Position] | None = None,
    *,
    declaration: Declaration | None = None,
    procedure: SilenceFacts | None = None,
    kind: AgendaKind = AgendaKind.DECISION,
    absent: tuple[str, ...] = (),
) -> Standing:
    said = ALL_AGREE if positions is None else positions
    return standing_of(
        consensus_of(HOLDERS, said),
        said,
        declaration=declaration,
        silence=procedure,
        kind=kind,
        absent=absent,
    )


def en(standing: Standing) -> str:
    return long_text(standing, "en", names=NAMES.__getitem__)


# ---------------------------------------------------------------------- the table alone
def test_without_declaration_or_silence_the_table_leads() -> None:
    assert stand().lead is Lead.CONSENSUS
    assert stand(ALL_AGREE | {"HUN": Position.AWAITING_INSTRUCTIONS}).lead is Lead.PENDING
    blocked = stand(ALL_AGREE | {"TUR": Position.OBJECTION})
    assert blocked.lead is Lead.BLOCKED
    assert short_text(blocked, "en") == "Blocked by TUR"
    assert short_text(blocked, "fr") == "Bloqué par TUR"
    assert en(blocked) == "Blocked by an objection: Türkiye."
    assert not blocked.contradicted and not blocked.overtaken


def test_an_item_that_seeks_no_decision_shows_its_kind_unless_an_objection_blocks_it() -> None:
    briefing = stand({}, kind=AgendaKind.INFORMATION)
    assert briefing.lead is Lead.NO_DECISION_SOUGHT
    assert short_text(briefing, "en") == "Information"
    assert en(briefing) == "No decision is sought on this item."
    assert briefing.effect is Effect.RECORDED
    objected = stand({"TUR": Position.OBJECTION}, kind=AgendaKind.DISCUSSION)
    assert objected.lead is Lead.BLOCKED


def test_pending_counts_and_names_absent_members_as_absent() -> None:
    said = {"BEL": Position.AGREE, "HUN": Position.AWAITING_INSTRUCTIONS, "TUR": Position.AGREE}
    standing = stand(said, absent=("ISL",))
    assert standing.lead is Lead.PENDING  # an absent member keeps the item pending
    assert standing.absent == ("ISL",)
    assert short_text(standing, "en") == "Pending 2"
    assert short_text(standing, "fr") == f"En attente{NBSP}: 2"
    assert en(standing) == "Pending: Hungary and Iceland (absent)."
    french = long_text(standing, "fr", names=FR_NAMES.__getitem__)
    assert french == f"En attente{NBSP}: Hongrie et Islande (absente)."


def test_an_absent_member_with_a_recorded_position_is_not_named_absent() -> None:
    said = ALL_AGREE | {"ISL": Position.AGREE_AD_REFERENDUM}
    standing = stand(said, absent=("ISL",))
    assert standing.absent == ()
    assert standing.pending == ("ISL",)
    assert stand(ALL_AGREE, absent=("ISL",)).lead is Lead.CONSENSUS  # it agreed in writing


def test_a_long_list_of_pending_delegations_is_cut_when_asked() -> None:
    standing = stand({})
    assert long_text(standing, "en", limit=2) == "Pending: BEL, HUN, +2 more."


# ---------------------------------------------------------------------- silence leads
@pytest.mark.parametrize(
    ("state", "lead", "short"),
    [
        (SilenceState.UNDER_SILENCE, Lead.UNDER_SILENCE, "Under silence"),
        (SilenceState.BROKEN, Lead.SILENCE_BROKEN, "Silence broken by TUR"),
        (SilenceState.ADOPTED, Lead.ADOPTED_UNDER_SILENCE, "Adopted under silence"),
    ],
)
def test_a_live_silence_procedure_outranks_the_table(
    state: SilenceState, lead: Lead, short: str
) -> None:
    breaking = ("TUR",) if state is SilenceState.BROKEN else ()
    positions = ALL_AGREE | {"HUN": Position.NOT_STATED}
    standing = stand(positions, procedure=silence(state, *breaking))
    assert standing.lead is lead
    assert short_text(standing, "en") == short
    assert not standing.contradicted and not standing.overtaken


def test_a_broken_silence_returns_the_matter_to_the_council() -> None:
    standing = stand(procedure=silence(SilenceState.BROKEN, "TUR", "HUN"))
    assert standing.returns_to_council
    assert standing.effect is Effect.BLOCKS
    assert (
        en(standing) == "Silence broken by Türkiye and Hungary: the matter returns to the Council."
    )
    french = long_text(standing, "fr", names=FR_NAMES.__getitem__)
    assert french == (
        f"Silence rompu par Türkiye et Hongrie{NBSP}: la question revient devant le Conseil."
    )
    assert short_text(standing, "fr") == "Silence rompu par TUR, HUN"


def test_under_silence_declared_then_broken_means_it_returns_to_the_council() -> None:
    """The tester's item: Türkiye broke silence; "under silence" had been declared."""
    standing = stand(
        ALL_AGREE | {"HUN": Position.NOT_STATED},
        declaration=declared(Outcome.UNDER_SILENCE),
        procedure=silence(SilenceState.BROKEN, "TUR"),
    )
    assert standing.lead is Lead.SILENCE_BROKEN
    assert standing.overtaken
    assert standing.contradictions == ()  # the state says it: no "silence broken" warning
    assert short_text(standing, "en") == "Silence broken by TUR"
    text = en(standing)
    assert text == "Silence broken by Türkiye: the matter returns to the Council."
    assert "Under silence" not in text and "under silence" not in text


def test_under_silence_declared_while_it_runs_holds() -> None:
    standing = stand(
        declaration=declared(Outcome.UNDER_SILENCE),
        procedure=silence(SilenceState.UNDER_SILENCE),
    )
    assert standing.lead is Lead.UNDER_SILENCE
    assert not standing.overtaken and not standing.contradicted
    deadline = at(25)
    assert en(standing) == "Under silence until 2026-11-19 11:00 (Brussels time)."
    assert long_text(standing, "en", when=lambda m: f"<{m == deadline}>") == (
        "Under silence until <True>."
    )


def test_a_declaration_older_than_the_silence_procedure_is_overtaken() -> None:
    standing = stand(
        ALL_AGREE | {"HUN": Position.AGREE_AD_REFERENDUM},
        declaration=declared(Outcome.AGREED_AD_REFERENDUM, hours=0.5),
        procedure=silence(SilenceState.BROKEN, "HUN", launched=1),
    )
    assert standing.lead is Lead.SILENCE_BROKEN and standing.overtaken
    assert en(standing) == (
        "Silence broken by Hungary: the matter returns to the Council. "
        "Declared before: agreed ad referendum."
    )


def test_a_withdrawn_silence_procedure_is_not_live() -> None:
    standing = stand(
        ALL_AGREE | {"HUN": Position.NOT_STATED},
        procedure=silence(SilenceState.WITHDRAWN),
    )
    assert standing.lead is Lead.PENDING
    assert en(standing) == "Pending: Hungary. The silence procedure was withdrawn."
    declared_then = stand(
        declaration=declared(Outcome.UNDER_SILENCE), procedure=silence(SilenceState.WITHDRAWN)
    )
    assert declared_then.lead is Lead.DECLARED
    assert [w.kind for w in declared_then.contradictions] == [Discrepancy.NO_RUNNING_SILENCE]


# ---------------------------------------------------------------------- a declaration leads
def test_agreed_ad_referendum_is_what_the_item_ended_as() -> None:
    """The tester's item 1: "agreed ad referendum" declared, the grid still said "Pending 3"."""
    said = ALL_AGREE | {c: Position.AGREE_AD_REFERENDUM for c in ("BEL", "HUN", "ISL")}
    standing = stand(said, declaration=declared(Outcome.AGREED_AD_REFERENDUM))
    assert standing.lead is Lead.DECLARED
    assert standing.consensus.state is ConsensusState.PENDING  # the table, kept beside it
    assert short_text(standing, "en") == "Agreed ad referendum"
    assert short_text(standing, "fr") == "Approuvé ad referendum"
    assert en(standing) == "Agreed ad referendum."
    assert standing.effect is Effect.JOINS and not standing.contradicted


def test_agreed_over_an_objection_is_shown_as_declared_with_the_objection_named() -> None:
    standing = stand(ALL_AGREE | {"TUR": Position.OBJECTION}, declaration=declared(Outcome.AGREED))
    assert standing.lead is Lead.DECLARED
    assert standing.contradictions == (OutcomeWarning(Discrepancy.OBJECTION_STANDS, ("TUR",)),)
    assert short_text(standing, "en") == f"Agreed {WARNING_MARK}"
    assert en(standing) == "Agreed."
    assert standing.effect is Effect.PENDING  # the record disagrees: not the colour of agreed
    [warning] = standing.contradictions
    assert contradiction_text(warning, "en", NAMES.__getitem__) == (
        "The record shows an objection by Türkiye."
    )
    assert contradiction_text(warning, "fr", FR_NAMES.__getitem__) == (
        f"Le compte rendu consigne une objection{NBSP}: Türkiye."
    )
    several = OutcomeWarning(Discrepancy.OBJECTION_STANDS, ("HUN", "TUR"))
    assert contradiction_text(several, "en", NAMES.__getitem__) == (
        "The record shows objections by Hungary and Türkiye."
    )


def test_ad_referendum_over_other_pending_positions_names_them() -> None:
    said = ALL_AGREE | {"HUN": Position.AWAITING_INSTRUCTIONS, "BEL": Position.AGREE_AD_REFERENDUM}
    standing = stand(said, declaration=declared(Outcome.AGREED_AD_REFERENDUM))
    assert standing.contradictions == (
        OutcomeWarning(Discrepancy.NOT_AD_REFERENDUM_ONLY, ("HUN",)),
    )


def test_a_declaration_newer_than_the_silence_procedure_leads() -> None:
    after_break = stand(
        ALL_AGREE,
        declaration=declared(Outcome.NO_CONSENSUS, hours=30),
        procedure=silence(SilenceState.BROKEN, "TUR"),
    )
    assert after_break.lead is Lead.DECLARED
    # A broken silence is a recorded lack of consensus, whatever the table agreed.
    assert after_break.contradictions == ()
    adopted = stand(
        ALL_AGREE | {"TUR": Position.OBJECTION},
        declaration=declared(Outcome.AGREED_UNDER_SILENCE, hours=30),
        procedure=silence(SilenceState.ADOPTED),
    )
    assert adopted.lead is Lead.DECLARED and adopted.contradictions == ()
    premature = stand(
        declaration=declared(Outcome.AGREED_UNDER_SILENCE, hours=2),
        procedure=silence(SilenceState.UNDER_SILENCE),
    )
    assert [w.kind for w in premature.contradictions] == [Discrepancy.NO_ADOPTED_SILENCE]


def test_remitted_names_its_committee_in_the_long_form() -> None:
    standing = stand(declaration=declared(Outcome.REMITTED, remitted_to="PPC"))
    assert short_text(standing, "en") == "Remitted"
    assert en(standing) == "Remitted to PPC."
    assert long_text(standing, "fr") == "Renvoyé à PPC."


# ---------------------------------------------------------------------- every combination
TABLES = st.dictionaries(
    st.sampled_from(HOLDERS), st.sampled_from(list(Position)), max_size=len(HOLDERS)
)
SILENCES = st.one_of(
    st.none(),
    st.builds(
        silence,
        st.sampled_from(list(SilenceState)),
        st.sampled_from(["TUR", "HUN"]),
        launched=st.sampled_from([0.0, 1.0, 3.0]),
    ),
)
DECLARATIONS = st.one_of(
    st.none(),
    st.builds(
        declared,
        st.sampled_from(list(Outcome)),
        hours=st.sampled_from([0.5, 2.0]),
        remitted_to=st.just("PPC"),
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    positions=TABLES,
    procedure=SILENCES,
    declaration=DECLARATIONS,
    kind=st.sampled_from(list(AgendaKind)),
    absent=st.sets(st.sampled_from(HOLDERS)),
)
def test_every_combination_has_one_lead_and_words_in_both_languages(
    positions: dict[str, Position],
    procedure: SilenceFacts | None,
    declaration: Declaration | None,
    kind: AgendaKind,
    absent: set[str],
) -> None:
    standing = stand(
        positions, declaration=declaration, procedure=procedure, kind=kind, absent=tuple(absent)
    )
    live = procedure is not None and procedure.state is not SilenceState.WITHDRAWN
    if standing.lead.from_silence:
        assert live and not standing.contradicted
        assert (
            declaration is None
            or standing.overtaken
            or (declaration.outcome is Outcome.UNDER_SILENCE)
        )
    elif declaration is not None:
        assert standing.lead is Lead.DECLARED
    else:
        assert standing.lead.from_the_table and not live
    if standing.lead is not Lead.DECLARED:
        assert standing.contradictions == ()
    if standing.lead is Lead.SILENCE_BROKEN:
        assert "returns to the Council" in long_text(standing, "en")
        assert "Under silence" not in long_text(standing, "en")
    assert set(standing.absent) <= absent & set(standing.pending)
    for language in ("en", "fr"):
        assert short_text(standing, language).strip()
        assert long_text(standing, language).endswith(".")
        for warning in standing.contradictions:
            assert contradiction_text(warning, language).endswith(".")


# ---------------------------------------------------------------------- from the minutes
def test_the_minutes_record_gives_the_same_state() -> None:
    people = tuple(
        Attendee(code, Label(NAMES[code], FR_NAMES[code]), AttendanceKind.MEMBER, code != "ISL", "")
        for code in HOLDERS
    )
    steps = {code: (PositionStep(Position.AGREE, "", (), T0),) for code in ("BEL", "HUN")} | {
        "TUR": (PositionStep(Position.OBJECTION, "", (), T0),)
    }
    procedure = SilenceProcedure.launch(at(1), at(25), frozenset(HOLDERS)).receive_letter(
        "TUR", at(2)
    )
    item = ItemRecord(
        number=1,
        title=Bilingual("Item"),
        kind=AgendaKind.DECISION,
        documents="",
        summary=Bilingual(),
        positions=tuple(PositionRecord(code, path) for code, path in steps.items()),
        silence=(SilenceRecord(1, "PO(2026)0001", Bilingual("Draft"), "Chair", procedure),),
        decision=DecisionRecord(Outcome.UNDER_SILENCE, Bilingual(), Bilingual(), at(1)),
    )
    standing = standing_of_record(item, people)
    assert standing.lead is Lead.SILENCE_BROKEN
    assert standing.consensus.objecting == ("TUR",)
    assert standing.absent == ("ISL",)
    assert standing.silence is not None and standing.silence.breaking == ("TUR",)
