"""The page: geometry, chrome and document plumbing shared by the printed records.

- The classification marking at the top and bottom of EVERY page (portrait and landscape).
- A running head from page 2: the document's short title and reference.
- "Page X of Y": the total comes from the previous pass of ``multiBuild``; a ``PageTotal``
  indexing flowable asks for another pass until the count is stable.
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
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
from reportlab.platypus.tableofcontents import IndexingFlowable, TableOfContents

from desktop.reports.fonts import BOLD, REGULAR
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
    page_label: Callable[[int, int | None], str]
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
        found += marks_in(getattr(flowable, "_content", []))
    return found


def seed_contents(toc: TableOfContents, story: list[Any]) -> None:
    """Give the contents its entries before the first pass (page numbers still unknown), so
    that pass 1 lays it out at its final length: the record then settles in two passes
    instead of three."""
    toc.addEntries([(m.level, m.contents, 0, m.key) for m in marks_in(story)])


class PageTotal(IndexingFlowable):  # type: ignore[misc]
    """Takes no room; keeps ``multiBuild`` going until the page count is stable."""

    def __init__(self) -> None:
        super().__init__()
        self.total: int | None = None  # from the last complete pass
        self._counted: int | None = None
        self._doc: Any = None

    def attach(self, doc: Any) -> None:
        self._doc = doc

    def beforeBuild(self) -> None:  # noqa: N802 - reportlab's name
        self.total = self._counted

    def afterBuild(self) -> None:  # noqa: N802 - reportlab's name
        self._counted = self._doc.page

    def isSatisfied(self) -> bool:  # noqa: N802 - reportlab's name
        return self.total is not None and self.total == self._counted

    def wrap(self, _w: float, _h: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        pass


class RecordDoc(BaseDocTemplate):  # type: ignore[misc]
    """A4 portrait, with a landscape template for wide annexes."""

    def __init__(
        self, out: str | BinaryIO, chrome: Chrome, meta: Metadata, page_total: PageTotal
    ) -> None:
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
        self.page_total = page_total
        page_total.attach(self)
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
            onPage=self._chrome,
            onPageEnd=self._watermark,
            pagesize=size,
        )

    # ------------------------------------------------------------------ hooks
    def handle_documentBegin(self) -> None:  # noqa: N802 - reportlab's name
        super().handle_documentBegin()
        created = self.meta.created.astimezone(UTC)
        stamp = f"D:{created:%Y%m%d%H%M%S}+00'00'"
        self.canv.setDateFormatter(lambda *_ymdhms: stamp)
        self.canv.showOutline()

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
        found: Mark | None = getattr(flowable, "_tdt_mark", None)
        if found is None:
            return
        self.canv.addOutlineEntry(found.title, found.key, level=0)
        self.notify("TOCEntry", (found.level, found.contents, self.page, found.key))

    # ------------------------------------------------------------------ chrome
    def _watermark(self, canv: Any, _doc: Any) -> None:
        """Over the text, translucent: under it, tinted table cells would hide it in patches."""
        word = self.chrome.watermark
        if not word:
            return
        width, height = canv._pagesize
        canv.saveState()
        canv.setFillColor(WATERMARK)
        canv.setFillAlpha(0.16)
        canv.setFont(BOLD, 110)
        canv.translate(width / 2, height / 2)
        canv.rotate(45 if width < height else 30)
        canv.drawCentredString(0, -38, word)
        canv.restoreState()

    def _chrome(self, canv: Any, doc: Any) -> None:
        width, height = canv._pagesize
        side = _SIDE[PORTRAIT] if width < height else _SIDE[LANDSCAPE]
        chrome = self.chrome
        page = doc.page
        total = self.page_total.total
        canv.saveState()
        # Top: the marking, then (from page 2) the running head and a hairline.
        canv.setFillColor(INK)
        canv.setFont(BOLD, 9.5)
        canv.drawCentredString(width / 2, height - 10 * mm, chrome.marking)
        if page > 1:
            canv.setFont(REGULAR, 7.5)
            canv.setFillColor(MUTED)
            canv.drawString(side, height - 16 * mm, chrome.running_title)
            canv.setFont(BOLD, 7.5)
            canv.setFillColor(ACCENT)
            canv.drawRightString(width - side, height - 16 * mm, chrome.reference)
            canv.setStrokeColor(HAIRLINE)
            canv.setLineWidth(0.5)
            canv.line(side, height - 17.5 * mm, width - side, height - 17.5 * mm)
        # Bottom: hairline, page X of Y, the last page's note, the marking.
        canv.setStrokeColor(HAIRLINE)
        canv.setLineWidth(0.5)
        canv.line(side, 24 * mm, width - side, 24 * mm)
        canv.setFont(REGULAR, 8)
        canv.setFillColor(MUTED)
        canv.drawCentredString(width / 2, 19.5 * mm, chrome.page_label(page, total))
        if chrome.last_page_note and total is not None and page == total:
            canv.setFont(REGULAR, 6.5)
            canv.drawCentredString(width / 2, 15.5 * mm, chrome.last_page_note)
        canv.setFillColor(INK)
        canv.setFont(BOLD, 9.5)
        canv.drawCentredString(width / 2, 9 * mm, chrome.marking)
        canv.restoreState()
