"""No character lost: statements in Arabic and Hebrew drawn in reading order with the Arabic
letters joined, English quoting them, emoji drawn from the fallback font, and a character
no font has printed as its code and named in the export's warnings.

The order is checked on what the PDF draws (``drawn``: each line left to right, as a
reader's eye goes over the page), against lines written out by hand; pypdf's own
``extract_text`` guesses at a reading order for right-to-left text and would hide a
mistake.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate

from desktop.domain.minutes import Minutes
from desktop.domain.positions import Position
from desktop.reports.fonts import register_fonts
from desktop.reports.minutes import build_minutes, render
from desktop.reports.para import Paragraph
from desktop.reports.styles import styles
from desktop.services import Workspace
from desktop.services.minutes import export_minutes_noted
from tests.unit.reports import plain
from tests.unit.reports.drawn import drawn_lines, drawn_pieces
from tests.unit.reports.pdf import reader, whole

HEBREW = "ישראל מסכימה לטקסט בתנאי שהסעיף 12 יימחק"
# Drawn left to right: the last word first, each word's letters turned round, 12 as it is.
HEBREW_DRAWN = "קחמיי 12 ףיעסהש יאנתב טסקטל המיכסמ לארשי"
CLAUSE, CLAUSE_DRAWN = "בתנאי שהסעיף 12 יימחק", "קחמיי 12 ףיעסהש יאנתב"
ARABIC = "نحن نوافق على النص مع تحفظ على الفقرة 3 من مشروع القرار"
ARABIC_DRAWN = "رارقلا عورشم نم 3 ةرقفلا ىلع ظفحت عم صنلا ىلع قفاون نحن"
# Fifty different Hebrew words (numbers with a letter), long enough to wrap in a cell.
NUMBERS = "אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה עשרה"
WORDS = [f"{word}{letter}" for letter in "אבגדה" for word in NUMBERS.split()]


def saying(**statements: tuple[Position, str]) -> Minutes:
    """A two-item record where each delegation named said its text on item 1."""
    item = plain.item(1, {code: position for code, (position, _text) in statements.items()})
    records = tuple(
        replace(r, path=(replace(r.current, text=statements[r.delegation][1]),))
        for r in item.positions
    )
    return plain.minutes((replace(item, positions=records), plain.item(2, {})))


def fonts_of(pdf: bytes) -> set[str]:
    """The fonts embedded in the pages, without their subset tags."""
    return {
        str(font["/BaseFont"]).split("+")[-1]
        for page in reader(pdf).pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index, union-attr]
    }


def lines_of(pdf: bytes, *, nfkc: bool = True) -> list[str]:
    return [line for page in reader(pdf).pages for line in drawn_lines(page, nfkc=nfkc)]


def test_arabic_and_hebrew_statements_are_drawn_in_reading_order() -> None:
    data = saying(
        ALB=(Position.RESERVATION, ARABIC),
        BEL=(Position.FOOTNOTE, HEBREW),
        BGR=(Position.STUDY_RESERVE, f"They quoted «{CLAUSE}» twice."),
    )
    lines = lines_of(render(data, "en"))
    assert f"ReservationAlly ALB: “{ARABIC_DRAWN}”" in lines
    assert f"FootnoteAlly BEL: “{HEBREW_DRAWN}”" in lines
    assert f"Study reserveAlly BGR: “They quoted «{CLAUSE_DRAWN}» twice.”" in lines
    assert ARABIC not in whole(render(data, "en"))  # (not left in logical order)


def test_arabic_letters_are_drawn_joined() -> None:
    pdf = render(saying(ALB=(Position.RESERVATION, ARABIC)), "en")
    raw = next(line for line in lines_of(pdf, nfkc=False) if "Ally ALB: “" in line)
    arabic = [c for c in raw if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff"]
    assert len(arabic) > 30
    assert all("\ufe70" <= c <= "\ufeff" for c in arabic), "letters drawn unjoined"
    assert {"\ufee3", "\ufea4", "\ufeae"} <= set(arabic)  # initial meem, medial hah, final reh


def test_a_wrapped_right_to_left_quotation_reads_on_line_after_line() -> None:
    """The algorithm orders each line once the paragraph is broken: the first line holds
    the first words (the first at its right end), the next line the next ones."""
    statement = " ".join(WORDS)
    lines = lines_of(render(saying(BEL=(Position.FOOTNOTE, statement)), "en"))
    first = next(i for i, line in enumerate(lines) if "Ally BEL: “" in line)
    last = next(i for i in range(first, len(lines)) if lines[i].endswith("”"))
    assert last - first >= 2, "the statement should wrap over three lines or more"
    drawn = [lines[first].split("“", 1)[1], *lines[first + 1 : last], lines[last][:-1]]
    read = [line[::-1].strip() for line in drawn]  # each line read right to left
    assert " ".join(read) == statement
    assert read[0].startswith(WORDS[0])


def test_a_right_to_left_paragraph_is_set_flush_right() -> None:
    register_fonts()
    buffer = io.BytesIO()
    style = styles().body
    doc = SimpleDocTemplate(buffer, leftMargin=72, rightMargin=72)
    doc.build([Paragraph("Left to right.", style), Paragraph(HEBREW, style)])
    pieces = drawn_pieces(reader(buffer.getvalue()).pages[0])
    (left,) = [x for _y, x, text in pieces if text == "Left to right."]
    (right,) = [x for _y, x, text in pieces if "לארשי" in text]
    assert right > left + 200  # a short line, ending at the right margin
    assert drawn_lines(reader(buffer.getvalue()).pages[0])[1] == HEBREW_DRAWN


def test_emoji_are_drawn_from_the_fallback_font() -> None:
    data = replace(
        saying(HRV=(Position.AGREE_WITH_STATEMENT, "We agree 👍 ✅ and thank the chair 🤝.")),
        reference="C-R(2025)0001 ✅",
    )
    pdf = render(data, "en")
    assert "Symbola" in fonts_of(pdf)
    assert "We agree 👍 ✅ and thank the chair 🤝." in whole(pdf)  # the text a reader copies
    assert "Ally HRV: “We agree 👍 ✅ and thank the chair 🤝.”" in "\n".join(lines_of(pdf))
    assert "North Atlantic Council — Summary recordC-R(2025)0001 ✅" in lines_of(pdf)


def test_the_fallback_font_is_embedded_only_when_needed() -> None:
    fonts = fonts_of(render(saying(BEL=(Position.FOOTNOTE, HEBREW)), "en"))
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}, fonts


def test_a_character_no_font_has_is_printed_as_its_code_and_named() -> None:
    data = saying(
        CZE=(Position.FOOTNOTE, "An odd one: \ue000, \u0378 and 🥳 (twice: 🥳)."),
        DNK=(Position.FOOTNOTE, "Nothing odd 👍."),
    )
    stream = io.BytesIO()
    warnings = build_minutes(data, "en", stream)
    assert warnings == [
        "Item 1, statement by Ally CZE: U+E000 (private use), U+0378 (unassigned) and "
        "U+1F973 FACE WITH PARTY HORN AND PARTY HAT cannot be printed, as no font of the "
        "minutes has them; the minutes show their codes instead."
    ]
    text = whole(stream.getvalue())
    assert "An odd one: [U+E000], [U+0378] and [U+1F973] (twice: [U+1F973])." in text
    assert build_minutes(saying(DNK=(Position.FOOTNOTE, "Fine.")), "en", io.BytesIO()) == []


def test_one_character_no_font_has_is_named_in_the_singular() -> None:
    warnings = build_minutes(saying(ALB=(Position.OBJECTION, "x\U000f0000y")), "en", io.BytesIO())
    assert warnings == [
        "Item 1, statement by Ally ALB: U+F0000 (private use) cannot be printed, as no font "
        "of the minutes has it; the minutes show its code instead."
    ]


def test_the_export_returns_the_warning(tmp_path: Path) -> None:
    """What the command line and the window show after an export (the result's notices)."""
    with Workspace.open(tmp_path / "session.sqlite") as ws:
        session = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives",
            session_date=date(2026, 3, 12), reference="C-R(2026)0001",
        ).value.id  # fmt: skip
        item = ws.agenda.add_item(session, "Work programme").value.id
        ws.positions.log(item, "FRA", Position.OBJECTION, text="La France objecte \ue000 👍.")
        result = export_minutes_noted(ws, session, "en", tmp_path / "minutes.pdf")
    assert result.notices == (
        "Item 1, statement by France: U+E000 (private use) cannot be printed, as no font of "
        "the minutes has it; the minutes show its code instead.",
    )
    assert "La France objecte [U+E000] 👍." in whole(result.value.read_bytes())
