"""Archive search on the archive: p50 and p95 over a set of queries.

    .venv/bin/python bench/search.py ARCHIVE [--passes 5] [--json]

The queries are what a secretariat looks for: delegations (with their accents or scripts),
topics, phrases, document and letter references, French words, words being typed (a
prefix), common words that match a good part of the archive, and searches narrowed by the
filters of the search window. Each is timed as the window's worker runs it
(``SearchService.search``, 200 results at most), over a few passes after an untimed one.
A delegation's history, for a few delegations, is timed too (not one of the six figures).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.services import Workspace  # noqa: E402

QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("Türkiye", {}),
    ("Turkiye paragraph", {}),
    ("România", {}),
    ("България", {}),
    ("Le Luxembourg", {}),
    ("Hungary reserves", {}),
    ("undersea infrastructure", {}),
    ("climate change and security", {}),
    ("Black Sea", {}),
    ("KFOR", {}),
    ("Ukraine", {}),
    ("cyber defence pledge", {}),
    ("air policing Western Balkans", {}),
    ("NATO Mission Iraq", {}),
    ("burden-sharing", {}),
    ("accession talks", {}),
    ("host nation support", {}),
    ('"reserves its position"', {}),
    ('"national procurement rules"', {}),
    ("PO(2019)0123", {}),
    ("C-M(2023)0456", {}),
    ("HUN/DEL/2024", {}),
    ("réserve", {}),
    ("incidences financières", {}),
    ("note de bas de page", {}),
    ("Conseil de l'Atlantique Nord", {}),
    ("Turk", {}),
    ("undersea infra", {}),
    ("cyb", {}),
    ("parliam", {}),
    ("Council", {}),
    ("paragraph", {}),
    ("the Alliance", {}),
    ("capital", {}),
    ("paragraph", {"delegation": "FRA"}),
    ("reserve", {"position": "reservation"}),
    ("budget", {"body": "MC"}),
    ("Ukraine", {"date_from": date(2024, 1, 1), "date_to": date(2024, 12, 31)}),
    ("statement", {"level": "foreign_ministers"}),
    ("paragraph", {"kinds": ["letter"]}),
    ("scrutiny reserve", {"history": True}),
    ("paragraph", {"delegation": "ISL", "position": "objection", "history": True}),
]
HISTORIES = ["TUR", "FRA", "USA", "HUN"]


def _percentile(values: list[float], percent: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(percent / 100 * len(ordered)) - 1))
    return ordered[rank]


def measure(archive: Path, passes: int) -> dict[str, Any]:
    times: list[float] = []
    slowest: dict[str, float] = {}
    with Workspace.open(archive) as ws:
        for query, filters in QUERIES:  # untimed: the page cache
            ws.search.search(query, **filters)
        for _ in range(passes):
            for query, filters in QUERIES:
                started = time.perf_counter()
                ws.search.search(query, **filters)
                elapsed = time.perf_counter() - started
                times.append(elapsed)
                label = query + (f" {filters}" if filters else "")
                slowest[label] = max(slowest.get(label, 0.0), elapsed)
        history = []
        for code in HISTORIES:
            started = time.perf_counter()
            entries = ws.search.delegation_history(code)
            history.append((code, len(entries), time.perf_counter() - started))
    worst = sorted(slowest.items(), key=lambda pair: -pair[1])[:5]
    return {
        "queries": len(QUERIES),
        "timings": len(times),
        "p50_s": _percentile(times, 50),
        "p95_s": _percentile(times, 95),
        "max_s": max(times),
        "slowest": worst,
        "history": [{"delegation": code, "entries": n, "seconds": s} for code, n, s in history],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.archive, args.passes)
    if args.json:
        print(json.dumps(figures, default=str))
    else:
        print(
            f"archive search: p50 {figures['p50_s'] * 1000:.1f} ms, "
            f"p95 {figures['p95_s'] * 1000:.1f} ms over {figures['timings']} searches"
        )
        for label, seconds in figures["slowest"]:
            print(f"  {seconds * 1000:6.1f} ms  {label}")
        for row in figures["history"]:
            print(
                f"history of {row['delegation']}: {row['entries']} entries in "
                f"{row['seconds'] * 1000:.0f} ms"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
