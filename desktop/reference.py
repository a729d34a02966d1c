"""Reference data shipped in ``resources/``: loaded once, never hard-coded in Python."""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import cache
from importlib import resources

from desktop.domain.allies import Ally, AllyName, name_on


def resource_text(*parts: str) -> str:
    """The text of a file under ``resources/``, from the source tree or a frozen bundle."""
    node = resources.files("resources").joinpath(*parts)
    return node.read_text(encoding="utf-8")


@cache
def allies() -> tuple[Ally, ...]:
    """Every Ally that ever acceded, in seating order."""
    reader = csv.DictReader(io.StringIO(resource_text("reference", "allies.csv")))
    loaded = [
        Ally(
            code=row["code"],
            name_en=row["name_en"],
            name_fr=row["name_fr"],
            accession=date.fromisoformat(row["accession"]),
            sort_key=row["sort_key"],
            invitee_from=date.fromisoformat(row["invitee_from"]) if row["invitee_from"] else None,
        )
        for row in reader
    ]
    return tuple(sorted(loaded, key=lambda a: (a.sort_key, a.code)))


@cache
def allies_by_code() -> dict[str, Ally]:
    return {ally.code: ally for ally in allies()}


@cache
def ally_names() -> tuple[AllyName, ...]:
    """Every name an Ally or invitee has had in the record, by code, oldest first."""
    reader = csv.DictReader(io.StringIO(resource_text("reference", "ally_names.csv")))
    loaded = [
        AllyName(
            code=row["code"],
            valid_from=date.fromisoformat(row["valid_from"]),
            valid_until=date.fromisoformat(row["valid_until"]) if row["valid_until"] else None,
            name_en=row["name_en"],
            name_fr=row["name_fr"],
            sort_key=row["sort_key"],
            source=row["source"],
        )
        for row in reader
    ]
    return tuple(sorted(loaded, key=lambda n: (n.code, n.valid_from)))


@cache
def _names_by_code() -> dict[str, tuple[AllyName, ...]]:
    by_code: dict[str, list[AllyName]] = {}
    for entry in ally_names():
        by_code.setdefault(entry.code, []).append(entry)
    return {code: tuple(history) for code, history in by_code.items()}


def ally_name_on(code: str, day: date | None) -> AllyName | None:
    """The English and French names and the sort key of the Ally (or invitee) ``code`` on
    ``day``, a session's date: a session of 2003 says "Turkey", one of 2026 "Türkiye".
    ``None`` for a code that is no Ally's (a partner, staff: named as typed); ``day`` None:
    today's names."""
    return name_on(_names_by_code().get(code, ()), day)
