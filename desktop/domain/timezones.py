"""Times: stored in UTC, shown and entered in the session's zone (Brussels by default)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from desktop.domain.errors import TimeError
from desktop.i18n import N_, _, moment_text

BRUSSELS = "Europe/Brussels"


def zone(name: str = BRUSSELS) -> ZoneInfo:
    return ZoneInfo(name)


# Instants a day clear of the ends of ``datetime``'s calendar: shown in any zone (whose
# offset is under a day), they stay dates Python can hold.
EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=UTC)


# What a time is, as a refusal names it (``require_utc``'s ``what``), with its article.
_WHAT = {
    "time": N_("the time"),
    "deadline": N_("the deadline"),
    "launch time": N_("the launch time"),
    "new deadline": N_("the new deadline"),
    "time the letter was received": N_("the time the letter was received"),
    "time the withdrawal was received": N_("the time the withdrawal was received"),
    "time of the extension": N_("the time of the extension"),
    "time of the withdrawal": N_("the time of the withdrawal"),
}


def require_utc(moment: datetime, what: str = "time") -> datetime:
    """``moment`` as an aware UTC datetime; a naive one is a programming error. One too
    close to the ends of the calendar (see ``EARLIEST``, ``LATEST``) raises TimeError.
    ``what`` names the time ("deadline"; see ``_WHAT`` for the translated ones)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise TimeError(
            _("{what} has no time zone; give it in UTC or in a named zone.").format(
                what=_named(what)
            )
        )
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:  # a zone's offset took it past year 1 or 9999
        raise TimeError(_out_of_range(what)) from None
    if not EARLIEST <= utc <= LATEST:
        raise TimeError(_out_of_range(what))
    return utc


def _out_of_range(what: str) -> str:
    return _(
        "{what} is too far in the past or the future; give one from 2 January of the "
        "year 1 to 30 December 9999."
    ).format(what=_named(what))


def _named(what: str) -> str:
    """ "The deadline" / "L'échéance": ``what`` with its article, opening a sentence."""
    text = _(_WHAT[what]) if what in _WHAT else f"the {what}"
    return text[:1].upper() + text[1:]


def local_to_utc(
    local: datetime, zone_name: str = BRUSSELS, *, fold: int | None = None
) -> datetime:
    """The UTC instant of the wall-clock time ``local`` (naive) in ``zone_name``.

    A time skipped when the clocks go forward raises TimeError. A time that occurs twice when
    they go back raises TimeError too, unless ``fold`` says which: 0 the first (summer time),
    1 the second (winter time).
    """
    if local.tzinfo is not None:
        raise TimeError(_("Give the local time without a zone; the zone is the session's."))
    tz = ZoneInfo(zone_name)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        if require_utc(first).astimezone(tz).replace(tzinfo=None) != local:
            raise TimeError(
                _(
                    "{time} does not exist in {zone}: the clocks go forward that night. "
                    "Choose a time an hour later or earlier."
                ).format(time=moment_text(local), zone=zone_name)
            )
        if fold is None:
            raise TimeError(
                _(
                    "{time} occurs twice in {zone}: the clocks go back that night. "
                    "Say whether you mean summer time or winter time."
                ).format(time=moment_text(local), zone=zone_name)
            )
        return require_utc(second if fold else first)
    return require_utc(first)


def utc_to_local(moment: datetime, zone_name: str = BRUSSELS) -> datetime:
    """``moment`` (aware) as an aware datetime in ``zone_name``."""
    return require_utc(moment).astimezone(ZoneInfo(zone_name))


def now_utc() -> datetime:
    return datetime.now(UTC)
