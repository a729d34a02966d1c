"""The embedded type: DejaVu Sans, shipped in ``resources/fonts`` (Latin Extended, Greek and
Cyrillic, so every European name prints as typed). Registered with reportlab once."""

from __future__ import annotations

import io
from functools import cache
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "TdtSans"
BOLD = "TdtSans-Bold"
ITALIC = "TdtSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


def resource_bytes(*parts: str) -> bytes:
    """The bytes of a file under ``resources/``, from the source tree or a frozen bundle.

    (The binary twin of ``desktop.reference.resource_text``; reports may not import that
    module, so the lookup is by package name.)"""
    node = resources.files("resources").joinpath(*parts)
    return node.read_bytes()


@cache
def register_fonts() -> str:
    """Register the family (idempotent) and return the name of its regular face."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(resource_bytes("fonts", filename))))
    # <b> and <i> in paragraphs map to these faces; there is no bold oblique: bold stands in.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD
    )
    return REGULAR
