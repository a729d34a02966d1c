"""The command line, mostly as a user meets it: in a subprocess, without a display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import main
from desktop.services import Workspace


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY",
                                                                   "WAYLAND_DISPLAY"}}  # fmt: skip
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True, text=True, env=environment, timeout=60, check=False,
    )  # fmt: skip


def test_version_needs_no_display() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"tourdetable {__version__}"


def test_help_needs_no_display_and_no_qt() -> None:
    # A PySide6 that cannot be imported must not matter for --help.
    result = _run("--help", env={"PYTHONPATH": str(Path(__file__).parent / "no_qt")})
    assert result.returncode == 0
    for command in ("demo", "sessions", "export", "import", "minutes", "check", "backup"):
        assert f"    {command} " in result.stdout
    assert "not an accredited system for classified data" in result.stdout


def test_demo_writes_a_database_a_workspace_opens(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    result = _run("demo", "--db", str(target))
    assert result.returncode == 0, result.stderr
    with Workspace.open(target) as ws:
        assert len(ws.sessions.list_sessions()) == 1


def test_demo_refuses_an_existing_file_in_one_sentence(tmp_path: Path) -> None:
    target = tmp_path / "precious.sqlite"
    target.write_bytes(b"not to be lost")
    result = _run("demo", "--db", str(target))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.rstrip().endswith(".")
    assert "--force" in result.stderr
    assert target.read_bytes() == b"not to be lost"


def test_demo_force_replaces_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "old.sqlite"
    target.write_bytes(b"old")
    assert main(["demo", "--db", str(target), "--force"]) == 0
    with Workspace.open(target) as ws:
        assert len(ws.sessions.list_sessions()) == 1
    assert "Wrote the demo database" in capsys.readouterr().out


def test_no_display_is_a_sentence(tmp_path: Path) -> None:
    result = _run("--db", str(tmp_path / "x.sqlite"))
    assert result.returncode == 1
    assert "No graphical display was found" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.sqlite").exists()


def test_a_database_that_cannot_open_is_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()
    unattended = {"QT_QPA_PLATFORM": "offscreen", "TDT_QUIT_AFTER_SHOW": "1"}
    result = _run("--db", str(folder), env=unattended)
    assert result.returncode == 1
    assert "is a folder; choose a database file." in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_and_db_together_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--demo", "--db", "x.sqlite"]) == 2
    assert capsys.readouterr().err == "tourdetable: Use either --demo or --db, not both.\n"


def test_an_unwritable_target_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert main(["demo", "--db", str(blocker / "sub" / "demo.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("tourdetable: ") and "Traceback" not in err
