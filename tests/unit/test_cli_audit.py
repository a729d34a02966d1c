"""`tourdetable audit`: a session's audit trail to CSV, by reference or by id."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop.cli import main

REF = "C-R(2026)0042"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-audit") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def test_audit_by_reference_writes_every_change(demo: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "audit.csv"

    assert main(["audit", "--db", str(demo), "--session", REF, "-o", str(out)]) == 0

    rows = read_csv(out)
    assert rows[0] == ["time", "operator", "workstation", "action", "what", "before", "after"]
    assert rows[1][3:5] == ["session.created", "Session created"]
    assert rows[1][1:3] == ["demo", "NATO HQ room 1"]
    corrected = next(r for r in rows if r[3] == "position.corrected")
    assert corrected[4:] == ["Position of Norway on item 1", "objection", "agree"]
    said = capsys.readouterr().out
    assert f"Wrote {len(rows) - 1} changes of {REF} to {out}." in said


def test_audit_by_id_writes_the_same(demo: Path, tmp_path: Path) -> None:
    by_ref, by_id = tmp_path / "ref.csv", tmp_path / "id.csv"
    main(["audit", "--db", str(demo), "--session", REF, "-o", str(by_ref)])

    assert main(["audit", "--db", str(demo), "--session", "1", "-o", str(by_id)]) == 0

    assert by_id.read_bytes() == by_ref.read_bytes()


@pytest.mark.parametrize("session", ["C-R(1999)0001", "999"])
def test_an_unknown_session_is_one_sentence_and_exit_2(
    demo: Path, tmp_path: Path, capsys, session: str
) -> None:
    out = tmp_path / "audit.csv"

    assert main(["audit", "--db", str(demo), "--session", session, "-o", str(out)]) == 2

    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1
    assert not out.exists()
