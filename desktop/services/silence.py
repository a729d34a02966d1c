"""Silence procedures: launch, letters, extensions, withdrawal, relaunch, and settling at the
deadline. Every step is checked by the domain's state machine and stored as an event."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import AgendaItemRow, OutcomeDeclarationRow, SilenceProcedureRow
from desktop.domain.outcomes import Outcome
from desktop.domain.silence import LetterKind, SilenceProcedure, SilenceState
from desktop.domain.timezones import local_to_utc, require_utc
from desktop.i18n import N_, _
from desktop.services.changes import ChangeSet, Result
from desktop.services.conflicts import refuse_if_changed
from desktop.services.context import Context
from desktop.services.convert import bounded, enum_value, require_item, typed
from desktop.services.dto import SettledNotice, SilenceView
from desktop.services.errors import NotFoundError, ValidationError
from desktop.services.record_lock import locked_sessions
from desktop.services.silence_views import (
    decision_holders,
    domain_of,
    event_row,
    procedure_views,
    view,
)

_Step = Callable[[SilenceProcedure, str], SilenceProcedure]
_Then = Callable[[Session, SilenceProcedureRow], None]


class SilenceService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # ------------------------------------------------------------------ reading
    def procedures(self, item_id: int) -> list[SilenceView]:
        with self._ctx.unit() as s:
            return procedure_views(s, [item_id], self._ctx.clock())

    def for_session(self, session_id: int) -> list[SilenceView]:
        with self._ctx.unit() as s:
            ids = [r.id for r in repo.items(s, session_id)]
            return procedure_views(s, ids, self._ctx.clock())

    def get(self, procedure_id: int) -> SilenceView:
        with self._ctx.unit() as s:
            row = _procedure(s, procedure_id)
            return view(row, domain_of(row), self._ctx.clock())

    def running(self) -> list[SilenceView]:
        """Every procedure neither settled nor withdrawn, soonest deadline first."""
        now = self._ctx.clock()
        with self._ctx.unit() as s:
            views = [view(r, domain_of(r), now) for r in repo.open_procedures(s)]
        return sorted(views, key=lambda v: v.deadline)

    def next_deadline(self) -> datetime | None:
        """When the app next has something to settle (for a timer, not polling)."""
        views = self.running()
        return views[0].deadline if views else None

    # ------------------------------------------------------------------ writing
    def launch(
        self,
        item_id: int,
        deadline: datetime,
        *,
        text_reference: str = "",
        title: str = "",
        launched_by: str = "",
        launched_at: datetime | None = None,
        fold: int | None = None,
        supersedes: int | None = None,
        title_fr: str = "",
    ) -> Result[SilenceView]:
        """Put the item's text under silence until ``deadline``: aware, or a wall-clock time
        in the session's zone (Brussels). ``title`` is the subject in English, ``title_fr``
        in French."""
        with self._ctx.unit() as s:
            result = self._launch(
                s,
                require_item(s, item_id),
                deadline,
                text_reference=text_reference,
                title=title,
                title_fr=title_fr,
                launched_by=launched_by,
                launched_at=launched_at,
                fold=fold,
                supersedes=supersedes,
            )
        return Result(result, _changed(item_id))

    def _launch(
        self,
        s: Session,
        item: AgendaItemRow,
        deadline: datetime,
        *,
        text_reference: str,
        title: str,
        title_fr: str,
        launched_by: str,
        launched_at: datetime | None,
        fold: int | None,
        supersedes: int | None,
    ) -> SilenceView:
        now = self._ctx.clock()
        for other in repo.procedures(s, [item.id]):
            if domain_of(other).is_open and other.id != supersedes:
                raise ValidationError(
                    _(
                        "This item is already under silence; extend, withdraw or relaunch that "
                        "procedure instead of launching another."
                    )
                )
        due = _instant(deadline, item.session.time_zone, fold)
        start = require_utc(launched_at) if launched_at else now
        SilenceProcedure.launch(start, due, decision_holders(item.session))  # checks the dates
        row = SilenceProcedureRow(
            item_id=item.id,
            text_reference=bounded(text_reference, 100, N_("the text reference")),
            title=bounded(title, 500, N_("the title")),
            title_fr=bounded(title_fr, 500, N_("the French title")),
            launched_at=start,
            launched_by=bounded(launched_by, 200, N_("the name of who launched it")),
            original_deadline=due,
            supersedes_id=supersedes,
            **self._ctx.stamp(),
        )
        s.add(row)
        s.flush()
        s.add(_declaration(self._ctx, item.id, Outcome.UNDER_SILENCE, ""))
        self._ctx.audit(
            s,
            "silence.launched",
            session_id=item.session_id,
            entity="silence_procedure",
            entity_id=row.id,
            deadline=due.isoformat(),
            supersedes=supersedes,
        )
        s.refresh(row, ["item", "events"])
        return view(row, domain_of(row), now)

    def edit(
        self,
        procedure_id: int,
        *,
        title: str | None = None,
        title_fr: str | None = None,
        expected: Mapping[str, Any] | None = None,
    ) -> Result[SilenceView]:
        """Edit the procedure's subject, in English (``title``) or French (``title_fr``):
        how the other language's version is added later. ``expected``: the values shown
        (refused when another window changed one meanwhile)."""
        wanted = {
            name: value
            for name, value in (("title", title), ("title_fr", title_fr))
            if value is not None
        }
        with self._ctx.unit() as s:
            if expected is not None:
                self._ctx.hold_writes(s)
            row = _procedure(s, procedure_id)
            refuse_if_changed(
                {"title": row.title, "title_fr": row.title_fr},
                expected,
                wanted,
                subject=lambda name: _(_SUBJECT_FIELDS.get(name, name)),
                where=_("The silence panel"),
            )
            before = {name: getattr(row, name) for name in wanted}
            if title is not None:
                row.title = bounded(title, 500, N_("the title"))
            if title_fr is not None:
                row.title_fr = bounded(title_fr, 500, N_("the French title"))
            self._ctx.audit(
                s,
                "silence.edited",
                session_id=row.item.session_id,
                entity="silence_procedure",
                entity_id=row.id,
                before=before,
                after={name: getattr(row, name) for name in wanted},
            )
            s.flush()
            result = view(row, domain_of(row), self._ctx.clock())
        return Result(result, _changed(result.item_id))

    def record_letter(
        self,
        procedure_id: int,
        delegation: str,
        received_at: datetime,
        *,
        kind: LetterKind | str = LetterKind.BREAK,
        paragraphs: Iterable[str] = (),
        reference: str = "",
        text: str = "",
        fold: int | None = None,
    ) -> Result[SilenceView]:
        """Record a letter, whenever it came: late letters are kept and flagged.
        ``received_at`` is aware, or a wall-clock time in the session's zone; in the hour
        that happens twice, ``fold`` says which (0 the first, 1 the second)."""
        letter_kind = enum_value(LetterKind, kind, N_("a kind of letter"))
        code = bounded(delegation, 60, N_("the delegation"))
        text = typed(text, N_("the letter's text"))
        with self._ctx.unit() as s:
            session_id = _procedure(s, procedure_id).item.session_id
            if repo.attendance_row(s, session_id, code) is None:
                raise ValidationError(
                    _(
                        "{code} is not at the table in this session; add it to the attendance "
                        "before recording its letter."
                    ).format(code=code or _("That delegation"))
                )
        return self._step(
            procedure_id,
            "silence.letter",
            lambda p, zone: p.receive_letter(
                code,
                _instant(received_at, zone, fold),
                kind=letter_kind,
                paragraphs=tuple(x.strip() for x in paragraphs if x.strip()),
                reference=bounded(reference, 100, N_("the letter reference")),
                text=text.strip(),
            ),
            delegation=delegation,
            kind=letter_kind.value,
        )

    def withdraw_break(
        self,
        procedure_id: int,
        letter_seq: int,
        received_at: datetime,
        reference: str = "",
        fold: int | None = None,
    ) -> Result[SilenceView]:
        """Withdraw a break by a letter received at ``received_at`` (as in ``record_letter``)."""
        return self._step(
            procedure_id,
            "silence.break_withdrawn",
            lambda p, zone: p.withdraw_break(
                letter_seq,
                _instant(received_at, zone, fold),
                bounded(reference, 100, N_("the reference")),
            ),
            letter=letter_seq,
        )

    def extend(
        self, procedure_id: int, new_deadline: datetime, reason: str = "", fold: int | None = None
    ) -> Result[SilenceView]:
        now = self._ctx.clock()
        return self._step(
            procedure_id,
            "silence.extended",
            lambda p, zone: p.extend(
                now, _instant(new_deadline, zone, fold), typed(reason, N_("the reason")).strip()
            ),
            reason=reason,
        )

    def withdraw(self, procedure_id: int, reason: str = "") -> Result[SilenceView]:
        """Withdraw the procedure; the item is deferred until the chair says otherwise."""
        now = self._ctx.clock()

        def defer(s: Session, row: SilenceProcedureRow) -> None:
            s.add(_declaration(self._ctx, row.item_id, Outcome.DEFERRED, ""))

        return self._step(
            procedure_id,
            "silence.withdrawn",
            lambda p, _zone: p.withdraw(now, typed(reason, N_("the reason")).strip()),
            then=defer,
            reason=reason,
        )

    def relaunch(
        self,
        procedure_id: int,
        deadline: datetime,
        *,
        text_reference: str,
        title: str = "",
        launched_by: str = "",
        reason: str = "",
        fold: int | None = None,
        title_fr: str = "",
    ) -> Result[SilenceView]:
        """A new procedure on a revised text, linked to the old one (withdrawn if still open)."""
        now = self._ctx.clock()
        with self._ctx.unit() as s:
            old = _procedure(s, procedure_id)
            procedure = domain_of(old)
            if not procedure.can_relaunch():
                raise ValidationError(
                    _("That text was adopted under silence; there is nothing to relaunch.")
                )
            if procedure.is_open:
                why = typed(reason, N_("the reason")).strip() or "relaunched"
                stepped = procedure.withdraw(now, why, relaunched=True)
                s.add(event_row(old.id, stepped.events[-1], self._ctx.stamp()))
                s.flush()
            result = self._launch(
                s,
                old.item,
                deadline,
                text_reference=text_reference,
                title=title,
                title_fr=title_fr,
                launched_by=launched_by,
                launched_at=None,
                fold=fold,
                supersedes=procedure_id,
            )
        return Result(result, _changed(result.item_id))

    def settle_due(self) -> Result[list[SettledNotice]]:
        """Settle every procedure whose deadline has passed, and say what was settled. The
        item's outcome follows: agreed under silence, or no consensus when silence broke."""
        now = self._ctx.clock()
        notices: list[SettledNotice] = []
        changes = ChangeSet()
        with self._ctx.unit() as s:
            # Every window (and workstation) settles at the deadline: one at a time, each
            # reading what the one before settled, so a procedure is settled exactly once.
            self._ctx.hold_writes(s)
            due = [row for row in repo.open_procedures(s) if domain_of(row).status(now).due]
            # An approved record takes no settlement (the review refuses to approve one with a
            # procedure running; an older file may hold one): the others settle all the same.
            locked = locked_sessions(s, {row.item.session_id for row in due})
            for row in due:
                if row.item.session_id in locked:
                    continue
                procedure = domain_of(row)
                settled = procedure.settle(now)
                s.add(event_row(row.id, settled.events[-1], self._ctx.stamp()))
                status = settled.status(now)
                if status.state is SilenceState.ADOPTED:
                    s.add(_declaration(self._ctx, row.item_id, Outcome.AGREED_UNDER_SILENCE, ""))
                else:  # who broke silence is in the procedure's record, in every language
                    s.add(_declaration(self._ctx, row.item_id, Outcome.NO_CONSENSUS, ""))
                self._ctx.audit(
                    s,
                    "silence.settled",
                    session_id=row.item.session_id,
                    entity="silence_procedure",
                    entity_id=row.id,
                    result=status.state.value,
                )
                notices.append(
                    SettledNotice(
                        row.id,
                        row.item_id,
                        row.item.session_id,
                        row.item.title or row.item.title_fr,
                        status.state,
                        status.deadline,
                        status.breaking,
                    )
                )
                changes = changes | _changed(row.item_id)
        return Result(notices, changes)

    # ------------------------------------------------------------------ plumbing
    def _step(
        self,
        procedure_id: int,
        action: str,
        step: _Step,
        *,
        then: _Then | None = None,
        **details: object,
    ) -> Result[SilenceView]:
        with self._ctx.unit() as s:
            row = _procedure(s, procedure_id)
            before = domain_of(row)
            after = step(before, row.item.session.time_zone)
            for event in after.events[len(before.events) :]:
                s.add(event_row(row.id, event, self._ctx.stamp()))
            if then is not None:
                then(s, row)
            s.flush()
            s.expire(row, ["events"])
            if after.deadline != before.deadline:  # what the audit trail shows as before/after
                details = {**details, "deadline_before": before.deadline.isoformat()}
                details["deadline"] = after.deadline.isoformat()
            self._ctx.audit(
                s,
                action,
                session_id=row.item.session_id,
                entity="silence_procedure",
                entity_id=row.id,
                **details,
            )
            result = view(row, domain_of(row), self._ctx.clock())
        return Result(result, _changed(result.item_id))


# The subject's fields as a conflict names them.
_SUBJECT_FIELDS = {
    "title": N_("the silence procedure's subject"),
    "title_fr": N_("the silence procedure's French subject"),
}


def _instant(moment: datetime, zone: str, fold: int | None) -> datetime:
    """Aware times are instants; naive ones are wall-clock times in the session's zone."""
    if moment.tzinfo is None:
        return local_to_utc(moment, zone, fold=fold)
    return require_utc(moment)


def _declaration(
    ctx: Context, item_id: int, outcome: Outcome, decision: str
) -> OutcomeDeclarationRow:
    return OutcomeDeclarationRow(
        item_id=item_id,
        outcome=outcome.value,
        decision_text=decision,
        remitted_to="",
        warnings="",
        **ctx.stamp(),
    )


def _changed(item_id: int) -> ChangeSet:
    # The sessions list shows how many procedures run or broke: it refreshes too.
    return ChangeSet(silence=frozenset({item_id}), outcomes=frozenset({item_id}), session_list=True)


def _procedure(s: Session, procedure_id: int) -> SilenceProcedureRow:
    row = repo.get_procedure(s, procedure_id)
    if row is None:
        raise NotFoundError(_("That silence procedure does not exist."))
    return row
