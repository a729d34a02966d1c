"""What the review adds to the printed record: a revision's page "Changes from the previous
issue" (each accepted correction: which delegation, where, what it proposed, when it came
in), and the approval notice of an approved record (``desktop.domain.review``)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table

from desktop.domain.minutes import Minutes
from desktop.domain.review import RecordChange
from desktop.reports import dates
from desktop.reports.markup import one_line, text
from desktop.reports.page import TEXT_WIDTH as WIDTH
from desktop.reports.page import mark
from desktop.reports.para import Paragraph
from desktop.reports.styles import listing_style, styles
from desktop.reports.wording import say

_WIDTHS = (32 * mm, 30 * mm, 0.0, 22 * mm)


def changes_page(m: Minutes, language: str) -> list[Flowable]:
    """The changes page of a revision, on a page of its own; nothing for the draft or a
    revision that carries no accepted correction."""
    if m.review is None or not m.review.changes or not m.revision:
        return []
    st = styles()
    title = say("changes", language)
    head = [
        Paragraph(say(k, language), st.cell_head)
        for k in ("delegation", "where", "correction", "received")
    ]
    rows: list[list[Any]] = [head, *(_row(c, m, language) for c in m.review.changes)]
    widths = list(_WIDTHS)
    widths[2] = WIDTH - sum(widths)
    return [
        PageBreak(),
        mark(Paragraph(f'<a name="changes"/>{title}', st.section), "changes", title, title),
        Paragraph(say("changes_intro", language), st.body),
        Table(
            rows,
            colWidths=widths,
            repeatRows=1,
            splitInRow=1,
            style=listing_style(),
        ),
        PageBreak(),
    ]


def approval_notice(m: Minutes, language: str) -> str | None:
    """ "Approved on 20 May 2024 under silence procedure (PO(2024)0123)…", or None."""
    approval = m.review.approval if m.review is not None else None
    if approval is None:
        return None
    reference = f" ({one_line(approval.reference)})" if approval.reference.strip() else ""
    return say(
        "approved_notice",
        language,
        day=dates.long_date(approval.at.date(), language),
        how=approval.how.label(language),
        reference=reference,
    )


def _row(change: RecordChange, m: Minutes, language: str) -> list[Any]:
    st = styles()
    attendee = m.attendee(change.delegation)
    who = one_line(attendee.name(language)) if attendee is not None else one_line(change.delegation)
    where_parts = []
    if change.item_number is not None:
        where_parts.append(f"{say('item', language)} {change.item_number}")
    if change.where.strip():
        where_parts.append(one_line(change.where))
    where = ", ".join(where_parts) or say("general", language)
    return [
        Paragraph(who, st.cell),
        Paragraph(where, st.cell),
        Paragraph(text(change.text), st.cell),
        Paragraph(dates.short_date(change.received_at.date(), language), st.cell),
    ]
