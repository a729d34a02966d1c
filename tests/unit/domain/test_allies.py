"""Membership by date, invitees, and the seating order of delegations (real reference data)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.allies import Ally, invitees_on, members_on, seating_order
from desktop.reference import allies

from ._support import ally, codes

# The seating order of today's 32 Allies, written out.
SEATING_2024 = [
    "ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
    "GRC", "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR",
    "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA",
]  # fmt: skip

FOUNDERS = {"BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA"}

MEMBERSHIP = [
    (date(1949, 8, 23), 0),  # the Treaty entered into force on 24 August 1949
    (date(1949, 8, 24), 12),
    (date(1949, 9, 17), 12),  # the Council's first meeting
    (date(1950, 1, 1), 12),
    (date(1952, 2, 17), 12),
    (date(1952, 2, 18), 14),  # Greece, Türkiye
    (date(1955, 5, 6), 15),  # Germany
    (date(1982, 5, 29), 15),
    (date(1982, 5, 30), 16),  # Spain
    (date(1982, 6, 1), 16),
    (date(1999, 3, 11), 16),
    (date(1999, 3, 12), 19),  # Czechia, Hungary, Poland
    (date(2004, 3, 28), 19),
    (date(2004, 3, 29), 26),
    (date(2009, 3, 31), 26),
    (date(2009, 4, 1), 28),  # Albania, Croatia
    (date(2017, 6, 5), 29),  # Montenegro
    (date(2020, 3, 26), 29),
    (date(2020, 3, 27), 30),  # North Macedonia
    (date(2023, 4, 3), 30),
    (date(2023, 4, 4), 31),  # Finland
    (date(2023, 5, 1), 31),
    (date(2024, 3, 6), 31),
    (date(2024, 3, 7), 32),  # Sweden
    (date(2026, 1, 1), 32),
]

dates = st.dates(min_value=date(1945, 1, 1), max_value=date(2100, 12, 31))


@pytest.mark.parametrize(("day", "count"), MEMBERSHIP, ids=str)
def test_number_of_allies_on_a_date(day, count):
    assert len(members_on(allies(), day)) == count


def test_the_twelve_founders_in_1950():
    assert set(codes(members_on(allies(), date(1950, 1, 1)))) == FOUNDERS


def test_the_seating_order_of_the_thirty_two():
    assert codes(members_on(allies(), date(2024, 3, 7))) == SEATING_2024


def test_north_macedonia_sits_just_before_norway():
    seating = codes(members_on(allies(), date(2024, 3, 7)))
    assert seating.index("MKD") + 1 == seating.index("NOR")


def test_turkiye_sits_between_sweden_and_the_united_kingdom():
    seating = codes(members_on(allies(), date(2024, 3, 7)))
    i = seating.index("TUR")
    assert seating[i - 1 : i + 2] == ["SWE", "TUR", "GBR"]


def test_czechia_is_sorted_under_c():
    seating = codes(members_on(allies(), date(2024, 3, 7)))
    i = seating.index("CZE")
    assert seating[i - 1 : i + 2] == ["HRV", "CZE", "DNK"]


def test_turkiye_sorts_under_t_even_in_1952():
    seating = codes(members_on(allies(), date(1952, 2, 18)))
    assert seating[-4:] == ["PRT", "TUR", "GBR", "USA"]


def test_seating_follows_the_stored_sort_key_not_the_displayed_name():
    zed = Ally("ZZZ", "Zedland", "Zédie", date(1949, 8, 24), sort_key="aaa")
    assert seating_order([ally("ALB"), zed])[0] is zed


def test_seating_breaks_ties_by_code():
    one = Ally("BBB", "Same", "Même", date(1949, 8, 24), sort_key="same")
    two = Ally("AAA", "Same", "Même", date(1949, 8, 24), sort_key="same")
    assert codes(seating_order([one, two])) == ["AAA", "BBB"]


@pytest.mark.parametrize("code", ["ESP", "FIN", "SWE", "MKD", "DEU"])
def test_an_ally_is_a_member_from_its_accession_day(code):
    member = ally(code)
    assert not member.is_member_on(member.accession - timedelta(days=1))
    assert member.is_member_on(member.accession)


@pytest.mark.parametrize(
    ("code", "day", "invitee"),
    [
        ("FIN", date(2022, 7, 4), False),
        ("FIN", date(2022, 7, 5), True),
        ("FIN", date(2022, 9, 1), True),
        ("FIN", date(2023, 4, 3), True),
        ("FIN", date(2023, 4, 4), False),  # acceded: a member, no longer an invitee
        ("SWE", date(2022, 7, 5), True),
        ("SWE", date(2024, 3, 6), True),
        ("SWE", date(2024, 3, 7), False),
        ("FRA", date(2022, 9, 1), False),
        ("MKD", date(2020, 1, 1), False),  # no invitee date recorded
    ],
)
def test_is_invitee_on(code, day, invitee):
    assert ally(code).is_invitee_on(day) is invitee


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2022, 7, 4), []),
        (date(2022, 9, 1), ["FIN", "SWE"]),
        (date(2023, 5, 1), ["SWE"]),
        (date(2024, 3, 6), ["SWE"]),
        (date(2024, 3, 7), []),
    ],
)
def test_invitees_on(day, expected):
    assert codes(invitees_on(allies(), day)) == expected


def test_finland_is_an_invitee_on_1_september_2022_and_not_a_member():
    assert ally("FIN").is_invitee_on(date(2022, 9, 1))
    assert "FIN" not in codes(members_on(allies(), date(2022, 9, 1)))


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("DEU", "en", "Germany"),
        ("DEU", "fr", "Allemagne"),
        ("TUR", "en", "Türkiye"),
        ("USA", "fr", "États-Unis"),
        ("MKD", "fr", "Macédoine du Nord"),
        ("GBR", "de", "United Kingdom"),  # any other language falls back to English
    ],
)
def test_name_in_a_language(code, language, name):
    assert ally(code).name(language) == name


# ---------------------------------------------------------------- properties

PROPERTY = settings(deadline=None, max_examples=200)


@PROPERTY
@given(dates)
def test_members_are_always_in_seating_order(day):
    members = members_on(allies(), day)
    keys = [a.sort_key for a in members]
    assert keys == sorted(keys)


@PROPERTY
@given(dates)
def test_nobody_is_both_member_and_invitee(day):
    members = set(codes(members_on(allies(), day)))
    invitees = set(codes(invitees_on(allies(), day)))
    assert not members & invitees


@PROPERTY
@given(dates, dates)
def test_membership_only_grows(earlier, later):
    earlier, later = sorted((earlier, later))
    assert set(codes(members_on(allies(), earlier))) <= set(codes(members_on(allies(), later)))


@PROPERTY
@given(st.permutations(list(allies())))
def test_seating_order_does_not_depend_on_the_order_given(shuffled):
    assert codes(seating_order(shuffled)) == SEATING_2024
