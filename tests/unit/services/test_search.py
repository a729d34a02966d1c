"""Archive search (FTS5, kept in step by triggers) and a delegation's history."""

from __future__ import annotations

import csv
import io
import sqlite3
import unicodedata
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.silence import LetterKind, LetterStatus
from desktop.services import ServiceError, ValidationError, Workspace
from desktop.services.dto import HistoryKind, HitKind, SearchHit
from desktop.services.search import MAX_TERMS, fts_query, parse_query, passage
from tests.unit.services.conftest import sql

DEADLINE = datetime(2024, 5, 6, 12, 0)  # Brussels wall-clock time


def found(hits: list[SearchHit]) -> list[tuple[str, int, str]]:
    return sorted((hit.kind.value, hit.item_id, hit.delegation) for hit in hits)


@pytest.fixture
def mcm(ws: Workspace) -> int:
    """A second session: Foreign Ministers, a year earlier."""
    return ws.sessions.create(
        body_kind="NAC",
        level="foreign_ministers",
        session_date=date(2023, 4, 4),
        reference="C-M(2023)0010",
    ).value.id


@pytest.fixture
def mc(ws: Workspace) -> int:
    """A third: the Military Committee."""
    return ws.sessions.create(
        body_kind="MC", level="military_representatives", session_date=date(2024, 1, 17)
    ).value.id


# ---------------------------------------------------------------------- what is found
def test_an_item_is_found_by_its_title_summary_and_documents(ws: Workspace, nac: int) -> None:
    item = ws.agenda.add_item(
        nac,
        "Maritime posture in the Baltic Sea",
        documents="PO(2024)0123",
        summary="The Council discussed undersea infrastructure protection.",
    ).value.id
    for query in ("baltic", "undersea infrastructure", "PO(2024)0123", "po 2024 0123"):
        hits = ws.search.search(query)
        assert found(hits) == [("item", item, "")], query
    [hit] = ws.search.search("Baltic")
    assert (hit.session_id, hit.session_reference, hit.session_date) == (
        nac,
        "C-R(2024)0020",
        date(2024, 5, 2),
    )
    assert (hit.item_number, hit.item_title) == (1, "Maritime posture in the Baltic Sea")
    assert hit.session_title == "North Atlantic Council — Permanent Representatives"
    assert (hit.body, hit.level) == ("NAC", "permanent_representatives")
    assert hit.snippet == "Maritime posture in the Baltic Sea"
    assert hit.marked("[", "]") == "Maritime posture in the [Baltic] Sea"
    assert hit.current


def test_accents_and_case_do_not_matter_either_way(ws: Workspace, item: int) -> None:
    ws.positions.log(item, "TUR", "objection", text="Türkiye cannot agree to paragraph 4.")
    ws.positions.log(item, "FRA", "reservation", text="La France émet une RÉSERVE générale.")
    assert found(ws.search.search("turkiye")) == [("statement", item, "TUR")]
    assert found(ws.search.search("TÜRKIYE")) == [("statement", item, "TUR")]
    assert found(ws.search.search("reserve generale")) == [("statement", item, "FRA")]
    assert found(ws.search.search("émet réservé")) == [("statement", item, "FRA")]
    [hit] = ws.search.search("emet")
    assert hit.marked("<", ">") == "La France <émet> une RÉSERVE générale."
    assert hit.position is Position.RESERVATION
    assert (hit.outcome, hit.letter_kind) == (None, None)


def test_cyrillic_text_is_found(ws: Workspace, item: int) -> None:
    ws.positions.log(item, "BGR", "agree_with_statement", text="България подкрепя решението.")
    assert found(ws.search.search("подкрепя")) == [("statement", item, "BGR")]
    assert found(ws.search.search("БЪЛГАРИЯ")) == [("statement", item, "BGR")]


def test_the_last_word_is_a_prefix_while_it_is_typed(ws: Workspace, item: int) -> None:
    ws.positions.log(item, "TUR", "objection", text="Türkiye cannot agree.")
    assert found(ws.search.search("Turk")) == [("statement", item, "TUR")]
    assert ws.search.search("Turk ") == []  # a space: the word is finished
    assert ws.search.search("Turk agree") == []  # only the last word is a prefix
    assert ws.search.search('"Turk"') == []  # a quoted word is a whole word


def test_a_quoted_phrase_keeps_its_words_together(ws: Workspace, item: int) -> None:
    ws.positions.log(item, "DNK", "footnote", text="Subject to national procurement rules.")
    ws.positions.log(item, "NOR", "footnote", text="Rules of national law apply.")
    assert found(ws.search.search("national rules")) == [
        ("statement", item, "DNK"),
        ("statement", item, "NOR"),
    ]
    assert found(ws.search.search('"national procurement rules"')) == [("statement", item, "DNK")]
    assert ws.search.search('"rules national"') == []


def test_a_quoted_phrase_stays_within_one_field(ws: Workspace, nac: int) -> None:
    item = ws.agenda.add_item(
        nac, "Maritime posture", documents="PO(2024)0123", summary="Baltic Sea"
    ).value.id
    assert found(ws.search.search("posture baltic")) == [("item", item, "")]
    assert ws.search.search('"posture baltic"') == []  # the title's end, the summary's start
    assert ws.search.search('"posture po"') == []
    assert ws.search.search('"0123 baltic"') == []


def test_a_very_long_statement_is_kept_whole_and_found(ws: Workspace, item: int) -> None:
    """A statement of a million characters of distinct words, more than a PostgreSQL tsvector
    holds: stored whole, found by its opening words (PostgreSQL indexes the first 100,000
    characters of a text)."""
    said = "Opening words. " + " ".join(f"w{n:06x}" for n in range(120_000))
    ws.positions.log(item, "ISL", "footnote", text=said)
    [hit] = ws.search.search("opening words")
    assert hit.snippet.startswith("Opening words. w000000")
    assert found(ws.search.search("w000fff")) == [("statement", item, "ISL")]
    [entry] = ws.search.delegation_history("ISL")
    assert entry.text == said


def test_letters_decisions_and_procedures_are_found(ws: Workspace, item: int) -> None:
    procedure = ws.silence.launch(
        item, DEADLINE, text_reference="PO(2024)0777", title="Draft communiqué"
    ).value.id
    ws.silence.record_letter(
        procedure,
        "HUN",
        datetime(2024, 5, 3, 9, 0, tzinfo=UTC),
        reference="HUN/DEL/2024/0903",
        text="Hungary breaks silence on the paragraph on enlargement.",
    )
    ws.silence.record_letter(
        procedure,
        "NLD",
        datetime(2024, 5, 3, 10, 0, tzinfo=UTC),
        kind=LetterKind.COMMENT,
        text="Editorial: enlargement takes no capital.",
    )
    ws.outcomes.declare(item, Outcome.NO_CONSENSUS, decision_text="No consensus on enlargement.")
    hits = ws.search.search("enlargement")
    assert found(hits) == [
        ("decision", item, ""),
        ("letter", item, "HUN"),
        ("letter", item, "NLD"),
    ]
    kinds = {hit.delegation or hit.kind.value: hit for hit in hits}
    assert kinds["HUN"].letter_kind is LetterKind.BREAK
    assert kinds["NLD"].letter_kind is LetterKind.COMMENT
    assert kinds["decision"].outcome is Outcome.NO_CONSENSUS
    assert found(ws.search.search("HUN/DEL/2024/0903")) == [("letter", item, "HUN")]
    assert found(ws.search.search("PO(2024)0777")) == [("silence", item, "")]
    assert found(ws.search.search("communique")) == [("silence", item, "")]


def test_a_bare_position_without_text_is_not_indexed(ws: Workspace, item: int) -> None:
    ws.positions.log(item, "FRA", "agree")
    ws.positions.log(item, "DEU", "agree_ad_referendum", text="")
    assert ws.search.search("agree") == []


# ---------------------------------------------------------------------- what stands
def test_a_statement_replaced_since_is_history(ws: Workspace, item: int) -> None:
    ws.positions.log(item, "GRC", "reservation", text="Greece reserves its position on 9.")
    assert found(ws.search.search("greece")) == [("statement", item, "GRC")]
    ws.positions.log(item, "GRC", "agree")  # the reservation is lifted
    assert ws.search.search("greece") == []
    [old] = ws.search.search("greece", history=True)
    assert not old.current and old.position is Position.RESERVATION
    ws.positions.log(item, "GRC", "reservation", text="Greece reserves its position again.")
    hits = ws.search.search("greece", history=True)
    assert sorted(hit.current for hit in hits) == [False, True]
    [now] = ws.search.search("greece")
    assert now.snippet == "Greece reserves its position again."


def test_a_decision_withdrawn_or_replaced_is_history(ws: Workspace, item: int) -> None:
    ws.outcomes.declare(item, Outcome.AGREED, decision_text="The Council approved the plan.")
    assert [hit.kind for hit in ws.search.search("approved plan")] == [HitKind.DECISION]
    ws.outcomes.withdraw(item)
    assert ws.search.search("approved plan") == []
    [old] = ws.search.search("approved plan", history=True)  # the withdrawal is not indexed
    assert not old.current
    ws.outcomes.declare(item, Outcome.DEFERRED, decision_text="Deferred: the plan returns.")
    assert [hit.outcome for hit in ws.search.search("plan")] == [Outcome.DEFERRED]


def test_an_intervention_is_found_with_its_delegation_and_item(
    ws: Workspace, nac: int, item: int
) -> None:
    other = ws.agenda.add_item(nac, "Any other business").value.id
    ws.speakers.intervene(other, "FRA", "La France émet une réserve sur le calendrier.")
    ws.speakers.intervene(other, "DEU", "Germany asks for the calendar in writing.")
    ws.positions.log(item, "ITA", "reservation", text="Una riserva: calendar.")
    ws.speakers.start(item, "NOR")  # a turn timed by the clock alone: nothing to index
    ws.speakers.stop(item)
    [hit] = ws.search.search("reserve")  # without its accent
    assert (hit.kind, hit.delegation, hit.item_id, hit.item_number) == (
        HitKind.INTERVENTION,
        "FRA",
        other,
        2,
    )
    assert (hit.item_title, hit.session_id, hit.current) == ("Any other business", nac, True)
    assert (hit.position, hit.outcome, hit.letter_kind) == (None, None, None)
    assert hit.marked("<", ">") == "La France émet une <réserve> sur le calendrier."
    assert found(ws.search.search("RÉSERVE calendrier")) == [("intervention", other, "FRA")]
    assert found(ws.search.search("calendar")) == [
        ("intervention", other, "DEU"),
        ("statement", item, "ITA"),
    ]
    assert found(ws.search.search("calendar", delegation="deu")) == [("intervention", other, "DEU")]
    assert found(ws.search.search("calendar", kinds=[HitKind.INTERVENTION])) == [
        ("intervention", other, "DEU")
    ]
    assert found(ws.search.search("calendar", kinds=["statement"])) == [("statement", item, "ITA")]
    assert ws.search.search("calendar", position="reservation", delegation="DEU") == []
    assert sql(ws, "SELECT kind, count(*) FROM search_index GROUP BY kind ORDER BY kind") == [
        ("intervention", 2),
        ("item", 2),
        ("statement", 1),
    ]


def test_a_corrected_intervention_is_found_by_its_new_text(ws: Workspace, item: int) -> None:
    said = ws.speakers.intervene(item, "HUN", "Hungary supports the draft.").value.said
    ws.speakers.intervene(item, "POL", "Poland supports the draft too.")
    fixed = ws.speakers.correct_intervention(said[0].id, "Hungary studies the draft.").value.said
    [hit] = ws.search.search("studies")
    assert (hit.kind, hit.delegation, hit.current) == (HitKind.INTERVENTION, "HUN", True)
    assert found(ws.search.search("supports")) == [("intervention", item, "POL")]
    hits = ws.search.search("supports", history=True)
    assert sorted((hit.delegation, hit.current) for hit in hits) == [("HUN", False), ("POL", True)]
    # Corrected again (the correction corrected): only the latest text stands.
    latest = next(s.id for s in fixed if s.delegation == "HUN")
    ws.speakers.correct_intervention(latest, "Hungary agrees to the draft.")
    assert found(ws.search.search("hungary")) == [("intervention", item, "HUN")]
    assert [hit.snippet for hit in ws.search.search("hungary")] == ["Hungary agrees to the draft."]
    hits = ws.search.search("hungary", history=True)
    assert sorted((hit.current, hit.snippet) for hit in hits) == [
        (False, "Hungary studies the draft."),
        (False, "Hungary supports the draft."),
        (True, "Hungary agrees to the draft."),
    ]


def test_a_correction_of_an_older_row_still_replaces_the_latest_text(
    ws: Workspace, item: int
) -> None:
    """Corrections form a chain: whichever row of it a correction names, the newest row holds
    the text, as the minutes read it."""
    [first] = ws.speakers.intervene(item, "CZE", "Czechia: first wording.").value.said
    ws.speakers.correct_intervention(first.id, "Czechia: second wording.")
    ws.speakers.correct_intervention(first.id, "Czechia: third wording.")  # names the first
    assert [s.text for s in ws.speakers.state(item).said] == ["Czechia: third wording."]
    assert [hit.snippet for hit in ws.search.search("czechia")] == ["Czechia: third wording."]
    assert len(ws.search.search("czechia wording", history=True)) == 3


def test_an_intervention_taken_off_the_record_is_history(ws: Workspace, item: int) -> None:
    said = ws.speakers.intervene(item, "ESP", "Spain has a remark on paragraph 3.").value.said
    ws.speakers.correct_intervention(said[0].id, "")  # recorded in error
    assert ws.search.search("remark") == []
    [old] = ws.search.search("remark", history=True)
    assert (old.kind, old.delegation, old.current) == (HitKind.INTERVENTION, "ESP", False)
    assert found(ws.search.search("spain", delegation="ESP", history=True)) == [
        ("intervention", item, "ESP")
    ]


def test_a_session_moved_keeps_its_interventions_found(ws: Workspace, nac: int) -> None:
    item = ws.agenda.add_item(nac, "Exercise programme").value.id
    said = ws.speakers.intervene(item, "LTU", "Lithuania on the exercise calendar.").value.said
    ws.speakers.correct_intervention(said[0].id, "Lithuania on the exercise schedule.")

    ws.sessions.update(nac, session_date=date(2024, 9, 4), level="foreign_ministers")

    [hit] = ws.search.search("lithuania", level="foreign_ministers")
    assert (hit.kind, hit.session_date, hit.current) == (
        HitKind.INTERVENTION,
        date(2024, 9, 4),
        True,
    )
    assert hit.snippet == "Lithuania on the exercise schedule."
    hits = ws.search.search("lithuania", history=True, date_from=date(2024, 9, 1))
    assert sorted(hit.current for hit in hits) == [False, True]
    assert ws.search.search("lithuania", date_to=date(2024, 5, 31), history=True) == []


def test_an_edited_item_is_found_by_its_new_words_only(ws: Workspace, nac: int) -> None:
    item = ws.agenda.add_item(nac, "Readiness initiative").value.id
    ws.agenda.update_item(item, title="Force model", summary="Replaces the readiness plan.")
    assert found(ws.search.search("initiative")) == []
    assert found(ws.search.search("force model")) == [("item", item, "")]
    [hit] = ws.search.search("readiness")
    assert hit.snippet == "Replaces the readiness plan."


def test_removed_items_and_sessions_are_not_found_until_restored(ws: Workspace, nac: int) -> None:
    first = ws.agenda.add_item(nac, "Exercise programme").value.id
    second = ws.agenda.add_item(nac, "Exercise calendar").value.id
    ws.agenda.remove_item(first)
    [hit] = ws.search.search("exercise")
    assert (hit.item_id, hit.item_number) == (second, 1)  # numbered as the agenda stands
    ws.sessions.remove(nac)
    assert ws.search.search("exercise") == []
    ws.sessions.restore(nac)
    ws.agenda.restore_item(first, 1)
    hits = {hit.item_id: hit.item_number for hit in ws.search.search("exercise")}
    assert hits == {first: 1, second: 2}


def test_an_imported_session_is_indexed(demo_ws: Workspace, tmp_path: Path) -> None:
    [session] = demo_ws.sessions.list_sessions()
    before = demo_ws.search.search("Türkiye")
    path = tmp_path / "session.json"
    demo_ws.files.export_to(session.id, path)
    copy = demo_ws.files.import_file(path, on_conflict="as_new").value
    after = demo_ws.search.search("Türkiye")
    assert len(after) == len(before) + 1
    assert {hit.session_id for hit in after} == {session.id, copy.id}
    demo_ws.sessions.remove(copy.id)  # the module's demo stays as it was for other tests


def test_a_session_moved_or_relevelled_is_found_as_it_is_now(ws: Workspace, nac: int) -> None:
    item = ws.agenda.add_item(nac, "Host nation support").value.id
    ws.positions.log(item, "POL", "reservation", text="Poland on host nation support.")
    ws.positions.log(item, "POL", "footnote", text="Poland's host nation footnote.")
    ws.outcomes.declare(item, Outcome.AGREED, decision_text="Host nation support agreed.")
    spring = {"date_from": date(2024, 5, 1), "date_to": date(2024, 5, 31)}
    assert len(ws.search.search("host nation", **spring)) == 3  # type: ignore[arg-type]

    ws.sessions.update(nac, session_date=date(2024, 9, 4), level="foreign_ministers")

    assert ws.search.search("host nation", **spring) == []  # type: ignore[arg-type]
    autumn = ws.search.search("host nation", date_from=date(2024, 9, 4), date_to=date(2024, 9, 4))
    assert found(autumn) == [("decision", item, ""), ("item", item, ""), ("statement", item, "POL")]
    assert all(hit.session_date == date(2024, 9, 4) for hit in autumn)
    assert len(ws.search.search("host nation", level="foreign_ministers")) == 3
    assert ws.search.search("host nation", level="permanent_representatives") == []
    # What stood and what did not is kept through the move.
    hits = ws.search.search("host nation", history=True, kinds=["statement"])
    assert sorted((hit.position, hit.current) for hit in hits) == [
        (Position.FOOTNOTE, True),
        (Position.RESERVATION, False),
    ]


# ---------------------------------------------------------------------- filters
def test_filters_by_body_level_and_dates(ws: Workspace, nac: int, mcm: int, mc: int) -> None:
    items = {
        sid: ws.agenda.add_item(sid, "Ukraine: support package").value.id for sid in (nac, mcm, mc)
    }
    assert {hit.session_id for hit in ws.search.search("ukraine")} == {nac, mcm, mc}
    assert {hit.session_id for hit in ws.search.search("ukraine", body="NAC")} == {nac, mcm}
    assert {hit.session_id for hit in ws.search.search("ukraine", body="MC")} == {mc}
    hits = ws.search.search("ukraine", level="foreign_ministers")
    assert [hit.item_id for hit in hits] == [items[mcm]]
    hits = ws.search.search("ukraine", date_from=date(2024, 1, 17), date_to=date(2024, 5, 1))
    assert [hit.session_id for hit in hits] == [mc]  # both ends are included
    hits = ws.search.search("ukraine", date_from=date(2024, 1, 18))
    assert [hit.session_id for hit in hits] == [nac]
    hits = ws.search.search("ukraine", date_to=date(2023, 12, 31))
    assert [hit.session_id for hit in hits] == [mcm]


def test_filters_by_delegation_position_and_kind(ws: Workspace, item: int) -> None:
    ws.agenda.update_item(item, summary="Cyber defence pledge")
    ws.positions.log(item, "EST", "agree_with_statement", text="Estonia on cyber defence.")
    ws.positions.log(item, "LVA", "footnote", text="Latvia on cyber defence.")
    assert len(ws.search.search("cyber")) == 3
    assert found(ws.search.search("cyber", delegation="est")) == [("statement", item, "EST")]
    assert found(ws.search.search("cyber", position="footnote")) == [("statement", item, "LVA")]
    assert found(ws.search.search("cyber", position=Position.FOOTNOTE, delegation="EST")) == []
    assert found(ws.search.search("cyber", kinds=[HitKind.ITEM])) == [("item", item, "")]
    assert len(ws.search.search("cyber", kinds=["item", "statement"])) == 3


def test_best_matches_come_first_and_the_limit_holds(ws: Workspace, nac: int) -> None:
    ws.agenda.add_item(nac, "Energy", summary="energy " + "other words " * 40)
    best = ws.agenda.add_item(nac, "Energy security: energy supply").value.id
    ws.agenda.add_item(nac, "Budget", summary="A word on energy.")
    hits = ws.search.search("energy")
    assert hits[0].item_id == best
    assert [hit.rank for hit in hits] == sorted(hit.rank for hit in hits)
    assert len(ws.search.search("energy", limit=2)) == 2


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        ({"body": "UN"}, "is not a body"),
        ({"level": "ambassadors"}, "is not a level"),
        ({"position": "maybe"}, "is not a position"),
        ({"kinds": ["minutes"]}, "is not a kind"),
        ({"date_from": date(2024, 2, 1), "date_to": date(2024, 1, 1)}, "swap the dates"),
        ({"limit": 0}, "Ask for 1 to 1000 results"),
    ],
)
def test_filters_the_archive_does_not_know_are_refused(
    ws: Workspace, arguments: dict[str, object], sentence: str
) -> None:
    with pytest.raises(ValidationError, match=sentence):
        ws.search.search("anything", **arguments)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- user text
NASTY = [
    '"',
    '""',
    '"""',
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "NEAR(a b, 3)",
    "a AND",
    "AND OR NOT",
    "*",
    "a*b",
    "^start",
    "title:foo",
    "{title body}: x",
    "-minus",
    "+plus",
    "(",
    ")",
    "a) OR (b",
    "'single'",
    "\\",
    "a\x00b",
    "C-R(2024)0020",
    "€ 100",
    "x" * 5000,
    " ".join(["word"] * 500),
    '"unterminated phrase',
    "\u0301",
    "🙂 stop",
]


@pytest.mark.parametrize("query", NASTY)
def test_no_query_text_breaks_the_search(ws: Workspace, item: int, query: str) -> None:
    ws.positions.log(item, "USA", "footnote", text="NEAR the end AND NOT before: stop (a) OR (b)")
    try:
        ws.search.search(query)
    except ValidationError as error:
        assert not any(c.isalnum() for c in query)
        assert str(error).endswith("not only punctuation.")


def test_operators_are_words_like_any_other(ws: Workspace, item: int) -> None:
    ws.positions.log(item, "USA", "footnote", text="NEAR the end AND NOT before")
    assert len(ws.search.search("near and not")) == 1
    assert len(ws.search.search("NOT")) == 1
    assert ws.search.search("OR") == []


@pytest.mark.parametrize("query", ["", "   ", '"', "?!", "()", "—", "\u0301\u0300", "\x00"])
def test_nothing_to_search_for_is_one_sentence(ws: Workspace, query: str) -> None:
    with pytest.raises(ValidationError) as raised:
        ws.search.search(query)
    assert str(raised.value) == (
        "Type a word to search for: letters or digits, not only punctuation."
    )


def test_a_long_query_keeps_its_first_words(ws: Workspace, item: int) -> None:
    words = [f"w{n}" for n in range(MAX_TERMS + 5)]
    ws.positions.log(item, "ITA", "footnote", text=" ".join(words[:MAX_TERMS]))
    assert len(ws.search.search(" ".join(words))) == 1
    assert fts_query(" ".join(words)).count('"') == 2 * MAX_TERMS


def test_the_query_is_made_of_quoted_strings_only() -> None:
    assert fts_query('climate "sea level" NEAR(') == '"climate" "sea level" "NEAR("*'
    assert fts_query('say "no') == '"say" "no"'
    assert fts_query("x y") == '"x" "y"'  # a one-letter word is not a prefix
    assert fts_query('he said ""hi"" ') == '"he" "said" "hi"'


def test_the_commonest_words_are_left_out_unless_alone() -> None:
    assert fts_query("the Alliance") == '"Alliance"*'
    assert fts_query("Conseil de l'Atlantique Nord") == '"Conseil" "Atlantique" "Nord"*'
    assert fts_query("qu’il d'Europe") == '"il" "Europe"*'
    assert fts_query("climate and ") == '"climate"'
    assert fts_query("Alliance the") == '"Alliance"'  # no prefix: the last word went
    assert fts_query('"the Alliance"') == '"the Alliance"'  # a phrase keeps them
    assert fts_query("the and") == '"the" "and"*'


def _fts_safe(query: str) -> bool:
    """Whether the service should find something to search for in ``query``."""
    return any(unicodedata.category(c)[0] in "LN" for c in query)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.text(max_size=60))
def test_arbitrary_user_text_never_raises(ws: Workspace, item: int, query: str) -> None:
    ws.positions.log(item, "FRA", "reservation", text="La France émet une réserve (article 5).")
    try:
        hits = ws.search.search(query)
    except ValidationError:
        assert not _fts_safe(query)
    else:
        assert _fts_safe(query)
        assert all(hit.item_id == item for hit in hits)


@settings(max_examples=200, deadline=None)
@given(query=st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=40))
def test_every_query_the_service_builds_is_valid_fts5(query: str) -> None:
    try:
        match = fts_query(query)
    except ValidationError:
        return
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(
            "CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')"
        )
        db.execute("INSERT INTO t VALUES ('some text')")
        db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (match,)).fetchall()


def test_a_broad_query_ranks_its_newest_matches(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past CANDIDATES matches, the best are taken among the newest ones only."""
    from db import archive_index

    sessions = []
    for day in (date(2024, 1, 10), date(2024, 2, 14), date(2024, 3, 13), date(2024, 4, 10)):
        sid = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=day
        ).value.id
        best = day.month == 1  # the oldest says it most
        ws.agenda.add_item(sid, "Readiness readiness readiness" if best else "Readiness plan")
        for n in range(5):
            ws.agenda.add_item(sid, f"Other business {n}")
        sessions.append(sid)
    hits = ws.search.search("readiness")
    assert hits[0].session_id == sessions[0] and len(hits) == 4
    monkeypatch.setattr(archive_index, "CANDIDATES", 2)
    hits = ws.search.search("readiness")
    assert sorted(hit.session_id for hit in hits) == sessions[2:]


def test_a_partners_statement_is_found_whatever_the_case_of_its_code(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.attendance.add_participant(nac, "Ukr", kind="partner", name="Ukraine")
    ws.positions.log(item, "Ukr", "agree_with_statement", text="Ukraine thanks Allies.")
    for code in ("Ukr", "UKR", "ukr"):
        assert found(ws.search.search("thanks", delegation=code)) == [("statement", item, "Ukr")]


def test_a_passage_is_cut_around_the_matches_between_words() -> None:
    text = (
        "The Council considered the revised text. " * 3
        + "Allies discussed the implications for the Alliance's posture in the Black Sea "
        + "and the need for readiness. " * 6
    )
    shown, marks = passage(text, parse_query("black sea"))
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) <= 112
    assert [shown[a:b] for a, b in marks] == ["Black", "Sea"]
    assert not shown[1].isspace() and shown[1:2].isalpha()  # starts on a word
    whole, marks = passage("Türkiye cannot agree.", parse_query("turk"))
    assert (whole, [whole[a:b] for a, b in marks]) == ("Türkiye cannot agree.", ["Türkiye"])
    unmatched, marks = passage("Nothing to see " * 20, parse_query("elsewhere"))
    assert marks == () and unmatched.endswith("…") and not unmatched.startswith("…")
    assert "\n" not in passage("line one\nline two", parse_query("two"))[0]


# ---------------------------------------------------------------------- a delegation's history
def test_history_lists_objections_reservations_footnotes_and_breaks(
    ws: Workspace, nac: int, mcm: int, clock
) -> None:
    first = ws.agenda.add_item(nac, "Partnership menu").value.id
    second = ws.agenda.add_item(nac, "Climate guidance").value.id
    older = ws.agenda.add_item(mcm, "Communiqué").value.id
    ws.positions.log(older, "HUN", "objection", text="Not this year.")
    ws.positions.log(first, "HUN", "awaiting_instructions")
    ws.positions.log(first, "HUN", "reservation", text="On paragraph 4.", paragraphs=["4"])
    clock.advance(minutes=5)
    ws.positions.log(first, "HUN", "agree")  # the reservation is lifted
    ws.positions.log(second, "HUN", "footnote", text="Hungary's footnote.")
    ws.positions.log(second, "POL", "objection", text="Not Hungary's.")
    wrong = ws.positions.log(second, "HUN", "objection").value  # the operator meant F
    ws.positions.correct(wrong.event_id, "footnote", text="Hungary's footnote.")
    procedure = ws.silence.launch(second, DEADLINE, title="Guidance").value.id
    ws.silence.record_letter(
        procedure, "HUN", datetime(2024, 5, 3, 9, 0, tzinfo=UTC), text="Hungary breaks."
    )
    ws.silence.record_letter(
        procedure, "HUN", datetime(2024, 5, 3, 10, 0, tzinfo=UTC), kind="comment"
    )

    entries = ws.search.delegation_history("hun")

    assert [(e.session_id, e.item_id, e.kind, e.standing) for e in entries] == [
        (mcm, older, HistoryKind.OBJECTION, True),
        (nac, first, HistoryKind.RESERVATION, False),
        (nac, second, HistoryKind.FOOTNOTE, False),  # replaced by the corrected footnote
        (nac, second, HistoryKind.FOOTNOTE, True),
        (nac, second, HistoryKind.SILENCE_BREAK, True),
    ]
    assert all(e.delegation == "HUN" for e in entries)
    reservation = entries[1]
    assert (reservation.item_number, reservation.item_title) == (1, "Partnership menu")
    assert reservation.paragraphs == ("4",)
    assert reservation.session_reference == "C-R(2024)0020"
    letter = entries[-1]
    assert (letter.text, letter.letter_status) == ("Hungary breaks.", LetterStatus.BREAKS)
    assert letter.at == datetime(2024, 5, 3, 9, 0, tzinfo=UTC)

    within = ws.search.delegation_history("HUN", date_from=date(2024, 1, 1))
    assert [e.session_id for e in within] == [nac] * 4
    before = ws.search.delegation_history("HUN", date_to=date(2023, 12, 31))
    assert [e.item_id for e in before] == [older]
    breaks = ws.search.delegation_history("HUN", kinds=[HistoryKind.SILENCE_BREAK])
    assert [e.kind for e in breaks] == [HistoryKind.SILENCE_BREAK]
    assert ws.search.delegation_history("HUN", kinds=["study_reserve"]) == []
    assert ws.search.delegation_history("ISL") == []


def test_a_withdrawn_break_is_listed_as_no_longer_standing(ws: Workspace, item: int) -> None:
    procedure = ws.silence.launch(item, DEADLINE).value.id
    ws.silence.record_letter(procedure, "ESP", datetime(2024, 5, 3, 9, 0, tzinfo=UTC))
    ws.silence.withdraw_break(procedure, 1, datetime(2024, 5, 3, 17, 0, tzinfo=UTC))
    [entry] = ws.search.delegation_history("ESP")
    assert not entry.standing and entry.letter_status is LetterStatus.BREAK_WITHDRAWN


def test_history_leaves_out_removed_items(ws: Workspace, item: int) -> None:
    ws.positions.log(item, "TUR", "objection")
    ws.agenda.remove_item(item)
    assert ws.search.delegation_history("TUR") == []


@pytest.mark.parametrize(
    ("code", "arguments", "sentence"),
    [
        ("", {}, "Choose the delegation"),
        ("FRA", {"kinds": ["applause"]}, "is not a kind of history entry"),
        ("FRA", {"date_from": date(2025, 1, 1), "date_to": date(2024, 1, 1)}, "swap the dates"),
    ],
)
def test_history_refuses_what_it_cannot_answer(
    ws: Workspace, code: str, arguments: dict[str, object], sentence: str
) -> None:
    with pytest.raises(ValidationError, match=sentence):
        ws.search.delegation_history(code, **arguments)  # type: ignore[arg-type]


def test_demo_history_of_france(demo_ws: Workspace) -> None:
    entries = demo_ws.search.delegation_history("FRA")
    assert [(e.kind, e.reference, e.paragraphs) for e in entries] == [
        (HistoryKind.SILENCE_BREAK, "FRA/DEL/2026/0840", ("3", "5"))
    ]


# ---------------------------------------------------------------------- CSV
def test_history_exports_to_csv_atomically(ws: Workspace, item: int, tmp_path: Path) -> None:
    ws.positions.log(item, "TUR", "objection", text="Türkiye: =SUM(A1) is not a formula.")
    ws.positions.log(item, "FRA", "footnote", text="-1 paragraph; « guillemets ».")
    entries = ws.search.delegation_history("TUR") + ws.search.delegation_history("FRA")
    target = tmp_path / "history.csv"
    target.write_text("an older export")

    written = ws.search.export_history_csv(entries, target)

    assert written == target
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: spreadsheets read accents
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0][:8] == [
        "Session date",
        "Session reference",
        "Session",
        "Item",
        "Item title",
        "Delegation",
        "What",
        "Standing",
    ]
    assert rows[1][:9] == [
        "2024-05-02",
        "C-R(2024)0020",
        "North Atlantic Council — Permanent Representatives",
        "1",
        "Council decision on the work programme",
        "TUR",
        "objection",
        "yes",
        "Türkiye: =SUM(A1) is not a formula.",
    ]
    assert rows[2][8] == "'-1 paragraph; « guillemets »."  # no formula in a spreadsheet
    assert rows[1][-1] == "2024-05-02 08:00:00"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".history")] == []


def test_csv_export_to_a_folder_or_missing_folder_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is a folder"):
        ws.search.export_history_csv([], tmp_path)
    with pytest.raises(ServiceError, match="could not be written"):
        ws.search.export_history_csv([], tmp_path / "missing" / "history.csv")
    assert not (tmp_path / "missing").exists()


def test_an_empty_history_exports_its_header(ws: Workspace, tmp_path: Path) -> None:
    path = ws.search.export_history_csv([], tmp_path / "empty.csv")
    assert path.read_bytes().count(b"\r\n") == 1


# ---------------------------------------------------------------------- the demo
def test_demo_search(demo_ws: Workspace) -> None:
    [hit] = demo_ws.search.search("Turkiye")
    assert (hit.kind, hit.delegation, hit.item_number) == (HitKind.STATEMENT, "TUR", 2)
    assert hit.position is Position.OBJECTION
    assert "Türkiye" in hit.snippet
    hits = demo_ws.search.search("paragraph", kinds=["letter"])
    assert {hit.delegation for hit in hits} == {"FRA", "DEU", "ITA", "ESP"}
    assert found(demo_ws.search.search("scrutiny", history=True)) == [
        ("statement", hit.item_id + 1, "HUN"),
        ("statement", hit.item_id + 1, "HUN"),
    ]


def test_history_follows_the_operators_word_on_corrections(ws: Workspace, nac: int, clock) -> None:
    item = ws.agenda.add_item(nac, "Partnership menu").value.id
    ws.positions.log(item, "HUN", "objection", text="Not this year.")
    clock.advance(minutes=5)
    lifted = ws.positions.log(item, "HUN", "agree").value  # a change: the objection was said
    assert [e.kind for e in ws.search.delegation_history("HUN")] == [HistoryKind.OBJECTION]
    ws.positions.reclassify(lifted.event_id, True)  # no: the objection was a mistyped key
    assert ws.search.delegation_history("HUN") == []
    ws.positions.reclassify(lifted.event_id, False)
    assert [e.kind for e in ws.search.delegation_history("HUN")] == [HistoryKind.OBJECTION]
