"""The minutes of a session: its record assembled in one read, and its export to PDF.

``MinutesService.assemble`` reads everything the summary record says in ONE transaction and
hands back a frozen ``desktop.domain.minutes.Minutes`` tree (no ORM objects, no database ids).
``export_minutes`` joins that to the PDF builder in ``desktop.reports``: it is what the command
line and the GUI call. The builder itself knows nothing of the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from db import repositories as repo
from db import speaker_queries
from db.models import ActionItemRow, InterventionRow, PositionEventRow, SilenceProcedureRow
from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.domain.bodies import BodyKind
from desktop.domain.labels import Label
from desktop.domain.minutes import (
    ActionRecord,
    Attendee,
    DecisionRecord,
    ItemRecord,
    Minutes,
    PositionEvent,
    PositionRecord,
    SilenceRecord,
    position_path,
)
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.review import RecordChange, ReviewNotes, review_of
from desktop.domain.speaking import (
    InterventionEvent,
    InterventionRecord,
    SpeakerRecord,
    Turn,
    interventions_on_record,
    speaking_order,
)
from desktop.domain.texts import Bilingual
from desktop.i18n import _, ngettext
from desktop.reports.wording import say
from desktop.services.changes import Result
from desktop.services.context import Context
from desktop.services.convert import paragraphs_tuple, require_session, session_detail
from desktop.services.dto import AgendaItem, Delegation
from desktop.services.errors import ServiceError, ValidationError
from desktop.services.files import usable_path, write_atomically
from desktop.services.review import events_of
from desktop.services.signing import Signature
from desktop.services.silence_views import domain_of

LANGUAGES = ("en", "fr")

Progress = Callable[[int, int], None]


class ExportError(ServiceError):
    """The PDF could not be written; nothing was left half-written at the destination."""


class UntranslatedError(ValidationError):
    """Minutes required to be wholly in one language, with texts still to be translated:
    nothing was written."""


class HasMinutes(Protocol):
    """What ``export_minutes`` asks of the ``Workspace`` it is given (which builds a
    ``MinutesService``: a protocol here, so that this module does not import it back)."""

    @property
    def minutes(self) -> MinutesService: ...


class MinutesService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def fingerprint(self, session_id: int, revision: int) -> str:
        """The fingerprint the record will carry when issued as ``revision`` (0: the draft)."""
        return replace(self.assemble(session_id), revision=revision).fingerprint

    def assemble(self, session_id: int) -> Minutes:
        """The whole summary record of the session, read in one transaction."""
        with self._ctx.unit() as s:
            detail = session_detail(s, require_session(s, session_id))
            ids = [item.id for item in detail.items]
            events = _events_by_item(repo.position_events(s, ids))
            corrections = repo.reclassified(s, ids)
            said = _interventions_by_item(speaker_queries.interventions(s, ids))
            silences = _silence_by_item(repo.procedures(s, ids))
            outcomes = repo.latest_outcomes(s, ids)  # a withdrawn declaration is no decision
            actions: defaultdict[int, list[ActionItemRow]] = defaultdict(list)
            for row in repo.action_items(s, ids):  # removed action items are not printed
                actions[row.item_id].append(row)
            speakers = _speakers_by_item(s, ids, self._ctx.clock())
            items = []
            for item in detail.items:
                decision = outcomes.get(item.id)
                items.append(
                    ItemRecord(
                        number=item.number,
                        title=Bilingual(item.title, item.title_fr),
                        kind=item.kind,
                        documents=item.documents,
                        summary=Bilingual(item.summary, item.summary_fr),
                        positions=_positions(detail.delegations, events[item.id], corrections),
                        silence=silences.get(item.id, ()),
                        decision=(
                            DecisionRecord(
                                outcome=Outcome(decision.outcome),
                                decision_text=Bilingual(
                                    decision.decision_text, decision.decision_text_fr
                                ),
                                remitted_to=Bilingual(
                                    decision.remitted_to, decision.remitted_to_fr
                                ),
                                declared_at=decision.recorded_at,
                            )
                            if decision is not None
                            else None
                        ),
                        actions=tuple(_action(item, row) for row in actions[item.id]),
                        speakers=speakers.get(item.id, ()),
                        interventions=said.get(item.id, ()),
                    )
                )
            return Minutes(
                reference=detail.reference,
                revision=detail.revision,
                body=BodyKind(detail.body),
                committee_name=Bilingual(detail.committee_name, detail.committee_name_fr),
                level=detail.level,
                format=detail.format,
                session_date=detail.session_date,
                place=Bilingual(detail.place, detail.place_fr),
                time_zone=detail.time_zone,
                opened_at=detail.opened_at,
                closed_at=detail.closed_at,
                chair=detail.chair,
                chair_role=detail.chair_role,
                classification=detail.classification,
                attendees=tuple(_attendee(d) for d in detail.delegations),
                items=tuple(items),
                review=_review_notes(s, session_id, detail.revision, detail.items),
            )


def export_minutes(
    ws: HasMinutes,
    session_id: int,
    language: str,
    path: Path,
    progress: Progress | None = None,
    *,
    signature: Signature | None = None,
    require_translation: bool = False,
) -> Path:
    """Write the minutes of the session as a PDF at ``path`` (replaced atomically) in
    ``language`` ("en" or "fr"); return the path written. ``signature``: sign the PDF with
    that certificate before it is written (a PAdES signature, ``desktop.services.signing``);
    when it cannot be signed, nothing is written (SigningError). A text of the secretariat
    without a version in ``language`` is printed in the other one, marked as untranslated
    (``export_minutes_noted`` says how many); ``require_translation`` refuses instead.

    Raises ValidationError for an unknown language, NotFoundError for a removed session,
    UntranslatedError (``require_translation``), ExportError when the file cannot be written
    (nothing is left half-written).
    """
    return export_minutes_noted(
        ws,
        session_id,
        language,
        path,
        progress,
        signature=signature,
        require_translation=require_translation,
    ).value


def export_minutes_noted(
    ws: HasMinutes,
    session_id: int,
    language: str,
    path: Path,
    progress: Progress | None = None,
    *,
    signature: Signature | None = None,
    require_translation: bool = False,
) -> Result[Path]:
    """``export_minutes``, with what the user should be told: how many texts the minutes
    print in the other language (``untranslated_notice``), counted before anything is
    written, and the characters no font of the minutes has, with where they are (printed
    as their codes: ``desktop.reports.unprintable``)."""
    if language not in LANGUAGES:
        raise ValidationError(
            _("Minutes are written in English (en) or French (fr), not {language}.").format(
                language=repr(language)
            )
        )
    from desktop.reports.minutes import build_minutes, render  # reportlab only when exporting
    from desktop.reports.unprintable import unprintable

    minutes = ws.minutes.assemble(session_id)
    untranslated = len(minutes.untranslated(language))
    if untranslated and require_translation:
        raise UntranslatedError(_refusal(untranslated, language))
    notice = untranslated_notice(untranslated, language)
    target = usable_path(Path(path).expanduser())
    if target.is_dir():
        raise ExportError(
            _("{path} is a folder; choose a file name for the minutes.").format(path=target)
        )
    try:
        if signature is None:
            build_minutes(minutes, language, target, progress)
        else:
            write_atomically(target, signature.applied(render(minutes, language, progress)))
    except PermissionError as error:
        raise ExportError(
            _("You do not have permission to write {path}; choose another folder.").format(
                path=target
            )
        ) from error
    except OSError as error:
        raise ExportError(
            _(
                "The minutes could not be written to {path} ({error}); check the folder "
                "exists and the disk is not full."
            ).format(path=target, error=error.strerror or error)
        ) from error
    unprinted = unprintable(minutes, language)
    return Result(target, notices=(*((notice,) if notice else ()), *unprinted))


def untranslated_notice(count: int, language: str) -> str | None:
    """The sentence that says how many texts the minutes in ``language`` print in the other
    language, marked as untranslated; None when there is none."""
    if not count:
        return None
    mark = say("not_translated", language)
    if language == "fr":
        sentence = ngettext(
            "{count} text has no French version; it is printed in English, marked {mark}.",
            "{count} texts have no French version; they are printed in English, marked {mark}.",
            count,
        )
    else:
        sentence = ngettext(
            "{count} text has no English version; it is printed in French, marked {mark}.",
            "{count} texts have no English version; they are printed in French, marked {mark}.",
            count,
        )
    return sentence.format(count=count, mark=mark)


def _refusal(count: int, language: str) -> str:
    if language == "fr":
        sentence = ngettext(
            "{count} text has no French version, so the French minutes were not written; "
            "translate it first.",
            "{count} texts have no French version, so the French minutes were not written; "
            "translate them first.",
            count,
        )
    else:
        sentence = ngettext(
            "{count} text has no English version, so the English minutes were not written; "
            "translate it first.",
            "{count} texts have no English version, so the English minutes were not written; "
            "translate them first.",
            count,
        )
    return sentence.format(count=count)


# ---------------------------------------------------------------------- helpers
def _review_notes(
    s: Session, session_id: int, revision: int, items: Sequence[AgendaItem]
) -> ReviewNotes | None:
    """The changes the current issue is the first to carry (a revision's page "Changes from
    the previous issue"), and the approval of an approved record; None before any issue."""
    review = review_of(events_of(s, session_id))
    if not review.issues:
        return None
    numbers = {item.id: item.number for item in items}
    changes = tuple(
        RecordChange(
            delegation=c.delegation,
            item_number=numbers.get(c.item_id) if c.item_id is not None else None,
            where=c.where,
            text=c.text,
            received_at=c.received_at,
        )
        for c in (review.changes_in(revision) if revision else ())
    )
    return ReviewNotes(changes, review.approval if review.locked else None)


def _attendee(d: Delegation) -> Attendee:
    return Attendee(
        code=d.code,
        name=Label(d.name_en, d.name_fr),
        kind=d.kind,
        present=d.present,
        head_of_delegation=d.head_of_delegation,
    )


def _events_by_item(rows: list[PositionEventRow]) -> defaultdict[int, list[PositionEventRow]]:
    out: defaultdict[int, list[PositionEventRow]] = defaultdict(list)
    for row in rows:
        out[row.item_id].append(row)
    return out


def _interventions_by_item(
    rows: list[InterventionRow],
) -> dict[int, tuple[InterventionRecord, ...]]:
    """What was said without a position on each item, in the order spoken, corrected."""
    events: defaultdict[int, list[InterventionEvent]] = defaultdict(list)
    for row in rows:
        events[row.item_id].append(
            InterventionEvent(
                row.id, row.delegation, row.text, row.started_at, row.corrects_id, row.text_fr
            )
        )
    found = {item_id: interventions_on_record(said) for item_id, said in events.items()}
    return {item_id: said for item_id, said in found.items() if said}


def _positions(
    delegations: tuple[Delegation, ...],
    rows: list[PositionEventRow],
    corrections: dict[int, bool],
) -> tuple[PositionRecord, ...]:
    """Each delegation's path on the item, in the order delegations are seated
    (``corrections``: the operator's later word on events, by id)."""
    by_code: defaultdict[str, list[PositionEvent]] = defaultdict(list)
    for row in rows:
        by_code[row.delegation].append(
            PositionEvent(
                event_id=row.id,
                position=Position(row.position),
                text=row.text,
                paragraphs=paragraphs_tuple(row.paragraphs),
                recorded_at=row.recorded_at,
                correction=corrections.get(row.id, row.corrects_id is not None),
                in_writing=row.in_writing,
            )
        )
    order = [d.code for d in delegations] + sorted(set(by_code) - {d.code for d in delegations})
    records = []
    for code in order:
        path = position_path(by_code.get(code, ()))
        if path:
            records.append(PositionRecord(code, path))
    return tuple(records)


def _silence_by_item(rows: list[SilenceProcedureRow]) -> dict[int, tuple[SilenceRecord, ...]]:
    numbers: dict[int, int] = {}
    out: defaultdict[int, list[SilenceRecord]] = defaultdict(list)
    for row in rows:  # oldest first
        number = len(out[row.item_id]) + 1
        numbers[row.id] = number
        out[row.item_id].append(
            SilenceRecord(
                number=number,
                text_reference=row.text_reference,
                title=Bilingual(row.title, row.title_fr),
                launched_by=row.launched_by,
                procedure=domain_of(row),
                relaunch_of=numbers.get(row.supersedes_id) if row.supersedes_id else None,
            )
        )
    return {item_id: tuple(records) for item_id, records in out.items()}


def _speakers_by_item(
    s: Session, ids: list[int], now: datetime
) -> dict[int, tuple[SpeakerRecord, ...]]:
    """Who spoke on each item, in speaking order, with their total time (a turn still
    running counts up to ``now``)."""
    turns: defaultdict[int, list[Turn]] = defaultdict(list)
    for row in speaker_queries.interventions(s, ids):
        if row.text or row.text_fr or row.corrects_id is not None:
            continue  # what was said is reported as an intervention, not as a turn
        turns[row.item_id].append(Turn(row.delegation, row.started_at, row.ended_at))
    struck: defaultdict[int, list[tuple[datetime, int, str]]] = defaultdict(list)
    for entry in speaker_queries.speakers(s, ids):
        if entry.struck_at is not None and entry.removed_at is None:
            struck[entry.item_id].append((entry.struck_at, entry.id, entry.delegation))
    out = {}
    for item_id in set(turns) | set(struck):
        order = [entry[2] for entry in sorted(struck[item_id])]
        out[item_id] = speaking_order(turns[item_id], order, now)
    return out


def _action(item: AgendaItem, row: ActionItemRow) -> ActionRecord:
    return ActionRecord(
        item_number=item.number,
        owner_kind=OwnerKind(row.owner_kind),
        owner=Bilingual(row.owner, row.owner_fr),
        description=Bilingual(row.description, row.description_fr),
        due_date=row.due_date,
        status=ActionStatus(row.status),
    )
