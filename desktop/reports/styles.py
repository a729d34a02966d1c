"""Type, colour and spacing of the printed record: sober, dense, readable on paper.

One family (DejaVu Sans, embedded), dark ink, a single navy accent for headings and rules, and
light tints that survive a black-and-white printer (meaning is always in words or letters).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from desktop.reports.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f3864")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9aa3b2")
HAIRLINE = colors.HexColor("#d0d5dd")
PANEL = colors.HexColor("#f2f4f7")
ALERT = colors.HexColor("#8b1a1a")
WATERMARK = colors.HexColor("#5a6478")  # drawn translucent

BODY_SIZE = 9.5
BODY_LEADING = 13


@dataclass(frozen=True, slots=True)
class Styles:
    body: ParagraphStyle
    body_tight: ParagraphStyle
    meta: ParagraphStyle
    small: ParagraphStyle
    org: ParagraphStyle
    org_right: ParagraphStyle
    reference: ParagraphStyle
    title: ParagraphStyle
    notice: ParagraphStyle
    section: ParagraphStyle
    item: ParagraphStyle
    sub: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_head: ParagraphStyle
    cell_centre: ParagraphStyle
    quote: ParagraphStyle
    decision: ParagraphStyle
    toc_0: ParagraphStyle
    toc_1: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    cell = derive("cell", fontSize=9, leading=11.5, spaceAfter=0)
    return Styles(
        body=base,
        body_tight=derive("body_tight", spaceAfter=1),
        meta=derive("meta", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=3),
        small=derive("small", fontSize=8, leading=10, textColor=MUTED, spaceAfter=2),
        org=derive("org", fontName=BOLD, fontSize=10.5, leading=13.5, textColor=ACCENT),
        org_right=derive(
            "org_right",
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            textColor=ACCENT,
            alignment=TA_RIGHT,
        ),
        reference=derive(
            "reference", fontName=BOLD, fontSize=12, leading=15, alignment=TA_RIGHT, spaceAfter=0
        ),
        title=derive(
            "title",
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=2,
        ),
        notice=derive(
            "notice", fontName=BOLD, fontSize=9, leading=12, textColor=ALERT, spaceAfter=0
        ),
        section=derive(
            "section",
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=14,
            spaceAfter=6,
            keepWithNext=1,
        ),
        item=derive(
            "item",
            fontName=BOLD,
            fontSize=11.5,
            leading=14.5,
            textColor=ACCENT,
            spaceBefore=16,
            spaceAfter=3,
            keepWithNext=1,
            leftIndent=30,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=11.5,
        ),
        sub=derive(
            "sub",
            fontName=BOLD,
            fontSize=9,
            leading=12,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_small=ParagraphStyle(
            "cell_small", parent=cell, fontSize=8, leading=10, textColor=MUTED
        ),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=BOLD, fontSize=8, leading=10, textColor=ACCENT
        ),
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        quote=ParagraphStyle("quote", parent=cell, spaceBefore=1),
        decision=derive("decision", spaceAfter=0),
        toc_0=derive(
            "toc_0",
            fontName=BOLD,
            fontSize=9.5,
            leading=12.5,
            rightIndent=28,
            spaceBefore=3,
            spaceAfter=1,
        ),
        toc_1=derive(
            "toc_1",
            fontSize=9.5,
            bulletFontSize=9.5,
            leading=12.5,
            leftIndent=26,
            bulletIndent=0,
            rightIndent=28,
            spaceAfter=1,
        ),
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle on the embedded font (reportlab's default cell font is Helvetica, which
    would otherwise be referenced by every page)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def listing_style() -> TableStyle:
    """A list as a table (action items, a revision's changes, an extract's positions): a
    shaded header row over an accent rule, hairlines between rows, cells aligned at the top."""
    return table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), PANEL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, HAIRLINE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
    )
