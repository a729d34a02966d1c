"""The page: geometry, chrome and document plumbing shared by the printed records.

- The classification marking at the top and bottom of EVERY page (portrait and landscape).
- A running head from page 2: the document's short title and reference.
- "Page X of Y": laid out in one pass; the total (and the contents' page numbers) are drawn
  in when the last page is closed (``later.Later``).
- A diagonal watermark (DRAFT) under the text of every page, when asked.
- A line under the last page's footer (the record's fingerprint).
- Headings carrying ``mark(...)`` become PDF bookmarks (outline) and contents entries.
- Metadata, /Lang, invariant output and a creation date fixed by the caller: the same record
  gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from desktop.reports import rl_adapter
from desktop.reports.fonts import BOLD, REGULAR
from desktop.reports.glyphs import draw_string
from desktop.reports.later import CONTENTS_CALLBACK, Contents, Later
from desktop.reports.para import Paragraph
from desktop.reports.styles import (
    ACCENT,
    BODY_LEADING,
    BODY_SIZE,
    HAIRLINE,
    INK,
    MUTED,
    WATERMARK,
)

PORTRAIT = "portrait"
LANDSCAPE = "landscape"

# Margins (points). The frame leaves room for two lines of chrome at the top and three at
# the bottom (page number, the last page's fingerprint, the marking).
_SIDE = {PORTRAIT: 22 * mm, LANDSCAPE: 16 * mm}
_TOP = 22 * mm
_BOTTOM = 28 * mm


def frame_width(orientation: str) -> float:
    width = A4[0] if orientation == PORTRAIT else landscape(A4)[0]
    return float(width - 2 * _SIDE[orientation])


TEXT_WIDTH = frame_width(PORTRAIT)


def frame_height(orientation: str) -> float:
    height = A4[1] if orientation == PORTRAIT else landscape(A4)[1]
    return float(height - _TOP - _BOTTOM)


@dataclass(frozen=True, slots=True)
class Chrome:
    """What is printed around the text of every page (plain text, not markup)."""

    marking: str
    running_title: str
    reference: str
    watermark: str | None
    page_label: Callable[[int, int], str]  # (page, total)
    last_page_note: str = ""


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str
    subject: str
    author: str
    keywords: str
    lang: str
    created: datetime


@dataclass(frozen=True, slots=True)
class Mark:
    """A heading's place in the outline and in the contents."""

    key: str
    title: str  # plain text, for the outline (where every mark is at the top level)
    contents: str  # markup, for the contents page
    level: int = 0  # the contents' style: 0 for sections, 1 for numbered items


def mark(heading: Paragraph, key: str, title: str, contents: str, level: int = 0) -> Paragraph:
    """Make ``heading`` a bookmark and a contents entry. Its text must contain
    ``<a name="{key}"/>`` so that links land on it."""
    heading._tdt_mark = Mark(key, title, contents, level)
    return heading


def marks_in(story: list[Any]) -> list[Mark]:
    """The marks of a story, in order (looking inside KeepTogether groups)."""
    found: list[Mark] = []
    for flowable in story:
        mark_ = getattr(flowable, "_tdt_mark", None)
        if mark_ is not None:
            found.append(mark_)
        found += marks_in(rl_adapter.flowables_inside(flowable))
    return found


class RecordDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait, with a landscape template for wide annexes."""

    def __init__(self, out: str | BinaryIO, chrome: Chrome, meta: Metadata) -> None:
        super().__init__(
            out,
            pagesize=A4,
            invariant=1,
            lang=meta.lang,
            title=meta.title,
            subject=meta.subject,
            author=meta.author,
            creator=meta.author,
            producer=meta.author,  # not reportlab's banner: the app is what made the file
            keywords=meta.keywords,
            leftMargin=_SIDE[PORTRAIT],
            rightMargin=_SIDE[PORTRAIT],
            topMargin=_TOP,
            bottomMargin=_BOTTOM,
            initialFontName=REGULAR,
            initialFontSize=BODY_SIZE,
            initialLeading=BODY_LEADING,
        )
        self.chrome = chrome
        self.meta = meta
        self.later = Later()
        self._contents: Contents | None = None
        self._mark_pages: dict[str, int] = {}  # a mark's key: the page its heading is on
        self.addPageTemplates([self._template(PORTRAIT), self._template(LANDSCAPE)])

    def _template(self, orientation: str) -> PageTemplate:
        size = A4 if orientation == PORTRAIT else landscape(A4)
        side = _SIDE[orientation]
        frame = Frame(
            side,
            _BOTTOM,
            size[0] - 2 * side,
            size[1] - _TOP - _BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=orientation,
        )
        return PageTemplate(
            id=orientation,
            frames=[frame],
            onPage=partial(self._chrome, size),
            onPageEnd=partial(self._watermark, size),
            pagesize=size,
        )

    def lay_out(self, story: list[Any]) -> None:
        """Lay ``story`` out, once, and save the document. The contents (if any) list the
        story's marks; their page numbers, like the page totals, are drawn in at the end."""
        for flowable in story:
            if isinstance(flowable, Contents):
                flowable.entries = [(m.level, m.contents, m.key) for m in marks_in(story)]
                self._contents = flowable
        self.build(story, canvasmaker=partial(_ClosingCanvas, self._close))

    # ------------------------------------------------------------------ hooks
    def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab's name
        super().handle_documentBegin()
        created = self.meta.created.astimezone(UTC)
        stamp = f"D:{created:%Y%m%d%H%M%S}+00'00'"
        self.canv.setDateFormatter(lambda *_ymdhms: stamp)
        self.canv.showOutline()
        self.canv.setNamedCB(CONTENTS_CALLBACK, self._contents_number)

    def _close(self, canv: Any) -> None:
        """The last page is closed and the document about to be saved: fill in what needed
        the page count."""
        self.later.fill(canv)

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
        found: Mark | None = getattr(flowable, "_tdt_mark", None)
        if found is None:
            return
        self.canv.addOutlineEntry(found.title, found.key, level=0)
        self._mark_pages.setdefault(found.key, self.page)

    def _total(self) -> int:
        """The page count; known once the last page is closed (when ``later`` fills in)."""
        return rl_adapter.page_count(self.canv)

    def _contents_number(self, canv: Any, _kind: str, label: str) -> None:
        """An entry of the contents is drawn: leave its dot leaders and page number for the
        end, at the point its text ends."""
        contents = self._contents
        assert contents is not None, "a contents entry outside the contents"
        index, width = label.split(",")
        where = rl_adapter.text_end(canv)
        key = contents.entries[int(index)][2]

        def draw(c: Any) -> None:
            with rl_adapter.text_ending_at(c, where):
                contents.draw_number(c, int(index), float(width), self._mark_pages.get(key))

        self.later.leave(canv, self.page, draw)

    # ------------------------------------------------------------------ chrome
    def _watermark(self, size: tuple[float, float], canv: Any, _doc: Any) -> None:
        """Over the text, translucent: under it, tinted table cells would hide it in patches.
        ``size``: the page's, from its template."""
        word = self.chrome.watermark
        if not word:
            return
        width, height = size
        canv.saveState()
        canv.setFillColor(WATERMARK)
        canv.setFillAlpha(0.16)
        canv.setFont(BOLD, 110)
        canv.translate(width / 2, height / 2)
        canv.rotate(45 if width < height else 30)
        canv.drawCentredString(0, -38, word)
        canv.restoreState()

    def _chrome(self, size: tuple[float, float], canv: Any, doc: Any) -> None:
        """The marking, running head, page number and last page's note; ``size``: the
        page's, from its template."""
        width, height = size
        side = _SIDE[PORTRAIT] if width < height else _SIDE[LANDSCAPE]
        chrome = self.chrome
        page = doc.page
        canv.saveState()
        # Top: the marking, then (from page 2) the running head and a hairline.
        canv.setFillColor(INK)
        canv.setFont(BOLD, 9.5)
        canv.drawCentredString(width / 2, height - 10 * mm, chrome.marking)
        if page > 1:
            canv.setFillColor(MUTED)
            draw_string(canv, side, height - 16 * mm, chrome.running_title, font=REGULAR, size=7.5)
            canv.setFillColor(ACCENT)
            draw_string(
                canv, width - side, height - 16 * mm, chrome.reference, font=BOLD, size=7.5,
                anchor="end",
            )  # fmt: skip
            canv.setStrokeColor(HAIRLINE)
            canv.setLineWidth(0.5)
            canv.line(side, height - 17.5 * mm, width - side, height - 17.5 * mm)
        # Bottom: hairline, page X of Y, the last page's note, the marking.
        canv.setStrokeColor(HAIRLINE)
        canv.setLineWidth(0.5)
        canv.line(side, 24 * mm, width - side, 24 * mm)
        canv.setFont(REGULAR, 8)
        canv.setFillColor(MUTED)

        def page_label(c: Any) -> None:
            c.drawCentredString(width / 2, 19.5 * mm, chrome.page_label(page, self._total()))

        def last_page_note(c: Any) -> None:
            if chrome.last_page_note and page == self._total():
                c.setFont(REGULAR, 6.5)
                c.drawCentredString(width / 2, 15.5 * mm, chrome.last_page_note)

        self.later.leave(canv, page, page_label)
        self.later.leave(canv, page, last_page_note)
        canv.setFillColor(INK)
        canv.setFont(BOLD, 9.5)
        canv.drawCentredString(width / 2, 9 * mm, chrome.marking)
        canv.restoreState()


class _ClosingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that calls ``close(canvas)`` when it is saved: platypus saves it once the
    last page is closed, so ``close`` may still change the closed pages."""

    def __init__(self, close: Callable[[Any], None], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._tdt_close = close

    def save(self) -> None:
        self._tdt_close(self)
        super().save()
