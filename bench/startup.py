"""Start-up and peak memory: the app on the archive next to its floor, a bare PySide6 window.

    .venv/bin/python bench/startup.py ARCHIVE [--runs 7] [--bundle PATH] [--json]

Each run starts fresh processes, one after the other so that they meet the same disk cache
and the same machine load: the bare window (``bench/bare_window.py``), the app as the dev
install starts it (``python -m desktop --db ARCHIVE``), and with ``--bundle`` the built or
installed bundle (``PATH --db ARCHIVE``: ``dist/tourdetable/tourdetable``,
``/usr/bin/tourdetable``). Each is timed from the moment the parent starts it to

- **painted**: the first paint of its main window (for the app, the shell: its menus and
  the status bar saying what it opens; ``desktop.ui.app``), and
- **filled** (the app): its first paint once the archive is open and its sessions list read,

which the process notes itself in the file ``TDT_STARTUP_TIMES`` names (Unix time, the
parent's clock is the same), then quits. The peak resident memory of each process comes
from ``wait4``. Settings, logs and recent files go to a throwaway folder: the user's own are
not touched. A bundle built before ``TDT_STARTUP_TIMES`` existed never notes anything: it is
stopped after ``--timeout`` seconds and its figure is left out, with the reason.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
BUNDLE = HERE.parent / "dist" / "tourdetable" / "tourdetable"  # make package's one-folder bundle


class NoTimesError(RuntimeError):
    """The process never noted its first paint (a bundle built before TDT_STARTUP_TIMES)."""


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    for name in ("TDT_QUIT_AFTER_SHOW", "TDT_SCREENSHOT", "TDT_LANGUAGE"):
        env.pop(name, None)
    # As an installed app: its modules' bytecode written once (the warm-up run) and read
    # after, not compiled again at each start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run(command: list[str], env: dict[str, str], timeout: float) -> tuple[dict[str, float], int]:
    """Seconds from start to each moment the process noted, and its peak RSS in bytes."""
    with tempfile.TemporaryDirectory(prefix="tdt-times-") as folder:
        times, errors = Path(folder) / "times.json", Path(folder) / "stderr.txt"
        env = {**env, "TDT_STARTUP_TIMES": str(times)}
        with errors.open("wb") as stderr:
            started = time.time()
            process = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=stderr, cwd=HERE.parent
            )
            stop = threading.Timer(timeout, process.kill)  # a start that never ends
            stop.start()
            try:
                _pid, status, usage = os.wait4(process.pid, 0)
            finally:
                stop.cancel()
        process.returncode = code = os.waitstatus_to_exitcode(status)
        if not times.exists():
            raise NoTimesError(f"{command[0]} noted no first paint within {timeout:.0f} s")
        if code != 0:
            said = errors.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"{' '.join(command)} exited with {code}: {said}")
        moments = json.loads(times.read_text(encoding="utf-8"))
    seconds = {
        name: moment if name.endswith("_cpu") else moment - started
        for name, moment in moments.items()
    }
    return seconds, usage.ru_maxrss * 1024


def measure(
    archive: Path, runs: int, *, bundle: Path | None = None, timeout: float = 60.0
) -> dict[str, Any]:
    commands = {
        "bare": [PYTHON, str(HERE / "bare_window.py")],
        "app": [PYTHON, "-m", "desktop", "--db", str(archive)],
    }
    skipped: str | None = None
    if bundle is not None and not bundle.exists():
        skipped = f"{bundle} is not built"
    elif bundle is not None:
        commands["bundle"] = [str(bundle), "--db", str(archive)]
    noted: dict[str, list[dict[str, float]]] = {mode: [] for mode in commands}
    rss: dict[str, list[int]] = {mode: [] for mode in commands}
    with tempfile.TemporaryDirectory(prefix="tdt-bench-") as home:
        env = _environment(Path(home))
        for mode in list(commands):  # a first, untimed run of each warms the disk cache
            try:
                _run(commands[mode], env, timeout)
            except NoTimesError as error:
                if mode != "bundle":
                    raise
                skipped = f"{error} (built before TDT_STARTUP_TIMES: make package again)"
                del commands[mode], noted[mode], rss[mode]
        for _ in range(runs):
            for mode, command in commands.items():
                moments, peak = _run(command, env, timeout)
                noted[mode].append(moments)
                rss[mode].append(peak)
    figures = _medians(runs, noted, rss)
    bare = figures["bare"]
    # What bench/run.py reads: the dev install's figures.
    app = figures["app"]
    figures["first_paint_s"] = {
        "app": app["painted"],
        "bare": bare["painted"],
        "ratio": app["ratio"],
    }
    figures["peak_rss_bytes"] = {"app": app["peak_rss_bytes"], "bare": bare["peak_rss_bytes"]}
    if bundle is not None:
        figures["bundle_path"] = str(bundle)
        if skipped is not None:
            figures["bundle_skipped"] = skipped
    return figures


def _medians(
    runs: int, noted: dict[str, list[dict[str, float]]], rss: dict[str, list[int]]
) -> dict[str, Any]:
    """Each program's medians, its peak RSS, and its ratios to the bare window's."""
    figures: dict[str, Any] = {"runs": runs, "all_s": noted}
    for mode, moments in noted.items():
        figures[mode] = {
            name: statistics.median(m[name] for m in moments)
            for name in moments[0]
            if all(name in m for m in moments)
        } | {"peak_rss_bytes": max(rss[mode])}
    bare = figures["bare"]
    for mode in noted:
        if mode != "bare":
            entry = figures[mode]
            entry["ratio"] = entry["painted"] / bare["painted"]
            entry["cpu_ratio"] = entry["painted_cpu"] / bare["painted_cpu"]
            if "filled" in entry:
                entry["filled_ratio"] = entry["filled"] / bare["painted"]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--bundle",
        type=Path,
        nargs="?",
        const=BUNDLE,
        help=f"time this bundle too, started as PATH --db ARCHIVE (default: {BUNDLE})",
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a start may take")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = measure(args.archive, args.runs, bundle=args.bundle, timeout=args.timeout)
    if args.json:
        print(json.dumps(figures))
        return 0
    bare = figures["bare"]
    print(
        f"bare PySide6 window (the floor), first paint: {bare['painted'] * 1000:.0f} ms, "
        f"{bare['painted_cpu'] * 1000:.0f} ms of CPU"
    )
    for mode, name in (("app", "app (python -m desktop)"), ("bundle", "bundle")):
        if mode not in figures:
            continue
        entry = figures[mode]
        line = (
            f"{name}, first paint: {entry['painted'] * 1000:.0f} ms ({entry['ratio']:.2f}× "
            f"the floor), {entry['painted_cpu'] * 1000:.0f} ms of CPU ({entry['cpu_ratio']:.2f}×)"
        )
        if "filled" in entry:
            line += f"; filled: {entry['filled'] * 1000:.0f} ms ({entry['filled_ratio']:.1f}×)"
        print(line)
    if "bundle_skipped" in figures:
        print(f"bundle: not measured ({figures['bundle_skipped']})")
    rss = figures["peak_rss_bytes"]
    print(f"peak RSS: app {rss['app'] / 2**20:.0f} MiB, bare {rss['bare'] / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
