"""Sessions: creating, editing, opening and closing them, removing and restoring them, and
the summaries the sessions page lists. Their attendance and agenda have services of their own
(``attendance.py``, ``agenda.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import SessionRow
from desktop import reference
from desktop.domain.allies import Ally, invitees_on
from desktop.domain.bodies import BodyKind, body, session_title
from desktop.domain.meeting_clock import may_close_at, may_open_at, to_minute
from desktop.domain.sessions import (
    AttendanceKind,
    ChairRole,
    Classification,
    Format,
    Level,
)
from desktop.domain.timezones import BRUSSELS, require_utc, utc_to_local, zone
from desktop.i18n import N_, _, day_text, language, shown
from desktop.reports.dates import clock as clock_text
from desktop.services.attendance import seat
from desktop.services.changes import ChangeSet, Result
from desktop.services.conflicts import refuse_if_changed
from desktop.services.context import Context
from desktop.services.convert import (
    bounded,
    committee_shown,
    enum_value,
    removed_session,
    require_session,
    session_detail,
    typed,
)
from desktop.services.convert import shown as value_shown
from desktop.services.dto import SessionDetail, SessionSummary
from desktop.services.errors import ValidationError
from desktop.services.silence_views import decision_holders, to_domain
from desktop.services.text_rules import invisible_in

_EDITABLE = {
    "reference",
    "committee_name",
    "committee_name_fr",
    "level",
    "format",
    "session_date",
    "place",
    "place_fr",
    "time_zone",
    "opened_at",
    "closed_at",
    "chair",
    "chair_role",
    "classification",
}


class SessionService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # ------------------------------------------------------------------ reading
    def list_sessions(
        self,
        *,
        body: str | None = None,
        level: str | None = None,
        year: int | None = None,
        search: str = "",
    ) -> list[SessionSummary]:
        # Every word must match; a few are plenty (each costs the query eight LIKEs).
        search = " ".join(list(dict.fromkeys(typed(search, N_("the search")).split()))[:16])
        with self._ctx.unit() as s:
            rows = repo.sessions(s, body=body, level=level, year=year, search=search)
            silence = silence_counts(s, [row for row, _count in rows])
            return [summary_of(row, count, *silence.get(row.id, (0, 0))) for row, count in rows]

    def years(self) -> list[int]:
        with self._ctx.unit() as s:
            return repo.session_years(s)

    def get(self, session_id: int) -> SessionDetail:
        with self._ctx.unit() as s:
            return session_detail(s, require_session(s, session_id))

    # ------------------------------------------------------------------ writing
    def create(
        self,
        *,
        body_kind: BodyKind | str,
        level: Level | str,
        session_date: date,
        format: Format | str = Format.FORMAL,
        reference: str = "",
        committee_name: str = "",
        place: str = "",
        chair: str = "",
        chair_role: ChairRole | str = ChairRole.SECRETARY_GENERAL,
        classification: Classification | str = Classification.NATO_UNCLASSIFIED,
        time_zone: str = BRUSSELS,
        opened_at: datetime | None = None,
        carry_over: bool = False,
        committee_name_fr: str = "",
        place_fr: str = "",
    ) -> Result[SessionDetail]:
        """Create a session and seat the body's members on its date. ``committee_name`` and
        ``place`` are the English versions, ``committee_name_fr`` and ``place_fr`` the French
        ones (a committee's name in either language is enough). ``carry_over``: its
        heads of delegation are those of the last session of the same body and level (see
        ``carry_over_source``), for the operator to confirm or edit; the result's notice
        says where they came from."""
        kind = enum_value(BodyKind, body_kind, N_("a body"))
        profile = body(kind)
        lvl = enum_value(Level, level, N_("a level"))
        if lvl not in profile.levels:
            allowed = ", ".join(shown(x.label) for x in profile.levels)
            raise ValidationError(
                _(
                    "The {body} does not meet at the level of {level}; choose one of: {allowed}."
                ).format(body=shown(profile.name), level=shown(lvl.label), allowed=allowed)
            )
        if kind is BodyKind.COMMITTEE and not (committee_name.strip() or committee_name_fr.strip()):
            raise ValidationError(_("Give the committee's name."))
        _check_zone(time_zone)
        now = self._ctx.clock()
        with self._ctx.unit() as s:
            holders = profile.decision_holders(reference_allies(), session_date)  # may refuse
            if not holders:
                raise ValidationError(
                    _("The {body} had no members on {day}; check the session's date.").format(
                        body=shown(profile.name), day=day_text(session_date)
                    )
                )
            ref = _check_reference(s, reference, None)
            row = SessionRow(
                reference=ref,
                revision=0,
                body=kind.value,
                committee_name=bounded(committee_name, 200, N_("the committee name")),
                committee_name_fr=bounded(committee_name_fr, 200, N_("the French committee name")),
                level=lvl.value,
                format=enum_value(Format, format, N_("a format")).value,
                session_date=session_date,
                place=bounded(place, 200, N_("the place")),
                place_fr=bounded(place_fr, 200, N_("the French place")),
                time_zone=time_zone,
                opened_at=require_utc(opened_at) if opened_at else None,
                closed_at=None,
                chair=bounded(chair, 200, N_("the chair")),
                chair_role=enum_value(ChairRole, chair_role, N_("a chair's role")).value,
                classification=enum_value(
                    Classification, classification, N_("a classification")
                ).value,
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            for ally in holders:
                key = _sort_key(ally, session_date)
                s.add(seat(row.id, ally.code, AttendanceKind.MEMBER, key))
            if kind is BodyKind.NAC:
                for ally in invitees_on(reference_allies(), session_date):
                    key = _sort_key(ally, session_date)
                    s.add(seat(row.id, ally.code, AttendanceKind.INVITEE, key))
            s.flush()
            source = _carried_over(s, row) if carry_over else None
            self._ctx.audit(
                s,
                "session.created",
                session_id=row.id,
                entity="session",
                entity_id=row.id,
                body=row.body,
                level=row.level,
                date=session_date.isoformat(),
                reference=ref,
                **({"heads_carried_over_from": source.id} if source else {}),
            )
            detail = session_detail(s, row)
            notices = (
                (carried_over_notice(source.reference, source.session_date),) if source else ()
            )
        changes = ChangeSet(session_list=True, sessions=frozenset({row.id}))
        return Result(detail, changes, notices)

    def carry_over_source(
        self,
        *,
        body_kind: BodyKind | str,
        level: Level | str,
        session_date: date,
        committee_name: str = "",
    ) -> SessionSummary | None:
        """The session whose heads of delegation a new session of this body and level
        would take (``create(carry_over=True)``): the last one dated on or before
        ``session_date``, not removed (of a subordinate committee, the last of the committee
        of that name); None when there is none, or it names no head of delegation."""
        kind = enum_value(BodyKind, body_kind, N_("a body"))
        lvl = enum_value(Level, level, N_("a level"))
        with self._ctx.unit() as s:
            row = _last_session(s, kind, lvl, session_date, committee_name)
            if row is None or not _heads(s, row.id):
                return None
            return summary_of(row, len(repo.items(s, row.id)))

    def update(
        self, session_id: int, *, expected: Mapping[str, Any] | None = None, **fields: Any
    ) -> Result[SessionDetail]:
        """Change the session form's fields; the body and the date's roster stay as created.
        ``expected``: the values the form started from; when another window changed one
        meanwhile, the change is refused (ConflictError, see ``desktop.services.conflicts``)."""
        unknown = set(fields) - _EDITABLE
        if unknown:
            raise ValidationError(
                _("These session fields cannot be edited: {fields}.").format(
                    fields=", ".join(sorted(unknown))
                )
            )
        with self._ctx.unit() as s:
            if expected is not None:
                self._ctx.hold_writes(s)
            row = require_session(s, session_id)
            refuse_if_changed(
                _form_values(row), expected, fields,
                subject=lambda name: _(_SESSION_FIELDS.get(name, name)),
                where=_("The form"),
            )  # fmt: skip
            before = {name: getattr(row, name) for name in fields}
            values = _validated_fields(s, row, fields)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = self._ctx.clock()
            self._ctx.audit(
                s,
                "session.updated",
                session_id=row.id,
                entity="session",
                entity_id=row.id,
                before=before,
                after=values,
            )
            detail = session_detail(s, row)
        return Result(detail, ChangeSet(session_list=True, sessions=frozenset({session_id})))

    def close(self, session_id: int, closed_at: datetime | None = None) -> Result[SessionDetail]:
        """Record that the chair closed the meeting (now, unless a time is given)."""
        return self.update(session_id, closed_at=closed_at or self._ctx.clock())

    # ------------------------------------------------------------------ the meeting's clock
    def now(self) -> datetime:
        """The workspace's clock (aware, UTC): what Open and Close the Meeting stamp, and
        what the session form offers for a meeting being held. Reads no database."""
        return require_utc(self._ctx.clock())

    def open_meeting(self, session_id: int) -> Result[SessionDetail]:
        """The chair opens the meeting: its opening time is the clock's, to the minute.
        Refused when it is already opened (the sentence says at what time), and when the
        session is not held today (its time is then typed in the session form)."""
        now = to_minute(self.now())
        with self._ctx.unit() as s:
            row = require_session(s, session_id)
            if row.opened_at is not None:
                raise ValidationError(
                    _(
                        "The meeting was already opened at {time}; to correct that time, "
                        "edit it on the Session tab."
                    ).format(time=_clock(row.opened_at, row.time_zone))
                )
            if not may_open_at(row.session_date, row.time_zone, now):
                raise ValidationError(
                    _(
                        "This session is dated {day}, not today, so the time now cannot be "
                        "its opening time; type that time on the Session tab."
                    ).format(day=day_text(row.session_date))
                )
        return self.update(session_id, expected={"opened_at": None}, opened_at=now)

    def close_meeting(self, session_id: int) -> Result[SessionDetail]:
        """The chair closes the meeting: its closing time is the clock's, to the minute.
        Refused when the meeting was not opened, when it is already closed, and when the
        session was not held today (or last night)."""
        now = to_minute(self.now())
        with self._ctx.unit() as s:
            row = require_session(s, session_id)
            if row.opened_at is None:
                raise ValidationError(
                    _(
                        "The meeting has not been opened, so it cannot be closed; open it "
                        "first, or type both times on the Session tab."
                    )
                )
            if row.closed_at is not None:
                raise ValidationError(
                    _(
                        "The meeting was already closed at {time}; to correct that time, "
                        "edit it on the Session tab."
                    ).format(time=_clock(row.closed_at, row.time_zone))
                )
            if not may_close_at(row.session_date, row.time_zone, now):
                raise ValidationError(
                    _(
                        "This session is dated {day}, not today, so the time now cannot be "
                        "its closing time; type that time on the Session tab."
                    ).format(day=day_text(row.session_date))
                )
        return self.update(session_id, expected={"closed_at": None}, closed_at=now)

    def remove(self, session_id: int) -> Result[None]:
        """Take a session off the list. Its record stays in the database, audited."""
        with self._ctx.unit() as s:
            row = require_session(s, session_id)
            row.removed_at = self._ctx.clock()
            self._ctx.audit(
                s,
                "session.removed",
                session_id=row.id,
                entity="session",
                entity_id=row.id,
                reference=row.reference,
            )
        return Result(None, ChangeSet(session_list=True, sessions=frozenset({session_id})))

    def restore(self, session_id: int) -> Result[SessionDetail]:
        """Put a removed session back on the list (the undo of ``remove``), audited."""
        with self._ctx.unit() as s:
            row = removed_session(s, session_id)
            if row.reference:
                other = repo.live_session_by_reference(s, row.reference)
                if other is not None and other.id != row.id:
                    raise ValidationError(
                        _(
                            "Another session on the list now has the reference {reference}, "
                            "so this one cannot be restored; change or remove that session's "
                            "reference first."
                        ).format(reference=row.reference)
                    )
            removed_at = row.removed_at
            row.removed_at = None
            self._ctx.audit(
                s,
                "session.restored",
                session_id=row.id,
                entity="session",
                entity_id=row.id,
                reference=row.reference,
                removed_at=removed_at,
            )
            detail = session_detail(s, row)
        return Result(detail, ChangeSet(session_list=True, sessions=frozenset({session_id})))


# ---------------------------------------------------------------------- helpers
# The fields as a sentence names them (a conflict's subject; ``bounded``'s ``what``).
_SESSION_FIELDS = {
    "reference": N_("the session's reference"),
    "committee_name": N_("the session's committee name"),
    "committee_name_fr": N_("the session's French committee name"),
    "level": N_("the session's level"),
    "format": N_("the session's format"),
    "session_date": N_("the session's date"),
    "place": N_("the session's place"),
    "place_fr": N_("the session's French place"),
    "time_zone": N_("the session's time zone"),
    "opened_at": N_("the session's opening time"),
    "closed_at": N_("the session's closing time"),
    "chair": N_("the session's chair"),
    "chair_role": N_("the session's chair's role"),
    "classification": N_("the session's classification"),
}
_TEXT_FIELDS = {
    "committee_name": N_("the committee name"),
    "committee_name_fr": N_("the French committee name"),
    "place": N_("the place"),
    "place_fr": N_("the French place"),
    "chair": N_("the chair"),
}


def _form_values(row: SessionRow) -> dict[str, Any]:
    """The session's editable fields as the form shows them."""
    values: dict[str, Any] = {name: getattr(row, name) for name in _EDITABLE}
    values["reference"] = row.reference or ""
    values["level"] = Level(row.level)
    values["format"] = Format(row.format)
    values["chair_role"] = ChairRole(row.chair_role)
    values["classification"] = Classification(row.classification)
    return values


def reference_allies() -> tuple[Ally, ...]:
    return reference.allies()


def _sort_key(ally: Ally, day: date) -> str:
    """The key that seats ``ally`` on ``day``: that of its name then, stored with the row."""
    named = reference.ally_name_on(ally.code, day)
    return named.sort_key if named else ally.sort_key


def silence_counts(s: Session, sessions: list[SessionRow]) -> dict[int, tuple[int, int]]:
    """Per session: how many items have a silence procedure running, and how many one
    broken (its latest procedure on each item), from one query for all the sessions."""
    by_id = {row.id: row for row in sessions}
    holders: dict[int, frozenset[str]] = {}
    counts: dict[int, tuple[int, int]] = {}
    for session_id, row in repo.latest_procedures(s, by_id):
        if session_id not in holders:
            holders[session_id] = decision_holders(by_id[session_id])
        procedure = to_domain(row, holders[session_id])
        running, broken = counts.get(session_id, (0, 0))
        broke = procedure.withdrawal is None and bool(procedure.standing_breaks)
        counts[session_id] = (running + procedure.is_open, broken + broke)
    return counts


def summary_of(
    row: SessionRow, item_count: int, silence_running: int = 0, silence_broken: int = 0
) -> SessionSummary:
    return SessionSummary(
        id=row.id,
        reference=row.reference or "",
        title=session_title(row.body, row.level, committee_shown(row)),
        body=row.body,
        level=row.level,
        format=row.format,
        session_date=row.session_date,
        place=row.place,
        chair=row.chair,
        classification=row.classification,
        item_count=item_count,
        closed=row.closed_at is not None,
        silence_running=silence_running,
        silence_broken=silence_broken,
    )


def _clock(moment: datetime, zone_name: str) -> str:
    """A stored time as the session's wall clock shows it: "10:03" / "10 h 03"."""
    return clock_text(utc_to_local(moment, zone_name), language())


def _committee_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _last_session(
    s: Session,
    kind: BodyKind,
    level: Level,
    day: date,
    committee_name: str,
    *,
    besides: int | None = None,
) -> SessionRow | None:
    """The last session of this body and level dated on or before ``day``, not removed,
    other than ``besides``; of a subordinate committee, the last of the committee of that
    name."""
    query = (
        select(SessionRow)
        .where(
            SessionRow.removed_at.is_(None),
            SessionRow.body == kind.value,
            SessionRow.level == level.value,
            SessionRow.session_date <= day,
        )
        .order_by(SessionRow.session_date.desc(), SessionRow.id.desc())
    )
    if besides is not None:
        query = query.where(SessionRow.id != besides)
    if kind is not BodyKind.COMMITTEE:
        return s.scalars(query.limit(1)).first()
    wanted = _committee_key(committee_name)  # compared here: SQLite's lower() is ASCII only
    return next((r for r in s.scalars(query) if _committee_key(r.committee_name) == wanted), None)


def _heads(s: Session, session_id: int) -> dict[str, str]:
    """The session's heads of delegation by delegation code (those named)."""
    return {
        att.delegation: att.head_of_delegation
        for att in repo.attendance(s, session_id)
        if att.head_of_delegation.strip()
    }


def _carried_over(s: Session, row: SessionRow) -> SessionRow | None:
    """Give the new session ``row`` the heads of delegation of the last session of its body
    and level, for the delegations at both tables; that session, when it named any."""
    kind, level = BodyKind(row.body), Level(row.level)
    source = _last_session(s, kind, level, row.session_date, row.committee_name, besides=row.id)
    if source is None:
        return None
    heads = _heads(s, source.id)
    carried = False
    for att in repo.attendance(s, row.id):
        if att.delegation in heads:
            att.head_of_delegation = heads[att.delegation]
            carried = True
    s.flush()
    return source if carried else None


def carried_over_notice(reference: str | None, day: date) -> str:
    """The sentence that says where a new session's heads of delegation come from: the
    session with ``reference`` (if it has one) of ``day``."""
    if reference:
        return _(
            "Heads of delegation carried over from {reference} of {day}; check them on the "
            "Attendance tab."
        ).format(reference=reference, day=day_text(day))
    return _(
        "Heads of delegation carried over from the session of {day}; check them on the "
        "Attendance tab."
    ).format(day=day_text(day))


def _check_reference(s: Session, reference_text: str, session_id: int | None) -> str | None:
    ref = bounded(reference_text, 60, N_("the reference"))
    if not ref:
        return None
    invisible = invisible_in(ref)
    if invisible is not None:  # two references that look the same would be two sessions
        raise ValidationError(
            _(
                "The reference {reference} holds an invisible character ({char}), so it would "
                "look like another reference without it; retype it."
            ).format(reference=value_shown(ref), char=invisible)
        )
    other = repo.session_by_reference(s, ref)
    if other is not None and other.id != session_id:
        raise ValidationError(
            _(
                "Another session already has the reference {reference}; give this one a "
                "different reference (or a revision)."
            ).format(reference=ref)
        )
    return ref


def _check_zone(name: str) -> None:
    if len(name) > 64:  # the column's width; no zone's name is this long
        raise ValidationError(_("That is not a time zone; use a name like Europe/Brussels."))
    try:
        zone(name)
    except (ValueError, KeyError, OSError) as error:
        raise ValidationError(
            _("{name} is not a time zone; use a name like Europe/Brussels.").format(name=repr(name))
        ) from error


def _validated_fields(s: Session, row: SessionRow, fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "reference":
            out[name] = _check_reference(s, value or "", row.id)
        elif name == "level":
            lvl = enum_value(Level, value, N_("a level"))
            if lvl not in body(row.body).levels:
                raise ValidationError(
                    _("The {body} does not meet at that level.").format(
                        body=shown(body(row.body).name)
                    )
                )
            out[name] = lvl.value
        elif name == "format":
            out[name] = enum_value(Format, value, N_("a format")).value
        elif name == "chair_role":
            out[name] = enum_value(ChairRole, value, N_("a chair's role")).value
        elif name == "classification":
            out[name] = enum_value(Classification, value, N_("a classification")).value
        elif name == "session_date":
            _check_same_roster(row, value)
            out[name] = value
        elif name == "time_zone":
            _check_zone(value)
            out[name] = value
        elif name in ("opened_at", "closed_at"):
            out[name] = require_utc(value) if value is not None else None
        else:
            out[name] = bounded(value or "", 200, _TEXT_FIELDS.get(name, name))
    _check_meeting(out.get("opened_at", row.opened_at), out.get("closed_at", row.closed_at))
    return out


def _check_meeting(opened: datetime | None, closed: datetime | None) -> None:
    if opened and closed and closed < opened:
        raise ValidationError(_("The meeting cannot close before it opened; check the times."))
    if closed and not opened:
        raise ValidationError(
            _("The meeting cannot close without having opened; give its opening time as well.")
        )


def _check_same_roster(row: SessionRow, new_date: date) -> None:
    profile = body(row.body)
    before = [a.code for a in profile.decision_holders(reference_allies(), row.session_date)]
    after = [a.code for a in profile.decision_holders(reference_allies(), new_date)]
    if before != after:
        raise ValidationError(
            _(
                "On {day} the {body} had {after} members, not {before}; create a new session "
                "for that date instead of moving this one."
            ).format(
                day=day_text(new_date),
                body=shown(profile.name),
                after=len(after),
                before=len(before),
            )
        )
