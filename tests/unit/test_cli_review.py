"""``tourdetable review``: the review cycle from the command line, as a secretariat would
run it in a script: issue, corrections, decisions, REV1, approval, a refused edit, reopen."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import Workspace

REF = "C-R(2026)0042"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-review") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite"
    with sqlite3.connect(demo_file) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return copy


def review(db: Path, *step: str) -> list[str]:
    return ["review", "--db", str(db), "--session", REF, *step]


def facts(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(review(db, "show", "--json")) == 0
    result: dict[str, object] = json.loads(capsys.readouterr().out)
    return result


def test_a_cycle_from_the_command_line(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(review(demo, "issue")) == 0
    assert "issued for corrections" in capsys.readouterr().out
    for delegation, text, item in (("DEU", "Germany welcomed it.", "1"), ("FRA", "Ajout.", "2")):
        args = ["correction", "--delegation", delegation, "--text", text, "--item", item]
        assert main(review(demo, *args)) == 0  # received now
    ids = [c["id"] for c in facts(demo, capsys)["corrections"]]  # type: ignore[attr-defined]
    assert main(review(demo, "accept", str(ids[0]))) == 0
    assert main(review(demo, "decline", str(ids[1]), "--reason", "Not said so.")) == 0
    assert main(review(demo, "issue")) == 0
    assert "-REV1 issued" in capsys.readouterr().out
    args = ["approve", "--on", "2026-12-20", "--how", "silence", "--reference", "PO(2026)0100"]
    assert main(review(demo, *args)) == 2  # the demo's silence procedure still runs
    assert "silence procedure is still running" in capsys.readouterr().err
    _withdraw_running_silence(demo)
    assert main(review(demo, *args)) == 0
    state = facts(demo, capsys)
    assert state["stage"] == "approved" and state["locked"] is True
    assert state["approval"]["reference"] == "PO(2026)0100"  # type: ignore[index]

    out = demo.parent / "minutes.pdf"
    assert main(["minutes", "--db", str(demo), "--session", REF, "-o", str(out)]) == 0  # reads
    assert main(review(demo, "correction", "--delegation", "GBR", "--text", "Late.")) == 2
    assert "approved" in capsys.readouterr().err
    assert main(review(demo, "reopen", "--reason", "A wrong figure in item 4.")) == 0
    assert facts(demo, capsys)["stage"] == "reopened"


def test_mistakes_are_sentences_and_write_nothing(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(review(demo, "approve", "--on", "2026-12-20", "--how", "meeting")) == 2
    assert "not been issued" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:  # argparse's own refusal, with our sentence
        main(review(demo, "approve", "--on", "20/12/2026", "--how", "meeting"))
    assert stopped.value.code == 2 and "2026-12-20" in capsys.readouterr().err
    args = ["correction", "--delegation", "DEU", "--text", "x", "--received", "2026-12-01"]
    assert main(review(demo, *args)) == 2
    assert "not been issued" in capsys.readouterr().err  # nothing issued yet
    main(review(demo, "issue"))
    assert main(review(demo, *args)) == 2  # received on 2026-12-01, before this draft
    assert "before the draft was issued" in capsys.readouterr().err
    args = ["correction", "--delegation", "DEU", "--text", "x", "--item", "99"]
    assert main(review(demo, *args)) == 2
    assert "no item 99" in capsys.readouterr().err
    assert main(review(demo, "decline", "12345", "--reason", "no")) == 2
    assert "no correction number 12345" in capsys.readouterr().err
    assert facts(demo, capsys)["corrections"] == []


def _withdraw_running_silence(db: Path) -> None:
    """What the secretariat does in the window: the demo's running procedure withdrawn."""
    with Workspace.open(db) as ws:
        for view in ws.silence.running():
            ws.silence.withdraw(view.id, "Overtaken by the meeting.")
