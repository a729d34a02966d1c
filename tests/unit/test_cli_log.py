"""The command line's log: ``--debug`` writes what was done, an unexpected error leaves its
traceback there while the user reads one sentence naming the file."""

from __future__ import annotations

import logging
import re
import stat
from pathlib import Path

import pytest

from desktop import cli_commands, logs
from desktop.cli import main
from desktop.services import Workspace

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR) [\w.]+: ")


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.sqlite"
    Workspace.open(path).close()
    return path


def test_debug_writes_what_was_done(empty: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--debug", "sessions", "--db", str(empty)]) == 0
    assert capsys.readouterr().out == "No sessions.\n"  # the terminal is the user's: no log
    text = logs.log_file().read_text(encoding="utf-8")
    assert "DEBUG desktop.cli: tourdetable " in text and ": sessions" in text
    assert f"DEBUG db.database: Opened the database file {empty} at schema " in text
    assert "DEBUG desktop.cli: sessions ended with exit code 0 after " in text
    assert all(LINE.match(line) for line in text.splitlines())
    assert stat.S_IMODE(logs.log_file().stat().st_mode) == 0o600


def test_a_migration_is_written_down(tmp_path: Path) -> None:
    assert main(["--debug", "demo", "--db", str(tmp_path / "new.sqlite")]) == 0
    assert "DEBUG db.migrate: Creating the schema " in logs.log_file().read_text(encoding="utf-8")


def test_without_debug_nothing_is_written(empty: Path) -> None:
    assert main(["sessions", "--db", str(empty)]) == 0
    assert not logs.log_file().exists()


def test_the_log_is_closed_when_main_returns(empty: Path) -> None:
    main(["--debug", "sessions", "--db", str(empty)])
    assert all(
        not isinstance(h, logs.PrivateRotatingFileHandler) for h in logging.getLogger().handlers
    )


def test_an_unexpected_error_is_a_sentence_and_its_traceback_is_in_the_log(
    empty: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("a bug nobody foresaw")

    monkeypatch.setattr(cli_commands, "_sessions", broken)
    assert main(["sessions", "--db", str(empty)]) == 1
    log = logs.log_file()
    assert capsys.readouterr().err == (
        f"tourdetable: Something unexpected went wrong (RuntimeError); the details were "
        f"written to {log}.\n"
    )
    text = log.read_text(encoding="utf-8")
    assert "ERROR desktop.cli: Unexpected error\nTraceback (most recent call last):" in text
    assert "RuntimeError: a bug nobody foresaw" in text


def test_an_unwritable_log_folder_gives_the_error_itself(
    empty: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("a bug nobody foresaw")

    monkeypatch.setattr(cli_commands, "_sessions", broken)
    logs.log_file().parent.parent.mkdir(parents=True, exist_ok=True)
    logs.log_file().parent.write_text("a file where the folder should be")
    assert main(["sessions", "--db", str(empty)]) == 1
    assert capsys.readouterr().err == (
        "tourdetable: Something unexpected went wrong (RuntimeError: a bug nobody foresaw).\n"
    )
