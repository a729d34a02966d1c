"""The reference data shipped in resources/: the Allies, their names and dates."""

from __future__ import annotations

import csv
import io
import string
from datetime import date

import pytest

from desktop.domain.allies import seating_order
from desktop.reference import allies, allies_by_code, resource_text

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
