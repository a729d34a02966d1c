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
    state: dict[str, Any]  # the canvas's graphics state where the placeholder is
    annotations: list[Any]  # the page's link annotations, and how many preceded this point
    annotations_before: int
    draw: Draw


class Later:
    """Placeholders left in pages, filled in by ``fill`` once the page count is known."""

    def __init__(self) -> None:
        self._pending: list[_Pending] = []

    def leave(self, canv: Any, page: int, draw: Draw) -> None:
        """Leave a placeholder at this point of ``page``'s content, for what ``draw(canv)``
        will draw there (from the canvas's current state) when ``fill`` is called."""
        token = f"{_PLACEHOLDER}{len(self._pending)}"
        state = {name: canv.__dict__[name] for name in canv.STATE_ATTRIBUTES}
        state["_extgstate"] = canv._extgstate.pushCopy()  # its values change as drawing goes on
        refs = canv._annotationrefs  # the list the page keeps as its /Annots
        self._pending.append(_Pending(token, page, state, refs, len(refs), draw))
        canv._code.append(token)

    def fill(self, canv: Any) -> None:
        """Replace every placeholder by what its ``draw`` gives; call it after the last page
        is closed and before the canvas is saved."""
        drawn: dict[int, dict[str, str]] = {}  # page (from 0): placeholder: its content
        # Last first: inserting a link annotation then never moves where an earlier one goes.
        for pending in reversed(self._pending):
            code, refs = _capture(canv, pending)
            drawn.setdefault(pending.page - 1, {})[pending.token] = code
            pending.annotations[pending.annotations_before : pending.annotations_before] = refs
        pages = canv._doc.Pages.pages
        for index, codes in drawn.items():
            page = pages[index]

            def content(found: re.Match[str], codes: dict[str, str] = codes) -> str:
                code = codes.pop(found.group(1))
                return f"{code}\n" if code else ""  # nothing drawn: the line goes

            page.stream = _PLACEHOLDER_LINE.sub(content, page.stream)
            assert not codes, f"placeholders missing from page {index + 1}: {sorted(codes)}"
        self._pending.clear()


def _capture(canv: Any, pending: _Pending) -> tuple[str, list[Any]]:
    """The content and link annotations ``pending.draw`` adds to the canvas, taken back out
    of it (the canvas is left as it was)."""
    code, refs = canv._code, canv._annotationrefs
    n_code, n_refs = len(code), len(refs)
    canv.push_state_stack()
    canv.__dict__.update(pending.state)
    canv._extgstate = pending.state["_extgstate"].pushCopy()
    try:
        pending.draw(canv)
    finally:
        canv.pop_state_stack()
    drawn, added = code[n_code:], refs[n_refs:]
    del code[n_code:], refs[n_refs:]
    return "\n".join(drawn), added


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

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._laid_out is None or self._laid_out[0] != availWidth:
            self._laid_out = (availWidth, self._table_of(availWidth))
        self._table = self._laid_out[1]
        self.width, self.height = self._table.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height

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
        where the entry's text ends (``canv._curr_tx_info``), as TableOfContents draws them;
        nothing for an entry whose heading was never laid out."""
        if page is None:
            return
        level, _markup, key = self.entries[index]
        dot = " . " if 0 <= self.dotsMinLevel <= level else ""
        drawPageNumbers(canv, self.getLevelStyle(level), [(page, key)], width, 0, dot)
