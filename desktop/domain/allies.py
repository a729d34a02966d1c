"""The Allies: who they are, since when, and what they were called.

The facts are data (``resources/reference/allies.csv``, and the names by date in
``resources/reference/ally_names.csv``); this module only gives them a type and answers
questions about dates. Loading the files is the job of ``desktop.reference``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Ally:
    """One member state, with today's names. ``sort_key`` orders delegations in the
    council's seating order. A session names it as on its date: ``AllyName``."""

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


@dataclass(frozen=True, slots=True)
class AllyName:
    """What a member state (or an invitee) is called in the record from ``valid_from`` to
    ``valid_until`` (both days included; ``None``: to this day), and the key that seats it:
    "Turkey" until 31 May 2022, then "Türkiye". ``source`` says where the name comes from."""

    code: str
    valid_from: date
    valid_until: date | None
    name_en: str
    name_fr: str
    sort_key: str
    source: str

    def name(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_en

    def applies_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


def name_on(history: Sequence[AllyName], day: date | None) -> AllyName | None:
    """The name on ``day`` in one state's ``history`` (its names, oldest first); ``None``
    (no day): today's, the last. Before the first name, the first: a state at the table
    before it joined or was invited (a partner) is named as when it first sat."""
    if not history:
        return None
    if day is None:
        return history[-1]
    for entry in reversed(history):
        if entry.valid_from <= day:
            return entry
    return history[0]


def seating_order(allies: Iterable[Ally]) -> list[Ally]:
    """English alphabetical order of today's short name, by the stored sort key."""
    return sorted(allies, key=lambda ally: (ally.sort_key, ally.code))


def members_on(allies: Iterable[Ally], day: date) -> list[Ally]:
    """The Allies on ``day``, in seating order."""
    return seating_order(a for a in allies if a.is_member_on(day))


def invitees_on(allies: Iterable[Ally], day: date) -> list[Ally]:
    """States invited to accede on ``day`` (they attend without decision rights)."""
    return seating_order(a for a in allies if a.is_invitee_on(day))
