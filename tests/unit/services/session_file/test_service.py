"""Session files: export, import, the round trip, conflicts, and the schema in resources/.

Refused files are in test_refusals.py; generated sessions (hypothesis) in
test_generated.py.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.domain.bodies import BodyKind
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.sessions import (
    AgendaKind,
    AttendanceKind,
    ChairRole,
    Classification,
    Format,
    Level,
)
from desktop.domain.silence import LetterKind, LetterStatus, SilenceState
from desktop.services import (
    Actor,
    ChangeSet,
    NotFoundError,
    ServiceError,
    ValidationError,
    Workspace,
)
from desktop.services.demo import write_demo
from desktop.services.session_file import ReferenceExistsError, SessionFileError, parse
from desktop.services.session_file.reading import (
    ACTION_KEYS,
    ATTENDANCE_KEYS,
    EVENT_KEYS,
    ITEM_KEYS,
    OUTCOME_KEYS,
    POSITION_KEYS,
    PROCEDURE_KEYS,
    SESSION_KEYS,
    STAMP_KEYS,
    TOP_KEYS,
)
from desktop.services.session_file.speakers import INTERVENTION_KEYS, SPEAKER_KEYS
from tests.unit.services.conftest import FakeClock

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
SCHEMA_PATH = Path(__file__).parents[4] / "resources" / "schema" / "session-file.schema.json"


def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, read through a connection of its own."""
    with closing(sqlite3.connect(path)) as c:
        tables = [
            r[0]
            for r in c.execute(
                # The search index's WITHOUT ROWID shadow tables have no rowid to order by.
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND sql NOT LIKE '%WITHOUT ROWID%'"
            )
        ]
        return {t: c.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return path, write_demo(path, today=TODAY)


@pytest.fixture(scope="module")
def demo_bytes(demo: tuple[Path, int]) -> bytes:
    path, session_id = demo
    with Workspace.open(path, clock=lambda: NOW) as ws:
        return ws.files.export_session(session_id)


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(
        tmp_path / "target.sqlite", actor=Actor("importer", "ws-2"), clock=lambda: NOW
    )
    yield ws
    ws.close()


def write(tmp_path: Path, data: bytes, name: str = "session.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------- round trip
def test_the_demo_survives_export_import_export_byte_for_byte(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    result = target.files.import_file(write(tmp_path, demo_bytes))
    assert target.files.export_session(result.value.id) == demo_bytes


def test_a_second_round_trip_changes_nothing_either(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    first = target.files.import_file(write(tmp_path, demo_bytes)).value
    again = target.files.export_session(first.id)
    second = target.files.import_file(write(tmp_path, again), on_conflict="replace").value
    assert target.files.export_session(second.id) == demo_bytes


def test_exported_by_is_informational_and_not_stored(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    document = json.loads(demo_bytes)
    document["exported_by"] = {"application": "Tour de Table", "version": "0.0.1-older"}
    older = json.dumps(document, ensure_ascii=False, indent=2).encode() + b"\n"
    imported = target.files.import_file(write(tmp_path, older)).value
    assert target.files.export_session(imported.id) == demo_bytes  # this version's name


def test_the_file_is_canonical_json(demo_bytes: bytes) -> None:
    text = demo_bytes.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    document = json.loads(text)
    assert text == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    assert list(document) == list(TOP_KEYS)
    assert "Hélène Marchand" in text and "\\u00e9" not in text  # written as itself
    assert document["format"] == "tourdetable-session" and document["format_version"] == 5


def test_times_are_utc_with_a_z_and_ids_are_file_local(demo_bytes: bytes) -> None:
    document = json.loads(demo_bytes)
    assert document["session"]["opened_at"] == "2026-11-18T09:00:00Z"
    first_item = document["agenda"][0]
    assert [p["seq"] for p in first_item["positions"]] == list(
        range(1, len(first_item["positions"]) + 1)
    )
    correction = next(p for p in first_item["positions"] if p["corrects"] is not None)
    corrected = first_item["positions"][correction["corrects"] - 1]
    assert (corrected["delegation"], corrected["position"]) == ("NOR", "objection")
    assert (correction["delegation"], correction["position"]) == ("NOR", "agree")


def test_the_demo_file_holds_the_whole_record(demo_bytes: bytes) -> None:
    document = json.loads(demo_bytes)
    session = document["session"]
    assert (session["reference"], session["chair"], session["chair_role"]) == (
        "C-R(2026)0042",
        "Elena Marković",
        "deputy_secretary_general",
    )
    kinds = {a["delegation"]: a["kind"] for a in document["attendance"]}
    assert kinds["UKR"] == "partner" and kinds["IS"] == "staff"
    assert sum(kind == "member" for kind in kinds.values()) == 32
    assert next(a for a in document["attendance"] if a["delegation"] == "ISL")["present"] is False
    broken = document["agenda"][3]["silence_procedures"][0]
    assert [e["kind"] for e in broken["events"]].count("letter") == 5
    assert [e.get("status") for e in broken["events"] if e["kind"] == "letter"] == [
        "breaks",
        "breaks",
        "breaks",
        "comment",
        "late",
    ]
    running = document["agenda"][4]["silence_procedures"][0]
    assert [e["kind"] for e in running["events"]] == ["letter", "break_withdrawal", "extension"]
    assert document["agenda"][3]["outcomes"][-1]["outcome"] == "no_consensus"
    assert document["agenda"][0]["action_items"][0]["owner_kind"] == "international_staff"


def test_import_keeps_the_original_times_and_operators(
    demo_bytes: bytes, demo: tuple[Path, int], target: Workspace, tmp_path: Path
) -> None:
    summary = target.files.import_file(write(tmp_path, demo_bytes)).value
    path, session_id = demo
    with Workspace.open(path, clock=lambda: NOW) as source:
        original = source.sessions.get(session_id)
        first_item = original.items[0].id
        original_history = source.positions.history(first_item)
        original_silence = source.silence.for_session(session_id)
    imported = target.sessions.get(summary.id)
    history = target.positions.history(imported.items[0].id)
    assert [(e.delegation, e.position, e.recorded_at, e.operator) for e in history] == [
        (e.delegation, e.position, e.recorded_at, e.operator) for e in original_history
    ]
    assert {e.operator for e in history} == {"demo"}
    assert imported.opened_at == original.opened_at and imported.closed_at == original.closed_at
    silence = target.silence.for_session(summary.id)
    assert [(v.state, v.breaking, v.deadline) for v in silence] == [
        (v.state, v.breaking, v.deadline) for v in original_silence
    ]
    assert target.positions.grid(summary.id).silence_breaks


def test_import_answers_with_a_summary_and_a_change_set(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    result = target.files.import_file(write(tmp_path, demo_bytes))
    assert result.value.reference == "C-R(2026)0042"
    assert result.value.item_count == 8
    assert result.changes == ChangeSet(session_list=True, sessions=frozenset({result.value.id}))
    assert [s.id for s in target.sessions.list_sessions()] == [result.value.id]


def test_import_writes_one_audit_row_by_the_importing_operator(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    target.files.import_file(write(tmp_path, demo_bytes, "from-hq.json"))
    with closing(sqlite3.connect(target.path)) as c:
        rows = c.execute(
            "SELECT action, operator, workstation, at, details FROM audit_log"
        ).fetchall()
    [(action, operator, workstation, at, details)] = rows
    assert (action, operator, workstation) == ("session.imported", "importer", "ws-2")
    assert at.startswith("2026-11-23 10:00:00")
    assert json.loads(details)["file"] == "from-hq.json"


def test_reading_validates_without_writing(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    before = dump(target.path)
    sf = target.files.read(write(tmp_path, demo_bytes))
    assert sf.reference == "C-R(2026)0042"
    assert len(sf.agenda) == 8 and len(sf.attendance) == 34
    assert dump(target.path) == before


# ---------------------------------------------------------------------- conflicts
def test_a_reference_that_exists_is_refused_by_default(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    path = write(tmp_path, demo_bytes)
    first = target.files.import_file(path).value
    before = dump(target.path)
    with pytest.raises(ReferenceExistsError) as caught:
        target.files.import_file(path)
    assert caught.value.reference == "C-R(2026)0042"
    assert caught.value.session_id == first.id
    assert "already has the reference C-R(2026)0042" in str(caught.value)
    assert isinstance(caught.value, ValidationError)
    assert dump(target.path) == before


def test_replace_removes_the_old_session_and_moves_its_reference_aside(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    path = write(tmp_path, demo_bytes)
    old = target.files.import_file(path).value
    new = target.files.import_file(path, on_conflict="replace")
    assert new.value.reference == "C-R(2026)0042" and new.value.id != old.id
    assert new.changes.sessions == {old.id, new.value.id}
    assert [s.id for s in target.sessions.list_sessions()] == [new.value.id]
    with closing(sqlite3.connect(target.path)) as c:
        reference_now, removed_at = c.execute(
            "SELECT reference, removed_at FROM sessions WHERE id = ?", (old.id,)
        ).fetchone()
        actions = [r[0] for r in c.execute("SELECT action FROM audit_log ORDER BY id")]
    assert reference_now == "C-R(2026)0042 (replaced 2026-11-23T10:00:00Z)"
    assert removed_at is not None
    assert actions == ["session.imported", "session.replaced", "session.imported"]
    assert target.files.session_by_reference("C-R(2026)0042") == new.value


def test_replacing_twice_in_the_same_second_keeps_references_unique(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    path = write(tmp_path, demo_bytes)
    for _ in range(3):
        target.files.import_file(path, on_conflict="replace")
    with closing(sqlite3.connect(target.path)) as c:
        references = sorted(r[0] for r in c.execute("SELECT reference FROM sessions"))
    assert references == [
        "C-R(2026)0042",
        "C-R(2026)0042 (replaced 2026-11-23T10:00:00Z #2)",
        "C-R(2026)0042 (replaced 2026-11-23T10:00:00Z)",
    ]


def test_as_new_imports_without_a_reference(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    path = write(tmp_path, demo_bytes)
    first = target.files.import_file(path).value
    copy = target.files.import_file(path, on_conflict="as_new").value
    assert copy.reference == "" and copy.id != first.id
    assert len(target.sessions.list_sessions()) == 2
    exported = json.loads(target.files.export_session(copy.id))
    assert exported["session"]["reference"] == ""
    # Without a conflict, as_new keeps the reference.
    other = tmp_path / "other.sqlite"
    with Workspace.open(other, clock=lambda: NOW) as ws:
        assert ws.files.import_file(path, on_conflict="as_new").value.reference == "C-R(2026)0042"


def test_a_removed_session_still_holds_its_reference(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    path = write(tmp_path, demo_bytes)
    first = target.files.import_file(path).value
    target.sessions.remove(first.id)
    assert target.files.session_by_reference("C-R(2026)0042") is None
    with pytest.raises(ReferenceExistsError, match="A removed session still holds"):
        target.files.import_file(path)
    assert target.files.import_file(path, on_conflict="replace").value.reference


def test_an_unknown_conflict_option_is_refused(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="'merge' is not a way to handle"):
        target.files.import_file(write(tmp_path, demo_bytes), on_conflict="merge")  # type: ignore[arg-type]


# ---------------------------------------------------------------------- export
def test_export_to_writes_atomically_and_replaces_an_existing_file(
    demo: tuple[Path, int], demo_bytes: bytes, tmp_path: Path
) -> None:
    path, session_id = demo
    out = tmp_path / "out" / "session.json"
    out.parent.mkdir()
    out.write_bytes(b"old content")
    with Workspace.open(path, clock=lambda: NOW) as ws:
        ws.files.export_to(session_id, out)
    assert out.read_bytes() == demo_bytes
    assert [p.name for p in out.parent.iterdir()] == ["session.json"]  # no temporary left


def test_export_to_a_missing_folder_says_so(demo: tuple[Path, int], tmp_path: Path) -> None:
    path, session_id = demo
    with Workspace.open(path, clock=lambda: NOW) as ws, pytest.raises(ServiceError) as caught:
        ws.files.export_to(session_id, tmp_path / "nowhere" / "x.json")
    assert "could not be written" in str(caught.value)
    assert not (tmp_path / "nowhere").exists()


def test_exporting_a_removed_session_is_not_found(target: Workspace) -> None:
    with pytest.raises(NotFoundError):
        target.files.export_session(12345)


def test_an_empty_session_and_a_committee_round_trip(target: Workspace, tmp_path: Path) -> None:
    session = target.sessions.create(
        body_kind=BodyKind.COMMITTEE,
        level=Level.NATIONAL_REPRESENTATIVES,
        committee_name="Comité «budgétaire» <civil> & co",
        session_date=date(1999, 3, 11),
    ).value
    data = target.files.export_session(session.id)
    document = json.loads(data)
    assert document["agenda"] == [] and document["session"]["reference"] == ""
    assert len(document["attendance"]) == 16  # the day before Czechia, Hungary and Poland acceded
    with Workspace.open(tmp_path / "other.sqlite", clock=lambda: NOW) as other:
        copy = other.files.import_file(write(tmp_path, data)).value
        assert other.files.export_session(copy.id) == data


def test_removed_items_travel_with_their_record(target: Workspace, tmp_path: Path) -> None:
    sid = target.sessions.create(
        body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2)
    ).value.id
    kept = target.agenda.add_item(sid, "Kept").value.id
    gone = target.agenda.add_item(sid, "Taken off").value.id
    target.positions.log(gone, "FRA", Position.OBJECTION, text="On the record all the same.")
    target.agenda.remove_item(gone)
    target.positions.log(kept, "FRA", Position.AGREE)
    data = target.files.export_session(sid)
    agenda = json.loads(data)["agenda"]
    assert [(i["title"], i["removed_at"] is None) for i in agenda] == [
        ("Kept", True),
        ("Taken off", False),
    ]
    with Workspace.open(tmp_path / "other.sqlite", clock=lambda: NOW) as other:
        copy = other.files.import_file(write(tmp_path, data)).value
        assert copy.item_count == 1
        assert other.files.export_session(copy.id) == data


# ---------------------------------------------------------------------- withdrawals (format 2)
def _declared_withdrawn_and_removed(ws: Workspace) -> int:
    """A session whose item had its remittal withdrawn, and one of two action items removed."""
    sid = ws.sessions.create(
        body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2)
    ).value.id
    item = ws.agenda.add_item(sid, "Work programme").value.id
    ws.outcomes.declare(item, Outcome.REMITTED, remitted_to="Military Committee")
    ws.outcomes.withdraw(item)
    ws.actions.add(item, owner_kind="committee", owner="MC", description="Report back.")
    wrong = ws.actions.add(item, owner_kind="delegation", owner="FRA", description="By mistake.")
    ws.actions.remove(wrong.value.id)
    return sid


def test_a_withdrawn_declaration_travels_and_removed_action_items_stay_home(
    target: Workspace, tmp_path: Path
) -> None:
    sid = _declared_withdrawn_and_removed(target)
    data = target.files.export_session(sid)
    [item] = json.loads(data)["agenda"]
    assert [(o["outcome"], o["withdrawn"], o["remitted_to"]) for o in item["outcomes"]] == [
        ("remitted", False, "Military Committee"),
        ("remitted", True, "Military Committee"),
    ]
    assert list(item["outcomes"][0])[:2] == ["outcome", "withdrawn"]
    assert [a["description"] for a in item["action_items"]] == ["Report back."]
    jsonschema.Draft202012Validator(schema()).validate(json.loads(data))
    with Workspace.open(tmp_path / "other.sqlite", clock=lambda: NOW) as other:
        copy = other.files.import_file(write(tmp_path, data)).value
        [copied] = other.sessions.get(copy.id).items
        assert other.outcomes.state(copied.id).outcome is None
        assert [o.withdrawn for o in other.outcomes.history(copied.id)] == [False, True]
        assert [a.description for a in other.actions.for_session(copy.id)] == ["Report back."]
        assert other.files.export_session(copy.id) == data


def _encoded(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _timed(turns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The turns at the microphone, without what was said (all a format 3 file knew)."""
    return [t for t in turns if not t["text"] and not t.get("text_fr") and t["corrects"] is None]


def _without_french(node: Any) -> Any:
    """A JSON value without the French versions (the keys ending in ``_fr``)."""
    if isinstance(node, dict):
        return {k: _without_french(v) for k, v in node.items() if not k.endswith("_fr")}
    if isinstance(node, list):
        return [_without_french(v) for v in node]
    return node


def _french_as(node: Any, language: str) -> Any:
    """A JSON value as a file without French versions reads: its texts (the keys with a
    French version beside them) in English, the French empty; or, with ``language`` "fr",
    the texts moved to the French side (but an owner that is a delegation's code)."""
    if isinstance(node, list):
        return [_french_as(v, language) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _french_as(v, language) for k, v in node.items()}
    for key in [k for k in node if k.endswith("_fr")]:
        english = key.removesuffix("_fr")
        if language == "fr" and not (english == "owner" and node["owner_kind"] == "delegation"):
            out[key], out[english] = node[english], ""
        else:
            out[key] = ""
    return out


def _older(demo_bytes: bytes, version: int) -> bytes:
    """The demo as an earlier version wrote it: format 4 has no French versions and no
    review (the demo's is empty); format 3 has no positions in writing, says a correction by
    its link alone, and knows interventions only as timed turns; format 2 has no speakers'
    list, no turns and no room display flag; format 1 not even ``withdrawn`` in its
    outcomes."""
    document = _without_french(json.loads(demo_bytes))
    document["format_version"] = version
    assert document.pop("review") == []  # format 5 brought the review of the record
    if version == 4:
        return _encoded(document)
    for item in document["agenda"]:
        for position in item["positions"]:
            assert position.pop("correction") is (position["corrects"] is not None)
            del position["in_writing"]
        item["interventions"] = [
            {k: v for k, v in turn.items() if k not in ("seq", "text", "corrects")}
            for turn in _timed(item["interventions"])
        ]
        if version <= 2:
            for key in ("not_for_display", "speakers", "interventions"):
                del item[key]
        if version == 1:
            for outcome in item["outcomes"]:
                assert outcome.pop("withdrawn") is False
    return _encoded(document)


def _as_read(demo_bytes: bytes, version: int, language: str = "en") -> bytes:
    """The demo as it reads once a file of an older ``version`` is imported, its texts in
    ``language``: no French beside them; in format 3 and before, nothing in writing, no
    interventions with text (and from format 2: no list, no turns, all shown)."""
    document = json.loads(demo_bytes)
    for item in document["agenda"] if version < 4 else ():
        for position in item["positions"]:
            position["in_writing"] = False
        turns = _timed(item["interventions"]) if version == 3 else []
        item["interventions"] = [{**t, "seq": n} for n, t in enumerate(turns, start=1)]
        if version <= 2:
            item.update(not_for_display=False, speakers=[])
    return _encoded(_french_as(document, language))


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_file_still_imports_and_is_written_as_format_5(
    demo_bytes: bytes, target: Workspace, tmp_path: Path, version: int
) -> None:
    old = _older(demo_bytes, version)
    sf = target.files.read(write(tmp_path, old))
    assert sf.format_version == 5  # upgraded in memory
    assert sf.read_from == version
    assert not any(o.withdrawn for item in sf.agenda for o in item.outcomes) or version > 1
    assert not any(p.in_writing for item in sf.agenda for p in item.positions)
    assert all(not t.text and t.corrects is None for i in sf.agenda for t in i.interventions)
    assert all(item.title and not item.title_fr for item in sf.agenda)  # English
    # Its links read as corrections, as the application took them when it wrote the file.
    norway = next(p for p in sf.agenda[0].positions if p.corrects is not None)
    assert (norway.delegation, norway.correction, norway.corrects) == ("NOR", True, 4)
    imported = target.files.import_file(write(tmp_path, old)).value
    items = target.sessions.get(imported.id).items
    standing = target.outcomes.state(items[3].id).outcome
    assert standing is not None and standing.outcome is Outcome.NO_CONSENSUS
    history = target.positions.history(items[0].id, "NOR")
    assert [(e.position, e.correction) for e in history] == [
        (Position.OBJECTION, False),
        (Position.AGREE, True),
    ]
    if version < 3:
        assert target.speakers.state(items[5].id).interventions == ()
    else:
        turns = target.speakers.state(items[5].id).interventions
        assert [t.delegation for t in turns] == ["ROU", "BGR", "UKR"]
    assert target.speakers.state(items[5].id).said == ()
    assert target.files.export_session(imported.id) == _as_read(demo_bytes, version)


@pytest.mark.parametrize("version", [1, 2, 3, 4])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_texts_of_an_older_file_land_in_the_language_it_is_told(
    demo_bytes: bytes, target: Workspace, tmp_path: Path, version: int, language: str
) -> None:
    demo = json.loads(demo_bytes)
    assert demo["agenda"][0]["title_fr"]  # the demo has both versions
    old = _older(demo_bytes, version)
    path = write(tmp_path, old)
    imported = target.files.import_file(path, text_language=language).value
    assert target.files.export_session(imported.id) == _as_read(demo_bytes, version, language)
    detail = target.sessions.get(imported.id)
    title = demo["agenda"][0]["title"]
    expected = (title, "") if language == "en" else ("", title)
    assert (detail.items[0].title, detail.items[0].title_fr) == expected
    assert (detail.place, detail.place_fr) == (
        (demo["session"]["place"], "") if language == "en" else ("", demo["session"]["place"])
    )
    lacking = target.translations.count(imported.id)
    assert lacking["fr" if language == "en" else "en"] > 0
    assert lacking[language] == 0


def test_a_format_5_file_says_its_languages_itself(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    """``text_language`` concerns files without French versions only."""
    imported = target.files.import_file(write(tmp_path, demo_bytes), text_language="fr").value
    assert target.files.export_session(imported.id) == demo_bytes


def test_an_unknown_text_language_is_refused(demo_bytes: bytes, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"en \(English\) or fr \(French\)"):
        parse(demo_bytes, text_language="de")


def test_a_title_in_one_language_is_enough_and_none_is_refused(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    document = json.loads(demo_bytes)
    item = document["agenda"][0]
    item["title"] = ""
    imported = target.files.import_file(write(tmp_path, _encoded(document))).value
    first = target.sessions.get(imported.id).items[0]
    assert (first.title, first.title_fr) == ("", item["title_fr"])
    item["title_fr"] = ""
    with pytest.raises(SessionFileError) as refused:
        parse(_encoded(document))
    assert refused.value.problems == [
        'agenda[0].title: is empty, and so is "title_fr"; one of them must say something.'
    ]


# ---------------------------------------------------------------------- speakers (format 3)
def test_the_speakers_list_and_turns_travel_with_the_item(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    document = json.loads(demo_bytes)
    black_sea, budget = document["agenda"][5], document["agenda"][4]
    assert [(x["delegation"], x["struck_at"] is not None) for x in black_sea["speakers"]] == [
        ("ROU", True), ("BGR", True), ("UKR", True), ("POL", False),
    ]  # fmt: skip
    assert [t["delegation"] for t in _timed(black_sea["interventions"])] == ["ROU", "BGR", "UKR"]
    assert list(black_sea)[6] == "not_for_display" and list(black_sea)[-2:] == [
        "speakers", "interventions",
    ]  # fmt: skip
    assert budget["not_for_display"] is True and black_sea["not_for_display"] is False
    imported = target.files.import_file(write(tmp_path, demo_bytes)).value
    items = target.sessions.get(imported.id).items
    assert items[4].not_for_display and not items[5].not_for_display
    state = target.speakers.state(items[5].id)
    assert [e.delegation for e in state.waiting] == ["POL"]
    assert [(e.delegation, e.spoken_seconds) for e in state.struck] == [
        ("ROU", 130), ("BGR", 45), ("UKR", 90),
    ]  # fmt: skip
    assert state.speaking is None


def test_withdrawn_entries_and_a_running_turn_round_trip(target: Workspace, tmp_path: Path) -> None:
    sid = target.sessions.create(
        body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2)
    ).value.id
    item = target.agenda.add_item(sid, "Work programme").value.id
    target.speakers.add(item, "FRA")
    deu = target.speakers.add(item, "DEU").value.waiting[1]
    target.speakers.add(item, "ITA")
    target.speakers.move(deu.id, 0)
    target.speakers.remove(target.speakers.state(item).waiting[2].id)  # ITA withdrawn
    target.speakers.start(item, "DEU")  # still speaking when exported
    data = target.files.export_session(sid)
    jsonschema.Draft202012Validator(schema()).validate(json.loads(data))
    [entry] = json.loads(data)["agenda"]
    assert [x["delegation"] for x in entry["speakers"]] == ["DEU", "FRA", "ITA"]
    assert entry["speakers"][2]["removed_at"] is not None
    assert entry["interventions"][0]["ended_at"] is None
    with Workspace.open(tmp_path / "other.sqlite", clock=lambda: NOW) as other:
        copy = other.files.import_file(write(tmp_path, data)).value
        [copied] = other.sessions.get(copy.id).items
        state = other.speakers.state(copied.id)
        assert [e.delegation for e in state.waiting] == ["DEU", "FRA"]
        assert state.speaking is not None and state.speaking.delegation == "DEU"
        assert other.files.export_session(copy.id) == data


# ---------------------------------------------------------------------- schema
def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_the_demo_export_matches_the_schema(demo_bytes: bytes) -> None:
    jsonschema.Draft202012Validator(schema()).validate(json.loads(demo_bytes))


def test_the_schema_refuses_what_import_refuses_in_shape(demo_bytes: bytes) -> None:
    validator = jsonschema.Draft202012Validator(schema())
    document = json.loads(demo_bytes)
    document["agenda"][0]["positions"][0]["colour"] = "red"
    assert not validator.is_valid(document)
    document = json.loads(demo_bytes)
    document["agenda"][3]["silence_procedures"][0]["events"][4]["result"] = "under_silence"
    assert not validator.is_valid(document)
    document = json.loads(demo_bytes)
    document["agenda"][0]["positions"][4]["correction"] = False  # a change names no event
    assert not validator.is_valid(document)


def _enum(node: dict[str, Any]) -> set[str]:
    return set(node["enum"])


def test_the_schema_names_every_field_and_value_the_code_knows() -> None:
    d = schema()["$defs"]
    assert tuple(schema()["required"]) == TOP_KEYS
    assert tuple(d["session"]["required"]) == tuple(SESSION_KEYS)
    assert tuple(d["attendance"]["required"]) == ATTENDANCE_KEYS
    assert tuple(d["item"]["required"]) == ITEM_KEYS
    assert tuple(d["stamp"]["required"]) == STAMP_KEYS
    assert (*d["position"]["required"], *STAMP_KEYS) == POSITION_KEYS
    assert (*d["speaker"]["required"], *STAMP_KEYS) == SPEAKER_KEYS
    assert (*d["intervention"]["required"], *STAMP_KEYS) == INTERVENTION_KEYS
    assert set(d["procedure"]["required"]) | set(STAMP_KEYS) == set(PROCEDURE_KEYS)
    assert (*d["outcome"]["required"], *STAMP_KEYS) == OUTCOME_KEYS
    assert tuple(d["action_item"]["required"]) == ACTION_KEYS
    for kind, keys in EVENT_KEYS.items():
        assert tuple(d[kind]["required"]) == ("seq", "kind", *keys)
        assert d[kind]["properties"]["kind"]["const"] == kind
    session = d["session"]["properties"]
    assert _enum(session["body"]) == {k.value for k in BodyKind}
    assert _enum(session["level"]) == {k.value for k in Level}
    assert _enum(session["format"]) == {k.value for k in Format}
    assert _enum(session["chair_role"]) == {k.value for k in ChairRole}
    assert _enum(session["classification"]) == {k.value for k in Classification}
    assert _enum(d["attendance"]["properties"]["kind"]) == {k.value for k in AttendanceKind}
    assert _enum(d["item"]["properties"]["kind"]) == {k.value for k in AgendaKind}
    assert _enum(d["position"]["properties"]["position"]) == {k.value for k in Position}
    assert _enum(d["letter"]["properties"]["letter_kind"]) == {k.value for k in LetterKind}
    assert _enum(d["letter"]["properties"]["status"]) == {k.value for k in LetterStatus}
    assert _enum(d["settlement"]["properties"]["result"]) == {
        SilenceState.ADOPTED.value,
        SilenceState.BROKEN.value,
    }
    assert _enum(d["outcome"]["properties"]["outcome"]) == {k.value for k in Outcome}
    assert _enum(d["action_item"]["properties"]["owner_kind"]) == {k.value for k in OwnerKind}
    assert _enum(d["action_item"]["properties"]["status"]) == {k.value for k in ActionStatus}


# ---------------------------------------------------------------------- odds and ends
def test_a_byte_order_mark_is_tolerated(demo_bytes: bytes) -> None:
    assert parse(b"\xef\xbb\xbf" + demo_bytes).reference == "C-R(2026)0042"


def test_the_file_may_be_reindented_by_hand(demo_bytes: bytes) -> None:
    compact = json.dumps(json.loads(demo_bytes), separators=(",", ":")).encode()
    assert parse(compact) == parse(demo_bytes)


def test_a_missing_file_is_a_sentence(target: Workspace, tmp_path: Path) -> None:
    with pytest.raises(SessionFileError, match="does not exist; choose a session file"):
        target.files.read(tmp_path / "nothing.json")
    with pytest.raises(SessionFileError, match="is a folder"):
        target.files.read(tmp_path)


def test_session_by_reference(demo_bytes: bytes, target: Workspace, tmp_path: Path) -> None:
    assert target.files.session_by_reference("C-R(2026)0042") is None
    imported = target.files.import_file(write(tmp_path, demo_bytes)).value
    assert target.files.session_by_reference(" C-R(2026)0042 ") == imported


# ---------------------------------------------------------------------- corrections (format 4)
def _corrected_and_said(ws: Workspace, clock: FakeClock) -> int:
    """A session whose record the operator has put right: changes made corrections and
    corrections made changes, a position in writing, interventions corrected and one taken
    off the record, and a turn still running while an intervention is recorded."""
    sid = ws.sessions.create(
        body_kind="NAC",
        level="permanent_representatives",
        session_date=date(2024, 5, 2),
        reference="C-R(2024)0501",
    ).value.id
    item = ws.agenda.add_item(sid, "Work programme").value.id
    talk = ws.agenda.add_item(sid, "Black Sea", kind=AgendaKind.DISCUSSION).value.id
    ws.attendance.set_attendance(sid, "ISL", present=False)

    def log(code: str, position: Position, correction: bool | None = None, **kw: Any) -> int:
        clock.advance(seconds=20)
        return ws.positions.log(item, code, position, correction=correction, **kw).value.event_id

    log("ISL", Position.AGREE_AD_REFERENDUM, text="Subject to confirmation.")  # in writing
    log("FRA", Position.OBJECTION, text="Paragraph 4 is not acceptable.", paragraphs=["4"])
    fra = log("FRA", Position.AGREE, correction=False)  # logged as a change
    ws.positions.reclassify(fra, True)  # ...it was a mistyped key after all
    log("NOR", Position.STUDY_RESERVE)
    nor = log("NOR", Position.AGREE, correction=True)  # logged as a correction
    ws.positions.reclassify(nor, False)  # ...Norway had in fact lifted its reserve
    log("BEL", Position.RESERVATION)
    bel = log("BEL", Position.AGREE, correction=True)
    ws.positions.reclassify(bel, False)
    ws.positions.reclassify(bel, True)  # the operator's last word stands
    log("DEU", Position.AGREE)
    log("DEU", Position.FOOTNOTE, correction=False, text="Germany's footnote.")
    ws.speakers.add(talk, "DEU")
    ws.speakers.start(talk, "DEU")  # still speaking when exported
    clock.advance(seconds=20)
    hun = ws.speakers.intervene(talk, "HUN", "Hungray recalls.").value.said[-1]
    clock.advance(seconds=20)
    ws.speakers.intervene(talk, "POL", "Poland agrees with Hungary.")
    clock.advance(seconds=20)
    ita = ws.speakers.intervene(talk, "ITA", "Recorded in error.").value.said[-1]
    clock.advance(seconds=20)
    fixed = ws.speakers.correct_intervention(hun.id, "Hungary recalls.").value.said[0]
    clock.advance(seconds=20)
    ws.speakers.correct_intervention(fixed.id, "Hungary recalls its caveats.")
    ws.speakers.correct_intervention(ita.id, "")  # taken off the record
    return sid


def _record(ws: Workspace, sid: int) -> tuple[Any, ...]:
    """What the record says, whatever the database: each position as a correction or a
    change, in writing or not; what was said; who is speaking; the minutes' fingerprint."""
    items = ws.sessions.get(sid).items
    return (
        [
            (e.delegation, e.position, e.text, e.correction, e.in_writing, e.recorded_at)
            for e in ws.positions.history(items[0].id)
        ],
        [(x.delegation, x.text, x.spoken_at) for x in ws.speakers.state(items[1].id).said],
        ws.speakers.state(items[1].id).speaking is not None,
        ws.minutes.assemble(sid).fingerprint,
    )


def test_corrections_changes_writing_and_interventions_round_trip(
    ws: Workspace, clock: FakeClock, tmp_path: Path
) -> None:
    sid = _corrected_and_said(ws, clock)
    data = ws.files.export_session(sid)
    original = _record(ws, sid)
    document = json.loads(data)
    jsonschema.Draft202012Validator(schema()).validate(document)
    copy_in_place = ws.files.import_file(write(tmp_path, data), on_conflict="as_new").value
    again = json.loads(ws.files.export_session(copy_in_place.id))
    assert again["session"].pop("reference") == ""  # as new: without a reference
    assert document["session"].pop("reference") == "C-R(2024)0501"
    assert again == document
    assert _record(ws, copy_in_place.id)[:3] == original[:3]  # the fingerprint has the reference
    positions, talk = document["agenda"][0]["positions"], document["agenda"][1]
    assert [
        (p["seq"], p["delegation"], p["in_writing"], p["correction"], p["corrects"])
        for p in positions
    ] == [
        (1, "ISL", True, False, None),
        (2, "FRA", False, False, None),
        (3, "FRA", False, True, 2),  # a change made a correction: linked to the one before
        (4, "NOR", False, False, None),
        (5, "NOR", False, False, None),  # a correction made a change: no link
        (6, "BEL", False, False, None),
        (7, "BEL", False, True, 6),
        (8, "DEU", False, False, None),
        (9, "DEU", False, False, None),
    ]
    assert list(positions[0])[5:8] == ["in_writing", "correction", "corrects"]
    turns = talk["interventions"]
    assert [(t["seq"], t["delegation"], t["text"], t["corrects"]) for t in turns] == [
        (1, "DEU", "", None),  # a turn at the microphone
        (2, "HUN", "Hungray recalls.", None),
        (3, "HUN", "Hungary recalls.", 2),  # a correction keeps the place spoken
        (4, "HUN", "Hungary recalls its caveats.", 3),
        (5, "POL", "Poland agrees with Hungary.", None),
        (6, "ITA", "Recorded in error.", None),
        (7, "ITA", "", 6),  # taken off the record
    ]
    assert talk["interventions"][0]["ended_at"] is None  # DEU still speaking
    with Workspace.open(tmp_path / "other.sqlite", clock=clock) as other:
        copy = other.files.import_file(write(tmp_path, data), on_conflict="as_new").value
        assert copy.reference == "C-R(2024)0501"  # no conflict here: kept
        assert other.files.export_session(copy.id) == data
        assert _record(other, copy.id) == original
    history, said, speaking, _fingerprint = original
    assert [(code, correction) for code, _p, _t, correction, _w, _r in history] == [
        ("ISL", False), ("FRA", False), ("FRA", True), ("NOR", False), ("NOR", False),
        ("BEL", False), ("BEL", True), ("DEU", False), ("DEU", False),
    ]  # fmt: skip
    assert [(code, text) for code, text, _at in said] == [
        ("HUN", "Hungary recalls its caveats."),
        ("POL", "Poland agrees with Hungary."),
    ]
    assert speaking


def test_the_demo_keeps_its_minutes_through_a_file(
    demo_bytes: bytes, demo: tuple[Path, int], target: Workspace, tmp_path: Path
) -> None:
    path, session_id = demo
    with Workspace.open(path, clock=lambda: NOW) as source:
        original = source.minutes.assemble(session_id)
    imported = target.files.import_file(write(tmp_path, demo_bytes)).value
    copy = target.minutes.assemble(imported.id)
    assert copy == original and copy.fingerprint == original.fingerprint
    assert any(i.interventions for i in copy.items)  # the demo's interventions with text


def test_a_correction_that_names_no_event_corrects_the_one_before(
    demo_bytes: bytes, target: Workspace, tmp_path: Path
) -> None:
    document = json.loads(demo_bytes)
    positions = document["agenda"][0]["positions"]
    assert (positions[4]["delegation"], positions[4]["corrects"]) == ("NOR", 4)
    positions[4]["corrects"] = None  # correction: true, with the link left out by hand
    sf = target.files.read(write(tmp_path, _encoded(document)))
    assert (sf.agenda[0].positions[4].correction, sf.agenda[0].positions[4].corrects) == (True, 4)
    imported = target.files.import_file(write(tmp_path, _encoded(document))).value
    assert target.files.export_session(imported.id) == demo_bytes
