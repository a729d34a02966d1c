"""The command line on a PostgreSQL database, as an IT department runs it: ``--db`` takes a
``postgresql://`` URL as well as a file; ``copy`` moves a whole database onto the server
and back; ``check`` checks either; what only makes sense for a file says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli_commands
from desktop.cli import main
from desktop.services import Workspace
from desktop.services.credentials import location_of, remember_password
from tests.keyrings import MemoryKeyring, using
from tests.pg_server import Server

REF = "C-R(2026)0042"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-copy") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def empty_url(pg_server: Server) -> Iterator[str]:
    """A new, empty database on the test server: its URL."""
    name = pg_server.create_database()
    yield pg_server.url_text(name)
    pg_server.drop_database(name)


def _sessions(db: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["sessions", "--db", db, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.postgresql
def test_copy_to_the_server_and_back_then_check_both(
    demo: Path, empty_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["copy", "--from", str(demo), "--to", empty_url]) == 0
    out = capsys.readouterr().out
    assert "position_events" in out and "audit_log" in out
    assert out.splitlines()[-1].startswith("Copied ") and "to postgresql://tdt@/" in out

    assert main(["check", "--db", empty_url]) == 0
    out = capsys.readouterr().out
    assert "is sound: 1 session checked." in out
    assert "the audit trail's append-only triggers" in out

    back = tmp_path / "back.sqlite"
    assert main(["copy", "--from", empty_url, "--to", f"sqlite:///{back}"]) == 0
    capsys.readouterr()
    assert main(["check", "--db", str(back)]) == 0
    assert f"{back} is sound: 1 session checked." in capsys.readouterr().out
    assert _sessions(empty_url, capsys) == _sessions(str(demo), capsys)

    # A session written back out is the same, whichever database it went through.
    files = []
    for db in (str(demo), empty_url, str(back)):
        exported = tmp_path / f"session-{len(files)}.json"
        assert main(["export", "--db", db, "--session", REF, "-o", str(exported)]) == 0
        files.append(exported.read_bytes())
    assert files[0] == files[1] == files[2]


@pytest.mark.postgresql
def test_a_target_that_holds_anything_is_refused_with_exit_2(
    demo: Path, empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["copy", "--from", str(demo), "--to", empty_url]) == 0
    before = _sessions(empty_url, capsys)
    assert main(["copy", "--from", str(demo), "--to", empty_url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tourdetable: postgresql://tdt@/")
    assert "is not empty (its table sessions holds rows)" in err and "Traceback" not in err
    assert _sessions(empty_url, capsys) == before


def test_progress_goes_to_stderr(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.setattr(cli_commands, "PROGRESS_SECONDS", 0.0)
    assert main(["copy", "--from", str(demo), "--to", str(tmp_path / "copy.sqlite")]) == 0
    captured = capsys.readouterr()
    assert "copying position_events: " in captured.err
    assert "copying" not in captured.out


def test_a_server_that_does_not_answer_is_one_sentence(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nowhere = f"postgresql://clerk@/council?host={tmp_path}"  # a socket folder, no server
    for argv in (
        ["copy", "--from", str(demo), "--to", nowhere],
        ["copy", "--from", nowhere, "--to", str(tmp_path / "copy.sqlite")],
        ["check", "--db", nowhere],
        ["sessions", "--db", nowhere],
    ):
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "The database server for postgresql://clerk@/council" in err
        assert "does not answer" in err
    assert not (tmp_path / "copy.sqlite").exists()


@pytest.mark.postgresql
def test_a_password_the_app_remembered_is_used_and_never_shown(
    demo: Path, empty_url: str, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    assert main(["copy", "--from", str(demo), "--to", empty_url]) == 0
    opened: list[str] = []
    real_open = Workspace.open

    def spy(location: Path | str, **options: object) -> Workspace:
        opened.append(str(location))
        return real_open(location, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Workspace, "open", spy)
    with using(MemoryKeyring()):
        remember_password(location_of(empty_url), "s3cret")
        capsys.readouterr()
        assert main(["sessions", "--db", empty_url]) == 0
        assert main(["check", "--db", empty_url]) == 0
    captured = capsys.readouterr()
    assert opened and all(":s3cret@" in location for location in opened)
    assert REF in captured.out and "is sound" in captured.out
    assert "s3cret" not in captured.out + captured.err


@pytest.mark.postgresql
def test_what_only_a_file_has_says_so(
    empty_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", empty_url, "-o", str(tmp_path / "copy.sqlite")]) == 2
    err = capsys.readouterr().err
    assert "back up a database on a PostgreSQL server with pg_dump" in err
    assert main(["demo", "--db", empty_url, "--force"]) == 2
    assert "a database on a server is never replaced" in capsys.readouterr().err
    assert not (tmp_path / "copy.sqlite").exists()


@pytest.mark.postgresql
def test_the_demo_goes_into_an_empty_server_database_only(
    empty_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--db", empty_url]) == 0
    assert capsys.readouterr().out.startswith("Wrote the demo database to postgresql://tdt@/")
    assert [s["reference"] for s in _sessions(empty_url, capsys)] == [REF]
    assert main(["demo", "--db", empty_url]) == 2
    assert "is not empty, and the demo goes only into an empty database" in (
        capsys.readouterr().err
    )
    assert len(_sessions(empty_url, capsys)) == 1


def test_a_bad_address_is_one_sentence(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", "--from", str(demo), "--to", "postgresql://clerk@db:port/x"]) == 2
    err = capsys.readouterr().err
    assert "is not a database address the app understands" in err and "Traceback" not in err
    assert main(["check", "--db", "sqlite://"]) == 2
    assert "names no database file" in capsys.readouterr().err


@pytest.mark.postgresql
@pytest.mark.slow
def test_the_app_starts_on_a_server_database(demo: Path, empty_url: str) -> None:
    assert main(["copy", "--from", str(demo), "--to", empty_url]) == 0
    environment = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        TDT_QUIT_AFTER_SHOW="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # never the user's keyring
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", empty_url],
        capture_output=True, text=True, env=environment, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
