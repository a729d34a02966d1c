"""The summary record as a Word document: a working copy for the editors, ``render_docx``.

The same record as the PDF, in the same order and words, in Word's named styles so that an
editor's changes keep the structure: Title for the meeting, Heading 1 for the parts and for
each item, Heading 2 for what an item holds (positions, interventions, silence procedures,
the decision), tables for the particulars, attendance, positions, action items and the
annex grid. The first page says that the PDF issued by the secretariat remains the record,
with the record's fingerprint; every page carries the classification marking, the
reference and "page X of Y".

The sentences are the PDF's own: the builders of the minutes (``items``, ``silence``,
``actions``, ``changes``) write Paragraph markup, which is turned here into Word runs (bold,
italics, colour, line breaks; ``add_markup``), so that the working copy never words a
position, a change or a decision otherwise than the record.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from typing import Any
from xml.sax.saxutils import unescape

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from desktop.domain.bodies import body
from desktop.domain.minutes import Attendee, ItemRecord, Minutes, SilenceRecord
from desktop.domain.sessions import AttendanceKind
from desktop.domain.standing import Lead, overtaken_text, standing_of_record
from desktop.domain.timezones import BRUSSELS
from desktop.reports import actions as record_actions
from desktop.reports import annex as record_annex
from desktop.reports import changes as record_changes
from desktop.reports import dates
from desktop.reports import items as record_items
from desktop.reports import silence as record_silence
from desktop.reports.bilingual import chosen, printed_line, printed_text, untranslated_mark
from desktop.reports.fonts import BOLD
from desktop.reports.front import zone_words
from desktop.reports.grouping import group_positions
from desktop.reports.markup import clean, names, one_line
from desktop.reports.minutes import AUTHOR, LANGUAGES, fingerprint_words
from desktop.reports.page import LANDSCAPE
from desktop.reports.styles import ACCENT, ALERT, INK, MUTED, PANEL
from desktop.reports.wording import capitalised, colon, say, sep

_MARGIN = Mm(22)
_LABEL = (38.0, 0.0)  # a label and its content, as the PDF's rows (rows.LABEL_WIDTH)
_SMALL = 8.5  # points: the PDF's small print (meta lines, changes of position)
_CELL = 9.0  # millimetres: a column of the annex grid
_KIND_WORD = {
    AttendanceKind.INVITEE: "invitee",
    AttendanceKind.PARTNER: "partner",
    AttendanceKind.STAFF: "staff",
    AttendanceKind.MEMBER: "delegation",
}


def render_docx(data: Minutes, language: str) -> bytes:
    """The DOCX bytes of the working copy of ``data`` in ``language`` ("en" or "fr")."""
    if language not in LANGUAGES:
        raise ValueError(f"Minutes are printed in English (en) or French (fr), not {language!r}.")
    doc = Document()
    _set_up(doc, data, language)
    _front(doc, data, language)
    _attendance(doc, data, language)
    _changes(doc, data, language)
    for item in data.items:
        _item(doc, item, data, language)
    _actions(doc, data, language)
    _annex(doc, data, language)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# ---------------------------------------------------------------------- markup into runs
@dataclass(frozen=True, slots=True)
class Look:
    bold: bool = False
    italic: bool = False
    size: float | None = None  # points; None: the paragraph style's
    colour: str | None = None  # RRGGBB; None: the style's


_TAG = re.compile(r"<(/?)([A-Za-z]+)([^>]*?)(/?)>")
_COLOUR = re.compile(r"""color\s*=\s*['"]#?([0-9a-fA-F]{6})['"]""")


def add_markup(paragraph: WordParagraph, markup: str, look: Look = Look()) -> None:
    """Append the Paragraph markup ``markup`` (what the PDF's builders write: ``<b>``,
    ``<i>``, ``<font color=…>``, ``<br/>``, escaped text) to ``paragraph`` as runs."""
    stack = [look]
    position = 0
    for tag in _TAG.finditer(markup):
        _run(paragraph, markup[position : tag.start()], stack[-1])
        position = tag.end()
        closing, name, attributes, self_closing = tag.groups()
        name = name.lower()
        if name == "br":
            paragraph.add_run().add_break()
        elif self_closing:
            continue  # an anchor (<a name="…"/>): nothing to print
        elif closing:
            if len(stack) > 1:
                stack.pop()
        elif name == "b":
            stack.append(replace(stack[-1], bold=True))
        elif name == "i":
            stack.append(replace(stack[-1], italic=True))
        elif name == "font" and (found := _COLOUR.search(attributes)):
            stack.append(replace(stack[-1], colour=found.group(1)))
        else:  # a link, a bullet: their text as it is
            stack.append(stack[-1])
    _run(paragraph, markup[position:], stack[-1])


def _run(paragraph: WordParagraph, markup: str, look: Look) -> None:
    if not markup:
        return
    run = paragraph.add_run(unescape(markup))
    if look.bold:
        run.bold = True
    if look.italic:
        run.italic = True
    if look.size is not None:
        run.font.size = Pt(look.size)
    if look.colour is not None:
        run.font.color.rgb = RGBColor.from_string(look.colour.upper())


def _hex(colour: Any) -> str:
    """A reportlab colour as RRGGBB."""
    return str(colour.hexval())[2:].upper()


def _look_of(style: Any) -> Look:
    """How a PDF paragraph style reads in Word: bold, small and muted where it is."""
    if style is None:
        return Look()
    size = float(style.fontSize)
    colour = _hex(style.textColor)
    return Look(
        bold=style.fontName == BOLD,
        size=_SMALL if size < 9 else None,
        colour=None if colour == _hex(INK) else colour,
    )


def _pieces(content: Any) -> list[tuple[str, Look]]:
    """The markup of a cell the PDF's builders made: a string, a Paragraph or a list."""
    if isinstance(content, str):
        return [(content, Look())] if content else []
    if isinstance(content, list | tuple):
        return [piece for part in content for piece in _pieces(part)]
    markup = getattr(content, "text", None)
    if isinstance(markup, str):
        return [(markup, _look_of(getattr(content, "style", None)))]
    return []


def _fill(cell: _Cell, content: Any) -> None:
    """Write a cell of the PDF's builders into a Word cell, a paragraph each."""
    first = True
    for markup, look in _pieces(content):
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        add_markup(paragraph, markup, look)


def _paragraph(
    doc: WordDocument, markup: str, look: Look = Look(), style: str | None = None
) -> WordParagraph:
    paragraph = doc.add_paragraph(style=style)
    add_markup(paragraph, markup, look)
    return paragraph


def _heading(doc: WordDocument, markup: str, level: int) -> WordParagraph:
    paragraph: WordParagraph = doc.add_heading(level=level)
    add_markup(paragraph, markup)
    return paragraph


def _table(
    doc: WordDocument,
    rows: list[list[Any]],
    widths: tuple[float, ...],
    *,
    header: bool = False,
) -> WordTable:
    """A grid of the PDF's cells (strings, Paragraphs or lists of them), its columns
    ``widths`` millimetres wide (0: what the others leave of the text's width); the first
    row as the header (repeated on each page, shaded) when ``header``."""
    table: WordTable = doc.add_table(rows=len(rows), cols=len(widths))
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    for r, row in enumerate(rows):
        cells = table.rows[r].cells
        for c, content in enumerate(row):
            _fill(cells[c], content)
        if header and r == 0:
            _repeat_header(table.rows[0])
            for cell in cells:
                _shade(cell, _hex(PANEL))
    rest = max(Mm(_text_width(doc)) - sum(Mm(w) for w in widths), Mm(10))
    for column, width in zip(table.columns, widths, strict=True):
        size = Mm(width) if width else rest
        column.width = size  # the grid LibreOffice reads
        for cell in column.cells:
            cell.width = size  # and the cells Word reads
    return table


def _text_width(doc: WordDocument) -> float:
    """The width between the margins of the last section, in millimetres."""
    section = doc.sections[-1]
    width = section.page_width or Mm(210)
    margins = (section.left_margin or _MARGIN) + (section.right_margin or _MARGIN)
    return float((width - margins) / Mm(1))


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    properties.append(repeat)


def _shade(cell: _Cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _boxed(doc: WordDocument, markup: str, colour: str) -> WordParagraph:
    """A notice in a frame of ``colour``, bold in that colour."""
    paragraph = _paragraph(doc, markup, Look(bold=True, colour=colour))
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "6")
        line.set(qn("w:space"), "4")
        line.set(qn("w:color"), colour)
        borders.append(line)
    paragraph._p.get_or_add_pPr().append(borders)
    return paragraph


# ---------------------------------------------------------------------- the document
def _set_up(doc: WordDocument, data: Minutes, language: str) -> None:
    """A4 with the PDF's margins, the language for the spelling checker, the metadata, and
    the marking, reference and page numbers around every page."""
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    normal.font.name = "Arial"  # a sans serif every editor has (the PDF's is DejaVu Sans)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGES[language])
    normal.element.get_or_add_rPr().append(lang)
    for level in (1, 2, 3):
        doc.styles[f"Heading {level}"].font.color.rgb = RGBColor.from_string(_hex(ACCENT))
    doc.styles["Title"].font.size = Pt(18)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = _MARGIN
    section.top_margin = section.bottom_margin = _MARGIN
    _chrome(section, data, language)
    properties = doc.core_properties
    record = say("summary_record_title", language)
    reference = clean(data.full_reference)
    properties.title = f"{reference} — {record}" if reference else record
    properties.subject = clean(data.heading(language))
    properties.author = properties.last_modified_by = AUTHOR
    properties.comments = say("working_copy_note", language, fp=fingerprint_words(data))
    properties.keywords = ", ".join(
        x for x in (data.classification.marking, reference, say("working_copy", language)) if x
    )
    properties.language = LANGUAGES[language]
    properties.created = properties.modified = data.last_event_at
    properties.revision = 1


def _chrome(section: Any, data: Minutes, language: str) -> None:
    marking = data.classification.marking
    org = clean(body(data.body).title(language, chosen(data.committee_name, language)))
    reference = clean(data.full_reference) or say("no_reference", language)
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(header, marking, Look(bold=True))
    running = section.header.add_paragraph()
    running.alignment = WD_ALIGN_PARAGRAPH.CENTER
    text = f"{org} — {say('summary_record_title', language)} · {reference}"
    _run(running, text, Look(size=7.5, colour=_hex(MUTED)))
    pages = section.footer.paragraphs[0]
    pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
    label = say("page", language, page="\0PAGE\0", total="\0NUMPAGES\0")
    for i, part in enumerate(label.split("\0")):
        if i % 2:
            _field(pages, part, Look(size=8, colour=_hex(MUTED)))
        else:
            _run(pages, part, Look(size=8, colour=_hex(MUTED)))
    bottom = section.footer.add_paragraph()
    bottom.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(bottom, marking, Look(bold=True))


def _field(paragraph: WordParagraph, instruction: str, look: Look) -> None:
    """A field Word and LibreOffice fill in (PAGE, NUMPAGES), its last value shown as 1."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = paragraph.add_run("1")
    if look.size is not None:
        run.font.size = Pt(look.size)
    if look.colour is not None:
        run.font.color.rgb = RGBColor.from_string(look.colour)
    run._r.getparent().remove(run._r)
    field.append(run._r)
    paragraph._p.append(field)


def _front(doc: WordDocument, m: Minutes, language: str) -> None:
    """The organisation in both languages, the reference, date and title, the working copy's
    note, the record's notices and the particulars."""
    org = body(m.body)
    top = doc.add_table(rows=2, cols=2)
    accent = Look(bold=True, colour=_hex(ACCENT))
    for column, lang in enumerate(("en", "fr")):
        name = one_line(org.title(lang, chosen(m.committee_name, lang))).upper()
        for row, markup in enumerate((name, say("summary_record", lang))):
            paragraph = top.cell(row, column).paragraphs[0]
            add_markup(paragraph, markup, accent)
            if column:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    reference = _paragraph(
        doc, one_line(m.full_reference) or say("no_reference", language), Look(bold=True, size=12)
    )
    reference.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    day = _paragraph(doc, dates.long_date(m.session_date, language), accent)
    day.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = one_line(m.heading(language))
    if m.committee_name.lacks(language):
        title += f" {untranslated_mark(language)}"
    _paragraph(doc, title, style="Title")
    note = say("working_copy_note", language, fp=fingerprint_words(m))
    _boxed(doc, note, _hex(ACCENT))
    notices = []
    if m.is_draft:
        notices.append(say("draft_notice", language))
    if m.revision:
        notices.append(say("revision_notice", language, n=m.revision))
    approved = record_changes.approval_notice(m, language)
    if approved is not None:
        notices.append(approved)
    for notice in notices:
        _boxed(doc, notice, _hex(ALERT))
    _particulars(doc, m, language)


def _particulars(doc: WordDocument, m: Minutes, language: str) -> None:
    def at(moment: Any, missing: str) -> str:
        if moment is None:
            return say(missing, language)
        wall = dates.local(moment, m.time_zone)
        text = dates.clock(wall, language)
        if wall.date() != m.session_date:
            text = f"{dates.long_date(wall.date(), language)}, {text}"
        return text

    chair = one_line(m.chair)
    role = m.chair_role.label(language)
    rows = [
        ("date", dates.long_date(m.session_date, language, weekday=True)),
        ("place", printed_line(m.place, language) or "—"),
        ("opened", at(m.opened_at, "not_recorded")),
        ("closed", at(m.closed_at, "not_closed")),
        ("chair", f"{chair}, {role}" if chair else role),
        ("format", capitalised(m.format.label(language))),
        ("times", capitalised(zone_words(m, language))),
    ]
    _table(doc, [[f"<b>{say(key, language)}</b>", value] for key, value in rows], (30, 0))


def _attendance(doc: WordDocument, m: Minutes, language: str) -> None:
    _heading(doc, say("present", language), 1)
    rows: list[list[Any]] = []
    for a in m.members:
        name = one_line(a.name(language))
        if a.present:
            rows.append([f"<b>{name}</b>", one_line(a.head_of_delegation)])
        else:
            rows.append(
                [
                    f"<font color='#{_hex(MUTED)}'>{name}</font>",
                    f"<i>— {say('absent', language)} —</i>",
                ]
            )
    if rows:
        _table(doc, rows, (60, 0))
    absent = [one_line(a.name(language)) for a in m.members if not a.present]
    if absent:
        _paragraph(doc, say("absent_line", language, names=names(absent, language)))
    _heading(doc, say("also_present", language), 2)
    if not m.others:
        _paragraph(doc, say("nobody_else", language))
    for other in m.others:
        _paragraph(doc, _other_line(other, language))


def _other_line(a: Attendee, language: str) -> str:
    text = f"<b>{one_line(a.name(language))}</b> ({say(_KIND_WORD[a.kind], language)})"
    if a.head_of_delegation.strip():
        text += f"{sep(language)}{one_line(a.head_of_delegation)}"
    if not a.present:
        text += f" — <i>{say('absent', language)}</i>"
    return text


def _changes(doc: WordDocument, m: Minutes, language: str) -> None:
    """A revision's changes from the previous issue, as the PDF's page lists them."""
    if m.review is None or not m.review.changes or not m.revision:
        return
    _heading(doc, say("changes", language), 1)
    _paragraph(doc, say("changes_intro", language))
    head = [f"<b>{say(k, language)}</b>" for k in ("delegation", "where", "correction", "received")]
    rows = [record_changes._row(change, m, language) for change in m.review.changes]
    _table(doc, [head, *rows], (32, 30, 0, 22), header=True)


# ---------------------------------------------------------------------- items
def _item(doc: WordDocument, item: ItemRecord, m: Minutes, language: str) -> None:
    _heading(doc, f"{item.number}. {printed_line(item.title, language)}", 1)
    meta = capitalised(item.kind.label(language))
    if item.documents.strip():
        meta += f" · {say('documents', language)}{sep(language)}{one_line(item.documents)}"
    _paragraph(doc, meta, Look(size=_SMALL, colour=_hex(MUTED)))
    if item.summary:
        _paragraph(doc, printed_text(item.summary, language))
    for piece, look in _pieces(record_items._speakers(item, m, language)):
        _paragraph(doc, piece, look)
    _positions(doc, item, m, language)
    _interventions(doc, item, m, language)
    for record in item.silence:
        _silence(doc, record, m, language, numbered=len(item.silence) > 1)
    _decision(doc, item, m, language)


def _positions(doc: WordDocument, item: ItemRecord, m: Minutes, language: str) -> None:
    grouped = group_positions(item, m.attendees)
    if grouped.empty:
        return
    _heading(doc, say("positions", language), 2)
    rows: list[list[Any]] = []
    for group in grouped.groups:
        rows += record_items._group_rows(group, m, language)
    if grouped.closing:
        rows.append([say(grouped.closing, language), ""])
    if rows:
        table = _table(doc, rows, _LABEL)
        if grouped.closing:
            last = table.rows[-1].cells
            last[0].merge(last[1])
    if grouped.outside:
        _heading(doc, say("outside", language), 3)
        _table(doc, [record_items._outside_row(e, m, language) for e in grouped.outside], _LABEL)


def _interventions(doc: WordDocument, item: ItemRecord, m: Minutes, language: str) -> None:
    if not item.interventions:
        return
    _heading(doc, say("interventions", language), 2)
    rows: list[list[Any]] = []
    for said in item.interventions:
        attendee = m.attendee(said.delegation)
        name = f"<b>{one_line(attendee.name(language) if attendee else said.delegation)}</b>"
        wall = dates.local(said.spoken_at, m.time_zone)
        clock = dates.clock(wall, language)
        if wall.date() != m.session_date:
            clock = f"{dates.short_date(wall.date(), language)} {clock}"
        rows.append(
            [
                say("intervention_at", language, name=name, time=clock),
                record_items._summary_of_intervention(said.text, language),
            ]
        )
    _table(doc, rows, _LABEL)


def _silence(
    doc: WordDocument, record: SilenceRecord, m: Minutes, language: str, *, numbered: bool
) -> None:
    procedure = record.procedure
    title = say("silence_n", language, n=record.number) if numbered else say("silence", language)
    _heading(doc, title, 2)
    parts = [one_line(record.text_reference)] if record.text_reference.strip() else []
    if record.title:
        parts.append(printed_line(record.title, language))
    launched = record_silence.deadline_words(procedure.launched_at, language)
    if record.launched_by.strip():
        launched += ", " + say("launched_by", language, who=one_line(record.launched_by))
    deadline = record_silence.deadline_words(procedure.deadline, language)
    if procedure.deadline != procedure.original_deadline:
        original = dates.date_time(procedure.original_deadline, BRUSSELS, language)
        deadline += f"{sep(language, ';')}{say('original_deadline', language, deadline=original)}"
    rows: list[list[Any]] = [
        [f"<b>{say(key, language)}</b>", value]
        for key, value in (
            ("text", " — ".join(parts) or "—"),
            ("launched", launched),
            ("deadline", deadline),
        )
    ]
    if record.relaunch_of is not None:
        rows.append(["", say("relaunch_of", language, n=record.relaunch_of)])
    events = sorted(procedure.events, key=lambda e: (record_silence._moment(e), e.seq))
    rows += [record_silence._event_row(e, record, m, language) for e in events]
    _table(doc, rows, _LABEL)
    result = f"<b>{colon('result', language)}</b> {record_silence._result(record, m, language)}"
    _paragraph(doc, result)


def _decision(doc: WordDocument, item: ItemRecord, m: Minutes, language: str) -> None:
    """The chair's decision as the PDF prints it (``items._decision``)."""
    decision = item.decision
    lines: list[tuple[str, Look]] = []
    if decision is None:
        if not item.kind.seeks_consensus:
            return
        lines.append((say("no_decision", language), Look(italic=True)))
    else:
        standing = standing_of_record(item, m.attendees)
        if standing.lead is Lead.DECLARED:
            words = record_items._outcome_words(standing, m, language)
            lines.append((words, Look(bold=True)))
        elif earlier := overtaken_text(standing, language):
            lines.append((one_line(earlier), Look()))
        if decision.decision_text:
            lines.append((printed_text(decision.decision_text, language), Look()))
    if not lines:
        return
    _heading(doc, say("decision", language), 2)
    for markup, look in lines:
        paragraph = _paragraph(doc, markup, look)
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), _hex(PANEL))
        paragraph._p.get_or_add_pPr().append(shading)


# ---------------------------------------------------------------------- after the items
def _actions(doc: WordDocument, m: Minutes, language: str) -> None:
    _heading(doc, say("actions", language), 1)
    if not m.actions:
        _paragraph(doc, say("no_actions", language))
        return
    head = [f"<b>{say(k, language)}</b>" for k in ("item", "owner", "action", "due", "status")]
    rows = [record_actions._row(a, m, language) for a in m.actions]
    _table(doc, [head, *rows], (13, 44, 0, 24, 19), header=True)


def _annex(doc: WordDocument, m: Minutes, language: str) -> None:
    """The position grid, in slices of items as the PDF's annex; on landscape pages when
    the PDF's is."""
    orientation, pages = record_annex.slices(len(m.items))
    section = doc.add_section()
    if orientation == LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    _heading(doc, say("annex", language), 1)
    _paragraph(doc, say("annex_intro", language), Look(size=_SMALL, colour=_hex(MUTED)))
    rows = tuple(a for a in m.attendees if a.kind is not AttendanceKind.STAFF)
    if not m.items or not rows:
        return
    _paragraph(doc, record_annex.legend(language), Look(size=_SMALL))
    for part in pages:
        _grid(doc, [m.items[i] for i in part], rows, language)


def _grid(
    doc: WordDocument, chunk: list[ItemRecord], rows: tuple[Attendee, ...], language: str
) -> None:
    """One slice of the grid: a caption, then delegations down and items across."""
    caption = say("annex_items", language, first=chunk[0].number, last=chunk[-1].number)
    _heading(doc, caption, 3)
    header = [f"<b>{say('delegation', language)}</b>", *(f"<b>{i.number}</b>" for i in chunk)]
    grid = [header]
    for attendee in rows:
        name = one_line(attendee.name(language))
        if not attendee.present:
            name += f" ({say('absent', language)})"
        if not attendee.has_decision_rights:
            name = f"<i>{name}</i>"
        grid.append([name, *(i.current(attendee.code).letter for i in chunk)])
    cell_width = min(_CELL, (_text_width(doc) - 36) / len(chunk))
    table = _table(doc, grid, (36, *(cell_width,) * len(chunk)), header=True)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            if c:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if r and c:
                tint = record_annex.TINTS[chunk[c - 1].current(rows[r - 1].code)]
                if tint is not None:
                    _shade(cell, _hex(tint))
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(7.5)
