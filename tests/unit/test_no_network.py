"""The app opens no network connection: its main paths (a new database, the demo, minutes in
both languages, a session file out and in, search, the audit trail, a backup, and the GUI
started as a user starts it, with a session and its audit trail open) run in a child process
whose audit hook refuses every Internet socket. See network_child.py for what is watched and
why Unix sockets (D-Bus, X11: local IPC) are allowed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_child(work: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)  # HOME and XDG folders already point into tmp_path
    env.update({"QT_QPA_PLATFORM": "offscreen", "TDT_NO_OPEN": "1"})
    return subprocess.run(
        [sys.executable, "-m", "tests.unit.network_child", str(work), *extra],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=300, check=False,
    )  # fmt: skip


def test_the_hook_catches_an_internet_socket(tmp_path: Path) -> None:
    result = run_child(tmp_path, "--try-one")

    assert result.returncode == 1
    assert "network attempt: socket.__new__" in result.stdout


def test_the_apps_main_paths_open_no_network_socket(tmp_path: Path) -> None:
    result = run_child(tmp_path)

    assert "checked: 0 network attempts" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    for made in ("demo.sqlite", "minutes.pdf", "pv.pdf", "session.json", "audit.csv"):
        assert (tmp_path / made).stat().st_size > 0, made
