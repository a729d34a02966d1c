"""What a session may hold (``desktop.services.limits``): whatever the app stores it can write
to a session file and read back, and what it reads it can store and give back.

- The largest file the limits allow, worked out entry by entry from what export writes,
  fits under the size import reads (``MAX_FILE_BYTES``).
- A file and the database count a session alike: at a limit set to exactly what the demo
  holds, its file is read and stored; one less, and both refuse it.
- The services refuse a change that takes a session beyond a limit, with one sentence and
  nothing stored; a session already beyond one (from an older version) may still be
  changed where it does not grow.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

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
from desktop.services import ValidationError, Workspace
from desktop.services import limits as limits_module
from desktop.services.limits import MAX_ENTRIES, MAX_LIST, MAX_TEXT, MAX_WARNINGS
from desktop.services.session_file import SessionFileError, encoding, parse
from desktop.services.session_file.exporting import to_bytes
from desktop.services.session_file.model import (
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    ExportedBy,
    FileAction,
    FileAttendance,
    FileBreakWithdrawal,
    FileExtension,
    FileIntervention,
    FileItem,
    FileLetter,
    FileOutcome,
    FilePosition,
    FileProcedure,
    FileSession,
    FileSettlement,
    FileSilenceEvent,
    FileSpeaker,
    FileWithdrawal,
    SessionFile,
    Stamp,
)
from tests.unit.services.conftest import count_rows

E = TypeVar("E", bound=StrEnum)

# ---------------------------------------------------------------------- the largest file
# Every entry as long as export can write it with no text at all (text is counted apart):
# the longest value of each choice, times with microseconds, numbers as large as a list
# allows, a paragraph name on letters and positions, every warning on a declaration.
T = datetime(2026, 11, 21, 9, 0, 0, 123456, tzinfo=UTC)
STAMP = Stamp(T, "", "")
SEQ = MAX_LIST


def longest(kind: type[E]) -> E:
    return max(kind, key=lambda member: len(member.value))


ITEM = FileItem(
    title="", kind=longest(AgendaKind), documents="", summary="", created_at=T, removed_at=T,
    positions=(), silence_procedures=(), outcomes=(), action_items=(), not_for_display=True,
)  # fmt: skip
POSITION = FilePosition(
    SEQ, "", longest(Position), "", ("1",), SEQ, correction=True, in_writing=True, stamp=STAMP
)
PROCEDURE = FileProcedure(SEQ, "", "", T, "", T, SEQ, STAMP, ())
EVENTS: dict[str, FileSilenceEvent] = {
    "letter": FileLetter(
        SEQ, "", longest(LetterKind), T, ("1",), "", "", longest(LetterStatus), STAMP
    ),
    "break withdrawal": FileBreakWithdrawal(SEQ, SEQ, T, "", STAMP),
    "extension": FileExtension(SEQ, T, T, "", STAMP),
    "withdrawal": FileWithdrawal(SEQ, T, "", True, STAMP),
    "settlement": FileSettlement(SEQ, T, longest(SilenceState), STAMP),
}
OUTCOME = FileOutcome(longest(Outcome), "", "", ("x",) * MAX_WARNINGS, STAMP, withdrawn=True)
ACTION = FileAction(longest(OwnerKind), "", "", date(2026, 11, 21), longest(ActionStatus), T, T)
SPEAKER = FileSpeaker("", T, T, T, STAMP)
INTERVENTION = FileIntervention(SEQ, "", T, T, "", SEQ, STAMP)
ATTENDANCE = FileAttendance("", longest(AttendanceKind), "", "", True, "")


def _file(
    agenda: tuple[FileItem, ...] = (), attendance: tuple[FileAttendance, ...] = ()
) -> SessionFile:
    session = FileSession(
        reference="", revision=SEQ, body=longest(BodyKind), committee_name="",
        level=longest(Level), format=longest(Format), date=date(2026, 11, 21), place="",
        time_zone="", opened_at=T, closed_at=T, chair="", chair_role=longest(ChairRole),
        classification=longest(Classification), created_at=T, updated_at=T,
    )  # fmt: skip
    return SessionFile(FORMAT_VERSION, ExportedBy("x" * 200, "x" * 60), session, attendance, agenda)


def _procedure(event: FileSilenceEvent, n: int) -> SessionFile:
    procedure = replace(PROCEDURE, events=(event,) * n)
    return _file((replace(ITEM, silence_procedures=(procedure,)),))


def _events(event: FileSilenceEvent) -> Callable[[int], SessionFile]:
    return lambda n: _procedure(event, n)


ENTRIES: dict[str, Callable[[int], SessionFile]] = {
    "agenda item": lambda n: _file((ITEM,) * n),
    "attendance row": lambda n: _file(attendance=(ATTENDANCE,) * n),
    "position": lambda n: _file((replace(ITEM, positions=(POSITION,) * n),)),
    "silence procedure": lambda n: _file((replace(ITEM, silence_procedures=(PROCEDURE,) * n),)),
    "declaration": lambda n: _file((replace(ITEM, outcomes=(OUTCOME,) * n),)),
    "action item": lambda n: _file((replace(ITEM, action_items=(ACTION,) * n),)),
    "speaker": lambda n: _file((replace(ITEM, speakers=(SPEAKER,) * n),)),
    "intervention": lambda n: _file((replace(ITEM, interventions=(INTERVENTION,) * n),)),
    **{name: _events(event) for name, event in EVENTS.items()},
}


def _bytes_per_entry(build: Callable[[int], SessionFile]) -> float:
    return (len(to_bytes(build(101))) - len(to_bytes(build(1)))) / 100


def _bytes_per_character() -> float:
    """The most bytes one character of text can take in a file: a control character in a
    statement (written \\u001b), or a paragraph name of one character after another
    (", " and the name are 3 characters as stored; in the file, a line of its own, deepest
    in a letter)."""
    escaped = len(json.dumps("\x1b")) - len(json.dumps(""))
    letter = EVENTS["letter"]
    assert isinstance(letter, FileLetter)
    one = _procedure(letter, 1)
    two = _procedure(replace(letter, paragraphs=("1", "2")), 1)
    per_paragraph = (len(to_bytes(two)) - len(to_bytes(one))) / len(", 2")
    return max(escaped, per_paragraph)


def test_the_largest_session_the_limits_allow_fits_in_a_session_file() -> None:
    per_entry = {name: _bytes_per_entry(build) for name, build in ENTRIES.items()}
    worst = max(per_entry.values())
    per_character = _bytes_per_character()
    header = len(to_bytes(_file()))
    largest = header + MAX_ENTRIES * worst + MAX_TEXT * per_character
    assert worst < 600, per_entry  # a letter, the largest entry: about 500 bytes
    assert per_character <= 7
    assert largest <= MAX_FILE_BYTES, (largest, per_entry, per_character)
    # Stated in docs/reliability.md: 20,000 entries of ~0.5 KB, 2,000,000 characters of at
    # most 7 bytes: under 25 MB, and import reads up to 32 MB.
    assert largest < 25 * 1024 * 1024


# ---------------------------------------------------------------------- file and database
@pytest.fixture
def demo_file(demo_ws: Workspace, tmp_path: Path) -> tuple[bytes, Path]:
    (summary,) = demo_ws.sessions.list_sessions()
    data = demo_ws.files.export_session(summary.id)
    path = tmp_path / "demo.json"
    path.write_bytes(data)
    return data, path


def _limit(monkeypatch: pytest.MonkeyPatch, name: str, value: int) -> None:
    monkeypatch.setattr(limits_module, name, value)
    if name == "MAX_ENTRIES":
        monkeypatch.setattr(encoding, name, value)


@pytest.mark.parametrize(
    ("limit", "measure", "sentence"),
    [
        ("MAX_ENTRIES", "entries", "agenda items, positions, letters"),
        ("MAX_LIST", "longest_list", "holds at most"),
        ("MAX_TEXT", "characters", "characters of text"),
    ],
)
def test_a_file_and_the_database_count_a_session_alike(
    ws: Workspace,
    demo_file: tuple[bytes, Path],
    monkeypatch: pytest.MonkeyPatch,
    *,
    limit: str,
    measure: str,
    sentence: str,
) -> None:
    data, path = demo_file
    held = ws.files.import_file(path).value.id
    size = getattr(ws.files.size(held), measure)
    assert size > 0
    ws.sessions.remove(held)  # to import the file again, in its place

    _limit(monkeypatch, limit, size - 1)  # one less than the demo holds: refused
    with pytest.raises(SessionFileError) as refused:
        parse(data)
    assert sentence in str(refused.value)
    before = count_rows(ws, "sessions")
    with pytest.raises(ValidationError):
        ws.files.import_file(path, on_conflict="replace")
    assert count_rows(ws, "sessions") == before

    _limit(monkeypatch, limit, size)  # exactly what it holds: read, stored, given back
    again = ws.files.import_file(path, on_conflict="replace").value.id
    assert getattr(ws.files.size(again), measure) == size
    parse(ws.files.export_session(again))


# ---------------------------------------------------------------------- the services
def test_a_change_beyond_a_limit_is_refused_and_nothing_stored(
    ws: Workspace, nac: int, item: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.positions.log(item, "FRA", "study_reserve")
    size = ws.files.size(nac)
    before = ws.files.export_session(nac)

    _limit(monkeypatch, "MAX_ENTRIES", size.entries)
    with pytest.raises(ValidationError) as caught:
        ws.agenda.add_item(nac, "One item too many")
    assert str(caught.value) == (
        f"This change would give the session {size.entries + 1} entries (agenda items, "
        f"positions, letters, declarations, turns…); a session holds at most {size.entries}, "
        "so that it always fits in a session file. Nothing was saved."
    )
    assert ws.files.export_session(nac) == before
    monkeypatch.undo()

    _limit(monkeypatch, "MAX_LIST", size.longest_list)  # the attendance: 32 Allies
    with pytest.raises(ValidationError) as caught:
        ws.attendance.add_participant(nac, "UKR", kind="partner")
    assert str(caught.value) == (
        "This change would put 33 entries in one list of the session (the positions of an "
        "item, the events of a silence procedure…); a list holds at most 32. Nothing was saved."
    )
    assert ws.files.export_session(nac) == before
    monkeypatch.undo()

    _limit(monkeypatch, "MAX_TEXT", size.characters + 5)
    ws.sessions.update(nac, place="Mons")  # 4 characters: fits
    with pytest.raises(ValidationError, match="characters of text; a session holds at most"):
        ws.sessions.update(nac, place="Brussels")
    assert ws.sessions.get(nac).place == "Mons"


def test_a_session_already_beyond_a_limit_may_change_where_it_does_not_grow(
    ws: Workspace, nac: int, item: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.sessions.update(nac, place="NATO Headquarters, Brussels")
    size = ws.files.size(nac)
    _limit(monkeypatch, "MAX_ENTRIES", size.entries - 10)  # stored by an older version
    _limit(monkeypatch, "MAX_TEXT", size.characters - 10)
    ws.sessions.update(nac, place="NATO HQ")  # shorter: allowed
    ws.attendance.set_attendance(nac, "BEL", present=False)  # no growth: allowed
    with pytest.raises(ValidationError, match="entries"):
        ws.agenda.add_item(nac, "More")
    with pytest.raises(ValidationError, match="characters of text"):
        ws.sessions.update(nac, place="NATO Headquarters, Brussels, Belgium")
    assert ws.sessions.get(nac).place == "NATO HQ"
