"""Every character drawn from a face that has it, and named where none has.

A run of text is drawn in its style's face (DejaVu Sans regular, bold or oblique); a
character that face lacks is drawn from the regular face (the oblique has no Arabic), then
from the fallback (``fonts.SYMBOLS``: emoji, rare symbols). A character no face has would
print as an empty box; the record prints its code instead, ``[U+E000]``, and the export
names it (``unprintable``). Invisible format characters no face has (isolate controls, the
Arabic letter mark) are left out: there is nothing to draw.

``para.Paragraph`` splits its runs with ``runs``; the page chrome is drawn by
``draw_string``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from desktop.reports import script
from desktop.reports.fonts import REGULAR, SYMBOLS, characters

Run = tuple[str, str | None]  # (text, face; None: no face has these characters)


def faces_for(font: str) -> tuple[str, ...]:
    """Where the characters of a run in ``font`` are looked for, in order."""
    return tuple(dict.fromkeys((font, REGULAR, SYMBOLS)))


def _face(code: int, faces: tuple[str, ...]) -> str | None:
    for face in faces:
        if code in characters(face):
            return face
    return None


def invisible(char: str) -> bool:
    """A format character (bidi controls, joiners, variation selectors…): nothing to draw."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


def runs(text: str, font: str) -> list[Run]:
    """``text`` (already shaped) as runs of one face each, in order; invisible characters no
    face has are left out. One run in ``font`` when it has every character."""
    if {ord(c) for c in set(text)} <= characters(font):
        return [(text, font)]
    faces = faces_for(font)
    out: list[Run] = []
    current: list[str] = []
    current_face: str | None = font
    for char in text:
        face = _face(ord(char), faces)
        if face is None and invisible(char):
            continue
        if face != current_face and current:
            out.append(("".join(current), current_face))
            current = []
        current_face = face
        current.append(char)
    if current:
        out.append(("".join(current), current_face))
    return out


def code(char: str) -> str:
    """'U+1F973'."""
    return f"U+{ord(char):04X}"


def placeholder(text: str) -> str:
    """What the record prints for characters no face has: their codes, '[U+E000]'."""
    return "".join(f"[{code(c)}]" for c in text)


def unknown(text: str) -> Iterator[str]:
    """The characters of ``text`` (as typed) that no face can draw, in order (repeats
    included)."""
    faces = faces_for(REGULAR)
    shaped = script.shape(text)
    if {ord(c) for c in set(shaped)} <= characters(REGULAR):
        return
    for char in shaped:
        if _face(ord(char), faces) is None and not invisible(char):
            yield char


# ---------------------------------------------------------------------- one line on the canvas
def draw_string(
    canv: Any, x: float, y: float, text: str, *, font: str, size: float, anchor: str = "start"
) -> None:
    """Draw one line of plain text at (x, y) as ``canv.drawString`` would (``anchor``
    "start"), or centred on x ("centre"), or ending at x ("end"); Arabic joined, in
    reading order, every character from a face that has it."""
    shaped = script.shape(text)
    pieces = runs(shaped, font)
    rtl = script.has_rtl(shaped)
    if not rtl and pieces == [(text, font)]:  # nothing to do: as reportlab draws it
        canv.setFont(font, size)
        {"start": canv.drawString, "centre": canv.drawCentredString, "end": canv.drawRightString}[
            anchor
        ](x, y, text)
        return
    drawn = _visual_runs(pieces, rtl)
    widths = [canv.stringWidth(t, face or font, size) for t, face in drawn]
    left = x - {"start": 0.0, "centre": sum(widths) / 2, "end": sum(widths)}[anchor]
    for (piece, face), width in zip(drawn, widths, strict=True):
        canv.setFont(face or font, size)
        canv.drawString(left, y, piece)
        left += width


def _visual_runs(pieces: list[Run], rtl: bool) -> list[tuple[str, str | None]]:
    """The runs of one line in drawing order (unknown characters as their codes)."""
    pieces = [(placeholder(t), None) if face is None else (t, face) for t, face in pieces]
    if not rtl:
        return pieces
    owner = [i for i, (piece, _face) in enumerate(pieces) for _char in piece]
    text = "".join(piece for piece, _face in pieces)
    base = script.base_is_rtl(text)
    out: list[tuple[str, str | None]] = []
    last = -1
    for index, char in script.visual_order(text, base):
        run = owner[index]
        if run == last:
            out[-1] = (out[-1][0] + char, out[-1][1])
        else:
            out.append((char, pieces[run][1]))
            last = run
    return out
