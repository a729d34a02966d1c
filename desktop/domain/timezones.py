"""Times: stored in UTC, shown and entered in the session's zone (Brussels by default)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from desktop.domain.errors import TimeError

BRUSSELS = "Europe/Brussels"


def zone(name: str = BRUSSELS) -> ZoneInfo:
    return ZoneInfo(name)


def require_utc(moment: datetime, what: str = "time") -> datetime:
    """``moment`` as an aware UTC datetime; a naive one is a programming error."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise TimeError(f"The {what} has no time zone; give it in UTC or in a named zone.")
    return moment.astimezone(UTC)


def local_to_utc(
    local: datetime, zone_name: str = BRUSSELS, *, fold: int | None = None
) -> datetime:
    """The UTC instant of the wall-clock time ``local`` (naive) in ``zone_name``.

    A time skipped when the clocks go forward raises TimeError. A time that occurs twice when
    they go back raises TimeError too, unless ``fold`` says which: 0 the first (summer time),
    1 the second (winter time).
    """
    if local.tzinfo is not None:
        raise TimeError("Give the local time without a zone; the zone is the session's.")
    tz = ZoneInfo(zone_name)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        if first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local:
            raise TimeError(
                f"{local:%d %B %Y %H:%M} does not exist in {zone_name}: the clocks go "
                "forward that night. Choose a time an hour later or earlier."
            )
        if fold is None:
            raise TimeError(
                f"{local:%d %B %Y %H:%M} occurs twice in {zone_name}: the clocks go back "
                "that night. Say whether you mean summer time or winter time."
            )
        return (second if fold else first).astimezone(UTC)
    return first.astimezone(UTC)


def utc_to_local(moment: datetime, zone_name: str = BRUSSELS) -> datetime:
    """``moment`` (aware) as an aware datetime in ``zone_name``."""
    return require_utc(moment).astimezone(ZoneInfo(zone_name))


def now_utc() -> datetime:
    return datetime.now(UTC)
