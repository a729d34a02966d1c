"""The room check of a logged position (``desktop.services.room_cache``): what the session
held at the last look plus what the key adds, instead of measuring the session again, with
exactly the answers a measure gives: the size kept is the size measured, a key beyond a
limit is refused with the same sentence, and a change made elsewhere (another window,
another program, another kind of change here) has the next key measure again."""

from __future__ import annotations

import random
from collections.abc import Mapping

import pytest
from sqlalchemy import Connection, Engine, event

from db.prepared import Prepared
from desktop.domain.positions import Position
from desktop.services import ValidationError, Workspace
from desktop.services import limits as limits_module
from desktop.services.limits import stored_size
from tests.unit.services.conftest import sql

DELEGATIONS = ("FRA", "DEU", "TUR", "ITA", "POL", "NOR")


def _measured(ws: Workspace, session_id: int) -> limits_module.Size:
    with ws._ctx.db.engine.connect() as connection:
        return stored_size(connection, session_id)


def _kept(ws: Workspace, session_id: int) -> limits_module.Size | None:
    kept = ws._ctx.rooms._kept.get(session_id)
    return kept.size if kept is not None else None


def _statements(ws: Workspace, call: object) -> list[str]:
    """The SQL statements ``call`` runs: through SQLAlchemy, or prepared and run on the
    driver's cursor (``db.prepared``, which SQLAlchemy's events do not see)."""
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    run = Prepared.run

    def noted(self: Prepared, connection: Connection, values: Mapping[str, object]) -> object:
        seen.append(self.sql)
        return run(self, connection, values)

    engine: Engine = ws._ctx.db.engine
    event.listen(engine, "before_cursor_execute", note)
    Prepared.run = noted  # type: ignore[method-assign]
    try:
        assert callable(call)
        call()
    finally:
        Prepared.run = run  # type: ignore[method-assign]
        event.remove(engine, "before_cursor_execute", note)
    return seen


def test_what_is_kept_is_what_a_measure_finds(ws: Workspace, nac: int, item: int) -> None:
    other = ws.agenda.add_item(nac, "Another item").value.id
    rng = random.Random(24)
    texts = ("", "Türkiye «réserve» 日本語", "x" * 300, "a\tb\nc")
    for _ in range(60):
        ws.positions.log(
            rng.choice((item, other)),
            rng.choice(DELEGATIONS),
            rng.choice(list(Position)),
            text=rng.choice(texts),
            paragraphs=rng.choice(((), ("4.2",), ("1", "2 bis"))),
            correction=rng.random() < 0.2,
        )
        assert _kept(ws, nac) == _measured(ws, nac)


def test_a_key_measures_nothing_once_the_session_is_known(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.positions.log(item, "FRA", Position.AGREE)  # the first look measures
    seen = _statements(ws, lambda: ws.positions.log(item, "DEU", Position.AGREE))
    assert len(seen) == 4  # the read, the event, its audit row, the audit trail's mark
    assert not any("UNION ALL" in statement for statement in seen)


@pytest.mark.parametrize("elsewhere", ["another_program", "another_change", "another_window"])
def test_a_change_made_elsewhere_has_the_next_key_measure_again(
    ws: Workspace, nac: int, item: int, database_location: object, elsewhere: str
) -> None:
    ws.positions.log(item, "FRA", Position.AGREE)
    if elsewhere == "another_program":  # rows and an audit row, written outside the services
        sql(ws, "UPDATE sessions SET place = 'A much longer place name' WHERE id = :s", s=nac)
        sql(
            ws,
            "INSERT INTO audit_log (at, operator, workstation, action, session_id, entity, "
            "entity_id, details) VALUES (CURRENT_TIMESTAMP, 'x', 'y', 'session.updated', :s, "
            "'session', :s, '{}')",
            s=nac,
        )
    elif elsewhere == "another_change":
        ws.sessions.update(nac, place="A much longer place name")
    else:
        with Workspace.open(database_location) as other:  # type: ignore[arg-type]
            other.positions.log(item, "TUR", Position.OBJECTION, text="Said in the other window")
    seen = _statements(ws, lambda: ws.positions.log(item, "DEU", Position.AGREE))
    assert any("UNION ALL" in statement for statement in seen)
    assert _kept(ws, nac) == _measured(ws, nac)


def test_a_key_beyond_a_limit_is_refused_as_a_measure_would_refuse_it(
    ws: Workspace, nac: int, item: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.positions.log(item, "FRA", Position.AGREE)
    size = _measured(ws, nac)
    assert _kept(ws, nac) == size
    monkeypatch.setattr(limits_module, "MAX_ENTRIES", size.entries)
    with pytest.raises(ValidationError) as refused:
        ws.positions.log(item, "DEU", Position.AGREE)
    assert str(refused.value) == (
        f"This change would give the session {size.entries + 1} entries (agenda items, "
        f"positions, letters, declarations, turns…); a session holds at most {size.entries}, "
        "so that it always fits in a session file. Nothing was saved."
    )
    assert ws.positions.current(item, "DEU") is None
    assert _kept(ws, nac) == size  # what was refused was not kept
    monkeypatch.undo()

    monkeypatch.setattr(limits_module, "MAX_LIST", 3)  # the attendance (32) is already over
    ws.positions.log(item, "DEU", Position.AGREE)
    ws.positions.log(item, "TUR", Position.AGREE)  # the item's positions: 3, as long as allowed
    monkeypatch.setattr(limits_module, "MAX_LIST", 32)
    ws.positions.log(item, "ITA", Position.AGREE)  # 4: fits under 32
    monkeypatch.setattr(limits_module, "MAX_LIST", 4)
    ws.positions.log(item, "POL", Position.OBJECTION)  # 5, but the attendance's 32 is longer
    monkeypatch.undo()
    # A key adds its delegation, text, operator ("tester") and workstation ("ws-test").
    monkeypatch.setattr(limits_module, "MAX_TEXT", _measured(ws, nac).characters + 3 + 13 + 5)
    with pytest.raises(ValidationError, match="characters of text; a session holds at most"):
        ws.positions.log(item, "POL", Position.AGREE, text="Six ch")
    ws.positions.log(item, "POL", Position.AGREE, text="Five.")
    assert _kept(ws, nac) == _measured(ws, nac)


def test_a_key_that_makes_its_item_s_list_too_long_is_refused(
    ws: Workspace, nac: int, item: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(34):  # the item's positions outgrow the attendance's 32
        ws.positions.log(item, "FRA", (Position.AGREE, Position.OBJECTION)[number % 2])
    size = _measured(ws, nac)
    assert size.longest_list == 34 and _kept(ws, nac) == size
    monkeypatch.setattr(limits_module, "MAX_LIST", 34)
    with pytest.raises(ValidationError) as refused:
        ws.positions.log(item, "DEU", Position.AGREE)
    assert str(refused.value) == (
        "This change would put 35 entries in one list of the session (the positions of an "
        "item, the events of a silence procedure…); a list holds at most 34. Nothing was saved."
    )
    assert _kept(ws, nac) == _measured(ws, nac) == size
