"""``tourdetable self-test``, run in-process through ``desktop.cli.main`` as a user types it
(offscreen, as the suite runs), and made to fail at each kind of step."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop import self_test
from desktop.cli import main
from desktop.services import ServiceError


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the self-test works in, to see it is removed afterwards."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_every_step_passes_and_nothing_is_left_behind(
    scratch: Path, isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["self-test", "--offscreen"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert [line.split(":")[0] for line in lines[:4]] == [
        "reference data",
        "database",
        "minutes",
        "main window",
    ]
    assert "offscreen platform with the session listed" in lines[3]
    assert "8 icon sizes" in lines[3]
    assert lines[-1] == "self-test: 4 passed, 0 failed"
    assert "Traceback" not in err
    assert list(scratch.iterdir()) == []
    # The user's folders (HOME and XDG, see conftest) got no database, settings or log.
    assert [p for p in isolated_home.rglob("*") if p.is_file()] == []


def test_a_step_that_fails_is_one_sentence_and_exit_1(
    scratch: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> Path:
        raise ServiceError("The minutes could not be written to minutes.pdf (disk full).")

    monkeypatch.setattr(self_test, "export_minutes", refuse)
    assert main(["self-test", "--offscreen"]) == 1
    out, err = capsys.readouterr()
    assert "passed" not in out
    assert err == (
        "tourdetable: The self-test failed at the step 'minutes': The minutes could not be "
        "written to minutes.pdf (disk full).\n"
    )
    assert list(scratch.iterdir()) == []


def test_a_missing_resource_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(self_test, "icon_files", lambda: [tmp_path / "tourdetable-16.png"])
    assert main(["self-test"]) == 1
    err = capsys.readouterr().err
    assert "'reference data'" in err and "tourdetable-16.png" in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.qt_no_exception_capture  # the self-test catches it, as in the field
def test_an_error_in_a_slot_while_the_window_shows_fails_the_step(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.ui.main_window import MainWindow

    def broken(*_args: object) -> None:
        raise RuntimeError("the list could not be shown")

    monkeypatch.setattr(MainWindow, "_reopen_last_session", broken)  # a slot of loaded
    assert main(["self-test", "--offscreen"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == (
        "tourdetable: The self-test failed at the step 'main window': an error occurred "
        "while it was shown (RuntimeError: the list could not be shown)."
    )


def test_the_command_is_listed_without_qt() -> None:
    no_qt = Path(__file__).parent / "no_qt"
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environment["PYTHONPATH"] = str(no_qt)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--help"],
        capture_output=True, text=True, env=environment, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "\n    self-test " in result.stdout or "\n    self-test\n" in result.stdout
