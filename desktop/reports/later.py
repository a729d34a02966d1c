"""What a page can only say once the whole document is laid out: "page X of Y", the last
page's note, the page numbers of the contents.

Platypus's answer is ``multiBuild``: lay the whole document out again until the numbers stop
moving (twice for a record, which was half the export's time). Here the document is laid
out once. Where such a number goes, the page's content gets a placeholder line (a PDF
comment) and a note of the canvas's state at that point; when the last page is closed, each
placeholder is replaced by what the canvas draws from that state with the numbers now
known. The page's content is then what it would have been had the number been known as the
page was drawn: the same operators, at the same place in the stream, over the same state.

``Contents`` is reportlab's ``TableOfContents`` laid out the same way, from entries given
before the layout (their page numbers never change the contents' height, since they sit in
a column of their own), drawing its page numbers through ``Later``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Table
from reportlab.platypus.flowables import Flowable, Spacer
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from desktop.reports import rl_adapter
from desktop.reports.para import Paragraph

Draw = Callable[[Any], None]

# The named callback of the contents' entries, and the prefix of the placeholder lines.
CONTENTS_CALLBACK = "tdt_contents_page"
_PLACEHOLDER = "%tdt-later-"
_PLACEHOLDER_LINE = re.compile(rf"(?<=\n)({_PLACEHOLDER}\d+)\n")


@dataclass(slots=True)
class _Pending:
    token: str
    page: int
    state: rl_adapter.CanvasState  # the canvas's state where the placeholder is
    draw: Draw


class Later:
    """Placeholders left in pages, filled in by ``fill`` once the page count is known."""

    def __init__(self) -> None:
        self._pending: list[_Pending] = []

    def leave(self, canv: Any, page: int, draw: Draw) -> None:
        """Leave a placeholder at this point of ``page``'s content, for what ``draw(canv)``
        will draw there (from the canvas's current state) when ``fill`` is called."""
        token = f"{_PLACEHOLDER}{len(self._pending)}"
        self._pending.append(_Pending(token, page, rl_adapter.canvas_state(canv), draw))
        canv.addLiteral(token)

    def fill(self, canv: Any) -> None:
        """Replace every placeholder by what its ``draw`` gives; call it after the last page
        is closed and before the canvas is saved."""
        drawn: dict[int, dict[str, str]] = {}  # page (from 0): placeholder: its content
        # Last first: inserting a link annotation then never moves where an earlier one goes.
        for pending in reversed(self._pending):
            code, refs = rl_adapter.draw_aside(canv, pending.state, pending.draw)
            drawn.setdefault(pending.page - 1, {})[pending.token] = code
            rl_adapter.insert_annotations(pending.state, refs)
        for index, codes in drawn.items():

            def content(found: re.Match[str], codes: dict[str, str] = codes) -> str:
                code = codes.pop(found.group(1))
                return f"{code}\n" if code else ""  # nothing drawn: the line goes

            stream = rl_adapter.page_content(canv, index)
            rl_adapter.set_page_content(canv, index, _PLACEHOLDER_LINE.sub(content, stream))
            assert not codes, f"placeholders missing from page {index + 1}: {sorted(codes)}"
        self._pending.clear()


class Contents(TableOfContents):  # type: ignore[misc]
    """A table of contents laid out once, from ``entries`` given before the layout:
    (level, markup, key) each, the key naming the heading's bookmark. The page numbers are
    left to the document (``CONTENTS_CALLBACK``), which knows them at the end."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.entries: list[tuple[int, str, str]] = []
        self._laid_out: tuple[float, Table] | None = None

    def isIndexing(self) -> int:  # noqa: N802 - reportlab's name
        return 0  # (not an IndexingFlowable: nothing to gather during the layout)

    # wrap, split and drawOn as TableOfContents has them, on the table laid out here (which
    # TableOfContents would keep in its private ``_table``).
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._laid_out is None or self._laid_out[0] != availWidth:
            self._laid_out = (availWidth, self._table_of(availWidth))
        self.width, self.height = self._laid_out_table().wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = self._laid_out_table().splitOn(self.canv, availWidth, availHeight)
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        self._laid_out_table().drawOn(canvas, x, y, _sW)

    def _laid_out_table(self) -> Table:
        assert self._laid_out is not None, "the contents are drawn before they are laid out"
        return self._laid_out[1]

    def _table_of(self, width: float) -> Table:
        """The table TableOfContents builds (a row a entry, a spacer row before each entry
        whose style asks for space before), each entry ending in the callback that draws its
        dot leaders and page number."""
        rows: list[list[Flowable]] = []
        for index, (level, markup, key) in enumerate(self.entries):
            style = self.getLevelStyle(level)
            end = f'<onDraw name="{CONTENTS_CALLBACK}" label="{index},{width!r}"/>'
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Paragraph(f'<a href="#{key}">{markup}</a>{end}', style)])
        if not rows:  # (a table needs a row; a record always has marks)
            rows = [[Spacer(1, 0)]]
        return Table(rows, colWidths=(width,), style=self.tableStyle)

    def draw_number(self, canv: Any, index: int, width: float, page: int | None) -> None:
        """Dot leaders (from ``dotsMinLevel``) and the page number after entry ``index``,
        where the entry's text ends (``rl_adapter.text_ending_at``), as TableOfContents draws them;
        nothing for an entry whose heading was never laid out."""
        if page is None:
            return
        level, _markup, key = self.entries[index]
        dot = " . " if 0 <= self.dotsMinLevel <= level else ""
        drawPageNumbers(canv, self.getLevelStyle(level), [(page, key)], width, 0, dot)
