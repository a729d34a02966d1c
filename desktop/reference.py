"""Reference data shipped in ``resources/``: loaded once, never hard-coded in Python."""

from __future__ import annotations

import csv
import io
from datetime import date
from functools import cache
from importlib import resources

from desktop.domain.allies import Ally


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
