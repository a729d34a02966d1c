"""The crash test's helper process: it forks workers that log positions, and SIGKILLs them.

Run by ``test_crash_safety.py`` (never by pytest directly, which may hold Qt threads)::

    python -m tests.unit.services.crash_child DIR --rounds N --seed S

The helper imports the services once, single-threaded (and warms them up on a file of
its own, closed before any fork), then for each round forks a worker. The worker opens a
Workspace on the round's database file (creating or upgrading it, and setting up the
session when an earlier worker was killed before it could), then logs positions as fast as
it can. It writes one line to a pipe before each call and one after it returns (the
acknowledgement). The helper reads the pipe, SIGKILLs the worker at a seeded random moment
(see :func:`_plan`), copies the acknowledgements to the append-only ``DIR/acks.jsonl``
(flushed each round) and goes on. Every ``--per-file`` rounds (20) it moves to a new file:
an even one is created from nothing, an odd one starts as a copy of the schema-0001
fixture, so kills also land in the creation of a database and in a real upgrade. The last
line on stdout is the run's figures as JSON; the test checks the files against the
acknowledgements.

What each call logs is :func:`planned_call` of (seed, round, call): the test computes it
again, so it can tell that every stored event is one a worker tried to log, exactly.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import random
import select
import shutil
import signal
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

from desktop.domain.positions import Position
from desktop.services import Workspace

REFERENCE = "C-R(2099)0666"
SESSION_DATE = date(2024, 5, 2)
ITEMS = ("Crash item: the work programme", "Crash item: Česko–Türkiye", "Crash item: 日本 «pê»")
DELEGATIONS = ("FRA", "DEU", "TUR", "CZE", "GRC", "NOR", "HUN", "ITA", "POL", "GBR", "USA", "SWE")
FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "schema_0001.sqlite"
ACKS = "acks.jsonl"
MAX_CALLS = 100_000  # a worker nobody kills stops on its own; the helper reports it
_WORDS = (
    "The", "delegation", "réserve", "Türkiye", "Česko", "Ελλάδα", "Україна", "Ísland",
    "Łódź", "«quoted»", "—", "§ 4.2", "日本語", "🇪🇺", "paragraph", "ad referendum",
    "O'Neill", '"silence"', "a;b--", "\n", "\t", "ﬁnal", "Ⅻ", "z\u0301",
)  # fmt: skip
_POSITIONS = tuple(Position)


@dataclass(frozen=True, slots=True)
class Call:
    """What one call of ``positions.log`` logs: item by its index in ITEMS."""

    item: int
    delegation: str
    position: Position
    text: str
    paragraphs: tuple[str, ...]


def tag(round_no: int, call: int) -> str:
    """The paragraph name every logged event carries: which round and call logged it."""
    return f"r{round_no}-{call}"


def parse_tag(paragraphs: str) -> tuple[int, int] | None:
    if not paragraphs.startswith("r") or "-" not in paragraphs:
        return None
    round_no, _, call = paragraphs[1:].partition("-")
    if not (round_no.isdigit() and call.isdigit()):
        return None
    return int(round_no), int(call)


def planned_call(seed: int, round_no: int, call: int) -> Call:
    """The call, the same in the worker and in the test. Most statements are short, a
    third are bare positions, and one in ten runs to thousands of characters (several
    database pages)."""
    rng = random.Random(f"{seed}:{round_no}:{call}")
    size = rng.random()
    if size < 0.3:
        count = 0
    elif size < 0.75:
        count = rng.randint(1, 12)
    elif size < 0.9:
        count = rng.randint(30, 300)
    else:
        count = rng.randint(800, 4000)
    words = [rng.choice(_WORDS) for _ in range(count)]
    text = " ".join(words).strip() if count else ""
    return Call(
        item=rng.randrange(len(ITEMS)),
        delegation=rng.choice(DELEGATIONS),
        position=rng.choice(_POSITIONS),
        text=text,
        paragraphs=(tag(round_no, call),),
    )


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def database(folder: Path, round_no: int, per_file: int) -> tuple[int, Path]:
    index = round_no // per_file
    return index, folder / f"crash-{index}.sqlite"


# ---------------------------------------------------------------------- the worker
def _emit(fd: int, record: dict[str, Any]) -> None:
    """One line, one write: under PIPE_BUF bytes, so a kill never leaves half of it."""
    record["t"] = time.monotonic()  # the same clock in every process of the machine
    line = (json.dumps(record, ensure_ascii=True) + "\n").encode()
    assert len(line) < select.PIPE_BUF
    os.write(fd, line)


def _session_items(ws: Workspace) -> list[int]:
    """The crash session's items, set up by whichever worker gets there first: each step
    is its own transaction, so a worker killed half-way leaves the next one less to do."""
    found = [s.id for s in ws.sessions.list_sessions() if s.reference == REFERENCE]
    if found:
        session_id = found[0]
    else:
        session_id = ws.sessions.create(
            body_kind="NAC",
            level="permanent_representatives",
            session_date=SESSION_DATE,
            reference=REFERENCE,
        ).value.id
    have = {item.title: item.id for item in ws.sessions.get(session_id).items}
    for title in ITEMS:
        if title not in have:
            have[title] = ws.agenda.add_item(session_id, title).value.id
    return [have[title] for title in ITEMS]


def _work(path: Path, seed: int, round_no: int, items: list[int], fd: int) -> NoReturn:
    helper = os.getppid()
    try:
        ws = Workspace.open(path)
        _emit(fd, {"k": "open"})
        items = items or _session_items(ws)
        _emit(fd, {"k": "ready", "items": items})
        for call in range(MAX_CALLS):
            if os.getppid() != helper:  # the helper is gone (killed by a timeout): stop
                os._exit(4)
            plan = planned_call(seed, round_no, call)
            _emit(fd, {"k": "call", "c": call})
            entry = ws.positions.log(
                items[plan.item],
                plan.delegation,
                plan.position,
                text=plan.text,
                paragraphs=plan.paragraphs,
            ).value
            _emit(
                fd,
                {
                    "k": "ack",
                    "c": call,
                    "event": entry.event_id,
                    "item": entry.item_id,
                    "delegation": entry.delegation,
                    "position": entry.position.value,
                    "sha": digest(entry.text),
                },
            )
    except BaseException as error:  # reported to the helper, which fails the run
        _emit(fd, {"k": "error", "error": ascii(error)[:600]})
        os._exit(3)
    os._exit(0)


# ---------------------------------------------------------------------- the helper
EARLY = "early"  # killed at a random moment after the fork: opening, setting up, first call
LOGGING = "logging"  # killed at a random moment after the first acknowledgement
_NO_ACK_CAP = 20.0  # seconds: a worker that acknowledges nothing by then is killed anyway


@dataclass(slots=True)
class Round:
    number: int
    file: int
    mode: str
    delay: float  # seconds after the fork (early) or after the first acknowledgement
    new_file: bool = False  # no worker had set the file up yet: it is created or upgraded
    killed: bool = False
    exit: str = ""
    phase: str = "opening"  # where the kill landed: opening, setting up, between, in a call
    acks: int = 0
    error: str = ""
    opened_ms: float | None = None  # after the fork
    first_ack_ms: float | None = None


class _Pipe:
    """The worker's lines as they arrive: the round's phase, and its acknowledgements,
    copied to the acknowledgement file."""

    def __init__(self, rnd: Round, start: float, items: list[int], acks: TextIO) -> None:
        self.rnd, self.start, self.items, self.acks = rnd, start, items, acks
        self.rest = b""
        self.first_ack_at: float | None = None

    def feed(self, data: bytes) -> None:
        *lines, self.rest = (self.rest + data).split(b"\n")
        for line in lines:
            self._line(json.loads(line))

    def _line(self, record: dict[str, Any]) -> None:
        rnd, kind = self.rnd, record["k"]
        if kind == "open":
            rnd.phase = "setting up"
            rnd.opened_ms = (record["t"] - self.start) * 1000
        elif kind == "ready":
            rnd.phase = "between calls"
            self.items[:] = record["items"]
        elif kind == "call":
            rnd.phase = "in a call"
        elif kind == "ack":
            if record["c"] != rnd.acks:
                rnd.error = f"acknowledgement {record['c']} came out of order"
            if not rnd.acks:
                rnd.first_ack_ms = (record["t"] - self.start) * 1000
                self.first_ack_at = time.monotonic()
            rnd.acks += 1
            rnd.phase = "between calls"
            record.update(round=rnd.number, file=rnd.file)
            self.acks.write(json.dumps(record) + "\n")
        else:
            rnd.error = record.get("error", repr(record))


def _run_round(rnd: Round, path: Path, seed: int, items: list[int], acks: TextIO) -> None:
    read_fd, write_fd = os.pipe()
    acks.flush()  # nothing of the helper's buffers goes into the worker
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _work(path, seed, rnd.number, items, write_fd)
    os.close(write_fd)
    pipe = _Pipe(rnd, start, items, acks)
    try:
        deadline = start + (rnd.delay if rnd.mode == EARLY else _NO_ACK_CAP)
        while True:
            if rnd.mode == LOGGING and pipe.first_ack_at is not None:
                deadline = min(deadline, pipe.first_ack_at + rnd.delay)
            left = deadline - time.monotonic()
            if left <= 0:
                break
            if select.select([read_fd], [], [], left)[0]:
                chunk = os.read(read_fd, 65536)
                if not chunk:
                    break  # the worker ended on its own
                pipe.feed(chunk)
        os.kill(pid, signal.SIGKILL)  # a worker that already exited is a zombie: no error
        _, status = os.waitpid(pid, 0)
        while chunk := os.read(read_fd, 65536):  # what it wrote before the kill
            pipe.feed(chunk)
    finally:
        os.close(read_fd)
    acks.flush()
    if pipe.rest:
        rnd.error = f"a torn line in the pipe: {pipe.rest[:80]!r}"
    if os.WIFSIGNALED(status):
        rnd.killed = os.WTERMSIG(status) == signal.SIGKILL
        rnd.exit = signal.Signals(os.WTERMSIG(status)).name
    else:
        rnd.exit = f"exit {os.WEXITSTATUS(status)}"


def _plan(rng: random.Random, number: int, file: int, ready: bool, recent: list[float]) -> Round:
    """When to kill. Until a worker has set the file up, three kills in four anywhere in its
    creation or upgrade (a backup, then the migrations in one transaction) and the setup,
    the fourth after the first acknowledgement, so that the file is set up at last. Then a
    fifth anywhere before the first acknowledgement usually comes (the opening, with the
    recovery of the last worker's WAL, and the first call, for which a new engine compiles
    its SQL), the rest while logging. Measured, not fixed, so that a busy machine shifts
    the kills rather than losing the logging ones."""
    first_ack = statistics.median(recent[-20:]) if recent else 0.1
    if rng.random() < (0.2 if ready else 0.75):
        return Round(number, file, EARLY, rng.uniform(0, first_ack * (1 if ready else 1.5)))
    return Round(number, file, LOGGING, rng.uniform(0, 0.06))


def _warm_up(path: Path) -> None:
    """Do once in the helper what every process does once (load the migration scripts,
    configure the mappers...), so that the workers spend their time on the database. No
    connection survives it: a worker must not inherit one."""
    with Workspace.open(path) as ws:
        items = _session_items(ws)
        ws.positions.log(items[0], DELEGATIONS[0], Position.AGREE, text="warm-up")
    gc.collect()
    fds = os.listdir("/proc/self/fd") if os.path.isdir("/proc/self/fd") else []
    held = [target for fd in fds if ".sqlite" in (target := _fd_target(fd))]
    if held:
        raise RuntimeError(f"the helper still holds {held} after its warm-up")


def _fd_target(fd: str) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:  # the listing's own descriptor, closed since
        return ""


def run(folder: Path, rounds: int, seed: int, per_file: int) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    done: list[Round] = []
    items: dict[int, list[int]] = {}  # a file's item ids, once a worker has set it up
    recent: list[float] = []  # seconds to the first acknowledgement on a set-up file
    _warm_up(folder / "warm-up.sqlite")
    gc.freeze()  # the workers do not copy the helper's pages to collect its garbage
    start = time.monotonic()
    with (folder / ACKS).open("a", encoding="utf-8") as acks:
        for number in range(rounds):
            index, path = database(folder, number, per_file)
            if number % per_file == 0 and index % 2 == 1:
                shutil.copyfile(FIXTURE, path)
            known = items.setdefault(index, [])
            rnd = _plan(rng, number, index, bool(known), recent)
            rnd.new_file = not known
            _run_round(rnd, path, seed, known, acks)
            if known and rnd.first_ack_ms is not None and rnd.phase != "setting up":
                recent.append(rnd.first_ack_ms / 1000)
            done.append(rnd)
    return _figures(done, seed, per_file, time.monotonic() - start)


def _figures(done: list[Round], seed: int, per_file: int, seconds: float) -> dict[str, Any]:
    early = [r for r in done if r.mode == EARLY]
    return {
        "rounds": len(done),
        "seed": seed,
        "files": len({rnd.file for rnd in done}),
        "per_file": per_file,
        "kills": sum(rnd.killed for rnd in done),
        "kills_early": len(early),
        "kills_while_logging": len(done) - len(early),
        "kills_before_first_ack": sum(rnd.killed and not rnd.acks for rnd in done),
        "kills_opening_a_file_not_yet_set_up": sum(
            rnd.new_file and rnd.phase == "opening" for rnd in done
        ),
        "kill_phase": dict(Counter(rnd.phase for rnd in done)),
        "acknowledged": sum(rnd.acks for rnd in done),
        "max_acks_in_a_round": max(rnd.acks for rnd in done),
        "median_ms_to_open": _median([r.opened_ms for r in done]),
        "median_ms_to_first_ack": _median([r.first_ack_ms for r in done]),
        "not_killed": [f"round {r.number}: {r.exit}" for r in done if not r.killed],
        "errors": [f"round {r.number}: {r.error}" for r in done if r.error],
        "seconds": round(seconds, 2),
    }


def _median(values: list[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return round(statistics.median(known), 1) if known else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Log positions and SIGKILL, many times.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--per-file", type=int, default=20)
    args = parser.parse_args(argv)
    figures = run(args.folder, args.rounds, args.seed, args.per_file)
    print(json.dumps(figures, ensure_ascii=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
