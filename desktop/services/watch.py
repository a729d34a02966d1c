"""Changes made to the open database by another window or program (two instances, one file).

Every change the services make writes an audit row, and audit row ids only grow: a look at
the rows after the last id seen says what changed since, in one indexed read. The rows this
instance wrote are left out (``Context.written``), so an operator's own keys never make the
views read everything again.

On PostgreSQL, workstations write at the same time and ids are handed out before commit:
a transaction that began first may commit after a later one, so a row can appear below
the newest id already seen. The ids skipped over (holes) are looked for again at each look
for a while (``HOLE_PATIENCE``); one that never appears was rolled back. On SQLite writes
follow one another and there are no holes. A workstation hears of a commit at once through
the notification of migration 0007 (:meth:`WatchService.listen`); the look is the same.

A dedicated connection's ``PRAGMA data_version`` was considered as a pre-check and left out:
it changes for every commit by any other connection, this instance's own pool included, so
it would still need this read to tell whose change it was, and that read (a primary-key
range with nothing in it, most of the time) costs about as little as the pragma.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db.models import AuditRow
from db.notify import Listener, ListenerClosedError, listener
from desktop.services.changes import ChangeSet
from desktop.services.context import Context

__all__ = ["ForeignChanges", "Listener", "ListenerClosedError", "Touch", "WatchService"]

# Actions that change a column of the sessions list (counts, dates, references, silence).
_LIST_PREFIXES = ("session.", "item.added", "item.removed", "item.restored", "silence.")


@dataclass(frozen=True, slots=True)
class Touch:
    """One change made elsewhere: which session, what kind (``position``, ``item``,
    ``attendance``, ``session``, ``outcome``, ``action``, ``silence``), and the action."""

    session_id: int | None
    kind: str
    action: str


@dataclass(frozen=True, slots=True)
class ForeignChanges:
    """What other windows or programs changed since the last look."""

    mark: int  # the newest audit row seen: pass it to the next look
    changes: ChangeSet = field(default_factory=ChangeSet)  # what the views should read again
    touches: tuple[Touch, ...] = ()  # oldest first
    # The trail now ends before the last look: the file was put back to an earlier state
    # (restored from a backup) under this window. Anything may have changed.
    rewound: bool = False

    def __bool__(self) -> bool:
        return bool(self.touches) or self.rewound

    @property
    def sessions(self) -> frozenset[int]:
        """The sessions changed elsewhere."""
        return frozenset(t.session_id for t in self.touches if t.session_id is not None)

    def in_session(self, session_id: int) -> tuple[Touch, ...]:
        return tuple(t for t in self.touches if t.session_id == session_id)


# How long an id skipped over is looked for again (a transaction still running elsewhere),
# and how many such ids are kept at most; then it is taken as rolled back.
HOLE_PATIENCE_SECONDS = 60.0
MAX_HOLES = 5000


class WatchService:
    def __init__(self, ctx: Context, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._ctx = ctx
        self._monotonic = monotonic
        self._holes: dict[int, float] = {}  # id skipped over -> when first skipped

    def foreign_changes(self, since: int | None) -> ForeignChanges:
        """The changes recorded after audit row ``since`` by anyone but this instance
        (and those recorded before it by transactions that committed late).
        ``None``: the first look, which only finds where the trail ends now."""
        with self._ctx.unit() as s:
            if since is None:
                self._holes.clear()
                return ForeignChanges(mark=_last_id(s))
            self._forget_old_holes()
            wanted = AuditRow.id > since
            if self._holes:
                wanted = or_(wanted, AuditRow.id.in_(sorted(self._holes)))
            rows = s.execute(
                select(
                    AuditRow.id,
                    AuditRow.session_id,
                    AuditRow.action,
                    AuditRow.entity_id,
                    AuditRow.details,
                )
                .where(wanted)
                .order_by(AuditRow.id)
            ).all()
            last = _last_id(s) if not rows else since
        if last < since:
            self._ctx.written.clear()
            self._holes.clear()
            return ForeignChanges(mark=last, changes=ChangeSet(session_list=True), rewound=True)
        mine = self._ctx.written
        mark = max([since, *(row.id for row in rows)])
        self._note_holes(since, mark, {row.id for row in rows})
        foreign = [row for row in rows if row.id not in mine]
        floor = min([mark, *self._holes])
        mine.difference_update([i for i in mine if i <= floor])  # never seen again
        changes = ChangeSet()
        touches = []
        for row in foreign:
            changes = changes | _changes_of(
                row.action, row.session_id, row.entity_id, _details(row.details)
            )
            kind = row.action.split(".", maxsplit=1)[0]
            touches.append(Touch(row.session_id, kind, row.action))
        return ForeignChanges(mark, changes, tuple(touches))

    def listen(self) -> Listener | None:
        """A listener that hears of other workstations' commits at once (PostgreSQL), or
        None (a SQLite file, or the server refused): then look on a timer."""
        try:
            return listener(self._ctx.db.engine)
        except (DBAPIError, OSError):
            return None

    def _note_holes(self, since: int, mark: int, found: set[int]) -> None:
        """Forget the holes now filled; remember the ids skipped over in (since, mark]."""
        for hole in found & self._holes.keys():
            del self._holes[hole]
        newly = sum(1 for i in found if since < i <= mark)
        if newly == mark - since or mark - since > MAX_HOLES:
            return
        now = self._monotonic()
        for hole in set(range(since + 1, mark)) - found:
            self._holes.setdefault(hole, now)

    def _forget_old_holes(self) -> None:
        limit = self._monotonic() - HOLE_PATIENCE_SECONDS
        for hole, since in list(self._holes.items()):
            if since < limit:
                del self._holes[hole]
        while len(self._holes) > MAX_HOLES:
            del self._holes[min(self._holes)]


def _last_id(s: Session) -> int:
    return int(s.scalar(select(func.max(AuditRow.id))) or 0)


def _details(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _ids(*values: object) -> frozenset[int]:
    return frozenset(v for v in values if isinstance(v, int) and not isinstance(v, bool))


def _item_of(details: dict[str, Any]) -> int | None:
    """The agenda item an audit row names, in its details or in its ``after`` view."""
    item = details.get("item_id")
    after = details.get("after")
    if item is None and isinstance(after, dict):
        item = after.get("item_id")
    return item if isinstance(item, int) else None


def _changes_of(
    action: str, session_id: int | None, entity_id: int | None, details: dict[str, Any]
) -> ChangeSet:
    """What the views must read again after ``action`` (done elsewhere): the cells, items
    or parts named when the audit row says which, the whole session otherwise."""
    sid = _ids(session_id)
    kind = action.split(".", maxsplit=1)[0]
    item = _item_of(details)
    delegation = details.get("delegation")
    named: ChangeSet | None = None
    if kind == "position" and item is not None and isinstance(delegation, str):
        named = ChangeSet(positions=frozenset({(item, delegation)}))
    elif kind == "outcome" and item is not None:
        named = ChangeSet(outcomes=frozenset({item}))
    elif kind == "action" and item is not None:
        named = ChangeSet(actions=frozenset({item}))
    elif kind in ("speaker", "intervention") and item is not None:
        named = ChangeSet(speakers=frozenset({item}))
    elif kind == "attendance":
        named = ChangeSet(attendance=sid)
    elif action == "item.updated":
        named = ChangeSet(items=_ids(entity_id))
    elif action == "session.updated":
        named = ChangeSet(session_list=True, sessions=sid)
    if named is not None:
        return named
    # The agenda, silence, a session added, removed, restored or imported, or an action this
    # look does not know: every view of the session reads it again.
    listed = session_id is None or action.startswith(_LIST_PREFIXES)
    return ChangeSet(session_list=listed, sessions=sid, attendance=sid, agenda=sid)


def summary(touches: Iterable[Touch]) -> dict[str, int]:
    """How many changes of each kind, in the order they first came."""
    counts: dict[str, int] = {}
    for touch in touches:
        counts[touch.kind] = counts.get(touch.kind, 0) + 1
    return counts
