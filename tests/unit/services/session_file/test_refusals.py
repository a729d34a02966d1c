"""Import is a trust boundary: every kind of bad file is refused with a sentence that says what
is wrong and where (its JSON path), and the database is left exactly as it was.

Each case starts from the demo's export, spoils one thing, and imports it into a database that
already holds a session; a dump of every table before and after must be equal.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.services import Actor, ValidationError, Workspace
from desktop.services.demo import write_demo
from desktop.services.session_file import ReferenceExistsError, SessionFileError

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
Doc = dict[str, Any]


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
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    session_id = write_demo(path, today=date(2026, 11, 23))
    with Workspace.open(path, clock=lambda: NOW) as ws:
        return ws.files.export_session(session_id)


@pytest.fixture(scope="module")
def target(
    tmp_path_factory: pytest.TempPathFactory, demo_bytes: bytes
) -> Iterator[tuple[Workspace, dict[str, list[tuple[Any, ...]]]]]:
    """A database holding the demo already, and the dump of it every test compares with."""
    folder = tmp_path_factory.mktemp("target")
    ws = Workspace.open(
        folder / "target.sqlite", actor=Actor("importer", "ws-2"), clock=lambda: NOW
    )
    (folder / "demo.json").write_bytes(demo_bytes)
    ws.files.import_file(folder / "demo.json")
    yield ws, dump(ws.path)
    ws.close()


def refused(
    target: tuple[Workspace, dict[str, list[tuple[Any, ...]]]], tmp_path: Path, data: bytes
) -> SessionFileError:
    """Import ``data``; return the error, having checked that nothing was written."""
    ws, before = target
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    with pytest.raises(SessionFileError) as caught:
        ws.files.import_file(path)
    assert dump(ws.path) == before
    with pytest.raises(SessionFileError):  # reading alone refuses it just the same
        ws.files.read(path)
    return caught.value


def edited(demo_bytes: bytes, change: Callable[[Doc], object]) -> bytes:
    doc = json.loads(demo_bytes)
    change(doc)
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def replaced(demo_bytes: bytes, old: str, new: str) -> bytes:
    text = demo_bytes.decode("utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


def _parts(path: str) -> list[str | int]:
    names = path.replace("[", ".").replace("]", "").split(".") if path else []
    return [int(p) if p.isdigit() else p for p in names]


def _set(path: str, value: object) -> Callable[[Doc], None]:
    """A change that sets the value at a JSON path like ``agenda[3].positions[1].delegation``."""
    parts = _parts(path)

    def change(doc: Doc) -> None:
        node: Any = doc
        for part in parts[:-1]:
            node = node[part]
        node[parts[-1]] = value

    return change


def _insert_copy(path: str, index: int, source: int, **fields: object) -> Callable[[Doc], None]:
    parts = _parts(path)

    def change(doc: Doc) -> None:
        node: Any = doc
        for part in parts:
            node = node[part]
        node.insert(index, {**copy.deepcopy(node[source]), **fields})

    return change


def _delete(path: str, key: str | int) -> Callable[[Doc], None]:
    parts = _parts(path)

    def change(doc: Doc) -> None:
        node: Any = doc
        for part in parts:
            node = node[part]
        del node[key]

    return change


def _remove_attendance(code: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc["attendance"] = [a for a in doc["attendance"] if a["delegation"] != code]

    return change


def _append_attendance(code: str, kind: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc["attendance"].append(
            {"delegation": code, "kind": kind, "display_name": "", "sort_key": code.lower(),
             "present": True, "head_of_delegation": ""}
        )  # fmt: skip

    return change


def _withdrawn_twice() -> Callable[[Doc], None]:
    """The item's declaration withdrawn, then the withdrawal withdrawn again."""

    def change(doc: Doc) -> None:
        outcomes = doc["agenda"][0]["outcomes"]
        outcomes[1:1] = [{**outcomes[0], "withdrawn": True} for _ in range(2)]

    return change


def _correction_of(item: str, seq: int, corrects: int) -> Callable[[Doc], None]:
    """Event ``seq`` of the item made a correction naming event ``corrects``."""
    parts = _parts(item)

    def change(doc: Doc) -> None:
        node: Any = doc
        for part in parts:
            node = node[part]
        node["positions"][seq - 1].update(correction=True, corrects=corrects)

    return change


def _both(*changes: Callable[[Doc], None]) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        for one in changes:
            one(doc)

    return change


def _without_french(node: Any) -> Any:
    """A JSON value without the French versions (format 4 and before)."""
    if isinstance(node, dict):
        return {k: _without_french(v) for k, v in node.items() if not k.endswith("_fr")}
    if isinstance(node, list):
        return [_without_french(v) for v in node]
    return node


def _older(version: int, path: str, value: object) -> Callable[[Doc], None]:
    """The demo as format ``version`` has it, with a field of a later format set at ``path``."""

    def change(doc: Doc) -> None:
        doc.update(_without_french(doc))
        doc["format_version"] = version
        del doc["review"]  # format 5 brought the review of the record
        for item in doc["agenda"] if version < 4 else ():
            for position in item["positions"]:
                del position["in_writing"], position["correction"]
            item["interventions"] = [
                {key: turn[key] for key in turn if key not in ("seq", "text", "corrects")}
                for turn in item["interventions"]
                if not turn["text"] and turn["corrects"] is None
            ]
            if version <= 2:
                del item["not_for_display"], item["speakers"], item["interventions"]
            if version == 1:
                for outcome in item["outcomes"]:
                    del outcome["withdrawn"]
        _set(path, value)(doc)

    return change


BROKEN = "agenda[3].silence_procedures[0]"  # settled broken; a late letter from Italy last
RUNNING = "agenda[4].silence_procedures[0]"  # letter, break withdrawal, extension
FINGERPRINT = "0123456789abcdef" * 4


def _step(kind: str, at: str, **fields: object) -> Doc:
    """A step of the review as a file holds it (numbered by ``_reviewed``)."""
    return {"seq": 0, "kind": kind, "at": at, **fields, "recorded_at": at, "operator": "demo",
            "workstation": "NATO HQ room 1"}  # fmt: skip


# The demo's record issued, corrected by Germany (accepted) and France (declined), reissued
# as REV1 and approved under silence: a review the application would write.
REVIEW = [
    _step("issued", "2026-11-19T09:00:00Z", issue=0, fingerprint=FINGERPRINT),
    _step("correction", "2026-11-20T09:00:00Z", delegation="DEU", item=1,
          paragraph="paragraph 2", text="Germany supports the programme."),
    _step("correction", "2026-11-20T10:00:00Z", delegation="FRA", item=None, paragraph="",
          text="La France a tout approuvé."),
    _step("accepted", "2026-11-21T09:00:00Z", refers_to=2, reason=""),
    _step("declined", "2026-11-21T09:05:00Z", refers_to=3, reason="Not what was said."),
    _step("issued", "2026-11-22T09:00:00Z", issue=1, fingerprint=FINGERPRINT[::-1]),
    _step("approved", "2026-12-01T00:00:00Z", how="silence", reference="PO(2026)0400"),
]  # fmt: skip


def _reviewed(*steps: Doc, revision: int = 1) -> Callable[[Doc], None]:
    """The demo with a review: ``steps`` (``REVIEW`` when none is given), numbered 1, 2, 3…;
    ``revision``: the number of its last issue."""

    def change(doc: Doc) -> None:
        chosen = steps or REVIEW
        doc["review"] = [{**copy.deepcopy(s), "seq": n} for n, s in enumerate(chosen, start=1)]
        doc["session"]["revision"] = revision

    return change


def _review_then(*changes: Callable[[Doc], None]) -> Callable[[Doc], None]:
    """The demo with ``REVIEW``, then ``changes``."""
    return _both(_reviewed(), *changes)


LATE = _step("correction", "2026-12-02T09:00:00Z", delegation="ITA", item=None, paragraph="",
             text="Italy would add a sentence.")  # fmt: skip

# (name, change to the demo's document, the sentence that must come back, path first)
EDITS: list[tuple[str, Callable[[Doc], object], str]] = [
    ("wrong type", _set("session.revision", "1"),
     'session.revision: expected a whole number, found the text "1".'),
    ("true is not a number", _set("agenda[0].positions[0].seq", True),
     "agenda[0].positions[0].seq: expected a whole number, found true."),
    ("null for an object", _set("session", None),
     "session: expected an object {…}, found null."),
    ("an array for text", _set("agenda[2].title", ["a"]),
     "agenda[2].title: expected text, found an array."),
    ("missing field", _delete("agenda[0]", "title"),
     'agenda[0]: the field "title" is missing.'),
    ("missing top-level field", _delete("", "attendance"),
     'The top level: the field "attendance" is missing.'),
    ("unknown key", _set("agenda[0].positions[0].colour", "red"),
     "agenda[0].positions[0].colour: is not a field of a session file (format 5); remove it"),
    ("a French version in a format 4 file", _older(4, "agenda[0].title_fr", "Titre"),
     "agenda[0].title_fr: is not a field of a session file (format 4); remove it"),
    ("withdrawn in a format 1 file", _older(1, "agenda[0].outcomes[0].withdrawn", False),
     "agenda[0].outcomes[0].withdrawn: is not a field of a session file (format 1); remove it"),
    ("speakers in a format 2 file", _older(2, "agenda[0].speakers", []),
     "agenda[0].speakers: is not a field of a session file (format 2); remove it"),
    ("speakers missing from a format 4 file", _delete("agenda[5]", "speakers"),
     'agenda[5]: the field "speakers" is missing.'),
    ("not_for_display not true or false", _set("agenda[4].not_for_display", 1),
     "agenda[4].not_for_display: expected true or false, found the number 1."),
    ("withdrawn missing from a format 2 file", _delete("agenda[0].outcomes[0]", "withdrawn"),
     'agenda[0].outcomes[0]: the field "withdrawn" is missing.'),
    ("withdrawn not true or false", _set("agenda[0].outcomes[0].withdrawn", "no"),
     'agenda[0].outcomes[0].withdrawn: expected true or false, found the text "no".'),
    ("unknown key with odd characters", _set("session.my key", 1),
     'session["my key"]: is not a field of a session file'),
    ("unknown enum value", _set("agenda[0].positions[0].position", "agreee"),
     'agenda[0].positions[0].position: "agreee" is not a position; use one of: agree, '),
    ("unknown silence event kind", _set(f"{RUNNING}.events[2].kind", "postponement"),
     f'{RUNNING}.events[2].kind: expected one of: letter, break_withdrawal, extension, '
     'withdrawal, settlement; found the text "postponement".'),
    ("settlement result out of range", _set(f"{BROKEN}.events[4].result", "under_silence"),
     f'{BROKEN}.events[4].result: "under_silence" is not a settlement\'s result; use one of: '
     "adopted, broken."),
    ("text too long", _set("agenda[0].title", "x" * 600),
     "agenda[0].title: is 600 characters long; at most 500 fit."),
    ("empty title", _both(_set("agenda[1].title", "  "), _set("agenda[1].title_fr", "")),
     'agenda[1].title: is empty, and so is "title_fr"; one of them must say something.'),
    ("empty title in a format 4 file", _older(4, "agenda[1].title", "  "),
     "agenda[1].title: is empty; it must say something."),
    ("empty action", _both(_set("agenda[0].action_items[0].description", ""),
                           _set("agenda[0].action_items[0].description_fr", "")),
     'agenda[0].action_items[0].description: is empty, and so is "description_fr"; one of '
     "them must say something."),
    ("time without its Z", _set("session.opened_at", "2026-11-18T10:00:00+01:00"),
     'session.opened_at: expected a time in UTC like "2024-05-02T08:30:00Z", found the text '
     '"2026-11-18T10:00:00+01:00".'),
    ("a day that does not exist", _set("session.date", "2026-02-30"),
     'session.date: expected a date like "2024-05-02", found the text "2026-02-30".'),
    ("a paragraph name with a comma", _set("agenda[0].positions[1].paragraphs", ["4, 5"]),
     'agenda[0].positions[1].paragraphs[0]: "4, 5" is not a paragraph name'),
    ("unknown delegation", _set("agenda[3].positions[1].delegation", "XYZ"),
     'agenda[3].positions[1].delegation: "XYZ" is not a member of the North Atlantic Council '
     "on 2026-11-18, nor in the file's attendance."),
    ("staff take no positions", _set("agenda[4].positions[2].delegation", "IS"),
     'agenda[4].positions[2].delegation: "IS" is staff; staff do not take positions.'),
    ("a break from outside the council", _set(f"{BROKEN}.events[1].delegation", "XYZ"),
     f'{BROKEN}.events[1].status: the file says "breaks", but XYZ has no decision rights in the '
     'North Atlantic Council on 2026-11-18; its status is "no_decision_rights".'),
    ("a non-member seated as member", _append_attendance("XKX", "member"),
     'attendance[34].kind: "XKX" is not a member of the North Atlantic Council on 2026-11-18; '
     "list it as an invitee, a partner or staff."),
    ("a member seated as partner", _set("attendance[0].kind", "partner"),
     'attendance[0].kind: "ALB" is a member of the North Atlantic Council on 2026-11-18, so '
     'its kind is "member".'),
    ("a member missing from the attendance", _remove_attendance("EST"),
     "attendance: EST is a member of the North Atlantic Council on 2026-11-18 but missing"),
    ("a delegation listed twice", _insert_copy("attendance", 34, 0),
     'attendance[34].delegation: "ALB" is listed twice (also attendance[0])'),
    ("a body that did not meet that day", _set("session.body", "DPC"),
     "session.date: The Defence Planning Committee did not meet on 2026-11-18"),
    ("a level the body does not meet at", _set("session.level", "chiefs_of_defence"),
     "session.level: the North Atlantic Council does not meet at the level of Chiefs of "
     "Defence"),
    ("a time zone that does not exist", _set("session.time_zone", "Mars/Olympus_Mons"),
     'session.time_zone: "Mars/Olympus_Mons" is not a time zone'),
    ("closed before it opened", _set("session.closed_at", "2026-11-18T08:00:00Z"),
     "session.closed_at: the meeting closes before it opened"),
    ("times out of order", _set("agenda[1].positions[3].recorded_at", "2026-11-18T08:00:00Z"),
     "agenda[1].positions[3].recorded_at: 2026-11-18T08:00:00Z is earlier than the one before "
     "it (2026-11-18T09:04:20Z)"),
    ("silence events out of order", _set(f"{BROKEN}.events[2].recorded_at",
                                         "2026-11-19T07:00:00Z"),
     f"{BROKEN}.events[2].recorded_at: 2026-11-19T07:00:00Z is earlier than the one before it"),
    ("a duplicate event (same number)", _insert_copy("agenda[0].positions", 3, 2),
     "agenda[0].positions[3].seq: 3 is used twice (also agenda[0].positions[2])"),
    ("a duplicate event (renumbered)", _insert_copy("agenda[4].positions", 3, 2, seq=4),
     "agenda[4].positions[3]: repeats event 3 (ESP, study_reserve) exactly"),
    ("a duplicate silence event", _insert_copy(f"{BROKEN}.events", 1, 0),
     f"{BROKEN}.events[1].seq: 1 is used twice (also {BROKEN}.events[0])"),
    ("events misnumbered", _set("agenda[4].positions[1].seq", 7),
     "agenda[4].positions[1].seq: expected 2, found 7: events are numbered 1, 2, 3…"),
    ("a correction pointing forward", _set("agenda[0].positions[4].corrects", 6),
     "agenda[0].positions[4].corrects: event 5 corrects event 6, which comes later"),
    ("a correction of another delegation", _set("agenda[0].positions[4].corrects", 3),
     "agenda[0].positions[4].corrects: event 3 is ISL's, not NOR's"),
    ("a break withdrawal of a letter that does not exist", _set(f"{RUNNING}.events[1].letter", 7),
     f"{RUNNING}.events[1]: the silence procedure's rules refuse this withdrawal of a break: "
     "there is no letter number 7 in this procedure."),
    ("a relaunch of a procedure that does not exist", _set(f"{RUNNING}.supersedes", 3),
     f"{RUNNING}.supersedes: there is no earlier procedure 3 on this item"),
    ("a break after settlement not marked late", _set(f"{BROKEN}.events[5].status", "breaks"),
     f'{BROKEN}.events[5].status: the file says "breaks", but it was received at '
     "2026-11-19T17:25:00Z, after the deadline of 2026-11-19T17:00:00Z: it is late and breaks "
     'nothing; its status is "late".'),
    ("a standing break marked late", _set(f"{BROKEN}.events[0].status", "late"),
     f'{BROKEN}.events[0].status: the file says "late", but it was received by the deadline'),
    ("a settlement before the deadline", _set(f"{BROKEN}.events[4].recorded_at",
                                              "2026-11-19T16:59:00Z"),
     f"{BROKEN}.events[4].recorded_at: the settlement is recorded at 2026-11-19T16:59:00Z, "
     "before the deadline of 2026-11-19T17:00:00Z"),
    ("a settlement at the wrong time", _set(f"{BROKEN}.events[4].at", "2026-11-19T16:00:00Z"),
     f"{BROKEN}.events[4].at: the settlement is at 2026-11-19T16:00:00Z, but the deadline in "
     "force was 2026-11-19T17:00:00Z"),
    ("a broken procedure said adopted", _set(f"{BROKEN}.events[4].result", "adopted"),
     f'{BROKEN}.events[4].result: the file says "adopted", but the break by FRA, BEL, DEU '
     "stood at the deadline"),
    ("an extension after the deadline", _set(f"{RUNNING}.events[2].at", "2026-11-24T12:00:00Z"),
     f"{RUNNING}.events[2]: the silence procedure's rules refuse this extension: the deadline "
     "has already passed; the procedure settles at its deadline and cannot be extended "
     "afterwards."),
    ("an extension that shortens", _set(f"{RUNNING}.events[2].new_deadline",
                                        "2026-11-23T11:00:00Z"),
     f"{RUNNING}.events[2]: the silence procedure's rules refuse this extension: an extension "
     "must move the deadline later"),
    ("two procedures running on one item", _insert_copy("agenda[4].silence_procedures", 1, 0,
                                                        seq=2),
     "agenda[4].silence_procedures: procedures 1, 2 are all still running"),
    ("a letter before the launch", _set(f"{BROKEN}.events[0].received_at",
                                        "2026-11-17T07:40:00Z"),
     f"{BROKEN}.events[0]: the silence procedure's rules refuse this letter: the letter is "
     "dated before the procedure was launched"),
    ("a deadline before the launch", _set(f"{BROKEN}.original_deadline", "2026-11-17T17:00:00Z"),
     f"{BROKEN}.original_deadline: the deadline must come after the moment the procedure is "
     "launched"),
    ("a remittal to no one", _both(_set("agenda[1].outcomes[0].remitted_to", ""),
                                   _set("agenda[1].outcomes[0].remitted_to_fr", "")),
     "agenda[1].outcomes[0].remitted_to: say which committee the item is remitted to."),
    ("a withdrawal with nothing declared before it", _set("agenda[0].outcomes[0].withdrawn", True),
     "agenda[0].outcomes[0].withdrawn: withdraws a declaration, but none stands just before it; "
     "a withdrawal follows the declaration it withdraws."),
    ("a withdrawal of a withdrawal", _withdrawn_twice(),
     "agenda[0].outcomes[2].withdrawn: withdraws a declaration, but none stands just before it"),
    ("a withdrawal of another outcome", _insert_copy("agenda[0].outcomes", 1, 0, withdrawn=True,
                                                     outcome="noted"),
     'agenda[0].outcomes[1].outcome: the withdrawal says "noted", but the declaration it '
     'withdraws says "agreed"; a withdrawal carries the outcome it withdraws.'),
    ("a speaker not at the table", _set("agenda[5].speakers[3].delegation", "XYZ"),
     'agenda[5].speakers[3].delegation: "XYZ" is not in the file\'s attendance; only a '
     "delegation at the table takes the floor."),
    ("a delegation waiting twice", _insert_copy("agenda[5].speakers", 4, 3),
     'agenda[5].speakers[4].delegation: "POL" is already waiting on the speakers\' list at '
     "agenda[5].speakers[3]; a delegation waits once."),
    ("struck off before it was added", _set("agenda[5].speakers[0].struck_at",
                                            "2026-11-18T08:00:00Z"),
     "agenda[5].speakers[0].struck_at: is earlier than added_at; check the times."),
    ("a turn that ends before it starts", _set("agenda[5].interventions[0].ended_at",
                                               "2026-11-18T08:00:00Z"),
     "agenda[5].interventions[0].ended_at: is earlier than started_at; check the times."),
    ("two turns running", _set("agenda[5].interventions[0].ended_at", None),
     "agenda[5].interventions[0].ended_at: only the last turn may still be running"),
    ("turns out of order", _set("agenda[5].interventions[2].started_at", "2026-11-18T08:00:00Z"),
     "agenda[5].interventions[2].started_at: 2026-11-18T08:00:00Z is earlier than the turn "
     "before it"),
    # Format 4: corrections and changes, positions in writing, interventions with text.
    ("the first position of a cell said a correction",
     _set("agenda[0].positions[0].correction", True),
     "agenda[0].positions[0].correction: event 1 is FRA's first position on this item, so it "
     'corrects nothing; set "correction" to false.'),
    ("a change that names the event it corrects", _set("agenda[0].positions[4].correction", False),
     'agenda[0].positions[4].corrects: event 5 is a change of position ("correction" is false), '
     'so it corrects no event; set "corrects" to null, or "correction" to true.'),
    ("a correction naming another delegation's event", _correction_of("agenda[2]", 5, 3),
     "agenda[2].positions[4].corrects: event 3 is GRC's, not HUN's"),
    ("in_writing not true or false", _set("agenda[0].positions[2].in_writing", "yes"),
     'agenda[0].positions[2].in_writing: expected true or false, found the text "yes".'),
    ("correction missing", _delete("agenda[0].positions[4]", "correction"),
     'agenda[0].positions[4]: the field "correction" is missing.'),
    ("in_writing in a format 3 file", _older(3, "agenda[0].positions[0].in_writing", False),
     "agenda[0].positions[0].in_writing: is not a field of a session file (format 3); remove it"),
    ("an intervention's seq in a format 3 file", _older(3, "agenda[5].interventions[0].seq", 1),
     "agenda[5].interventions[0].seq: is not a field of a session file (format 3); remove it"),
    ("interventions misnumbered", _set("agenda[5].interventions[1].seq", 5),
     "agenda[5].interventions[1].seq: expected 2, found 5: interventions are numbered 1, 2, 3… "
     "in the order they started."),
    ("an intervention numbered twice", _set("agenda[5].interventions[1].seq", 1),
     "agenda[5].interventions[1].seq: 1 is used twice (also agenda[5].interventions[0]); each "
     "intervention has its own number"),
    ("an intervention correcting a later one", _set("agenda[5].interventions[3].corrects", 5),
     "agenda[5].interventions[3].corrects: intervention 4 corrects intervention 5, which does "
     "not come before it"),
    ("an intervention correcting another delegation's",
     _set("agenda[5].interventions[4].corrects", 1),
     "agenda[5].interventions[4].corrects: intervention 1 is ROU's, not BGR's; a correction "
     "names an earlier intervention of the same delegation."),
    ("an intervention with text still running", _set("agenda[5].interventions[5].ended_at", None),
     "agenda[5].interventions[5].ended_at: an intervention with text, or a correction, records "
     "what was said and is not a turn still running"),
    ("an intervention's text not text", _set("agenda[5].interventions[3].text", 3),
     "agenda[5].interventions[3].text: expected text, found the number 3."),
    # Format 5: the review of the record.
    ("review missing", _delete("", "review"), 'The top level: the field "review" is missing.'),
    ("a review in a format 4 file", _older(4, "review", []),
     "review: is not a field of a session file (format 4); remove it"),
    ("a review that is not a list", _set("review", {}),
     "review: expected an array […], found an object."),
    ("a review step of an unknown kind", _review_then(_set("review[1].kind", "amended")),
     "review[1].kind: expected one of: issued, correction, accepted, declined, approved, "
     'reopened; found the text "amended".'),
    ("a review step of no kind", _review_then(_delete("review[1]", "kind")),
     "review[1].kind: expected one of: issued, correction, accepted, declined, approved, "
     "reopened; found nothing."),
    ("a field of another kind of step", _review_then(_set("review[0].delegation", "DEU")),
     "review[0].delegation: is not a field of a session file (format 5); remove it"),
    ("a review step without its reason", _review_then(_delete("review[4]", "reason")),
     'review[4]: the field "reason" is missing.'),
    ("a review time with an offset", _review_then(_set("review[0].at",
                                                       "2026-11-19T10:00:00+01:00")),
     'review[0].at: expected a time in UTC like "2024-05-02T08:30:00Z", found the text '
     '"2026-11-19T10:00:00+01:00".'),
    ("a review step recorded at no time", _review_then(_set("review[3].recorded_at", None)),
     'review[3].recorded_at: expected a time in UTC like "2024-05-02T08:30:00Z", found null.'),
    ("an approval of an unknown kind", _review_then(_set("review[6].how", "acclamation")),
     'review[6].how: "acclamation" is not a way of approving; use one of: meeting, silence.'),
    ("a fingerprint that is not one", _review_then(_set("review[0].fingerprint", "ABC")),
     'review[0].fingerprint: "ABC" is not a record\'s fingerprint: the application writes the '
     "64 hexadecimal digits (0-9, a-f) of the record as issued."),
    ("an issue numbered below 0", _review_then(_set("review[0].issue", -1)),
     "review[0].issue: -1 is too small; the least is 0."),
    ("a correction from a code that is not one", _review_then(_set("review[1].delegation",
                                                                   "../etc")),
     'review[1].delegation: "../etc" is not a delegation\'s code'),
    ("a paragraph on two lines", _review_then(_set("review[1].paragraph", "2\n3")),
     "review[1].paragraph: holds a control character"),
    ("review steps misnumbered", _review_then(_set("review[2].seq", 5)),
     "review[2].seq: expected 3, found 5: events are numbered 1, 2, 3… in the order they were "
     "recorded."),
    ("a review step numbered twice", _review_then(_set("review[2].seq", 2)),
     "review[2].seq: 2 is used twice (also review[1]); each event has its own number"),
    ("a decision on a later event", _review_then(_set("review[3].refers_to", 5)),
     "review[3].refers_to: event 4 decides on event 5, which does not come before it; an "
     "acceptance or a refusal names an earlier correction."),
    ("a decision on an issue", _review_then(_set("review[3].refers_to", 1)),
     'review[3].refers_to: event 1 is not a correction (its kind is "issued"); an acceptance '
     "or a refusal names an earlier correction."),
    ("a correction of an item not in the file", _review_then(_set("review[1].item", 9)),
     "review[1].item: there is no item 9 in the file: its agenda lists 8 items, which a "
     "correction names by their place in the list, counting from 1."),
    ("a correction of item 0", _review_then(_set("review[1].item", 0)),
     "review[1].item: 0 is too small; the least is 1."),
    ("a correction before any issue", _reviewed(REVIEW[1], revision=0),
     "review[0]: the review's rules refuse this correction: the record has not been issued "
     "yet; issue the draft before recording corrections."),
    ("a correction before the draft", _review_then(_set("review[1].at",
                                                        "2026-11-18T09:00:00Z")),
     "review[1]: the review's rules refuse this correction: a correction cannot be received "
     "before the draft was issued (2026-11-19)."),
    ("a correction that proposes nothing", _review_then(_set("review[1].text", " ")),
     "review[1]: the review's rules refuse this correction: give the text the delegation "
     "proposes."),
    ("a correction after approval", _reviewed(*REVIEW, LATE),
     "review[7]: the review's rules refuse this correction: the record was approved; a "
     "correction now needs a revision, opened with its reason."),
    ("an approval with corrections pending", _reviewed(*REVIEW[:3], REVIEW[6], revision=0),
     "review[3]: the review's rules refuse this approval: 2 corrections are still pending; "
     "accept or decline each before the record is approved."),
    ("an approval before the revision that carries the changes",
     _reviewed(*REVIEW[:5], REVIEW[6], revision=0),
     "review[5]: the review's rules refuse this approval: corrections were accepted since the "
     "last issue; issue the revision that carries them before it is approved."),
    ("an approval before the last issue", _review_then(_set("review[6].at",
                                                            "2026-11-21T00:00:00Z")),
     "review[6]: the review's rules refuse this approval: the record cannot be approved "
     "before its last issue (2026-11-22)."),
    ("an approval of an approved record", _reviewed(*REVIEW, REVIEW[6]),
     "review[7]: the review's rules refuse this approval: the record is already approved."),
    ("a decision on a decided correction",
     _reviewed(*REVIEW[:5], _step("declined", "2026-11-21T09:10:00Z", refers_to=2,
                                  reason="Second thoughts."), revision=0),
     "review[5]: the review's rules refuse this refusal of a correction: this correction was "
     "already accepted."),
    ("a correction accepted twice",
     _reviewed(*REVIEW[:4], REVIEW[3], revision=0),
     "review[4]: the review's rules refuse this acceptance of a correction: this correction "
     "was already accepted."),
    ("a refusal without a reason", _review_then(_set("review[4].reason", " ")),
     "review[4]: the review's rules refuse this refusal of a correction: say why the "
     "correction is declined; the delegation will read it."),
    ("an issue with nothing new to carry",
     _reviewed(REVIEW[0], {**REVIEW[5], "issue": 1}, revision=1),
     "review[1]: the review's rules refuse this issue: no correction was accepted since the "
     "last issue; there is nothing to reissue."),
    ("an issue misnumbered", _review_then(_set("review[5].issue", 2)),
     "review[5].issue: the file says issue 2, but this is issue 1: the draft is issue 0, and "
     "each revision takes the next number."),
    ("a reopening of a record not approved",
     _reviewed(REVIEW[0], _step("reopened", "2026-11-20T09:00:00Z", reason="A figure."),
               revision=0),
     "review[1]: the review's rules refuse this reopening: only an approved record is "
     "reopened for a revision."),
    ("a reopening without a reason",
     _reviewed(*REVIEW, _step("reopened", "2026-12-02T09:00:00Z", reason="")),
     "review[7]: the review's rules refuse this reopening: say why the approved record needs "
     "a revision."),
    ("a revision that is not the last issue's", _review_then(_set("session.revision", 0)),
     "session.revision: the record's last issue (review[5]) is number 1, so its revision is "
     "1, not 0."),
]  # fmt: skip


@pytest.mark.parametrize(("change", "sentence"), [e[1:] for e in EDITS], ids=[e[0] for e in EDITS])
def test_a_spoiled_file_is_refused_with_its_path(
    target: Any, tmp_path: Path, demo_bytes: bytes, change: Callable[[Doc], object], sentence: str
) -> None:
    error = refused(target, tmp_path, edited(demo_bytes, change))
    assert any(p.startswith(sentence) for p in error.problems), error.problems
    assert sentence in str(error)
    assert isinstance(error, ValidationError)


def test_a_correction_of_a_position_no_longer_standing(
    target: Any, tmp_path: Path, demo_bytes: bytes
) -> None:
    # agenda[2]: HUN study reserve (event 4), then HUN agree ad referendum (event 5). Event 5
    # stands; a later event correcting event 4 would rewrite a position that no longer stood.
    def change(doc: Doc) -> None:
        positions = doc["agenda"][2]["positions"]
        late = {**positions[-1], "seq": len(positions) + 1, "delegation": "HUN",
                "position": "agree", "correction": True, "corrects": 4}  # fmt: skip
        positions.append(late)

    error = refused(target, tmp_path, edited(demo_bytes, change))
    assert error.problems == [
        "agenda[2].positions[33].corrects: event 4 was no longer HUN's standing position "
        "(event 5 was); only the position that stands can be corrected."
    ]


def test_the_review_those_refusals_spoil_is_taken_as_it_is(
    tmp_path: Path, demo_bytes: bytes
) -> None:
    """The control for the review's refusals: unspoiled, the same review imports, approved
    and locked, and exports as it came; the approved session is not replaced by a file."""
    data = edited(demo_bytes, _reviewed())
    path = tmp_path / "reviewed.json"
    path.write_bytes(data)
    with Workspace.open(tmp_path / "fresh.sqlite", clock=lambda: NOW) as ws:
        imported = ws.files.import_file(path).value
        review = ws.review.view(imported.id).review
        assert review.locked and review.approval is not None and review.approval.issue == 1
        assert [(c.delegation, c.status.value, c.in_issue) for c in review.corrections] == [
            ("DEU", "accepted", 1),
            ("FRA", "declined", None),
        ]
        assert ws.sessions.get(imported.id).revision == 1
        assert (
            json.loads(ws.files.export_session(imported.id))["review"] == json.loads(data)["review"]
        )
        item = ws.sessions.get(imported.id).items[0].id
        with pytest.raises(ValidationError, match="approved on 2026-12-01"):
            ws.agenda.update_item(item, summary="Changed after approval.")
        before = dump(ws.path)
        with pytest.raises(SessionFileError) as caught:
            ws.files.import_file(path, on_conflict="replace")
        assert str(caught.value) == (
            "The record of the session that holds the reference C-R(2026)0042 was approved, so "
            "it takes no change, and the file was not imported in its place. Import the file as "
            "a new session without a reference; or, to replace that session, open a revision of "
            "its record first (Session › Review Steps › Open a Revision), saying why."
        )
        assert dump(ws.path) == before
        copy = ws.files.import_file(path, on_conflict="as_new").value
        assert copy.reference == "" and ws.review.view(copy.id).review.locked
        ws.review.reopen(imported.id, "A figure in the summary was wrong.")
        replacement = ws.files.import_file(path, on_conflict="replace").value
        assert replacement.reference == "C-R(2026)0042"  # a record being revised may go


# ---------------------------------------------------------------------- whole-file refusals
def test_a_future_format_version(target: Any, tmp_path: Path, demo_bytes: bytes) -> None:
    error = refused(target, tmp_path, edited(demo_bytes, _set("format_version", 6)))
    assert str(error) == (
        "This file was written by a newer version of Tour de Table (format 6); this version "
        "reads format 5. Install the newer version."
    )
    assert error.problems == [str(error)]


def test_a_future_version_is_named_even_with_fields_this_version_does_not_know(
    target: Any, tmp_path: Path, demo_bytes: bytes
) -> None:
    def change(doc: Doc) -> None:
        doc["format_version"] = 6
        doc["delegations"] = doc.pop("attendance")

    error = refused(target, tmp_path, edited(demo_bytes, change))
    assert str(error).startswith("This file was written by a newer version of Tour de Table")


def test_another_format(target: Any, tmp_path: Path, demo_bytes: bytes) -> None:
    error = refused(target, tmp_path, edited(demo_bytes, _set("format", "minutes")))
    assert str(error) == (
        'This is not a Tour de Table session file: its format is "minutes", not '
        '"tourdetable-session".'
    )


def test_a_version_that_is_not_a_number(target: Any, tmp_path: Path, demo_bytes: bytes) -> None:
    error = refused(target, tmp_path, edited(demo_bytes, _set("format_version", "3")))
    assert str(error) == 'format_version: expected a whole number like 5, found the text "3".'


def test_invalid_utf8(target: Any, tmp_path: Path, demo_bytes: bytes) -> None:
    data = demo_bytes.replace("Marković".encode(), b"Markovi\xff", 1)
    error = refused(target, tmp_path, data)
    assert str(error).startswith("The file is not UTF-8 text: the byte 0xff on line 22 cannot")


def test_a_50_mb_file_is_refused_before_it_is_read(target: Any, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: instant to make, slow to read
    ws, before = target
    started = time.perf_counter()
    with pytest.raises(SessionFileError) as caught:
        ws.files.import_file(path)
    assert time.perf_counter() - started < 0.5
    assert str(caught.value) == (
        "The file is 50.0 MB; a session file is at most 32 MB, so this is not one (or it is "
        "damaged)."
    )
    assert dump(ws.path) == before


def test_deeply_nested_junk(target: Any, tmp_path: Path) -> None:
    error = refused(target, tmp_path, b'{"format": ' + b"[" * 200_000 + b"]" * 200_000 + b"}")
    assert str(error) == (
        "The file nests arrays or objects more than 32 levels deep; a session file needs 8 at "
        "most, so this is not one."
    )


def test_deep_junk_inside_a_valid_file(target: Any, tmp_path: Path, demo_bytes: bytes) -> None:
    junk = '{"a": ' * 5000 + "1" + "}" * 5000
    data = replaced(demo_bytes, '"summary": ""', f'"summary": {junk}')
    assert "more than 32 levels deep" in str(refused(target, tmp_path, data))


def test_brackets_inside_strings_do_not_count_as_nesting(demo_bytes: bytes) -> None:
    from desktop.services.session_file import parse

    data = replaced(demo_bytes, '"summary": ""', '"summary": "' + "[{" * 100 + '\\"]"')
    assert parse(data).agenda[1].summary == "[{" * 100 + '"]'


def test_a_truncated_file(target: Any, tmp_path: Path, demo_bytes: bytes) -> None:
    error = refused(target, tmp_path, demo_bytes[: len(demo_bytes) // 2])
    assert "The file ends in the middle of its JSON (line " in str(error)
    assert "cut short" in str(error)


def test_an_empty_file(target: Any, tmp_path: Path) -> None:
    for data in (b"", b" \n\t\n", b"\xef\xbb\xbf\n"):
        assert str(refused(target, tmp_path, data)).startswith("The file is empty")


def test_half_a_character(target: Any, tmp_path: Path, demo_bytes: bytes) -> None:
    data = replaced(demo_bytes, '"summary": ""', '"summary": "a\\ud800b"')
    assert refused(target, tmp_path, data).problems == [
        "agenda[1].summary: holds an escape like \\ud800 that is half of a character (a lone "
        "surrogate), which no text can store; remove it."
    ]


def test_what_the_file_says_is_shown_escaped(
    target: Any, tmp_path: Path, demo_bytes: bytes
) -> None:
    change = _set("agenda[3].positions[1].position", "X\n\x1b[31mY\x9b2J")
    error = refused(target, tmp_path, edited(demo_bytes, change))
    assert error.problems[0].startswith(
        'agenda[3].positions[1].position: "X\\n\\u001b[31mY\\u009b2J" is not a position'
    )
    assert "\x1b" not in str(error) and "\x9b" not in str(error)


def test_a_top_level_array(target: Any, tmp_path: Path, demo_bytes: bytes) -> None:
    data = b"[" + demo_bytes + b"]"
    assert str(refused(target, tmp_path, data)).startswith(
        "The file holds an array at the top level; a session file is a JSON object"
    )
    for data, found in [
        (b'"tourdetable-session"', "text"),
        (b" 42", "a number"),
        (b"null", "null"),
    ]:
        assert str(refused(target, tmp_path, data)).startswith(f"The file holds {found} at the top")


def test_text_that_is_not_json(target: Any, tmp_path: Path) -> None:
    error = refused(target, tmp_path, b"Minutes of the meeting, 21 November\n")
    assert str(error).startswith("The file is not valid JSON: expecting value at line 1, column 1")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_nan_and_infinity(target: Any, tmp_path: Path, demo_bytes: bytes, constant: str) -> None:
    data = replaced(demo_bytes, '"revision": 0', f'"revision": {constant}')
    error = refused(target, tmp_path, data)
    assert error.problems[0].startswith(
        f"session.revision: expected a whole number, found {constant}, which no field takes"
    )


def test_a_number_too_long_to_read(target: Any, tmp_path: Path, demo_bytes: bytes) -> None:
    data = replaced(demo_bytes, '"revision": 0', '"revision": ' + "9" * 5000)
    assert (
        refused(target, tmp_path, data)
        .problems[0]
        .startswith("session.revision: expected a whole number, found 9999")
    )


def test_duplicate_keys(target: Any, tmp_path: Path, demo_bytes: bytes) -> None:
    data = replaced(
        demo_bytes,
        '"reference": "C-R(2026)0042",',
        '"reference": "C-R(2026)0042",\n    "reference": "C-R(2026)0099",',
    )
    assert refused(target, tmp_path, data).problems == [
        'session: the key "reference" appears more than once in this object.'
    ]


def test_many_problems_are_counted_not_all_listed(
    target: Any, tmp_path: Path, demo_bytes: bytes
) -> None:
    def change(doc: Doc) -> None:
        for item in doc["agenda"]:
            for position in item["positions"]:
                position["delegation"] = "XYZ"

    error = refused(target, tmp_path, edited(demo_bytes, change))
    assert len(error.problems) == 21
    assert str(error).startswith(
        "bad.json is not a valid session file (more than 20 problems; the first 20 follow):\n"
    )
    assert error.problems[-1] == "…and more; only the first 20 are shown."


def test_a_reference_conflict_without_an_option(
    target: Any, tmp_path: Path, demo_bytes: bytes
) -> None:
    ws, before = target
    path = tmp_path / "again.json"
    path.write_bytes(demo_bytes)
    with pytest.raises(ReferenceExistsError) as caught:
        ws.files.import_file(path)
    assert caught.value.reference == "C-R(2026)0042"
    assert str(caught.value).startswith(
        "Another session already has the reference C-R(2026)0042, so the file was not imported."
    )
    assert dump(ws.path) == before
