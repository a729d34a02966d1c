"""reportlab's internals, in one place.

The printed records draw with reportlab's public API, except for four things it has no public
way to do: read where a paragraph's text ends (the contents' page numbers), note the canvas's
state and draw from it later (what ``later`` fills in once the page count is known), reach
the pages already closed (to put that drawing in), and look inside a container flowable (the
headings a ``KeepTogether`` holds). Each function below names the private part of reportlab
it uses and says why nothing public does the job; nothing else in the app touches a private
reportlab name (``tests/unit/reports/test_rl_adapter.py`` reads the sources to keep it so).

reportlab is pinned to the minor release these were written against (pyproject.toml). Before
widening the pin: run ``tests/unit/reports/test_rl_adapter.py`` (it fails when a name used
here is gone) and the golden pages (``test_golden.py``), which fail when a page changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


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
