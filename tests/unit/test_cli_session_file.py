"""``tourdetable FILE.json``: the window starts and offers to import FILE (the GUI's loader is
replaced here; tests/ui/test_offered_import.py has the window's side). A file that is not
there is one sentence before any window; the subcommands keep their names."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from desktop import cli
from desktop.cli import main
from desktop.services import Workspace

Started = list[dict[str, Any]]


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> Started:
    """The GUI's run, replaced by one that records how it was called."""
    calls: Started = []

    def run(db_path: object, **options: Any) -> int:
        calls.append({"db_path": db_path, **options})
        return 0

    monkeypatch.setattr(cli, "_load_gui", lambda: run)
    monkeypatch.setattr(cli, "_check_display", lambda: None)
    monkeypatch.setattr(cli, "_check_platform", lambda: None)
    return calls


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    path = tmp_path / "séance.json"
    path.write_text("{}", encoding="utf-8")  # whether it is a session file, the window says
    return path


def test_the_window_starts_offering_the_file(started: Started, session_file: Path) -> None:
    assert main([str(session_file)]) == 0
    assert started == [
        {"db_path": None, "argv": started[0]["argv"], "read_only": False, "offer": session_file}
    ]


def test_with_a_database_and_options(
    started: Started, session_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "council.sqlite"
    monkeypatch.chdir(session_file.parent)
    assert main(["--db", str(db), "--debug", session_file.name]) == 0
    assert started[0]["db_path"] == db.resolve()
    assert started[0]["offer"] == session_file.resolve()


def test_any_existing_file_is_offered_and_a_name_after_dashes_too(
    started: Started, tmp_path: Path
) -> None:
    export = tmp_path / "-export from the other site.txt"
    export.write_text("{}", encoding="utf-8")
    assert main(["--", str(export)]) == 0
    assert started[0]["offer"] == export


def test_a_demo_offers_it_too(started: Started, session_file: Path) -> None:
    assert main(["--demo", str(session_file)]) == 0
    assert started[0]["throwaway"] is True and started[0]["offer"] == session_file


def test_a_missing_file_is_a_sentence_before_any_window(
    started: Started, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "gone.json"
    assert main([str(missing)]) == 2
    assert capsys.readouterr().err == (
        f"tourdetable: There is no file {missing}, so nothing was imported; check the name.\n"
    )
    assert started == []


def test_a_folder_is_a_sentence_too(
    started: Started, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path)]) == 2
    assert "is a folder; give a session file (.json) to import." in capsys.readouterr().err
    assert started == []


def test_read_only_cannot_import(
    started: Started, session_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--read-only", str(session_file)]) == 2
    assert "leave --read-only out" in capsys.readouterr().err
    assert started == []


def test_commands_keep_their_names_even_beside_a_file_so_named(
    started: Started, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("sessions").write_text("a file named like a command")
    db = tmp_path / "empty.sqlite"
    Workspace.open(db).close()
    assert main(["sessions", "--db", str(db)]) == 0
    assert capsys.readouterr().out == "No sessions.\n"
    assert main(["--db", str(db)]) == 0  # the window, offering nothing
    assert started[-1].get("offer") is None
    assert os.path.exists("sessions")


def test_a_word_that_is_neither_is_argparses_to_refuse(
    started: Started, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["sesions"])
    assert stopped.value.code == 2
    assert "invalid choice: 'sesions'" in capsys.readouterr().err
    assert started == []
