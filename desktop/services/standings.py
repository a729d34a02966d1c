"""Where each item stands, read for the domain to derive (``desktop.domain.standing``).

The facts come from the rows here (the standing positions, the declaration that stands, the
latest silence procedure); the state itself is always the domain's ``standing_of``, so the
grid, the panels, the room display, the minutes, the import, ``check`` and ``status`` all
show the same one. Nothing here imports the other services: they import it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import OutcomeDeclarationRow
from desktop.domain.consensus import consensus_of
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.standing import (
    Declaration,
    SilenceFacts,
    Standing,
    long_text,
    pending_names,
    short_text,
    silence_text,
    standing_of,
)
from desktop.i18n import _, quoted, shown
from desktop.i18n import language as i18n_language
from desktop.services.convert import agenda_item, delegations
from desktop.services.dto import ItemStanding, SilenceView
from desktop.services.silence_views import procedure_views

Names = Callable[[str], str]


def no_agenda() -> str:
    """What ``tourdetable status`` says of a session without items."""
    return _("The session has no agenda yet.")


def declaration_of(row: OutcomeDeclarationRow) -> Declaration:
    return Declaration(Outcome(row.outcome), row.recorded_at, row.remitted_to, row.remitted_to_fr)


def latest_declarations(s: Session, item_ids: Iterable[int]) -> dict[int, Declaration]:
    """The declaration that stands on each item (none once withdrawn), by item id."""
    return {i: declaration_of(row) for i, row in repo.latest_outcomes(s, item_ids).items()}


def silence_facts(view: SilenceView) -> SilenceFacts:
    return SilenceFacts(view.state, view.launched_at, view.deadline, view.breaking)


def latest_silences(views: Iterable[SilenceView]) -> dict[int, SilenceFacts]:
    """Each item's latest procedure, from ``procedure_views`` (oldest first), by item id."""
    return {view.item_id: silence_facts(view) for view in views}


def session_standings(s: Session, session_id: int, now: datetime) -> list[ItemStanding]:
    """Where each item on the session's agenda stands, in agenda order, in one read."""
    dels = delegations(s, session_id)
    holders = [d.code for d in dels if d.has_decision_rights]
    absent = [d.code for d in dels if not d.present]
    rows = repo.items(s, session_id)
    ids = [row.id for row in rows]
    positions: dict[int, dict[str, Position]] = {}
    for (item_id, code), event in repo.current_positions(s, ids).items():
        positions.setdefault(item_id, {})[code] = Position(event.position)
    declared = latest_declarations(s, ids)
    silence = latest_silences(procedure_views(s, ids, now))
    out = []
    for number, row in enumerate(rows, start=1):
        item = agenda_item(row, number)
        standing = positions.get(item.id, {})
        out.append(
            ItemStanding(
                item,
                standing_of(
                    consensus_of(holders, standing),
                    standing,
                    declaration=declared.get(item.id),
                    silence=silence.get(item.id),
                    kind=item.kind,
                    absent=absent,
                ),
            )
        )
    return out


def contradiction_notices(standings: Sequence[ItemStanding]) -> list[str]:
    """One sentence for each item whose declaration the record contradicts, in the
    language of sentences now."""
    notices = []
    for entry in standings:
        standing, declaration = entry.standing, entry.standing.declaration
        if not standing.contradicted or declaration is None:
            continue
        notices.append(
            _(
                "Item {number}, {title}: the chair declared {outcome}, but the record "
                "disagrees. {warnings}"
            ).format(
                number=entry.item.number,
                title=quoted(entry.item.title_in(i18n_language())),
                outcome=quoted(shown(declaration.outcome.label)),
                warnings=" ".join(w.message for w in standing.contradictions),
            )
        )
    return notices


def status_block(entry: ItemStanding, language: str, name: Names) -> str:
    """One item's block for ``tourdetable status``: number and title, then one line each of
    its state, who blocks, who is pending, the silence procedure (when it is not the state
    itself), the declaration and what the record says against it. Sentences in the language
    of sentences now; the domain's words in ``language``; delegations named by ``name``."""
    standing, none = entry.standing, _("none")
    lines = [
        f"{entry.item.number}. {entry.item.title_in(language)}",
        _("State: {state}").format(state=long_text(standing, language, names=name)),
        _("Blocking: {names}").format(names=", ".join(name(c) for c in standing.objecting) or none),
        _("Pending: {names}").format(
            names=", ".join(pending_names(standing, language, name)) or none
        )
        if entry.item.kind.seeks_consensus
        else _("Pending: no decision is sought on this item"),
    ]
    if standing.silence is not None and not standing.lead.from_silence:
        said = silence_text(standing.silence, language, names=name)
        lines.append(_("Silence procedure: {state}").format(state=said))
    declaration = standing.declaration
    if declaration is None:
        lines.append(_("Declared: nothing yet"))
    else:
        outcome = declaration.outcome.label(language)
        if standing.overtaken:
            lines.append(
                _("Declared: {outcome} (overtaken by the silence procedure)").format(
                    outcome=outcome
                )
            )
        else:
            lines.append(_("Declared: {outcome}").format(outcome=outcome))
    for warning in standing.contradictions:
        lines.append(_("The record disagrees: {warning}").format(warning=warning.message))
    return "\n".join([lines[0], *(f"   {line}" for line in lines[1:])])


def status_record(entry: ItemStanding, language: str, name: Names) -> dict[str, object]:
    """One item for ``tourdetable status --json``: codes, values and ISO times, plus the
    state's words in ``language``."""
    standing: Standing = entry.standing
    silence, declaration = standing.silence, standing.declaration
    return {
        "number": entry.item.number,
        "title": entry.item.title_in(language),
        "kind": entry.item.kind.value,
        "state": standing.lead.value,
        "short": short_text(standing, language),
        "text": long_text(standing, language, names=name),
        "consensus": standing.consensus.state.value,
        "blocking": list(standing.objecting),
        "pending": list(standing.pending),
        "absent": list(standing.absent),
        "silence": None
        if silence is None
        else {
            "state": silence.state.value,
            "launched_at": silence.launched_at.isoformat(),
            "deadline": silence.deadline.isoformat(),
            "breaking": list(silence.breaking),
        },
        "declaration": None
        if declaration is None
        else {
            "outcome": declaration.outcome.value,
            "declared_at": declaration.declared_at.isoformat(),
            "remitted_to": declaration.remitted_to,
            "overtaken": standing.overtaken,
        },
        "contradictions": [
            {
                "kind": warning.kind.value,
                "delegations": list(warning.delegations),
                "message": warning.message,
            }
            for warning in standing.contradictions
        ],
    }
