"""Dates and times as the minutes print them, in English or French, without the OS locale.

English follows NATO's British usage ("Sunday 22 November 2026, 18:00"); French follows the
Imprimerie nationale ("dimanche 22 novembre 2026, 18 h 00", "1er novembre").
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop.i18n import MONTHS as _MONTHS
from desktop.i18n import WEEKDAYS as _WEEKDAYS
from desktop.i18n import repeated_hour_mark

NBSP = "\u00a0"

_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.", "févr.", "mars", "avr.", "mai", "juin",
        "juil.", "août", "sept.", "oct.", "nov.", "déc.",
    ),
}  # fmt: skip


def _lang(language: str) -> str:
    return "fr" if language == "fr" else "en"


def long_date(day: date, language: str, *, weekday: bool = False) -> str:
    """'21 November 2026' / '21 novembre 2026' ('1er novembre'), optionally with the weekday."""
    lang = _lang(language)
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    text = f"{number}{NBSP}{_MONTHS[lang][day.month - 1]} {day.year}"
    if weekday:
        text = f"{_WEEKDAYS[lang][day.weekday()]} {text}"
    return text


def clock(moment: datetime, language: str) -> str:
    """'18:00' / '18 h 00' (the wall-clock time of an aware or naive datetime). In the hour
    that happens twice when the clocks go back, an aware one says which: '02:30 CEST' /
    '2 h 30 CET' (``desktop.i18n.repeated_hour_mark``)."""
    if _lang(language) == "fr":
        text = f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}"
    else:
        text = f"{moment.hour:02d}:{moment.minute:02d}"
    mark = repeated_hour_mark(moment)
    return f"{text}{NBSP}{mark}" if mark else text


def local(moment: datetime, zone: str) -> datetime:
    """An aware instant as wall-clock time in ``zone``."""
    return moment.astimezone(ZoneInfo(zone))


def date_time(moment: datetime, zone: str, language: str, *, weekday: bool = True) -> str:
    """'Sunday 22 November 2026, 18:00' in ``zone`` (the caller names the zone)."""
    wall = local(moment, zone)
    return f"{long_date(wall.date(), language, weekday=weekday)}, {clock(wall, language)}"


def short_date(day: date, language: str) -> str:
    """'22 Nov 2026' / '22 nov. 2026': for narrow columns."""
    month = _SHORT_MONTHS[_lang(language)][day.month - 1]
    return f"{day.day}{NBSP}{month} {day.year}"
