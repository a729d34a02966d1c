"""reportlab's internals, in one place.

The printed records draw with reportlab's public API, except for what it has no public
way to do: read where a paragraph's text ends (the contents' page numbers), note the canvas's
state and draw from it later (what ``later`` fills in once the page count is known), reach
the pages already closed (to put that drawing in), look inside a container flowable (the
headings a ``KeepTogether`` holds), reach a paragraph's lines (to draw them in reading order,
and to give the rest of a split paragraph the lines already broken), and write an emoji's
text the way a PDF reader expects it. Each function below names the private or undocumented
part of reportlab it uses and says why nothing public does the job; nothing else in the app
touches a private reportlab name (``tests/unit/reports/test_rl_adapter.py`` reads the
sources to keep it so).

reportlab is pinned to the minor release these were written against (pyproject.toml). Before
widening the pin: run ``tests/unit/reports/test_rl_adapter.py`` (it fails when a name used
here is gone) and the golden pages (``test_golden.py``), which fail when a page changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from desktop.reports import script


# ---------------------------------------------------------------------- the closed pages
def closed_pages(canv: Any) -> list[Any]:
    """The pages the canvas has closed so far, in order (reportlab's ``PDFPage`` objects).

    Private: ``canv._doc`` (the canvas's ``PDFDocument``) and its ``Pages.pages``. The canvas
    tells the number of the page being drawn (``getPageNumber``) and nothing about the pages
    it has closed; there is no public way to reach a closed page's content before the
    document is saved."""
    pages: list[Any] = canv._doc.Pages.pages
    return pages


def page_count(canv: Any) -> int:
    """How many pages are closed: the document's page count once the last one is (when the
    canvas is saved). Through ``closed_pages``, for the same reason."""
    return len(closed_pages(canv))


def page_content(canv: Any, index: int) -> str:
    """The content stream of closed page ``index`` (from 0), as text: the operators drawn,
    a line each, not yet compressed (that happens when the document is saved).

    Undocumented: ``PDFPage.stream``, which ``Canvas.showPage`` sets when it closes a page;
    reportlab offers no public reading of it."""
    content: str = closed_pages(canv)[index].stream
    return content


def set_page_content(canv: Any, index: int, content: str) -> None:
    """Replace the content stream of closed page ``index`` (see ``page_content``); call it
    before the canvas is saved, which is when the stream is compressed and written.

    Undocumented: ``PDFPage.stream`` again (``setStream``, which the canvas calls, is no more
    public than the attribute)."""
    closed_pages(canv)[index].stream = content


# ---------------------------------------------------------------------- where text ends
def text_end(canv: Any) -> tuple[float, float]:
    """Where the text of the paragraph being drawn has got to (x, y), inside an ``<onDraw>``
    callback (``canv.setNamedCB``).

    Private: ``canv._curr_tx_info``, which ``Paragraph`` sets only for the length of the
    callback. The callback is called with (canvas, kind, label) and not the position; this is
    how reportlab's own ``TableOfContents`` finds where to draw its dot leaders."""
    info = canv._curr_tx_info
    return info["cur_x"], info["cur_y"]


@contextmanager
def text_ending_at(canv: Any, where: tuple[float, float]) -> Iterator[None]:
    """Draw, inside the block, as if a paragraph's text had just ended at ``where`` (taken by
    ``text_end``, maybe on another page and before the page count was known).

    Private: ``canv._curr_tx_info`` again, set for the block and removed after, as
    ``Paragraph`` does. It is what ``tableofcontents.drawPageNumbers`` reads for its dot
    leaders and page number, and that function has no parameter for the position."""
    x, y = where
    canv._curr_tx_info = {"cur_x": x, "cur_y": y}
    try:
        yield
    finally:
        del canv._curr_tx_info


# ---------------------------------------------------------------------- drawing later
@dataclass(slots=True)
class CanvasState:
    """The canvas's graphics state at one point of a page, and that page's link annotations
    (the list itself, which the page keeps as its /Annots, and how many precede the point)."""

    attributes: dict[str, Any]
    annotations: list[Any]
    annotations_before: int


def canvas_state(canv: Any) -> CanvasState:
    """The canvas's state at this point of the page, to draw from later (``draw_aside``).

    Private: the attributes named by ``Canvas.STATE_ATTRIBUTES`` (``_x``, ``_fontname``,
    ``_fillColorObj``, … read from ``canv.__dict__``, as ``push_state_stack`` reads them),
    ``canv._extgstate`` (copied: its values change as drawing goes on) and
    ``canv._annotationrefs`` (the current page's link annotations). ``saveState`` writes a
    ``q`` operator into the page and keeps the state only until ``restoreState``: nothing
    public lets a state be noted here and drawn from after the page is closed."""
    attributes = {name: canv.__dict__[name] for name in canv.STATE_ATTRIBUTES}
    attributes["_extgstate"] = canv._extgstate.pushCopy()
    refs = canv._annotationrefs
    return CanvasState(attributes, refs, len(refs))


def draw_aside(canv: Any, state: CanvasState, draw: Callable[[Any], None]) -> tuple[str, list[Any]]:
    """What ``draw(canv)`` draws from ``state``: its content (operators, a line each) and the
    link annotations it adds, both taken back out of the canvas, which is left as it was.

    Private: ``canv._code`` (the operators of the page being drawn) and
    ``canv._annotationrefs`` (its annotations), to take out what ``draw`` added; the state
    attributes and ``canv._extgstate`` as in ``canvas_state``, put back for ``draw`` with
    ``push_state_stack``/``pop_state_stack`` (public names, undocumented) around it. The
    public API draws onto the current page only, in order; there is no drawing into a
    string."""
    code, refs = canv._code, canv._annotationrefs
    n_code, n_refs = len(code), len(refs)
    canv.push_state_stack()
    canv.__dict__.update(state.attributes)
    canv._extgstate = state.attributes["_extgstate"].pushCopy()
    try:
        draw(canv)
    finally:
        canv.pop_state_stack()
    drawn, added = code[n_code:], refs[n_refs:]
    del code[n_code:], refs[n_refs:]
    return "\n".join(drawn), added


def insert_annotations(state: CanvasState, refs: list[Any]) -> None:
    """Put link annotations drawn from ``state`` in their page's /Annots, where they would
    have been had they been drawn at that point (the list is ``canv._annotationrefs`` of
    that page, see ``canvas_state``)."""
    state.annotations[state.annotations_before : state.annotations_before] = refs


# ---------------------------------------------------------------------- flowables
def flowables_inside(flowable: Any) -> list[Any]:
    """The flowables a container holds (``KeepTogether``, ``KeepInFrame``, ``ListFlowable``),
    or none for any other flowable.

    Private: ``_content``, where those containers keep what they were given. None of them has
    a public accessor; a heading kept with what follows it is found there."""
    inside: list[Any] = getattr(flowable, "_content", [])
    return inside


def has_line_layout(paragraph: Any) -> bool:
    """Whether a paragraph still holds the line breaks of its last ``wrap``.

    Undocumented: ``Paragraph.blPara``, the broken lines ``wrap`` sets and ``split`` removes
    when it refuses to split (an orphan line); reportlab says neither in public."""
    return hasattr(paragraph, "blPara")


# ---------------------------------------------------------------------- a paragraph's lines
# A paragraph's line layout, as ``Paragraph.wrap`` leaves it in ``blPara``: a ``ParaLines``
# of ``kind`` 1, whose ``lines`` are ``FragLine``s (``words``: the runs of the line, each a
# fragment with ``text``, or a callback or anchor with ``cbDefn``, or a line break;
# ``sFW``: the index in the paragraph's fragments of the line's first one), or, for a
# paragraph in a single style, a fragment of ``kind`` 0 whose ``lines`` are
# (extraSpace, [words]) pairs. None of it has a leading underscore and none of it is
# documented; platypus's own ``Paragraph.split`` and ``drawPara`` read it.
def line_layout(paragraph: Any) -> Any:
    """The paragraph's line layout of its last ``wrap`` (see above). Undocumented:
    ``Paragraph.blPara``."""
    return paragraph.blPara


def set_line_layout(paragraph: Any, layout: Any) -> None:
    """Make ``layout`` the paragraph's line layout (what ``drawPara`` and ``split`` read).
    Undocumented: ``Paragraph.blPara`` again."""
    paragraph.blPara = layout


def carry_lines(paragraph: Any, whole: Any, first: Any, rest: Any, width: float) -> int | None:
    """Give ``rest``, the second part of ``paragraph`` split by ``Paragraph.split``, the lines
    ``whole`` (the paragraph's layout at ``width``) already has for it, and the size they
    take: the same lines ``rest.wrap(width, …)`` would break again (its fragments are those
    lines' own, its first line starts where the first part's last ended, with no indent and
    no bullet), so that it need not. Returns where ``rest``'s own fragments begin in its
    ``frags``, or None when nothing was carried: a paragraph in one style (``kind`` 0), or
    whose leading depends on its lines (``autoLeading``).

    Nothing is copied line by line: ``rest`` shares the paragraph's list of fragments and
    its lines, whose ``sFW`` count from the start of that list; ``rest.frags`` is that whole
    list, its own fragments from the index returned (``para.Paragraph`` keeps it, and lays
    those out afresh if it is ever asked for another width).

    Undocumented: ``blPara`` and its lines (see above), ``ParaLines``, ``frags`` (after a
    ``wrap``, the fragment words its lines' ``sFW`` index) and ``sFW``, which ``split``
    reads to cut ``frags``. Reportlab's ``split`` sets the first part's layout this way;
    nothing public sets the second's."""
    from reportlab.platypus.paragraph import ParaLines

    style = rest.style
    if whole.kind != 1:
        return None
    if getattr(rest, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off"):
        return None
    lines = whole.lines[len(first.blPara.lines) :]
    if not lines:
        return None
    rest.frags = paragraph.frags
    rest.blPara = ParaLines(kind=1, lines=lines)
    rest.width = width
    rest.height = len(lines) * style.leading
    start: int = lines[0].sFW
    return start


def own_fragments(paragraph: Any, start: int) -> None:
    """Give a paragraph that shares its fragments from ``start`` (``carry_lines``) a list
    of its own, before it is laid out afresh. Undocumented: ``frags`` (see above)."""
    paragraph.frags = paragraph.frags[start:]


def visual_lines(layout: Any, rtl: bool) -> Any:
    """A copy of a line layout with each line holding right-to-left text in the order it is
    drawn (``script.visual_order``: its runs cut and reordered, a callback or an anchor kept
    where the algorithm puts an inline object), the others as they were. ``rtl``: the
    paragraph's direction. Undocumented: the layout (see above)."""
    if layout.kind == 0:
        lines = []
        for extra, words in layout.lines:
            joined = " ".join(words)
            drawn = script.visual(joined, rtl).split(" ") if script.has_rtl(joined) else words
            lines.append((extra, drawn))
        return layout.clone(lines=lines)
    return layout.clone(lines=[_visual_line(line, rtl) for line in layout.lines])


def _visual_line(line: Any, rtl: bool) -> Any:
    words = line.words
    owners: list[int] = []  # the word each character of the line's text comes from
    text: list[str] = []
    empty = []  # line breaks: no width, drawn last
    for i, word in enumerate(words):
        if hasattr(word, "cbDefn"):
            owners.append(i)
            text.append(script.OBJECT)
        elif word.text:
            owners += [i] * len(word.text)
            text.append(word.text)
        else:
            empty.append(word)
    joined = "".join(text).rstrip(" ")  # a line's trailing space: nothing to draw
    if not script.has_rtl(joined):
        return line
    drawn: list[Any] = []
    last, chars = -1, list[str]()
    for index, char in [*script.visual_order(joined, rtl), (-1, "")]:
        owner = owners[index] if index >= 0 else -1
        if owner != last or hasattr(words[owner], "cbDefn"):
            if last >= 0:
                word = words[last]
                drawn.append(word if hasattr(word, "cbDefn") else word.clone(text="".join(chars)))
            last, chars = owner, []
        chars.append(char)
    return line.clone(words=drawn + empty)


# ---------------------------------------------------------------------- the text a reader copies
_ASTRAL = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")


def fix_astral_to_unicode() -> None:
    """Make the ToUnicode map of an embedded font say characters above U+FFFF right.

    A PDF maps each glyph drawn back to its text (what a reader copies, what a search or a
    screen reader finds) in UTF-16: an emoji such as U+1F44D is the surrogate pair
    <D83DDC4D>. reportlab 5.1 writes it as <1F44D>, which readers refuse, so the emoji of
    the fallback font would not be found in the text. This replaces reportlab's
    ``ttfonts.makeToUnicodeCMap`` (a public function, undocumented; ``TTFont.addObjects``
    calls it) with one that writes those as pairs and is otherwise the same, byte for byte.
    Idempotent."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "tdt_astral", False):
        return

    def pair(found: re.Match[str]) -> str:
        utf16 = chr(int(found.group(2), 16)).encode("utf-16-be").hex().upper()
        return f"<{found.group(1)}> <{utf16}>"

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        cmap: str = original(fontname, subset)
        return _ASTRAL.sub(pair, cmap) if any(v > 0xFFFF for v in subset) else cmap

    make_to_unicode_cmap.tdt_astral = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
