"""Minutes export on the archive: a 40-item and a 300-item session, to PDF.

    .venv/bin/python bench/minutes.py ARCHIVE [--runs 3] [--json]

``export_minutes`` as the File menu and the command line call it (desktop/services/minutes.py),
in English, for the archive's ``BENCH-40`` and ``BENCH-300`` sessions: every member's position
on every item, with statements. The median of a few runs after one untimed run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import BENCH_40, BENCH_300  # noqa: E402
from desktop.services import Workspace  # noqa: E402
from desktop.services.minutes import export_minutes  # noqa: E402


def measure(archive: Path, runs: int) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    with Workspace.open(archive) as ws, tempfile.TemporaryDirectory() as folder:
        for reference in (BENCH_40, BENCH_300):
            summary = ws.files.session_by_reference(reference)
            assert summary is not None, f"the archive has no session {reference}"
            target = Path(folder) / f"{reference}.pdf"
            export_minutes(ws, summary.id, "en", target)  # untimed: fonts, caches
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                export_minutes(ws, summary.id, "en", target)
                times.append(time.perf_counter() - started)
            figures[reference] = {
                "items": summary.item_count,
                "median_s": statistics.median(times),
                "bytes": target.stat().st_size,
            }
    figures["ratio"] = figures[BENCH_300]["median_s"] / figures[BENCH_40]["median_s"]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.archive, args.runs)
    if args.json:
        print(json.dumps(figures))
    else:
        for reference in (BENCH_40, BENCH_300):
            row = figures[reference]
            print(f"minutes of {row['items']} items: {row['median_s']:.2f} s")
        print(f"ratio: {figures['ratio']:.1f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
