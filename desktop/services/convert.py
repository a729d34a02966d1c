"""From rows to the plain answers in ``dto``, and the small input checks every service uses."""

from __future__ import annotations

import json
import re
from enum import StrEnum
from typing import TypeVar

from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import AgendaItemRow, PositionEventRow, SessionRow
from desktop import reference
from desktop.domain.actions import OwnerKind
from desktop.domain.bodies import session_title
from desktop.domain.positions import Position
from desktop.domain.sessions import (
    AgendaKind,
    AttendanceKind,
    ChairRole,
    Classification,
    Format,
    Level,
)
from desktop.domain.texts import Bilingual
from desktop.i18n import N_, _, language
from desktop.services.dto import AgendaItem, Delegation, PositionEntry, SessionDetail
from desktop.services.errors import NotFoundError, ValidationError
from desktop.services.text_rules import NOT_A_CODE, control_in, escaped, is_code

E = TypeVar("E", bound=StrEnum)

PARAGRAPHS_LIMIT = 200  # the column holding a statement's or a letter's paragraph names
_HALF_CHARACTER = re.compile("[\ud800-\udfff]")


def enum_value(kind: type[E], value: object, what: str) -> E:
    """``value`` as a member of ``kind``, or a sentence naming the accepted values.
    ``what`` names the kind in English with its indefinite article, marked with ``N_()``:
    ``N_("a level")``."""
    if isinstance(value, kind):
        return value
    try:
        return kind(str(value))
    except ValueError:
        accepted = ", ".join(member.value for member in kind)
        raise ValidationError(
            _("{value} is not {what}; use one of: {accepted}.").format(
                value=shown(value), what=_(what), accepted=accepted
            )
        ) from None


def typed(value: object, what: str) -> str:
    """Text as typed, refused when it holds half of a character (a lone surrogate, which a
    paste from a broken source can carry): no database or file can store one. ``what``
    names the text in English with its definite article, marked with ``N_()``:
    ``N_("the title")``."""
    result = str(value)
    if _HALF_CHARACTER.search(result):
        raise ValidationError(
            _(
                "{what} holds half of a character (a lone surrogate), which no text can "
                "hold; retype the text around it."
            ).format(what=capital(_(what)))
        )
    return result


def bounded(value: object, limit: int, what: str) -> str:
    """Trimmed one-line text, refused (not cut) when longer than the column holds, and
    refused when it holds a control character (``desktop.services.text_rules``)."""
    result = typed(value, what).strip()
    if len(result) > limit:
        raise ValidationError(
            _("{what} is {length} characters long; shorten it to {limit} at most.").format(
                what=capital(_(what)), length=len(result), limit=limit
            )
        )
    control = control_in(result)
    if control is not None:
        raise ValidationError(
            _(
                "{what} holds a control character ({char}), such as a line break, a tab or "
                "a terminal escape, which a one-line field cannot hold; remove it."
            ).format(what=capital(_(what)), char=control)
        )
    return result


def delegation_code(value: object, what: str) -> str:
    """A delegation's code as typed, trimmed (``""`` when empty), refused unless it is
    letters and digits with - _ or . inside (``desktop.services.text_rules``)."""
    code = bounded(value, 60, what)
    if code and not is_code(code):
        raise ValidationError(_(NOT_A_CODE).format(code=shown(code)))
    return code


def capital(text: str) -> str:
    """``text`` with its first letter in capitals (a noun phrase opening a sentence)."""
    return text[:1].upper() + text[1:]


def shown(value: object, limit: int = 40) -> str:
    """``value`` quoted for a sentence: cut to ``limit``, control characters escaped."""
    text = value if isinstance(value, str) else repr(value)
    quoted = escaped(json.dumps(text[:limit], ensure_ascii=False))
    quoted = quoted.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates
    return quoted[:-1] + '…"' if len(text) > limit else quoted


def paragraphs_text(paragraphs: tuple[str, ...] | list[str]) -> str:
    """Paragraph names as stored: trimmed, the empty ones left out, joined by ", ". A name
    holding a comma or a line break would come back as two: it is refused, as the whole
    when longer than the column holds."""
    names = [bounded(p, PARAGRAPHS_LIMIT, N_("the paragraph name")) for p in paragraphs]
    for name in names:
        if "," in name:
            raise ValidationError(
                _(
                    "The paragraph name {name} holds a comma or a line break; give each "
                    'paragraph on its own, e.g. "4.2".'
                ).format(name=shown(name))
            )
    joined = ", ".join(name for name in names if name)
    if len(joined) > PARAGRAPHS_LIMIT:
        raise ValidationError(
            _(
                "The paragraph names are {length} characters long together; shorten them "
                "to {limit} at most."
            ).format(length=len(joined), limit=PARAGRAPHS_LIMIT)
        )
    return joined


def paragraphs_tuple(stored: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in stored.split(",") if p.strip())


def agenda_item(row: AgendaItemRow, number: int) -> AgendaItem:
    return AgendaItem(
        id=row.id,
        session_id=row.session_id,
        number=number,
        title=row.title,
        kind=AgendaKind(row.kind),
        documents=row.documents,
        summary=row.summary,
        not_for_display=bool(row.not_for_display),
        title_fr=row.title_fr,
        summary_fr=row.summary_fr,
    )


def delegations(s: Session, session_id: int) -> tuple[Delegation, ...]:
    """The delegations at the table, named as on the session's date ("Turkey" in 2003):
    an Ally or invitee by the reference names, the International Staff by its name in each
    language, anyone else as typed."""
    session = repo.get_session_including_removed(s, session_id)
    day = session.session_date if session is not None else None
    out = []
    staff = OwnerKind.INTERNATIONAL_STAFF.label
    for att in repo.attendance(s, session_id):
        named = reference.ally_name_on(att.delegation, day)
        typed_name = att.display_name or att.delegation
        name_en = name_fr = typed_name
        if named:
            name_en, name_fr = named.name_en, named.name_fr
        elif att.kind == AttendanceKind.STAFF.value and typed_name in (staff.en, staff.fr):
            name_en, name_fr = staff.en, staff.fr  # the International Staff, in both languages
        out.append(
            Delegation(
                code=att.delegation,
                name_en=name_en,
                name_fr=name_fr,
                kind=AttendanceKind(att.kind),
                present=att.present,
                head_of_delegation=att.head_of_delegation,
            )
        )
    # Members first in seating order, then invitees, partners and staff.
    order = list(AttendanceKind)
    return tuple(sorted(out, key=lambda d: order.index(d.kind)))


def committee_shown(row: SessionRow) -> str:
    """The session's committee name in the language of the interface (else the other)."""
    return Bilingual(row.committee_name, row.committee_name_fr).shown(language())[0]


def session_detail(s: Session, row: SessionRow) -> SessionDetail:
    return SessionDetail(
        id=row.id,
        reference=row.reference or "",
        revision=row.revision,
        body=row.body,
        committee_name=row.committee_name,
        title=session_title(row.body, row.level, committee_shown(row)),
        level=Level(row.level),
        format=Format(row.format),
        session_date=row.session_date,
        place=row.place,
        time_zone=row.time_zone,
        opened_at=row.opened_at,
        closed_at=row.closed_at,
        chair=row.chair,
        chair_role=ChairRole(row.chair_role),
        classification=Classification(row.classification),
        delegations=delegations(s, row.id),
        items=tuple(agenda_item(r, n) for n, r in enumerate(repo.items(s, row.id), start=1)),
        committee_name_fr=row.committee_name_fr,
        place_fr=row.place_fr,
    )


def position_entry(row: PositionEventRow, correction: bool | None = None) -> PositionEntry:
    """The event as a view; ``correction``: what the operator said of it last (None: what it
    was logged as)."""
    return PositionEntry(
        event_id=row.id,
        item_id=row.item_id,
        delegation=row.delegation,
        position=Position(row.position),
        text=row.text,
        paragraphs=paragraphs_tuple(row.paragraphs),
        recorded_at=row.recorded_at,
        operator=row.operator,
        corrects_id=row.corrects_id,
        correction=row.corrects_id is not None if correction is None else correction,
        in_writing=row.in_writing,
    )


def require_session(s: Session, session_id: int) -> SessionRow:
    """A session on the list. A removed one is not found, with a sentence that says so: it
    can be restored (``SessionService.restore`` finds it with ``removed_session``)."""
    row = repo.get_session_including_removed(s, session_id)
    if row is None:
        raise NotFoundError(_("That session does not exist in this database; reopen the list."))
    if row.removed_at is not None:
        raise NotFoundError(
            _(
                "That session no longer exists: it was removed from the list. Restore it to "
                "work on it again."
            )
        )
    return row


def removed_session(s: Session, session_id: int) -> SessionRow:
    """A session removed from the list, to restore it."""
    row = repo.get_session_including_removed(s, session_id)
    if row is None:
        raise NotFoundError(_("That session does not exist in this database; reopen the list."))
    if row.removed_at is None:
        raise ValidationError(_("That session is on the list; there is nothing to restore."))
    return row


def require_item(s: Session, item_id: int) -> AgendaItemRow:
    """An item on the agenda of a session on the list."""
    row = repo.get_item_including_removed(s, item_id)
    if row is None:
        raise NotFoundError(
            _("That agenda item does not exist in this database; reopen the session.")
        )
    if row.removed_at is not None:
        raise NotFoundError(
            _(
                "That agenda item no longer exists: it was taken off the agenda. Restore it "
                "to work on it again."
            )
        )
    require_session(s, row.session_id)
    return row


def removed_item(s: Session, item_id: int) -> AgendaItemRow:
    """An item taken off the agenda of a session on the list, to restore it."""
    row = repo.get_item_including_removed(s, item_id)
    if row is None:
        raise NotFoundError(
            _("That agenda item does not exist in this database; reopen the session.")
        )
    require_session(s, row.session_id)
    if row.removed_at is None:
        raise ValidationError(_("That agenda item is on the agenda; there is nothing to restore."))
    return row
