"""Bodies and who holds decision rights in each on a date (France, the NPG and the DPC)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.domain.allies import members_on
from desktop.domain.bodies import (
    BODIES,
    Body,
    BodyKind,
    Exclusion,
    body,
    meeting_heading,
    session_title,
)
from desktop.domain.errors import DomainError
from desktop.domain.labels import Label
from desktop.domain.sessions import Level
from desktop.reference import allies

from ._support import codes

NAC, NPG, MC, DPC, COMMITTEE = (body(kind) for kind in BodyKind)
PROPERTY = settings(deadline=None, max_examples=200)


def holders(b: Body, day: date) -> list[str]:
    return codes(b.decision_holders(allies(), day))


def members(day: date) -> list[str]:
    return codes(members_on(allies(), day))


def test_every_kind_has_a_profile():
    assert set(BODIES) == set(BodyKind)
    for kind, profile in BODIES.items():
        assert profile.kind is kind


@pytest.mark.parametrize("kind", ["NAC", "NPG", "MC", "DPC", "COMMITTEE"])
def test_body_by_stored_value(kind):
    assert body(kind) is BODIES[BodyKind(kind)]


def test_an_unknown_body_is_refused():
    with pytest.raises(ValueError, match="XYZ"):
        body("XYZ")


@pytest.mark.parametrize(
    ("kind", "en", "fr"),
    [
        (BodyKind.NAC, "North Atlantic Council", "Conseil de l'Atlantique Nord"),
        (BodyKind.NPG, "Nuclear Planning Group", "Groupe des plans nucléaires"),
        (BodyKind.MC, "Military Committee", "Comité militaire"),
        (BodyKind.DPC, "Defence Planning Committee", "Comité des plans de défense"),
    ],
)
def test_official_names_in_both_languages(kind, en, fr):
    assert body(kind).title("en") == en
    assert body(kind).title("fr") == fr


def test_a_subordinate_committee_takes_the_name_it_is_given():
    assert COMMITTEE.title("en", "Political Committee") == "Political Committee"
    assert COMMITTEE.title("fr") == "Comité"
    assert NAC.title("en", "ignored for the Council") == "North Atlantic Council"


def test_levels_of_each_body():
    assert NAC.levels == (
        Level.PERMANENT_REPRESENTATIVES,
        Level.FOREIGN_MINISTERS,
        Level.DEFENCE_MINISTERS,
        Level.HEADS_OF_STATE_AND_GOVERNMENT,
    )
    assert set(MC.levels) == {Level.MILITARY_REPRESENTATIVES, Level.CHIEFS_OF_DEFENCE}
    assert set(NPG.levels) == {Level.PERMANENT_REPRESENTATIVES, Level.DEFENCE_MINISTERS}


# ---------------------------------------------------------------- the Council and the MC


@pytest.mark.parametrize(
    "day", [date(1950, 1, 1), date(1982, 6, 1), date(2022, 9, 1), date(2024, 3, 7)]
)
@pytest.mark.parametrize("profile", [NAC, MC, COMMITTEE], ids=lambda b: b.kind.value)
def test_every_member_holds_decision_rights_in_the_council_mc_and_committees(profile, day):
    assert holders(profile, day) == members(day)


def test_invitees_hold_no_decision_rights_in_any_body():
    day = date(2022, 9, 1)
    for profile in (NAC, NPG, MC, COMMITTEE):
        assert not {"FIN", "SWE"} & set(holders(profile, day))


# ---------------------------------------------------------------- the Nuclear Planning Group


@pytest.mark.parametrize(
    "day",
    [date(1966, 12, 14), date(1967, 1, 1), date(1990, 1, 1), date(2009, 4, 4), date(2024, 3, 7)],
)
def test_france_has_no_seat_in_the_nuclear_planning_group(day):
    seats = holders(NPG, day)
    assert "FRA" not in seats
    assert set(seats) == set(members(day)) - {"FRA"}


@PROPERTY
@given(st.dates(min_value=date(1966, 12, 14), max_value=date(2100, 1, 1)))
def test_france_never_sits_in_the_nuclear_planning_group(day):
    assert "FRA" not in holders(NPG, day)


def test_the_npg_of_today_has_thirty_one_seats():
    assert len(holders(NPG, date(2024, 3, 7))) == 31


@pytest.mark.parametrize("day", [date(1960, 1, 1), date(1966, 12, 13)])
def test_an_npg_session_before_14_december_1966_is_refused(day):
    with pytest.raises(DomainError) as raised:
        NPG.decision_holders(allies(), day)
    message = str(raised.value)
    assert "Nuclear Planning Group" in message
    assert day.isoformat() in message
    assert "1966-12-14" in message


# ---------------------------------------------------------------- the Defence Planning Committee


@pytest.mark.parametrize(
    ("day", "france_sits"),
    [
        (date(1963, 1, 1), True),
        (date(1964, 6, 1), True),
        (date(1966, 6, 30), True),
        (date(1966, 7, 1), False),  # France leaves the integrated military structure
        (date(1980, 1, 1), False),
        (date(2009, 4, 3), False),
        (date(2009, 4, 4), True),  # Strasbourg-Kehl summit
        (date(2010, 6, 1), True),
        (date(2010, 12, 31), True),
    ],
)
def test_france_in_the_defence_planning_committee(day, france_sits):
    seats = holders(DPC, day)
    assert ("FRA" in seats) is france_sits
    assert set(seats) | {"FRA"} == set(members(day)) | {"FRA"}


@PROPERTY
@given(st.dates(min_value=date(1966, 7, 1), max_value=date(2009, 4, 3)))
def test_france_is_absent_from_the_dpc_from_1966_to_2009(day):
    seats = holders(DPC, day)
    assert "FRA" not in seats
    assert len(seats) == len(members(day)) - 1


@pytest.mark.parametrize("day", [date(1962, 12, 31), date(2011, 1, 1), date(2015, 3, 1)])
def test_a_dpc_session_outside_its_existence_is_refused(day):
    with pytest.raises(DomainError) as raised:
        DPC.decision_holders(allies(), day)
    message = str(raised.value)
    assert message.startswith("The Defence Planning Committee did not meet on ")
    assert day.isoformat() in message
    # The last day it existed, not the exclusive bound.
    assert "it existed from 1963-01-01 to 2010-12-31" in message


def test_refusal_of_a_body_that_existed_from_the_start_reads_well():
    old = Body(
        BodyKind.COMMITTEE, Label("Old Committee", "Ancien comité"), (), None, date(1960, 1, 1)
    )
    with pytest.raises(DomainError) as raised:
        old.decision_holders(allies(), date(1970, 1, 1))
    message = str(raised.value)
    assert "from the start to 1959-12-31" in message
    assert "from from" not in message


def test_exists_on_bounds():
    assert not DPC.exists_on(date(1962, 12, 31))
    assert DPC.exists_on(date(1963, 1, 1))
    assert DPC.exists_on(date(2010, 12, 31))
    assert not DPC.exists_on(date(2011, 1, 1))
    assert NAC.exists_on(date(1949, 1, 1))


@pytest.mark.parametrize(
    ("exclusion", "day", "applies"),
    [
        (Exclusion("FRA"), date(1900, 1, 1), True),
        (Exclusion("FRA", start=date(2000, 1, 1)), date(1999, 12, 31), False),
        (Exclusion("FRA", start=date(2000, 1, 1)), date(2000, 1, 1), True),
        (Exclusion("FRA", end=date(2000, 1, 1)), date(1999, 12, 31), True),
        (Exclusion("FRA", end=date(2000, 1, 1)), date(2000, 1, 1), False),
    ],
)
def test_exclusion_bounds_start_inclusive_end_exclusive(exclusion, day, applies):
    assert exclusion.applies_on(day) is applies


@PROPERTY
@given(
    st.sampled_from(list(BodyKind)),
    st.dates(min_value=date(1963, 1, 1), max_value=date(2100, 1, 1)),
)
def test_decision_holders_are_members_in_seating_order(kind, day):
    profile = body(kind)
    assume(profile.exists_on(day))
    seats = holders(profile, day)
    roster = members(day)
    assert set(seats) <= set(roster)
    assert seats == [code for code in roster if code in seats]


# ---------------------------------------------------------------- titles and headings


@pytest.mark.parametrize(
    ("kind", "level", "language", "committee", "heading"),
    [
        (
            "NAC",
            "foreign_ministers",
            "en",
            "",
            "Meeting of the North Atlantic Council at the level of Foreign Ministers",
        ),
        (
            BodyKind.NAC,
            Level.FOREIGN_MINISTERS,
            "fr",
            "",
            "Réunion du Conseil de l'Atlantique Nord au niveau des ministres des Affaires "
            "étrangères",
        ),
        (
            BodyKind.NAC,
            Level.HEADS_OF_STATE_AND_GOVERNMENT,
            "fr",
            "",
            "Réunion du Conseil de l'Atlantique Nord au niveau des chefs d'État et de gouvernement",
        ),
        (
            BodyKind.NPG,
            Level.DEFENCE_MINISTERS,
            "en",
            "",
            "Meeting of the Nuclear Planning Group at the level of Defence Ministers",
        ),
        (
            BodyKind.MC,
            Level.CHIEFS_OF_DEFENCE,
            "fr",
            "",
            "Réunion du Comité militaire au niveau des chefs d'état-major de la défense",
        ),
        (
            BodyKind.COMMITTEE,
            Level.NATIONAL_REPRESENTATIVES,
            "en",
            "Political Committee",
            "Meeting of the Political Committee at the level of National Representatives",
        ),
        (
            BodyKind.COMMITTEE,
            Level.PERMANENT_REPRESENTATIVES,
            "fr",
            "Commission OTAN-Ukraine",
            "Réunion de la Commission OTAN-Ukraine au niveau des représentants permanents",
        ),
    ],
)
def test_meeting_heading_of_the_minutes(kind, level, language, committee, heading):
    assert meeting_heading(kind, level, language, committee) == heading


def test_session_title_for_lists():
    assert (
        session_title(BodyKind.NAC, Level.PERMANENT_REPRESENTATIVES)
        == "North Atlantic Council — Permanent Representatives"
    )
    assert session_title("COMMITTEE", "national_representatives", "Political Committee") == (
        "Political Committee — National Representatives"
    )
