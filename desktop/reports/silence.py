"""The record of a silence procedure: what was put under silence and until when (Brussels
time), every letter in the order received with its effect (breaks flagged, late letters
flagged, editorial comments), withdrawals of breaks, extensions with their reason, and the
result."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable

from desktop.domain.minutes import Minutes, SilenceRecord
from desktop.domain.silence import (
    BreakWithdrawal,
    Extension,
    Letter,
    LetterStatus,
    Settlement,
    SilenceEvent,
    SilenceState,
    Withdrawal,
)
from desktop.domain.timezones import BRUSSELS
from desktop.reports import dates
from desktop.reports.bilingual import printed_line
from desktop.reports.markup import names, one_line, paragraphs_words, quoted, text
from desktop.reports.para import Paragraph
from desktop.reports.rows import row_table, rule
from desktop.reports.styles import ALERT, styles
from desktop.reports.wording import colon, say, sep

_STATUS_WORD = {
    LetterStatus.BREAKS: "letter_breaks",
    LetterStatus.BREAK_WITHDRAWN: "letter_break_withdrawn",
    LetterStatus.LATE: "letter_late",
    LetterStatus.NO_DECISION_RIGHTS: "letter_no_rights",
    LetterStatus.COMMENT: "letter_comment",
    LetterStatus.AFTER_WITHDRAWAL: "letter_after_withdrawal",
}


def deadline_words(moment: datetime, language: str) -> str:
    """'Sunday 22 November 2026, 18:00 (Brussels time)'."""
    return f"{dates.date_time(moment, BRUSSELS, language)} ({say('brussels_time', language)})"


def silence_section(
    record: SilenceRecord, m: Minutes, language: str, *, numbered: bool
) -> list[Flowable]:
    st = styles()
    procedure = record.procedure
    title = say("silence_n", language, n=record.number) if numbered else say("silence", language)
    parts = [one_line(record.text_reference)] if record.text_reference.strip() else []
    if record.title:
        parts.append(printed_line(record.title, language))
    subject = " — ".join(parts)
    launched = deadline_words(procedure.launched_at, language)
    if record.launched_by.strip():
        launched += ", " + say("launched_by", language, who=one_line(record.launched_by))
    deadline = deadline_words(procedure.deadline, language)
    if procedure.deadline != procedure.original_deadline:
        original = dates.date_time(procedure.original_deadline, BRUSSELS, language)
        deadline += f"{sep(language, ';')}{say('original_deadline', language, deadline=original)}"
    particulars = [("text", subject or "—"), ("launched", launched), ("deadline", deadline)]
    rows: list[list[Any]] = [
        [Paragraph(say(key, language), st.cell_bold), Paragraph(value, st.cell)]
        for key, value in particulars
    ]
    if record.relaunch_of is not None:
        rows.append(["", Paragraph(say("relaunch_of", language, n=record.relaunch_of), st.cell)])
    out: list[Flowable] = [Paragraph(title, st.sub)]
    for i, row in enumerate(rows):
        out.append(row_table(row, first=i == 0, keep_with_next=True))
    events = sorted(procedure.events, key=lambda e: (_moment(e), e.seq))
    out += [row_table(_event_row(e, record, m, language), first=True) for e in events]
    if events:
        out.append(rule())
    result = f"<b>{colon('result', language)}</b> {_result(record, m, language)}"
    out.append(Paragraph(result, st.body))
    return out


def _moment(event: SilenceEvent) -> datetime:
    match event:
        case Letter() | BreakWithdrawal():
            return event.received_at
        case Extension() | Withdrawal() | Settlement():
            return event.at
    raise TypeError(event)  # pragma: no cover


def _name(code: str, m: Minutes, language: str) -> str:
    attendee = m.attendee(code)
    return one_line(attendee.name(language) if attendee else code)


def _event_row(event: SilenceEvent, record: SilenceRecord, m: Minutes, language: str) -> list[Any]:
    st = styles()
    wall = dates.local(_moment(event), BRUSSELS)
    when = Paragraph(
        f"{dates.short_date(wall.date(), language)}, {dates.clock(wall, language)}", st.cell
    )
    procedure = record.procedure
    cell: list[Flowable] = []
    match event:
        case Letter():
            status = procedure.letter_status(event)
            words = say(_STATUS_WORD[status], language)
            if status in (LetterStatus.BREAKS, LetterStatus.LATE):
                words = f"<font color='{ALERT.hexval()}'><b>{words}</b></font>"
            line = f"<b>{_name(event.delegation, m, language)}</b>"
            if event.paragraphs:
                line += f", {paragraphs_words(event.paragraphs, language)}"
            line += f" — {words}"
            if event.reference.strip():
                reference = say("letter_reference", language, ref=one_line(event.reference))
                line += f"{sep(language, ';')}{reference}"
            cell.append(Paragraph(line + ".", st.cell))
            if event.text.strip():
                cell.append(Paragraph(quoted(event.text, language), st.quote))
        case BreakWithdrawal():
            letter = procedure.letter(event.letter_seq)
            line = say(
                "break_withdrawal",
                language,
                name=f"<b>{_name(letter.delegation, m, language)}</b>",
                time=dates.date_time(letter.received_at, BRUSSELS, language),
            )
            if event.reference.strip():
                line += f" ({say('letter_reference', language, ref=one_line(event.reference))})"
            cell.append(Paragraph(line + ".", st.cell))
        case Extension():
            line = say("extension", language, deadline=deadline_words(event.new_deadline, language))
            cell.append(Paragraph(f"<b>{line}</b>", st.cell))
            if event.reason.strip():
                cell.append(Paragraph(say("reason", language, reason=text(event.reason)), st.cell))
        case Withdrawal():
            key = "withdrawn_relaunched" if event.relaunched else "withdrawn"
            cell.append(Paragraph(f"<b>{say(key, language)}</b>", st.cell))
            if event.reason.strip():
                cell.append(Paragraph(say("reason", language, reason=text(event.reason)), st.cell))
        case Settlement():
            breaking = [_name(c, m, language) for c in record.breaking]
            line = (
                say("settled_broken", language, names=names(breaking, language))
                if breaking
                else say("settled_adopted", language)
            )
            cell.append(Paragraph(f"<b>{line}</b>", st.cell))
    return [when, cell]


def _result(record: SilenceRecord, m: Minutes, language: str) -> str:
    procedure = record.procedure
    match record.state:
        case SilenceState.UNDER_SILENCE:
            return say(
                "result_running", language, deadline=deadline_words(procedure.deadline, language)
            )
        case SilenceState.BROKEN:
            breaking = [_name(c, m, language) for c in record.breaking]
            return say("result_broken", language, names=names(breaking, language))
        case SilenceState.ADOPTED:
            return say(
                "result_adopted", language, deadline=deadline_words(procedure.deadline, language)
            )
        case SilenceState.WITHDRAWN:
            withdrawal = procedure.withdrawal
            assert withdrawal is not None
            return say("result_withdrawn", language, moment=deadline_words(withdrawal.at, language))
    raise ValueError(record.state)  # pragma: no cover
