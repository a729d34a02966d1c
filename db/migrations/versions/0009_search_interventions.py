"""Archive search: interventions (what a delegation said without taking a position) are
indexed too.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08

A sixth kind of row in ``search_index`` (0004's docstring describes the others, the rowid
and the tags):

============  ====  =====  ==================  ====
kind          code  title  body                refs
============  ====  =====  ==================  ====
intervention  6            interventions.text
============  ====  =====  ==================  ====

Only an intervention with text is indexed (a speaking turn timed by the clock alone has
none). Its tags are the session's, ``kintervention`` and ``d<hex of the delegation code in
capitals>``, as on statements; ``old`` once it no longer stands: a later row corrects it.
Corrections form a chain (a row names, by ``corrects_id``, the one whose text it replaces,
which may itself be a correction); the latest row of a chain holds the intervention's
text, as ``desktop.domain.speaking.interventions_on_record`` reads it, and every other row
of the chain is ``old``. A correction to an empty text is not indexed: the intervention is
then off the record, found only as history. The chain is read by walking ``corrects_id`` up
to the first row, then down again within the item (the rows of a chain share their item:
``interventions.item_id`` is indexed), a recursive query of a few rows.

Triggers on ``interventions``, as 0004's on the other tables: insert, update (of the
indexed columns only: ``ended_at``, set when a speaking turn ends, is not one) and delete
keep the row's entry; a new correction marks ``old`` the rows of its chain. A speaking turn
without text, the commonest row, fires none of them. The trigger that indexes a session's
rows again when its date, level or body changes (0004's ``search_session_update``) is
replaced by one that covers interventions too; the downgrade puts 0004's back. The rows
already there are indexed here.

0004 and ``search_postgresql.py`` are frozen: what this revision needs of them (the kinds,
the rowid, the session's tags, the re-indexing of a session) is copied here, for SQLite and
for PostgreSQL, not imported.

Later migrations: a batch rebuild (``recreate``) of ``interventions`` drops the triggers
made here, and one of ``sessions`` drops ``search_session_update``, whose current form is
this revision's (six kinds), not 0004's: such a migration must create them again, copied
from here (this file is frozen too).
"""

from __future__ import annotations

from typing import NamedTuple

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None

_COLUMNS = "rowid, title, body, refs, tags, kind, item_id, delegation, position"
_SESSION_TAGS = "'b' || lower(s.body) || ' l' || replace(s.level, '_', '')"
_CODE = 6

# The rows of the chain of corrections of intervention ``{r}`` (the same SQL on both
# engines): up to its first row by ``corrects_id``, then every row that corrects one of the
# chain, within the item. UNION, not UNION ALL: a cycle (no writer makes one) would end.
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
# Whether intervention ``{r}`` stands: no later row of its chain replaced its text.
_STANDS = "NOT EXISTS (SELECT 1 FROM (" + _CHAIN + ") AS chain WHERE chain.id > {r}.id)"


# ---------------------------------------------------------------------- SQLite (as in 0004)
# Days since 1949-01-01 (julian day 2432917.5) of session ``s``, moved to the rowid's top bits.
_DAY = "(max(0, CAST(julianday({s}.session_date) - 2432917.5 AS INTEGER)) << 40)"


class _Kind(NamedTuple):
    """One kind of indexed row, as 0004 writes it; SQL fragments take ``{r}``, the source
    row (NEW, OLD or the alias ``r``)."""

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


_KINDS_0004 = (
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
_INTERVENTION = _Kind(
    "intervention", _CODE, "interventions", item="{r}.item_id",
    title="''", body="{r}.text", refs="''", condition="{r}.text <> ''",
    tags="' d' || lower(hex(upper({r}.delegation)))", current=_STANDS,
    delegation="{r}.delegation", updated="item_id, delegation, text, corrects_id",
)  # fmt: skip


def _session_update(kinds: tuple[_Kind, ...]) -> str:
    """0004's trigger that indexes a session's rows again, for ``kinds``."""
    day = _DAY.format(s="OLD")
    reindex = " ".join(f"{kind.insert_all('s.id = NEW.id')};" for kind in kinds)
    return (
        "CREATE TRIGGER search_session_update AFTER UPDATE OF session_date, level, body "
        "ON sessions WHEN OLD.session_date IS NOT NEW.session_date "
        "OR OLD.level IS NOT NEW.level OR OLD.body IS NOT NEW.body BEGIN "
        f"DELETE FROM search_index WHERE rowid BETWEEN {day} AND {day} + (1 << 40) - 1 "
        "AND item_id IN (SELECT a.id FROM agenda_items AS a WHERE a.session_id = OLD.id); "
        f"{reindex} END"
    )


def _sqlite_triggers() -> list[str]:
    kind, stem = _INTERVENTION, "search_intervention"
    # The rows of the chain of NEW before it: marked ``old`` (those in the index).
    replaced = (
        f"SELECT {_DAY.format(s='s')} + chain.id * 8 + {_CODE} FROM ({_CHAIN.format(r='NEW')}) "
        "AS chain, agenda_items AS i JOIN sessions AS s ON s.id = i.session_id "
        "WHERE i.id = NEW.item_id AND chain.id < NEW.id"
    )
    return [
        f"CREATE TRIGGER {stem}_insert AFTER INSERT ON {kind.table} "
        f"WHEN {kind.condition.format(r='NEW')} BEGIN {kind.insert_new()} END",
        f"CREATE TRIGGER {stem}_update AFTER UPDATE OF {kind.updated} ON {kind.table} "
        f"BEGIN {kind.delete_old()} {kind.insert_new()} END",
        f"CREATE TRIGGER {stem}_delete AFTER DELETE ON {kind.table} BEGIN {kind.delete_old()} END",
        f"CREATE TRIGGER {stem}_replaces AFTER INSERT ON {kind.table} "
        "WHEN NEW.corrects_id IS NOT NULL BEGIN "
        "UPDATE search_index SET tags = tags || ' old' "
        f"WHERE tags NOT LIKE '% old' AND rowid IN ({replaced}); END",
    ]


def _sqlite_upgrade() -> None:
    op.execute(_INTERVENTION.insert_all())
    for statement in _sqlite_triggers():
        op.execute(statement)
    op.execute("DROP TRIGGER search_session_update")
    op.execute(_session_update((*_KINDS_0004, _INTERVENTION)))


def _sqlite_downgrade() -> None:
    for event in ("insert", "update", "delete", "replaces"):
        op.execute(f"DROP TRIGGER IF EXISTS search_intervention_{event}")
    op.execute("DROP TRIGGER IF EXISTS search_session_update")
    op.execute(_session_update(_KINDS_0004))
    op.execute(f"DELETE FROM search_index WHERE kind = '{_INTERVENTION.name}'")


# ---------------------------------------------------------------------- PostgreSQL
# As in search_postgresql.py (0004's PostgreSQL half): days since 1949-01-01 of session
# ``s`` (0 before), moved to the rowid's top bits; the delegation's code in capitals (ASCII
# letters only, as SQLite's upper()), in hex; and the triggers' queries planned on each call.
_PG_DAY = "(greatest(0, {s}.session_date - DATE '1949-01-01')::bigint << 40)"
_PG_DELEGATION_TAG = (
    "' d' || encode(convert_to(upper({r}.delegation COLLATE \"C\"), 'UTF8'), 'hex')"
)
_PLANS = "SET plan_cache_mode = force_custom_plan"


class _PgKind(NamedTuple):
    """One kind of indexed row, as ``search_postgresql.py`` writes it. Fragments take
    ``{r}``, the source row."""

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
            f"{_PG_DAY.format(s='s')} + r.id::bigint * 8 + {self.code}",
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
            f"(SELECT {_PG_DAY.format(s='s')} + {r}.id::bigint * 8 + {self.code} "
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


_PG_KINDS_0004 = (
    _PgKind(
        "item", 1, "agenda_items", item="{r}.id",
        title="{r}.title", body="{r}.summary", refs="{r}.documents", condition="true",
        updated="title, summary, documents",
    ),
    _PgKind(
        "statement", 2, "position_events", item="{r}.item_id",
        title="''", body="{r}.text", refs="{r}.paragraphs", condition="{r}.text <> ''",
        tags=_PG_DELEGATION_TAG + " || ' p' || replace({r}.position, '_', '')",
        current=(
            "NOT EXISTS (SELECT 1 FROM position_events AS later WHERE later.item_id = "
            "{r}.item_id AND later.delegation = {r}.delegation AND later.id > {r}.id)"
        ),
        delegation="{r}.delegation", position="{r}.position",
        updated="item_id, delegation, position, text, paragraphs",
    ),
    _PgKind(
        "letter", 3, "silence_events",
        item="(SELECT p.item_id FROM silence_procedures AS p WHERE p.id = {r}.procedure_id)",
        path="JOIN silence_procedures AS p ON p.id = r.procedure_id", path_item="p.item_id",
        title="''", body="{r}.text", refs="{r}.reference",
        condition="{r}.kind = 'letter' AND ({r}.text <> '' OR {r}.reference <> '')",
        tags=_PG_DELEGATION_TAG,
        delegation="{r}.delegation", position="{r}.letter_kind",
        updated="kind, procedure_id, delegation, letter_kind, reference, text",
    ),
    _PgKind(
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
    _PgKind(
        "silence", 5, "silence_procedures", item="{r}.item_id",
        title="{r}.title", body="''", refs="{r}.text_reference",
        condition="{r}.title <> '' OR {r}.text_reference <> ''",
        updated="item_id, title, text_reference",
    ),
)  # fmt: skip
_PG_INTERVENTION = _PgKind(
    "intervention", _CODE, "interventions", item="{r}.item_id",
    title="''", body="{r}.text", refs="''", condition="{r}.text <> ''",
    tags=_PG_DELEGATION_TAG, current=_STANDS,
    delegation="{r}.delegation", updated="item_id, delegation, text, corrects_id",
)  # fmt: skip


def _pg_session_update(kinds: tuple[_PgKind, ...]) -> str:
    """The function of 0004's trigger that indexes a session's rows again, for ``kinds``
    (the trigger calls it by name: replacing the function is enough)."""
    day = _PG_DAY.format(s="OLD")
    reindex = "\n    ".join(f"{kind.rows('s.id = NEW.id')};" for kind in kinds)
    return f"""
CREATE OR REPLACE FUNCTION search_session_update() RETURNS trigger LANGUAGE plpgsql {_PLANS} AS $$
BEGIN
    DELETE FROM search_index WHERE rowid BETWEEN {day} AND {day} + (1::bigint << 40) - 1
        AND item_id IN (SELECT a.id FROM agenda_items AS a WHERE a.session_id = OLD.id);
    {reindex}
    RETURN NULL;
END $$"""


def _pg_replaces() -> list[str]:
    """Marks ``old`` the rows of a new correction's chain before it (those in the index)."""
    name = "search_intervention_replaces"
    replaced = (
        f"SELECT {_PG_DAY.format(s='s')} + chain.id::bigint * 8 + {_CODE} "
        f"FROM ({_CHAIN.format(r='NEW')}) AS chain, agenda_items AS i "
        "JOIN sessions AS s ON s.id = i.session_id "
        "WHERE i.id = NEW.item_id AND chain.id < NEW.id"
    )
    return [
        f"""
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql {_PLANS} AS $$
BEGIN
    UPDATE search_index SET tags = tags || ' old'
    WHERE rowid IN ({replaced}) AND tags NOT LIKE '% old';
    RETURN NULL;
END $$""",
        f"CREATE TRIGGER {name} AFTER INSERT ON interventions "
        f"FOR EACH ROW WHEN (NEW.corrects_id IS NOT NULL) EXECUTE FUNCTION {name}()",
    ]


def _pg_run(statement: str) -> None:
    """Runs a statement as written: no parameters, so ``%`` and ``:1`` are the SQL's own."""
    op.get_bind().exec_driver_sql(statement, execution_options={"no_parameters": True})


def _pg_upgrade() -> None:
    _pg_run(_PG_INTERVENTION.rows("true"))
    statements = [_PG_INTERVENTION.function(), *_PG_INTERVENTION.triggers(), *_pg_replaces()]
    statements.append(_pg_session_update((*_PG_KINDS_0004, _PG_INTERVENTION)))
    for statement in statements:
        _pg_run(statement)


def _pg_downgrade() -> None:
    for event in ("insert", "update", "delete", "replaces"):
        _pg_run(f"DROP TRIGGER IF EXISTS search_intervention_{event} ON interventions")
    _pg_run("DROP FUNCTION IF EXISTS search_intervention_index()")
    _pg_run("DROP FUNCTION IF EXISTS search_intervention_replaces()")
    _pg_run(_pg_session_update(_PG_KINDS_0004))
    _pg_run(f"DELETE FROM search_index WHERE kind = '{_PG_INTERVENTION.name}'")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_upgrade()
    else:
        _sqlite_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _pg_downgrade()
    else:
        _sqlite_downgrade()
