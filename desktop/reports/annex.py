"""The annex: every delegation's position on every item, as a grid of letters.

Delegations down (members in seating order, then partners and invitees below a rule), items
across. Letters carry the meaning; light tints only help the eye and survive a grey printer.
A small session fits a portrait page; a large one turns landscape and is split into even
slices of items, one slice per page, each with its own caption and legend.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)

from desktop.domain.minutes import Attendee, ItemRecord, Minutes
from desktop.domain.positions import Position
from desktop.domain.sessions import AttendanceKind
from desktop.reports.fonts import BOLD, REGULAR
from desktop.reports.markup import one_line
from desktop.reports.page import LANDSCAPE, PORTRAIT, frame_width, mark
from desktop.reports.para import Paragraph
from desktop.reports.styles import ACCENT, HAIRLINE, MUTED, RULE, styles, table_style
from desktop.reports.wording import say

TINTS: dict[Position, colors.Color | None] = {
    Position.OBJECTION: colors.HexColor("#f0c0c0"),
    Position.RESERVATION: colors.HexColor("#f9e0a8"),
    Position.FOOTNOTE: colors.HexColor("#f9e0a8"),
    Position.STUDY_RESERVE: colors.HexColor("#d8e1f0"),
    Position.AWAITING_INSTRUCTIONS: colors.HexColor("#d8e1f0"),
    Position.AGREE_AD_REFERENDUM: colors.HexColor("#d8e1f0"),
    Position.AGREE_WITH_STATEMENT: colors.HexColor("#d3e8c8"),
    Position.AGREE: colors.HexColor("#ecf5e7"),
    Position.NOT_STATED: None,
}

NAME_WIDTH = {PORTRAIT: 30 * mm, LANDSCAPE: 36 * mm}
FONT_SIZE = 7.5


@cache
def _name_style() -> ParagraphStyle:
    return ParagraphStyle("grid_name", parent=styles().cell, fontSize=7, leading=8)


def cell_width(count: int) -> float:
    return 17.0 if count >= 100 else 14.0


def capacity(orientation: str, count: int) -> int:
    """How many item columns fit across a page."""
    return int((frame_width(orientation) - NAME_WIDTH[orientation]) // cell_width(count))


def slices(count: int) -> tuple[str, list[range]]:
    """The orientation and the item ranges (0-based) of each page of the grid."""
    if count <= capacity(PORTRAIT, count):
        return PORTRAIT, [range(0, count)]
    cap = capacity(LANDSCAPE, count)
    pages = math.ceil(count / cap)
    per = math.ceil(count / pages)
    return LANDSCAPE, [range(i, min(i + per, count)) for i in range(0, count, per)]


def grid_annex(m: Minutes, language: str) -> list[Flowable]:
    st = styles()
    items = m.items
    rows = tuple(a for a in m.attendees if a.kind is not AttendanceKind.STAFF)
    orientation, pages = slices(len(items))
    title = say("annex", language)
    head: list[Flowable] = [
        mark(Paragraph(f'<a name="annex"/>{title}', st.section), "annex", title, title),
        Paragraph(say("annex_intro", language), st.meta),
    ]
    out: list[Flowable] = [NextPageTemplate(orientation), PageBreak()]
    if not items or not rows:
        return [*out, *head]
    for number, part in enumerate(pages):
        chunk = [items[i] for i in part]
        caption = say("annex_items", language, first=chunk[0].number, last=chunk[-1].number)
        block: list[Flowable] = [
            Paragraph(caption, st.sub),
            Paragraph(legend(language), st.small),
            Spacer(1, 2),
            _grid(chunk, rows, orientation, len(items), language),
        ]
        if number:
            out.append(PageBreak())
        else:  # the annex's heading stays on the page of its first slice
            block = head + block
        out.append(KeepTogether(block))
    return out


def legend(language: str) -> str:
    """'A agree · D agree ad referendum · …' with the letters in bold."""
    parts = [f"<b>{p.letter}</b>\u00a0{p.label(language)}" for p in Position]
    return " · ".join(parts)


def _grid(
    chunk: list[ItemRecord],
    rows: tuple[Attendee, ...],
    orientation: str,
    count: int,
    language: str,
) -> Table:
    header: list[Any] = [Paragraph(f"<b>{say('delegation', language)}</b>", _name_style())]
    header += [str(item.number) for item in chunk]
    data: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), FONT_SIZE + 1.5),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (1, 0), (-1, 0), BOLD),
        ("FONTSIZE", (1, 0), (-1, 0), FONT_SIZE if count < 100 else 6.3),
        ("TEXTCOLOR", (1, 0), (-1, 0), ACCENT),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, HAIRLINE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("LEFTPADDING", (0, 0), (0, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
    ]
    first_other = None
    for r, attendee in enumerate(rows, start=1):
        if not attendee.has_decision_rights and first_other is None:
            first_other = r
        row: list[Any] = [_row_name(attendee, language)]
        for c, item in enumerate(chunk, start=1):
            position = item.current(attendee.code)
            row.append(position.letter)
            tint = TINTS[position]
            if tint is not None:
                commands.append(("BACKGROUND", (c, r), (c, r), tint))
            if position is Position.OBJECTION:
                commands.append(("FONTNAME", (c, r), (c, r), BOLD))
        data.append(row)
    if first_other is not None:
        commands.append(("LINEABOVE", (0, first_other), (-1, first_other), 1.2, ACCENT))
    widths = [NAME_WIDTH[orientation]] + [cell_width(count)] * len(chunk)
    return Table(
        data,
        colWidths=widths,
        repeatRows=1,
        style=table_style(commands),
        hAlign="LEFT",
    )


def _row_name(a: Attendee, language: str) -> Paragraph:
    name = one_line(a.name(language))
    if not a.has_decision_rights:
        name = f"<i>{name}</i>"
    if not a.present:
        name = f"<font color='{MUTED.hexval()}'>{name} ({say('absent', language)})</font>"
    return Paragraph(name, _name_style())
