"""``make bench``: build (or reuse) the archive, run the seven measurements, print the figures
and write them to docs/performance.md with the machine they ran on.

    .venv/bin/python bench/run.py [--sessions 2000] [--keys 1000] [--runs 7] [--no-write]

Each measurement runs in a process of its own (bench/startup.py, gui.py, minutes.py,
search.py, minutes_scale.py), one after the other, offscreen. docs/performance.md keeps
what is written by hand; only the part between its ``bench:start`` and ``bench:end`` marks
is replaced. Benchmarks are not tests: nothing here runs in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import BENCH_40, BENCH_300, DEFAULT_SESSIONS, ensure_archive  # noqa: E402

REPORT = ROOT / "docs" / "performance.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"
MiB = 2**20


def _run(script: str, *arguments: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(ROOT / "bench" / script), *arguments, "--json"]
    print(f"… {script}", file=sys.stderr, flush=True)
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench/{script} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def machine() -> dict[str, str]:
    model = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 2**20:.1f} GiB"
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    return {
        "CPU": f"{model}, {os.cpu_count()} logical CPUs",
        "RAM": memory,
        "System": platform.platform(),
        "Python": platform.python_version(),
        "PySide6 / Qt": f"{PySide6.__version__} / {qVersion()}",
        "SQLite / SQLAlchemy": f"{sqlite3.sqlite_version} / {sqlalchemy.__version__}",
    }


def figures(results: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """(what, measured, budget, met) for the seven figures."""
    start, gui = results["startup"], results["gui"]
    minutes, search = results["minutes"], results["search"]
    paint = start["first_paint_s"]
    logging = gui["log_position_s"]
    opening = gui["open_40_s"]["median"]
    m40, m300 = minutes[BENCH_40]["median_s"], minutes[BENCH_300]["median_s"]
    bare_rss = start["peak_rss_bytes"]["bare"]
    app_rss = max(start["peak_rss_bytes"]["app"], gui["peak_rss_bytes"])
    allowed_rss = 1.5 * bare_rss + 100 * MiB
    scale = results["minutes_scale"]
    lengths, counts = scale["statement_s"], scale["items_s"]
    return [
        (
            "1. Start-up to the first painted window",
            _start_up(start),
            "≤ 1.5× the bare window (its floor)",
            paint["ratio"] <= 1.5 and start.get("bundle", {}).get("ratio", 0) <= 1.5,
        ),
        (
            "2. Logging a position, key to stored (and to shown)",
            _logging(logging),
            "stored p50 ≤ 2 ms, p99 ≤ 8 ms; shown p50 ≤ 2 ms, p99 ≤ 8 ms",
            logging["stored_p50"] <= 0.002
            and logging["stored_p99"] <= 0.008
            and logging["p50"] <= 0.002
            and logging["p99"] <= 0.008,
        ),
        (
            "3. Opening a 40-item session into the grid",
            f"{opening * 1000:.0f} ms (median of {gui['open_40_s']['runs']})",
            "≤ 50 ms",
            opening <= 0.050,
        ),
        (
            "4. Minutes export, 40 and 300 items",
            f"{m40:.2f} s and {m300:.2f} s ({minutes['ratio']:.1f}×)",
            "40 items ≤ 1 s; 300 items ≤ 8× that",
            m40 <= 1.0 and minutes["ratio"] <= 8,
        ),
        (
            "5. Archive search",
            f"p50 {search['p50_s'] * 1000:.1f} ms, p95 {search['p95_s'] * 1000:.1f} ms"
            f" ({search['queries']} queries × {search['timings'] // search['queries']})",
            "p95 ≤ 30 ms (issue 24)",
            search["p95_s"] <= 0.030,
        ),
        (
            "6. Peak memory (RSS) with the archive open",
            f"app {app_rss / MiB:.0f} MiB, bare window {bare_rss / MiB:.0f} MiB",
            f"≤ 1.5× bare + 100 MiB = {allowed_rss / MiB:.0f} MiB",
            app_rss <= allowed_rss,
        ),
        (
            "7. Minutes against size: a statement of 100,000 and 400,000 characters; "
            "500 and 2,000 items",
            f"{lengths['100000']:.2f} s and {lengths['400000']:.2f} s "
            f"({scale['statement_ratio']:.1f}×); {counts['500']:.1f} s and "
            f"{counts['2000']:.1f} s ({scale['items_ratio']:.1f}×)",
            "≤ 5× for 4× the text, and for 4× the items (linear: 4×)",
            scale["statement_ratio"] <= 5 and scale["items_ratio"] <= 5,
        ),
    ]


def report(results: dict[str, Any], archive: dict[str, Any]) -> str:
    lines = [
        START,
        f"Measured {results['when']} by `make bench` on this machine:",
        "",
        "| | |",
        "|---|---|",
        *(f"| {name} | {value} |" for name, value in results["machine"].items()),
        "",
        f"The archive: {archive.get('sessions', '?')} sessions, "
        f"{archive.get('agenda_items', '?')} agenda items, "
        f"{archive.get('position_events', '?')} position events, "
        f"{archive.get('silence_procedures', '?')} silence procedures, "
        f"{archive.get('search_index', '?')} rows in the search index; "
        f"{archive.get('bytes', 0) / MiB:.0f} MiB (bench/generate.py).",
        "",
        "| Figure | Measured | Budget | |",
        "|---|---|---|---|",
    ]
    for name, value, budget, met in figures(results):
        lines.append(f"| {name} | {value} | {budget} | {'met' if met else '**missed**'} |")
    start, gui, search = results["startup"], results["gui"], results["search"]
    lines += [
        "",
        "Details:",
        "",
        _start_up_details(start),
        f"- peak RSS: app at start-up {start['peak_rss_bytes']['app'] / MiB:.0f} MiB, app after "
        f"opening sessions and logging {gui['log_position_s']['keys']} positions "
        f"{gui['peak_rss_bytes'] / MiB:.0f} MiB;",
        _per_key(gui["log_position_s"]),
        _scale(results["minutes_scale"]),
        "- slowest searches: "
        + "; ".join(f"{label} {seconds * 1000:.0f} ms" for label, seconds in search["slowest"])
        + ";",
        "- a delegation's history: "
        + "; ".join(
            f"{row['delegation']} {row['entries']} entries in {row['seconds'] * 1000:.0f} ms"
            for row in search["history"]
        )
        + ".",
        END,
    ]
    return "\n".join(lines)


def _start_up(start: dict[str, Any]) -> str:
    """Figure 1: the dev install's first paint and the bundle's, each beside the floor."""
    bare = start["first_paint_s"]["bare"]
    text = (
        f"app {start['first_paint_s']['app'] * 1000:.0f} ms, bare PySide6 window "
        f"{bare * 1000:.0f} ms ({start['first_paint_s']['ratio']:.2f}×)"
    )
    bundle = start.get("bundle")
    if bundle is not None:
        text += f"; bundle {bundle['painted'] * 1000:.0f} ms ({bundle['ratio']:.2f}×)"
    elif start.get("bundle_skipped"):
        text += f"; bundle not measured ({start['bundle_skipped']})"
    return text


def _start_up_details(start: dict[str, Any]) -> str:
    """What start-up did besides its first paint (older results: what they have)."""
    app, bare = start.get("app"), start.get("bare")
    if not app or not bare or "filled" not in app:
        return "- start-up: no more figures (an older bench/startup.py);"
    line = (
        f"- start-up, CPU to the first paint: app {app['painted_cpu'] * 1000:.0f} ms, bare "
        f"window {bare['painted_cpu'] * 1000:.0f} ms ({app['cpu_ratio']:.2f}×); the window "
        f"filled (the archive open, its sessions listed, painted) at "
        f"{app['filled'] * 1000:.0f} ms ({app['filled_ratio']:.1f}× the floor)"
    )
    bundle = start.get("bundle")
    if bundle is not None and "filled" in bundle:
        line += f", the bundle's at {bundle['filled'] * 1000:.0f} ms"
    return line + ";"


def _logging(logging: dict[str, Any]) -> str:
    """Figure 2: stored and shown, each beside its floor when measured."""
    text = (
        f"stored p50 {logging['stored_p50'] * 1000:.1f} ms, p99 "
        f"{logging['stored_p99'] * 1000:.1f} ms; shown p50 {logging['p50'] * 1000:.1f} ms, "
        f"p99 {logging['p99'] * 1000:.1f} ms ({logging['keys']} keys)"
    )
    floor, shown = logging.get("floor"), logging.get("shown_floor")
    tight = logging.get("floor_tight")
    if floor:
        text += (
            f"; floor of stored (sqlite3 insert + commit, WAL, synchronous="
            f"{floor['synchronous']}, {floor.get('gap_s', 0) * 1000:.0f} ms apart as the keys) "
            f"p50 {floor['p50'] * 1000:.2f} ms, p99 {floor['p99'] * 1000:.2f} ms: "
            f"{logging['stored_p50'] / floor['p50']:.1f}× and "
            f"{logging['stored_p99'] / floor['p99']:.1f}×"
        )
    if tight:
        text += (
            f" (in a tight loop p50 {tight['p50'] * 1000:.2f} ms, p99 "
            f"{tight['p99'] * 1000:.2f} ms: {logging['stored_p50'] / tight['p50']:.1f}× and "
            f"{logging['stored_p99'] / tight['p99']:.1f}×)"
        )
    if shown:
        text += (
            f"; floor of shown (a bare QTableView's cell repainted) p50 "
            f"{shown['p50'] * 1000:.2f} ms: {logging['p50'] / shown['p50']:.1f}×"
        )
    return text


def _per_key(logging: dict[str, Any]) -> str:
    """What each key cost, counted (steadier than the times on a shared machine)."""
    each = logging.get("per_key")
    if not each:
        return "- logging: no counts (an older bench/gui.py);"
    return (
        f"- logging, each key: {each['transactions']:.2f} transactions, "
        f"{each['statements']:.1f} SQL statements, {each['tasks']:.2f} tasks on the worker "
        f"({each['worker_s'] * 1000:.1f} ms), {each['cells_painted']:.1f} grid cells painted;"
    )


def _scale(scale: dict[str, Any]) -> str:
    """Every size the minutes were measured at (figure 7 names two of each)."""
    lengths = "; ".join(f"{int(n):,} characters {t:.2f} s" for n, t in scale["statement_s"].items())
    counts = "; ".join(f"{int(n):,} items {t:.1f} s" for n, t in scale["items_s"].items())
    return f"- minutes, a statement of {lengths}; a session of {counts};"


def write(block: str) -> None:
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else ""
    if START in text and END in text:
        before, _, rest = text.partition(START)
        _, _, after = rest.partition(END)
        text = before + block + after
    else:
        text = "# Performance\n\n" + block + "\n" + text
    REPORT.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=DEFAULT_SESSIONS)
    parser.add_argument("--keys", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each program")
    parser.add_argument("--no-write", action="store_true", help="leave docs/performance.md")
    args = parser.parse_args()
    path = ensure_archive(args.sessions)
    stats_file = path.with_suffix(".json")
    archive = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    results: dict[str, Any] = {
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "startup": _run("startup.py", str(path), "--runs", str(args.runs), "--bundle"),
        "gui": _run("gui.py", str(path), "--keys", str(args.keys)),
        "minutes": _run("minutes.py", str(path)),
        "search": _run("search.py", str(path)),
        "minutes_scale": _run("minutes_scale.py"),
    }
    (path.parent / "results.json").write_text(json.dumps(results, indent=2, default=str))
    print()
    for name, value, budget, met in figures(results):
        print(f"{name}: {value}  [{budget}: {'met' if met else 'MISSED'}]")
    if not args.no_write:
        write(report(results, archive))
        print(f"\nwritten to {REPORT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
