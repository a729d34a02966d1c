"""The embedded type: DejaVu Sans, shipped in ``resources/fonts`` (Latin Extended, Greek,
Cyrillic, Hebrew and Arabic, so every European name prints as typed), and a fallback for
what DejaVu Sans lacks (emoji, rare symbols): a subset of Symbola, a monochrome outline font
(``LICENSE-Symbola.txt`` says what it is, where it comes from and why). Registered with
reportlab once.

Which face draws which character is ``desktop.reports.glyphs``'s business; this module only
registers the faces and tells which characters each one has.
"""

from __future__ import annotations

import io
from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.reports import rl_adapter

REGULAR = "TdtSans"
BOLD = "TdtSans-Bold"
ITALIC = "TdtSans-Oblique"
SYMBOLS = "TdtSymbols"  # the fallback: emoji and symbols DejaVu Sans does not have

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    SYMBOLS: "Symbola-subset.ttf",
}


def resource_bytes(*parts: str) -> bytes:
    """The bytes of a file under ``resources/``, from the source tree or a frozen bundle.

    (The binary twin of ``desktop.reference.resource_text``; reports may not import that
    module, so the lookup is by package name.)"""
    node = resources.files("resources").joinpath(*parts)
    return node.read_bytes()


@cache
def register_fonts() -> str:
    """Register the family and the fallback (idempotent); return the name of the regular
    face."""
    rl_adapter.fix_astral_to_unicode()  # an emoji's text, as a reader copies it
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(resource_bytes("fonts", filename))))
    # <b> and <i> in paragraphs map to these faces; there is no bold oblique: bold stands in.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
    )
    # The fallback has one face: a symbol inside <b> or <i> is drawn from it as it is.
    pdfmetrics.registerFontFamily(
        SYMBOLS, normal=SYMBOLS, bold=SYMBOLS, italic=SYMBOLS, boldItalic=SYMBOLS
    )
    return REGULAR


@cache
def characters(name: str) -> frozenset[int]:
    """The code points the registered face ``name`` has a glyph for (its cmap)."""
    register_fonts()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)
