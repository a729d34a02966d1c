"""The speakers' list and the interventions of an item in a session file (format 3, 4).

``agenda[].speakers[]`` lists every entry of the item's speakers' list in list order, those
struck off and those withdrawn included (nothing is ever deleted); ``agenda[].interventions[]``
every speaking turn and every intervention with text, in the order they started. From format 4
an intervention is numbered (``seq``) and carries what was said (``text``) and the
intervention it corrects (``corrects``); a format 3 file's turns are read numbered in list
order, without text. Files of formats 1 and 2 have neither list: their items are read with an
empty list and no turns. Reading the shape is ``read_speaker`` and ``read_intervention``
(called by ``session_file.reading``, with its ``Reader``); the rules are ``check_speakers``
(called by ``session_file.checks``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.orm import Session

from db import speaker_queries
from desktop.i18n import _
from desktop.services.errors import ServiceError
from desktop.services.session_file.encoding import name as named
from desktop.services.session_file.encoding import quote
from desktop.services.session_file.model import (
    FileIntervention,
    FileItem,
    FileSpeaker,
    Problems,
    Stamp,
    format_time,
)
from desktop.services.session_file.sentences import GAP, TWICE


class Reader(Protocol):
    """What reading these lists asks of ``session_file.reading.Reader`` (which calls them: a
    protocol here, so that this module does not import it back)."""

    version: int

    def obj(self, raw: object, path: str, keys: Sequence[str]) -> dict[str, Any]: ...

    def text(
        self,
        obj: dict[str, Any],
        path: str,
        key: str,
        limit: int | None = None,
        *,
        required: bool = False,
        counted: bool = True,
    ) -> str: ...

    def code(self, obj: dict[str, Any], path: str, key: str) -> str: ...

    def integer(self, obj: dict[str, Any], path: str, key: str, minimum: int = 0) -> int: ...

    def optional_integer(self, obj: dict[str, Any], path: str, key: str) -> int | None: ...

    def time(self, obj: dict[str, Any], path: str, key: str) -> datetime: ...

    def optional_time(self, obj: dict[str, Any], path: str, key: str) -> datetime | None: ...


_STAMP_KEYS = ("recorded_at", "operator", "workstation")
SPEAKER_KEYS = ("delegation", "added_at", "struck_at", "removed_at", *_STAMP_KEYS)
# fmt: off
INTERVENTION_KEYS = (  # format 5 (format 4: without ``text_fr``, ``Reader.obj`` drops it)
    "seq", "delegation", "started_at", "ended_at", "text", "text_fr", "corrects", *_STAMP_KEYS,
)
INTERVENTION_KEYS_FORMAT_3 = ("delegation", "started_at", "ended_at", *_STAMP_KEYS)
# fmt: on
_STAMP = 100


def _stamp(r: Reader, o: dict[str, Any], path: str) -> Stamp:
    return Stamp(
        r.time(o, path, "recorded_at"),
        r.text(o, path, "operator", _STAMP),
        r.text(o, path, "workstation", _STAMP),
    )


def read_speaker(r: Reader, raw: object, path: str) -> FileSpeaker:
    o = r.obj(raw, path, SPEAKER_KEYS)
    return FileSpeaker(
        delegation=r.code(o, path, "delegation"),
        added_at=r.time(o, path, "added_at"),
        struck_at=r.optional_time(o, path, "struck_at"),
        removed_at=r.optional_time(o, path, "removed_at"),
        stamp=_stamp(r, o, path),
    )


def read_intervention(r: Reader, raw: object, path: str, number: int) -> FileIntervention:
    """``number``: its place in the list, from 1 (a format 3 file's turns are numbered so)."""
    if r.version < 4:  # a turn at the microphone, without text
        o = r.obj(raw, path, INTERVENTION_KEYS_FORMAT_3)
        seq, text, text_fr, corrects = number, "", "", None
    else:
        o = r.obj(raw, path, INTERVENTION_KEYS)
        seq = r.integer(o, path, "seq", 1)
        text, text_fr = r.text(o, path, "text"), r.text(o, path, "text_fr")
        corrects = r.optional_integer(o, path, "corrects")
    return FileIntervention(
        seq=seq,
        delegation=r.code(o, path, "delegation"),
        started_at=r.time(o, path, "started_at"),
        ended_at=r.optional_time(o, path, "ended_at"),
        text=text,
        corrects=corrects,
        stamp=_stamp(r, o, path),
        text_fr=text_fr,
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
    turns = item.interventions
    numbered = _numbered(turns, f"{base}.interventions", p)
    # Only a turn at the microphone runs, and only the last one: an intervention with text
    # may be recorded while it runs, after it in the list.
    last = max((j for j, turn in enumerate(turns) if turn.timed), default=-1)
    for j, turn in enumerate(turns):
        path = f"{base}.interventions[{j}]"
        _at_table(turn.delegation, f"{path}.delegation", at_table, p)
        if turn.ended_at is not None and turn.ended_at < turn.started_at:
            p.add(f"{path}.ended_at", _("is earlier than started_at; check the times."))
        if turn.ended_at is None and not turn.timed:
            p.add(
                f"{path}.ended_at",
                _(
                    "an intervention with text, or a correction, records what was said and is "
                    "not a turn still running; give the time it ended."
                ),
            )
        elif turn.ended_at is None and j != last:
            p.add(
                f"{path}.ended_at",
                _("only the last turn may still be running; give the time this one ended."),
            )
        if numbered and turn.corrects is not None:
            _correction(turn, turns, f"{path}.corrects", p)
        if j and turn.started_at < turns[j - 1].started_at:
            p.add(
                f"{path}.started_at",
                _(
                    "{time} is earlier than the turn before it; turns are listed in the order "
                    "they started."
                ).format(time=format_time(turn.started_at)),
            )


def _numbered(turns: tuple[FileIntervention, ...], base: str, p: Problems) -> bool:
    """Interventions numbered 1, 2, 3… in list order; the first gap or repeat is reported."""
    seen: dict[int, int] = {}
    for j, turn in enumerate(turns):
        if turn.seq in seen:
            p.add(
                f"{base}[{j}].seq",
                _(TWICE["intervention"]).format(number=turn.seq, other=f"{base}[{seen[turn.seq]}]"),
            )
            return False
        if turn.seq != j + 1:
            p.add(
                f"{base}[{j}].seq",
                _(GAP["intervention"]).format(expected=j + 1, number=turn.seq),
            )
            return False
        seen[turn.seq] = j
    return True


def _correction(
    turn: FileIntervention, turns: tuple[FileIntervention, ...], path: str, p: Problems
) -> None:
    """A correction names an earlier intervention of the same delegation (any of its
    earlier corrections too: the latest text stands)."""
    target = turn.corrects or 0
    if target >= turn.seq:
        p.add(
            path,
            _(
                "intervention {seq} corrects intervention {target}, which does not come before "
                "it; a correction names an earlier intervention of the same delegation."
            ).format(seq=turn.seq, target=target),
        )
    elif turns[target - 1].delegation != turn.delegation:
        p.add(
            path,
            _(
                "intervention {target} is {other}'s, not {code}'s; a correction names an "
                "earlier intervention of the same delegation."
            ).format(
                target=target,
                other=named(turns[target - 1].delegation),
                code=named(turn.delegation),
            ),
        )


def speakers_of(s: Session, item_id: int) -> dict[str, Any]:
    """The item's speakers' list (withdrawn entries too, in list order) and interventions,
    as the keyword arguments of ``FileItem``."""
    turns = speaker_queries.interventions(s, [item_id])
    numbers = {t.id: n for n, t in enumerate(turns, start=1)}
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
                seq=numbers[t.id],
                delegation=t.delegation,
                started_at=t.started_at,
                ended_at=t.ended_at,
                text=t.text,
                corrects=_corrected(t.id, t.corrects_id, numbers),
                stamp=Stamp(t.recorded_at, t.operator, t.workstation),
                text_fr=t.text_fr,
            )
            for t in turns
        ),
    }


def _corrected(row_id: int, corrects_id: int | None, numbers: dict[int, int]) -> int | None:
    """The number of the intervention a correction names, within the same item."""
    if corrects_id is None:
        return None
    if corrects_id not in numbers:  # the services correct an intervention on its own item
        raise ServiceError(
            _(
                "Intervention {id} corrects an intervention of another agenda item; the "
                "session cannot be written to a file until that is repaired."
            ).format(id=row_id)
        )
    return numbers[corrects_id]


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
                "seq": t.seq,
                "delegation": t.delegation,
                "started_at": format_time(t.started_at),
                "ended_at": _time(t.ended_at),
                "text": t.text,
                "text_fr": t.text_fr,
                "corrects": t.corrects,
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
