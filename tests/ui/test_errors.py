from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop import logs
from desktop.services import ValidationError
from desktop.ui import errors
from desktop.ui.errors import install_excepthook, sentence_for


def test_a_service_error_is_shown_as_its_own_sentence(tmp_path: Path) -> None:
    error = ValidationError("Give the committee's name.")
    assert sentence_for(error, tmp_path / "log") == "Give the committee's name."


def test_an_unexpected_error_names_the_log_file(qapp, tmp_path: Path) -> None:
    log = tmp_path / "logs" / "tourdetable.log"
    sentence = sentence_for(KeyError("x"), log)
    assert "KeyError" in sentence and str(log) in sentence


def test_without_a_log_the_sentence_sends_nobody_to_it(qapp) -> None:
    assert "details" not in sentence_for(KeyError("x"), None)


def test_the_hook_logs_the_traceback_and_shows_the_sentence(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    path = logs.configure(path=tmp_path / "logs" / "tourdetable.log")
    try:
        install_excepthook()
        try:
            raise RuntimeError("a bug")
        except RuntimeError as error:
            sys.excepthook(RuntimeError, error, error.__traceback__)
    finally:
        logs.stop()
    text = path.read_text(encoding="utf-8")
    assert f"ERROR {errors.__name__}: Unexpected error" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: a bug" in text
    assert shown == [
        "Something went wrong that Tour de Table did not expect (RuntimeError). Changes made "
        f"before this were saved. The details were written to {path}; send that file to your "
        "support."
    ]
    assert "RuntimeError: a bug" in capsys.readouterr().err  # and on the terminal


def test_an_unwritable_log_is_not_a_second_failure(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    blocker = tmp_path / "file"
    blocker.write_text("")
    logs.configure(path=blocker / "tourdetable.log")
    try:
        install_excepthook()
        error = KeyError("x")
        sys.excepthook(KeyError, error, None)
    finally:
        logs.stop()
    assert len(shown) == 1 and "details" not in shown[0]
    assert "Logging error" not in capsys.readouterr().err
