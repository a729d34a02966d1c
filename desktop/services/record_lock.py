"""An approved record takes no change: the check every unit of work passes at its end.

Why at the end of ``Context.unit`` and not in each service: every write to a session is
audited with its session's id, so the unit knows which sessions it changed without each
service having to remember the rule; a new service cannot forget it. One indexed query per
unit that wrote something, on the review's last approval or reopening.

A review step (``desktop.services.review``) marks its unit with :data:`REVIEW_STEP`: approving
and reopening are the writes a locked record takes.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from db.models import ReviewEventRow, SessionRow
from desktop.i18n import _
from desktop.services.errors import ValidationError

REVIEW_STEP = "tdt-review-step"
_LOCKING = ("approved", "reopened")


def refuse_if_locked(s: Session | Connection, session_ids: Collection[int | None]) -> None:
    """Raise ValidationError, before the commit, when one of the sessions written to has an
    approved record (its last approval not followed by a reopening). ``s``: the unit's
    session, or its connection (``Context.lean_unit``); a review step's unit says so in its
    ``info``."""
    if s.info.get(REVIEW_STEP):
        return
    locked = locked_sessions(s, session_ids)
    if not locked:
        return
    session_id, at = min(locked.items())
    reference = s.scalar(select(SessionRow.reference).where(SessionRow.id == session_id))
    raise ValidationError(
        _(
            "The record of {session} was approved on {day}, so it takes no change; "
            "to correct it, open a revision (Session › Review Steps › Open a "
            "Revision), saying why. Nothing was saved."
        ).format(session=reference or _("this session"), day=at.date().isoformat())
    )


def locked_sessions(
    s: Session | Connection, session_ids: Collection[int | None]
) -> dict[int, datetime]:
    """Which of the sessions have an approved record, with the day of its approval."""
    ids = sorted({i for i in session_ids if i is not None})
    if not ids:
        return {}
    last = (
        select(ReviewEventRow.session_id, ReviewEventRow.kind, ReviewEventRow.at)
        .where(ReviewEventRow.session_id.in_(ids), ReviewEventRow.kind.in_(_LOCKING))
        .order_by(ReviewEventRow.session_id, ReviewEventRow.id.desc())
    )
    seen: set[int] = set()
    locked: dict[int, datetime] = {}
    for session_id, kind, at in s.execute(last):
        if session_id in seen:
            continue
        seen.add(session_id)
        if kind == "approved":
            locked[session_id] = at
    return locked
