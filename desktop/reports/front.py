"""The front matter: the bilingual heading, the meeting's particulars, attendance, contents."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop.domain.bodies import body
from desktop.domain.minutes import Attendee, Minutes
from desktop.domain.sessions import AttendanceKind
from desktop.domain.timezones import BRUSSELS
from desktop.reports import dates
from desktop.reports.bilingual import chosen, printed_line, untranslated_mark
from desktop.reports.changes import approval_notice
from desktop.reports.later import Contents
from desktop.reports.markup import clean, names, one_line
from desktop.reports.page import TEXT_WIDTH, mark
from desktop.reports.para import Paragraph
from desktop.reports.styles import ACCENT, ALERT, HAIRLINE, PANEL, RULE, styles, table_style
from desktop.reports.wording import capitalised, say, sep

WIDTH = TEXT_WIDTH


def heading(m: Minutes, language: str) -> list[Flowable]:
    """The organisation in both official languages, the reference, the title and date."""
    st = styles()
    org = body(m.body)
    name_en = one_line(org.title("en", chosen(m.committee_name, "en"))).upper()
    name_fr = one_line(org.title("fr", chosen(m.committee_name, "fr"))).upper()
    reference = one_line(m.full_reference) or say("no_reference", language)
    top = Table(
        [
            [Paragraph(name_en, st.org), Paragraph(name_fr, st.org_right)],
            [
                Paragraph(say("summary_record", "en"), st.org),
                Paragraph(say("summary_record", "fr"), st.org_right),
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
    out: list[Flowable] = [
        top,
        Spacer(1, 6),
        Paragraph(reference, st.reference),
        Paragraph(dates.long_date(m.session_date, language), st.org_right),
        Paragraph(_title(m, language), st.title),
        Spacer(1, 6),
    ]
    notices = []
    if m.is_draft:
        notices.append(say("draft_notice", language))
    if m.revision:
        notices.append(say("revision_notice", language, n=m.revision))
    approved = approval_notice(m, language)
    if approved is not None:
        notices.append(approved)
    for notice in notices:
        out.append(_boxed(Paragraph(notice, st.notice)))
        out.append(Spacer(1, 4))
    out.append(_particulars(m, language))
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


def zone_words(m: Minutes, language: str) -> str:
    if m.time_zone == BRUSSELS:
        return say("brussels_time", language)
    return say("local_time", language, zone=m.time_zone)


def _particulars(m: Minutes, language: str) -> Table:
    st = styles()

    def at(moment: datetime | None, missing: str) -> str:
        if moment is None:
            return say(missing, language)
        wall = dates.local(moment, m.time_zone)
        text = dates.clock(wall, language)
        if wall.date() != m.session_date:
            text = f"{dates.long_date(wall.date(), language)}, {text}"
        return text

    chair = one_line(m.chair) or "—"
    role = m.chair_role.label(language)
    rows = [
        ("date", dates.long_date(m.session_date, language, weekday=True)),
        ("place", printed_line(m.place, language) or "—"),
        ("opened", at(m.opened_at, "not_recorded")),
        ("closed", at(m.closed_at, "not_closed")),
        ("chair", f"{chair}, {role}" if m.chair else role),
        ("format", capitalised(m.format.label(language))),
        ("times", capitalised(zone_words(m, language))),
    ]
    data = [
        [Paragraph(say(key, language), st.cell_bold), Paragraph(value, st.cell)]
        for key, value in rows
    ]
    return Table(
        data,
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


def attendance(m: Minutes, language: str) -> list[Flowable]:
    """Members in seating order with their heads of delegation (absent ones marked), then
    everyone else at the table."""
    st = styles()
    title = say("attendance", language)
    out: list[Flowable] = [
        mark(
            Paragraph(f'<a name="attendance"/>{say("present", language)}', st.section),
            "attendance",
            title,
            title,
        )
    ]
    members = m.members
    half = (len(members) + 1) // 2
    left, right = members[:half], members[half:]
    rows = []
    for i in range(half):
        row: list[Any] = [*_member_cells(left[i], language)]
        row += _member_cells(right[i], language) if i < len(right) else ["", ""]
        rows.append(row)
    if rows:
        name_w, head_w = WIDTH * 0.23, WIDTH * 0.27
        out.append(
            Table(
                rows,
                colWidths=[name_w, head_w, name_w, head_w],
                repeatRows=0,
                style=table_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
                        ("LEFTPADDING", (2, 0), (2, -1), 10),
                    ]
                ),
            )
        )
    absent = [one_line(a.name(language)) for a in members if not a.present]
    if absent:
        out.append(Spacer(1, 4))
        out.append(Paragraph(say("absent_line", language, names=names(absent, language)), st.body))
    out.append(Paragraph(say("also_present", language), st.sub))
    others = m.others
    if not others:
        out.append(Paragraph(say("nobody_else", language), st.body))
    for other in others:
        out.append(Paragraph(_other_line(other, language), st.body_tight))
    return out


def _member_cells(a: Attendee, language: str) -> list[Paragraph]:
    st = styles()
    name = one_line(a.name(language))
    if not a.present:
        return [
            Paragraph(f"<font color='#777777'>{name}</font>", st.cell),
            Paragraph(f"<i>— {say('absent', language)} —</i>", st.cell_small),
        ]
    return [Paragraph(name, st.cell_bold), Paragraph(one_line(a.head_of_delegation), st.cell)]


_KIND_WORD = {
    AttendanceKind.INVITEE: "invitee",
    AttendanceKind.PARTNER: "partner",
    AttendanceKind.STAFF: "staff",
    AttendanceKind.MEMBER: "delegation",
}


def _other_line(a: Attendee, language: str) -> str:
    text = f"<b>{one_line(a.name(language))}</b> ({say(_KIND_WORD[a.kind], language)})"
    if a.head_of_delegation.strip():
        text += f"{sep(language)}{one_line(a.head_of_delegation)}"
    if not a.present:
        text += f" — <i>{say('absent', language)}</i>"
    return text


def contents(language: str) -> list[Flowable]:
    st = styles()
    toc = Contents(
        levelStyles=[st.toc_0, st.toc_1],
        dotsMinLevel=1,
        rightColumnWidth=28,
        tableStyle=table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    title = say("contents", language)
    return [Paragraph(title, st.section), toc]


def _title(m: Minutes, language: str) -> str:
    """The meeting's title, marked when it names the committee in the other language."""
    title = one_line(m.heading(language))
    if m.committee_name.lacks(language):
        title += f" {untranslated_mark(language)}"
    return title


def plain_title(value: str) -> str:
    """A user's text as a one-line outline title."""
    return " ".join(clean(value).split())
