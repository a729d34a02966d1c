"""Minutes that scale: the layout's work grows with the length of a statement and with the
number of items, not with their square; a one-item record has no contents page.

Counted, not timed: the lines reportlab breaks (``Paragraph.breakLines``, the bulk of the
layout's work). Before the rest of a split paragraph kept its lines
(``para.Paragraph.split``), every page of a long statement broke all that was left of it
again: four times the text broke about fifteen times the lines. ``bench/minutes_scale.py``
has the times.
"""

from __future__ import annotations

import io
import random
from dataclasses import replace

import pytest
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus import paragraph as platypus_paragraph

from desktop.domain.minutes import Minutes
from desktop.domain.positions import Position
from desktop.reports.fonts import register_fonts
from desktop.reports.minutes import render
from desktop.reports.para import Paragraph
from desktop.reports.styles import styles
from tests.unit.reports import plain
from tests.unit.reports.pdf import chrome_free, pages, whole

SENTENCE = "the Council notes and agrees with paragraph reservation consensus text"
WORDS = SENTENCE.split()


def statement(length: int) -> str:
    rng = random.Random(length)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:length]


def with_statement(length: int) -> Minutes:
    item = plain.item(1, {"ALB": Position.OBJECTION, "BEL": Position.AGREE})
    first, other = item.positions
    said = replace(first, path=(replace(first.current, text=statement(length)),))
    return plain.minutes((replace(item, positions=(said, other)),))


def with_items(count: int) -> Minutes:
    positions = list(Position)
    items = tuple(
        plain.item(n, {c: positions[(n + i) % 9] for i, c in enumerate(plain.CODES)}, "Noted.")
        for n in range(1, count + 1)
    )
    return plain.minutes(items)


def lines_broken(monkeypatch: pytest.MonkeyPatch, data: Minutes) -> int:
    """How many lines reportlab breaks laying ``data`` out (English)."""
    broken = [0]
    original = platypus_paragraph.Paragraph.breakLines

    def counting(self: platypus_paragraph.Paragraph, width: object) -> object:
        layout = original(self, width)
        broken[0] += len(layout.lines)
        return layout

    with monkeypatch.context() as patch:
        patch.setattr(platypus_paragraph.Paragraph, "breakLines", counting)
        render(data, "en")
    return broken[0]


def test_a_statement_four_times_as_long_takes_four_times_the_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short = lines_broken(monkeypatch, with_statement(20_000))  # 5 pages of statement
    long = lines_broken(monkeypatch, with_statement(80_000))  # 20 pages
    assert long <= 4.4 * short, (short, long)


def test_four_times_the_items_take_four_times_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    few = lines_broken(monkeypatch, with_items(40))
    many = lines_broken(monkeypatch, with_items(160))
    assert many <= 4.4 * few, (few, many)


def test_a_one_item_record_has_no_contents_page() -> None:
    one = plain.minutes((plain.item(1, {"ALB": Position.AGREE}),))
    english = whole(render(one, "en"))
    assert "Contents" not in english
    assert "1. Item 1" in english
    assert "Table des matières" not in whole(render(one, "fr"))
    two = plain.minutes((plain.item(1, {"ALB": Position.AGREE}), plain.item(2, {})))
    assert "Contents" in whole(render(two, "en"))


def test_a_long_statement_prints_whole_across_pages() -> None:
    text = statement(30_000)
    pdf = render(with_statement(len(text)), "en")
    assert len(pages(pdf)) > 5
    chrome = {"NATO RESTRICTED", "North Atlantic Council — Summary record", "C-R(2025)0001"}
    assert f"Ally ALB: “{text}”" in chrome_free(pdf, chrome)


def test_a_long_text_in_one_style_prints_whole_across_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A text in one style is laid out as runs of that style (``para._LONG``), so that its
    rest keeps its lines too: the same lines, the same words."""
    register_fonts()
    text = statement(60_000)
    buffer = io.BytesIO()
    with monkeypatch.context() as patch:
        broken = [0]
        original = platypus_paragraph.Paragraph.breakLines

        def counting(self: platypus_paragraph.Paragraph, width: object) -> object:
            layout = original(self, width)
            broken[0] += len(layout.lines)
            return layout

        patch.setattr(platypus_paragraph.Paragraph, "breakLines", counting)
        SimpleDocTemplate(buffer).build([Paragraph(text, styles().body)])
    document = pages(buffer.getvalue())
    assert len(document) > 10
    assert " ".join(" ".join(document).split()) == text
    lines = sum(len(page.split("\n")) for page in document)
    assert broken[0] <= 2.5 * lines  # each line broken about twice: whole, then its page
