"""Which texts of a session's record are still to be translated.

Every text the secretariat writes for the record (titles, summaries, decisions, action
items, silence subjects, summaries of interventions, the place, a committee's name) exists
in English and in French (``desktop.domain.texts``). ``TranslationService.missing`` lists
those written in one language only, where the minutes print them, in the order printed;
``count`` says how many lack each language: what the minutes in that language print in the
other one, marked as untranslated. Only the texts on the record count: the declaration that
stands on an item (not one withdrawn or superseded), the action items not removed, the items
on the agenda, and an intervention's latest correction.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from db import repositories as repo
from db import speaker_queries
from db.models import (
    ActionItemRow,
    InterventionRow,
    OutcomeDeclarationRow,
    SessionRow,
    SilenceProcedureRow,
)
from desktop.domain.actions import OwnerKind
from desktop.domain.texts import Bilingual
from desktop.i18n import _, language
from desktop.services.context import Context
from desktop.services.convert import delegations, require_session
from desktop.services.dto import MissingText
from desktop.services.speakers import said_on_record


class TranslationService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def missing(self, session_id: int) -> list[MissingText]:
        """The session's texts written in one official language only, in the order the
        minutes print them."""
        with self._ctx.unit() as s:
            return _missing(s, require_session(s, session_id))

    def count(self, session_id: int) -> dict[str, int]:
        """How many texts lack each language: ``{"fr": 3, "en": 0}`` (the minutes in French
        print 3 texts in English, marked as untranslated)."""
        counts = {"en": 0, "fr": 0}
        for text in self.missing(session_id):
            counts[text.lacks] += 1
        return counts


def _missing(s: Session, session: SessionRow) -> list[MissingText]:
    found = _Found()
    own = (session.id, None)
    committee = Bilingual(session.committee_name, session.committee_name_fr)
    found.check(_("The session's committee name"), committee, "committee_name", "session", own)
    place = Bilingual(session.place, session.place_fr)
    found.check(_("The session's place"), place, "place", "session", own)

    items = repo.items(s, session.id)
    ids = [row.id for row in items]
    names = {d.code: d.name(language()) for d in delegations(s, session.id)}
    turns: defaultdict[int, list[InterventionRow]] = defaultdict(list)
    for turn in speaker_queries.interventions(s, ids):
        turns[turn.item_id].append(turn)
    procedures: defaultdict[int, list[SilenceProcedureRow]] = defaultdict(list)
    for procedure in repo.procedures(s, ids):
        procedures[procedure.item_id].append(procedure)
    declarations = repo.latest_outcomes(s, ids)
    actions: defaultdict[int, list[ActionItemRow]] = defaultdict(list)
    for action in repo.action_items(s, ids):
        actions[action.item_id].append(action)

    for number, item in enumerate(items, start=1):
        on = {"number": number}
        here = (item.id, item.id)
        title = Bilingual(item.title, item.title_fr)
        found.check(_("Item {number}, title").format(**on), title, "title", "agenda_item", here)
        summary = Bilingual(item.summary, item.summary_fr)
        where = _("Item {number}, summary").format(**on)
        found.check(where, summary, "summary", "agenda_item", here)
        for said in said_on_record(turns[item.id]):
            where = _("Item {number}, intervention by {delegation}").format(
                delegation=names.get(said.delegation, said.delegation), **on
            )
            text = Bilingual(said.text, said.text_fr)
            found.check(where, text, "text", "intervention", (said.id, item.id))
        found.silence(number, procedures[item.id])
        declared = declarations.get(item.id)
        if declared is not None:
            found.declaration(number, declared)
        found.actions(number, actions[item.id])
    return found.texts


_Ids = tuple[int, int | None]  # the row's id, and its agenda item's


class _Found:
    """The texts found in one language only, as they are found."""

    def __init__(self) -> None:
        self.texts: list[MissingText] = []

    def check(self, where: str, text: Bilingual, field: str, entity: str, ids: _Ids) -> None:
        lacks = text.missing()
        if lacks is not None:
            there = text.version("en" if lacks == "fr" else "fr")
            self.texts.append(MissingText(where, field, entity, ids[0], ids[1], lacks, there))

    def silence(self, number: int, procedures: list[SilenceProcedureRow]) -> None:
        for n, procedure in enumerate(procedures, start=1):
            if len(procedures) > 1:
                where = _("Silence procedure {n} on item {number}, subject").format(
                    n=n, number=number
                )
            else:
                where = _("Silence procedure on item {number}, subject").format(number=number)
            subject = Bilingual(procedure.title, procedure.title_fr)
            self.check(where, subject, "title", "silence", (procedure.id, procedure.item_id))

    def declaration(self, number: int, declared: OutcomeDeclarationRow) -> None:
        row = (declared.id, declared.item_id)
        committee = Bilingual(declared.remitted_to, declared.remitted_to_fr)
        where = _("Item {number}, committee remitted to").format(number=number)
        self.check(where, committee, "remitted_to", "declaration", row)
        decision = Bilingual(declared.decision_text, declared.decision_text_fr)
        where = _("Item {number}, decision").format(number=number)
        self.check(where, decision, "decision_text", "declaration", row)

    def actions(self, number: int, actions: list[ActionItemRow]) -> None:
        for n, action in enumerate(actions, start=1):
            row = (action.id, action.item_id)
            if OwnerKind(action.owner_kind) is not OwnerKind.DELEGATION:  # else a code
                owner = Bilingual(action.owner, action.owner_fr)
                where = _("Item {number}, owner of action item {n}").format(n=n, number=number)
                self.check(where, owner, "owner", "action_item", row)
            what = Bilingual(action.description, action.description_fr)
            where = _("Item {number}, action item {n}").format(n=n, number=number)
            self.check(where, what, "description", "action_item", row)
