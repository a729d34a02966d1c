"""The text of a PDF page as it is drawn: each line's characters left to right.

pypdf's ``extract_text`` turns runs of right-to-left characters around, guessing at the
reading order; to check that the minutes draw each line in the right order, the test needs
what is drawn, before any guess: the strings each text operator shows, decoded through
their font's ToUnicode map, put together line by line (by height on the page) and, on a
line, from left to right.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from pypdf import PageObject

_PAIR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def _to_unicode(font: Any) -> dict[int, str]:
    """code: text, from a simple font's ToUnicode bfchar map (reportlab writes no ranges);
    nothing for a standard font (its codes are Latin-1)."""
    if "/ToUnicode" not in font:
        return {}
    data = font["/ToUnicode"].get_data().decode("latin-1")
    body = data.split("beginbfchar", 1)[1].split("endbfchar", 1)[0]
    pairs = _PAIR.findall(body)
    return {int(code, 16): bytes.fromhex(text).decode("utf-16-be") for code, text in pairs}


def _raw(value: Any) -> bytes:
    if isinstance(value, bytes):
        return bytes(value)
    original = getattr(value, "get_original_bytes", None)
    return original() if original is not None else str(value).encode("latin-1")


def drawn_lines(page: PageObject, *, nfkc: bool = True) -> list[str]:
    """The page's lines of text top to bottom, each left to right as drawn (NFKC: Arabic
    presentation forms as the letters they are)."""
    lines: dict[float, list[tuple[float, int, str]]] = {}
    for order, (y, x, text) in enumerate(drawn_pieces(page)):
        lines.setdefault(y, []).append((x, order, text))
    out = []
    for y in sorted(lines, reverse=True):
        text = "".join(t for _x, _o, t in sorted(lines[y]))
        out.append(unicodedata.normalize("NFKC", text) if nfkc else text)
    return out


def drawn_pieces(page: PageObject) -> list[tuple[float, float, str]]:
    """(height, x, text) of each string a text operator draws on the page, in the order
    drawn (x: where its text object was last placed)."""
    fonts = page["/Resources"]["/Font"]
    maps: dict[str, dict[int, str]] = {}
    state: dict[str, Any] = {"font": None}
    pieces: list[tuple[float, float, str]] = []

    def visit(operator: bytes, operands: list[Any], cm: list[float], tm: list[float]) -> None:
        if operator == b"Tf":
            name = str(operands[0])
            if name not in maps:
                maps[name] = _to_unicode(fonts[name].get_object())
            state["font"] = maps[name]
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            if operator == b"TJ":  # strings and the kerning between them
                strings = [s for s in operands[0] if not isinstance(s, int | float)]
            else:
                strings = operands[-1:]
            mapping = state["font"] or {}
            text = "".join(mapping.get(b, chr(b)) for s in strings for b in _raw(s))
            x = cm[4] + tm[4] * cm[0]
            y = cm[5] + tm[5] * cm[3]
            pieces.append((round(y, 1), x, text))

    page.extract_text(visitor_operand_before=visit)
    return pieces
