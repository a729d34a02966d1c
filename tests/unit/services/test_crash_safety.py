"""Crash safety: every position whose call returned survives a SIGKILL of the app's process.

A helper process (``crash_child``, so that pytest itself never forks) forks workers that
open a database through the services and log positions as fast as they can, and kills
each at a random moment: while it creates or upgrades the file, recovers the WAL the last
one left, sets the session up, or logs. Afterwards every file must pass what
``tourdetable check`` runs, every acknowledged position must be stored exactly, and every
stored one must be exactly one a worker tried to log (nothing half-written: its audit row
and its search entry come with it, or nothing does).

``TDT_CRASH_ROUNDS`` sets the number of kills (default 200), ``TDT_CRASH_SEED`` the seed
(default: a new one, printed). The figures of the run go to ``build/reliability/crash.json``.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import secrets
import sqlite3
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from db.backup import list_backups
from db.engine import create_sqlite_engine, file_uri
from db.integrity import integrity_problems
from db.migrate import MigrationError, current_revision, head_revision
from desktop.services.maintenance import check_file
from tests.unit.services.crash_child import (
    ACKS,
    FIXTURE,
    ITEMS,
    REFERENCE,
    digest,
    parse_tag,
    planned_call,
    tag,
)

ROOT = Path(__file__).resolve().parents[3]
REPORT = ROOT / "build" / "reliability" / "crash.json"
MIN_KILLS = 200
_ID_BITS = (1 << 37) - 1  # a search_index rowid is day << 40 | source id << 3 | kind code

Row = tuple[int, str, str, str, str]  # item id, delegation, position, text, paragraphs


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    stored: int = 0
    stored_unacknowledged: int = 0  # the call in flight had committed when the kill came
    lost: int = 0

    def add(self, problem: str) -> None:
        if len(self.problems) < 40:
            self.problems.append(problem)


def _expected(seed: int, round_no: int, call: int, items: list[int]) -> Row:
    plan = planned_call(seed, round_no, call)
    return (items[plan.item], plan.delegation, plan.position.value, plan.text, tag(round_no, call))


def _fixture_kept(con: sqlite3.Connection, found: Findings, name: str) -> None:
    """Every row of the schema-0001 fixture is still there, in the columns it had."""
    with contextlib.closing(sqlite3.connect(file_uri(FIXTURE, "ro"), uri=True)) as old:
        tables = [t for (t,) in old.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if table.startswith("sqlite_") or table == "alembic_version":
                continue
            new_columns = {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
            columns = [row[1] for row in old.execute(f"PRAGMA table_info({table})")]
            shared = ", ".join(c for c in columns if c in new_columns)
            before = set(old.execute(f"SELECT {shared} FROM {table}"))
            after = set(con.execute(f"SELECT {shared} FROM {table}"))
            if before - after:
                found.add(f"{name}: {len(before - after)} row(s) of {table} were lost or changed")


@dataclass
class Stored:
    """What a database holds of the crash session: events, audit rows, search entries."""

    items: list[int]
    rows: dict[int, Row]
    audited: Counter[int]
    indexed: dict[int, tuple[str, bool]]  # event id: (statement, marked old)


def _read(path: Path, upgraded: bool, found: Findings) -> Stored:
    report = check_file(path)  # what `tourdetable check` runs, on the file as the kill left it
    if not report.sound or report.revision != head_revision():
        found.add(f"{path.name}: check found {report.problems} at revision {report.revision}")
    with contextlib.closing(sqlite3.connect(path)) as con:
        if con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            found.add(f"{path.name}: SQLite's integrity check failed")
        con.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
        if upgraded:
            _fixture_kept(con, found, path.name)
        session = con.execute("SELECT id FROM sessions WHERE reference = ?", (REFERENCE,))
        (session_id,) = session.fetchone() or (None,)
        titles = dict(
            con.execute("SELECT title, id FROM agenda_items WHERE session_id = ?", (session_id,))
        )
        items = [titles.get(title, -1) for title in ITEMS]
        marks = ", ".join("?" * len(items))
        rows: dict[int, Row] = {
            event_id: tuple(rest)
            for event_id, *rest in con.execute(
                "SELECT id, item_id, delegation, position, text, paragraphs "
                f"FROM position_events WHERE item_id IN ({marks}) ORDER BY id",
                items,
            )
        }
        audited = Counter(
            entity_id
            for (entity_id,) in con.execute(
                "SELECT entity_id FROM audit_log WHERE action = 'position.logged' "
                "AND entity = 'position_event' AND session_id IS ?",
                (session_id,),
            )
        )
        indexed = {
            rowid >> 3 & _ID_BITS: (body, " old" in tags)
            for rowid, body, tags, item in con.execute(
                "SELECT rowid, body, tags, item_id FROM search_index WHERE kind = 'statement'"
            )
            if item in items
        }
    return Stored(items, rows, audited, indexed)


def _compare(name: str, db: Stored, acks: list[dict[str, Any]], seed: int, found: Findings) -> None:
    # Every stored event is exactly one call a worker made, stored once.
    by_call: dict[tuple[int, int], int] = {}
    for event_id, row in db.rows.items():
        called = parse_tag(row[4])
        if called is None or called in by_call:
            found.add(f"{name}: event {event_id} is no call of a worker, or a second one")
            continue
        by_call[called] = event_id
        if row != _expected(seed, *called, db.items):
            found.add(f"{name}: event {event_id} differs from what call {called} logged")
    found.stored += len(db.rows)

    # Every acknowledged call is stored, exactly as asked, under the id it returned.
    acked: dict[int, int] = defaultdict(int)
    for ack in acks:
        called = (ack["round"], ack["c"])
        want = _expected(seed, *called, db.items)
        got = (ack["item"], ack["delegation"], ack["position"], ack["sha"])
        if got != (*want[:3], digest(want[3])):
            found.add(f"{name}: call {called} returned {got}, not what it logged")
        if by_call.get(called) != ack["event"] or db.rows.get(ack["event"]) != want:
            found.lost += 1
            found.add(f"{name}: call {called} returned event {ack['event']}: not stored")
        acked[ack["round"]] += 1

    # In each round, the calls stored are those acknowledged, and perhaps the one in flight.
    stored_calls: dict[int, set[int]] = defaultdict(set)
    for round_no, call in by_call:
        stored_calls[round_no].add(call)
    for round_no, calls in stored_calls.items():
        count = acked[round_no]
        if calls not in (set(range(count)), set(range(count + 1))):
            found.add(f"{name}: round {round_no} stored calls {sorted(calls)[:10]}…")
        found.stored_unacknowledged += len(calls) - count

    # Each event came with its audit row, and its search entry when it has a statement.
    if set(db.audited) != set(db.rows) or any(n != 1 for n in db.audited.values()):
        found.add(f"{name}: audit rows do not match the events one for one")
    latest = {(row[0], row[1]): event_id for event_id, row in db.rows.items()}  # ids ascend
    statements = {
        event_id: (row[3], latest[row[0], row[1]] != event_id)
        for event_id, row in db.rows.items()
        if row[3]
    }
    if db.indexed != statements:
        found.add(f"{name}: the search index does not hold exactly the statements")


def _backups_left(folder: Path) -> dict[str, int]:
    """The backups the upgrades left, as the app lists them. A backup is written under a
    hidden name and linked under its own once whole, so a kill while writing one leaves a
    hidden partial file ("partial", removed by a later rotation), never an empty or half
    backup under a backup's name (which a restore could put in place of the database)."""
    kinds: Counter[str] = Counter()
    kinds["partial"] = len(list((folder / "backups").glob("*/.*")))
    for backup in (p for d in (folder / "backups").glob("*") for p in list_backups(d)):
        try:
            empty = current_revision(backup) is None
            kinds["damaged" if integrity_problems(backup) else "empty" if empty else "sound"] += 1
        except (sqlite3.DatabaseError, MigrationError):
            kinds["unreadable"] += 1
    return {kind: kinds[kind] for kind in ("sound", "partial", "empty", "unreadable", "damaged")}


def _pragmas(path: Path) -> dict[str, Any]:
    """The pragmas a connection of the app has (what the guarantee rests on)."""
    engine = create_sqlite_engine(path)
    try:
        with engine.connect() as connection:
            return {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("journal_mode", "synchronous")
            }
    finally:
        engine.dispose()


@pytest.mark.slow
def test_positions_whose_call_returned_survive_sigkill(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rounds = int(os.environ.get("TDT_CRASH_ROUNDS") or MIN_KILLS)
    seed = int(os.environ.get("TDT_CRASH_SEED") or secrets.randbelow(2**31))
    folder = tmp_path / "crash"
    started = time.monotonic()
    helper = subprocess.run(
        [sys.executable, "-W", "error", "-m", "tests.unit.services.crash_child", str(folder),
         "--rounds", str(rounds), "--seed", str(seed)],
        cwd=ROOT, capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert helper.returncode == 0, f"seed {seed}: {helper.stderr[-4000:]}"
    run = json.loads(helper.stdout.splitlines()[-1])

    checking = time.monotonic()
    acks = [json.loads(line) for line in (folder / ACKS).read_text("utf-8").splitlines()]
    found = Findings()
    for index in range(run["files"]):
        path = folder / f"crash-{index}.sqlite"
        stored = _read(path, upgraded=index % 2 == 1, found=found)
        _compare(path.name, stored, [a for a in acks if a["file"] == index], seed, found)
    finished = time.monotonic()

    figures = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        **{k: v for k, v in run.items() if k not in ("errors", "not_killed", "seconds")},
        "upgraded_files": run["files"] // 2,
        "acknowledged": len(acks),
        "stored": found.stored,
        "stored_not_acknowledged": found.stored_unacknowledged,
        "lost": found.lost,
        "backups_left": _backups_left(folder),
        "problems": len(found.problems) + len(run["errors"]) + len(run["not_killed"]),
        "helper_seconds": run["seconds"],
        "check_seconds": round(finished - checking, 2),
        "seconds": round(finished - started, 2),
        "pragmas": _pragmas(folder / "crash-0.sqlite"),
        "sqlite": sqlite3.sqlite_version,
        "python": platform.python_version(),
    }
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    with capsys.disabled():
        print(
            f"\ncrash safety: {figures['kills']} kills (seed {seed}), {len(acks)} positions "
            f"acknowledged, {found.lost} lost, {figures['problems']} problems, "
            f"{figures['seconds']} s; figures in {REPORT.relative_to(ROOT)}"
        )

    assert run["errors"] == [], f"seed {seed}"
    assert run["not_killed"] == [], f"seed {seed}"
    assert found.problems == [], f"seed {seed}"
    assert found.lost == 0
    assert figures["backups_left"]["empty"] == figures["backups_left"]["damaged"] == 0
    assert run["kills"] >= min(rounds, MIN_KILLS)
    # Each round killed while logging had its first call acknowledged before the kill.
    assert len(acks) >= run["kills_while_logging"] > 0
    if rounds >= MIN_KILLS:  # the kills landed everywhere (dozens expected of each)
        assert run["kills_before_first_ack"] > 0
        assert run["kills_opening_a_file_not_yet_set_up"] > 0
        assert found.stored_unacknowledged > 0  # some kills fell between commit and reply


# ---------------------------------------------------------------------- the check itself
def _clean_run(seed: int) -> tuple[Stored, list[dict[str, Any]]]:
    """Round 0 acknowledged calls 0 to 2 (events 1 to 3), and call 3 committed unseen."""
    items = [11, 12, 13]
    rows = {n + 1: _expected(seed, 0, n, items) for n in range(4)}
    acks = [
        {"round": 0, "c": n, "event": n + 1, "item": rows[n + 1][0],
         "delegation": rows[n + 1][1], "position": rows[n + 1][2], "sha": digest(rows[n + 1][3])}
        for n in range(3)
    ]  # fmt: skip
    latest = {(row[0], row[1]): event_id for event_id, row in rows.items()}
    indexed = {i: (row[3], latest[row[0], row[1]] != i) for i, row in rows.items() if row[3]}
    return Stored(items, rows, Counter(list(rows)), indexed), acks


def _lose(db: Stored) -> None:
    del db.rows[2], db.audited[2]
    db.indexed.pop(2, None)


def _alter(db: Stored) -> None:
    item, delegation, position, text, paragraphs = db.rows[1]
    db.rows[1] = (item, delegation, position, text + "…", paragraphs)


def _add_untried(db: Stored) -> None:
    db.rows[9] = (11, "FRA", "agree", "", "4.2")
    db.audited[9] = 1


def _skip_audit(db: Stored) -> None:
    del db.audited[3]


def _skip_index(db: Stored) -> None:
    db.indexed.clear()
    db.indexed[99] = ("", False)


@pytest.mark.parametrize("damage", [_lose, _alter, _add_untried, _skip_audit, _skip_index])
def test_the_check_finds_lost_altered_untried_and_half_written_events(damage: Any) -> None:
    seed = 7
    db, acks = _clean_run(seed)
    clean = Findings()
    _compare("clean", db, acks, seed, clean)
    assert (clean.problems, clean.stored, clean.stored_unacknowledged) == ([], 4, 1)

    damage(db)
    found = Findings()
    _compare("damaged", db, acks, seed, found)
    assert found.problems
    assert found.lost == (1 if damage in (_lose, _alter) else 0)  # not stored *exactly*
