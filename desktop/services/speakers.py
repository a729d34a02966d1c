"""The speakers' list of an item and its speaking turns, with their clocks.

A delegation asks for the floor: it goes on the item's list (``add``), in order, and the
operator may move it (``move``), withdraw it (``remove``), or strike it off once it has
spoken (``strike``). Each turn at the microphone is an intervention with a start and an end
(``start``, ``stop``); at most one runs on an item at a time. Rows are never deleted: a
withdrawn entry keeps its row with ``removed_at``, and every change is audited. Every
answer is the item's whole ``SpeakersState``, with what changed (``ChangeSet.speakers``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from db import speaker_queries as queries
from db.models import AgendaItemRow, InterventionRow, SpeakerRow
from db.repositories import attendance
from desktop import reference
from desktop.i18n import N_, _
from desktop.services.changes import ChangeSet, Result
from desktop.services.context import Context
from desktop.services.convert import require_item, shown, typed
from desktop.services.dto import InterventionSaid, InterventionView, SpeakerEntry, SpeakersState
from desktop.services.errors import NotFoundError, ValidationError


class SpeakerService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # ------------------------------------------------------------------ reading
    def state(self, item_id: int) -> SpeakersState:
        """The item's list and turns now (a running turn counts up to this moment)."""
        with self._ctx.unit() as s:
            require_item(s, item_id)
            return _state(s, item_id, self._ctx.clock())

    # ------------------------------------------------------------------ the list
    def add(self, item_id: int, delegation: str) -> Result[SpeakersState]:
        """Put ``delegation`` (its code, as typed) at the end of the item's list. Refused for
        a code no delegation has, a delegation not taking part in the session, and one
        already waiting on the list."""
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            code = _taking_part(s, item, delegation)
            waiting = [r for r in _rows(s, item_id) if _waiting(r)]
            if any(r.delegation == code for r in waiting):
                raise ValidationError(
                    _("{delegation} is already on the speakers' list of this item.").format(
                        delegation=code
                    )
                )
            now = self._ctx.clock()
            row = SpeakerRow(
                item_id=item_id,
                delegation=code,
                seq=queries.next_speaker_seq(s, item_id),
                added_at=now,
                **self._ctx.stamp(),
            )
            s.add(row)
            s.flush()
            self._audit(s, "speaker.added", item, row, place=len(waiting) + 1)
            return self._done(s, item_id)

    def move(self, entry_id: int, index: int) -> Result[SpeakersState]:
        """Move a waiting entry to ``index`` (0-based) among those waiting; an index past
        either end moves it to that end."""
        with self._ctx.unit() as s:
            row, item = self._entry(s, entry_id)
            if not _waiting(row):
                raise ValidationError(
                    _(
                        "{delegation} has already been struck off the speakers' list; only "
                        "those still waiting can be moved."
                    ).format(delegation=row.delegation)
                )
            waiting = [r for r in _rows(s, item.id) if _waiting(r)]
            was = waiting.index(row)
            place = max(0, min(index, len(waiting) - 1))
            if place == was:
                return Result(_state(s, item.id, self._ctx.clock()))
            numbers = [r.seq for r in waiting]
            waiting.insert(place, waiting.pop(was))
            for number, entry in zip(numbers, waiting, strict=True):
                entry.seq = number
            self._audit(s, "speaker.moved", item, row, from_place=was + 1, place=place + 1)
            return self._done(s, item.id)

    def remove(self, entry_id: int) -> Result[SpeakersState]:
        """Withdraw an entry from the list. Its row stays, with ``removed_at``."""
        with self._ctx.unit() as s:
            row, item = self._entry(s, entry_id)
            row.removed_at = self._ctx.clock()
            self._audit(s, "speaker.removed", item, row)
            return self._done(s, item.id)

    def strike(self, entry_id: int) -> Result[SpeakersState]:
        """Strike a waiting entry off the list: it has spoken. Its turn ends if it is
        speaking."""
        with self._ctx.unit() as s:
            row, item = self._entry(s, entry_id)
            if row.struck_at is not None:
                raise ValidationError(
                    _("{delegation} has already been struck off the speakers' list.").format(
                        delegation=row.delegation
                    )
                )
            now = self._ctx.clock()
            row.struck_at = now
            self._audit(s, "speaker.struck", item, row)
            for turn in queries.running_interventions(s, item.id):
                if turn.delegation == row.delegation:
                    self._end(s, item, turn, now)
            return self._done(s, item.id)

    # ------------------------------------------------------------------ the clock
    def start(self, item_id: int, delegation: str) -> Result[SpeakersState]:
        """``delegation`` takes the floor: its speaking clock starts, and any other turn
        running on the item ends. Nothing changes when it is already speaking."""
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            code = _taking_part(s, item, delegation)
            running = queries.running_interventions(s, item_id)
            if [turn.delegation for turn in running] == [code]:
                return Result(_state(s, item_id, self._ctx.clock()))
            now = self._ctx.clock()
            for turn in running:
                self._end(s, item, turn, now)
            turn = InterventionRow(
                item_id=item_id, delegation=code, started_at=now, **self._ctx.stamp()
            )
            s.add(turn)
            s.flush()
            self._ctx.audit(
                s,
                "intervention.started",
                session_id=item.session_id,
                entity="intervention",
                entity_id=turn.id,
                item_id=item_id,
                delegation=code,
            )
            return self._done(s, item_id)

    def stop(self, item_id: int) -> Result[SpeakersState]:
        """End the turn running on the item; nothing changes when none is."""
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            running = queries.running_interventions(s, item_id)
            if not running:
                return Result(_state(s, item_id, self._ctx.clock()))
            for turn in running:
                self._end(s, item, turn, self._ctx.clock())
            return self._done(s, item_id)

    # ------------------------------------------------------------------ what was said
    def intervene(
        self, item_id: int, delegation: str, text: str = "", *, text_fr: str = ""
    ) -> Result[SpeakersState]:
        """``delegation`` spoke on the item without taking a position: the secretariat's
        summary of what it said goes on the record (the minutes report interventions in the
        order spoken), in English (``text``) and French (``text_fr``): either is enough. A
        delegation absent from the table cannot speak; partners and invitees can."""
        said = typed(text, N_("the intervention")).strip()
        said_fr = typed(text_fr, N_("the French intervention")).strip()
        if not said and not said_fr:
            raise ValidationError(_("Write what the delegation said; an intervention has text."))
        with self._ctx.unit() as s:
            item = require_item(s, item_id)
            code = _taking_part(s, item, delegation)
            now = self._ctx.clock()
            row = InterventionRow(
                item_id=item_id,
                delegation=code,
                started_at=now,
                ended_at=now,
                text=said,
                text_fr=said_fr,
                **self._ctx.stamp(),
            )
            s.add(row)
            s.flush()
            self._ctx.audit(
                s,
                "intervention.recorded",
                session_id=item.session_id,
                entity="intervention",
                entity_id=row.id,
                item_id=item_id,
                delegation=code,
            )
            return self._done(s, item_id)

    def correct_intervention(
        self, intervention_id: int, text: str, *, text_fr: str | None = None
    ) -> Result[SpeakersState]:
        """Replace what an intervention says (the operator's fix, or a translation added): a
        new row naming the one it corrects, at its place in the order spoken, with ``text``
        in English and ``text_fr`` in French (None: the French standing now is kept, unless
        ``text`` is empty). Both empty take it off the record (it was recorded in error);
        the audit trail keeps every version."""
        said = typed(text, N_("the intervention")).strip()
        said_fr = None if text_fr is None else typed(text_fr, N_("the French intervention")).strip()
        with self._ctx.unit() as s:
            wrong = s.get(InterventionRow, intervention_id)
            if wrong is None:
                raise NotFoundError(_("That intervention does not exist."))
            item = require_item(s, wrong.item_id)
            standing = _latest_of_chain(queries.interventions(s, [item.id]), wrong.id)
            if said_fr is None:
                said_fr = standing.text_fr if said else ""
            if (said, said_fr) == (standing.text, standing.text_fr):  # the same: nothing new
                return Result(_state(s, item.id, self._ctx.clock()))
            row = InterventionRow(
                item_id=item.id,
                delegation=wrong.delegation,
                started_at=wrong.started_at,
                ended_at=wrong.started_at,
                text=said,
                text_fr=said_fr,
                corrects_id=wrong.id,
                **self._ctx.stamp(),
            )
            s.add(row)
            s.flush()
            self._ctx.audit(
                s,
                "intervention.corrected",
                session_id=item.session_id,
                entity="intervention",
                entity_id=row.id,
                item_id=item.id,
                delegation=wrong.delegation,
                corrects=wrong.id,
            )
            return self._done(s, item.id)

    # ------------------------------------------------------------------ helpers
    def _entry(self, s: Session, entry_id: int) -> tuple[SpeakerRow, AgendaItemRow]:
        row = queries.get_speaker(s, entry_id)
        if row is None:
            raise NotFoundError(_("That entry of the speakers' list does not exist."))
        item = require_item(s, row.item_id)
        if row.removed_at is not None:
            raise NotFoundError(
                _("{delegation} was withdrawn from the speakers' list; add it again.").format(
                    delegation=row.delegation
                )
            )
        return row, item

    def _end(self, s: Session, item: AgendaItemRow, turn: InterventionRow, at: datetime) -> None:
        turn.ended_at = max(at, turn.started_at)
        self._ctx.audit(
            s,
            "intervention.ended",
            session_id=item.session_id,
            entity="intervention",
            entity_id=turn.id,
            item_id=item.id,
            delegation=turn.delegation,
            seconds=round(_seconds(turn, at), 1),
        )

    def _audit(
        self, s: Session, action: str, item: AgendaItemRow, row: SpeakerRow, **details: object
    ) -> None:
        self._ctx.audit(
            s,
            action,
            session_id=item.session_id,
            entity="speaker",
            entity_id=row.id,
            item_id=item.id,
            delegation=row.delegation,
            **details,
        )

    def _done(self, s: Session, item_id: int) -> Result[SpeakersState]:
        s.flush()
        state = _state(s, item_id, self._ctx.clock())
        return Result(state, ChangeSet(speakers=frozenset({item_id})))


def _rows(s: Session, item_id: int) -> list[SpeakerRow]:
    return queries.speakers(s, [item_id])


def _waiting(row: SpeakerRow) -> bool:
    return row.struck_at is None and row.removed_at is None


def _seconds(turn: InterventionRow, now: datetime) -> float:
    end = turn.ended_at if turn.ended_at is not None else now
    return max(0.0, (end - turn.started_at).total_seconds())


def _state(s: Session, item_id: int, now: datetime) -> SpeakersState:
    turns = queries.interventions(s, [item_id])
    return speakers_state(item_id, _rows(s, item_id), turns, now)


def speakers_state(
    item_id: int, rows: list[SpeakerRow], turns: list[InterventionRow], now: datetime
) -> SpeakersState:
    """The state of one item from its rows (in list order) and turns (in time order)."""
    spoken: dict[str, float] = {}
    for turn in turns:
        spoken[turn.delegation] = spoken.get(turn.delegation, 0.0) + _seconds(turn, now)

    def entry(row: SpeakerRow) -> SpeakerEntry:
        return SpeakerEntry(
            id=row.id,
            delegation=row.delegation,
            seq=row.seq,
            added_at=row.added_at,
            struck_at=row.struck_at,
            spoken_seconds=spoken.get(row.delegation, 0.0),
        )

    views = tuple(
        InterventionView(t.id, t.delegation, t.started_at, t.ended_at)
        for t in turns
        # turns at the microphone, not what was said
        if not t.text and not t.text_fr and t.corrects_id is None
    )
    on_list = [row for row in rows if row.removed_at is None]
    struck = sorted(
        (row for row in on_list if row.struck_at is not None),
        key=lambda row: (row.struck_at, row.id),
    )
    return SpeakersState(
        item_id=item_id,
        waiting=tuple(entry(row) for row in on_list if row.struck_at is None),
        struck=tuple(entry(row) for row in struck),
        interventions=views,
        speaking=next((v for v in reversed(views) if v.ended_at is None), None),
        said=said_on_record(turns),
    )


def _latest_of_chain(turns: list[InterventionRow], intervention_id: int) -> InterventionRow:
    """The latest row of the intervention ``intervention_id`` belongs to (itself when it
    was never corrected): what stands on the record for it."""
    root: dict[int, int] = {}
    latest: dict[int, InterventionRow] = {}
    for turn in sorted(turns, key=lambda t: t.id):
        first = root.get(turn.corrects_id, turn.id) if turn.corrects_id is not None else turn.id
        root[turn.id] = first
        latest[first] = turn
    return latest[root[intervention_id]]


def said_on_record(turns: list[InterventionRow]) -> tuple[InterventionSaid, ...]:
    """The interventions with text, in the order spoken, each with its latest text and the
    id of its latest row (what a correction names); those taken off the record left out."""
    latest: dict[int, InterventionRow] = {}
    root: dict[int, int] = {}
    for turn in sorted(turns, key=lambda t: t.id):
        first = root.get(turn.corrects_id, turn.id) if turn.corrects_id is not None else turn.id
        root[turn.id] = first
        if turn.text or turn.text_fr or turn.corrects_id is not None:
            latest[first] = turn
    out = [
        (latest[first].started_at, first, latest[first])
        for first in latest
        if latest[first].text.strip() or latest[first].text_fr.strip()
    ]
    return tuple(
        InterventionSaid(row.id, row.delegation, row.text, row.started_at, row.text_fr)
        for _, _, row in sorted(out, key=lambda entry: (entry[0], entry[1]))
    )


def _taking_part(s: Session, item: AgendaItemRow, typed: str) -> str:
    """The code of the delegation ``typed`` names (any case, spaces trimmed), refused when
    no delegation has it or it does not take part in the session."""
    wanted = str(typed).strip()
    if not wanted:
        raise ValidationError(_("Type a delegation's code, e.g. FRA."))
    table = {row.delegation.casefold(): row for row in attendance(s, item.session_id)}
    row = table.get(wanted.casefold())
    if row is None:
        if wanted.upper() in reference.allies_by_code():
            raise ValidationError(
                _(
                    "{delegation} is not at the table in this session; add it to the "
                    "attendance first."
                ).format(delegation=wanted.upper())
            )
        raise ValidationError(
            _(
                "No delegation at the table has the code {code}; type the code of one, e.g. FRA."
            ).format(code=shown(wanted, 20))
        )
    if not row.present:
        raise ValidationError(
            _(
                "{delegation} is marked absent from this meeting; mark it present in the "
                "attendance first."
            ).format(delegation=row.delegation)
        )
    return row.delegation
