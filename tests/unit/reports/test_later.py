"""What is drawn in once the whole record is laid out (desktop/reports/later.py): "Page n of
N", the last page's fingerprint, and the contents' page numbers, read back with pypdf."""

from __future__ import annotations

import re

import pytest
from pypdf.generic import Destination
from reportlab.lib.styles import ParagraphStyle

from desktop.domain.minutes import Minutes
from desktop.domain.positions import Position
from desktop.reports.minutes import fingerprint_words, render
from desktop.reports.page import mark, marks_in
from desktop.reports.para import Paragraph
from tests.unit.reports import plain
from tests.unit.reports.pdf import flat, pages, reader

STATEMENT = "Our delegation can join consensus on the understanding set out in paragraph 4. " * 3


@pytest.fixture(scope="module")
def long_record() -> Minutes:
    """Sixty items, every other delegation with a statement: a few dozen pages, contents on
    more than one page."""
    positions = [Position.AGREE, Position.RESERVATION, Position.AGREE_WITH_STATEMENT]
    items = tuple(
        plain.item(n, {c: positions[(n + i) % 3] for i, c in enumerate(plain.CODES)}, STATEMENT)
        for n in range(1, 61)
    )
    return plain.minutes(items, plain.attendees(16))


@pytest.fixture(scope="module")
def long_en(long_record: Minutes) -> bytes:
    return render(long_record, "en")


def heading_pages(pdf: bytes) -> dict[str, int]:
    """Each bookmark's title and the page (from 1) its heading is on."""
    document = reader(pdf)
    found = {}
    for entry in document.outline:
        assert isinstance(entry, Destination)
        page = document.get_destination_page_number(entry)
        assert page is not None
        found[str(entry.title)] = page + 1
    return found


@pytest.mark.parametrize(("language", "word"), [("en", "of"), ("fr", "sur")])
def test_every_page_says_page_n_of_the_final_count(
    long_record: Minutes, long_en: bytes, language: str, word: str
) -> None:
    texts = pages(long_en if language == "en" else render(long_record, language))
    total = len(texts)
    assert total >= 12
    for number, text in enumerate(texts, start=1):
        labels = re.findall(rf"Page \d+ {word} \d+", text)
        assert labels == [f"Page {number} {word} {total}"], f"page {number}"


def test_the_fingerprint_is_on_the_last_page_alone(long_record: Minutes, long_en: bytes) -> None:
    texts = pages(long_en)
    words = fingerprint_words(long_record)
    assert words in texts[-1]
    assert [n for n, text in enumerate(texts, start=1) if words in text] == [len(texts)]


def test_the_contents_give_the_page_each_heading_is_on(
    long_record: Minutes, long_en: bytes
) -> None:
    heading_page = heading_pages(long_en)
    texts = [flat(text) for text in pages(long_en)]
    first_item = heading_page["1. Item 1"]  # where the contents end
    assert "Contents" in texts[1] and re.search(r"60\.[ .]*\d+ Item 60", texts[first_item - 1])
    contents = " ".join(texts[1:first_item])
    attendance = re.search(r"Contents (\d+) Attendance", contents)  # no dot leaders at level 0
    assert attendance is not None and int(attendance.group(1)) == heading_page["Attendance"]
    listed = {}
    for item in long_record.items:
        found = re.search(rf"(?<![\d.]){item.number}\.[ .]*(\d+) Item {item.number}\b", contents)
        assert found is not None, f"item {item.number} is not in the contents"
        listed[f"{item.number}. Item {item.number}"] = int(found.group(1))
    assert listed == {title: page for title, page in heading_page.items() if title in listed}
    assert len(set(listed.values())) > 20  # spread over many pages, two-digit numbers among them


def test_a_paragraph_laid_out_again_at_another_width_is_laid_out_afresh() -> None:
    style = ParagraphStyle("t", fontSize=10, leading=12)
    words = "a delegation reserved its position on the third paragraph " * 4
    para = Paragraph(words, style)
    wide = para.wrap(400, 1000)
    narrow = para.wrap(100, 1000)
    assert narrow[1] > wide[1]
    assert para.wrap(400, 1000) == wide == Paragraph(words, style).wrap(400, 1000)
    assert para.wrap(100, 1000) == narrow


def test_a_heading_broken_across_pages_keeps_its_bookmark_on_its_first_part() -> None:
    style = ParagraphStyle("t", fontSize=10, leading=12)
    heading = mark(Paragraph("A very long heading " * 30, style), "key", "Title", "Title")
    heading.wrap(200, 1000)
    first, rest = heading.split(200, 30)
    assert [m.key for m in marks_in([first, rest])] == ["key"]
