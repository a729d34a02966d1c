"""A session's attendance: who is at the table, present or absent, and their heads of
delegation. Members are seated from the body's roster when the session is created
(``SessionService.create`` calls ``seat``); partners, invitees and staff are added here."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from db import repositories as repo
from db.models import AttendanceRow
from desktop import reference
from desktop.domain.sessions import AttendanceKind
from desktop.i18n import N_, _
from desktop.services.changes import ChangeSet, Result
from desktop.services.conflicts import refuse_if_changed
from desktop.services.context import Context
from desktop.services.convert import (
    bounded,
    delegation_code,
    enum_value,
    require_session,
    session_detail,
)
from desktop.services.dto import SessionDetail
from desktop.services.errors import NotFoundError, ValidationError


class AttendanceService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def set_attendance(
        self,
        session_id: int,
        delegation: str,
        *,
        present: bool | None = None,
        head_of_delegation: str | None = None,
        expected: Mapping[str, Any] | None = None,
    ) -> Result[SessionDetail]:
        """Mark a delegation present or absent, or set its head of delegation. ``expected``:
        the values the attendance list showed (refused when changed elsewhere meanwhile)."""
        with self._ctx.unit() as s:
            if expected is not None:
                self._ctx.hold_writes(s)
            row = require_session(s, session_id)
            att = repo.attendance_row(s, session_id, delegation)
            if att is None:
                raise NotFoundError(
                    _("{code} is not at the table in this session.").format(code=delegation)
                )
            refuse_if_changed(
                _attendance_values(att.present, att.head_of_delegation),
                None if expected is None else _attendance_values(**expected),
                _attendance_values(present, head_of_delegation),
                subject=lambda name: _(_ATTENDANCE_FIELDS[name]).format(delegation=delegation),
                where=_("The attendance list"),
            )
            was = {"present": att.present, "head_of_delegation": att.head_of_delegation}
            if present is not None:
                att.present = present
            if head_of_delegation is not None:
                att.head_of_delegation = bounded(
                    head_of_delegation, 200, N_("the head of delegation")
                )
            self._ctx.audit(
                s,
                "attendance.updated",
                session_id=session_id,
                entity="attendance",
                entity_id=att.id,
                delegation=delegation,
                present=att.present,
                head_of_delegation=att.head_of_delegation,
                before=was,
            )
            detail = session_detail(s, row)
        return Result(detail, ChangeSet(attendance=frozenset({session_id})))

    def add_participant(
        self,
        session_id: int,
        code: str,
        *,
        kind: AttendanceKind | str,
        name: str = "",
        head_of_delegation: str = "",
    ) -> Result[SessionDetail]:
        """Add a partner, an invitee or staff: they attend without decision rights."""
        att_kind = enum_value(AttendanceKind, kind, N_("a kind of participant"))
        if att_kind is AttendanceKind.MEMBER:
            raise ValidationError(
                _(
                    "Members are seated from the body's roster on the session's date; "
                    "add partners, invitees or staff here."
                )
            )
        code = delegation_code(code, N_("the participant's code"))
        if not code:
            raise ValidationError(_("Give the participant's code or short name."))
        with self._ctx.unit() as s:
            row = require_session(s, session_id)
            named = reference.ally_name_on(code, row.session_date)  # an Ally or invitee
            display = name.strip() or (named.name_en if named else code)
            if repo.attendance_row(s, session_id, code) is not None:
                raise ValidationError(
                    _("{code} is already at the table in this session.").format(code=code)
                )
            att = seat(
                session_id, code, att_kind, named.sort_key if named else display.casefold()[:200]
            )
            att.display_name = bounded(display, 200, N_("the name"))
            att.head_of_delegation = bounded(head_of_delegation, 200, N_("the head of delegation"))
            s.add(att)
            s.flush()
            self._ctx.audit(
                s,
                "attendance.added",
                session_id=session_id,
                entity="attendance",
                entity_id=att.id,
                delegation=code,
                kind=att_kind.value,
            )
            detail = session_detail(s, row)
        return Result(detail, ChangeSet(attendance=frozenset({session_id})))

    def remove_participant(self, session_id: int, code: str) -> Result[SessionDetail]:
        with self._ctx.unit() as s:
            row = require_session(s, session_id)
            att = repo.attendance_row(s, session_id, code)
            if att is None:
                raise NotFoundError(
                    _("{code} is not at the table in this session.").format(code=code)
                )
            if att.kind == AttendanceKind.MEMBER.value:
                raise ValidationError(
                    _("{code} is a member on the session's date; mark it absent instead.").format(
                        code=code
                    )
                )
            if repo.has_positions(s, session_id, code):
                raise ValidationError(
                    _(
                        "{code} has statements on record in this session, so it stays at the "
                        "table; mark it absent instead."
                    ).format(code=code)
                )
            s.delete(att)
            self._ctx.audit(
                s,
                "attendance.removed",
                session_id=session_id,
                entity="attendance",
                entity_id=att.id,
                delegation=code,
            )
            detail = session_detail(s, row)
        return Result(detail, ChangeSet(attendance=frozenset({session_id})))


_ATTENDANCE_FIELDS = {
    "present": N_("{delegation}'s attendance"),
    "head_of_delegation": N_("{delegation}'s head of delegation"),
}


def seat(session_id: int, code: str, kind: AttendanceKind, sort_key: str) -> AttendanceRow:
    """A new row at the table for ``code``, present, with no head of delegation yet."""
    return AttendanceRow(
        session_id=session_id,
        delegation=code,
        kind=kind.value,
        display_name="",
        sort_key=sort_key,
        present=True,
        head_of_delegation="",
    )


def _attendance_values(
    present: bool | None = None, head_of_delegation: str | None = None
) -> dict[str, str]:
    """A participant's values as a sentence names them (those given)."""
    values = {} if present is None else {"present": _("present") if present else _("absent")}
    if head_of_delegation is not None:
        values["head_of_delegation"] = head_of_delegation
    return values
