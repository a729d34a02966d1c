"""Bad input to the archive: any query, any delegation filter, any period, any file name.
A search answers or says, in one sentence, why it cannot (nothing to search for, a period
that ends before it starts, half a character); the history's CSV holds the text exactly."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.services import Actor, ServiceError, Workspace
from desktop.services.text_rules import CONTROL
from tests.unit.services.bad_input import (
    DAYS,
    FAST,
    LONG,
    NASTY,
    NASTY_OR_HALF,
    Clock,
    check_sentence,
    file_names,
    half,
    module_workspace,
    new_session,
)

if TYPE_CHECKING:
    from tests.pg_server import Server

STATEMENT = "Réserve <b>&amp;</b> \u202bשלום\u202c 🙂 '; DROP TABLE sessions; --\x00 100%_"


def said(ws: Workspace) -> str:
    """The statement the archive holds. A PostgreSQL text holds no NUL: what the services
    do with a statement that has one is for their own tests to say; here it has none."""
    return STATEMENT.replace("\x00", "") if ws.is_server else STATEMENT


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]
)
def archive(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Workspace, int]]:
    """One archive for the module, on each engine."""
    if request.param == "sqlite":
        for ws, _clock in module_workspace(tmp_path_factory, "search"):
            _sid, item = new_session(ws)
            ws.positions.log(item, "FRA", "reservation", text=said(ws), paragraphs=["4.2"])
            yield ws, item
        return
    server: Server = request.getfixturevalue("pg_server")
    name = server.create_database(template=request.getfixturevalue("pg_template"))
    ws = Workspace.open(server.url_text(name), actor=Actor("t", "w"), clock=Clock())
    try:
        _sid, item = new_session(ws)
        ws.positions.log(item, "FRA", "reservation", text=said(ws), paragraphs=["4.2"])
        yield ws, item
    finally:
        ws.close()
        server.drop_database(name)


def searchable(text: str) -> bool:
    return any(c.isalnum() for c in text)


@FAST
@given(
    query=NASTY_OR_HALF,
    delegation=st.none() | NASTY_OR_HALF,
    since=st.none() | DAYS,
    until=st.none() | DAYS,
)
@example(query=LONG, delegation=None, since=None, until=None)
@example(query="Réserve", delegation="fra", since=date(1, 1, 1), until=date(9999, 12, 31))
@example(query="DROP", delegation="\ud800", since=None, until=None)
def test_a_search_answers_or_says_why_not(
    archive: tuple[Workspace, int],
    query: str,
    delegation: str | None,
    since: date | None,
    until: date | None,
) -> None:
    ws, item = archive
    try:
        hits = ws.search.search(query, delegation=delegation, date_from=since, date_to=until)
    except ServiceError as error:
        check_sentence(error)
        reversed_period = since is not None and until is not None and since > until
        assert reversed_period or half(delegation or "") or not searchable(query), error
        return
    assert all(hit.item_id == item for hit in hits)


@FAST
@given(code=NASTY_OR_HALF, since=st.none() | DAYS, until=st.none() | DAYS)
@example(code=" fra ", since=date(1, 1, 1), until=date(9999, 12, 31))
@example(code=LONG, since=None, until=None)
def test_a_delegation_history_answers_or_says_why_not(
    archive: tuple[Workspace, int], code: str, since: date | None, until: date | None
) -> None:
    ws, _item = archive
    try:
        entries = ws.search.delegation_history(code, date_from=since, date_to=until)
    except ServiceError as error:
        check_sentence(error)
        reversed_period = since is not None and until is not None and since > until
        assert reversed_period or half(code) or not code.strip(), error
        return
    assert all(e.delegation == code.strip().upper() for e in entries)
    if code.strip().upper() == "FRA" and (since or date.min) <= date(2024, 5, 2) <= (
        until or date.max
    ):
        assert [e.text for e in entries] == [said(ws)]


def test_the_history_is_written_exactly_to_any_legal_file_name(
    archive: tuple[Workspace, int], tmp_path: Path
) -> None:
    ws, _item = archive
    entries = ws.search.delegation_history("FRA")
    for path in file_names(tmp_path):
        ws.search.export_history_csv(entries, path)
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
        assert rows[1][8] == said(ws)
        assert rows[1][9] == "4.2"


@pytest.mark.parametrize("name", ["nul\x00.csv", "half\ud800.csv"])
def test_a_file_name_no_system_allows_is_refused_in_a_sentence(
    archive: tuple[Workspace, int], tmp_path: Path, name: str
) -> None:
    ws, _item = archive
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ServiceError) as refused:
        ws.search.export_history_csv(ws.search.delegation_history("FRA"), folder / name)
    assert "file name" in check_sentence(refused.value)
    assert list(folder.iterdir()) == []


@FAST
# A place is one line: it holds no control character (a NUL among them, at which SQLite's
# LIKE would stop reading).
@given(words=NASTY.filter(lambda words: CONTROL.search(words) is None))
@example(words="100%_")
def test_the_session_list_finds_what_the_place_says(
    archive: tuple[Workspace, int], words: str
) -> None:
    ws, _item = archive
    sid = new_session(ws)[0]
    ws.sessions.update(sid, place=f"Room {words}")
    found = ws.sessions.list_sessions(search=words)
    assert sid in {s.id for s in found}
