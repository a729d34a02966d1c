"""The review of the summary record travels in the session file (format 5), on both engines:
the whole cycle (the draft issued, three corrections from two delegations, one declined, REV1,
approval under silence, a revision opened, REV2) exported, imported into an empty database and
exported again gives the same bytes, and the import reads as the original; an approved record
arrives approved, and locked. Refused files are in test_refusals.py."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from desktop.domain.review import ApprovalKind, Correction, Stage
from desktop.services import Actor, ValidationError, Workspace
from desktop.services.session_file import SessionFileError
from desktop.services.session_file.review import REVIEW_KEYS
from tests.unit.services.conftest import FakeClock

SCHEMA = json.loads(
    (Path(__file__).parents[4] / "resources" / "schema" / "session-file.schema.json").read_text(
        encoding="utf-8"
    )
)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2024, 5, day, hour, 0, tzinfo=UTC)


def write(tmp_path: Path, data: bytes, name: str = "session.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _approved(ws: Workspace, clock: FakeClock, nac: int, item: int) -> None:
    """The record issued, corrected by Germany twice (accepted) and France once (declined,
    on an item taken off the agenda afterwards), reissued as REV1, approved under silence."""
    ws.positions.log(item, "DEU", "agree_with_statement", text="Germany supports the plan.")
    other = ws.agenda.add_item(nac, "Any other business").value.id
    clock.advance(days=1)
    ws.review.issue(nac)
    clock.moment = at(7, 12)  # the corrections come in over the next days
    first = ws.review.receive(
        nac, "DEU", "Germany strongly supports the plan.",
        received_at=at(6), item_id=item, paragraph="statement of Germany",
    ).value.review.corrections[-1].id  # fmt: skip
    second = ws.review.receive(
        nac, "FRA", "La France a soulevé une question.", received_at=at(6, 11), item_id=other,
        paragraph="paragraph 1",
    ).value.review.corrections[-1].id  # fmt: skip
    third = (
        ws.review.receive(nac, "DEU", "Add: the Council noted the report.", received_at=at(7))
        .value.review.corrections[-1]
        .id
    )
    clock.advance(days=1, microseconds=250_000)
    ws.review.accept(first)
    ws.positions.log(
        item, "DEU", "agree_with_statement", text="Germany strongly supports the plan.",
        correction=True,
    )  # fmt: skip
    ws.review.decline(second, "The text is what France said at the table.")
    ws.review.accept(third, "Agreed with the chair.")
    ws.agenda.remove_item(other)  # the item a correction names, taken off afterwards
    clock.advance(days=1)
    ws.review.issue(nac)
    clock.moment = at(21)  # silence ended the day before
    ws.review.approve(nac, approved_at=at(20), how=ApprovalKind.SILENCE, reference="PO(2024)0123")


def _revised(ws: Workspace, clock: FakeClock, nac: int, item: int) -> None:
    """After approval: a revision opened, the summary corrected, REV2 issued."""
    clock.advance(days=20)
    ws.review.reopen(nac, "A figure in the summary was wrong.")
    ws.agenda.update_item(item, summary="The corrected figure.")
    clock.advance(hours=1)
    ws.review.issue(nac)


def _review(ws: Workspace, session_id: int) -> tuple[Any, ...]:
    """What the review says, whatever the database: stage, issues, corrections with their
    statuses and reasons, approvals, and the session's revision."""
    view = ws.review.view(session_id)
    review = view.review
    return (
        review.stage,
        review.locked,
        [(i.number, i.at, i.fingerprint) for i in review.issues],
        [_correction(c, view.number_of(c)) for c in review.corrections],
        [(a.at, a.how, a.reference, a.issue) for a in review.approvals],
        ws.sessions.get(session_id).revision,
    )


def _correction(c: Correction, item: int | None) -> tuple[Any, ...]:
    return (c.delegation, c.received_at, item, c.where, c.text, c.status, c.reason,
            c.decided_at, c.in_issue)  # fmt: skip


def test_the_whole_review_survives_export_import_export(
    ws: Workspace, clock: FakeClock, nac: int, item: int, tmp_path: Path
) -> None:
    _approved(ws, clock, nac, item)
    _revised(ws, clock, nac, item)
    data = ws.files.export_session(nac)
    document = json.loads(data)
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    review = document["review"]
    assert list(document)[-1] == "review" and document["session"]["revision"] == 2
    assert [(e["seq"], e["kind"]) for e in review] == [
        (1, "issued"), (2, "correction"), (3, "correction"), (4, "correction"),
        (5, "accepted"), (6, "declined"), (7, "accepted"), (8, "issued"), (9, "approved"),
        (10, "reopened"), (11, "issued"),
    ]  # fmt: skip
    assert [e["issue"] for e in review if e["kind"] == "issued"] == [0, 1, 2]
    assert [e["item"] for e in review if e["kind"] == "correction"] == [1, 2, None]
    assert [(e["refers_to"], e["reason"]) for e in review if "refers_to" in e] == [
        (2, ""),
        (3, "The text is what France said at the table."),
        (4, "Agreed with the chair."),
    ]
    assert list(review[1]) == [
        "seq", "kind", "at", "delegation", "item", "paragraph", "text",
        "recorded_at", "operator", "workstation",
    ]  # fmt: skip
    assert review[8]["how"] == "silence" and review[8]["at"] == "2024-05-20T10:00:00Z"
    assert review[4]["at"].endswith(".250000Z")  # the decision's moment, to the microsecond
    assert document["agenda"][1]["removed_at"] is not None  # item 2, off the agenda
    original = _review(ws, nac)
    assert original[0] is Stage.ISSUED and not original[1]

    with Workspace.open(
        tmp_path / "empty.sqlite", actor=Actor("importer", "ws-2"), clock=clock
    ) as other:
        copy = other.files.import_file(write(tmp_path, data)).value
        assert other.files.export_session(copy.id) == data
        assert _review(other, copy.id) == original
        assert other.minutes.assemble(copy.id) == ws.minutes.assemble(nac)

    # Into the same database, on either engine: as a new session, without the reference.
    copy = ws.files.import_file(write(tmp_path, data), on_conflict="as_new").value
    again = json.loads(ws.files.export_session(copy.id))
    assert again["session"].pop("reference") == ""
    assert document["session"].pop("reference") == "C-R(2024)0020"
    assert again == document
    assert _review(ws, copy.id) == original


def test_an_approved_record_arrives_approved_and_locked(
    ws: Workspace, clock: FakeClock, nac: int, item: int, tmp_path: Path
) -> None:
    _approved(ws, clock, nac, item)
    data = ws.files.export_session(nac)
    original = _review(ws, nac)
    assert original[0] is Stage.APPROVED and original[1]
    copy = ws.files.import_file(write(tmp_path, data), on_conflict="as_new").value
    again, document = json.loads(ws.files.export_session(copy.id)), json.loads(data)
    assert again["session"].pop("reference") == "" and document["session"].pop("reference")
    assert again == document
    assert _review(ws, copy.id) == original
    [copied] = ws.sessions.get(copy.id).items
    with pytest.raises(ValidationError, match="approved on 2024-05-20"):
        ws.positions.log(copied.id, "FRA", "objection", text="Too late.")
    ws.review.reopen(copy.id, "A figure in the summary was wrong.")  # the copy's own review
    ws.agenda.update_item(copied.id, summary="The corrected figure.")
    assert ws.review.view(nac).review.locked  # the original is still approved


def test_an_approved_session_is_not_replaced_by_a_file(
    ws: Workspace, clock: FakeClock, nac: int, item: int, tmp_path: Path
) -> None:
    ws.review.issue(nac)
    clock.moment = at(10)
    ws.review.approve(nac, approved_at=at(9), how="meeting", reference="C-R(2024)0021")
    path = write(tmp_path, ws.files.export_session(nac))
    before = ws.files.export_session(nac), ws.sessions.list_sessions()
    with pytest.raises(SessionFileError, match="was approved, so it takes no change") as caught:
        ws.files.import_file(path, on_conflict="replace")
    assert "Import the file as a new session without a reference" in str(caught.value)
    assert (ws.files.export_session(nac), ws.sessions.list_sessions()) == before
    ws.review.reopen(nac, "The record is to be replaced by the delegation's copy.")
    replacement = ws.files.import_file(path, on_conflict="replace").value
    assert replacement.reference == "C-R(2024)0020" and replacement.id != nac
    assert ws.review.view(replacement.id).review.locked  # the file's record: approved


def test_a_file_of_format_4_has_no_review(
    ws: Workspace, clock: FakeClock, nac: int, item: int, tmp_path: Path
) -> None:
    _approved(ws, clock, nac, item)

    def english_only(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: english_only(v) for k, v in node.items() if not k.endswith("_fr")}
        return [english_only(v) for v in node] if isinstance(node, list) else node

    document = english_only(json.loads(ws.files.export_session(nac)))
    document["format_version"] = 4
    assert document.pop("review")
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    copy = ws.files.import_file(write(tmp_path, data), on_conflict="as_new").value
    view = ws.review.view(copy.id)
    assert view.review.stage is Stage.NOT_ISSUED and view.review.events == ()
    assert ws.sessions.get(copy.id).revision == 1  # as the file says
    assert json.loads(ws.files.export_session(copy.id))["review"] == []


def test_the_schema_names_every_kind_of_step_and_its_fields() -> None:
    d = SCHEMA["$defs"]
    assert SCHEMA["properties"]["review"]["items"] == {"$ref": "#/$defs/review_event"}
    kinds = [ref["$ref"].removeprefix("#/$defs/") for ref in d["review_event"]["oneOf"]]
    assert kinds == [f"review_{kind}" for kind in REVIEW_KEYS]
    for kind, keys in REVIEW_KEYS.items():
        assert tuple(d[f"review_{kind}"]["required"]) == ("seq", "kind", "at", *keys)
        assert d[f"review_{kind}"]["properties"]["kind"]["const"] == kind
    assert set(d["review_approved"]["properties"]["how"]["enum"]) == {k.value for k in ApprovalKind}
