"""A state's names by date (``AllyName``, ``name_on``): made-up histories, no reference file.
The real names, and the summary sentences they make on a date of 2003 and of today."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.allies import AllyName, name_on
from desktop.domain.consensus import consensus_of
from desktop.domain.labels import Label
from desktop.domain.positions import Position
from desktop.domain.summary import chair_summary
from desktop.reference import ally_name_on

OLD = AllyName("ZZZ", date(1950, 1, 1), date(1999, 12, 31), "Oldland", "Vieillie", "oldland", "x")
NEW = AllyName("ZZZ", date(2000, 1, 1), None, "Newland", "Neuvie", "newland", "y")
HISTORY = (OLD, NEW)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(1950, 1, 1), OLD),
        (date(1999, 12, 31), OLD),
        (date(2000, 1, 1), NEW),
        (date(2100, 1, 1), NEW),
        (date(1900, 1, 1), OLD),  # before the first name: the first
        (None, NEW),  # no day: today's
    ],
)
def test_the_name_on_a_day(day, expected):
    assert name_on(HISTORY, day) == expected


def test_no_history_no_name():
    assert name_on((), date(2000, 1, 1)) is None
    assert name_on((), None) is None


def test_a_name_applies_on_its_days_only():
    assert OLD.applies_on(date(1950, 1, 1)) and OLD.applies_on(date(1999, 12, 31))
    assert not OLD.applies_on(date(1949, 12, 31)) and not OLD.applies_on(date(2000, 1, 1))
    assert NEW.applies_on(date(2100, 1, 1))
    assert (OLD.name("en"), OLD.name("fr"), OLD.name("de")) == ("Oldland", "Vieillie", "Oldland")


def _names(day: date) -> dict[str, Label]:
    out = {}
    for code in ("TUR", "CZE", "DEU", "HUN"):
        named = ally_name_on(code, day)
        assert named is not None
        out[code] = Label(named.name_en, named.name_fr)
    return out


def _summary(day: date, language: str) -> str:
    current = {
        "TUR": Position.OBJECTION,
        "CZE": Position.OBJECTION,
        "DEU": Position.AWAITING_INSTRUCTIONS,
        "HUN": Position.AGREE,
    }
    holders = list(current)
    return chair_summary(consensus_of(holders, current), _names(day), language, positions=current)


def test_a_summary_of_2003_says_turkey_and_the_czech_republic():
    english, french = _summary(date(2003, 2, 10), "en"), _summary(date(2003, 2, 10), "fr")
    assert "Turkey" in english and "the Czech Republic" in english
    assert "la Turquie" in french and "la République tchèque" in french
    for text in (english, french):
        assert "Türkiye" not in text and "Czechia" not in text and "Tchéquie" not in text


def test_a_summary_of_1985_says_the_federal_republic_of_germany():
    assert "the Federal Republic of Germany" in _summary(date(1985, 12, 12), "en")
    assert "la République fédérale d'Allemagne" in _summary(date(1985, 12, 12), "fr")


def test_a_summary_of_2026_says_turkiye_and_czechia():
    english, french = _summary(date(2026, 11, 18), "en"), _summary(date(2026, 11, 18), "fr")
    assert "Türkiye" in english and "Czechia" in english and "Turkey" not in english
    assert "la Türkiye" in french and "la Tchéquie" in french and "Turquie" not in french
