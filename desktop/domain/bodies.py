"""Bodies that meet, and who holds decision rights in each on a given date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.allies import Ally, members_on
from desktop.domain.errors import DomainError
from desktop.domain.labels import Label
from desktop.domain.sessions import Level
from desktop.i18n import _, day_text, language, shown


class BodyKind(StrEnum):
    NAC = "NAC"
    NPG = "NPG"
    MC = "MC"
    DPC = "DPC"
    COMMITTEE = "COMMITTEE"


@dataclass(frozen=True, slots=True)
class Exclusion:
    """An Ally without a seat in a body from ``start`` (inclusive) to ``end`` (exclusive)."""

    code: str
    start: date | None = None
    end: date | None = None

    def applies_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Body:
    kind: BodyKind
    name: Label
    levels: tuple[Level, ...]
    exists_from: date | None = None
    exists_until: date | None = None  # exclusive
    exclusions: tuple[Exclusion, ...] = ()

    def title(self, language: str, committee_name: str = "") -> str:
        if self.kind is BodyKind.COMMITTEE and committee_name:
            return committee_name
        return self.name(language)

    def exists_on(self, day: date) -> bool:
        return (self.exists_from is None or self.exists_from <= day) and (
            self.exists_until is None or day < self.exists_until
        )

    def decision_holders(self, allies: Iterable[Ally], day: date) -> list[Ally]:
        """The Allies with decision rights in this body on ``day``, in seating order.

        Raises DomainError when the body did not exist on that date.
        """
        if not self.exists_on(day):
            raise DomainError(self._not_meeting(day))
        excluded = {x.code for x in self.exclusions if x.applies_on(day)}
        return [a for a in members_on(allies, day) if a.code not in excluded]

    def _not_meeting(self, day: date) -> str:
        values = {"body": shown(self.name), "day": day_text(day)}
        if self.exists_from:
            values["start"] = day_text(self.exists_from)
        # ``exists_until`` is exclusive: name the last day the body existed.
        if self.exists_until:
            values["end"] = day_text(self.exists_until - timedelta(days=1))
        if self.exists_from and self.exists_until:
            text = _(
                "The {body} did not meet on {day}: it existed from {start} to {end}. "
                "Check the session's date or body."
            )
        elif self.exists_from:
            text = _(
                "The {body} did not meet on {day}: it existed from {start} until today. "
                "Check the session's date or body."
            )
        else:
            text = _(
                "The {body} did not meet on {day}: it existed from the start to {end}. "
                "Check the session's date or body."
            )
        return text.format(**values)


# France withdrew from NATO's integrated military structure on 1 July 1966 and returned
# at the Strasbourg-Kehl summit (4 April 2009).
_FRANCE_OUTSIDE_INTEGRATED_STRUCTURE = Exclusion("FRA", date(1966, 7, 1), date(2009, 4, 4))

_MINISTERIAL = (
    Level.PERMANENT_REPRESENTATIVES,
    Level.FOREIGN_MINISTERS,
    Level.DEFENCE_MINISTERS,
    Level.HEADS_OF_STATE_AND_GOVERNMENT,
)

BODIES: dict[BodyKind, Body] = {
    BodyKind.NAC: Body(
        BodyKind.NAC, Label("North Atlantic Council", "Conseil de l'Atlantique Nord"), _MINISTERIAL
    ),
    BodyKind.NPG: Body(
        BodyKind.NPG,
        Label("Nuclear Planning Group", "Groupe des plans nucléaires"),
        (Level.PERMANENT_REPRESENTATIVES, Level.DEFENCE_MINISTERS),
        exists_from=date(1966, 12, 14),
        exclusions=(Exclusion("FRA"),),  # France does not take part
    ),
    BodyKind.MC: Body(
        BodyKind.MC,
        Label("Military Committee", "Comité militaire"),
        (Level.MILITARY_REPRESENTATIVES, Level.CHIEFS_OF_DEFENCE),
    ),
    BodyKind.DPC: Body(
        BodyKind.DPC,
        Label("Defence Planning Committee", "Comité des plans de défense"),
        (Level.PERMANENT_REPRESENTATIVES, Level.DEFENCE_MINISTERS),
        exists_from=date(1963, 1, 1),
        exists_until=date(2011, 1, 1),
        exclusions=(_FRANCE_OUTSIDE_INTEGRATED_STRUCTURE,),
    ),
    BodyKind.COMMITTEE: Body(
        BodyKind.COMMITTEE,
        Label("Committee", "Comité"),
        (Level.NATIONAL_REPRESENTATIVES, Level.PERMANENT_REPRESENTATIVES),
    ),
}


def body(kind: BodyKind | str) -> Body:
    return BODIES[BodyKind(kind)]


def session_title(kind: BodyKind | str, level: Level | str, committee_name: str = "") -> str:
    """A short title for lists, in the current language: 'North Atlantic Council — Foreign
    Ministers' / 'Conseil de l'Atlantique Nord — ministres des Affaires étrangères'."""
    lang = language()
    return f"{body(kind).title(lang, committee_name)} — {Level(level).label(lang)}"


def meeting_heading(
    kind: BodyKind | str, level: Level | str, language: str, committee_name: str = ""
) -> str:
    """The heading of the minutes: 'Meeting of the North Atlantic Council at the level of
    Foreign Ministers' / 'Réunion du Conseil de l'Atlantique Nord au niveau des ministres des
    Affaires étrangères'."""
    name = body(kind).title(language, committee_name)
    level_name = Level(level).label(language)
    if language == "fr":
        article = "de la" if name.startswith(("Commission",)) else "du"
        return f"Réunion {article} {name} au niveau des {level_name}"
    return f"Meeting of the {name} at the level of {level_name}"
