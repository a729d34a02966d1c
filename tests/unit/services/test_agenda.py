"""AgendaService: items numbered, moved, removed and restored with what was said on them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import AuditRow, PositionEventRow
from desktop.services import ChangeSet, NotFoundError, ValidationError, Workspace


def _audit_actions(ws: Workspace, session_id: int) -> list[str]:
    with ws._ctx.db.transaction() as s:  # the audit trail is a database fact
        return list(
            s.scalars(
                select(AuditRow.action)
                .where(AuditRow.session_id == session_id)
                .order_by(AuditRow.id)
            )
        )


def test_agenda_items_are_numbered_moved_and_removed(ws: Workspace, nac: int) -> None:
    a, b, c = (ws.agenda.add_item(nac, title).value.id for title in ("A", "B", "C"))
    ws.agenda.move_item(c, 1)
    assert [i.title for i in ws.sessions.get(nac).items] == ["C", "A", "B"]
    assert [i.number for i in ws.sessions.get(nac).items] == [1, 2, 3]
    ws.positions.log(a, "FRA", "objection", text="Non.")
    ws.agenda.remove_item(a)
    assert [i.title for i in ws.sessions.get(nac).items] == ["C", "B"]
    with ws._ctx.db.transaction() as s:  # what France said is still on record
        assert s.scalars(select(PositionEventRow.text)).all() == ["Non."]
    with pytest.raises(NotFoundError):
        ws.agenda.update_item(a, title="again")
    assert b


def test_an_item_needs_a_title(ws: Workspace, nac: int) -> None:
    with pytest.raises(ValidationError, match="Give the agenda item a title"):
        ws.agenda.add_item(nac, "   ")


def test_a_removed_item_comes_back_at_the_end_with_what_was_said(ws: Workspace, nac: int) -> None:
    a, b, c = (ws.agenda.add_item(nac, title).value.id for title in ("A", "B", "C"))
    ws.positions.log(b, "FRA", "objection", text="Non.")
    ws.outcomes.declare(b, "no_consensus")
    ws.agenda.remove_item(b)
    assert ws.sessions.list_sessions()[0].item_count == 2
    with pytest.raises(NotFoundError, match=r"taken off the agenda\. Restore it"):
        ws.positions.log(b, "DEU", "agree")

    result = ws.agenda.restore_item(b)

    assert result.changes == ChangeSet(agenda=frozenset({nac}), session_list=True)
    assert (result.value.title, result.value.number) == ("B", 3)
    items = ws.sessions.get(nac).items
    assert [(i.title, i.number) for i in items] == [("A", 1), ("C", 2), ("B", 3)]
    assert ws.sessions.list_sessions()[0].item_count == 3
    assert [(e.delegation, e.text) for e in ws.positions.history(b)] == [("FRA", "Non.")]
    assert ws.positions.grid(nac).position(b, "FRA").value == "objection"
    standing = ws.outcomes.state(b).outcome
    assert standing is not None and standing.outcome.value == "no_consensus"
    assert _audit_actions(ws, nac)[-2:] == ["item.removed", "item.restored"]
    assert a and c


@pytest.mark.parametrize(
    ("number", "expected"),
    [(1, ["B", "A", "C"]), (2, ["A", "B", "C"]), (3, ["A", "C", "B"]), (99, ["A", "C", "B"])],
)
def test_a_removed_item_comes_back_where_it_is_put(
    ws: Workspace, nac: int, number: int, expected: list[str]
) -> None:
    ids = {title: ws.agenda.add_item(nac, title).value.id for title in ("A", "B", "C")}
    ws.agenda.remove_item(ids["B"])
    restored = ws.agenda.restore_item(ids["B"], number).value
    items = ws.sessions.get(nac).items
    assert [i.title for i in items] == expected
    assert [i.number for i in items] == [1, 2, 3]
    assert restored.number == expected.index("B") + 1


def test_only_a_removed_item_of_a_session_on_the_list_can_be_restored(
    ws: Workspace, nac: int, item: int
) -> None:
    with pytest.raises(ValidationError, match="That agenda item is on the agenda; there is"):
        ws.agenda.restore_item(item)
    with pytest.raises(NotFoundError, match="does not exist in this database"):
        ws.agenda.restore_item(item + 99)
    ws.agenda.remove_item(item)
    ws.sessions.remove(nac)
    with pytest.raises(NotFoundError, match="That session no longer exists"):
        ws.agenda.restore_item(item)
    ws.sessions.restore(nac)
    assert ws.sessions.get(nac).items == ()
    assert ws.agenda.restore_item(item).value.number == 1


# ---------------------------------------------------------------------- the meeting's clock
