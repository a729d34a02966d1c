"""The reference data shipped in resources/: the Allies, their names and dates."""

from __future__ import annotations

import csv
import io
import string
from datetime import date, timedelta
from itertools import pairwise

import pytest

from desktop.domain.allies import members_on, seating_order
from desktop.reference import allies, allies_by_code, ally_name_on, ally_names, resource_text

# Every Ally with its accession date, written out from the public record.
ACCESSIONS = {
    "BEL": date(1949, 8, 24),
    "CAN": date(1949, 8, 24),
    "DNK": date(1949, 8, 24),
    "FRA": date(1949, 8, 24),
    "ISL": date(1949, 8, 24),
    "ITA": date(1949, 8, 24),
    "LUX": date(1949, 8, 24),
    "NLD": date(1949, 8, 24),
    "NOR": date(1949, 8, 24),
    "PRT": date(1949, 8, 24),
    "GBR": date(1949, 8, 24),
    "USA": date(1949, 8, 24),
    "GRC": date(1952, 2, 18),
    "TUR": date(1952, 2, 18),
    "DEU": date(1955, 5, 6),
    "ESP": date(1982, 5, 30),
    "CZE": date(1999, 3, 12),
    "HUN": date(1999, 3, 12),
    "POL": date(1999, 3, 12),
    "BGR": date(2004, 3, 29),
    "EST": date(2004, 3, 29),
    "LVA": date(2004, 3, 29),
    "LTU": date(2004, 3, 29),
    "ROU": date(2004, 3, 29),
    "SVK": date(2004, 3, 29),
    "SVN": date(2004, 3, 29),
    "ALB": date(2009, 4, 1),
    "HRV": date(2009, 4, 1),
    "MNE": date(2017, 6, 5),
    "MKD": date(2020, 3, 27),
    "FIN": date(2023, 4, 4),
    "SWE": date(2024, 3, 7),
}

NAMES = {  # a few that are easy to get wrong
    "CZE": ("Czechia", "Tchéquie"),
    "TUR": ("Türkiye", "Türkiye"),
    "MKD": ("North Macedonia", "Macédoine du Nord"),
    "NLD": ("Netherlands", "Pays-Bas"),
    "GBR": ("United Kingdom", "Royaume-Uni"),
    "USA": ("United States", "États-Unis"),
    "DEU": ("Germany", "Allemagne"),
}


def test_thirty_two_allies_load():
    assert len(allies()) == 32


def test_codes_are_unique_and_exactly_the_allies():
    codes = [a.code for a in allies()]
    assert len(set(codes)) == len(codes)
    assert set(codes) == set(ACCESSIONS)


def test_codes_are_iso_alpha_3():
    for ally in allies():
        assert len(ally.code) == 3
        assert set(ally.code) <= set(string.ascii_uppercase), ally.code


@pytest.mark.parametrize(("code", "accession"), sorted(ACCESSIONS.items()))
def test_accession_dates(code, accession):
    assert allies_by_code()[code].accession == accession


def test_every_ally_has_an_english_and_a_french_name():
    for ally in allies():
        assert ally.name_en.strip(), ally.code
        assert ally.name_fr.strip(), ally.code
    assert len({a.name_en for a in allies()}) == 32
    assert len({a.name_fr for a in allies()}) == 32


@pytest.mark.parametrize(("code", "names"), sorted(NAMES.items()))
def test_names_in_both_languages(code, names):
    ally = allies_by_code()[code]
    assert (ally.name_en, ally.name_fr) == names


@pytest.mark.parametrize("code", ["FIN", "SWE"])
def test_finland_and_sweden_were_invitees_from_5_july_2022(code):
    assert allies_by_code()[code].invitee_from == date(2022, 7, 5)


def test_no_other_ally_has_an_invitee_date():
    assert {a.code for a in allies() if a.invitee_from is not None} == {"FIN", "SWE"}


def test_invitation_precedes_accession():
    for ally in allies():
        if ally.invitee_from is not None:
            assert ally.invitee_from < ally.accession


def test_sort_keys_are_stored_in_lower_case_ascii():
    for ally in allies():
        assert ally.sort_key == ally.sort_key.lower()
        assert ally.sort_key.isascii(), ally.code
    assert allies_by_code()["TUR"].sort_key == "turkiye"


def test_allies_come_in_seating_order():
    assert list(allies()) == seating_order(allies())


def test_allies_by_code_finds_every_ally():
    by_code = allies_by_code()
    assert len(by_code) == 32
    assert all(by_code[a.code] is a for a in allies())


def test_the_file_has_the_columns_the_loader_reads():
    reader = csv.DictReader(io.StringIO(resource_text("reference", "allies.csv")))
    assert reader.fieldnames is not None
    assert {"code", "name_en", "name_fr", "accession", "sort_key", "invitee_from"} <= set(
        reader.fieldnames
    )
    assert len(list(reader)) == 32


# ---------------------------------------------------------------- the names by date
# (code, day, English, French, sort key): the record says the name of the session's date.
NAMES_ON = [
    ("TUR", date(1952, 2, 18), "Turkey", "Turquie", "turkey"),
    ("TUR", date(2003, 2, 10), "Turkey", "Turquie", "turkey"),
    ("TUR", date(2022, 5, 31), "Turkey", "Turquie", "turkey"),
    ("TUR", date(2022, 6, 1), "Türkiye", "Türkiye", "turkiye"),
    ("TUR", date(2026, 11, 18), "Türkiye", "Türkiye", "turkiye"),
    ("CZE", date(1999, 3, 12), "Czech Republic", "République tchèque", "czech republic"),
    ("CZE", date(2003, 2, 10), "Czech Republic", "République tchèque", "czech republic"),
    ("CZE", date(2016, 6, 30), "Czech Republic", "République tchèque", "czech republic"),
    ("CZE", date(2016, 7, 1), "Czechia", "Tchéquie", "czechia"),
    ("CZE", date(2026, 11, 18), "Czechia", "Tchéquie", "czechia"),
    (
        "DEU",
        date(1985, 12, 12),
        "Federal Republic of Germany",
        "République fédérale d'Allemagne",
        "germany",
    ),
    (
        "DEU",
        date(1990, 10, 2),
        "Federal Republic of Germany",
        "République fédérale d'Allemagne",
        "germany",
    ),
    ("DEU", date(1990, 10, 3), "Germany", "Allemagne", "germany"),
    ("DEU", date(2003, 2, 10), "Germany", "Allemagne", "germany"),
    ("MKD", date(2020, 3, 27), "North Macedonia", "Macédoine du Nord", "north macedonia"),
    ("FIN", date(2022, 7, 5), "Finland", "Finlande", "finland"),
]


def _name_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(resource_text("reference", "ally_names.csv"))))


@pytest.mark.parametrize(("code", "day", "en", "fr", "key"), NAMES_ON)
def test_an_ally_is_named_as_on_the_day(code, day, en, fr, key):
    named = ally_name_on(code, day)
    assert named is not None
    assert (named.name_en, named.name_fr, named.sort_key) == (en, fr, key)
    assert (named.name("en"), named.name("fr")) == (en, fr)
    assert named.applies_on(day)


def test_the_names_file_has_its_columns_and_every_row_a_source():
    rows = _name_rows()
    assert rows and set(rows[0]) == {
        "code", "valid_from", "valid_until", "name_en", "name_fr", "sort_key", "source", "notes",
    }  # fmt: skip
    for row in rows:
        where = f"{row['code']} from {row['valid_from']}"
        assert len(row["source"].strip()) >= 20, where  # a citation, not a word
        assert row["name_en"].strip() and row["name_fr"].strip(), where
        assert row["sort_key"] == row["sort_key"].lower() and row["sort_key"].isascii(), where
    assert len(ally_names()) == len(rows)


def test_every_ally_and_only_the_allies_have_a_history():
    assert {n.code for n in ally_names()} == set(ACCESSIONS)


@pytest.mark.parametrize("code", sorted(ACCESSIONS))
def test_a_history_has_no_gap_and_no_overlap(code):
    history = [n for n in ally_names() if n.code == code]
    ally = allies_by_code()[code]
    first_seat = min(d for d in (ally.accession, ally.invitee_from) if d is not None)
    assert history[0].valid_from == first_seat  # named from the day it first sat
    for earlier, later in pairwise(history):
        assert earlier.valid_until is not None, code  # only the last is open
        assert earlier.valid_from <= earlier.valid_until, code
        assert later.valid_from == earlier.valid_until + timedelta(days=1), code
    assert history[-1].valid_until is None  # named to this day


@pytest.mark.parametrize("code", sorted(ACCESSIONS))
def test_todays_name_is_the_one_in_the_list_of_allies(code):
    ally, today = allies_by_code()[code], ally_name_on(code, None)
    assert today is not None and today == ally_name_on(code, date(2100, 1, 1))
    assert (today.name_en, today.name_fr, today.sort_key) == (
        ally.name_en,
        ally.name_fr,
        ally.sort_key,
    )


def test_before_its_first_name_a_state_keeps_it():
    """A state at the table before it joined or was invited (a partner, an invitee before
    the dates of allies.csv) is named as when it first sat."""
    deu = ally_name_on("DEU", date(1954, 10, 23))  # invited in Paris, acceded in 1955
    assert deu is not None and deu.name_en == "Federal Republic of Germany"
    fin = ally_name_on("FIN", date(2015, 1, 1))
    assert fin is not None and fin.name_fr == "Finlande"


def test_a_code_that_is_no_allys_has_no_reference_name():
    assert ally_name_on("UKR", date(2026, 1, 1)) is None
    assert ally_name_on("", date(2026, 1, 1)) is None


# The seating order on a day: by the stored sort key of that day's names.
SEATING_ON = {
    date(1985, 12, 12): [
        "BEL", "CAN", "DNK", "FRA", "DEU", "GRC", "ISL", "ITA", "LUX", "NLD", "NOR",
        "PRT", "ESP", "TUR", "GBR", "USA",
    ],
    date(2003, 2, 10): [
        "BEL", "CAN", "CZE", "DNK", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LUX",
        "NLD", "NOR", "POL", "PRT", "ESP", "TUR", "GBR", "USA",
    ],
    date(2026, 11, 18): [
        "ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
        "GRC", "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR",
        "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA",
    ],
}  # fmt: skip


@pytest.mark.parametrize(("day", "seating"), sorted(SEATING_ON.items()))
def test_the_seating_order_of_a_day_follows_that_days_names(day, seating):
    members = [a.code for a in allies() if a.is_member_on(day)]

    def key(code: str) -> tuple[str, str]:
        named = ally_name_on(code, day)
        assert named is not None
        return named.sort_key, code

    assert sorted(members, key=key) == seating
    assert [a.code for a in members_on(allies(), day)] == seating  # today's keys agree
