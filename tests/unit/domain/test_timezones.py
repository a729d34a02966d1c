"""Times: stored in UTC, entered and shown in Brussels time, across daylight saving."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import DomainError, TimeError
from desktop.domain.silence import SilenceProcedure, SilenceState
from desktop.domain.timezones import BRUSSELS, local_to_utc, now_utc, require_utc, utc_to_local

from ._support import nac_holders, utc

SECOND = timedelta(seconds=1)
PROPERTY = settings(deadline=None, max_examples=200)


# ---------------------------------------------------------------- a deadline across the end of DST


def test_a_deadline_set_across_the_end_of_summer_time_settles_at_the_right_instant():
    # Launched on Friday at 10:00 (CEST, UTC+2); deadline Monday at 12:00 (CET, UTC+1):
    # the clocks go back on Sunday 25 October 2026.
    launched = local_to_utc(datetime(2026, 10, 23, 10, 0))
    deadline = local_to_utc(datetime(2026, 10, 26, 12, 0))
    assert launched == utc(2026, 10, 23, 8, 0)
    assert deadline == utc(2026, 10, 26, 11, 0)

    procedure = SilenceProcedure.launch(
        launched, deadline, frozenset(nac_holders(date(2026, 10, 23)))
    )
    assert not procedure.status(utc(2026, 10, 26, 10, 0)).due  # noon summer time: not yet
    assert not procedure.status(utc(2026, 10, 26, 10, 30)).due
    assert not procedure.status(utc(2026, 10, 26, 10, 59, 59)).due
    assert procedure.status(utc(2026, 10, 26, 11, 0)).due
    with pytest.raises(DomainError):
        procedure.settle(utc(2026, 10, 26, 10, 59, 59))

    on_time = procedure.receive_letter("NLD", utc(2026, 10, 26, 11, 0))
    assert on_time.settle(deadline).status(deadline).state is SilenceState.BROKEN
    late = procedure.receive_letter("NLD", utc(2026, 10, 26, 11, 0, 1))
    assert late.settle(deadline).status(deadline).state is SilenceState.ADOPTED


def test_the_deadline_is_shown_back_as_noon_winter_time():
    shown = utc_to_local(utc(2026, 10, 26, 11, 0))
    assert (shown.hour, shown.minute) == (12, 0)
    assert shown.utcoffset() == timedelta(hours=1)
    assert shown.tzname() == "CET"


def test_a_deadline_set_across_the_start_of_summer_time():
    # Friday 27 March 2026 10:00 CET, Monday 30 March 12:00 CEST.
    assert local_to_utc(datetime(2026, 3, 27, 10, 0)) == utc(2026, 3, 27, 9, 0)
    assert local_to_utc(datetime(2026, 3, 30, 12, 0)) == utc(2026, 3, 30, 10, 0)


# ---------------------------------------------------------------- times that do not exist


@pytest.mark.parametrize("minute", [0, 30, 59])
@pytest.mark.parametrize("fold", [None, 0, 1])
def test_a_time_skipped_when_the_clocks_go_forward_is_refused(minute, fold):
    with pytest.raises(TimeError, match="does not exist") as raised:
        local_to_utc(datetime(2026, 3, 29, 2, minute), fold=fold)
    assert "29 March 2026" in str(raised.value)


@pytest.mark.parametrize(
    ("local", "instant"),
    [
        (datetime(2026, 3, 29, 1, 59), utc(2026, 3, 29, 0, 59)),
        (datetime(2026, 3, 29, 3, 0), utc(2026, 3, 29, 1, 0)),
    ],
)
def test_the_times_either_side_of_the_gap_exist(local, instant):
    assert local_to_utc(local) == instant


# ---------------------------------------------------------------- times that occur twice


@pytest.mark.parametrize("minute", [0, 30, 59])
def test_a_time_that_occurs_twice_is_refused_without_fold(minute):
    with pytest.raises(TimeError, match="occurs twice") as raised:
        local_to_utc(datetime(2026, 10, 25, 2, minute))
    assert "summer time or winter time" in str(raised.value)


def test_fold_0_chooses_summer_time():
    assert local_to_utc(datetime(2026, 10, 25, 2, 30), fold=0) == utc(2026, 10, 25, 0, 30)


def test_fold_1_chooses_winter_time():
    assert local_to_utc(datetime(2026, 10, 25, 2, 30), fold=1) == utc(2026, 10, 25, 1, 30)


@pytest.mark.parametrize(
    ("local", "instant"),
    [
        (datetime(2026, 10, 25, 1, 59), utc(2026, 10, 24, 23, 59)),
        (datetime(2026, 10, 25, 3, 0), utc(2026, 10, 25, 2, 0)),
    ],
)
@pytest.mark.parametrize("fold", [None, 0, 1])
def test_fold_makes_no_difference_outside_the_repeated_hour(local, instant, fold):
    assert local_to_utc(local, fold=fold) == instant


def test_another_zone_may_be_named():
    # New York falls back on 1 November 2026.
    with pytest.raises(TimeError, match="America/New_York"):
        local_to_utc(datetime(2026, 11, 1, 1, 30), "America/New_York")
    assert local_to_utc(datetime(2026, 11, 1, 1, 30), "America/New_York", fold=1) == utc(
        2026, 11, 1, 6, 30
    )
    assert utc_to_local(utc(2026, 7, 1, 12), "America/New_York").hour == 8


# ---------------------------------------------------------------- naive and aware datetimes


def test_local_to_utc_wants_a_wall_clock_time_without_zone():
    with pytest.raises(TimeError, match="without a zone"):
        local_to_utc(utc(2026, 5, 4, 10))


def test_require_utc_refuses_a_naive_datetime_and_names_what():
    with pytest.raises(TimeError, match="deadline has no time zone"):
        require_utc(datetime(2026, 5, 4, 10), "deadline")


def test_require_utc_converts_an_aware_datetime_to_utc():
    brussels = datetime(2026, 7, 1, 12, 0, tzinfo=ZoneInfo(BRUSSELS))
    moment = require_utc(brussels)
    assert moment == utc(2026, 7, 1, 10, 0)
    assert moment.tzinfo is UTC
    offset = datetime(2026, 7, 1, 12, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert require_utc(offset) == utc(2026, 7, 1, 17, 0)


def test_utc_to_local_refuses_a_naive_datetime():
    with pytest.raises(TimeError):
        utc_to_local(datetime(2026, 5, 4, 10))


def test_now_is_aware_and_in_utc():
    moment = now_utc()
    assert moment.utcoffset() == timedelta(0)
    assert abs(moment - datetime.now(UTC)) < timedelta(minutes=1)


NAIVE = datetime(2026, 5, 5, 10, 0)
LAUNCH = utc(2026, 5, 4, 10)
DEADLINE = utc(2026, 5, 6, 10)
HOLDERS = frozenset({"BEL", "FRA"})


def running():
    return SilenceProcedure.launch(LAUNCH, DEADLINE, HOLDERS).receive_letter("FRA", LAUNCH)


@pytest.mark.parametrize(
    "step",
    [
        lambda: SilenceProcedure.launch(NAIVE, DEADLINE, HOLDERS),
        lambda: SilenceProcedure.launch(LAUNCH, NAIVE, HOLDERS),
        lambda: running().receive_letter("BEL", NAIVE),
        lambda: running().withdraw_break(1, NAIVE),
        lambda: running().extend(NAIVE, DEADLINE + timedelta(days=1)),
        lambda: running().extend(LAUNCH, NAIVE),
        lambda: running().withdraw(NAIVE),
        lambda: running().settle(NAIVE),
        lambda: running().status(NAIVE),
    ],
    ids=[
        "launch-time",
        "deadline",
        "letter",
        "break-withdrawal",
        "extension-time",
        "new-deadline",
        "withdrawal",
        "settle",
        "status",
    ],
)
def test_the_silence_procedure_refuses_naive_datetimes(step):
    with pytest.raises(TimeError, match="no time zone"):
        step()


# ---------------------------------------------------------------- properties

wall_clock = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31))
instants = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2037, 12, 31),
    timezones=st.just(UTC),
)


@PROPERTY
@given(wall_clock)
def test_an_unambiguous_wall_clock_time_round_trips(local):
    try:
        moment = local_to_utc(local)
    except TimeError:
        tz = ZoneInfo(BRUSSELS)
        # Refused only around a change of the clocks.
        assert (
            local.replace(tzinfo=tz, fold=0).utcoffset()
            != local.replace(tzinfo=tz, fold=1).utcoffset()
        )
        return
    assert moment.tzinfo is UTC
    assert utc_to_local(moment).replace(tzinfo=None) == local


@PROPERTY
@given(instants)
def test_every_utc_instant_can_be_entered_back_in_brussels_time(moment):
    shown = utc_to_local(moment)
    assert local_to_utc(shown.replace(tzinfo=None), fold=shown.fold) == moment
