"""Archive search: an FTS5 index over what was said and decided, kept in step by triggers;
indexes for a delegation's history.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

``search_index`` is an FTS5 table that keeps its own copy of the text (the search cuts the
passages it shows from it). It holds five kinds of rows, only those with some text (most
positions are a bare "agree"; a withdrawal of a declaration repeats the text it withdraws
and is left out):

=========  ====  ==========================  ======================  ====================
kind       code  title                       body                    refs
=========  ====  ==========================  ======================  ====================
item       1     agenda item title           summary                 documents
statement  2                                 position_events.text    paragraphs
letter     3                                 silence letter text     letter reference
decision   4     committee remitted to       decision text
silence    5     silence procedure title                             text reference
=========  ====  ==========================  ======================  ====================

The rowid says when and what: ``day << 40 | source id << 3 | code``, ``day`` being the
session's date in days since 1949-01-01. So the index reads newest first by rowid, a period
is a rowid range, and a trigger finds a row's entry by its rowid, never by a scan.

``tags`` is a fourth indexed column, of filter words the search adds to its query (and
the rank weighs at 0): ``b<body>``, ``l<level>`` and ``k<kind>`` on every row,
``d<hex of the delegation code in capitals>`` on statements and letters, ``p<position>``
on statements, and ``old`` once the row no longer stands: a statement after which the
delegation said something else on the item, a declaration after which another (or a
withdrawal) was made.
(Underscores are dropped: the tokenizer would split words on them. ``old`` marks the few
rows that are history rather than the many that stand: excluding a short list of rows
costs FTS5 next to nothing, intersecting with a list of nearly every row does not.)
Unindexed columns repeat the kind, item id, delegation and position (or letter kind, or
outcome) for the answer.

The tokenizer is ``unicode61 remove_diacritics 2``: "Turkiye" finds "Türkiye" and "reserve"
finds "réserve"; prefixes of two and three characters are indexed for search-as-you-type.
The rank is BM25, with titles and references weighted above bodies, and tags not at all.

Triggers keep the index in step with every writer (the services, the import of session
files, the demo, bulk inserts): on the source tables for their rows; on a new position or
declaration, which marks ``old`` the one it replaces; and on a change of a session's date
or level, which indexes its rows again. Each fires only when its row is (or was) in the
index, so that logging a bare position, the commonest write, does not touch FTS5 at all.
The existing rows are indexed here.

Two indexes on ``position_events`` serve a delegation's history: ``(delegation, position)``,
and ``corrects_id`` (was this event corrected by a later one?); one on ``agenda_items``,
``(session_id, removed_at, ordinal, id)``, reads an agenda in order, and an item's number on
it (a search hit's), from the index alone.

Later migrations: a batch rebuild (``recreate``) of ``sessions``, ``agenda_items``,
``position_events``, ``silence_procedures``, ``silence_events`` or ``outcome_declarations``
drops the table and with it its triggers; such a migration must create them again (copy
them from here: this file is frozen, do not import it).

On PostgreSQL the index is a table of the same rows with PostgreSQL's own text search,
kept in step by triggers that mirror these: ``db/migrations/search_postgresql.py``, loaded
here by its path (frozen with this file); its docstring says how it folds and ranks.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None

_TABLE = """
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, refs, tags,
    kind UNINDEXED, item_id UNINDEXED, delegation UNINDEXED, position UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
)
"""
_RANK = "INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(4, 1, 3, 0)')"
_COLUMNS = "rowid, title, body, refs, tags, kind, item_id, delegation, position"

# Days since 1949-01-01 (julian day 2432917.5) of session ``s``, moved to the rowid's top bits.
_DAY = "(max(0, CAST(julianday({s}.session_date) - 2432917.5 AS INTEGER)) << 40)"
_SESSION_TAGS = "'b' || lower(s.body) || ' l' || replace(s.level, '_', '')"


class _Kind(NamedTuple):
    """One kind of indexed row; SQL fragments take ``{r}``, the source row (NEW, OLD or the
    alias ``r``). (A NamedTuple: Alembic loads this file outside ``sys.modules``, where a
    dataclass cannot resolve its annotations.)"""

    name: str
    code: int
    table: str
    item: str  # the row's agenda item id, as a scalar expression
    title: str
    body: str
    refs: str
    condition: str  # whether the row is indexed at all
    tags: str = "''"  # tags of its own (after the session's and the kind's)
    current: str = "1"  # whether it stands (else it gets ``old``)
    delegation: str = "''"
    position: str = "''"
    updated: str = ""  # the columns whose update re-indexes the row
    path: str = ""  # joins from ``r`` to its item, for the bulk forms
    path_item: str = ""  # the item id at the end of ``path``

    def values(self, r: str, item: str) -> str:
        """The index row of source row ``r``, with agenda item ``i`` and session ``s``."""
        f = {"r": r}
        tags = (
            f"{_SESSION_TAGS} || ' k{self.name}' || {self.tags.format(**f)} || "
            f"CASE WHEN {self.current.format(**f)} THEN '' ELSE ' old' END"
        )
        return ", ".join((
            f"{_DAY.format(s='s')} + {r}.id * 8 + {self.code}",
            self.title.format(**f), self.body.format(**f), self.refs.format(**f), tags,
            f"'{self.name}'", item, self.delegation.format(**f), self.position.format(**f),
        ))  # fmt: skip

    def insert_new(self) -> str:
        """Index NEW (in a trigger)."""
        item = self.item.format(r="NEW")
        return (
            f"INSERT INTO search_index ({_COLUMNS}) SELECT {self.values('NEW', item)} "
            "FROM agenda_items AS i JOIN sessions AS s ON s.id = i.session_id "
            f"WHERE i.id = {item} AND ({self.condition.format(r='NEW')});"
        )

    def delete_old(self) -> str:
        """Take OLD out of the index (in a trigger)."""
        return (
            "DELETE FROM search_index WHERE rowid = ("
            f"SELECT {_DAY.format(s='s')} + OLD.id * 8 + {self.code} "
            "FROM agenda_items AS i JOIN sessions AS s ON s.id = i.session_id "
            f"WHERE i.id = {self.item.format(r='OLD')});"
        )

    def insert_all(self, where: str = "1") -> str:
        """Index every row of the table (``where`` may narrow it down, on ``s``)."""
        item = self.path_item or self.item.format(r="r")
        return (
            f"INSERT INTO search_index ({_COLUMNS}) SELECT {self.values('r', item)} "
            f"FROM {self.table} AS r {self.path} "
            f"JOIN agenda_items AS i ON i.id = {item} JOIN sessions AS s ON s.id = i.session_id "
            f"WHERE ({self.condition.format(r='r')}) AND {where} ORDER BY r.id"
        )


_KINDS = (
    _Kind(
        "item", 1, "agenda_items", item="{r}.id",
        title="{r}.title", body="{r}.summary", refs="{r}.documents", condition="1",
        updated="title, summary, documents",
    ),
    _Kind(
        "statement", 2, "position_events", item="{r}.item_id",
        title="''", body="{r}.text", refs="{r}.paragraphs", condition="{r}.text <> ''",
        tags="' d' || lower(hex(upper({r}.delegation))) || ' p' || replace({r}.position, '_', '')",
        current=(
            "NOT EXISTS (SELECT 1 FROM position_events AS later WHERE later.item_id = "
            "{r}.item_id AND later.delegation = {r}.delegation AND later.id > {r}.id)"
        ),
        delegation="{r}.delegation", position="{r}.position",
        updated="item_id, delegation, position, text, paragraphs",
    ),
    _Kind(
        "letter", 3, "silence_events",
        item="(SELECT p.item_id FROM silence_procedures AS p WHERE p.id = {r}.procedure_id)",
        path="JOIN silence_procedures AS p ON p.id = r.procedure_id", path_item="p.item_id",
        title="''", body="{r}.text", refs="{r}.reference",
        condition="{r}.kind = 'letter' AND ({r}.text <> '' OR {r}.reference <> '')",
        tags="' d' || lower(hex(upper({r}.delegation)))",
        delegation="{r}.delegation", position="{r}.letter_kind",
        updated="kind, procedure_id, delegation, letter_kind, reference, text",
    ),
    _Kind(
        "decision", 4, "outcome_declarations", item="{r}.item_id",
        title="{r}.remitted_to", body="{r}.decision_text", refs="''",
        condition="NOT {r}.withdrawn AND ({r}.decision_text <> '' OR {r}.remitted_to <> '')",
        current=(
            "NOT EXISTS (SELECT 1 FROM outcome_declarations AS later "
            "WHERE later.item_id = {r}.item_id AND later.id > {r}.id)"
        ),
        position="{r}.outcome",
        updated="item_id, outcome, decision_text, remitted_to, withdrawn",
    ),
    _Kind(
        "silence", 5, "silence_procedures", item="{r}.item_id",
        title="{r}.title", body="''", refs="{r}.text_reference",
        condition="{r}.title <> '' OR {r}.text_reference <> ''",
        updated="item_id, title, text_reference",
    ),
)  # fmt: skip
_STATEMENT, _DECISION = _KINDS[1], _KINDS[3]


def _replaced(kind: _Kind, same: str) -> str:
    """A trigger that marks ``old`` the row a new one replaces: the latest earlier row with
    ``same`` (its delegation on the item, or the item). It fires only when that row is in the
    index: a key that logs a bare position after another does not touch the index at all."""
    earlier = (
        f"FROM {kind.table} AS earlier WHERE {same} AND earlier.id < NEW.id "
        "ORDER BY earlier.id DESC LIMIT 1"
    )
    return (
        f"CREATE TRIGGER search_{kind.name}_replaces AFTER INSERT ON {kind.table} "
        f"WHEN (SELECT {kind.condition.format(r='earlier')} {earlier}) BEGIN "
        "UPDATE search_index SET tags = tags || ' old' "
        "WHERE tags NOT LIKE '% old' AND rowid = ("
        f"SELECT {_DAY.format(s='s')} + earlier.id * 8 + {kind.code} "
        f"FROM {kind.table} AS earlier JOIN agenda_items AS i ON i.id = earlier.item_id "
        f"JOIN sessions AS s ON s.id = i.session_id WHERE {same} AND earlier.id < NEW.id "
        "ORDER BY earlier.id DESC LIMIT 1); END"
    )


def _triggers() -> list[str]:
    statements = []
    for kind in _KINDS:
        stem, table = f"search_{kind.name}", kind.table
        statements += [
            f"CREATE TRIGGER {stem}_insert AFTER INSERT ON {table} "
            f"WHEN {kind.condition.format(r='NEW')} BEGIN {kind.insert_new()} END",
            f"CREATE TRIGGER {stem}_update AFTER UPDATE OF {kind.updated} ON {table} "
            f"BEGIN {kind.delete_old()} {kind.insert_new()} END",
            f"CREATE TRIGGER {stem}_delete AFTER DELETE ON {table} BEGIN {kind.delete_old()} END",
        ]
    statements.append(
        _replaced(
            _STATEMENT,
            "earlier.item_id = NEW.item_id AND earlier.delegation = NEW.delegation",
        )
    )
    statements.append(_replaced(_DECISION, "earlier.item_id = NEW.item_id"))
    # A session moved to another date, or another level: its rows are indexed again.
    day = _DAY.format(s="OLD")
    reindex = " ".join(f"{kind.insert_all('s.id = NEW.id')};" for kind in _KINDS)
    statements.append(
        "CREATE TRIGGER search_session_update AFTER UPDATE OF session_date, level, body "
        "ON sessions WHEN OLD.session_date IS NOT NEW.session_date "
        "OR OLD.level IS NOT NEW.level OR OLD.body IS NOT NEW.body BEGIN "
        f"DELETE FROM search_index WHERE rowid BETWEEN {day} AND {day} + (1 << 40) - 1 "
        "AND item_id IN (SELECT a.id FROM agenda_items AS a WHERE a.session_id = OLD.id); "
        f"{reindex} END"
    )
    return statements


def _trigger_names() -> list[str]:
    names = [f"search_{k.name}_{e}" for k in _KINDS for e in ("insert", "update", "delete")]
    return [
        *names,
        "search_statement_replaces",
        "search_decision_replaces",
        "search_session_update",
    ]


def _postgresql() -> ModuleType:
    """The PostgreSQL half of this revision, loaded by path (the migrations folder is not a
    package, and Alembic loads this file outside ``sys.modules``)."""
    path = Path(__file__).resolve().parent.parent / "search_postgresql.py"
    spec = importlib.util.spec_from_file_location("_tdt_0004_search_postgresql", path)
    if spec is None or spec.loader is None:  # pragma: no cover - the file ships with this one
        raise RuntimeError(f"{path} cannot be loaded")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    # A delegation's history reads its positions by kind, and leaves out corrected events.
    op.create_index(
        "ix_position_events_delegation_position", "position_events", ["delegation", "position"]
    )
    op.create_index("ix_position_events_corrects_id", "position_events", ["corrects_id"])
    # An agenda in order, and an item's number on it, from the index alone.
    op.create_index(
        "ix_agenda_items_session_order",
        "agenda_items",
        ["session_id", "removed_at", "ordinal", "id"],
    )
    if op.get_bind().dialect.name == "postgresql":
        _postgresql().upgrade(op.get_bind())
        return
    op.execute(_TABLE)
    op.execute(_RANK)
    for kind in _KINDS:
        op.execute(kind.insert_all())
    # One segment after the backfill: the quickest shape to query.
    op.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    for statement in _triggers():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql().downgrade(op.get_bind())
    else:
        for name in _trigger_names():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_index")
    op.drop_index("ix_agenda_items_session_order", "agenda_items")
    op.drop_index("ix_position_events_corrects_id", "position_events")
    op.drop_index("ix_position_events_delegation_position", "position_events")
