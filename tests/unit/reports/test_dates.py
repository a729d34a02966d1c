"""Times as the minutes print them: in the hour that happens twice when Brussels' clocks go
back (25 October 2026, 02:00 to 03:00), each says which, in English and in French; every
other time is printed as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain.minutes import Minutes, PositionRecord, PositionStep, SilenceRecord
from desktop.domain.positions import Position
from desktop.domain.silence import SilenceProcedure
from desktop.domain.texts import Bilingual
from desktop.domain.timezones import BRUSSELS
from desktop.reports import dates
from desktop.reports.minutes import render
from desktop.reports.silence import deadline_words
from tests.unit.reports import plain
from tests.unit.reports.pdf import whole

NBSP = "\u00a0"
FIRST = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST, the first 02:30
SECOND = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET, an hour later
LAUNCHED = datetime(2026, 10, 22, 8, 0, tzinfo=UTC)


def test_a_clock_in_the_repeated_hour_says_which() -> None:
    first, second = dates.local(FIRST, BRUSSELS), dates.local(SECOND, BRUSSELS)
    assert dates.clock(first, "en") == f"02:30{NBSP}CEST"
    assert dates.clock(second, "en") == f"02:30{NBSP}CET"
    assert dates.clock(first, "fr") == f"2{NBSP}h{NBSP}30{NBSP}CEST"
    assert dates.clock(second, "fr") == f"2{NBSP}h{NBSP}30{NBSP}CET"


@pytest.mark.parametrize(
    ("moment", "english", "french"),
    [
        (FIRST - timedelta(minutes=31), "01:59", f"1{NBSP}h{NBSP}59"),
        (SECOND + timedelta(minutes=30), "03:00", f"3{NBSP}h{NBSP}00"),
        (datetime(2026, 3, 29, 1, 30, tzinfo=UTC), "03:30", f"3{NBSP}h{NBSP}30"),
        (datetime(2026, 11, 22, 17, 0, tzinfo=UTC), "18:00", f"18{NBSP}h{NBSP}00"),
    ],
)
def test_every_other_time_stays_as_it_was(moment: datetime, english: str, french: str) -> None:
    wall = dates.local(moment, BRUSSELS)
    assert (dates.clock(wall, "en"), dates.clock(wall, "fr")) == (english, french)


def test_two_deadlines_an_hour_apart_read_differently() -> None:
    assert deadline_words(FIRST, "en") == (
        f"Sunday 25{NBSP}October 2026, 02:30{NBSP}CEST (Brussels time)"
    )
    assert deadline_words(SECOND, "en") == (
        f"Sunday 25{NBSP}October 2026, 02:30{NBSP}CET (Brussels time)"
    )
    assert deadline_words(FIRST, "fr") == (
        f"dimanche 25{NBSP}octobre 2026, 2{NBSP}h{NBSP}30{NBSP}CEST (heure de Bruxelles)"
    )
    assert deadline_words(SECOND, "fr") == (
        f"dimanche 25{NBSP}octobre 2026, 2{NBSP}h{NBSP}30{NBSP}CET (heure de Bruxelles)"
    )


def _night_session() -> Minutes:
    """A night session on 25 October 2026 with a silence procedure on each of two items:
    deadlines at the first and at the second 02:30, a letter each at 02:45, a delegation
    that lifts its study reserve across the change of the clocks, opened at 02:10 CEST and
    closed at 02:50 CET."""
    holders = frozenset(plain.CODES)
    items = []
    for number, deadline in ((1, FIRST), (2, SECOND)):
        procedure = SilenceProcedure.launch(LAUNCHED, deadline, holders).receive_letter(
            "BEL", deadline + timedelta(minutes=15) - timedelta(hours=1), text="A comment."
        )
        record = SilenceRecord(
            1, f"PO(2026)000{number}", Bilingual("Draft", "Projet"), "Secretary General", procedure
        )
        items.append(replace(plain.item(number, {}), silence=(record,)))
    path = (
        PositionStep(Position.STUDY_RESERVE, "", (), FIRST + timedelta(minutes=10)),
        PositionStep(Position.AGREE, "", (), SECOND + timedelta(minutes=10)),
    )
    items[0] = replace(items[0], positions=(PositionRecord("ALB", path),))
    return replace(
        plain.minutes(tuple(items)),
        session_date=date(2026, 10, 25),
        opened_at=FIRST - timedelta(minutes=20),
        closed_at=SECOND + timedelta(minutes=20),
    )


@pytest.fixture(scope="module")
def night() -> Minutes:
    return _night_session()


def test_the_english_minutes_tell_the_two_deadlines_apart(night: Minutes) -> None:
    text = whole(render(night, "en"))
    assert "Sunday 25 October 2026, 02:30 CEST (Brussels time)" in text
    assert "Sunday 25 October 2026, 02:30 CET (Brussels time)" in text
    assert "25 Oct 2026, 01:45 " in text  # a letter before the repeated hour: unmarked
    assert "25 Oct 2026, 02:45 CEST" in text  # the first 02:45
    assert "Opened 02:10 CEST" in text and "Closed 02:50 CET" in text
    assert "02:40 CEST" in text and "02:40 CET" in text  # the study reserve, then agree


def test_the_french_minutes_tell_the_two_deadlines_apart(night: Minutes) -> None:
    text = whole(render(night, "fr"))
    assert "dimanche 25 octobre 2026, 2 h 30 CEST (heure de Bruxelles)" in text
    assert "dimanche 25 octobre 2026, 2 h 30 CET (heure de Bruxelles)" in text
    assert "2 h 45 CEST" in text
    assert "2 h 10 CEST" in text and "2 h 50 CET" in text  # opened, closed
    assert "2 h 40 CEST" in text and "2 h 40 CET" in text
