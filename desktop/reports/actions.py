"""The action items the record carries: item, owner, what, by when, status."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from desktop.domain.actions import OwnerKind
from desktop.domain.minutes import ActionRecord, Minutes
from desktop.reports import dates
from desktop.reports.bilingual import chosen, printed_line, printed_text
from desktop.reports.front import WIDTH
from desktop.reports.markup import one_line
from desktop.reports.page import mark
from desktop.reports.para import Paragraph
from desktop.reports.styles import listing_style, styles
from desktop.reports.wording import capitalised, say

_WIDTHS = (13 * mm, 44 * mm, 0.0, 24 * mm, 19 * mm)


def action_items(m: Minutes, language: str) -> list[Flowable]:
    st = styles()
    title = say("actions", language)
    out: list[Flowable] = [
        mark(Paragraph(f'<a name="actions"/>{title}', st.section), "actions", title, title)
    ]
    actions = m.actions
    if not actions:
        out.append(Paragraph(say("no_actions", language), st.body))
        return out
    head = [
        Paragraph(say(k, language), st.cell_head)
        for k in ("item", "owner", "action", "due", "status")
    ]
    rows: list[list[Any]] = [head]
    rows += [_row(a, m, language) for a in actions]
    widths = list(_WIDTHS)
    widths[2] = WIDTH - sum(widths)
    out.append(
        Table(
            rows,
            colWidths=widths,
            repeatRows=1,
            splitInRow=1,
            style=listing_style(),
        )
    )
    return out


def _row(action: ActionRecord, m: Minutes, language: str) -> list[Any]:
    st = styles()
    code = chosen(action.owner, language).strip()
    owner = printed_line(action.owner, language)
    if action.owner_kind is OwnerKind.DELEGATION and (attendee := m.attendee(code)) is not None:
        owner = one_line(attendee.name(language))
    owner_cell = f"<b>{capitalised(action.owner_kind.label(language))}</b>"
    if owner:
        owner_cell += f"<br/>{owner}"
    due = dates.short_date(action.due_date, language) if action.due_date else "—"
    return [
        Paragraph(str(action.item_number), st.cell),
        Paragraph(owner_cell, st.cell),
        Paragraph(printed_text(action.description, language), st.cell),
        Paragraph(due, st.cell),
        Paragraph(capitalised(action.status.label(language)), st.cell),
    ]
