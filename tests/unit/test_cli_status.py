"""``tourdetable status``, and a declaration the record contradicts at the command line:
``import`` says so, ``check`` reports it as a finding (exit 0), ``status`` names who objects."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop import i18n
from desktop.cli import main
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.services import Workspace

REF = "C-R(2026)0042"
OURS = "C-R(2024)0020"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("status") / "demo.sqlite"
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


@pytest.fixture
def contradicted(tmp_path: Path) -> Path:
    """A session file whose item 1 is declared agreed while Türkiye objects, its own
    warnings blanked (a file's warnings are not trusted)."""
    with Workspace.open(tmp_path / "source.sqlite") as ws:
        session = ws.sessions.create(
            body_kind="NAC",
            level="permanent_representatives",
            session_date=date(2024, 5, 2),
            reference=OURS,
        ).value.id
        item = ws.agenda.add_item(session, "Council decision on the work programme").value.id
        ws.positions.all_agree_except(item, ["TUR"])
        ws.positions.log(item, "TUR", Position.OBJECTION)
        ws.outcomes.declare(item, Outcome.AGREED)
        document = json.loads(ws.files.export_session(session))
    document["agenda"][0]["outcomes"][0]["warnings"] = []
    path = tmp_path / "contradicted.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def test_status_of_the_demo_in_text(demo: Path, capsys) -> None:
    assert main(["status", "--db", str(demo), "--session", REF]) == 0
    out = capsys.readouterr().out
    assert out.startswith(REF)
    blocks = out.split("\n\n")[1:]
    assert len(blocks) == 8  # one block per item
    one, two, four, five = blocks[0], blocks[1], blocks[3], blocks[4]
    assert one.startswith("1. Defence Innovation Accelerator")
    assert "State: Agreed." in one and "Blocking: none" in one and "Pending: none" in one
    assert "State: Remitted to Political and Partnerships Committee." in two
    assert "Blocking: Türkiye" in two
    assert "Pending: Hungary, Iceland (absent)" in two  # absent, never "not yet stated"
    assert "Silence broken by France, Belgium and Germany: the matter returns to the Council." in (
        four
    )
    assert "State: Under silence until " in five
    assert "Declared: under silence" in five


def test_status_of_the_demo_in_json(demo: Path, capsys) -> None:
    assert main(["status", "--db", str(demo), "--session", REF, "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["session"]["reference"] == REF
    items = record["items"]
    assert [i["number"] for i in items] == list(range(1, 9))
    two = items[1]
    assert two["state"] == "declared" and two["short"] == "Remitted"
    assert two["blocking"] == ["TUR"] and two["pending"] == ["HUN", "ISL"]
    assert two["absent"] == ["ISL"]
    assert two["declaration"]["outcome"] == "remitted" and two["contradictions"] == []
    four = items[3]
    assert four["silence"]["state"] == "broken"
    assert four["silence"]["breaking"] == ["FRA", "BEL", "DEU"]
    assert items[4]["state"] == "under_silence"


def test_status_of_an_unknown_session_is_one_sentence(demo: Path, capsys) -> None:
    assert main(["status", "--db", str(demo), "--session", "C-R(1999)0001"]) == 2
    err = capsys.readouterr().err
    assert "No session has the reference C-R(1999)0001" in err and "Traceback" not in err


def test_a_contradicted_declaration_is_named_by_import_check_and_status(
    contradicted: Path, tmp_path: Path, capsys
) -> None:
    db = tmp_path / "imported.sqlite"
    assert main(["import", "--db", str(db), str(contradicted)]) == 0  # imported anyway
    out = capsys.readouterr().out
    assert f"Imported {OURS}" in out
    assert "warning: Item 1, “Council decision on the work programme”: the chair declared " in (out)
    assert "An objection stands (TUR)." in out

    assert main(["check", "--db", str(db)]) == 0  # findings, not damage
    captured = capsys.readouterr()
    assert f"finding: {OURS}: Item 1" in captured.out
    assert "An objection stands (TUR)." in captured.out
    assert "is sound: 1 session checked" in captured.out
    assert "The record contradicts 1 declaration" in captured.out
    assert captured.err == ""

    assert main(["status", "--db", str(db), "--session", OURS]) == 0
    text = capsys.readouterr().out
    assert "State: Agreed." in text
    assert "Blocking: Türkiye" in text
    assert "The record disagrees: An objection stands (TUR)." in text

    assert main(["status", "--db", str(db), "--session", OURS, "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)["items"]
    assert item["state"] == "declared" and item["short"] == "Agreed \u26a0"
    assert item["blocking"] == ["TUR"]
    [contradiction] = item["contradictions"]
    assert contradiction["kind"] == "objection_stands"
    assert contradiction["delegations"] == ["TUR"]


def test_status_in_french(contradicted: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "imported.sqlite"
    assert main(["import", "--db", str(db), str(contradicted)]) == 0
    capsys.readouterr()
    assert main(["status", "--db", str(db), "--session", OURS, "--lang", "fr"]) == 0
    text = capsys.readouterr().out
    assert "Conseil de l'Atlantique Nord" in text
    assert "Approuvé." in text and "Türkiye" in text
    assert i18n.language() == "en"  # the command's language does not stay behind
    assert main(["status", "--db", str(db), "--session", OURS, "--lang", "fr", "--json"]) == 0
    [item] = json.loads(capsys.readouterr().out)["items"]
    assert item["text"] == "Approuvé." and item["short"] == "Approuvé \u26a0"
    assert item["contradictions"][0]["delegations"] == ["TUR"]
