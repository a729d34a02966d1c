"""A session's agenda: its items, their titles, kinds and summaries, and their order.
Taking an item off the agenda keeps what was said on it (``restore_item`` puts it back)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from db import repositories as repo
from db.models import AgendaItemRow
from desktop.domain.sessions import AgendaKind
from desktop.i18n import N_, _
from desktop.services.changes import ChangeSet, Result
from desktop.services.conflicts import refuse_if_changed
from desktop.services.context import Context
from desktop.services.convert import (
    agenda_item,
    bounded,
    capital,
    enum_value,
    removed_item,
    require_item,
    require_session,
    typed,
)
from desktop.services.convert import shown as value_shown
from desktop.services.dto import AgendaItem
from desktop.services.errors import ValidationError


class AgendaService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def add_item(
        self,
        session_id: int,
        title: str,
        *,
        kind: AgendaKind | str = AgendaKind.DECISION,
        documents: str = "",
        summary: str = "",
        not_for_display: bool = False,
        title_fr: str = "",
        summary_fr: str = "",
    ) -> Result[AgendaItem]:
        """Add an item at the end of the agenda. ``title`` and ``summary`` are the English
        versions, ``title_fr`` and ``summary_fr`` the French ones: a title in either language
        is enough. ``not_for_display``: the room display shows its number only, never its
        title."""
        titles = _titles(title, title_fr)
        with self._ctx.unit() as s:
            require_session(s, session_id)
            row = AgendaItemRow(
                session_id=session_id,
                ordinal=repo.next_ordinal(s, session_id),
                title=titles[0],
                title_fr=titles[1],
                kind=enum_value(AgendaKind, kind, N_("a kind of item")).value,
                documents=bounded(documents, 500, N_("the document references")),
                summary=typed(summary, N_("the summary")).strip(),
                summary_fr=typed(summary_fr, N_("the French summary")).strip(),
                not_for_display=_flag(not_for_display, N_("the not-for-display flag")),
                created_at=self._ctx.clock(),
            )
            s.add(row)
            s.flush()
            self._ctx.audit(
                s,
                "item.added",
                session_id=session_id,
                entity="agenda_item",
                entity_id=row.id,
                title=row.title,
                **({"title_fr": row.title_fr} if row.title_fr else {}),
                kind=row.kind,
            )
            item = agenda_item(row, len(repo.items(s, session_id)))
        return Result(item, ChangeSet(agenda=frozenset({session_id}), session_list=True))

    def update_item(
        self, item_id: int, *, expected: Mapping[str, Any] | None = None, **fields: Any
    ) -> Result[AgendaItem]:
        """Edit an agenda item's fields. ``expected``: the values the agenda showed (refused
        when another window changed one meanwhile)."""
        allowed = {
            "title", "title_fr", "kind", "documents", "summary", "summary_fr", "not_for_display"
        }  # fmt: skip
        if set(fields) - allowed:
            raise ValidationError(
                _("Only these item fields can be edited: {fields}.").format(
                    fields=", ".join(sorted(allowed))
                )
            )
        with self._ctx.unit() as s:
            if expected is not None:
                self._ctx.hold_writes(s)
            row = require_item(s, item_id)
            refuse_if_changed(
                {n: getattr(row, n) for n in allowed} | {"kind": AgendaKind(row.kind)},
                expected, fields,
                subject=lambda name: _(_ITEM_FIELDS.get(name, name)), where=_("The agenda"),
            )  # fmt: skip
            before = {name: getattr(row, name) for name in fields}
            if "title" in fields or "title_fr" in fields:
                row.title, row.title_fr = _titles(
                    fields.get("title", row.title), fields.get("title_fr", row.title_fr)
                )
            if "kind" in fields:
                row.kind = enum_value(AgendaKind, fields["kind"], N_("a kind of item")).value
            if "documents" in fields:
                row.documents = bounded(fields["documents"], 500, N_("the document references"))
            if "summary" in fields:
                row.summary = typed(fields["summary"], N_("the summary")).strip()
            if "summary_fr" in fields:
                row.summary_fr = typed(fields["summary_fr"], N_("the French summary")).strip()
            if "not_for_display" in fields:
                flag = _flag(fields["not_for_display"], N_("the not-for-display flag"))
                row.not_for_display = flag
            self._ctx.audit(
                s,
                "item.updated",
                session_id=row.session_id,
                entity="agenda_item",
                entity_id=row.id,
                before=before,
                after={n: getattr(row, n) for n in fields},
            )
            ordered = repo.items(s, row.session_id)
            item = agenda_item(row, 1 + [r.id for r in ordered].index(row.id))
        return Result(item, ChangeSet(items=frozenset({item_id})))

    def remove_item(self, item_id: int) -> Result[None]:
        """Take an item off the agenda; what was said on it stays in the database."""
        with self._ctx.unit() as s:
            row = require_item(s, item_id)
            row.removed_at = self._ctx.clock()
            s.flush()
            _renumber(repo.items(s, row.session_id))
            self._ctx.audit(
                s,
                "item.removed",
                session_id=row.session_id,
                entity="agenda_item",
                entity_id=row.id,
                title=row.title,
            )
            session_id = row.session_id
        return Result(None, ChangeSet(agenda=frozenset({session_id}), session_list=True))

    def restore_item(self, item_id: int, number: int | None = None) -> Result[AgendaItem]:
        """Put an item taken off the agenda back on it (the undo of ``remove_item``): at
        1-based position ``number``, or at the end. What was said on it was never deleted,
        so it is all there again."""
        with self._ctx.unit() as s:
            row = removed_item(s, item_id)
            removed_at = row.removed_at
            ordered = repo.items(s, row.session_id)
            index = len(ordered) if number is None else max(0, min(number - 1, len(ordered)))
            row.removed_at = None
            ordered.insert(index, row)
            _renumber(ordered)
            self._ctx.audit(
                s,
                "item.restored",
                session_id=row.session_id,
                entity="agenda_item",
                entity_id=row.id,
                title=row.title,
                number=index + 1,
                removed_at=removed_at,
            )
            item = agenda_item(row, index + 1)
            session_id = row.session_id
        return Result(item, ChangeSet(agenda=frozenset({session_id}), session_list=True))

    def move_item(self, item_id: int, new_number: int) -> Result[AgendaItem]:
        """Put the item at 1-based position ``new_number`` on the agenda."""
        with self._ctx.unit() as s:
            row = require_item(s, item_id)
            agenda = repo.items(s, row.session_id)
            was = 1 + [r.id for r in agenda].index(item_id)
            ordered = [r for r in agenda if r.id != item_id]
            index = max(0, min(new_number - 1, len(ordered)))
            ordered.insert(index, row)
            _renumber(ordered)
            self._ctx.audit(
                s,
                "item.moved",
                session_id=row.session_id,
                entity="agenda_item",
                entity_id=row.id,
                number=index + 1,
                from_number=was,
            )
            item = agenda_item(row, index + 1)
            session_id = row.session_id
        return Result(item, ChangeSet(agenda=frozenset({session_id})))


_ITEM_FIELDS = {
    "title": N_("this agenda item's title"),
    "title_fr": N_("this agenda item's French title"),
    "kind": N_("this agenda item's kind"),
    "documents": N_("this agenda item's documents"),
    "summary": N_("this agenda item's summary"),
    "summary_fr": N_("this agenda item's French summary"),
    "not_for_display": N_("whether this agenda item is kept off the room display"),
}


def _flag(value: object, what: str) -> bool:
    """A yes-or-no field: only True or False, never a truthy string ("false" is true)."""
    if not isinstance(value, bool):
        raise ValidationError(
            _("{what} is yes or no (True or False), not {value}.").format(
                what=capital(_(what)), value=value_shown(value)
            )
        )
    return value


def _titles(english: str, french: str) -> tuple[str, str]:
    """The English and French titles, checked: one of them at least."""
    title = bounded(english, 500, N_("the title"))
    title_fr = bounded(french, 500, N_("the French title"))
    if not title and not title_fr:
        raise ValidationError(_("Give the agenda item a title."))
    return title, title_fr


def _renumber(rows: list[AgendaItemRow]) -> None:
    for number, row in enumerate(rows, start=1):
        row.ordinal = number
