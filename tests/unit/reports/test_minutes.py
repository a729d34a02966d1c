"""The PDF minutes, read as a delegate reads them: the text pypdf extracts, page by page."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.minutes import Minutes
from desktop.domain.positions import Position
from desktop.domain.speaking import SpeakerRecord
from desktop.domain.texts import Bilingual
from desktop.domain.timezones import BRUSSELS
from desktop.reports import dates
from desktop.reports.annex import slices
from desktop.reports.grouping import GroupKind, group_positions
from desktop.reports.minutes import build_minutes, fingerprint_words, render
from desktop.reports.page import LANDSCAPE, PORTRAIT
from desktop.services import Actor, Workspace
from desktop.services.demo import write_demo
from tests.unit.reports import plain
from tests.unit.reports.generated import MARKUP, Clock, Expected, build_session
from tests.unit.reports.pdf import chrome_free, flat, pages, reader, sections, whole

TODAY = date(2026, 11, 23)
MARKING = "NATO UNCLASSIFIED"


# ---------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Minutes:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    session_id = write_demo(path, today=TODAY)
    with Workspace.open(path) as ws:
        return ws.minutes.assemble(session_id)


@pytest.fixture(scope="module")
def demo_en(demo: Minutes) -> bytes:
    return render(demo, "en")


@pytest.fixture(scope="module")
def demo_fr(demo: Minutes) -> bytes:
    return render(demo, "fr")


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Minutes, Expected, bytes]:
    """A 40-item session full of awkward names and statements, closed."""
    clock = Clock()
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    with Workspace.open(path, actor=Actor("t", "w"), clock=clock) as ws:
        expected = build_session(ws, clock, items=40)
        data = ws.minutes.assemble(expected.session_id)
    return data, expected, render(data, "en")


@pytest.fixture
def open_session(tmp_path: Path) -> Iterator[tuple[Workspace, int]]:
    clock = Clock()
    with Workspace.open(tmp_path / "open.sqlite", actor=Actor("t", "w"), clock=clock) as ws:
        expected = build_session(ws, clock, items=3, close=False)
        yield ws, expected.session_id


def chrome_lines(data: Minutes) -> set[str]:
    return {MARKING, "North Atlantic Council — Summary record", data.full_reference}


# ---------------------------------------------------------------------- the demo, in English
def test_every_page_carries_the_marking_top_and_bottom_and_page_x_of_y(demo_en: bytes) -> None:
    texts = pages(demo_en)
    assert len(texts) >= 5
    for number, text in enumerate(texts, start=1):
        lines = [line.strip() for line in text.split("\n")]
        assert lines.count(MARKING) == 2, f"page {number}"
        assert f"Page {number} of {len(texts)}" in lines


def test_heading_is_in_both_languages_with_reference_and_times(demo_en: bytes) -> None:
    first = flat(pages(demo_en)[0])
    for words in (
        "NORTH ATLANTIC COUNCIL",
        "CONSEIL DE L'ATLANTIQUE NORD",
        "SUMMARY RECORD",
        "COMPTE RENDU SUCCINCT",
        "C-R(2026)0042",
        "Meeting of the North Atlantic Council at the level of Permanent Representatives",
        "Date Wednesday 18 November 2026",
        "Place NATO Headquarters, Brussels",
        "Opened 10:00",
        "Closed 12:40",
        "Chair Elena Marković, Deputy Secretary General",
    ):
        assert words in first


def test_every_member_is_named_in_seating_order_with_heads_and_absences(
    demo: Minutes, demo_en: bytes
) -> None:
    first = flat(pages(demo_en)[0])
    for member in demo.members:
        assert member.name.en in first
        if member.present and member.head_of_delegation:
            assert member.head_of_delegation in first
    assert "Sigríður Jónsdóttir" not in first  # Iceland was absent: its head did not sit
    assert "Absent delegations: Iceland." in first
    assert "Ukraine (partner)" in first
    assert "International Staff (staff): Matthieu Lambert" in first


def test_positions_read_as_a_delegate_expects(demo: Minutes, demo_en: bytes) -> None:
    text = chrome_free(demo_en, chrome_lines(demo))
    items = sections(text, [i.title.en for i in demo.items], after="Annex: position grid")
    one, two, three, four = items[1], items[2], items[3], items[4]
    assert "Footnote Denmark, paragraph 4.2: “Denmark's participation" in one
    assert "Statement for the record France: “La France se joint au consensus" in one
    assert "Iceland (absent; position conveyed in writing)." in one
    assert "All other delegations agreed." in one
    assert "Norway" not in one  # its mis-keyed objection was corrected: it simply agreed
    assert "Objection" not in one
    assert "Objection Türkiye, paragraphs 17, 23: “Türkiye cannot agree" in two
    assert "Awaiting instructions Hungary." in two
    assert "Remitted to: Political and Partnerships Committee." in two
    assert "Reservation Greece, paragraph 9: “Greece reserves its position" in three
    assert (
        "Changed position: study reserve at 10:05 (“Parliamentary scrutiny reserve.”) → "
        "agree ad referendum at 10:11." in three
    )
    # Ten agreed before silence was launched: they are named, not "all other".
    assert "Agreed Albania, Belgium, Bulgaria, Canada, Croatia, Czechia" in four
    assert "All other delegations agreed." not in four


def test_the_silence_record_names_every_break_with_its_time(demo: Minutes, demo_en: bytes) -> None:
    text = chrome_free(demo_en, chrome_lines(demo))
    four = sections(text, [i.title.en for i in demo.items], after="Annex: position grid")[4]
    assert "Deadline Thursday 19 November 2026, 18:00 (Brussels time)" in four
    for when, who in (("08:40", "France, paragraphs 3, 5"), ("09:05", "Belgium"),
                      ("15:30", "Germany")):  # fmt: skip
        assert f"19 Nov 2026, {when} {who} — BREAKS SILENCE" in four
    assert "Netherlands — editorial comment; does not break silence" in four
    assert "19 Nov 2026, 18:25 Italy — LATE: received after the deadline" in four
    assert "Deadline passed; silence broken by France, Belgium and Germany." in four
    assert "Result: Silence broken by France, Belgium and Germany" in four


def test_silence_extensions_and_withdrawn_breaks_are_recorded(
    demo: Minutes, demo_en: bytes
) -> None:
    text = chrome_free(demo_en, chrome_lines(demo))
    five = sections(text, [i.title.en for i in demo.items], after="Annex: position grid")[5]
    assert "Spain, paragraph 2 — broke silence; break since withdrawn" in five
    assert "Spain withdrew its break of Thursday 19 November 2026, 09:00" in five
    assert "Deadline extended to Thursday 26 November 2026, 12:00 (Brussels time)." in five
    assert "Reason: CAN/DEL/2026/1645, ESP/DEL/2026/1650" in five
    assert "originally Tuesday 24 November 2026, 12:00" in five
    assert "Under silence until Thursday 26 November 2026, 12:00 (Brussels time)." in five


def test_decisions_and_action_items(demo_en: bytes) -> None:
    text = whole(demo_en)
    assert "Decision Agreed. The Council approved the work programme" in text
    assert "Agreed ad referendum. The Council approved the guidance, subject to" in text
    assert "Action items Item Owner Action Due Status" in text
    assert "1 International Staff Defence Investment Division Report on implementation" in text
    assert "17 May 2027 Open" in text


def test_interventions_are_reported_in_the_order_spoken(demo_en: bytes) -> None:
    text = whole(demo_en)
    romania = text.index("Interventions Romania, ")
    bulgaria = text.index("Bulgaria, ", romania)
    ukraine = text.index("Ukraine, ", bulgaria)  # a partner speaks too, outside the consensus
    assert romania < bulgaria < ukraine
    assert "“Bulgaria welcomes the briefing and supports the proposed follow-up.”" in text
    assert "“Ukraine thanks Allies for their continued support.”" in text[ukraine:]


def test_the_annex_grid_has_a_legend_and_a_row_per_delegation(
    demo: Minutes, demo_en: bytes
) -> None:
    last = pages(demo_en)[-1]
    assert "Annex: position grid" in last
    assert "A agree · D agree ad referendum" in flat(last)
    for attendee in demo.attendees:
        if attendee.code != "IS":  # staff take no positions
            assert attendee.name.en in last
    assert "Türkiye\nA\nO\nA" in last  # the objection on item 2, by letter


def test_the_outline_has_an_entry_per_item_in_order(demo: Minutes, demo_en: bytes) -> None:
    pdf = reader(demo_en)
    titles = [entry.title for entry in pdf.outline]
    assert titles[0] == "Attendance"
    assert titles[-2:] == ["Action items", "Annex: position grid"]
    for item in demo.items:
        assert f"{item.number}. {item.title.en}" in titles
    targets = [pdf.get_destination_page_number(entry) for entry in pdf.outline]
    assert targets == sorted(targets)


def test_contents_list_items_with_page_numbers(demo: Minutes, demo_en: bytes) -> None:
    contents = flat(pages(demo_en)[1])
    for item in demo.items:  # the number, the dot leaders and page come first in the text
        found = re.search(rf"{item.number}\.[ .]*(\d+) {re.escape(item.title.en)}", contents)
        assert found is not None, item.title.en
        assert 2 <= int(found.group(1)) <= len(pages(demo_en))


def test_metadata_language_and_embedded_font(demo_en: bytes) -> None:
    pdf = reader(demo_en)
    meta = pdf.metadata
    assert meta is not None
    assert meta.title == (
        "C-R(2026)0042 — Summary record: Meeting of the North Atlantic Council at the level of "
        "Permanent Representatives"
    )
    assert meta.author == "Tour de Table"
    assert "18 November 2026" in (meta.subject or "")
    assert pdf.trailer["/Root"]["/Lang"] == "en-GB"
    fonts = {
        str(font["/BaseFont"])
        for page in pdf.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index, union-attr]
    }
    assert all("DejaVuSans" in font for font in fonts), fonts


def test_the_fingerprint_is_on_the_last_page_only(demo: Minutes, demo_en: bytes) -> None:
    texts = pages(demo_en)
    assert fingerprint_words(demo) in texts[-1]
    assert fingerprint_words(demo).replace(" ", "") == demo.fingerprint
    assert all("SHA-256" not in text for text in texts[:-1])


def test_a_closed_session_has_no_draft_mark(demo_en: bytes) -> None:
    assert "DRAFT" not in whole(demo_en)


def test_the_same_record_gives_the_same_bytes(demo: Minutes, demo_en: bytes) -> None:
    assert render(demo, "en") == demo_en
    stream = io.BytesIO()
    build_minutes(demo, "en", stream)
    assert stream.getvalue() == demo_en


# ---------------------------------------------------------------------- French
def test_the_french_minutes_are_french_throughout(demo_fr: bytes) -> None:
    texts = pages(demo_fr)
    assert f"Page 1 sur {len(texts)}" in texts[0]
    text = whole(demo_fr)
    for words in (
        "Réunion du Conseil de l'Atlantique Nord au niveau des représentants permanents",
        "Date mercredi 18 novembre 2026",
        "Ouverture 10 h 00",
        "Présidence Elena Marković, Secrétaire général délégué",
        "Présents",
        "Délégations absentes : Islande.",
        "Table des matières",
        "Note de bas de page Danemark, paragraphe 4.2 : « Denmark's participation",
        "Toutes les autres délégations ont donné leur accord.",
        "Procédure d'accord tacite",
        "Date limite jeudi 19 novembre 2026, 18 h 00 (heure de Bruxelles)",
        "19 nov. 2026, 8 h 40 France, paragraphes 3, 5 — ROMPT LE SILENCE",
        "TARDIVE : reçue après la date limite",
        "Résultat : Silence rompu par France, Belgique et Allemagne",
        "Renvoyé à : Comité politique et des partenariats.",
        "Secrétariat international (personnel) : Matthieu Lambert",
        "Lieu Siège de l'OTAN, Bruxelles",
        "Budget civil : plafond de dépenses pour le prochain exercice financier",
        "« La Roumanie souligne l'importance d'une présence alliée renforcée",
        "Approuvé ad referendum.",
        "Suites à donner",
        "Annexe : tableau des positions",
        "A accord · D accord ad referendum",
        "Empreinte du présent compte rendu (SHA-256)",
    ):
        assert words in text, words
    for english in ("All other delegations", "Page 2 of", "BREAKS SILENCE", "Brussels time"):
        assert english not in text
    assert "[non traduit]" not in text  # every text of the secretariat is in French
    assert reader(demo_fr).trailer["/Root"]["/Lang"] == "fr-FR"


def test_french_dates_need_no_locale() -> None:
    assert dates.long_date(date(2026, 11, 1), "fr") == "1er\u00a0novembre 2026"
    assert dates.long_date(date(2026, 8, 15), "fr", weekday=True) == "samedi 15\u00a0août 2026"
    moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # the night the clocks go forward
    assert dates.date_time(moment, BRUSSELS, "en") == "Sunday 29\u00a0March 2026, 03:30"
    assert dates.date_time(moment, BRUSSELS, "fr") == "dimanche 29\u00a0mars 2026, 3\u00a0h\u00a030"


# ---------------------------------------------------------------------- large, awkward sessions
def test_every_objection_and_reservation_is_named_with_its_text(
    large: tuple[Minutes, Expected, bytes],
) -> None:
    data, expected, pdf = large
    text = chrome_free(pdf, chrome_lines(data))
    items = sections(text, [i.title.en for i in data.items], after="Annex: position grid")
    assert expected.objections and expected.reservations
    for found, label in ((expected.objections, "Objection"), (expected.reservations, "Reserv")):
        for number, code, statement in found:
            attendee = data.attendee(code)
            assert attendee is not None
            # A position logged for an absent delegation was conveyed in writing.
            name = attendee.name.en + (
                "" if attendee.present else " (absent; position conveyed in writing)"
            )
            quote = f": “{flat(statement)}”" if statement.strip() else "."
            assert f"{name}, paragraphs 3, 4.1{quote}" in items[number], (number, code)
            assert label in items[number]


def test_every_silence_break_is_named_with_its_time_and_late_letters_flagged(
    large: tuple[Minutes, Expected, bytes],
) -> None:
    data, expected, pdf = large
    text = chrome_free(pdf, chrome_lines(data))
    items = sections(text, [i.title.en for i in data.items], after="Annex: position grid")
    assert expected.breaks and expected.late
    for number, code, received in expected.breaks:
        attendee = data.attendee(code)
        assert attendee is not None
        wall = dates.local(received, BRUSSELS)
        when = f"{flat(dates.short_date(wall.date(), 'en'))}, {dates.clock(wall, 'en')}"
        assert f"{when} {attendee.name.en} — BREAKS SILENCE" in items[number]
    for number, code in expected.late:
        attendee = data.attendee(code)
        assert attendee is not None
        assert f"{attendee.name.en} — LATE: received after the deadline" in items[number]


def test_user_markup_and_foreign_scripts_print_literally(
    large: tuple[Minutes, Expected, bytes],
) -> None:
    data, _, pdf = large
    text = whole(pdf)
    for statement in MARKUP:
        assert flat(statement) in text
    for words in ("Čeněk Řezníček", "Łucja Żółkiewska", "Şükrü Çağlayan", "Γιώργος Παπαδόπουλος",
                  "Олена Шевченко", "Zoë O'Brien & Sons <b>Ltd</b>", "Україна <UA>",
                  "Вільнюс / Vilnius — Παλάτι <Conference & Centre>"):  # fmt: skip
        assert words in text, words
    assert "Item 15: Łódź & <co>" in text
    texts = pages(pdf)
    assert all(f"Page {n} of {len(texts)}" in t for n, t in enumerate(texts, start=1))
    outline = [entry.title for entry in reader(pdf).outline]
    assert [t for t in outline if re.match(r"\d+\. ", t)] == [
        f"{i.number}. {i.title.en}" for i in data.items
    ]


def test_a_relaunched_procedure_says_what_it_replaces(
    large: tuple[Minutes, Expected, bytes],
) -> None:
    data, _, pdf = large
    text = chrome_free(pdf, chrome_lines(data))
    twelve = sections(text, [i.title.en for i in data.items], after="Annex: position grid")[12]
    assert "Silence procedure 1" in twelve
    assert "Silence procedure 2" in twelve
    assert "Launched on a revised text, replacing procedure 1." in twelve
    assert "Procedure withdrawn" not in twelve  # it had settled: nothing to withdraw


def test_draft_until_the_meeting_is_closed(open_session: tuple[Workspace, int]) -> None:
    ws, session_id = open_session
    draft = render(ws.minutes.assemble(session_id), "en")
    texts = pages(draft)
    assert all("DRAFT" in text for text in texts)
    assert "DRAFT: the meeting has not been closed." in flat(texts[0])
    assert "Closed not yet closed" in flat(texts[0])
    ws.sessions.close(session_id)
    final = render(ws.minutes.assemble(session_id), "en")
    assert "DRAFT" not in whole(final)
    assert "PROJET" not in whole(render(ws.minutes.assemble(session_id), "fr"))


def test_a_large_grid_turns_landscape_and_splits_evenly() -> None:
    assert slices(20) == (PORTRAIT, [range(0, 20)])
    orientation, parts = slices(300)
    assert orientation == LANDSCAPE
    assert [len(p) for p in parts] == [38] * 7 + [34]
    positions = list(Position)
    items = tuple(
        plain.item(n, {c: positions[(n + i) % 9] for i, c in enumerate(plain.CODES)})
        for n in range(1, 101)
    )
    pdf = render(plain.minutes(items, plain.attendees(32)), "en")
    document = reader(pdf)
    annex = [p for p in document.pages if "Items " in (p.extract_text() or "")]
    assert len(annex) == 3
    assert all(float(p.mediabox.width) > float(p.mediabox.height) for p in annex)
    assert all(float(p.mediabox.width) < float(p.mediabox.height) for p in document.pages[:2])
    captions = [re.search(r"Items \d+ to \d+", p.extract_text()).group(0) for p in annex]  # type: ignore[union-attr]
    assert captions == ["Items 1 to 34", "Items 35 to 68", "Items 69 to 100"]
    for page in annex:
        assert page.extract_text().count("NATO RESTRICTED") == 2


# ---------------------------------------------------------------------- writing and progress
def test_writing_to_a_path_is_atomic(demo: Minutes, demo_en: bytes, tmp_path: Path) -> None:
    target = tmp_path / "minutes.pdf"
    target.write_bytes(b"the previous issue")

    def fail(*_args: object) -> None:
        raise RuntimeError("layout failed")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("desktop.reports.minutes.render", fail)
        with pytest.raises(RuntimeError):
            build_minutes(demo, "en", target)
    assert target.read_bytes() == b"the previous issue"
    build_minutes(demo, "en", target)
    assert target.read_bytes() == demo_en
    assert not list(tmp_path.glob(".minutes.pdf.*"))  # no temporary file left behind


def test_progress_rises_to_the_end(demo: Minutes) -> None:
    calls: list[tuple[int, int]] = []
    render(demo, "en", progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (100, 100)
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(done) > 3


def test_an_unknown_language_is_refused(demo: Minutes) -> None:
    with pytest.raises(ValueError, match="English"):
        build_minutes(demo, "de", io.BytesIO())


# ---------------------------------------------------------------------- properties
READABLE = st.text(
    alphabet=st.sampled_from(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 <>&\"';:/()[]#%*!?.,-"
        "ČčĆćĐđŁłŃńŚśŹźŻżŞşĞğİıŐőŰűÆæØøÅåßÄäÖöÜüÉéÈèÊêÇçÑñ"
        "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψωάέήίόύώ"
        "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяЇїЄєІі\n"
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statement=READABLE, name=READABLE)
def test_any_readable_text_prints_exactly_as_typed(statement: str, name: str) -> None:
    if not flat(statement) or not flat(name):
        return
    items = (plain.item(1, {"ALB": Position.OBJECTION, "BEL": Position.AGREE}),)
    record = items[0].positions[0]
    step = replace(record.current, text=statement)
    items = (replace(items[0], positions=(replace(record, path=(step,)), items[0].positions[1])),)
    data = plain.minutes(items, plain.attendees(2, head=name), chair=name)
    text = whole(render(data, "en"))
    assert f"Objection Ally ALB: “{flat(statement)}”" in text
    assert flat(name) in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statement=st.text(max_size=80), title=st.text(max_size=80))
def test_no_text_breaks_the_export(statement: str, title: str) -> None:
    items = (plain.item(1, {"ALB": Position.FOOTNOTE, "BEL": Position.AGREE}, text=statement),)
    items = (
        replace(
            items[0], title=Bilingual(title or "x", title or "x"), summary=Bilingual(statement)
        ),
    )
    pdf = render(plain.minutes(items, reference=title), "fr")
    assert pages(pdf)


# ---------------------------------------------------------------------- grouping
def test_one_sentence_for_the_many_who_agreed() -> None:
    agree = dict.fromkeys(plain.CODES, Position.AGREE)
    grouped = group_positions(plain.item(1, agree), plain.attendees())
    assert (grouped.groups, grouped.closing) == ((), "all_agreed")
    agree["BEL"] = Position.OBJECTION
    grouped = group_positions(plain.item(1, agree), plain.attendees())
    assert [g.kind for g in grouped.groups] == [GroupKind.OBJECTION]
    assert grouped.closing == "all_others_agreed"


def test_a_minority_that_agreed_is_named() -> None:
    some = {"ALB": Position.AGREE, "BEL": Position.AWAITING_INSTRUCTIONS}
    grouped = group_positions(plain.item(1, some), plain.attendees())
    kinds = [g.kind for g in grouped.groups]
    assert kinds == [GroupKind.AWAITING, GroupKind.AGREE, GroupKind.NOT_STATED]
    assert grouped.closing is None
    assert len(grouped.groups[-1].entries) == len(plain.CODES) - 2


def test_nothing_said_on_a_decision_item() -> None:
    grouped = group_positions(plain.item(1, {}), plain.attendees())
    assert (grouped.groups, grouped.closing) == ((), "no_positions")


# ---------------------------------------------------------------------- less common records
def test_a_revision_abroad_says_so() -> None:
    data = replace(
        plain.minutes((plain.item(1, {"ALB": Position.AGREE}),)),
        revision=1,
        time_zone="America/New_York",
    )
    texts = pages(render(data, "en"))
    first = flat(texts[0])
    assert "C-R(2025)0001-REV1" in first
    assert "Revision 1: this text replaces earlier issues of the record." in first
    assert "Opened 04:00" in first  # 08:00 UTC, in New York's summer time
    assert "Times Local time (America/New_York)" in first
    assert all("C-R(2025)0001-REV1" in text for text in texts[1:])
    assert "NATO RESTRICTED" in texts[0]


def test_a_withdrawn_procedure_and_letters_that_break_nothing() -> None:
    from desktop.domain.minutes import SilenceRecord
    from desktop.domain.silence import SilenceProcedure

    t0 = plain.T0
    procedure = (
        SilenceProcedure.launch(t0, t0 + timedelta(days=2), frozenset(plain.CODES))
        .receive_letter("UKR", t0 + timedelta(hours=1), text="Outside <the> consensus.")
        .withdraw(t0 + timedelta(hours=2), "Text & <title> to be revised.")
        .receive_letter("BEL", t0 + timedelta(hours=3), text="After the withdrawal.")
    )
    record = SilenceRecord(
        1, "PO(2025)0001", Bilingual("Draft", "Projet"), "Secretary General", procedure
    )
    item = replace(plain.item(1, {}), silence=(record,))
    text = whole(render(plain.minutes((item,)), "en"))
    assert "UKR — letter from a delegation without decision rights; does not break silence" in text
    assert "Procedure withdrawn. Reason: Text & <title> to be revised." in text
    assert "Ally BEL — received after the procedure was withdrawn" in text
    assert "Result: Withdrawn on Thursday 5 June 2025, 12:00 (Brussels time)." in text


# ---------------------------------------------------------------------- speakers
def test_the_speakers_line_names_who_spoke_and_for_how_long(demo_en: bytes, demo_fr: bytes) -> None:
    english, french = whole(demo_en), whole(demo_fr)
    assert "Speakers: Romania (2 min 10 s), Bulgaria (45 s), Ukraine (1 min 30 s)." in english
    assert "Intervenants : Roumanie (2 min 10 s), Bulgarie (45 s), Ukraine (1 min 30 s)." in french
    assert english.count("Speakers:") == 1  # only the item that had a speakers' list


def test_a_speaker_with_no_timed_turn_is_named_without_a_time() -> None:
    people = plain.attendees(3)
    record = replace(
        plain.item(1, {}),
        speakers=(SpeakerRecord("BEL", 0), SpeakerRecord("ALB", 3725)),
    )
    text = whole(render(plain.minutes((record,), people), "en"))
    assert "Speakers: Ally BEL, Ally ALB (1 h 02 min)." in text
