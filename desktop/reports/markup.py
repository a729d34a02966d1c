"""User text into Paragraph markup: escaped, so that it prints exactly as typed.

Everything a user typed (statements, titles, names, summaries, references) goes through
``text`` before it meets reportlab's mini-language: ``<b>``, ``&`` and ``<`` print literally and
never break an export. Newlines are kept as line breaks; control characters that no PDF can
show are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from xml.sax.saxutils import escape

from desktop.reports.wording import say

# reportlab breaks lines at U+202F (narrow no-break space) but not at U+00A0.
_NBSP = "\u00a0"
# C0/C1 controls except tab and newline, and lone surrogates (which no PDF string can encode).
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(value: str) -> str:
    """Plain text without what cannot be printed: for outlines and metadata (not markup)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = unicodedata.normalize("NFC", _UNPRINTABLE.sub("", value))
    return value.replace("\t", " ")


def text(value: str) -> str:
    """``value`` as Paragraph markup that prints as typed, line breaks included."""
    lines = clean(value).strip().split("\n")
    return "<br/>".join(escape(line) for line in lines)


def one_line(value: str) -> str:
    """``value`` as markup on one line (line breaks become spaces)."""
    return escape(" ".join(clean(value).split()))


def quoted(value: str, language: str) -> str:
    """A statement in quotation marks: “…” in English, « … » in French (escaped)."""
    body = text(value)
    if language == "fr":
        return f"«{_NBSP}{body}{_NBSP}»"
    return f"“{body}”"


def names(values: Sequence[str], language: str) -> str:
    """'Belgium, France and Germany' (already escaped values)."""
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} {say('and', language)} {values[-1]}"


def paragraphs_words(paragraphs: Sequence[str], language: str) -> str:
    """'paragraph 9' / 'paragraphs 3, 5' (escaped)."""
    joined = one_line(", ".join(paragraphs))
    return say("paragraph" if len(paragraphs) == 1 else "paragraphs", language, p=joined)
