"""Minutes built directly as plain data (no database): fast, for properties and big grids."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop.domain.bodies import BodyKind
from desktop.domain.labels import Label
from desktop.domain.minutes import Attendee, ItemRecord, Minutes, PositionRecord, PositionStep
from desktop.domain.positions import Position
from desktop.domain.sessions import (
    AgendaKind,
    AttendanceKind,
    ChairRole,
    Classification,
    Format,
    Level,
)
from desktop.domain.texts import Bilingual

T0 = datetime(2025, 6, 5, 8, 0, tzinfo=UTC)
CODES = ["ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST"]


def attendees(count: int = len(CODES), *, head: str = "") -> tuple[Attendee, ...]:
    return tuple(
        Attendee(code, Label(f"Ally {code}", f"Allié {code}"), AttendanceKind.MEMBER, True, head)
        for code in (CODES * (1 + count // len(CODES)))[:count]
    )


def step(position: Position, text: str = "", minutes: int = 0) -> PositionStep:
    return PositionStep(position, text, (), T0 + timedelta(minutes=minutes))


def item(number: int, positions: dict[str, Position], text: str = "") -> ItemRecord:
    return ItemRecord(
        number=number,
        title=Bilingual(f"Item {number}", f"Point {number}"),
        kind=AgendaKind.DECISION,
        documents="",
        summary=Bilingual(),
        positions=tuple(
            PositionRecord(code, (step(p, text if p.expects_text else ""),))
            for code, p in positions.items()
        ),
    )


def minutes(
    items: tuple[ItemRecord, ...],
    people: tuple[Attendee, ...] | None = None,
    *,
    closed: bool = True,
    chair: str = "Chair",
    reference: str = "C-R(2025)0001",
) -> Minutes:
    return Minutes(
        reference=reference,
        revision=0,
        body=BodyKind.NAC,
        committee_name=Bilingual(),
        level=Level.PERMANENT_REPRESENTATIVES,
        format=Format.FORMAL,
        session_date=date(2025, 6, 5),
        place=Bilingual("NATO Headquarters", "Siège de l'OTAN"),
        time_zone="Europe/Brussels",
        opened_at=T0,
        closed_at=T0 + timedelta(hours=2) if closed else None,
        chair=chair,
        chair_role=ChairRole.SECRETARY_GENERAL,
        classification=Classification.NATO_RESTRICTED,
        attendees=people if people is not None else attendees(),
        items=items,
    )
