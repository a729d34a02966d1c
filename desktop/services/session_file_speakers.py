"""The speakers' list and the speaking turns of an item in a session file (format 3).

``agenda[].speakers[]`` lists every entry of the item's speakers' list in list order, those
struck off and those withdrawn included (nothing is ever deleted); ``agenda[].interventions[]``
every speaking turn, in the order they started. Files of formats 1 and 2 have neither: their
items are read with an empty list and no turns. Reading the shape is ``read_speaker`` and
``read_intervention`` (called by ``session_file_parse``); the rules are ``check_speakers``
(called by ``session_file_checks``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from db import speaker_queries
from desktop.i18n import _
from desktop.services.session_file_json import quote
from desktop.services.session_file_model import (
    FileIntervention,
    FileItem,
    FileSpeaker,
    Problems,
    Stamp,
    format_time,
)

if TYPE_CHECKING:
    from desktop.services.session_file_parse import Reader

_STAMP_KEYS = ("recorded_at", "operator", "workstation")
SPEAKER_KEYS = ("delegation", "added_at", "struck_at", "removed_at", *_STAMP_KEYS)
INTERVENTION_KEYS = ("delegation", "started_at", "ended_at", *_STAMP_KEYS)
_CODE, _STAMP = 60, 100


def _stamp(r: Reader, o: dict[str, Any], path: str) -> Stamp:
    return Stamp(
        r.time(o, path, "recorded_at"),
        r.text(o, path, "operator", _STAMP),
        r.text(o, path, "workstation", _STAMP),
    )


def read_speaker(r: Reader, raw: object, path: str) -> FileSpeaker:
    o = r.obj(raw, path, SPEAKER_KEYS)
    return FileSpeaker(
        delegation=r.text(o, path, "delegation", _CODE, required=True),
        added_at=r.time(o, path, "added_at"),
        struck_at=r.optional_time(o, path, "struck_at"),
        removed_at=r.optional_time(o, path, "removed_at"),
        stamp=_stamp(r, o, path),
    )


def read_intervention(r: Reader, raw: object, path: str) -> FileIntervention:
    o = r.obj(raw, path, INTERVENTION_KEYS)
    return FileIntervention(
        delegation=r.text(o, path, "delegation", _CODE, required=True),
        started_at=r.time(o, path, "started_at"),
        ended_at=r.optional_time(o, path, "ended_at"),
        stamp=_stamp(r, o, path),
    )


def check_speakers(item: FileItem, base: str, at_table: Callable[[str], bool], p: Problems) -> None:
    """The rules of an item's speakers' list and turns: delegations at the table, times in
    order, no delegation waiting twice, at most one turn still running (the last)."""
    waiting: dict[str, int] = {}
    for j, entry in enumerate(item.speakers):
        path = f"{base}.speakers[{j}]"
        _at_table(entry.delegation, f"{path}.delegation", at_table, p)
        for name, moment in (("struck_at", entry.struck_at), ("removed_at", entry.removed_at)):
            if moment is not None and moment < entry.added_at:
                p.add(f"{path}.{name}", _("is earlier than added_at; check the times."))
        if entry.struck_at is None and entry.removed_at is None:
            if entry.delegation in waiting:
                p.add(
                    f"{path}.delegation",
                    _(
                        "{code} is already waiting on the speakers' list at {other}; a "
                        "delegation waits once."
                    ).format(
                        code=quote(entry.delegation),
                        other=f"{base}.speakers[{waiting[entry.delegation]}]",
                    ),
                )
            waiting.setdefault(entry.delegation, j)
    last = len(item.interventions) - 1
    for j, turn in enumerate(item.interventions):
        path = f"{base}.interventions[{j}]"
        _at_table(turn.delegation, f"{path}.delegation", at_table, p)
        if turn.ended_at is not None and turn.ended_at < turn.started_at:
            p.add(f"{path}.ended_at", _("is earlier than started_at; check the times."))
        if turn.ended_at is None and j != last:
            p.add(
                f"{path}.ended_at",
                _("only the last turn may still be running; give the time this one ended."),
            )
        if j and turn.started_at < item.interventions[j - 1].started_at:
            p.add(
                f"{path}.started_at",
                _(
                    "{time} is earlier than the turn before it; turns are listed in the order "
                    "they started."
                ).format(time=format_time(turn.started_at)),
            )


def speakers_of(s: Session, item_id: int) -> dict[str, Any]:
    """The item's speakers' list (withdrawn entries too, in list order) and turns, as the
    keyword arguments of ``FileItem``."""
    return {
        "speakers": tuple(
            FileSpeaker(
                delegation=x.delegation,
                added_at=x.added_at,
                struck_at=x.struck_at,
                removed_at=x.removed_at,
                stamp=Stamp(x.recorded_at, x.operator, x.workstation),
            )
            for x in speaker_queries.speakers(s, [item_id])
        ),
        "interventions": tuple(
            FileIntervention(
                delegation=t.delegation,
                started_at=t.started_at,
                ended_at=t.ended_at,
                stamp=Stamp(t.recorded_at, t.operator, t.workstation),
            )
            for t in speaker_queries.interventions(s, [item_id])
        ),
    }


def speakers_document(
    item: FileItem, stamp: Callable[[Stamp], dict[str, Any]]
) -> dict[str, list[dict[str, Any]]]:
    """The item's ``speakers`` and ``interventions`` as JSON values, keys in file order."""
    return {
        "speakers": [
            {
                "delegation": x.delegation,
                "added_at": format_time(x.added_at),
                "struck_at": _time(x.struck_at),
                "removed_at": _time(x.removed_at),
                **stamp(x.stamp),
            }
            for x in item.speakers
        ],
        "interventions": [
            {
                "delegation": t.delegation,
                "started_at": format_time(t.started_at),
                "ended_at": _time(t.ended_at),
                **stamp(t.stamp),
            }
            for t in item.interventions
        ],
    }


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else format_time(moment)


def _at_table(code: str, path: str, at_table: Callable[[str], bool], p: Problems) -> None:
    if not at_table(code):
        p.add(
            path,
            _(
                "{code} is not in the file's attendance; only a delegation at the table "
                "takes the floor."
            ).format(code=quote(code)),
        )
