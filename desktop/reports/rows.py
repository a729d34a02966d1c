"""The label | content rows the record is made of (positions, silence, particulars).

Each row is its own one-row table, so that pages break between rows (or inside a long one)
and a heading kept with "the next flowable" is kept with one row, not with a whole table.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Table

from desktop.reports.page import TEXT_WIDTH
from desktop.reports.styles import HAIRLINE, table_style

LABEL_WIDTH = 38 * mm


def row_table(
    row: list[Any], *, first: bool, span: bool = False, keep_with_next: bool = False
) -> Table:
    """One row; ``first`` opens a group with a hairline above, ``span`` runs the first cell
    across both columns, ``keep_with_next`` keeps it on the page of the next flowable."""
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5 if first else 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if first:
        commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.4, HAIRLINE))
    if span:
        commands.append(("SPAN", (0, 0), (-1, 0)))
    table = Table(
        [row],
        colWidths=[LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
        style=table_style(commands),
        splitInRow=1,
        hAlign="LEFT",
    )
    table.keepWithNext = int(keep_with_next)
    return table


def rule() -> Flowable:
    """The hairline that closes a group of rows."""
    return HRFlowable(width="100%", thickness=0.4, color=HAIRLINE, spaceBefore=0, spaceAfter=2)
