from __future__ import annotations

from pathlib import Path

from desktop.services import ValidationError
from desktop.ui.errors import sentence_for, write_log


def test_a_service_error_is_shown_as_its_own_sentence(tmp_path: Path) -> None:
    error = ValidationError("Give the committee's name.")
    assert sentence_for(error, tmp_path / "log", logged=True) == "Give the committee's name."


def test_an_unexpected_error_names_the_log_file(qapp, tmp_path: Path) -> None:
    log = tmp_path / "logs" / "tourdetable.log"
    assert write_log(log, "Traceback (most recent call last): ...")
    sentence = sentence_for(KeyError("x"), log, logged=True)
    assert "KeyError" in sentence and str(log) in sentence
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_an_unwritable_log_is_not_a_second_failure(qapp, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert not write_log(blocker / "log", "text")
    assert "details" not in sentence_for(KeyError("x"), blocker / "log", logged=False)
