"""The chair's declarations and the action items an item carries."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import ActionItemRow, AgendaItemRow, OutcomeDeclarationRow
from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.domain.consensus import consensus_of
from desktop.domain.outcomes import Outcome, OutcomeWarning, check_outcome
from desktop.domain.sessions import AgendaKind
from desktop.domain.standing import Declaration
from desktop.i18n import N_, _
from desktop.services.changes import ChangeSet, Result
from desktop.services.conflicts import refuse_if_changed
from desktop.services.context import Context
from desktop.services.convert import (
    bounded,
    delegations,
    enum_value,
    require_item,
    require_session,
    typed,
)
from desktop.services.dto import ActionItemView, ItemStanding, ItemState, OutcomeView
from desktop.services.errors import NotFoundError, ValidationError
from desktop.services.item_state import ItemBasis, ItemFacts, item_state
from desktop.services.positions import positions_by_delegation
from desktop.services.silence_views import procedure_views
from desktop.services.standings import (
    latest_declarations,
    session_standings,
)


class OutcomeService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def check(self, item_id: int, outcome: Outcome | str) -> tuple[OutcomeWarning, ...]:
        """What the record says against declaring ``outcome`` now (nothing is stored)."""
        declared = enum_value(Outcome, outcome, N_("an outcome"))
        with self._ctx.unit() as s:
            return _warnings(s, require_item(s, item_id), declared, self._ctx)

    def declare(
        self,
        item_id: int,
        outcome: Outcome | str,
        *,
        decision_text: str = "",
        remitted_to: str = "",
        decision_text_fr: str = "",
        remitted_to_fr: str = "",
    ) -> Result[OutcomeView]:
        """Record the chair's declaration. It is never refused for disagreeing with the
        positions: the warnings come back with it, and are stored with it. The texts come in
        English (``decision_text``, ``remitted_to``) and French (``…_fr``)."""
        declared = enum_value(Outcome, outcome, N_("an outcome"))
        if declared is Outcome.REMITTED and not (
            str(remitted_to).strip() or str(remitted_to_fr).strip()
        ):
            raise ValidationError(_("Say which committee the item is remitted to."))
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            warnings = _warnings(s, item, declared, self._ctx)
            row = OutcomeDeclarationRow(
                item_id=item_id,
                outcome=declared.value,
                decision_text=typed(decision_text, N_("the decision")).strip(),
                decision_text_fr=typed(decision_text_fr, N_("the French decision")).strip(),
                remitted_to=bounded(remitted_to, 200, N_("the committee")),
                remitted_to_fr=bounded(remitted_to_fr, 200, N_("the French committee name")),
                warnings="\n".join(w.message for w in warnings),
                **self._ctx.stamp(),
            )
            s.add(row)
            s.flush()
            self._ctx.audit(
                s,
                "outcome.declared",
                session_id=item.session_id,
                entity="outcome",
                entity_id=row.id,
                item_id=item_id,
                outcome=declared.value,
                warnings=[w.kind.value for w in warnings],
            )
            result = _outcome_view(row, warnings)
        return Result(result, ChangeSet(outcomes=frozenset({item_id})))

    def withdraw(self, item_id: int) -> Result[OutcomeView | None]:
        """Withdraw the declaration that stands on the item (how the undo of a declaration is
        recorded: declarations are events, never deleted). A new declaration is recorded,
        marked withdrawn and carrying the outcome it withdraws; afterwards no outcome stands
        on the item. Returns the outcome that stands now: None."""
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            standing = repo.latest_outcomes(s, [item_id]).get(item_id)
            if standing is None:
                raise ValidationError(_("No outcome has been declared on this item."))
            row = OutcomeDeclarationRow(
                item_id=item_id,
                outcome=standing.outcome,
                decision_text=standing.decision_text,
                remitted_to=standing.remitted_to,
                decision_text_fr=standing.decision_text_fr,
                remitted_to_fr=standing.remitted_to_fr,
                warnings="",
                withdrawn=True,
                **self._ctx.stamp(),
            )
            s.add(row)
            s.flush()
            self._ctx.audit(
                s,
                "outcome.withdrawn",
                session_id=item.session_id,
                entity="outcome",
                entity_id=row.id,
                item_id=item_id,
                outcome=standing.outcome,
                withdraws=standing.id,
            )
        return Result(None, ChangeSet(outcomes=frozenset({item_id})))

    def state(self, item_id: int) -> ItemState:
        """Where the item stands: consensus, declared outcome (checked now), latest silence,
        and the one state the domain derives from them."""
        facts = self.facts(item_id)
        return item_state(facts.basis, facts.positions)

    def facts(self, item_id: int) -> ItemFacts:
        """What the item's state and its chair's summary are worked out from
        (``desktop.services.item_state``): its basis and its standing positions, in one
        read."""
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            dels = delegations(s, item.session_id)
            current = positions_by_delegation(repo.current_positions(s, [item_id]), item_id)
            views = procedure_views(s, [item_id], self._ctx.clock())
            declared = repo.latest_outcomes(s, [item_id]).get(item_id)
            outcome = _outcome_view(declared, ()) if declared is not None else None
            latest = views[-1] if views else None
            basis = ItemBasis(item_id, AgendaKind(item.kind), dels, outcome, latest)
            return ItemFacts(basis, current)

    def declarations(self, item_ids: Iterable[int]) -> dict[int, Declaration | None]:
        """The declaration that stands on each item, None where none does (never declared,
        or withdrawn): what a grid's headers need when declarations change."""
        ids = list(item_ids)
        with self._ctx.unit() as s:
            standing = latest_declarations(s, ids)
        return {item_id: standing.get(item_id) for item_id in ids}

    def standings(self, session_id: int) -> list[ItemStanding]:
        """Where each item on the session's agenda stands, in agenda order, in one read."""
        with self._ctx.unit() as s:
            require_session(s, session_id)
            return session_standings(s, session_id, self._ctx.clock())

    def history(self, item_id: int) -> list[OutcomeView]:
        """Every declaration on the item, oldest first, withdrawals included (``withdrawn``)."""
        with self._ctx.unit() as s:
            require_item(s, item_id)
            return [_outcome_view(r, ()) for r in repo.outcome_history(s, item_id)]


class ActionItemService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def for_session(self, session_id: int) -> list[ActionItemView]:
        """The action items on the session's agenda, in agenda order; not those removed."""
        with self._ctx.unit() as s:
            ids = [r.id for r in repo.items(s, session_id)]
            return [_action_view(r) for r in repo.action_items(s, ids)]

    def add(
        self,
        item_id: int,
        *,
        owner_kind: OwnerKind | str,
        owner: str = "",
        description: str = "",
        due_date: date | None = None,
        description_fr: str = "",
        owner_fr: str = "",
    ) -> Result[ActionItemView]:
        """Add an action item; ``description`` and ``owner`` are the English versions,
        ``description_fr`` and ``owner_fr`` the French ones (a description in either
        language is enough)."""
        kind = enum_value(OwnerKind, owner_kind, N_("a kind of owner"))
        description = typed(description, N_("the action"))
        description_fr = typed(description_fr, N_("the French action"))
        if not description.strip() and not description_fr.strip():
            raise ValidationError(_("Say what the action is."))
        now = self._ctx.clock()
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            row = ActionItemRow(
                item_id=item_id,
                owner_kind=kind.value,
                owner=bounded(owner, 200, N_("the owner")),
                owner_fr=bounded(owner_fr, 200, N_("the French owner")),
                description=description.strip(),
                description_fr=description_fr.strip(),
                due_date=due_date,
                status=ActionStatus.OPEN.value,
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            self._ctx.audit(
                s,
                "action.added",
                session_id=item.session_id,
                entity="action_item",
                entity_id=row.id,
                item_id=item_id,
                owner=row.owner,
                description=row.description,
                **({"description_fr": row.description_fr} if row.description_fr else {}),
            )
            result = _action_view(row)
        return Result(result, ChangeSet(actions=frozenset({item_id})))

    def update(
        self,
        action_id: int,
        *,
        owner_kind: OwnerKind | str | None = None,
        owner: str | None = None,
        description: str | None = None,
        due_date: date | None = None,
        clear_due_date: bool = False,
        status: ActionStatus | str | None = None,
        expected: Mapping[str, Any] | None = None,
        description_fr: str | None = None,
        owner_fr: str | None = None,
    ) -> Result[ActionItemView]:
        """Edit an action item. ``expected``: the values the list showed, by field name
        (``due_date`` for both date keywords); refused (ConflictError) when another window
        changed one meanwhile."""
        wanted = {
            "owner_kind": owner_kind, "owner": owner, "description": description,
            "due_date": None if clear_due_date else due_date, "status": status,
            "description_fr": description_fr, "owner_fr": owner_fr,
        }  # fmt: skip
        with self._ctx.unit() as s:
            if expected is not None:
                self._ctx.hold_writes(s)
            row = _require_action(s, action_id)
            item = require_item(s, row.item_id)
            before = _action_view(row)
            refuse_if_changed(
                {name: getattr(before, name) for name in wanted},
                expected,
                {name: value for name, value in wanted.items() if value is not None}
                | ({"due_date": None} if clear_due_date else {}),
                subject=lambda name: _(_ACTION_FIELDS.get(name, name)),
                where=_("The list of action items"),
            )
            if owner_kind is not None:
                row.owner_kind = enum_value(OwnerKind, owner_kind, N_("a kind of owner")).value
            if owner is not None:
                row.owner = bounded(owner, 200, N_("the owner"))
            if owner_fr is not None:
                row.owner_fr = bounded(owner_fr, 200, N_("the French owner"))
            if description is not None:
                row.description = typed(description, N_("the action")).strip()
            if description_fr is not None:
                row.description_fr = typed(description_fr, N_("the French action")).strip()
            if not row.description and not row.description_fr:
                raise ValidationError(_("Say what the action is."))
            if due_date is not None or clear_due_date:
                row.due_date = None if clear_due_date else due_date
            if status is not None:
                row.status = enum_value(ActionStatus, status, N_("a status")).value
            row.updated_at = self._ctx.clock()
            after = _action_view(row)
            self._ctx.audit(
                s,
                "action.updated",
                session_id=item.session_id,
                entity="action_item",
                entity_id=row.id,
                before=before,
                after=after,
            )
        return Result(after, ChangeSet(actions=frozenset({row.item_id})))

    def remove(self, action_id: int) -> Result[None]:
        """Take an action item off the record. Its row stays in the database, audited, and
        ``restore`` puts it back as it was."""
        with self._ctx.unit() as s:
            row = _require_action(s, action_id)
            item = require_item(s, row.item_id)
            row.removed_at = self._ctx.clock()
            self._ctx.audit(
                s,
                "action.removed",
                session_id=item.session_id,
                entity="action_item",
                entity_id=row.id,
                item_id=row.item_id,
                description=row.description,
            )
            item_id = row.item_id
        return Result(None, ChangeSet(actions=frozenset({item_id})))

    def restore(self, action_id: int) -> Result[ActionItemView]:
        """Put a removed action item back on the record (the undo of ``remove``)."""
        with self._ctx.unit() as s:
            row = repo.get_action_item(s, action_id)
            if row is None:
                raise NotFoundError(_("That action item does not exist in this database."))
            item = require_item(s, row.item_id)
            if row.removed_at is None:
                raise ValidationError(
                    _("That action item is on the record; there is nothing to restore.")
                )
            removed_at = row.removed_at
            row.removed_at = None
            self._ctx.audit(
                s,
                "action.restored",
                session_id=item.session_id,
                entity="action_item",
                entity_id=row.id,
                item_id=row.item_id,
                description=row.description,
                removed_at=removed_at,
            )
            result = _action_view(row)
        return Result(result, ChangeSet(actions=frozenset({row.item_id})))


def _require_action(s: Session, action_id: int) -> ActionItemRow:
    """An action item on the record (not removed)."""
    row = repo.get_action_item(s, action_id)
    if row is None:
        raise NotFoundError(_("That action item does not exist in this database."))
    if row.removed_at is not None:
        raise NotFoundError(
            _("That action item was removed; restore it first if it should be on the record.")
        )
    return row


# An action item's fields as a conflict names them.
_ACTION_FIELDS = {
    "description": N_("this action item's description"),
    "description_fr": N_("this action item's French description"),
    "owner_kind": N_("this action item's kind of owner"),
    "owner": N_("this action item's owner"),
    "owner_fr": N_("this action item's French owner"),
    "due_date": N_("this action item's due date"),
    "status": N_("this action item's status"),
}


def _warnings(
    s: Session, item: AgendaItemRow, outcome: Outcome, ctx: Context
) -> tuple[OutcomeWarning, ...]:
    holders = [d.code for d in delegations(s, item.session_id) if d.has_decision_rights]
    current = positions_by_delegation(repo.current_positions(s, [item.id]), item.id)
    views = procedure_views(s, [item.id], ctx.clock())
    silence = views[-1].state if views else None
    return check_outcome(outcome, consensus_of(holders, current), current, silence)


def _outcome_view(row: OutcomeDeclarationRow, warnings: tuple[OutcomeWarning, ...]) -> OutcomeView:
    return OutcomeView(
        item_id=row.item_id,
        outcome=Outcome(row.outcome),
        decision_text=row.decision_text,
        remitted_to=row.remitted_to,
        declared_at=row.recorded_at,
        operator=row.operator,
        warnings=warnings,
        withdrawn=row.withdrawn,
        decision_text_fr=row.decision_text_fr,
        remitted_to_fr=row.remitted_to_fr,
    )


def _action_view(row: ActionItemRow) -> ActionItemView:
    return ActionItemView(
        id=row.id,
        item_id=row.item_id,
        owner_kind=OwnerKind(row.owner_kind),
        owner=row.owner,
        description=row.description,
        due_date=row.due_date,
        status=ActionStatus(row.status),
        description_fr=row.description_fr,
        owner_fr=row.owner_fr,
    )
