"""Reading a PDF the way a delegate does: its text, page by page, and its outline."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def flat(text: str) -> str:
    """Whitespace (line breaks, no-break spaces) collapsed to single spaces."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def whole(pdf: bytes) -> str:
    return flat("\n".join(pages(pdf)))


def chrome_free(pdf: bytes, chrome: set[str]) -> str:
    """The text without the lines of page chrome (markings, running head, page numbers), so
    that a paragraph broken across two pages reads as one."""
    page_label = re.compile(r"^Page \d+ (of|sur) \d+$")
    lines = [
        line
        for text in pages(pdf)
        for line in text.split("\n")
        if line.strip() not in chrome and not page_label.match(line.strip())
    ]
    return flat("\n".join(lines))


def sections(text: str, titles: list[str], after: str) -> dict[int, str]:
    """The flat text of each numbered item, cut at its heading ('12. Title'), looking only
    after ``after`` (the last entry of the contents)."""
    cuts = []
    start = text.index(after) + len(after)
    for number, title in enumerate(titles, start=1):
        heading = f"{number}. {flat(title)}"
        at = text.index(heading, start)
        cuts.append(at)
        start = at + len(heading)
    cuts.append(len(text))
    return {n: text[cuts[n - 1] : cuts[n]] for n in range(1, len(titles) + 1)}
