"""The paragraph every record is written in: platypus's, with every character printed, laid
out once per width, and split across pages without laying out the rest again.

- *Every character printed.* Once the markup is parsed, each run's Arabic letters are joined
  and the run is cut where its face lacks a character, the piece drawn from a face that has
  it (``glyphs.runs``: the regular face, then the fallback for emoji and symbols), or
  printed as its code when none has (``glyphs.placeholder``). The lines are broken on
  these runs, so the widths are those of what is drawn.
- *Read in order.* A paragraph holding right-to-left text is broken into lines in logical
  order, like any other, and each line is put in visual order only when it is drawn
  (``script.visual_order``): the bidirectional algorithm orders a paragraph line by line,
  after it is broken. A paragraph whose first strong character is right-to-left reads right
  to left, and its lines are set flush right where the style says flush left (the style's
  "start"); a numbered heading or contents entry keeps left to right.
- *Laid out once per width.* Platypus asks a paragraph for its size many times at the same
  width: a table measuring its rows (again for each page it is tried on), ``KeepTogether``
  measuring its group, the frame placing it, and a table drawing a cell that holds a list.
  Each time, reportlab breaks the lines again (about 40 % of the layout's time before this
  class). Here a paragraph keeps its last layout and gives it back while the width is the
  same (the layout depends on the width alone); a different width lays it out afresh.
- *Split without laying out the rest again.* A paragraph broken across pages is split into
  the lines that fit and the rest; reportlab makes the rest a new paragraph, which breaks
  its lines again from scratch when it is next measured: for a statement over many pages
  (inside a table row, each page measures what is left of it), that is the length of the
  statement times the number of its pages, a time that grows with the square of its
  length (a 400,000-character statement took over a minute). The rest keeps the lines
  already broken (``rl_adapter.carry_lines``), so each line is broken about once.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as _PlatypusParagraph

from desktop.reports import glyphs, rl_adapter, script
from desktop.reports.styles import MUTED


class Paragraph(_PlatypusParagraph):  # type: ignore[misc]
    frags: list[Any]  # (platypus's, set by its __init__, and by wrap and split)
    style: ParagraphStyle
    _laid_out_at: float | None = None
    _tdt_bidi = False  # holds right-to-left text: its lines are reordered when drawn
    _tdt_rtl = False  # reads right to left
    _tdt_first_frag = 0  # where its own fragments start in ``frags`` (shared, when carried)

    def __init__(  # noqa: PLR0917 - platypus's signature
        self,
        text: str | None,
        style: ParagraphStyle | None = None,
        bulletText: Any = None,  # noqa: N803 - reportlab's name
        frags: list[Any] | None = None,
        caseSensitive: int = 1,  # noqa: N803
        encoding: str = "utf8",
    ) -> None:
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        if frags is None:  # parsed from markup (a part of a split one has its parent's)
            self.frags = _printable(self.frags)
            plain = "".join(getattr(f, "text", "") for f in self.frags)
            if not plain.isascii():
                self._tdt_bidi = script.has_rtl(plain)
                self._tdt_rtl = self._tdt_bidi and not self.bulletText and script.base_is_rtl(plain)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._laid_out_at:
            return self.width, self.height
        if self._tdt_first_frag:  # a carried part, at another width: its own fragments
            rl_adapter.own_fragments(self, self._tdt_first_frag)
            self._tdt_first_frag = 0
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        # (a width too narrow for any text is answered without a layout: not kept)
        self._laid_out_at = availWidth if getattr(self, "width", None) == availWidth else None
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        """The parts of a paragraph broken across pages; a heading's bookmark goes with its
        first part, the rest keeps the lines already broken."""
        laid_out_at = self._laid_out_at
        kept = laid_out_at is not None and rl_adapter.has_line_layout(self)
        whole = rl_adapter.line_layout(self) if kept else None
        parts: list[Any] = super().split(availWidth, availHeight)
        if not rl_adapter.has_line_layout(self):  # refused (an orphan line): layout dropped,
            if whole is None:  # though it holds at the same width: kept, if there was one
                self._laid_out_at = None
            else:
                rl_adapter.set_line_layout(self, whole)
        found = getattr(self, "_tdt_mark", None)
        if parts and found is not None:
            parts[0]._tdt_mark = found
        for part in parts:
            part._tdt_bidi, part._tdt_rtl = self._tdt_bidi, self._tdt_rtl
        if len(parts) == 2 and whole is not None and laid_out_at is not None:
            first, rest = parts
            start = rl_adapter.carry_lines(self, whole, first, rest, laid_out_at)
            if start is not None:
                rest._laid_out_at, rest._tdt_first_frag = laid_out_at, start
        return parts

    def getPlainText(self, identify: Any = None) -> str:  # noqa: N802 - reportlab's name
        if not self._tdt_first_frag:
            text: str = super().getPlainText(identify)
            return text
        shared = self.frags
        rl_adapter.own_fragments(self, self._tdt_first_frag)
        try:
            text = super().getPlainText(identify)
        finally:
            self.frags = shared
        return text

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 - reportlab's name
        """Draw the lines in visual order (and flush right when reading right to left);
        the layout itself stays in logical order, for splitting and measuring."""
        if not self._tdt_bidi:
            super().drawPara(debug)
            return
        style = self.style
        logical = rl_adapter.line_layout(self)
        rl_adapter.set_line_layout(self, rl_adapter.visual_lines(logical, self._tdt_rtl))
        if self._tdt_rtl and style.alignment == TA_LEFT:
            self.style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        try:
            super().drawPara(debug)
        finally:
            rl_adapter.set_line_layout(self, logical)
            self.style = style


# A text in one style longer than this is laid out as two runs of that style: platypus
# splits a paragraph in one style by copying, word by word, all that is left of it (for
# each page it spans); one of several runs it splits by slicing a list, and the rest
# keeps its lines (``Paragraph.split``). The lines are the same.
_LONG = 4000


def _printable(frags: list[Any]) -> list[Any]:
    """The parsed runs with Arabic joined, each cut where its face lacks a character (and
    a long text in one style cut in two, see ``_LONG``)."""
    out: list[Any] = []
    for frag in frags:
        text = getattr(frag, "text", "")
        if not text or text.isascii() or hasattr(frag, "cbDefn"):  # (DejaVu has all ASCII)
            out.append(frag)
            continue
        shaped = script.shape(text)
        pieces = glyphs.runs(shaped, frag.fontName)
        if shaped == text and pieces == [(text, frag.fontName)]:
            out.append(frag)
            continue
        for piece, face in pieces:
            if face is None:
                out.append(frag.clone(text=glyphs.placeholder(piece), textColor=MUTED))
            else:
                out.append(frag.clone(text=piece, fontName=face))
    if len(out) == 1 and len(getattr(out[0], "text", "")) > _LONG:
        text = out[0].text
        out = [out[0].clone(text=text[:_LONG]), out[0].clone(text=text[_LONG:])]
    return out
