"""Right-to-left text as ``desktop.reports.script`` prepares it: joined, in drawing order.

``visual_order`` runs the steps of python-bidi's pure-Python implementation, which are not
its public API: these tests hold it to the public ``get_display`` (the library's other
implementation, on the Rust crate unicode-bidi), so that an upgrade that changes them fails
here first.
"""

from __future__ import annotations

import unicodedata

import pytest
from bidi import get_display

from desktop.reports import script

HEBREW = "ישראל מסכימה לטקסט בתנאי שהסעיף 12 יימחק"
ARABIC = "نحن نوافق على النص مع تحفظ على الفقرة 3 من مشروع القرار"

SAMPLES = [
    (HEBREW, False),
    (HEBREW, True),
    (ARABIC, True),
    (f"The delegation quoted: “{HEBREW}” and asked for 2 weeks.", False),
    (f"{HEBREW}, said France on 12 May 2026.", True),
    ("abc 123 def", True),
    ("Paragraph 4.1, 5% and 6.5 million: " + ARABIC, False),
    ("", False),
]


@pytest.mark.parametrize(("text", "rtl"), SAMPLES)
def test_the_drawing_order_is_the_algorithms(text: str, rtl: bool) -> None:
    expected = get_display(text, base_dir="R" if rtl else "L")
    assert script.visual(text, rtl) == expected
    indices = [index for index, _char in script.visual_order(text, rtl)]
    assert sorted(indices) == list(range(len(text)))  # every character drawn once


def test_a_bracket_in_right_to_left_text_is_drawn_mirrored() -> None:
    # Read right to left, the "(" typed before the word is on its right, and is drawn as ")"
    # so that it opens towards the word (rule L4); get_display leaves mirroring to the font.
    assert script.visual("שלום (עולם)", True) == "(םלוע) םולש"
    assert script.visual("a (b) c", False) == "a (b) c"


def test_a_paragraph_reads_the_way_its_first_strong_character_does() -> None:
    assert script.base_is_rtl(HEBREW)
    assert script.base_is_rtl("12 " + ARABIC + " abc")
    assert not script.base_is_rtl("Ally ALB: “" + ARABIC + "”")
    assert not script.base_is_rtl("12 34")  # no strong character: left to right
    assert not script.has_rtl("Zoë, Θεσσαλονίκη, Київ")


def test_arabic_is_joined_and_nothing_is_lost() -> None:
    shaped = script.shape("مَرْحَبًا لا")
    assert all(0xFB50 <= ord(c) <= 0xFEFF or unicodedata.combining(c) or c == " " for c in shaped)
    assert "\ufefb" in shaped  # lam-alef, the ligature Arabic requires
    assert "\u064e" in shaped  # the harakat stay
    for text in (ARABIC, "مَرْحَبًا بِكُمْ", "سلام دنیا، گفتگو", "لا إله"):
        assert unicodedata.normalize("NFKC", script.shape(text)) == text
    assert script.shape(HEBREW) == HEBREW  # Hebrew letters do not join
    assert script.shape("Zoë") == "Zoë"
