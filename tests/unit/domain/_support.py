"""Small helpers shared by the domain tests: instants, dates and the real roster."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop.domain.allies import Ally
from desktop.domain.bodies import BodyKind, body
from desktop.reference import allies, allies_by_code


def utc(*parts: int) -> datetime:
    """An aware UTC instant: ``utc(2026, 10, 26, 11, 0)``."""
    return datetime(*parts, tzinfo=UTC)


def ally(code: str) -> Ally:
    return allies_by_code()[code]


def codes(roster: list[Ally]) -> list[str]:
    return [a.code for a in roster]


def nac_holders(day: date) -> list[str]:
    """Codes of the North Atlantic Council's decision holders on ``day``, in seating order."""
    return codes(body(BodyKind.NAC).decision_holders(allies(), day))
