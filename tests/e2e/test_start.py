"""The whole app, started as a user starts it, in a subprocess on the offscreen platform."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import Workspace


def _start(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.update({"QT_QPA_PLATFORM": "offscreen", "TDT_QUIT_AFTER_SHOW": "1"} | env)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True, text=True, env=environment, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip


def test_the_app_starts_on_a_new_database_and_quits_cleanly(tmp_path: Path) -> None:
    database = tmp_path / "start.sqlite"
    result = _start("--db", str(database), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with Workspace.open(database) as ws:
        assert ws.sessions.list_sessions() == []


def test_the_demo_starts_and_leaves_nothing_behind(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    result = _start("--demo", tmp_path=tmp_path, TMPDIR=str(scratch))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert list(scratch.iterdir()) == []


@pytest.mark.slow
def test_a_screenshot_of_the_demo_can_be_taken(tmp_path: Path) -> None:
    picture = tmp_path / "main-window.png"
    result = _start(
        "--demo", tmp_path=tmp_path, TDT_QUIT_AFTER_SHOW="", TDT_SCREENSHOT=str(picture)
    )
    assert result.returncode == 0, result.stderr
    assert picture.stat().st_size > 10_000
