"""When the clock's time can be a meeting's opening or closing time.

Open the Meeting and Close the Meeting stamp the time now; the session form offers it when a
time is ticked. That is right only while the meeting is being held: on the session's own date
in its zone (and, for the closing, the night after, when a meeting runs past midnight).
Otherwise the time is typed, never invented.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desktop.domain.timezones import utc_to_local


def to_minute(moment: datetime) -> datetime:
    """``moment`` without its seconds: a meeting's times are recorded to the minute."""
    return moment.replace(second=0, microsecond=0)


def may_open_at(session_date: date, zone: str, moment: datetime) -> bool:
    """Whether ``moment`` (aware) falls on the session's date in its zone."""
    return utc_to_local(moment, zone).date() == session_date


def may_close_at(session_date: date, zone: str, moment: datetime) -> bool:
    """Whether ``moment`` (aware) falls on the session's date, or the day after (a meeting
    that ran past midnight), in its zone."""
    day = utc_to_local(moment, zone).date()
    return day in (session_date, session_date + timedelta(days=1))
