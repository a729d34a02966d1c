"""The archive search's queries on its index (migration 0004; interventions since 0009),
on either engine.

``search_index`` is not a mapped table: FTS5 on SQLite, a table with a tsvector on
PostgreSQL (``db/migrations/search_postgresql.py``), kept in step by triggers. Both hold the
same rows; their rowid is ``day << 40 | source id << 3 | kind code``, ``day`` counting from
SEARCH_EPOCH, so the index reads newest first by rowid and a period is a rowid range.

A search is two reads: the rowids, ranked (each engine's own way: BM25, ts_rank_cd), then
their text and where they were said (the same SQL on both).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from db.repositories import ItemPlace

SEARCH_INDEX = "search_index"
SEARCH_EPOCH = date(1949, 1, 1)
DAY_SHIFT = 40
# A query ranks its newest CANDIDATES matches (all of them, when there are fewer) and keeps
# the best. BM25 costs some microseconds a row: ranking every one of the tens of thousands
# of rows a common word matches would take longer than the search may; a query that
# matches more than a thousand rows is a broad one, whose best hits among its most recent
# thousand are the ones worth showing first.
CANDIDATES = 1000
# PostgreSQL's weights for ts_rank_cd, by the labels 0004 gives: D (between the columns),
# C (bodies), B (references), A (titles), in the proportions of SQLite's bm25(4, 1, 3, 0).
_PG_WEIGHTS = "'{0, 0.25, 0.75, 1}'"


class SearchTerms(NamedTuple):
    """What to look for, as each engine takes it. ``fts5``: an FTS5 expression of quoted
    strings only (see ``search_match``). ``phrases``: the same words and phrases as typed,
    every one required, the last a prefix when ``prefix``; PostgreSQL folds and splits them
    as it folds the text it indexes (``search_fold``, migration 0004)."""

    fts5: str
    phrases: tuple[str, ...]
    prefix: bool


class SearchFilters(NamedTuple):
    """The filters of a search, as the tags migration 0004 writes (see ``search_match``)."""

    body: str | None = None
    level: str | None = None
    delegation: str | None = None
    position: str | None = None
    kinds: tuple[str, ...] | None = None
    history: bool = False


class IndexHit(NamedTuple):
    """One row the search index matched, with its text and where it was said: on an item
    and in a session still on the list. ``rank`` is BM25's (lower is better)."""

    rowid: int
    rank: float
    kind: str
    delegation: str
    position: str  # the position of a statement, the kind of a letter, a decision's outcome
    current: bool  # False once marked ``old``: a later statement, declaration or correction
    title: str
    body: str
    refs: str
    item_id: int
    place: ItemPlace


def search_match(
    terms: str,
    *,
    body: str | None = None,
    level: str | None = None,
    delegation: str | None = None,
    position: str | None = None,
    kinds: Iterable[str] | None = None,
    history: bool = False,
) -> str:
    """The FTS5 expression: ``terms`` (a well-formed FTS5 expression, built by the caller)
    in the text columns, and the filters as the tags migration 0004 writes.

    The rank (BM25) counts the rows of every word of the expression, tags included, on each
    query: a tag on most rows costs some milliseconds, so none is asked for without need."""
    filters = SearchFilters(
        body, level, delegation, position, None if kinds is None else tuple(kinds), history
    )
    tags = [
        f'"{words[0]}"' if len(words) == 1 else "(" + " OR ".join(f'"{w}"' for w in words) + ")"
        for words in _tag_groups(filters)
    ]
    match = "{title body refs} : (" + terms + ")"
    if tags:
        match += " AND tags : (" + " AND ".join(tags) + ")"
    return match if history else match + ' NOT tags : "old"'


def _tag_groups(filters: SearchFilters) -> list[list[str]]:
    """The tags a row must have to pass the filters: one tag of each group."""
    groups = []
    if filters.body:
        groups.append([f"b{_tag(filters.body)}"])
    if filters.level:
        groups.append([f"l{_tag(filters.level)}"])
    if filters.delegation:  # in capitals, as SQLite's upper() writes them: ASCII letters only
        code = "".join(c.upper() if c.isascii() else c for c in filters.delegation)
        groups.append([f"d{code.encode().hex()}"])
    if filters.position:  # only statements carry a position: no need to ask for "kstatement" too
        groups.append([f"p{_tag(filters.position)}"])
    if filters.kinds:
        groups.append([f"k{_tag(kind)}" for kind in sorted(set(filters.kinds))])
    return groups


def _tag(value: str) -> str:
    """A filter value as a tag word: lower case, letters and digits only."""
    return "".join(c for c in value.lower() if c.isalnum())


def search_index(
    s: Session,
    terms: SearchTerms,
    filters: SearchFilters | None = None,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: int = 200,
) -> list[IndexHit]:
    """The best ``limit`` matches of ``terms`` that pass ``filters``, best first (the newest
    first among equals), in sessions held from ``date_from`` to ``date_to``, on items and
    sessions on the list.

    Two reads: the rowids, ranked; then their text and where they were said."""
    filters = filters or SearchFilters()
    low = None if date_from is None else _day(date_from) << DAY_SHIFT
    high = None if date_to is None else (_day(date_to) + 1) << DAY_SHIFT
    if s.get_bind().dialect.name == "postgresql":
        # Planned for its words each time: a plan kept for any words (the driver prepares a
        # query run five times) cannot tell a rare word, read from the index, from a common
        # one, read newest first.
        s.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        ranked, params = _ranked_postgresql(terms, filters, low, high)
    else:
        ranked, params = _ranked_sqlite(terms, filters, low, high)
    params["candidates"] = CANDIDATES
    wanted = limit + 20  # a few spare, for hits on items or sessions taken off the list
    while True:
        found = [
            (int(r), float(rank)) for r, rank in s.execute(ranked, {**params, "wanted": wanted})
        ]
        hits = _where_said(s, found)
        if len(hits) >= limit or len(found) < wanted:
            return hits[:limit]
        wanted *= 4


def _ranked_sqlite(
    terms: SearchTerms, filters: SearchFilters, low: int | None, high: int | None
) -> tuple[TextClause, dict[str, object]]:
    """The newest CANDIDATES matches, ranked by FTS5's BM25 (lower is better)."""
    where = [f"{SEARCH_INDEX} MATCH :match"]
    params: dict[str, object] = {"match": search_match(terms.fts5, **filters._asdict())}
    where += _period(params, low, high)
    ranked = text(
        "SELECT rowid, rank FROM ("
        f"SELECT rowid, rank FROM {SEARCH_INDEX} WHERE {' AND '.join(where)} "
        "ORDER BY rowid DESC LIMIT :candidates"
        ") ORDER BY rank, rowid DESC LIMIT :wanted"
    )
    return ranked, params


def _ranked_postgresql(
    terms: SearchTerms, filters: SearchFilters, low: int | None, high: int | None
) -> tuple[TextClause, dict[str, object]]:
    """The newest CANDIDATES matches, ranked by ts_rank_cd (negated: lower is better).

    Each word or phrase becomes a tsquery phrase of its words, folded by ``search_fold`` as
    the index folds its text (so ``PO(2024)0123`` is ``'po' <-> '2024' <-> '0123'``), the
    last word a prefix (``:*``) while it is typed; a phrase with no word left (nothing
    PostgreSQL takes for a letter or a digit) drops out, and a query of none matches
    nothing. The tags are lexemes of ``tag_words``; ``old`` is read on ``tags``."""
    params: dict[str, object] = {}
    phrases = []
    for n, phrase in enumerate(terms.phrases):
        params[f"phrase{n}"] = phrase
        phrases.append(f"phraseto_tsquery('simple', search_fold(:phrase{n}))")
    if terms.prefix and phrases:
        last = phrases[-1]
        phrases[-1] = (
            f"CASE WHEN numnode({last}) = 0 THEN {last} "
            f"ELSE CAST(CAST({last} AS text) || ':*' AS tsquery) END"
        )
    query = "(" + (" && ".join(phrases) or "CAST('' AS tsquery)") + ")"
    where = [f"document @@ {query}"]
    groups = _tag_groups(filters)
    if groups:
        where.append("tag_words @@ CAST(:tags AS tsquery)")
        params["tags"] = " & ".join(
            "(" + " | ".join(_lexeme(word) for word in words) + ")" for words in groups
        )
    if not filters.history:
        where.append("tags NOT LIKE '% old'")
    where += _period(params, low, high)
    ranked = text(
        f"SELECT rowid, -ts_rank_cd({_PG_WEIGHTS}, document, {query}, 1) AS rank FROM ("
        f"SELECT rowid, document FROM {SEARCH_INDEX} WHERE {' AND '.join(where)} "
        "ORDER BY rowid DESC LIMIT :candidates"
        ") AS newest ORDER BY rank, rowid DESC LIMIT :wanted"
    )
    return ranked, params


def _lexeme(word: str) -> str:
    """``word`` as a tsquery lexeme, quoted."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _period(params: dict[str, object], low: int | None, high: int | None) -> list[str]:
    """The conditions on the rowid for a period (``low`` and ``high`` go into ``params``)."""
    where = []
    if low is not None:
        where.append("rowid >= :low")
        params["low"] = low
    if high is not None:
        where.append("rowid < :high")
        params["high"] = high
    return where


def _day(day: date) -> int:
    return max(0, (day - SEARCH_EPOCH).days)


# The rows found, with their text, item and session: on items and sessions on the list.
_FOUND = text(
    "SELECT f.rowid, f.kind, f.delegation, f.position, f.tags, f.title, f.body, f.refs, "
    "f.item_id, i.title, ("
    "SELECT count(*) FROM agenda_items AS o WHERE o.session_id = i.session_id "
    "AND o.removed_at IS NULL AND (o.ordinal < i.ordinal OR (o.ordinal = i.ordinal "
    "AND o.id <= i.id))"
    "), s.id, coalesce(s.reference, ''), s.body, s.level, s.committee_name, s.session_date, "
    "i.title_fr, s.committee_name_fr "
    f"FROM {SEARCH_INDEX} AS f JOIN agenda_items AS i ON i.id = f.item_id "
    "JOIN sessions AS s ON s.id = i.session_id "
    "WHERE f.rowid IN :rowids AND i.removed_at IS NULL AND s.removed_at IS NULL"
).bindparams(bindparam("rowids", expanding=True))


def _where_said(s: Session, found: list[tuple[int, float]]) -> list[IndexHit]:
    """The rows found, in the same order, with their text, item and session; those on items
    or sessions taken off the list left out. One read."""
    if not found:
        return []
    rows = {int(r[0]): r for r in s.execute(_FOUND, {"rowids": [rowid for rowid, _ in found]})}
    hits = []
    for rowid, rank in found:
        row = rows.get(rowid)
        if row is None:
            continue
        (_, kind, delegation, position, tags, title, body, refs, item_id, item_title, number,
         session_id, reference, session_body, level, committee, day, item_title_fr,
         committee_fr) = row  # fmt: skip
        place = ItemPlace(
            str(item_title), int(number), int(session_id), str(reference), str(session_body),
            str(level), str(committee), date.fromisoformat(str(day)), str(item_title_fr),
            str(committee_fr),
        )  # fmt: skip
        hits.append(
            IndexHit(
                rowid,
                rank,
                str(kind),
                str(delegation),
                str(position),
                not str(tags).endswith(" old"),
                str(title),
                str(body),
                str(refs),
                int(item_id),
                place,
            )
        )
    return hits
