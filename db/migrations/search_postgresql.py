"""The PostgreSQL half of revision 0004 (archive search), which loads this file by its path:
frozen with it. Nothing else imports it.

The same rows as SQLite's FTS5 table, with the same columns and the same rowid (``day << 40 |
source id << 3 | code``, here a bigint primary key), kept in step by PL/pgSQL triggers that
mirror SQLite's one for one: see 0004's docstring for the kinds, the tags and ``old``.

Text is folded as SQLite's ``unicode61 remove_diacritics 2`` tokenizer folds it, by one
function, ``search_fold``, that the search applies to what the user types too: accents off
(the ``unaccent`` extension, trusted since PostgreSQL 13, so the database's owner may create
it), lower case, and every character but a letter or a digit a separator. Case and letters
follow ICU's root locale where the server has ICU (``und-x-icu``), whatever the database's
locale: a database created with ``LC_CTYPE=C`` would otherwise fold ASCII only. The words
then go through the ``simple`` configuration: no stemming and no stop words, as in SQLite.
``unaccent`` folds a few letters SQLite keeps (ß, æ, ø, ł, ligatures, full-width letters,
Greek accents, ё), so that "Lodz" finds "Łódź" here and not there; accents on Latin letters
and case fold alike on both.

``document`` is the tsvector of the text, a generated column: titles weigh A, references B,
bodies C, the weights the search ranks by (titles and references above bodies, as BM25's
weights do in SQLite). A lexeme no folded text can give (``|``) stands between the columns,
so that a quoted phrase matches within one column, as in FTS5. Only the first
``INDEXED_CHARACTERS`` of a text are indexed: a tsvector holds one megabyte at most, and a
longer statement must still be stored. ``tag_words`` holds the tags as lexemes, for the
filters; ``old`` is tested on ``tags`` itself. One GIN index covers both.

Every function body names its schema: a restore of a dump (pg_dump runs with an empty
search_path) computes the generated columns through them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from sqlalchemy import text
from sqlalchemy.engine import Connection

INDEXED_CHARACTERS = 100_000

# Days since 1949-01-01 of session ``s`` (0 before), moved to the rowid's top bits.
_DAY = "(greatest(0, {s}.session_date - DATE '1949-01-01')::bigint << 40)"
_SESSION_TAGS = "'b' || lower(s.body) || ' l' || replace(s.level, '_', '')"
# The delegation's code in capitals (ASCII letters only, as SQLite's upper()), in hex.
_DELEGATION_TAG = "' d' || encode(convert_to(upper({r}.delegation COLLATE \"C\"), 'UTF8'), 'hex')"
_COLUMNS = "rowid, title, body, refs, tags, kind, item_id, delegation, position"
# The triggers' queries are planned on each call, for the tables as they are then. PL/pgSQL
# would otherwise keep a plan made on its first calls in a session: one made while a bulk
# load (a copy into an empty database, in one transaction) had barely begun is a sequential
# scan, run for every row after, and the load slows down with every row it adds.
_PLANS = "SET plan_cache_mode = force_custom_plan"


class _Kind(NamedTuple):
    """One kind of indexed row (as in 0004). Fragments take ``{r}``, the source row."""

    name: str
    code: int
    table: str
    item: str  # the row's agenda item id, as a scalar expression
    title: str
    body: str
    refs: str
    condition: str  # whether the row is indexed at all
    tags: str = "''"
    current: str = "true"  # whether it stands (else it gets ``old``)
    delegation: str = "''"
    position: str = "''"
    updated: str = ""  # the columns whose update re-indexes the row
    path: str = ""  # joins from ``r`` to its item
    path_item: str = ""  # the item id at the end of ``path``

    def rows(self, where: str) -> str:
        """The index rows of the source rows that ``where`` keeps (on ``r``, ``i``, ``s``)."""
        f = {"r": "r"}
        item = self.path_item or self.item.format(**f)
        tags = (
            f"{_SESSION_TAGS} || ' k{self.name}' || {self.tags.format(**f)} || "
            f"CASE WHEN {self.current.format(**f)} THEN '' ELSE ' old' END"
        )
        values = ", ".join((
            f"{_DAY.format(s='s')} + r.id::bigint * 8 + {self.code}",
            self.title.format(**f), self.body.format(**f), self.refs.format(**f), tags,
            f"'{self.name}'", item, self.delegation.format(**f), self.position.format(**f),
        ))  # fmt: skip
        return (
            f"INSERT INTO search_index ({_COLUMNS}) SELECT {values} "
            f"FROM {self.table} AS r {self.path} "
            f"JOIN agenda_items AS i ON i.id = {item} JOIN sessions AS s ON s.id = i.session_id "
            f"WHERE ({self.condition.format(**f)}) AND {where} ORDER BY r.id"
        )

    def rowid(self, r: str) -> str:
        """The rowid of source row ``r`` (OLD, or an alias), as a scalar subquery."""
        return (
            f"(SELECT {_DAY.format(s='s')} + {r}.id::bigint * 8 + {self.code} "
            "FROM agenda_items AS i JOIN sessions AS s ON s.id = i.session_id "
            f"WHERE i.id = {self.item.format(r=r)})"
        )

    def function(self) -> str:
        """The trigger function: OLD out of the index, NEW in (as it is in its table)."""
        return f"""
CREATE FUNCTION search_{self.name}_index() RETURNS trigger LANGUAGE plpgsql {_PLANS} AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE rowid = {self.rowid("OLD")};
    END IF;
    IF TG_OP <> 'DELETE' THEN
        {self.rows("r.id = NEW.id")};
    END IF;
    RETURN NULL;
END $$"""

    def triggers(self) -> list[str]:
        """Each fires only when its row is (or was) in the index, as in SQLite."""
        new, old = self.condition.format(r="NEW"), self.condition.format(r="OLD")
        run = f"FOR EACH ROW {{when}} EXECUTE FUNCTION search_{self.name}_index()"
        stem = f"search_{self.name}"
        return [
            f"CREATE TRIGGER {stem}_insert AFTER INSERT ON {self.table} "
            + run.format(when=f"WHEN ({new})" if new != "true" else ""),
            f"CREATE TRIGGER {stem}_update AFTER UPDATE OF {self.updated} ON {self.table} "
            + run.format(when=f"WHEN ({old} OR {new})" if new != "true" else ""),
            f"CREATE TRIGGER {stem}_delete AFTER DELETE ON {self.table} "
            + run.format(when=f"WHEN ({old})" if old != "true" else ""),
        ]


_KINDS = (
    _Kind(
        "item", 1, "agenda_items", item="{r}.id",
        title="{r}.title", body="{r}.summary", refs="{r}.documents", condition="true",
        updated="title, summary, documents",
    ),
    _Kind(
        "statement", 2, "position_events", item="{r}.item_id",
        title="''", body="{r}.text", refs="{r}.paragraphs", condition="{r}.text <> ''",
        tags=_DELEGATION_TAG + " || ' p' || replace({r}.position, '_', '')",
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
        tags=_DELEGATION_TAG,
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


def _replaces(kind: _Kind, same: str) -> list[str]:
    """Marks ``old`` the row a new one replaces: the latest earlier row with ``same`` (its
    delegation on the item, or the item). Nothing to mark when that row is not indexed: its
    rowid is then in no row of the index."""
    earlier = (
        f"SELECT {_DAY.format(s='s')} + earlier.id::bigint * 8 + {kind.code} "
        f"FROM {kind.table} AS earlier JOIN agenda_items AS i ON i.id = earlier.item_id "
        f"JOIN sessions AS s ON s.id = i.session_id WHERE {same} AND earlier.id < NEW.id "
        "ORDER BY earlier.id DESC LIMIT 1"
    )
    name = f"search_{kind.name}_replaces"
    return [
        f"""
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql {_PLANS} AS $$
BEGIN
    UPDATE search_index SET tags = tags || ' old'
    WHERE rowid = ({earlier}) AND tags NOT LIKE '% old';
    RETURN NULL;
END $$""",
        f"CREATE TRIGGER {name} AFTER INSERT ON {kind.table} "
        f"FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def _session_update() -> list[str]:
    """A session moved to another date, or another level or body: its rows indexed again."""
    day = _DAY.format(s="OLD")
    reindex = "\n    ".join(f"{kind.rows('s.id = NEW.id')};" for kind in _KINDS)
    return [
        f"""
CREATE FUNCTION search_session_update() RETURNS trigger LANGUAGE plpgsql {_PLANS} AS $$
BEGIN
    DELETE FROM search_index WHERE rowid BETWEEN {day} AND {day} + (1::bigint << 40) - 1
        AND item_id IN (SELECT a.id FROM agenda_items AS a WHERE a.session_id = OLD.id);
    {reindex}
    RETURN NULL;
END $$""",
        "CREATE TRIGGER search_session_update AFTER UPDATE OF session_date, level, body "
        "ON sessions FOR EACH ROW WHEN (OLD.session_date IS DISTINCT FROM NEW.session_date "
        "OR OLD.level IS DISTINCT FROM NEW.level OR OLD.body IS DISTINCT FROM NEW.body) "
        "EXECUTE FUNCTION search_session_update()",
    ]


def _text_functions(unaccent: str, dictionary: str, schema: str, icu: bool) -> list[str]:
    """``search_fold`` (which the search applies to its queries too) and ``search_document``,
    in ``schema``: ``unaccent`` is the extension's schema, ``dictionary`` its dictionary's
    name as a literal, ``icu`` whether to fold with ICU."""
    collate = ' COLLATE "und-x-icu"' if icu else ""
    words = (
        f"setweight(to_tsvector('simple', {schema}.search_fold(left({{column}}, "
        f"{INDEXED_CHARACTERS}))), '{{weight}}')"
    )
    gap = "'''|'':1'::tsvector"
    return [
        f"""
CREATE FUNCTION {schema}.search_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT regexp_replace(
        lower({unaccent}.unaccent({dictionary}::regdictionary, value){collate}),
        '[^[:alnum:]]+', ' ', 'g'
    )
$$""",
        f"""
CREATE FUNCTION {schema}.search_document(title text, body text, refs text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT {words.format(column="title", weight="A")} || {gap}
        || {words.format(column="refs", weight="B")} || {gap}
        || {words.format(column="body", weight="C")}
$$""",
    ]


_TABLE = """
CREATE TABLE search_index (
    rowid bigint PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    refs text NOT NULL,
    tags text NOT NULL,
    kind text NOT NULL,
    item_id integer NOT NULL,
    delegation text NOT NULL,
    position text NOT NULL,
    document tsvector GENERATED ALWAYS AS (search_document(title, body, refs)) STORED,
    tag_words tsvector
        GENERATED ALWAYS AS (array_to_tsvector(array_remove(string_to_array(tags, ' '), '')))
        STORED
)
"""
_INDEX = "CREATE INDEX ix_search_index_words ON search_index USING gin (document, tag_words)"


def _runner(connection: Connection) -> Callable[[str], object]:
    """Runs a statement as written: no parameters, so ``%`` and ``:1`` are the SQL's own."""
    options = {"no_parameters": True}
    return lambda statement: connection.exec_driver_sql(statement, execution_options=options)


def upgrade(connection: Connection) -> None:
    """Create the index, fill it with the existing rows, then the triggers."""
    run = _runner(connection)
    run("CREATE EXTENSION IF NOT EXISTS unaccent")
    unaccent, dictionary, schema, icu = connection.execute(
        text(
            "SELECT quote_ident(n.nspname), quote_literal(quote_ident(n.nspname) || '.unaccent'), "
            "quote_ident(current_schema()), "
            "EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') "
            "FROM pg_extension AS e JOIN pg_namespace AS n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'unaccent'"
        )
    ).one()
    for statement in _text_functions(unaccent, dictionary, schema, bool(icu)):
        run(statement)
    run(_TABLE)
    for kind in _KINDS:
        run(kind.rows("true"))
    run(_INDEX)
    statements = [kind.function() for kind in _KINDS]
    statements += [trigger for kind in _KINDS for trigger in kind.triggers()]
    statements += _replaces(
        _STATEMENT, "earlier.item_id = NEW.item_id AND earlier.delegation = NEW.delegation"
    )
    statements += _replaces(_DECISION, "earlier.item_id = NEW.item_id")
    statements += _session_update()
    for statement in statements:
        run(statement)


def downgrade(connection: Connection) -> None:
    """Drop what ``upgrade`` made, but the ``unaccent`` extension (others may use it)."""
    run = _runner(connection)
    for kind in _KINDS:
        for event in ("insert", "update", "delete"):
            run(f"DROP TRIGGER IF EXISTS search_{kind.name}_{event} ON {kind.table}")
        run(f"DROP FUNCTION IF EXISTS search_{kind.name}_index()")
    for kind in (_STATEMENT, _DECISION):
        run(f"DROP TRIGGER IF EXISTS search_{kind.name}_replaces ON {kind.table}")
        run(f"DROP FUNCTION IF EXISTS search_{kind.name}_replaces()")
    run("DROP TRIGGER IF EXISTS search_session_update ON sessions")
    run("DROP FUNCTION IF EXISTS search_session_update()")
    run("DROP TABLE IF EXISTS search_index")
    run("DROP FUNCTION IF EXISTS search_document(text, text, text)")
    run("DROP FUNCTION IF EXISTS search_fold(text)")
