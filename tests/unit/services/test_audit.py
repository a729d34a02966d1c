"""The audit trail: every change of a session, said in plain English, with before and after;
exported to CSV; and no way, in the code or in the database, to change or delete a row."""

from __future__ import annotations

import ast
import csv
import io
import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import DBAPIError

from desktop.services import NotFoundError, Workspace
from desktop.services.audit import AuditEntry
from tests.unit.services.conftest import FakeClock, sql

ROOT = Path(__file__).resolve().parents[3]


def changes(ws: Workspace, session: int, action: str | None = None) -> list[tuple[str, str, str]]:
    return [
        (e.what, e.before, e.after)
        for e in ws.audit.entries(session)
        if action is None or e.action == action
    ]


# ---------------------------------------------------------------------- what, who, when
def test_an_entry_says_who_when_and_where(ws: Workspace, nac: int, clock: FakeClock) -> None:
    first = ws.audit.entries(nac)[0]

    assert isinstance(first, AuditEntry)
    assert (first.operator, first.workstation, first.action) == (
        "tester",
        "ws-test",
        "session.created",
    )
    assert first.at == datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
    assert first.what == "Session created"
    assert "C-R(2024)0020" in first.after


def test_a_corrected_position_shows_the_position_it_corrects(
    ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    ws.positions.log(item, "TUR", "agree")
    clock.advance(minutes=1)
    logged = ws.positions.log(item, "TUR", "objection").value
    clock.advance(minutes=1)
    ws.positions.correct(logged.event_id, "agree_ad_referendum")

    positions = [e for e in ws.audit.entries(nac) if e.action.startswith("position.")]

    assert [(e.what, e.before, e.after) for e in positions] == [
        ("Position of Türkiye on item 1", "", "agree"),
        ("Position of Türkiye on item 1", "agree", "objection"),
        ("Position of Türkiye on item 1", "objection", "agree ad referendum"),
    ]
    assert positions[2].action == "position.corrected"
    assert positions[2].at == datetime(2024, 5, 2, 8, 2, tzinfo=UTC)


def test_a_changed_statement_shows_the_old_and_new_text(ws: Workspace, nac: int, item: int) -> None:
    ws.positions.log(item, "FRA", "agree_with_statement", text="La France se joint.")
    ws.positions.set_text(item, "FRA", "La France se joint au consensus.")

    assert changes(ws, nac, "position.corrected") == [
        ("Statement of France on item 1", "La France se joint.", "La France se joint au consensus.")
    ]


def test_session_fields_each_have_a_line_with_before_and_after(ws: Workspace, nac: int) -> None:
    ws.sessions.update(nac, place="Brussels", chair="A. Chair")
    ws.sessions.update(nac, place="Mons", chair="A. Chair")

    assert changes(ws, nac, "session.updated") == [
        ("Place of the session", "", "Brussels"),
        ("Chair of the session", "", "A. Chair"),
        ("Place of the session", "Brussels", "Mons"),  # the chair did not change: no line
    ]


def test_agenda_changes_name_the_item(ws: Workspace, nac: int, item: int) -> None:
    second = ws.agenda.add_item(nac, "Any other business").value.id
    ws.agenda.update_item(item, title="Council decision on the 2025 work programme")
    ws.agenda.move_item(second, 1)
    ws.agenda.remove_item(item)

    assert changes(ws, nac)[-4:] == [
        ("Item 1 added to the agenda", "", "Any other business"),
        ("Title of the item “Council decision on the 2025 work programme”",
         "Council decision on the work programme",
         "Council decision on the 2025 work programme"),
        ("Place of item 1 on the agenda", "number 2", "number 1"),
        ("The item “Council decision on the 2025 work programme” taken off the agenda",
         "Council decision on the 2025 work programme", ""),
    ]  # fmt: skip


def test_attendance_shows_what_changed(ws: Workspace, nac: int) -> None:
    ws.attendance.set_attendance(nac, "TUR", present=False)
    ws.attendance.set_attendance(nac, "TUR", head_of_delegation="Ambassador X")

    assert changes(ws, nac, "attendance.updated") == [
        ("Presence of Türkiye", "present", "absent"),
        ("Head of delegation of Türkiye", "", "Ambassador X"),
    ]


def test_outcomes_and_action_items_show_what_they_replace(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.outcomes.declare(item, "deferred")
    ws.outcomes.declare(item, "agreed", decision_text="Approved.")
    action = ws.actions.add(item, owner_kind="committee", description="Report back.").value
    ws.actions.update(action.id, status="done", due_date=date(2024, 6, 1))

    assert changes(ws, nac, "outcome.declared") == [
        ("Outcome of item 1", "", "deferred"),
        ("Outcome of item 1", "deferred", "agreed: “Approved.”"),
    ]
    assert changes(ws, nac, "action.updated") == [
        ("Due date of an action on item 1", "", "2024-06-01"),
        ("Status of an action on item 1", "open", "done"),
    ]


def test_an_extended_silence_shows_both_deadlines_in_the_sessions_time(
    ws: Workspace, nac: int, item: int
) -> None:
    procedure = ws.silence.launch(item, datetime(2024, 5, 6, 12, 0)).value.id
    ws.silence.extend(procedure, datetime(2024, 5, 8, 12, 0), reason="Two delegations asked.")

    assert changes(ws, nac, "silence.extended") == [
        ("Deadline of the silence procedure on item 1",
         "2024-05-06 12:00 CEST", "2024-05-08 12:00 CEST (Two delegations asked.)"),
    ]  # fmt: skip


def test_rows_written_before_before_was_recorded_are_still_shown(
    ws: Workspace, nac: int, item: int
) -> None:
    """Older versions kept an action item's repr and an attendance change's new state only."""
    old_action = (
        "ActionItemView(id=1, item_id=1, owner_kind=<OwnerKind.COMMITTEE: 'committee'>, "
        "owner='', description='Report back.', due_date=None, status=<ActionStatus.OPEN: 'open'>)"
    )
    new_action = old_action.replace("OPEN: 'open'", "DONE: 'done'").replace(
        "due_date=None", "due_date=datetime.date(2024, 6, 1)"
    )
    rows = [
        ("action.updated", "action_item", {"before": old_action, "after": new_action}),
        ("attendance.updated", "attendance", {"delegation": "TUR", "present": False,
                                              "head_of_delegation": ""}),
        ("something.new", "thing", {"x": 1}),
    ]  # fmt: skip
    for action, entity, details in rows:
        sql(
            ws,
            "INSERT INTO audit_log (at, operator, workstation, action, session_id, entity, "
            "entity_id, details) VALUES ('2024-05-02 09:00:00', 'old', 'pc', :action, :nac, "
            ":entity, 1, :details)",
            action=action, nac=nac, entity=entity, details=json.dumps(details),
        )  # fmt: skip

    assert changes(ws, nac)[-4:] == [
        ("Due date of an action on item 1", "", "2024-06-01"),
        ("Status of an action on item 1", "open", "done"),
        ("Attendance of Türkiye", "", "absent"),
        ("something.new", "", '{"x": 1}'),
    ]


def test_a_removed_session_keeps_its_trail(ws: Workspace, nac: int) -> None:
    ws.sessions.remove(nac)

    assert changes(ws, nac)[-1] == ("Session taken off the list", "on the list", "removed")


def test_an_unknown_session_is_refused(ws: Workspace) -> None:
    with pytest.raises(NotFoundError):
        ws.audit.entries(999)


# ---------------------------------------------------------------------- CSV
def test_the_csv_opens_in_a_spreadsheet_with_accents_and_zoned_times(
    ws: Workspace, nac: int, item: int, tmp_path: Path
) -> None:
    ws.agenda.update_item(item, title='=HYPERLINK("x")')  # a formula a spreadsheet would run
    ws.positions.log(item, "TUR", "objection")

    path = ws.audit.export_csv(nac, tmp_path / "audit.csv")

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte order mark Excel needs for UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["time", "operator", "workstation", "action", "what", "before", "after"]
    assert len(rows) == 1 + len(ws.audit.entries(nac))
    assert rows[-1] == [
        "2024-05-02T08:00:00+00:00", "tester", "ws-test", "position.logged",
        "Position of Türkiye on item 1", "", "objection",
    ]  # fmt: skip
    title = next(r for r in rows if r[4] == "Title of item 1")
    assert title[6] == '\'=HYPERLINK("x")'


def test_exporting_to_a_folder_is_refused(ws: Workspace, nac: int, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="is a folder"):
        ws.audit.export_csv(nac, tmp_path)


# ---------------------------------------------------------------------- append-only
@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET operator = 'someone else'", "DELETE FROM audit_log"],
)
def test_the_database_refuses_to_change_or_delete_an_audit_row(
    ws: Workspace, nac: int, statement: str
) -> None:
    before = ws.audit.entries(nac)
    with pytest.raises(DBAPIError, match="append-only"):
        sql(ws, statement)

    assert ws.audit.entries(nac) == before


def test_removing_and_replacing_sessions_still_works_with_the_trail_locked(
    ws: Workspace, nac: int, tmp_path: Path
) -> None:
    path = ws.files.export_to(nac, tmp_path / "s.json") or tmp_path / "s.json"
    ws.files.import_file(path, on_conflict="replace")
    ws.sessions.remove(ws.sessions.list_sessions()[0].id)

    assert changes(ws, nac)[-1][0].startswith("Reference of the session")


_WRITES = {"delete", "merge", "bulk_update_mappings", "bulk_save_objects"}
_RAW_SQL = re.compile(
    r"\b(UPDATE\s+(OR\s+\w+\s+)?audit_log\b|DELETE\s+FROM\s+audit_log\b|DROP\s+TABLE\s+"
    r"(IF\s+EXISTS\s+)?audit_log\b|REPLACE\s+INTO\s+audit_log\b)",
    re.IGNORECASE,
)


def _writes(call: ast.Call) -> bool:
    """delete(AuditRow) and update(AuditRow) statements; s.delete(row), s.merge(row); and a
    query's .update(...) (not a set's or a dict's, whose receiver is a name or attribute)."""
    func = call.func
    if isinstance(func, ast.Name):
        target = ast.dump(call.args[0]) if call.args else ""
        return func.id in {"delete", "update"} and ("AuditRow" in target or "audit_log" in target)
    if isinstance(func, ast.Attribute):
        return func.attr in _WRITES or (func.attr == "update" and isinstance(func.value, ast.Call))
    return False


def audit_tampering(source: str, name: str) -> list[str]:
    """Where ``source`` could change or delete an audit row: raw SQL that updates, deletes or
    drops the table anywhere; and in a module that names the audit table (to read it or add
    to it), any delete/update/merge call and any assignment to an object's attribute."""
    tree = ast.parse(source)
    found = []
    mentions = any(
        (isinstance(n, ast.Name) and n.id == "AuditRow")
        or (isinstance(n, ast.Constant) and isinstance(n.value, str) and "audit_log" in n.value)
        for n in ast.walk(tree)
    )
    for node in ast.walk(tree):
        is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
        if is_text and _RAW_SQL.search(node.value):
            found.append(f"{name}:{node.lineno} SQL that changes the audit table")
        if not mentions:
            continue
        if isinstance(node, ast.Call) and _writes(node):
            found.append(f"{name}:{node.lineno} a delete or update beside the audit table")
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            owner = target.value if isinstance(target, ast.Attribute) else None
            if owner is not None and not (isinstance(owner, ast.Name) and owner.id == "self"):
                found.append(f"{name}:{node.lineno} an attribute set beside the audit table")
    return found


def test_the_scanner_finds_what_it_looks_for() -> None:
    assert audit_tampering("s.execute(delete(AuditRow))", "desktop/services/context.py")
    assert audit_tampering("s.query(AuditRow).update({'x': 1})", "db/repositories.py")
    assert audit_tampering("s.execute(text('DELETE FROM audit_log'))", "db/repositories.py")
    assert audit_tampering("row = s.get(AuditRow, 1)\nrow.operator = 'x'", "db/repositories.py")
    assert audit_tampering("s.execute(text('UPDATE audit_log SET at = 0'))", "desktop/x.py")
    assert not audit_tampering("s.scalars(select(AuditRow))", "db/repositories.py")
    assert not audit_tampering("s.delete(att)", "desktop/services/sessions.py")
    assert not audit_tampering("AuditRow\ns.execute(update(SessionRow))", "db/repositories.py")


def test_no_code_changes_or_deletes_an_audit_row() -> None:
    sources = [*ROOT.joinpath("db").rglob("*.py"), *ROOT.joinpath("desktop").rglob("*.py")]
    assert len(sources) > 50
    found = []
    for path in sources:
        name = path.relative_to(ROOT).as_posix()
        found += audit_tampering(path.read_text(encoding="utf-8"), name)
    assert found == []


def test_the_trail_says_what_the_operator_said_of_an_entry_and_of_interventions(
    ws: Workspace, nac: int, item: int, clock
) -> None:
    ws.positions.log(item, "USA", "study_reserve")
    clock.advance(minutes=3)
    change = ws.positions.log(item, "USA", "agree").value
    ws.positions.reclassify(change.event_id, True)
    first = ws.speakers.intervene(item, "HUN", "Hungary recalls its caveats.").value.said[0]
    ws.speakers.correct_intervention(first.id, "")
    described = [(e.what, e.before, e.after) for e in ws.audit.entries(nac)]
    assert any(
        what.startswith("Entry of United States")
        and (before, after) == ("a change of position", "a correction")
        for what, before, after in described
    )
    assert ("Intervention of Hungary on item 1", "", "Hungary recalls its caveats.") in described
    assert (
        "Intervention of Hungary on item 1",
        "Hungary recalls its caveats.",
        "taken off the record",
    ) in described
