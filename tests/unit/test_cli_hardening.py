"""What an adversarial review found, as a user meets it on the command line: each refusal is
one sentence and leaves the database exactly as it was (every row of every table compared
before and after), and what the app accepts it can give back.

1. ``backup`` of a damaged database writes nothing and says so.
2. A session the app holds goes out to a file and comes back, however it was written; one
   beyond what a session may hold is refused whole, and ``check`` says so of the session.
3. A huge list is refused at once, and a file with many problems is read no further than
   the first twenty.
4. A reference with spaces around it, of spaces only or with an invisible character is
   refused: two sessions never look alike.
5. No control character in a one-line field or a delegation's code, and none reaches the
   terminal raw.
6. Nonsense in the record (said after the item was taken off, before the session existed,
   a meeting closed that never opened, warnings by the million) is refused on import and
   reported by ``check``.

Every test but the backup's (a file's business) and the 20,000-entry round trip runs on a
SQLite file and on a PostgreSQL database (``database_location``).
"""

from __future__ import annotations

import copy
import json
import random
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from db.base import Base
from db.engine import create_server_engine, create_sqlite_engine
from db.models import AgendaItemRow, OutcomeDeclarationRow, PositionEventRow, SessionRow
from desktop.cli import main
from desktop.services.limits import MAX_ENTRIES, MAX_TEXT

REF = "C-R(2026)0042"
Doc = dict[str, Any]
Rows = dict[str, list[tuple[Any, ...]]]


# ---------------------------------------------------------------------- the rig
@pytest.fixture
def db(database_location: Path | str, capsys: pytest.CaptureFixture[str]) -> str:
    """The demo database, on a file or a server."""
    assert main(["demo", "--db", str(database_location)]) == 0
    capsys.readouterr()
    return str(database_location)


def _engine(location: str) -> Engine:
    if location.startswith("postgresql"):
        return create_server_engine(location)
    return create_sqlite_engine(Path(location))


@pytest.fixture
def engine(db: str) -> Iterator[Engine]:
    """An engine on ``db`` of its own, as another program would use it."""
    made = _engine(db)
    yield made
    made.dispose()


def rows(engine: Engine) -> Rows:
    """Every row of every table of the schema, in key order."""
    with engine.connect() as connection:
        out = {
            table.name: [
                tuple(row)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }
        out["alembic_version"] = [
            tuple(row) for row in connection.execute(text("SELECT * FROM alembic_version"))
        ]
    return out


def exported(db: str, folder: Path, capsys: pytest.CaptureFixture[str]) -> Doc:
    """The demo session's file, as JSON."""
    path = folder / "exported.json"
    assert main(["export", "--db", db, "--session", REF, "-o", str(path)]) == 0
    capsys.readouterr()
    document: Doc = json.loads(path.read_text(encoding="utf-8"))
    return document


def write(folder: Path, doc: Doc, *, name: str = "session.json", compact: bool = False) -> Path:
    path = folder / name
    if compact:
        data = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    else:
        data = json.dumps(doc, ensure_ascii=False, indent=2)
    path.write_text(data, encoding="utf-8")
    return path


def refused(
    db: str, engine: Engine, capsys: pytest.CaptureFixture[str], *args: str, code: int = 2
) -> str:
    """Run ``tourdetable *args``; check that it fails with ``code``, prints no traceback and
    changes no row of the database; return what it printed on stderr, without the prefix."""
    before = rows(engine)
    capsys.readouterr()
    assert main(list(args)) == code
    captured = capsys.readouterr()
    assert rows(engine) == before, "a refused command changed the database"
    assert "Traceback" not in captured.err and captured.out == ""
    assert captured.err.startswith("tourdetable: ")
    return captured.err.removeprefix("tourdetable: ")


def import_refused(
    db: str, engine: Engine, capsys: pytest.CaptureFixture[str], path: Path, *options: str
) -> str:
    return refused(db, engine, capsys, "import", "--db", db, str(path), *options)


def check_problems(db: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What ``tourdetable check`` reports as problems (exit 1 when there are some)."""
    capsys.readouterr()
    code = main(["check", "--db", db])
    err = capsys.readouterr().err
    problems = [
        line.removeprefix("problem: ") for line in err.splitlines() if line.startswith("problem: ")
    ]
    assert code == (1 if problems else 0), err
    return problems


def change(engine: Engine, edit: Callable[[Session], None]) -> None:
    """Change stored rows behind the app's back (an older version, another program)."""
    with Session(engine) as s, s.begin():
        edit(s)


def first(s: Session, model: Any, *where: Any) -> Any:
    return s.scalars(select(model).where(*where).order_by(model.id)).first()


# ---------------------------------------------------------------------- 1. backup
def test_a_damaged_database_is_not_backed_up_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    data = bytearray(path.read_bytes())
    # dd if=/dev/urandom of=damaged.sqlite bs=4096 seek=5 count=8 conv=notrunc
    data[5 * 4096 : 13 * 4096] = random.Random(5).randbytes(8 * 4096)
    path.write_bytes(bytes(data))
    files = sorted(tmp_path.iterdir())
    out = tmp_path / "copy.sqlite"
    capsys.readouterr()
    assert main(["backup", "--db", str(path), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"tourdetable: The database at {path} is damaged (")
    assert captured.err.endswith(
        "), so no copy was written: it would carry the damage. Run 'tourdetable check' on "
        "it, or restore one of its backups.\n"
    )
    assert not out.exists() and sorted(tmp_path.iterdir()) == files
    assert path.read_bytes() == bytes(data)  # the damaged file itself is left as it was


# ---------------------------------------------------------------------- 2. one limit
def _large(doc: Doc, *, items: int, statement: str) -> Doc:
    """The demo with ``items`` copies of its first item, each position saying ``statement``
    and hardly any other text (so that the statements can take nearly all a session holds)."""
    big = copy.deepcopy(doc)
    model = copy.deepcopy(doc["agenda"][0])
    model["summary"] = model["summary_fr"] = model["documents"] = model["title_fr"] = ""
    for entry in (*model["positions"], *model["outcomes"]):
        entry["operator"] = entry["workstation"] = ""
    for outcome in model["outcomes"]:
        outcome["decision_text"] = outcome["decision_text_fr"] = ""
    for action in model["action_items"]:
        action["owner"], action["description"] = "", "x"
        action["owner_fr"] = action["description_fr"] = ""
    big["agenda"] = []
    for number in range(items):
        item = copy.deepcopy(model)
        item["title"] = f"Item {number + 1}"
        for position in item["positions"]:
            position["text"] = statement
        big["agenda"].append(item)
    return big


@pytest.mark.sqlite_only  # 20,000 entries: the file's business; the counting is tested on both
def test_a_session_near_the_limits_goes_out_and_comes_back_whatever_its_layout(
    db: str, engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Written compact, the session file is smaller than the app writes it (indented): both
    are read. (A 2,000-item session once imported compact and could not be read back.)"""
    doc = exported(db, tmp_path, capsys)
    doc["session"]["reference"] = "C-R(2026)0900"
    model = doc["agenda"][0]
    assert model["silence_procedures"] == []
    lists = ("positions", "outcomes", "action_items", "speakers", "interventions")
    per_item = 1 + sum(len(model[key]) for key in lists)
    items = (MAX_ENTRIES - len(doc["attendance"])) // per_item  # nearly 20,000 entries
    positions = items * len(model["positions"])
    # Statements of bells (each written \u0007: 6 bytes): nearly all the text a session holds.
    big = _large(doc, items=items, statement="\a" * ((MAX_TEXT - 60_000) // positions))
    path = write(tmp_path, big, compact=True)
    assert path.stat().st_size > 14 * 1024 * 1024

    assert main(["import", "--db", db, str(path)]) == 0
    assert capsys.readouterr().out.startswith("Imported C-R(2026)0900 of ")
    again = tmp_path / "again.json"
    assert main(["export", "--db", db, "--session", "C-R(2026)0900", "-o", str(again)]) == 0
    assert again.stat().st_size > path.stat().st_size * 1.15  # indented: larger
    assert check_problems(db, capsys) == []  # the stored session reads back

    elsewhere = tmp_path / "elsewhere.sqlite"
    assert main(["import", "--db", str(elsewhere), str(again)]) == 0
    last = tmp_path / "last.json"
    args = ["export", "--db", str(elsewhere), "--session", "C-R(2026)0900", "-o", str(last)]
    assert main(args) == 0
    assert last.read_bytes() == again.read_bytes()


def test_a_session_beyond_what_a_session_holds_is_refused_whole(
    db: str, engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = exported(db, tmp_path, capsys)
    doc["session"]["reference"] = "C-R(2026)0901"
    path = write(tmp_path, _large(doc, items=2_000, statement=""), compact=True)
    err = import_refused(db, engine, capsys, path)
    assert err == (
        "The file holds 72,037 objects, more than the 20,000 entries a session holds (agenda "
        "items, positions, letters, declarations, turns…), so it was not read further.\n"
    )
    assert not (tmp_path / "new.sqlite").exists()
    new = tmp_path / "new.sqlite"  # a refused file leaves no new database behind either
    capsys.readouterr()
    assert main(["import", "--db", str(new), str(path)]) == 2
    assert not new.exists()


def test_check_says_a_stored_session_is_beyond_a_limit_not_that_a_file_is_too_big(
    db: str, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    def grow(s: Session) -> None:  # stored by an older version, without limits
        first(s, AgendaItemRow).summary = "x" * (MAX_TEXT + 1)

    change(engine, grow)
    [problem] = check_problems(db, capsys)
    assert problem.startswith(f"{REF}: the session holds 2,00")
    assert problem.endswith(
        " characters of text; a session holds at most 2,000,000, so that it always fits in a "
        "session file."
    )


# ---------------------------------------------------------------------- 3. huge lists
def test_a_million_empty_entries_are_refused_at_once(
    db: str, engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = exported(db, tmp_path, capsys)
    doc["agenda"] = "AGENDA"
    text_ = json.dumps(doc, ensure_ascii=False, indent=2)
    path = tmp_path / "million.json"
    path.write_text(text_.replace('"AGENDA"', "[" + "{}, " * 999_999 + "{}]"), encoding="utf-8")
    assert path.stat().st_size > 4_000_000
    tracemalloc.start()
    started = time.perf_counter()
    try:
        err = import_refused(db, engine, capsys, path)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert err == (
        "The file holds 1,000,037 objects, more than the 20,000 entries a session holds "
        "(agenda items, positions, letters, declarations, turns…), so it was not read further.\n"
    )
    assert elapsed < 5, elapsed  # it took 84 s, every problem built
    assert peak < 150 * 1024 * 1024, peak  # it took 300 MB


def test_many_broken_entries_are_read_no_further_than_the_first_twenty_problems(
    db: str, engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = exported(db, tmp_path, capsys)
    doc["agenda"] = [{}] * 1_500  # 13 fields missing in each: 19,500 problems
    path = write(tmp_path, doc)
    started = time.perf_counter()
    err = import_refused(db, engine, capsys, path)
    assert time.perf_counter() - started < 3
    lines = err.splitlines()
    assert lines[0] == (
        "session.json is not a valid session file (more than 20 problems; the first 20 follow):"
    )
    assert lines[1] == 'agenda[0]: the field "title" is missing.'
    assert len(lines) == 22 and lines[-1] == "…and more; only the first 20 are shown."


# ---------------------------------------------------------------------- 4. references
@pytest.mark.parametrize(
    ("reference", "sentence"),
    [
        (
            f"{REF} ",
            f'session.reference: "{REF} " has spaces around it, so it would look like another '
            "reference without them; write it without the spaces.",
        ),
        (
            "   ",
            'session.reference: is only spaces; give the reference, or "" for a session '
            "without one.",
        ),
        (
            "C-R(2026)\u200b0042",
            "session.reference: holds an invisible character (U+200B), so it would look like "
            "another reference without it; remove it.",
        ),
    ],
)
def test_a_reference_that_would_look_like_another_is_refused(
    db: str,
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    reference: str,
    sentence: str,
) -> None:
    doc = exported(db, tmp_path, capsys)
    doc["session"]["reference"] = reference
    path = write(tmp_path, doc)
    for options in ((), ("--as-new",), ("--replace",)):
        assert import_refused(db, engine, capsys, path, *options) == sentence + "\n"


def test_check_reports_a_stored_reference_with_spaces_around_it(
    db: str, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    def pad(s: Session) -> None:  # imported by an older version
        first(s, SessionRow).reference = f"{REF} "

    change(engine, pad)
    assert check_problems(db, capsys) == [
        f'{REF} : session.reference: "{REF} " has spaces around it, so it would look like '
        "another reference without them; write it without the spaces."
    ]


# ---------------------------------------------------------------------- 5. control characters
HOSTILE = f"\x1b[2J\x1b[H{REF}\nC-R(2026)9999       2026-01-01  NAC"


def test_a_reference_holding_terminal_escapes_is_refused_and_never_printed_raw(
    db: str, engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = exported(db, tmp_path, capsys)
    doc["session"]["reference"] = HOSTILE[:60]
    err = import_refused(db, engine, capsys, write(tmp_path, doc))
    assert err == (
        "session.reference: holds a control character (U+001B), such as a line break, a tab "
        "or a terminal escape, which this one-line field cannot hold; remove it.\n"
    )


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        (
            "A\nB",
            "attendance[32].delegation: holds a control character (U+000A), such as a line "
            "break, a tab or a terminal escape, which this one-line field cannot hold; remove it.",
        ),
        (
            "../../etc",
            'attendance[32].delegation: "../../etc" is not a delegation\'s code; a code is '
            "letters and digits, with - _ or . inside, such as UKR, EU or IS.",
        ),
    ],
)
def test_a_delegation_code_is_letters_and_digits(
    db: str,
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    code: str,
    sentence: str,
) -> None:
    doc = exported(db, tmp_path, capsys)
    assert doc["attendance"][32]["delegation"] == "UKR"
    doc["attendance"][32]["delegation"] = code
    for item in doc["agenda"]:
        for position in item["positions"]:
            if position["delegation"] == "UKR":
                position["delegation"] = code
    errors = import_refused(db, engine, capsys, write(tmp_path, doc), "--as-new")
    assert errors == sentence + "\n"


def test_what_an_older_version_stored_reaches_the_terminal_escaped(
    db: str, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    def spoil(s: Session) -> None:
        first(s, SessionRow).reference = HOSTILE[:60]

    change(engine, spoil)
    capsys.readouterr()
    assert main(["sessions", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    header, row = out.splitlines()  # no row that is not there
    assert header.startswith("REFERENCE")
    assert row.startswith("\\u001b[2J\\u001b[HC-R(2026)0042\\nC-R(2026)9999")

    assert main(["sessions", "--db", db, "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert json.loads(out)[0]["reference"] == HOSTILE[:60]  # JSON says it exactly

    [problem] = check_problems(db, capsys)
    assert problem == (
        "\\u001b[2J\\u001b[HC-R(2026)0042\\nC-R(2026)9999       2026-01-01  NAC: "
        "session.reference: holds a control character (U+001B), such as a line break, a tab "
        "or a terminal escape, which this one-line field cannot hold; remove it."
    )


# ---------------------------------------------------------------------- 6. nonsense
def _removed_before_its_last_position(doc: Doc) -> None:
    item = doc["agenda"][0]
    item["removed_at"] = item["positions"][4]["recorded_at"]  # the next ones are later


def _first_position_in_1970(doc: Doc) -> None:
    doc["agenda"][0]["positions"][0]["recorded_at"] = "1970-01-01T00:00:00Z"


def _closed_but_never_opened(doc: Doc) -> None:
    doc["session"]["opened_at"] = None


def _a_million_warnings(doc: Doc) -> None:
    doc["agenda"][0]["outcomes"][0]["warnings"] = ["x"] * 1_000_000


def _eight_warnings(doc: Doc) -> None:
    doc["agenda"][0]["outcomes"][0]["warnings"] = [f"Warning {n}." for n in range(8)]


@pytest.mark.parametrize(
    ("spoil", "sentence"),
    [
        (_removed_before_its_last_position, "is after the item was taken off the agenda ("),
        (
            _first_position_in_1970,
            "agenda[0].positions[0].recorded_at: 1970-01-01T00:00:00Z is before the session was "
            "created (",
        ),
        (
            _closed_but_never_opened,
            "session.closed_at: the meeting closes, but opened_at says it never opened; give "
            "the time it opened, or set closed_at to null.",
        ),
        (
            _a_million_warnings,
            "agenda[0].outcomes[0].warnings: holds 1,000,000 entries; a list in a session (the "
            "positions of an item, the events of a silence procedure…) holds at most 2,000.",
        ),
        (
            _eight_warnings,
            "agenda[0].outcomes[0].warnings: holds 8 warnings; a declaration draws at most 7, "
            "one of each kind (import checks each declaration again and stores its own).",
        ),
    ],
)
def test_nonsense_in_a_file_is_refused(
    db: str,
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    spoil: Callable[[Doc], None],
    sentence: str,
) -> None:
    doc = exported(db, tmp_path, capsys)
    spoil(doc)
    err = import_refused(db, engine, capsys, write(tmp_path, doc, compact=True), "--as-new")
    assert sentence in err, err


def _opened_at_null(s: Session) -> None:
    first(s, SessionRow).opened_at = None


def _first_position_in_1970_stored(s: Session) -> None:
    item = first(s, AgendaItemRow)
    first(s, PositionEventRow, PositionEventRow.item_id == item.id).recorded_at = datetime(
        1970, 1, 1, tzinfo=UTC
    )


def _said_after_the_item_was_removed(s: Session) -> None:
    item = first(s, AgendaItemRow)
    last = s.scalars(
        select(PositionEventRow)
        .where(PositionEventRow.item_id == item.id)
        .order_by(PositionEventRow.id.desc())
    ).first()
    assert last is not None
    item.removed_at = last.recorded_at - timedelta(seconds=1)


def _eight_warnings_stored(s: Session) -> None:
    first(s, OutcomeDeclarationRow).warnings = "\n".join(f"Warning {n}." for n in range(8))


@pytest.mark.parametrize(
    ("spoil", "sentence"),
    [
        (
            _opened_at_null,
            f"{REF}: session.closed_at: the meeting closes, but opened_at says it never opened; "
            "give the time it opened, or set closed_at to null.",
        ),
        (
            _first_position_in_1970_stored,
            f"{REF}: agenda[0].positions[0].recorded_at: 1970-01-01T00:00:00Z is before the "
            "session was created (",
        ),
        (_said_after_the_item_was_removed, "is after the item was taken off the agenda ("),
        (
            _eight_warnings_stored,
            f"{REF}: agenda[0].outcomes[0].warnings: holds 8 warnings; a declaration draws at "
            "most 7, one of each kind",
        ),
    ],
)
def test_check_reports_nonsense_in_the_record(
    db: str,
    engine: Engine,
    capsys: pytest.CaptureFixture[str],
    spoil: Callable[[Session], None],
    sentence: str,
) -> None:
    assert check_problems(db, capsys) == []
    change(engine, spoil)  # another program, or an older version, wrote it
    problems = check_problems(db, capsys)
    assert problems and all(problem.startswith(f"{REF}: ") for problem in problems), problems
    assert any(sentence in problem for problem in problems), problems
