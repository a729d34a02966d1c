"""Logging what each delegation says: every position is an event, corrections are events."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from db import repositories as repo
from db.models import (
    PositionEventRow,
    PositionReclassificationRow,
)
from desktop import i18n
from desktop.domain.consensus import Consensus, consensus_of
from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind, AttendanceKind
from desktop.domain.silence import LetterStatus
from desktop.i18n import N_, _
from desktop.services.changes import ChangeSet, Result
from desktop.services.conflicts import refuse_if_changed
from desktop.services.context import Context
from desktop.services.convert import (
    agenda_item,
    delegations,
    enum_value,
    paragraphs_text,
    paragraphs_tuple,
    position_entry,
    require_item,
    require_session,
    typed,
)
from desktop.services.dto import Grid, GridPatch, PositionEntry
from desktop.services.errors import NotFoundError, ValidationError
from desktop.services.item_state import ItemBasis, item_summary
from desktop.services.position_rows import (
    POSITIONS,
    insert_event,
    speaker_and_standing,
    standing_entry,
)
from desktop.services.room_cache import Growth, event_characters
from desktop.services.silence_views import procedure_views
from desktop.services.standings import latest_declarations, latest_silences


class PositionService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # ------------------------------------------------------------------ writing
    def log(
        self,
        item_id: int,
        delegation: str,
        position: Position | str,
        *,
        text: str | None = None,
        paragraphs: Iterable[str] | None = None,
        correction: bool = False,
    ) -> Result[PositionEntry]:
        """Record what ``delegation`` said on the item. Saying the same again records nothing.

        ``correction``: this fixes the entry that stands (the operator's mistyped key) rather
        than recording the delegation's change of position. Who keys decides (the grid takes
        a re-key of the cell just logged, moments later, as one: ``rekey_is_correction``);
        the service never guesses, so a script or an import says what it means.
        A text belongs to the position it was given with: a change of position starts
        without the earlier text (``text`` None: none), a correction keeps the text and
        paragraphs of the entry it fixes unless others are given. A delegation absent from
        the table conveyed its position in writing, and the entry says so."""
        pos = enum_value(Position, position, N_("a position"))
        typed_text = None if text is None else typed(text, N_("the statement"))
        paras = None if paragraphs is None else paragraphs_text(list(paragraphs))
        with self._ctx.lean_unit() as unit:  # the commonest write: no ORM session
            session_id, current, present = speaker_and_standing(unit, item_id, delegation)
            fixes = current if correction else None
            new_text = typed_text if typed_text is not None else (fixes.text if fixes else "")
            new_paras = paras if paras is not None else (fixes.paragraphs if fixes else "")
            if current is not None and (current.position, current.text, current.paragraphs) == (
                pos.value,
                new_text,
                new_paras,
            ):
                return Result(standing_entry(item_id, delegation, current))
            entry = insert_event(
                self._ctx,
                unit,
                item_id,
                session_id,
                delegation,
                position=pos,
                text=new_text,
                paragraphs=new_paras,
                corrects=fixes.id if fixes else None,
                in_writing=not present,
            )
            stored = {
                "delegation": delegation,
                "text": new_text,
                "paragraphs": new_paras,
                "operator": entry.operator,
                "workstation": self._ctx.actor.workstation,
            }
            characters = event_characters(stored)
            if characters is not None:  # what the session grows by, as the limits count it
                self._ctx.grew(unit, Growth(session_id, item_id, 1, characters))
            return Result(entry, _changed(item_id, delegation))

    def reclassify(self, event_id: int, correction: bool) -> Result[PositionEntry]:
        """Say afterwards whether a logged position was the operator's correction of the entry
        before it, or the delegation's change of position: an event of its own (audited), the
        entry itself stays as recorded. The first entry of a cell corrects nothing."""
        with self._ctx.unit() as s:
            row = repo.get_position_event(s, event_id)
            if row is None:
                raise NotFoundError(_("That logged position does not exist."))
            item = require_item(s, row.item_id)
            history = repo.position_history(s, row.item_id, row.delegation)
            if correction and history and history[0].id == row.id:
                raise ValidationError(
                    _(
                        "{delegation}'s first position on this item corrects nothing; it "
                        "stays what the delegation said."
                    ).format(delegation=row.delegation)
                )
            now = repo.reclassified(s, [row.item_id]).get(row.id, row.corrects_id is not None)
            if now == correction:
                return Result(position_entry(row, correction))
            s.add(
                PositionReclassificationRow(
                    event_id=row.id, correction=correction, **self._ctx.stamp()
                )
            )
            s.flush()
            self._ctx.audit(
                s,
                "position.reclassified",
                session_id=item.session_id,
                entity="position_event",
                entity_id=row.id,
                item_id=item.id,
                delegation=row.delegation,
                position=row.position,
                correction=correction,
            )
            return Result(position_entry(row, correction), _changed(item.id, row.delegation))

    def correct(
        self,
        event_id: int,
        position: Position | str,
        *,
        text: str = "",
        paragraphs: Iterable[str] = (),
    ) -> Result[PositionEntry]:
        """Correct a logged position (a mis-keyed entry, an undo): a new event that names the
        one it corrects. Only the position that currently stands can be corrected."""
        pos = enum_value(Position, position, N_("a position"))
        text = typed(text, N_("the statement"))
        with self._ctx.unit() as s:
            wrong = repo.get_position_event(s, event_id)
            if wrong is None:
                raise NotFoundError(_("That logged position does not exist."))
            current = repo.current_position(s, wrong.item_id, wrong.delegation)
            if current is None or current.id != wrong.id:
                raise ValidationError(
                    _("{delegation}'s position has changed since; correct the latest one.").format(
                        delegation=wrong.delegation
                    )
                )
            item = require_item(s, wrong.item_id)
            paras = paragraphs_text(list(paragraphs))
            if (wrong.position, wrong.text, wrong.paragraphs) == (pos.value, text, paras):
                return Result(position_entry(wrong))  # nothing to correct: nothing recorded
            entry = insert_event(
                self._ctx,
                s,
                item.id,
                item.session_id,
                wrong.delegation,
                position=pos,
                text=text,
                paragraphs=paras,
                corrects=wrong.id,
                in_writing=wrong.in_writing,
            )
            return Result(entry, _changed(item.id, wrong.delegation))

    def set_text(self, item_id: int, delegation: str, text: str) -> Result[PositionEntry]:
        """Write or amend the statement that goes with the standing position."""
        with self._ctx.unit() as s:
            current = repo.current_position(s, item_id, delegation)
        if current is None:
            raise ValidationError(
                _(
                    "{delegation} has no position on this item yet; log one before its statement."
                ).format(delegation=delegation)
            )
        return self.correct(
            current.id,
            current.position,
            text=text,
            paragraphs=tuple(p for p in current.paragraphs.split(", ") if p),
        )

    def restore(
        self,
        item_id: int,
        delegation: str,
        position: Position | str,
        *,
        text: str = "",
        paragraphs: Iterable[str] = (),
        expected: Mapping[str, Any] | None = None,
    ) -> Result[PositionEntry | None]:
        """Put the delegation's standing position back to ``position`` (an undo or a redo):
        a correction of the standing event, so the record shows both. Nothing is recorded
        when it already stands, or when nothing was ever logged and ``position`` is
        "not stated". ``expected``: the ``position``, ``text`` and ``paragraphs`` the grid
        showed; refused (ConflictError) when another window changed them meanwhile."""
        pos = enum_value(Position, position, N_("a position"))
        paras = tuple(paragraphs)
        with self._ctx.unit() as s:
            require_item(s, item_id)
            row = repo.current_position(s, item_id, delegation)
            current = position_entry(row) if row else None
        words = {
            "position": _("{delegation}'s position on this item"),
            "text": _("{delegation}'s statement on this item"),
            "paragraphs": _("the paragraphs of {delegation}'s statement"),
        }
        refuse_if_changed(
            {
                "position": current.position if current else Position.NOT_STATED,
                "text": current.text if current else "",
                "paragraphs": current.paragraphs if current else (),
            },
            expected,
            {"position": pos, "text": text, "paragraphs": paras},
            subject=lambda name: words.get(name, name).format(delegation=delegation),
            where=_("The grid"),
        )  # the standing event is checked again when it is corrected
        if current is None:
            if pos is Position.NOT_STATED and not text:
                return Result(None)
            done = self.log(item_id, delegation, pos, text=text, paragraphs=paras)
        elif (current.position, current.text, current.paragraphs) == (pos, text, paras):
            return Result(current)
        else:
            done = self.correct(current.event_id, pos, text=text, paragraphs=paras)
        return Result(done.value, done.changes)

    def all_agree_except(
        self, item_id: int, exceptions: Iterable[str] = ()
    ) -> Result[list[PositionEntry]]:
        """Every present member not yet stated agrees, except those named. Positions already
        logged are left as they stand: nothing said is overwritten by a bulk action."""
        skip = set(exceptions)
        entries: list[PositionEntry] = []
        changes = ChangeSet()
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            current = repo.current_positions(s, [item_id])
            for att in repo.attendance(s, item.session_id):
                if att.kind != AttendanceKind.MEMBER.value or not att.present:
                    continue
                if att.delegation in skip:
                    continue
                standing = current.get((item_id, att.delegation))
                if standing is not None and standing.position != Position.NOT_STATED.value:
                    continue
                entries.append(
                    insert_event(
                        self._ctx,
                        s,
                        item.id,
                        item.session_id,
                        att.delegation,
                        position=Position.AGREE,
                    )
                )
                changes = changes | _changed(item_id, att.delegation)
        return Result(entries, changes)

    def agree_en_bloc(
        self, item_ids: Iterable[int], exceptions: Iterable[str] = ()
    ) -> Result[list[PositionEntry]]:
        """Agreement en bloc: on each of the items, every present member not yet stated
        agrees, except those named, in one transaction (all or nothing). The items are
        decision items of one session (the others seek no consensus). Positions already
        logged are left as they stand, and absent members are not touched."""
        ids = list(dict.fromkeys(item_ids))
        if not ids:
            raise ValidationError(_("Choose at least one item to agree en bloc."))
        skip = set(exceptions)
        entries: list[PositionEntry] = []
        with self._ctx.unit() as s:
            items = sorted((require_item(s, item_id) for item_id in ids), key=lambda r: r.ordinal)
            if len({item.session_id for item in items}) > 1:
                raise ValidationError(
                    _(
                        "These items are on different sessions' agendas; agree en bloc on one "
                        "session's items at a time."
                    )
                )
            for item in items:
                kind = AgendaKind(item.kind)
                if not kind.seeks_consensus:
                    raise ValidationError(
                        _(
                            "Item {number} ({kind}) seeks no consensus, so it cannot be agreed "
                            "en bloc."
                        ).format(number=item.ordinal, kind=i18n.shown(kind.label))
                    )
            attendance = repo.attendance(s, items[0].session_id)
            unknown = sorted(skip - {att.delegation for att in attendance})
            if unknown:
                raise NotFoundError(
                    _("{code} is not at the table in this session.").format(code=unknown[0])
                )
            current = repo.current_positions(s, ids)
            for item in items:
                for att in attendance:
                    if att.kind != AttendanceKind.MEMBER.value or not att.present:
                        continue
                    if att.delegation in skip:
                        continue
                    standing = current.get((item.id, att.delegation))
                    if standing is not None and standing.position != Position.NOT_STATED.value:
                        continue
                    entries.append(
                        insert_event(
                            self._ctx,
                            s,
                            item.id,
                            item.session_id,
                            att.delegation,
                            position=Position.AGREE,
                        )
                    )
        cells = frozenset((entry.item_id, entry.delegation) for entry in entries)
        return Result(entries, ChangeSet(positions=cells))

    def restore_many(
        self,
        cells: Iterable[tuple[int, str]],
        position: Position | str,
        *,
        expected: Position | str,
    ) -> Result[list[PositionEntry]]:
        """Put every cell, given as (item id, delegation), back to ``position`` without text,
        in one transaction: the undo or the redo of an action on many cells (Agree En Bloc),
        each a correction of its standing event. Refused (ConflictError), with nothing
        stored, when a cell no longer stands at ``expected`` without text: another window
        changed it meanwhile. A cell already at ``position`` is left as it stands."""
        pos = enum_value(Position, position, N_("a position"))
        was = enum_value(Position, expected, N_("a position"))
        keys = list(dict.fromkeys(cells))
        words = {
            "position": _("{delegation}'s position on item {number}"),
            "text": _("{delegation}'s statement on item {number}"),
        }
        entries: list[PositionEntry] = []
        with self._ctx.unit() as s:
            items = {item_id: require_item(s, item_id) for item_id, _code in keys}
            current = repo.current_positions(s, list(items))
            for item_id, code in keys:
                row = current.get((item_id, code))
                stands = Position(row.position) if row else Position.NOT_STATED
                text = row.text if row else ""
                if stands is pos and not text and not (row and row.paragraphs):
                    continue
                refuse_if_changed(
                    {"position": stands, "text": text},
                    {"position": was, "text": ""},
                    {"position": pos, "text": ""},
                    subject=_naming(words, delegation=code, number=items[item_id].ordinal),
                    where=_("The grid"),
                )
                if row is None and pos is Position.NOT_STATED:
                    continue
                new = insert_event(
                    self._ctx,
                    s,
                    item_id,
                    items[item_id].session_id,
                    code,
                    position=pos,
                    corrects=row.id if row else None,
                    in_writing=row.in_writing if row else False,
                )
                entries.append(new)
        changed = frozenset((entry.item_id, entry.delegation) for entry in entries)
        return Result(entries, ChangeSet(positions=changed))

    # ------------------------------------------------------------------ reading
    def current(self, item_id: int, delegation: str) -> PositionEntry | None:
        with self._ctx.unit() as s:
            row = repo.current_position(s, item_id, delegation)
            if row is None:
                return None
            return position_entry(row, repo.reclassified(s, [item_id]).get(row.id))

    def history(self, item_id: int, delegation: str | None = None) -> list[PositionEntry]:
        """Every event, oldest first: the whole path, corrections included (each saying
        whether it is one, as the operator last said)."""
        with self._ctx.unit() as s:
            said = repo.reclassified(s, [item_id])
            return [
                position_entry(r, said.get(r.id))
                for r in repo.position_history(s, item_id, delegation)
            ]

    def consensus(self, item_id: int) -> Consensus:
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            holders = [d.code for d in delegations(s, item.session_id) if d.has_decision_rights]
            current = repo.current_positions(s, [item_id])
            return consensus_of(holders, positions_by_delegation(current, item_id))

    def summary(self, item_id: int, language: str | None = None) -> str:
        """The chair's summary of the item: one sentence, in ``language`` ("en" or "fr";
        None: the language sentences are written in now)."""
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            dels = delegations(s, item.session_id)
            current = positions_by_delegation(repo.current_positions(s, [item_id]), item_id)
        basis = ItemBasis(item_id, AgendaKind(item.kind), dels, None, None)
        return item_summary(basis, current, language or i18n.language())

    def cells(self, keys: Iterable[tuple[int, str]]) -> GridPatch:
        """The standing positions of some cells and the consensus of their items: what a
        grid repaints after an edit, without reading the whole session again."""
        wanted = set(keys)
        item_ids = sorted({item_id for item_id, _ in wanted})
        with self._ctx.unit() as s:
            entries, by_item = standing_entries(repo.standing_positions(s, item_ids))
            holders: dict[int, list[str]] = {}  # by session: the items are mostly of one
            consensus: dict[int, Consensus] = {}
            for item_id in item_ids:
                session_id = require_item(s, item_id).session_id
                if session_id not in holders:
                    holders[session_id] = [
                        d.code for d in delegations(s, session_id) if d.has_decision_rights
                    ]
                consensus[item_id] = consensus_of(holders[session_id], by_item.get(item_id, {}))
            return GridPatch(
                positions={key: entries.get(key) for key in wanted}, consensus=consensus
            )

    def grid(self, session_id: int) -> Grid:
        """The whole position grid of a session, in one read: the standing events as plain
        rows (no ORM object each), taken in one pass into the cells' entries and each item's
        positions, whose consensus the domain works out."""
        with self._ctx.unit() as s:
            require_session(s, session_id)
            dels = tuple(
                d for d in delegations(s, session_id) if d.kind is not AttendanceKind.STAFF
            )
            rows = repo.items(s, session_id)
            items = tuple(agenda_item(r, n) for n, r in enumerate(rows, start=1))
            ids = [r.id for r in rows]
            entries, by_item = standing_entries(repo.standing_positions(s, ids))
            holders = [d.code for d in dels if d.has_decision_rights]
            views = procedure_views(s, ids, self._ctx.clock())
            breaks = frozenset(
                (view.item_id, letter.delegation)
                for view in views
                for letter in view.letters
                if letter.status is LetterStatus.BREAKS
            )
            return Grid(
                session_id=session_id,
                delegations=dels,
                items=items,
                positions=entries,
                consensus={i: consensus_of(holders, by_item.get(i, {})) for i in ids},
                silence_breaks=breaks,
                declared=latest_declarations(s, ids),
                silence=latest_silences(views),
            )


def standing_entries(
    rows: Iterable[repo.StandingPosition],
) -> tuple[dict[tuple[int, str], PositionEntry], dict[int, dict[str, Position]]]:
    """The standing events as the grid's entries by (item, delegation), and each item's
    positions by delegation (what ``consensus_of`` takes), in one pass over the rows."""
    entries: dict[tuple[int, str], PositionEntry] = {}
    by_item: dict[int, dict[str, Position]] = {}
    for row in rows:
        position = POSITIONS[row.position]
        entries[(row.item_id, row.delegation)] = PositionEntry(
            event_id=row.id,
            item_id=row.item_id,
            delegation=row.delegation,
            position=position,
            text=row.text,
            paragraphs=paragraphs_tuple(row.paragraphs) if row.paragraphs else (),
            recorded_at=row.recorded_at,
            operator=row.operator,
            corrects_id=row.corrects_id,
            correction=row.correction,
            in_writing=row.in_writing,
        )
        by_item.setdefault(row.item_id, {})[row.delegation] = position
    return entries, by_item


def positions_by_delegation(
    current: dict[tuple[int, str], PositionEventRow], item_id: int
) -> dict[str, Position]:
    return {code: Position(row.position) for (i, code), row in current.items() if i == item_id}


def _naming(words: Mapping[str, str], **cell: object) -> Callable[[str], str]:
    """What names a field of one cell in a sentence (``refuse_if_changed``'s subject)."""
    return lambda name: words[name].format(**cell)


def _changed(item_id: int, delegation: str) -> ChangeSet:
    return ChangeSet(positions=frozenset({(item_id, delegation)}))
