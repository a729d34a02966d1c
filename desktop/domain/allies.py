"""The Allies: who they are and since when.

The facts are data (``resources/reference/allies.csv``); this module only gives them a type
and answers questions about dates. Loading the file is the job of ``desktop.reference``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Ally:
    """One member state. ``sort_key`` orders delegations in the council's seating order."""

    code: str  # ISO 3166 alpha-3, as STANAG 1059 uses
    name_en: str
    name_fr: str
    accession: date
    sort_key: str
    invitee_from: date | None = None

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en

    def is_member_on(self, day: date) -> bool:
        return self.accession <= day

    def is_invitee_on(self, day: date) -> bool:
        """An invitee attends and speaks, without decision rights, until it accedes."""
        return self.invitee_from is not None and self.invitee_from <= day < self.accession


def seating_order(allies: Iterable[Ally]) -> list[Ally]:
    """English alphabetical order of today's short name, by the stored sort key."""
    return sorted(allies, key=lambda ally: (ally.sort_key, ally.code))


def members_on(allies: Iterable[Ally], day: date) -> list[Ally]:
    """The Allies on ``day``, in seating order."""
    return seating_order(a for a in allies if a.is_member_on(day))


def invitees_on(allies: Iterable[Ally], day: date) -> list[Ally]:
    """States invited to accede on ``day`` (they attend without decision rights)."""
    return seating_order(a for a in allies if a.is_invitee_on(day))
