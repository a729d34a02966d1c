"""Every text the secretariat writes for the record in English and in French.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-14

The English version stays in its column; the French one goes in a new column beside it,
of the same type, ``''`` until written (the server default, so existing rows read as
"no French version yet"):

====================  ==========================================
table                 new columns
====================  ==========================================
sessions              committee_name_fr, place_fr
agenda_items          title_fr, summary_fr
outcome_declarations  decision_text_fr, remitted_to_fr
action_items          description_fr, owner_fr
silence_procedures    title_fr
interventions         text_fr (the secretariat's summary of what a delegation said)
====================  ==========================================

What delegations said in their own words (``position_events.text``, the texts of silence
letters) stays in the language spoken: no French column.

Columns are added in place (``ALTER TABLE … ADD COLUMN``), nothing is rebuilt.

Archive search: the index (0004, 0009) finds a text by either version. Its columns stay
(``title``, ``body``, ``refs``); where a French version exists it follows the English one
in the same column, after the separator U+001E (RECORD SEPARATOR): both tokenizers take it
for a gap between words, and the search cuts the passage it shows from the version that
matched. The triggers of the kinds that carry a bilingual text (item, decision, silence,
intervention) are made again to write both versions and to fire on an update of the French
columns (and the decision's, silence's and intervention's condition to be indexed counts the
French text too: an intervention with a French summary only is on the record), and so is
the trigger that indexes a session's rows again. The index rows already there are written
again from their rows (every French column is empty here, so they come out the same).
Statements and letters keep 0004's triggers.

0004, 0009 and ``search_postgresql.py`` are frozen: what this revision needs of them is
copied here, for SQLite and for PostgreSQL, not imported. The downgrade puts 0009's
triggers back, indexes the rows again without their French, and drops the columns.

Later migrations: a batch rebuild (``recreate``) of one of the tables above drops the
triggers made here; such a migration must create them again, copied from here (this file
is frozen too).
"""

from __future__ import annotations

from typing import NamedTuple

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None

# The French columns: (table, column, its type).
_COLUMNS_FR: tuple[tuple[str, str, sa.types.TypeEngine[str]], ...] = (
    ("sessions", "committee_name_fr", sa.String(200)),
    ("sessions", "place_fr", sa.String(200)),
    ("agenda_items", "title_fr", sa.String(500)),
    ("agenda_items", "summary_fr", sa.Text()),
    ("outcome_declarations", "decision_text_fr", sa.Text()),
    ("outcome_declarations", "remitted_to_fr", sa.String(200)),
    ("action_items", "description_fr", sa.Text()),
    ("action_items", "owner_fr", sa.String(200)),
    ("silence_procedures", "title_fr", sa.String(500)),
    ("interventions", "text_fr", sa.Text()),
)

_COLUMNS = "rowid, title, body, refs, tags, kind, item_id, delegation, position"
_SESSION_TAGS = "'b' || lower(s.body) || ' l' || replace(s.level, '_', '')"
_INTERVENTION_CODE = 6
# The kinds whose triggers this revision makes again.
_BILINGUAL = ("item", "decision", "silence", "intervention")

# The rows of the chain of corrections of intervention ``{r}`` (as in 0009).
_CHAIN = (
    "WITH RECURSIVE up(id, corrects_id) AS ("
    "SELECT u.id, u.corrects_id FROM interventions AS u WHERE u.id = {r}.id "
    "UNION SELECT u.id, u.corrects_id FROM interventions AS u JOIN up ON u.id = up.corrects_id"
    "), down(id) AS ("
    "SELECT up.id FROM up WHERE up.corrects_id IS NULL "
    "UNION SELECT d.id FROM interventions AS d JOIN down ON d.corrects_id = down.id "
    "WHERE d.item_id = {r}.item_id"
    ") SELECT down.id FROM down"
)
_STANDS = "NOT EXISTS (SELECT 1 FROM (" + _CHAIN + ") AS chain WHERE chain.id > {r}.id)"


def _both(column: str, separator: str) -> str:
    """Column ``column`` of ``{r}``, followed by its French version after ``separator`` when
    there is one."""
    french = "{r}." + column + "_fr"
    return f"({{r}}.{column} || CASE WHEN {french} <> '' THEN {separator} || {french} ELSE '' END)"


class _Spec(NamedTuple):
    """One kind of indexed row, as both engines write it (fragments take ``{r}``)."""

    name: str
    code: int
    table: str
    item: str
    title: str
    body: str
    refs: str
    condition: str
    tags: str = "''"
    current: str = ""  # "" is "it stands"
    delegation: str = "''"
    position: str = "''"
    updated: str = ""
    path: str = ""
    path_item: str = ""


def _specs(french: bool, separator: str, delegation_tag: str) -> dict[str, _Spec]:
    """The six kinds, with their French (``french``) or as 0009 left them."""

    def text(column: str) -> str:
        return _both(column, separator) if french else "{r}." + column

    def also(column: str) -> str:
        return f", {column}_fr" if french else ""

    def either(column: str) -> str:
        return f"{{r}}.{column} <> ''" + (f" OR {{r}}.{column}_fr <> ''" if french else "")

    specs = (
        _Spec(
            "item", 1, "agenda_items", item="{r}.id",
            title=text("title"), body=text("summary"), refs="{r}.documents", condition="",
            updated=f"title{also('title')}, summary{also('summary')}, documents",
        ),
        _Spec(
            "statement", 2, "position_events", item="{r}.item_id",
            title="''", body="{r}.text", refs="{r}.paragraphs", condition="{r}.text <> ''",
            tags=delegation_tag + " || ' p' || replace({r}.position, '_', '')",
            current=(
                "NOT EXISTS (SELECT 1 FROM position_events AS later WHERE later.item_id = "
                "{r}.item_id AND later.delegation = {r}.delegation AND later.id > {r}.id)"
            ),
            delegation="{r}.delegation", position="{r}.position",
            updated="item_id, delegation, position, text, paragraphs",
        ),
        _Spec(
            "letter", 3, "silence_events",
            item="(SELECT p.item_id FROM silence_procedures AS p WHERE p.id = {r}.procedure_id)",
            path="JOIN silence_procedures AS p ON p.id = r.procedure_id", path_item="p.item_id",
            title="''", body="{r}.text", refs="{r}.reference",
            condition="{r}.kind = 'letter' AND ({r}.text <> '' OR {r}.reference <> '')",
            tags=delegation_tag,
            delegation="{r}.delegation", position="{r}.letter_kind",
            updated="kind, procedure_id, delegation, letter_kind, reference, text",
        ),
        _Spec(
            "decision", 4, "outcome_declarations", item="{r}.item_id",
            title=text("remitted_to"), body=text("decision_text"), refs="''",
            condition=(
                f"NOT {{r}}.withdrawn AND ({either('decision_text')} OR {either('remitted_to')})"
            ),
            current=(
                "NOT EXISTS (SELECT 1 FROM outcome_declarations AS later "
                "WHERE later.item_id = {r}.item_id AND later.id > {r}.id)"
            ),
            position="{r}.outcome",
            updated=(
                f"item_id, outcome, decision_text{also('decision_text')}, "
                f"remitted_to{also('remitted_to')}, withdrawn"
            ),
        ),
        _Spec(
            "silence", 5, "silence_procedures", item="{r}.item_id",
            title=text("title"), body="''", refs="{r}.text_reference",
            condition=f"{either('title')} OR {{r}}.text_reference <> ''",
            updated=f"item_id, title{also('title')}, text_reference",
        ),
        _Spec(
            "intervention", _INTERVENTION_CODE, "interventions", item="{r}.item_id",
            title="''", body=text("text"), refs="''", condition=either("text"),
            tags=delegation_tag, current=_STANDS,
            delegation="{r}.delegation",
            updated=f"item_id, delegation, text{also('text')}, corrects_id",
        ),
    )  # fmt: skip
    return {spec.name: spec for spec in specs}


# ---------------------------------------------------------------------- SQLite (as in 0004)
_DAY = "(max(0, CAST(julianday({s}.session_date) - 2432917.5 AS INTEGER)) << 40)"
_DELEGATION_TAG = "' d' || lower(hex(upper({r}.delegation)))"


class _Kind(NamedTuple):
    """One kind of indexed row on SQLite, as 0004 writes it."""

    spec: _Spec

    def condition(self, r: str) -> str:
        return self.spec.condition.format(r=r) or "1"

    def values(self, r: str, item: str) -> str:
        spec, f = self.spec, {"r": r}
        current = spec.current.format(**f) or "1"
        tags = (
            f"{_SESSION_TAGS} || ' k{spec.name}' || {spec.tags.format(**f)} || "
            f"CASE WHEN {current} THEN '' ELSE ' old' END"
        )
        return ", ".join((
            f"{_DAY.format(s='s')} + {r}.id * 8 + {spec.code}",
            spec.title.format(**f), spec.body.format(**f), spec.refs.format(**f), tags,
            f"'{spec.name}'", item, spec.delegation.format(**f), spec.position.format(**f),
        ))  # fmt: skip

    def insert_new(self) -> str:
        item = self.spec.item.format(r="NEW")
        return (
            f"INSERT INTO search_index ({_COLUMNS}) SELECT {self.values('NEW', item)} "
            "FROM agenda_items AS i JOIN sessions AS s ON s.id = i.session_id "
            f"WHERE i.id = {item} AND ({self.condition('NEW')});"
        )

    def delete_old(self) -> str:
        return (
            "DELETE FROM search_index WHERE rowid = ("
            f"SELECT {_DAY.format(s='s')} + OLD.id * 8 + {self.spec.code} "
            "FROM agenda_items AS i JOIN sessions AS s ON s.id = i.session_id "
            f"WHERE i.id = {self.spec.item.format(r='OLD')});"
        )

    def insert_all(self, where: str = "1") -> str:
        spec = self.spec
        item = spec.path_item or spec.item.format(r="r")
        return (
            f"INSERT INTO search_index ({_COLUMNS}) SELECT {self.values('r', item)} "
            f"FROM {spec.table} AS r {spec.path} "
            f"JOIN agenda_items AS i ON i.id = {item} JOIN sessions AS s ON s.id = i.session_id "
            f"WHERE ({self.condition('r')}) AND {where} ORDER BY r.id"
        )

    def triggers(self) -> list[str]:
        """Insert, update, delete (as 0004's and 0009's)."""
        spec, stem = self.spec, f"search_{self.spec.name}"
        return [
            f"CREATE TRIGGER {stem}_insert AFTER INSERT ON {spec.table} "
            f"WHEN {self.condition('NEW')} BEGIN {self.insert_new()} END",
            f"CREATE TRIGGER {stem}_update AFTER UPDATE OF {spec.updated} ON {spec.table} "
            f"BEGIN {self.delete_old()} {self.insert_new()} END",
            f"CREATE TRIGGER {stem}_delete AFTER DELETE ON {spec.table} "
            f"BEGIN {self.delete_old()} END",
        ]


def _sqlite_kinds(french: bool) -> dict[str, _Kind]:
    specs = _specs(french, "char(30)", _DELEGATION_TAG)
    return {name: _Kind(spec) for name, spec in specs.items()}


def _sqlite_decision_replaces(kind: _Kind) -> str:
    """0004's trigger that marks ``old`` the declaration a new one replaces (its condition
    is the decision's)."""
    same = "earlier.item_id = NEW.item_id"
    earlier = (
        f"FROM outcome_declarations AS earlier WHERE {same} AND earlier.id < NEW.id "
        "ORDER BY earlier.id DESC LIMIT 1"
    )
    return (
        "CREATE TRIGGER search_decision_replaces AFTER INSERT ON outcome_declarations "
        f"WHEN (SELECT {kind.condition('earlier')} {earlier}) BEGIN "
        "UPDATE search_index SET tags = tags || ' old' "
        "WHERE tags NOT LIKE '% old' AND rowid = ("
        f"SELECT {_DAY.format(s='s')} + earlier.id * 8 + {kind.spec.code} "
        "FROM outcome_declarations AS earlier JOIN agenda_items AS i ON i.id = earlier.item_id "
        f"JOIN sessions AS s ON s.id = i.session_id WHERE {same} AND earlier.id < NEW.id "
        "ORDER BY earlier.id DESC LIMIT 1); END"
    )


def _sqlite_session_update(kinds: dict[str, _Kind]) -> str:
    day = _DAY.format(s="OLD")
    reindex = " ".join(f"{kind.insert_all('s.id = NEW.id')};" for kind in kinds.values())
    return (
        "CREATE TRIGGER search_session_update AFTER UPDATE OF session_date, level, body "
        "ON sessions WHEN OLD.session_date IS NOT NEW.session_date "
        "OR OLD.level IS NOT NEW.level OR OLD.body IS NOT NEW.body BEGIN "
        f"DELETE FROM search_index WHERE rowid BETWEEN {day} AND {day} + (1 << 40) - 1 "
        "AND item_id IN (SELECT a.id FROM agenda_items AS a WHERE a.session_id = OLD.id); "
        f"{reindex} END"
    )


def _sqlite_switch(french: bool) -> None:
    """Drop the triggers of the bilingual kinds, and make them (with ``french`` or as 0009
    left them) again; index their rows again."""
    kinds = _sqlite_kinds(french)
    for name in _BILINGUAL:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{name}_{event}")
    op.execute("DROP TRIGGER IF EXISTS search_decision_replaces")
    op.execute("DROP TRIGGER IF EXISTS search_session_update")
    for name in _BILINGUAL:
        op.execute(f"DELETE FROM search_index WHERE kind = '{name}'")
        op.execute(kinds[name].insert_all())
    for name in _BILINGUAL:
        for statement in kinds[name].triggers():
            op.execute(statement)
    op.execute(_sqlite_decision_replaces(kinds["decision"]))
    op.execute(_sqlite_session_update(kinds))


# ---------------------------------------------------------------------- PostgreSQL
# As in search_postgresql.py (0004's PostgreSQL half) and 0009.
_PG_DAY = "(greatest(0, {s}.session_date - DATE '1949-01-01')::bigint << 40)"
_PG_DELEGATION_TAG = (
    "' d' || encode(convert_to(upper({r}.delegation COLLATE \"C\"), 'UTF8'), 'hex')"
)
_PLANS = "SET plan_cache_mode = force_custom_plan"


class _PgKind(NamedTuple):
    """One kind of indexed row on PostgreSQL, as ``search_postgresql.py`` writes it."""

    spec: _Spec

    def condition(self, r: str) -> str:
        return self.spec.condition.format(r=r) or "true"

    def rows(self, where: str) -> str:
        spec, f = self.spec, {"r": "r"}
        item = spec.path_item or spec.item.format(**f)
        current = spec.current.format(**f) or "true"
        tags = (
            f"{_SESSION_TAGS} || ' k{spec.name}' || {spec.tags.format(**f)} || "
            f"CASE WHEN {current} THEN '' ELSE ' old' END"
        )
        values = ", ".join((
            f"{_PG_DAY.format(s='s')} + r.id::bigint * 8 + {spec.code}",
            spec.title.format(**f), spec.body.format(**f), spec.refs.format(**f), tags,
            f"'{spec.name}'", item, spec.delegation.format(**f), spec.position.format(**f),
        ))  # fmt: skip
        return (
            f"INSERT INTO search_index ({_COLUMNS}) SELECT {values} "
            f"FROM {spec.table} AS r {spec.path} "
            f"JOIN agenda_items AS i ON i.id = {item} JOIN sessions AS s ON s.id = i.session_id "
            f"WHERE ({self.condition('r')}) AND {where} ORDER BY r.id"
        )

    def rowid(self, r: str) -> str:
        return (
            f"(SELECT {_PG_DAY.format(s='s')} + {r}.id::bigint * 8 + {self.spec.code} "
            "FROM agenda_items AS i JOIN sessions AS s ON s.id = i.session_id "
            f"WHERE i.id = {self.spec.item.format(r=r)})"
        )

    def function(self) -> str:
        """The trigger function (replaced in place: the triggers call it by name)."""
        return f"""
CREATE OR REPLACE FUNCTION search_{self.spec.name}_index() RETURNS trigger
LANGUAGE plpgsql {_PLANS} AS $$
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
        spec = self.spec
        new, old = self.condition("NEW"), self.condition("OLD")
        run = f"FOR EACH ROW {{when}} EXECUTE FUNCTION search_{spec.name}_index()"
        stem = f"search_{spec.name}"
        return [
            f"CREATE TRIGGER {stem}_insert AFTER INSERT ON {spec.table} "
            + run.format(when=f"WHEN ({new})" if new != "true" else ""),
            f"CREATE TRIGGER {stem}_update AFTER UPDATE OF {spec.updated} ON {spec.table} "
            + run.format(when=f"WHEN ({old} OR {new})" if new != "true" else ""),
            f"CREATE TRIGGER {stem}_delete AFTER DELETE ON {spec.table} "
            + run.format(when=f"WHEN ({old})" if old != "true" else ""),
        ]


def _pg_kinds(french: bool) -> dict[str, _PgKind]:
    specs = _specs(french, "chr(30)", _PG_DELEGATION_TAG)
    return {name: _PgKind(spec) for name, spec in specs.items()}


def _pg_session_update(kinds: dict[str, _PgKind]) -> str:
    day = _PG_DAY.format(s="OLD")
    reindex = "\n    ".join(f"{kind.rows('s.id = NEW.id')};" for kind in kinds.values())
    return f"""
CREATE OR REPLACE FUNCTION search_session_update() RETURNS trigger LANGUAGE plpgsql {_PLANS} AS $$
BEGIN
    DELETE FROM search_index WHERE rowid BETWEEN {day} AND {day} + (1::bigint << 40) - 1
        AND item_id IN (SELECT a.id FROM agenda_items AS a WHERE a.session_id = OLD.id);
    {reindex}
    RETURN NULL;
END $$"""


def _pg_run(statement: str) -> None:
    """Runs a statement as written: no parameters, so ``%`` and ``:1`` are the SQL's own."""
    op.get_bind().exec_driver_sql(statement, execution_options={"no_parameters": True})


def _pg_switch(french: bool) -> None:
    kinds = _pg_kinds(french)
    for name in _BILINGUAL:
        kind = kinds[name]
        for event in ("insert", "update", "delete"):
            _pg_run(f"DROP TRIGGER IF EXISTS search_{name}_{event} ON {kind.spec.table}")
        _pg_run(kind.function())
        _pg_run(f"DELETE FROM search_index WHERE kind = '{name}'")
        _pg_run(kind.rows("true"))
        for statement in kind.triggers():
            _pg_run(statement)
    _pg_run(_pg_session_update(kinds))


# ---------------------------------------------------------------------- both
def upgrade() -> None:
    for table, column, type_ in _COLUMNS_FR:
        op.add_column(table, sa.Column(column, type_, nullable=False, server_default=sa.text("''")))
    if op.get_bind().dialect.name == "postgresql":
        _pg_switch(french=True)
    else:
        _sqlite_switch(french=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_switch(french=False)
    else:
        _sqlite_switch(french=False)
    for table, column, _type in reversed(_COLUMNS_FR):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
