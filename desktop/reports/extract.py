"""Extracts of the summary record for a delegation's capital: ``render_extract``.

One document in two forms, each the record restricted to what concerns one delegation:

- ``record``: the minutes for the delegation. The front matter (heading, reference, date,
  place, chair), then every item: its title, the delegation's positions and statements with
  their changes and times, its interventions, its letters under a silence procedure, the
  decision, and the action items it owns.
- ``table``: the delegation's positions and statements across the session, one row an item.

Page chrome, styles and fonts are the minutes' own (classification marking on every page,
reference, page X of Y, a DRAFT watermark on a draft); the last page carries the fingerprint
of the WHOLE record and a line saying that the full record is the reference. The sentences
about an item are made by the full minutes' own functions (``items``, ``silence``), so that
an extract never words a position, a change or a decision otherwise than the record does:
the decision in particular is worked out from the whole record (what stands against it
names other delegations, as it does in the minutes).
"""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop.domain.actions import OwnerKind
from desktop.domain.bodies import body
from desktop.domain.minutes import ActionRecord, Attendee, ItemRecord, Minutes, SilenceRecord
from desktop.domain.positions import Position
from desktop.domain.sessions import AttendanceKind
from desktop.domain.silence import BreakWithdrawal, Letter, SilenceEvent
from desktop.reports import dates
from desktop.reports import items as record_items
from desktop.reports import silence as record_silence
from desktop.reports.bilingual import (
    chosen,
    plain_line,
    printed_line,
    printed_text,
    untranslated_mark,
)
from desktop.reports.fonts import register_fonts
from desktop.reports.front import WIDTH, zone_words
from desktop.reports.grouping import GROUP_OF, Entry
from desktop.reports.markup import clean, one_line, paragraphs_words, quoted
from desktop.reports.minutes import AUTHOR, LANGUAGES, fingerprint_words
from desktop.reports.page import Chrome, Metadata, RecordDoc, mark
from desktop.reports.para import Paragraph
from desktop.reports.rows import row_table, rule
from desktop.reports.styles import (
    ACCENT,
    ALERT,
    PANEL,
    RULE,
    listing_style,
    styles,
    table_style,
)
from desktop.reports.wording import capitalised, colon, say, say_n, sep

RECORD, TABLE = "record", "table"
FORMS = (RECORD, TABLE)
# The table form's columns: the item, the position, what was said (the rest).
_TABLE_WIDTHS = (58 * mm, 34 * mm)


def render_extract(data: Minutes, delegation: str, language: str, *, form: str = RECORD) -> bytes:
    """The PDF bytes of the extract of ``data`` for ``delegation`` (its code) in
    ``language`` ("en" or "fr"), in ``form`` (``record`` or ``table``). Raises ValueError
    for an unknown language, form or delegation (the services say it in a sentence first)."""
    if language not in LANGUAGES:
        raise ValueError(f"Extracts are printed in English (en) or French (fr), not {language!r}.")
    if form not in FORMS:
        raise ValueError(f"An extract is a {' or a '.join(FORMS)}, not {form!r}.")
    who = data.attendee(delegation)
    if who is None or who.kind is AttendanceKind.STAFF:
        raise ValueError(f"{delegation!r} is no delegation of this session.")
    register_fonts()
    buffer = io.BytesIO()
    doc = RecordDoc(buffer, chrome(data, who, language), metadata(data, who, language, form))
    doc.lay_out(story_of(data, who, language, form))
    return buffer.getvalue()


def delegations(data: Minutes) -> tuple[Attendee, ...]:
    """Those an extract can be made for: every delegation at the table, staff aside."""
    return tuple(a for a in data.attendees if a.kind is not AttendanceKind.STAFF)


def story_of(data: Minutes, who: Attendee, language: str, form: str) -> list[Flowable]:
    story = heading(data, who, language, form)
    if form == TABLE:
        story += _table(data, who, language)
    else:
        story += [Spacer(1, 4), Paragraph(say("extract_intro", language), styles().meta)]
        for item in data.items:
            story += _item_section(item, data, who, language)
    return [*story, *_closing(data, who, language)]


def _name(who: Attendee, language: str) -> str:
    return one_line(who.name(language))


# ---------------------------------------------------------------------- chrome
def chrome(data: Minutes, who: Attendee, language: str) -> Chrome:
    org = clean(body(data.body).title(language, chosen(data.committee_name, language)))
    reference = clean(data.full_reference) or say("no_reference", language)
    name = clean(who.name(language))

    def page_label(page: int, total: int) -> str:
        return say("page", language, page=page, total=total)

    return Chrome(
        marking=data.classification.marking,
        running_title=f"{org} — {say('extract_for', language, name=name)}",
        reference=reference,
        watermark=say("draft", language) if data.is_draft else None,
        page_label=page_label,
        last_page_note=say("extract_fingerprint", language, fp=fingerprint_words(data)),
    )


def metadata(data: Minutes, who: Attendee, language: str, form: str) -> Metadata:
    name = clean(who.name(language))
    key = "extract_table_title" if form == TABLE else "extract_for"
    what = say(key, language, name=name)
    reference = clean(data.full_reference)
    heading_text = clean(data.heading(language))
    return Metadata(
        title=f"{reference} — {what}" if reference else what,
        subject=f"{heading_text}, {dates.long_date(data.session_date, language)}".replace(
            "\u00a0", " "
        ),
        author=AUTHOR,
        # The fingerprint named as the full record's: an extract is not that record.
        keywords=", ".join(
            x
            for x in (
                data.classification.marking,
                reference,
                what,
                f"extract of the record with fingerprint {data.fingerprint}",
            )
            if x
        ),
        lang=LANGUAGES[language],
        created=data.last_event_at,
    )


# ---------------------------------------------------------------------- front matter
def heading(data: Minutes, who: Attendee, language: str, form: str) -> list[Flowable]:
    """The organisation in both official languages, "extract of the summary record", the
    reference, date and title, whom the extract is for, and the particulars."""
    st = styles()
    org = body(data.body)
    name_en = one_line(org.title("en", chosen(data.committee_name, "en"))).upper()
    name_fr = one_line(org.title("fr", chosen(data.committee_name, "fr"))).upper()
    top = Table(
        [
            [Paragraph(name_en, st.org), Paragraph(name_fr, st.org_right)],
            [
                Paragraph(say("extract_heading", "en"), st.org),
                Paragraph(say("extract_heading", "fr"), st.org_right),
            ],
        ],
        colWidths=[WIDTH / 2, WIDTH / 2],
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        ),
    )
    title = one_line(data.heading(language))
    if data.committee_name.lacks(language):
        title += f" {untranslated_mark(language)}"
    key = "extract_table_title" if form == TABLE else "extract_for"
    out: list[Flowable] = [
        top,
        Spacer(1, 6),
        Paragraph(one_line(data.full_reference) or say("no_reference", language), st.reference),
        Paragraph(dates.long_date(data.session_date, language), st.org_right),
        Paragraph(title, st.title),
        Paragraph(say(key, language, name=_name(who, language)), st.org),
        Spacer(1, 6),
    ]
    if data.is_draft:
        out += [_boxed(Paragraph(say("draft_notice", language), st.notice)), Spacer(1, 4)]
    out.append(_particulars(data, who, language))
    return out


def _boxed(content: Flowable) -> Table:
    return Table(
        [[content]],
        colWidths=[WIDTH],
        style=table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, ALERT),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
    )


def _particulars(data: Minutes, who: Attendee, language: str) -> Table:
    st = styles()
    chair = one_line(data.chair)
    role = data.chair_role.label(language)
    delegation = f"<b>{_name(who, language)}</b>"
    if who.head_of_delegation.strip():
        delegation += f" — {one_line(who.head_of_delegation)}"
    if not who.present:
        delegation += f" ({say('absent', language)})"
    rows = [
        ("date", dates.long_date(data.session_date, language, weekday=True)),
        ("place", printed_line(data.place, language) or "—"),
        ("chair", f"{chair}, {role}" if chair else role),
        ("delegation", delegation),
        ("times", capitalised(zone_words(data, language))),
    ]
    return Table(
        [
            [Paragraph(say(key, language), st.cell_bold), Paragraph(value, st.cell)]
            for key, value in rows
        ],
        colWidths=[30 * mm, WIDTH - 30 * mm],
        style=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        ),
    )


def _closing(data: Minutes, who: Attendee, language: str) -> list[Flowable]:
    """The extract's last words: whose it is, of which record, and that the record rules."""
    reference = one_line(data.full_reference) or say("no_reference", language)
    line = say("extract_of", language, name=_name(who, language), reference=reference)
    return [KeepTogether([Spacer(1, 10), rule(), Paragraph(f"<i>{line}</i>", styles().meta)])]


# ---------------------------------------------------------------------- the record form
def _item_section(item: ItemRecord, m: Minutes, who: Attendee, language: str) -> list[Flowable]:
    st = styles()
    key = f"item-{item.number}"
    title = printed_line(item.title, language)
    head_line = mark(
        Paragraph(f'<a name="{key}"/>{title}', st.item, bulletText=f"{item.number}."),
        key,
        f"{item.number}. {plain_line(item.title, language)}",
        f"<bullet>{item.number}.</bullet>{title}",
        level=1,
    )
    meta = capitalised(item.kind.label(language))
    if item.documents.strip():
        meta += f" · {say('documents', language)}{sep(language)}{one_line(item.documents)}"
    head: list[Flowable] = [head_line, Paragraph(meta, st.meta)]
    own = replace(
        item,
        speakers=tuple(s for s in item.speakers if s.delegation == who.code),
        interventions=tuple(i for i in item.interventions if i.delegation == who.code),
    )
    head += record_items._speakers(own, m, language)
    rest = _positions(item, m, who, language)
    rest += record_items._interventions(own, m, language)
    for record in item.silence:
        rest += _silence(record, m, who, language, numbered=len(item.silence) > 1)
    rest += record_items._decision(item, m, language)  # from the whole record
    rest += _actions(_owned(item, who), language)
    if not rest:
        return [KeepTogether(head)]
    return record_items.stick(head, rest)


def _positions(item: ItemRecord, m: Minutes, who: Attendee, language: str) -> list[Flowable]:
    """The delegation's position, under the heading of its group in the minutes, with its
    statement, paragraphs and changes exactly as the minutes print them."""
    st = styles()
    record = item.position_of(who.code)
    title = Paragraph(say("positions", language), st.sub)
    if record is None or (record.current.position is Position.NOT_STATED and not record.changed):
        if not item.kind.seeks_consensus:
            return []
        return [title, Paragraph(f"<i>{say('extract_no_position', language)}</i>", st.body)]
    group = GROUP_OF[record.current.position]
    label = Paragraph(say_n(group.word, language, 1), st.cell_bold)
    cell = record_items._entry_cell(Entry(who, record), m, language)
    return [title, row_table([label, cell], first=True), rule()]


def _own_events(record: SilenceRecord, code: str) -> list[SilenceEvent]:
    """The delegation's letters, and the withdrawals of its breaks, in the order received."""
    procedure = record.procedure
    own: list[SilenceEvent] = []
    for event in procedure.events:
        if (isinstance(event, Letter) and event.delegation == code) or (
            isinstance(event, BreakWithdrawal)
            and procedure.letter(event.letter_seq).delegation == code
        ):
            own.append(event)
    return sorted(own, key=lambda e: (e.received_at, e.seq))  # type: ignore[union-attr]


def _silence(
    record: SilenceRecord, m: Minutes, who: Attendee, language: str, *, numbered: bool
) -> list[Flowable]:
    """A silence procedure on the item: what was put under silence, the delegation's own
    letters (their effect worked out on the whole procedure, as in the minutes), the result."""
    st = styles()
    title = say("silence_n", language, n=record.number) if numbered else say("silence", language)
    parts = [one_line(record.text_reference)] if record.text_reference.strip() else []
    if record.title:
        parts.append(printed_line(record.title, language))
    deadline = record_silence.deadline_words(record.procedure.deadline, language)
    out: list[Flowable] = [
        Paragraph(title, st.sub),
        row_table(
            [
                Paragraph(say("text", language), st.cell_bold),
                Paragraph(" — ".join(parts) or "—", st.cell),
            ],
            first=True,
            keep_with_next=True,
        ),
        row_table(
            [Paragraph(say("deadline", language), st.cell_bold), Paragraph(deadline, st.cell)],
            first=False,
            keep_with_next=True,
        ),
    ]
    events = _own_events(record, who.code)
    out += [
        row_table(record_silence._event_row(e, record, m, language), first=True) for e in events
    ]
    if not events:
        no_letter = Paragraph(f"<i>{say('extract_no_letter', language)}</i>", st.cell)
        out.append(row_table(["", no_letter], first=True))
    out.append(rule())
    result = f"<b>{colon('result', language)}</b> {record_silence._result(record, m, language)}"
    out.append(Paragraph(result, st.body))
    return out


def _owned(item: ItemRecord, who: Attendee) -> list[ActionRecord]:
    return [
        a
        for a in item.actions
        if a.owner_kind is OwnerKind.DELEGATION
        and who.code in (a.owner.en.strip(), a.owner.fr.strip())
    ]


def _actions(owned: list[ActionRecord], language: str) -> list[Flowable]:
    """The action items the delegation owns on the item: what, by when, where it stands."""
    if not owned:
        return []
    st = styles()
    head = [Paragraph(say(key, language), st.cell_head) for key in ("action", "due", "status")]
    rows: list[list[Any]] = [head]
    for action in owned:
        due = dates.short_date(action.due_date, language) if action.due_date else "—"
        rows.append(
            [
                Paragraph(printed_text(action.description, language), st.cell),
                Paragraph(due, st.cell),
                Paragraph(capitalised(action.status.label(language)), st.cell),
            ]
        )
    return [
        Paragraph(say("actions", language), st.sub),
        Table(
            rows,
            colWidths=[WIDTH - 50 * mm, 26 * mm, 24 * mm],
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
            style=listing_style(),
        ),
    ]


# ---------------------------------------------------------------------- the table form
def _table(m: Minutes, who: Attendee, language: str) -> list[Flowable]:
    """One row an item: the item (and the decision, in a word), the delegation's standing
    position and when it took it, and what it said: its statement, its changes of position,
    its interventions and its letters under silence."""
    st = styles()
    head = [
        Paragraph(say(key, language), st.cell_head)
        for key in ("item", "extract_position", "extract_statements")
    ]
    rows: list[list[Any]] = [head]
    rows += [_table_row(item, m, who, language) for item in m.items]
    widths = [*_TABLE_WIDTHS, WIDTH - sum(_TABLE_WIDTHS)]
    return [
        Spacer(1, 8),
        Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, style=listing_style()),
    ]


def _table_row(item: ItemRecord, m: Minutes, who: Attendee, language: str) -> list[Any]:
    st = styles()
    item_cell: list[Flowable] = [
        Paragraph(f"<b>{item.number}.</b> {printed_line(item.title, language)}", st.cell)
    ]
    if item.decision is not None:
        outcome = capitalised(item.decision.outcome.label(language))
        item_cell.append(Paragraph(f"{colon('decision', language)} {outcome}.", st.cell_small))
    record = item.position_of(who.code)
    said: list[Flowable] = []
    if record is None or (record.current.position is Position.NOT_STATED and not record.changed):
        position: list[Flowable] = [Paragraph("—", st.cell_small)]
    else:
        step = record.current
        position = [Paragraph(f"<b>{capitalised(step.position.label(language))}</b>", st.cell)]
        when = record_items._when(step, m, language)
        if step.in_writing:
            when += f" ({say('in_writing', language)})"
        position.append(Paragraph(when, st.cell_small))
        words = paragraphs_words(step.paragraphs, language) if step.paragraphs else ""
        if step.text.strip():
            statement = quoted(step.text, language)
            said.append(
                Paragraph(
                    f"{capitalised(words)}{sep(language)}{statement}" if words else statement,
                    st.cell,
                )
            )
        elif words:
            said.append(Paragraph(capitalised(words) + ".", st.cell))
        if record.changed:
            said.append(Paragraph(record_items._path(record, m, language), st.cell_small))
    for intervention in item.interventions:
        if intervention.delegation != who.code:
            continue
        wall = dates.local(intervention.spoken_at, m.time_zone)
        clock = dates.clock(wall, language)
        if wall.date() != m.session_date:
            clock = f"{dates.short_date(wall.date(), language)} {clock}"
        label = say("extract_intervention", language, time=clock)
        summary = record_items._summary_of_intervention(intervention.text, language)
        said.append(Paragraph(f"<b>{label}</b>{sep(language)}{summary}", st.cell))
    for silence in item.silence:
        for event in _own_events(silence, who.code):
            when_cell, what = record_silence._event_row(event, silence, m, language)
            label = say("extract_letter", language, time=when_cell.getPlainText())
            said.append(Paragraph(f"<b>{label}</b>", st.cell_small))
            said += what
    return [item_cell, position, said or ""]
