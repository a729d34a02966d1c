"""The archive search answers the same on SQLite (FTS5) and PostgreSQL (its own text search):
the same hits, with the same passages and marks, for the same words typed.

The ranks are each engine's own (BM25, ts_rank_cd), so the order of hits of equal merit may
differ: the hits are compared as sets; test_search pins the order a user relies on (the
best match first). The folding differs on purpose where PostgreSQL's ``unaccent`` goes
further than SQLite's ``remove_diacritics`` (ß, ø, æ, ł, Greek and Cyrillic accents,
ligatures, full-width letters): the texts here keep to what both fold alike."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import pytest

from desktop.domain.outcomes import Outcome
from desktop.domain.silence import LetterKind
from desktop.services import Actor, ValidationError, Workspace
from desktop.services.dto import SearchHit

if TYPE_CHECKING:
    from tests.pg_server import Server

pytestmark = pytest.mark.postgresql

DEADLINE = datetime(2024, 5, 6, 12, 0)  # Brussels wall-clock time


def _morning() -> datetime:
    """The clock of the workspaces: the morning of 2 May 2024."""
    return datetime(2024, 5, 2, 8, 0, tzinfo=UTC)


STATEMENTS = [
    ("TUR", "objection", "Türkiye cannot agree to paragraph 4 of the communiqué."),
    ("FRA", "reservation", "La France émet une RÉSERVE générale sur l'article 5."),
    ("BGR", "agree_with_statement", "България подкрепя решението за Черно море."),
    ("DNK", "footnote", "Subject to national procurement rules (PO(2024)0123)."),
    ("NOR", "footnote", "Rules of national law apply; see C-M(2023)0010."),
    ("HUN", "reservation", "Hungary reserves its position on enlargement, for now."),
    ("POL", "agree_with_statement", "Poland supports host nation support in the east."),
    ("ESP", "study_reserve", "España estudia el párrafo sobre la defensa aérea."),
    ("ROU", "footnote", "România: note de bas de page sur la Mer Noire."),
    ("USA", "footnote", "NEAR the end AND NOT before: stop (a) OR (b) *star* ^caret"),
]
INTERVENTIONS = [
    ("LVA", "Latvija atbalsta Melnās jūras stratēģiju."),
    ("SVK", "Slovensko žiada o čas na preštudovanie."),
    ("PRT", "Portugal pede a palavra sobre a região do mar Negro."),
    ("GRC", "Greece asks that the Black Sea text be read again."),
]


def _write_corpus(ws: Workspace) -> None:
    nac = ws.sessions.create(
        body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2)
    ).value.id
    mcm = ws.sessions.create(
        body_kind="NAC", level="foreign_ministers", session_date=date(2023, 4, 4)
    ).value.id
    mc = ws.sessions.create(
        body_kind="MC", level="military_representatives", session_date=date(2024, 1, 17)
    ).value.id
    first = ws.agenda.add_item(
        nac,
        "Maritime posture in the Black Sea",
        documents="PO(2024)0123",
        summary="The Council discussed undersea infrastructure protection. " * 4,
    ).value.id
    second = ws.agenda.add_item(mcm, "Enlargement and partnerships", summary="Accession.")
    third = ws.agenda.add_item(mc, "Air policing: Western Balkans", documents="MC 0042/1")
    items = [first, second.value.id, third.value.id]
    for n, (code, position, said) in enumerate(STATEMENTS):
        ws.positions.log(items[n % 3], code, position, text=said, paragraphs=[str(n)])
    ws.positions.log(first, "HUN", "agree")  # Hungary's reservation there is history
    spoken = [
        ws.speakers.intervene(items[n % 3], code, words).value.said[-1]
        for n, (code, words) in enumerate(INTERVENTIONS)
    ]
    # Corrected (the old text is history), and taken off the record.
    ws.speakers.correct_intervention(spoken[0].id, "Latvija atbalsta stratēģiju.")
    ws.speakers.correct_intervention(spoken[1].id, "")
    procedure = ws.silence.launch(
        first, DEADLINE, text_reference="PO(2024)0777", title="Draft communiqué on the Black Sea"
    ).value.id
    at = datetime(2024, 5, 3, 9, 0, tzinfo=UTC)
    ws.silence.record_letter(
        procedure, "HUN", at, reference="HUN/DEL/2024/0903", text="Hungary breaks silence."
    )
    ws.silence.record_letter(
        procedure, "NLD", at, kind=LetterKind.COMMENT, text="Editorial: the Black Sea region."
    )
    ws.outcomes.declare(items[1], Outcome.NO_CONSENSUS, decision_text="No consensus on it.")
    ws.outcomes.declare(items[2], Outcome.REMITTED, remitted_to="Military Committee")


@pytest.fixture(scope="module")
def engines(
    tmp_path_factory: pytest.TempPathFactory, pg_server: Server, pg_template: str
) -> Iterator[list[Workspace]]:
    """The same archive on a SQLite file and on a PostgreSQL database (read only here)."""
    name = pg_server.create_database(template=pg_template)
    opened = []
    try:
        lite = tmp_path_factory.mktemp("engines") / "lite.sqlite"
        for location in (lite, pg_server.url_text(name)):
            ws = Workspace.open(location, actor=Actor("t", "w"), clock=_morning)
            opened.append(ws)
            _write_corpus(ws)
        yield opened
    finally:
        for ws in opened:
            ws.close()
        pg_server.drop_database(name)


def _answer(ws: Workspace, query: str, filters: dict[str, Any]) -> Any:
    try:
        hits = ws.search.search(query, **filters)
    except ValidationError as error:
        return str(error)
    return sorted(_seen(hit) for hit in hits)


def _seen(hit: SearchHit) -> tuple[Any, ...]:
    return (hit.kind.value, hit.item_id, hit.delegation, hit.current, hit.snippet, hit.marks)


def _queries(seed: int, count: int) -> list[str]:
    """Words of the corpus as a user types them: whole, in capitals, without accents, cut
    short (still typing), in pairs, quoted, with some junk."""
    texts = [said for _, _, said in STATEMENTS] + [said for _, said in INTERVENTIONS]
    words = sorted({w for said in texts for w in re.findall(r"\w+", said)})
    words += ["Black", "Sea", "Maritime", "undersea", "communiqué", "Balkans", "0777", "zzz"]
    strip = str.maketrans("üéÉáçăşţāēūžšč", "ueEacastaeuzsc")
    junk = ['"', "*", "(", ")", "-", "AND", "OR", "NOT", "NEAR(", ":", "^", "'", "l'", "d’"]
    chosen = random.Random(seed)
    queries = []
    for _ in range(count):
        a, b = chosen.choice(words), chosen.choice(words)
        shape = chosen.randrange(8)
        queries.append(
            [
                a,
                a.upper(),
                a.translate(strip),
                a[: max(2, len(a) // 2)],
                f"{a} {b}",
                f'"{a} {b}"',
                f"{a} {chosen.choice(junk)}{b[:3]}",
                f"{chosen.choice(junk)} {a.lower()} ",
            ][shape]
        )
    return queries


def test_the_same_words_find_the_same_hits_on_both_engines(engines: list[Workspace]) -> None:
    lite, server = engines
    for query in _queries(seed=12, count=160):
        assert _answer(server, query, {}) == _answer(lite, query, {}), query


@pytest.mark.parametrize(
    "filters",
    [
        {"history": True},
        {"delegation": "hun", "history": True},
        {"delegation": "LVA"},
        {"kinds": ["intervention"], "history": True},
        {"position": "footnote"},
        {"kinds": ["letter", "silence"]},
        {"body": "MC"},
        {"level": "foreign_ministers"},
        {"date_from": date(2024, 1, 17), "date_to": date(2024, 5, 1)},
        {"date_to": date(2023, 12, 31), "kinds": ["statement"]},
    ],
)
def test_the_filters_keep_the_same_hits_on_both_engines(
    engines: list[Workspace], filters: dict[str, Any]
) -> None:
    lite, server = engines
    for query in [*_queries(seed=34, count=25), "black sea", "paragraph", "Hungary", "note"]:
        assert _answer(server, query, filters) == _answer(lite, query, filters), query


def test_interventions_corrected_or_taken_off_read_alike(engines: list[Workspace]) -> None:
    lite, server = engines
    cases: list[tuple[str, dict[str, Any], list[tuple[str, bool]]]] = [
        ("atbalsta", {"history": True}, [("LVA", False), ("LVA", True)]),
        ("melnas", {}, []),  # the corrected wording only
        ("slovensko", {}, []),  # off the record
        ("slovensko", {"history": True}, [("SVK", False)]),
        ("black sea", {"kinds": ["intervention"]}, [("GRC", True)]),
    ]
    for query, filters, expected in cases:
        answer = _answer(lite, query, filters)
        assert [(seen[2], seen[3]) for seen in answer] == expected, query
        assert _answer(server, query, filters) == answer, query
