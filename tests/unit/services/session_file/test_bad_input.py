"""Bad session files: arbitrary bytes, and real exports with one value swapped for something
nasty. Import reads the file, or refuses it with sentences (``SessionFileError``) and writes
nothing; a file it takes is stored exactly, so that exporting it again gives the same file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st

from desktop.services import ServiceError, Workspace
from desktop.services.session_file import SessionFileError, parse
from desktop.services.session_file.exporting import to_bytes
from tests.unit.services.bad_input import (
    FAST,
    NASTY_OR_HALF,
    Clock,
    module_workspace,
    new_session,
)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, bytes]]:
    """A database holding one session with a bit of everything, and that session's file."""
    for ws, clock in module_workspace(tmp_path_factory, "files"):
        yield ws, a_full_session(ws, clock)


def a_full_session(ws: Workspace, clock: Clock) -> bytes:
    sid, item = new_session(ws)
    ws.sessions.update(sid, reference="C-R(2024)0001", place="Brussels", chair="SG")
    ws.attendance.add_participant(sid, "EU", kind="invitee", name="European Union")
    ws.positions.log(item, "FRA", "reservation", text="Texte <b>", paragraphs=["4.2"])
    ws.positions.log(item, "FRA", "agree", correction=True)  # a correction, linked
    ws.attendance.set_attendance(sid, "ISL", present=False)
    ws.positions.log(item, "ISL", "agree")  # in writing
    said = ws.speakers.intervene(item, "DEU", "Wir stimmen zu.").value.said[0]
    ws.speakers.correct_intervention(said.id, "Wir stimmen nicht zu.")
    procedure = ws.silence.launch(item, clock.moment + timedelta(days=2), title="Draft").value
    ws.silence.record_letter(procedure.id, "TUR", clock.moment + timedelta(hours=1), text="No.")
    ws.outcomes.declare(item, "noted", decision_text="Noted.")
    ws.actions.add(item, owner_kind="committee", owner="X", description="Do.", due_date=date.max)
    clock.moment += timedelta(days=3)  # the procedure settles: none runs on an approved record
    ws.silence.settle_due()
    ws.review.issue(sid)
    corrections = [
        ws.review.receive(sid, code, "Proposed.", received_at=clock.moment, item_id=item_id)
        .value.review.corrections[-1]
        .id
        for code, item_id in (("DEU", item), ("FRA", None))
    ]
    ws.review.accept(corrections[0], "Agreed.")
    ws.review.decline(corrections[1], "Not said.")
    ws.review.issue(sid)
    ws.review.approve(sid, approved_at=clock.moment, how="silence", reference="PO(2024)0001")
    return ws.files.export_session(sid)


def leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value in a JSON document, containers included."""
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from leaves(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from leaves(child, (*path, index))


JSON_VALUES = st.one_of(
    NASTY_OR_HALF,
    st.sampled_from(
        [
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999Z",
            "2024-02-30T00:00:00Z",
            "2024-05-02T08:00:00+02:00",
            "0000-01-01",
            "9999-12-31",
            "Europe/Brussels",
            "Mars/Olympus_Mons",
            "FRA",
        ]
    ),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.none(),
    st.booleans(),
    st.just([]),
    st.just({}),
)


def encode(document: object, ascii_only: bool) -> bytes:
    """JSON bytes; a lone surrogate becomes an escape, or bytes that are not UTF-8."""
    return json.dumps(document, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def import_or_refuse(ws: Workspace, data: bytes, witness: int) -> None:
    """Import ``data`` as a new session: stored exactly, or refused leaving all unchanged."""
    before = ws.files.export_session(witness)
    count = len(ws.sessions.list_sessions())
    try:
        content = parse(data, source="bad.json")
        imported = ws.files.import_parsed(content, on_conflict="as_new").value
    except SessionFileError as error:
        event("refused")
        assert error.problems and all(p.strip() for p in error.problems)
        assert str(error).strip() and "Traceback" not in str(error)
        assert len(ws.sessions.list_sessions()) == count
        assert ws.files.export_session(witness) == before
        return
    event("imported")
    again = json.loads(ws.files.export_session(imported.id))
    wanted = json.loads(to_bytes(content))
    if content.session.reference and ws.files.session_by_reference(content.session.reference):
        wanted["session"]["reference"] = again["session"]["reference"]  # as new: renamed
    # The file's order of attendance carries no meaning: the export seats delegations by
    # their sort key, as the app does.
    for document in (again, wanted):
        document["attendance"].sort(key=lambda a: (a["kind"], a["delegation"]))
        # A declaration's warnings are the import's own check of the record, never the
        # file's (tests/unit/services/test_standings.py).
        for item in document["agenda"]:
            for outcome in item["outcomes"]:
                outcome.pop("warnings")
    assert again == wanted


@FAST
@given(data=st.binary(max_size=300))
@example(data=b"")
@example(data=b"\xef\xbb\xbf")
@example(data=b"\xff\xfe{}")
@example(data=b'{"format": "tourdetable-session", "format_version": 2' + b"[" * 10_000)
@example(data=b"\x00" * 1000)
def test_arbitrary_bytes_are_refused_in_sentences(
    source: tuple[Workspace, bytes], data: bytes
) -> None:
    ws, _file = source
    import_or_refuse(ws, data, witness=1)


@FAST
@given(data=st.data(), value=JSON_VALUES, ascii_only=st.booleans())
def test_a_file_with_one_value_changed_is_read_exactly_or_refused(
    source: tuple[Workspace, bytes], data: st.DataObject, value: object, ascii_only: bool
) -> None:
    ws, exported = source
    document = json.loads(exported)
    path = data.draw(st.sampled_from(list(leaves(document))[1:]), label="path")
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if data.draw(st.booleans(), label="remove instead"):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    import_or_refuse(ws, encode(document, ascii_only), witness=1)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("opened_at", "0001-01-01T00:00:00Z"),
        ("closed_at", "9999-12-31T23:59:59Z"),
        ("place", "\ud800"),
        ("chair", "x" * 100_000),
    ],
)
def test_values_no_zone_can_show_or_no_column_can_hold_are_refused(
    source: tuple[Workspace, bytes], field: str, value: str
) -> None:
    _ws, exported = source
    document = json.loads(exported)
    document["session"][field] = value
    with pytest.raises(ServiceError, match=f"session.{field}"):
        parse(encode(document, ascii_only=True))


def test_a_file_from_a_far_zone_keeps_its_times(source: tuple[Workspace, bytes]) -> None:
    ws, exported = source
    document = json.loads(exported)
    document["session"]["time_zone"] = "Pacific/Kiritimati"
    document["session"]["opened_at"] = "0001-01-02T00:00:00Z"
    content = parse(encode(document, ascii_only=False))
    imported = ws.files.import_parsed(content, on_conflict="as_new").value
    assert ws.sessions.get(imported.id).opened_at == datetime(1, 1, 2, tzinfo=UTC)
