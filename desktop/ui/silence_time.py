"""Silence deadlines as a person reads them: in the session's zone (Brussels), in the
workstation's zone when that differs at the instant, and as a countdown.

Instants are aware UTC datetimes throughout (the services' answer); only here do they become
wall-clock text, formatted by ``QLocale`` so day and month names follow the interface.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from desktop.domain.timezones import BRUSSELS
from desktop.i18n import repeated_hour_mark

DAY_FORMAT = "ddd d MMM yyyy"
translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def workstation_zone() -> tzinfo:
    """The zone this computer's clock shows (DST-aware when the system names it)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "ignore")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now(UTC).astimezone().tzinfo or UTC


def as_zone(zone: str | tzinfo) -> tzinfo:
    return ZoneInfo(zone) if isinstance(zone, str) else zone


def zone_name(zone: str | tzinfo) -> str:
    """ "Brussels" for the council's zone; else the zone's last word ("New York")."""
    key = zone if isinstance(zone, str) else getattr(zone, "key", None) or str(zone)
    if key == BRUSSELS:
        return translate("SilenceTime", "Brussels")
    return key.rsplit("/", 1)[-1].replace("_", " ")


def differs(moment: datetime, zone: str | tzinfo, other: str | tzinfo) -> bool:
    """Whether the two zones show different wall-clock times at ``moment``."""
    return (
        moment.astimezone(as_zone(zone)).utcoffset()
        != moment.astimezone(as_zone(other)).utcoffset()
    )


def wall_clock(moment: datetime, zone: str | tzinfo) -> datetime:
    """``moment`` as a naive wall-clock time in ``zone``."""
    return moment.astimezone(as_zone(zone)).replace(tzinfo=None)


def to_qdatetime(local: datetime) -> QDateTime:
    """A naive wall-clock datetime as a QDateTime (local spec, for formatting only)."""
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )


def when(moment: datetime, zone: str | tzinfo, *, seconds: bool = False) -> str:
    """ "Mon 6 May 2024 12:00" in ``zone``; "Sun 25 Oct 2026 02:30 CEST" in the hour that
    happens twice there (``desktop.i18n.repeated_hour_mark``)."""
    clock = "HH:mm:ss" if seconds else "HH:mm"
    local = moment.astimezone(as_zone(zone))
    text = QLocale().toString(to_qdatetime(local.replace(tzinfo=None)), f"{DAY_FORMAT} {clock}")
    mark = repeated_hour_mark(local)
    return f"{text} {mark}" if mark else text


def when_in(moment: datetime, zone: str | tzinfo, *, seconds: bool = False) -> str:
    """ "Mon 6 May 2024 12:00 Brussels time"; "Mon 6 May 2024 10:00 UTC"."""
    shown, name = when(moment, zone, seconds=seconds), zone_name(zone)
    if name == "UTC":  # a time standard, not a place: not "UTC time" ("heure de UTC")
        return translate("SilenceTime", "%1 UTC").replace("%1", shown)
    return translate("SilenceTime", "%1 %2 time").replace("%1", shown).replace("%2", name)


def utc_offset(moment: datetime, zone: str | tzinfo) -> str:
    """ "UTC+02:00"."""
    offset = moment.astimezone(as_zone(zone)).utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def countdown(remaining: timedelta) -> str:
    """ "2 d 03:14:05", "03:14:05"; the caller says what a passed deadline means."""
    total = max(int(remaining.total_seconds()), 0)
    days, rest = divmod(total, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return (
        translate("SilenceTime", "%1 d %2").replace("%1", str(days)).replace("%2", clock)
        if days
        else clock
    )


def in_words(remaining: timedelta) -> str:
    """ "in 2 days", "in 1 hour", "in 45 minutes": for notifications."""
    minutes = max(round(remaining.total_seconds() / 60), 0)
    if minutes >= 2 * 1440:
        return translate("SilenceTime", "in %1 days").replace("%1", str(round(minutes / 1440)))
    if minutes >= 120:
        return translate("SilenceTime", "in %1 hours").replace("%1", str(round(minutes / 60)))
    if minutes == 60:
        return translate("SilenceTime", "in 1 hour")
    if minutes == 1:
        return translate("SilenceTime", "in 1 minute")
    return translate("SilenceTime", "in %1 minutes").replace("%1", str(minutes))
