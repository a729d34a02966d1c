"""Minutes against the size of what they print: a statement's length, a session's items.

    .venv/bin/python bench/minutes_scale.py [--runs 3] [--json]

Sessions made for it on a throwaway database, through the services as an operator makes
them: one item on which France objects with a statement of 25,000, 100,000 or 400,000
characters; and sessions of 500 and 2,000 items, on each of which France objects with a
short statement and three delegations agree (2,000 items is the most a session holds, and
20,000 entries: ``desktop/services/limits.py``). Each is exported as the File menu and the
command line do (``export_minutes``, English), the median of a few runs after one untimed
run of the smallest (fonts, caches).

The figures are ratios within the run, each to the smaller case measured beside it (as
bench/startup.py measures the app against a bare window in the same run): the 400,000-
character statement against the 100,000 one, four times the text; the 2,000 items
against the 500, four times the items. Work that grows linearly gives about 4×.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.domain.positions import Position  # noqa: E402
from desktop.services import Workspace  # noqa: E402
from desktop.services.minutes import export_minutes  # noqa: E402

LENGTHS = (25_000, 100_000, 400_000)
ITEMS = (500, 2_000)
SENTENCE = (
    "the Council notes with concern that paragraph four of the draft text does not reflect "
    "the consensus reached at the last meeting and asks the Secretariat to revise it"
)
WORDS = SENTENCE.split()


def statement(length: int) -> str:
    """Words, about ``length`` characters, one paragraph (no line break)."""
    rng = random.Random(length)
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:length]


def _session(ws: Workspace, reference: str) -> int:
    detail = ws.sessions.create(
        body_kind="NAC",
        level="permanent_representatives",
        session_date=date(2026, 3, 12),
        reference=reference,
        opened_at=datetime(2026, 3, 12, 9, 0, tzinfo=UTC),
    ).value
    return detail.id


def with_statement(ws: Workspace, length: int) -> int:
    session = _session(ws, f"BENCH-STATEMENT-{length}")
    item = ws.agenda.add_item(session, "Draft conclusions").value.id
    ws.positions.log(item, "FRA", Position.OBJECTION, text=statement(length))
    ws.positions.all_agree_except(item, ())
    return session


def with_items(ws: Workspace, count: int) -> int:
    session = _session(ws, f"BENCH-ITEMS-{count}")
    for number in range(1, count + 1):
        item = ws.agenda.add_item(session, f"Item {number}: implementation report").value.id
        ws.positions.log(item, "FRA", Position.OBJECTION, text="France cannot agree yet.")
        for delegation in ("DEU", "ITA", "ESP"):
            ws.positions.log(item, delegation, Position.AGREE)
    return session


def median_time(export: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        export()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(runs: int) -> dict[str, Any]:
    figures: dict[str, Any] = {"statement_s": {}, "items_s": {}}
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "minutes.pdf"
        with Workspace.open(Path(folder) / "scale.sqlite") as ws:
            by_length = {length: with_statement(ws, length) for length in LENGTHS}
            by_count = {count: with_items(ws, count) for count in ITEMS}
            export_minutes(ws, by_length[LENGTHS[0]], "en", target)  # untimed: fonts, caches
            for length, session in by_length.items():
                figures["statement_s"][str(length)] = median_time(
                    lambda session=session: export_minutes(ws, session, "en", target), runs
                )
            for count, session in by_count.items():
                figures["items_s"][str(count)] = median_time(
                    lambda session=session: export_minutes(ws, session, "en", target), runs
                )
            figures["items_bytes"] = target.stat().st_size
    lengths, counts = figures["statement_s"], figures["items_s"]
    figures["statement_ratio"] = lengths[str(LENGTHS[-1])] / lengths[str(LENGTHS[-2])]
    figures["items_ratio"] = counts[str(ITEMS[-1])] / counts[str(ITEMS[-2])]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.runs)
    if args.json:
        print(json.dumps(figures))
        return 0
    for length, seconds in figures["statement_s"].items():
        print(f"a statement of {int(length):,} characters: {seconds:.2f} s")
    print(f"ratio, 4× the text: {figures['statement_ratio']:.1f}×")
    for count, seconds in figures["items_s"].items():
        print(f"{int(count):,} items: {seconds:.2f} s")
    print(f"ratio, 4× the items: {figures['items_ratio']:.1f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
