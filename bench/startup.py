"""Start-up and peak memory: the app on the archive next to a bare PySide6 window.

    .venv/bin/python bench/startup.py ARCHIVE [--runs 7] [--json]

Each run starts a fresh process (alternately the app and the bare window, so that both
meet the same disk cache and the same machine load) and times it from the moment the
parent starts it to the first paint of its main window (bench/startup_probe.py); then, as
a second figure, from start to exit under the app's ``TDT_QUIT_AFTER_SHOW=1`` hook, without
the probe. The peak resident memory of each process comes from ``wait4``. Settings, logs
and recent files go to a throwaway folder: the user's own are not touched.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("TDT_QUIT_AFTER_SHOW", None)
    return env


def _run(command: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Seconds from start to exit, peak RSS in bytes, and what it printed."""
    started = time.perf_counter()
    env = {**env, "TDT_BENCH_T0": repr(time.time())}
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=HERE.parent
    )
    assert process.stdout is not None
    output = process.stdout.read().decode()
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}: {output}")
    return elapsed, usage.ru_maxrss * 1024, output


def measure(archive: Path, runs: int) -> dict[str, Any]:
    probe = str(HERE / "startup_probe.py")
    commands = {
        "app": [PYTHON, probe, "app", str(archive)],
        "bare": [PYTHON, probe, "bare"],
    }
    exits = {
        "app": [PYTHON, "-m", "desktop", "--db", str(archive)],
        "bare": [PYTHON, str(HERE / "bare_window.py")],
    }
    paint: dict[str, list[float]] = {"app": [], "bare": []}
    until_exit: dict[str, list[float]] = {"app": [], "bare": []}
    rss: dict[str, list[int]] = {"app": [], "bare": []}
    with tempfile.TemporaryDirectory(prefix="tdt-bench-") as home:
        env = _environment(Path(home))
        for mode in ("bare", "app"):  # a first, untimed run of each warms the disk cache
            _run(commands[mode], env)
        for _ in range(runs):
            for mode in ("bare", "app"):
                _elapsed, peak, output = _run(commands[mode], env)
                painted = json.loads(output.strip().splitlines()[-1])["first_paint_s"]
                if painted is None:
                    raise RuntimeError(f"the {mode} window was never painted")
                paint[mode].append(painted)
                rss[mode].append(peak)
                elapsed, _peak, _output = _run(exits[mode], {**env, "TDT_QUIT_AFTER_SHOW": "1"})
                until_exit[mode].append(elapsed)
    app, bare = statistics.median(paint["app"]), statistics.median(paint["bare"])
    return {
        "runs": runs,
        "first_paint_s": {"app": app, "bare": bare, "ratio": app / bare},
        "first_paint_all_s": paint,
        "quit_after_show_s": {
            "app": statistics.median(until_exit["app"]),
            "bare": statistics.median(until_exit["bare"]),
        },
        "peak_rss_bytes": {"app": max(rss["app"]), "bare": max(rss["bare"])},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.archive, args.runs)
    if args.json:
        print(json.dumps(figures))
    else:
        paint = figures["first_paint_s"]
        print(
            f"start-up to first paint: app {paint['app'] * 1000:.0f} ms, bare window "
            f"{paint['bare'] * 1000:.0f} ms ({paint['ratio']:.2f}×)"
        )
        rss = figures["peak_rss_bytes"]
        print(f"peak RSS: app {rss['app'] / 2**20:.0f} MiB, bare {rss['bare'] / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
