"""One agenda item of the record: heading, documents and summary, the positions as a delegate
reads them, the silence record, and the chair's decision."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table

from desktop.domain.minutes import Attendee, ItemRecord, Minutes, PositionRecord, PositionStep
from desktop.domain.outcomes import Outcome
from desktop.domain.speaking import speaking_time
from desktop.domain.standing import (
    Lead,
    Standing,
    contradiction_text,
    overtaken_text,
    standing_of_record,
)
from desktop.domain.texts import Bilingual
from desktop.reports import dates
from desktop.reports.bilingual import plain_line, printed_line, printed_text, untranslated_mark
from desktop.reports.front import WIDTH
from desktop.reports.grouping import Entry, Group, ItemPositions, group_positions
from desktop.reports.markup import names, one_line, paragraphs_words, quoted
from desktop.reports.page import mark
from desktop.reports.para import Paragraph
from desktop.reports.rows import row_table, rule
from desktop.reports.silence import silence_section
from desktop.reports.styles import ACCENT, PANEL, styles, table_style
from desktop.reports.wording import capitalised, colon, say, say_n, sep


def item_section(item: ItemRecord, m: Minutes, language: str) -> list[Flowable]:
    st = styles()
    key = f"item-{item.number}"
    title = printed_line(item.title, language)
    heading = mark(
        Paragraph(f'<a name="{key}"/>{title}', st.item, bulletText=f"{item.number}."),
        key,
        f"{item.number}. {plain_line(item.title, language)}",
        f"<bullet>{item.number}.</bullet>{title}",
        level=1,
    )
    meta = capitalised(item.kind.label(language))
    if item.documents.strip():
        meta += f" · {say('documents', language)}{sep(language)}{one_line(item.documents)}"
    head: list[Flowable] = [heading, Paragraph(meta, st.meta)]
    if item.summary:
        head.append(Paragraph(printed_text(item.summary, language), st.body))
    head += _speakers(item, m, language)
    rest = _positions(item, m, language) + _interventions(item, m, language)
    numbered = len(item.silence) > 1
    for record in item.silence:
        rest += silence_section(record, m, language, numbered=numbered)
    rest += _decision(item, m, language)
    return stick(head, rest)


def stick(head: list[Flowable], rest: list[Flowable]) -> list[Flowable]:
    """Keep ``head`` on the page of what follows it: the sub-headings that open ``rest`` and
    the first thing after them. (A heading never ends a page alone.)"""
    n = 0
    while n < len(rest) and rest[n].getKeepWithNext():
        n += 1
    n = min(n + 1, len(rest))
    return [KeepTogether(head + rest[:n]), *rest[n:]]


def _speakers(item: ItemRecord, m: Minutes, language: str) -> list[Flowable]:
    """'Speakers: France (2 min 10 s), Germany (45 s).' in speaking order: one line."""
    if not item.speakers:
        return []
    said = []
    for record in item.speakers:
        attendee = m.attendee(record.delegation)
        name = one_line(attendee.name(language) if attendee else record.delegation)
        if record.seconds:
            name = say("speaker_time", language, name=name, time=speaking_time(record.seconds))
        said.append(name)
    return [Paragraph(f"<b>{colon('speakers', language)}</b> {', '.join(said)}.", styles().meta)]


# ---------------------------------------------------------------------- positions
def _positions(item: ItemRecord, m: Minutes, language: str) -> list[Flowable]:
    grouped: ItemPositions = group_positions(item, m.attendees)
    if grouped.empty:
        return []
    st = styles()
    out: list[Flowable] = [Paragraph(say("positions", language), st.sub)]
    for group in grouped.groups:
        for i, row in enumerate(_group_rows(group, m, language)):
            out.append(row_table(row, first=i == 0))
    if grouped.closing:
        if len(out) > 1:  # "All other delegations agreed." never opens a page alone
            out[-1].keepWithNext = 1
        closing = Paragraph(say(grouped.closing, language), st.cell)
        out.append(row_table([closing, ""], first=True, span=True))
    if grouped.outside:
        out.append(Paragraph(say("outside", language), st.sub))
        out += [row_table(_outside_row(e, m, language), first=True) for e in grouped.outside]
    if len(out) > 1:
        out.append(rule())
    return out


def _group_rows(group: Group, m: Minutes, language: str) -> list[list[Any]]:
    st = styles()
    label = Paragraph(say_n(group.kind.word, language, len(group.entries)), st.cell_bold)
    rows: list[list[Any]] = []
    plain = [_name(e.attendee, language) for e in group.plain]
    if plain:
        rows.append([label, Paragraph(names(plain, language) + ".", st.cell)])
    for entry in group.detailed:
        rows.append(["" if rows else label, _entry_cell(entry, m, language)])
    return rows


def _name(
    a: Attendee, language: str, *, bold: bool = False, step: PositionStep | None = None
) -> str:
    """The delegation's name, marked absent (with a position conveyed in writing, when the
    ``step`` it is named for was)."""
    name = one_line(a.name(language))
    if bold:
        name = f"<b>{name}</b>"
    if step is not None and step.in_writing:
        name += f" ({say('in_writing', language)})"
    elif not a.present:
        name += f" ({say('absent', language)})"
    return name


def _entry_cell(entry: Entry, m: Minutes, language: str) -> list[Flowable]:
    st = styles()
    record = entry.record
    assert record is not None  # detailed entries have a record
    step = record.current
    first = _name(entry.attendee, language, bold=True, step=step)
    if step.paragraphs:
        first += f", {paragraphs_words(step.paragraphs, language)}"
    cell: list[Flowable] = []
    if step.text.strip():
        cell.append(Paragraph(f"{first}{sep(language)}{quoted(step.text, language)}", st.cell))
    else:
        cell.append(Paragraph(first + ".", st.cell))
    if record.changed:
        cell.append(Paragraph(_path(record, m, language), st.cell_small))
    return cell


def _path(record: PositionRecord, m: Minutes, language: str) -> str:
    """'Changed position: study reserve at 10:07 (“…”) → agree ad referendum at 10:12.'

    Only the delegation's changes of position: the operator's corrections replaced the
    entries they fixed in the record's path (``position_path``). Each earlier text is quoted
    beside its own position; the standing one's text is the entry's own line."""
    steps = []
    for i, step in enumerate(record.path):
        words = f"{step.position.label(language)} {_when(step, m, language)}"
        if step.text.strip() and i < len(record.path) - 1:
            words += f" ({quoted(step.text, language)})"
        steps.append(words)
    return say("changed", language, path=" → ".join(steps))


def _when(step: PositionStep, m: Minutes, language: str) -> str:
    wall = dates.local(step.recorded_at, m.time_zone)
    clock = dates.clock(wall, language)
    if wall.date() != m.session_date:
        clock = f"{dates.short_date(wall.date(), language)} {clock}"
    return say("at_time", language, time=clock)


def _outside_row(entry: Entry, m: Minutes, language: str) -> list[Any]:
    st = styles()
    assert entry.record is not None
    step = entry.record.current
    kind = say(entry.attendee.kind.value, language)
    name = _name(entry.attendee, language, bold=True, step=step)
    label = Paragraph(f"{name} ({kind})", st.cell)
    words = capitalised(step.position.label(language))
    if step.paragraphs:
        words += f", {paragraphs_words(step.paragraphs, language)}"
    cell: list[Flowable] = [
        Paragraph(
            f"{words}{sep(language)}{quoted(step.text, language)}"
            if step.text.strip()
            else words + ".",
            st.cell,
        )
    ]
    if entry.record.changed:
        cell.append(Paragraph(_path(entry.record, m, language), st.cell_small))
    return [label, cell]


# ---------------------------------------------------------------------- interventions
def _interventions(item: ItemRecord, m: Minutes, language: str) -> list[Flowable]:
    """What delegations said without taking a position, in the order spoken: 'Hungary,
    10:05: “…”' one row each (the substance of a record of a discussion item)."""
    if not item.interventions:
        return []
    st = styles()
    out: list[Flowable] = [Paragraph(say("interventions", language), st.sub)]
    for i, said in enumerate(item.interventions):
        attendee = m.attendee(said.delegation)
        name = f"<b>{one_line(attendee.name(language) if attendee else said.delegation)}</b>"
        wall = dates.local(said.spoken_at, m.time_zone)
        clock = dates.clock(wall, language)
        if wall.date() != m.session_date:
            clock = f"{dates.short_date(wall.date(), language)} {clock}"
        label = Paragraph(say("intervention_at", language, name=name, time=clock), st.cell)
        words = Paragraph(_summary_of_intervention(said.text, language), st.cell)
        out.append(row_table([label, words], first=i == 0))
    out.append(rule())
    return out


def _summary_of_intervention(said: Bilingual, language: str) -> str:
    """The secretariat's summary of an intervention, in quotation marks: in the language of
    the minutes, or the other one marked as untranslated."""
    shown, own = said.shown(language)
    if own:
        return quoted(shown, language)
    return f"<i>{quoted(shown, language)}</i> {untranslated_mark(language)}"


# ---------------------------------------------------------------------- decision
def _decision(item: ItemRecord, m: Minutes, language: str) -> list[Flowable]:
    """The chair's decision, as the item stands (``desktop.domain.standing``): a declaration
    that leads is printed as declared, with what the record says against it beside it; one
    the silence procedure has overtaken gives way to the procedure's result, printed once in
    its own section (never "under silence" beside "silence broken")."""
    st = styles()
    decision = item.decision
    if decision is None:
        if not item.kind.seeks_consensus:
            return []
        body = [Paragraph(f"<i>{say('no_decision', language)}</i>", st.decision)]
    else:
        standing = standing_of_record(item, m.attendees)
        body = []
        if standing.lead is Lead.DECLARED:
            body.append(Paragraph(f"<b>{_outcome_words(standing, m, language)}</b>", st.decision))
        elif earlier := overtaken_text(standing, language):
            body.append(Paragraph(one_line(earlier), st.decision))
        if decision.decision_text:
            body.append(Paragraph(printed_text(decision.decision_text, language), st.decision))
        if not body:  # "under silence": the silence record says where the item stands
            return []
    panel = Table(
        [[body]],
        colWidths=[WIDTH],
        style=table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
        splitInRow=1,
    )
    return [Paragraph(say("decision", language), st.sub), panel]  # the heading keeps with it


def _outcome_words(standing: Standing, m: Minutes, language: str) -> str:
    """ "Agreed." as declared; a contradiction beside it, never silently: "Agreed. (The
    record shows an objection by Türkiye.)" """
    declaration = standing.declaration
    assert declaration is not None
    committee = Bilingual(declaration.remitted_to, declaration.remitted_to_fr)
    if declaration.outcome is Outcome.REMITTED and committee:
        words = say("remitted_to", language, committee=printed_line(committee, language))
    else:
        words = capitalised(declaration.outcome.label(language)) + "."

    def name(code: str) -> str:
        attendee = m.attendee(code)
        return one_line(attendee.name(language) if attendee else code)

    for warning in standing.contradictions:
        words += f" ({contradiction_text(warning, language, name)})"
    return words
