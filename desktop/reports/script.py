"""Right-to-left writing: Arabic letters joined, every line in the order it is read.

A statement in Arabic or Hebrew is stored as typed, in logical order (the first letter read
first). A PDF draws glyphs left to right: the record has to join the Arabic letters itself
(each letter has up to four forms, by its neighbours) and put each line in visual order, as
the Unicode bidirectional algorithm says, which also keeps numbers and Latin words inside a
right-to-left sentence left to right, and a quotation in Arabic inside an English sentence
where it belongs.

Why it is done this way, and with these two libraries:

- reportlab 5.1 has bidi and shaping of its own, and neither fits the record. Its bidi needs
  ``rlbidi``, which is not on PyPI (only on ReportLab's own index), and even with it a
  ``Paragraph`` applies bidi only to a paragraph in a single style: the path its line
  breaking takes for a paragraph with markup has bidi switched off (``bidiSort = False``),
  and every statement of the record has markup (the delegation in bold, then the quotation).
  Its shaping (``ParagraphStyle.shaping``, through uharfbuzz, a 2 MB wheel) shapes a word at
  a time into private classes that carry the glyph positions (``ShapedStr.__shapeData__``),
  which reordering a line would have to keep intact, and a glyph without a code point of its
  own is given a private-use one, so the text a reader copies out of the PDF is no longer
  the words.
- arabic-reshaper (pure Python, 20 KB) turns the letters into their joined forms, the Arabic
  presentation forms of Unicode, which DejaVu Sans has, still in logical order and before
  the paragraph is broken into lines: the widths measured to break the lines are those of
  the letters drawn, and the text stays real characters (NFKC gives the letters typed back).
  Harakat are kept (the library's default drops them: no character may be lost).
- python-bidi gives the bidirectional algorithm. Its public API turns a string into a
  string; a line of the record is a sequence of runs in several fonts and styles, so what is
  needed is where each *character* goes, with its run. ``visual_order`` runs the steps of the
  library's pure-Python implementation (``bidi.algorithm``; the pin in pyproject.toml keeps
  them; ``tests/unit/reports/test_script.py`` checks them against the public ``get_display``)
  on one line at a time, after the paragraph is broken: the algorithm reorders each line of
  a paragraph on its own (rules L1–L2), so a quotation that wraps reads on, line after
  line, instead of starting at the bottom.

``para.Paragraph`` applies this to every paragraph that holds right-to-left text; the page
chrome (``glyphs.draw_string``) to the running head.
"""

from __future__ import annotations

import re
from functools import cache

import arabic_reshaper
from bidi import algorithm, get_base_level

# Every character of bidi class R or AL (and the marks that start right-to-left text) lies in
# these ranges: a quick test that lets left-to-right text skip the algorithm altogether.
_RTL = re.compile(
    "[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefe"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# The letters arabic-reshaper joins (Arabic, its supplements and extensions).
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff]")
OBJECT = "\ufffc"  # stands for an inline object (a callback, an anchor) in a line


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds right-to-left characters (Hebrew, Arabic, …)."""
    return _RTL.search(text) is not None


def base_is_rtl(text: str) -> bool:
    """Whether a paragraph of ``text`` reads right to left: its first strong character is
    (rules P2–P3 of the algorithm; a paragraph without one reads left to right)."""
    return has_rtl(text) and get_base_level(text) == 1


@cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    return arabic_reshaper.ArabicReshaper(
        configuration={
            "delete_harakat": False,  # marks are characters too: none is lost
            "shift_harakat_position": False,  # reversed, each mark lands before its letter
            "delete_tatweel": False,
            "support_ligatures": True,
            # Only the ligatures Arabic requires (lam-alef), not the decorative ones.
            "ARABIC LIGATURE ALLAH": False,
        }
    )


def shape(text: str) -> str:
    """``text`` with its Arabic letters in their joined forms, still in logical order."""
    if _ARABIC.search(text) is None:
        return text
    shaped: str = _reshaper().reshape(text)
    return shaped


def visual_order(text: str, rtl: bool) -> list[tuple[int, str]]:
    """The characters of one line of a paragraph in the order they are drawn, left to right:
    (index in ``text``, character drawn), a mirrored bracket drawn as its mirror image.
    ``rtl``: the paragraph's direction (``base_is_rtl`` of the whole paragraph, not of the
    line). Explicit embedding controls and zero-width format characters are left out, as
    the algorithm removes them (rule X9).

    Rules X1–X10, W1–W7, N1–N2, I1–I2, L1, L2 and L4 by ``bidi.algorithm``. Rule L3 is left
    out on purpose: reversed, a right-to-left letter's combining marks come before it, and
    that is where DejaVu Sans draws them from (its Arabic and Hebrew marks have no width and
    lie to the right of where they are drawn, over the letter drawn next)."""
    storage = algorithm.get_empty_storage()
    storage["base_level"] = int(rtl)
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["tdt_index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    return [(char["tdt_index"], char["ch"]) for char in storage["chars"]]


def visual(text: str, rtl: bool) -> str:
    """One line of plain text in the order it is drawn (``visual_order``'s characters)."""
    return "".join(char for _index, char in visual_order(text, rtl))
