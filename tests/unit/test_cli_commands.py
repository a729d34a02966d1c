"""The work subcommands, run in-process through ``desktop.cli.main`` as a user types them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main

REF = "C-R(2026)0042"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
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


def test_sessions_lists_reference_date_body_level_state(demo: Path, capsys) -> None:
    assert main(["sessions", "--db", str(demo)]) == 0
    out = capsys.readouterr().out
    assert REF in out and "NAC" in out and "closed" in out
    assert main(["sessions", "--db", str(demo), "--json"]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert record["reference"] == REF and record["state"] == "closed"


def test_export_then_import_into_an_empty_database(demo: Path, tmp_path: Path, capsys) -> None:
    exported = tmp_path / "session.json"
    assert main(["export", "--db", str(demo), "--session", REF, "-o", str(exported)]) == 0
    empty = tmp_path / "empty.sqlite"
    assert main(["import", "--db", str(empty), str(exported)]) == 0
    again = tmp_path / "again.json"
    assert main(["export", "--db", str(empty), "--session", REF, "-o", str(again)]) == 0
    assert again.read_bytes() == exported.read_bytes()


def test_import_of_an_existing_reference_needs_a_choice(demo: Path, tmp_path: Path, capsys) -> None:
    exported = tmp_path / "session.json"
    main(["export", "--db", str(demo), "--session", REF, "-o", str(exported)])
    capsys.readouterr()
    assert main(["import", "--db", str(demo), str(exported)]) == 2
    err = capsys.readouterr().err
    assert "--replace" in err and "Traceback" not in err
    assert main(["import", "--db", str(demo), str(exported), "--replace"]) == 0
    assert main(["import", "--db", str(demo), str(exported), "--as-new"]) == 0
    capsys.readouterr()
    main(["sessions", "--db", str(demo), "--json"])
    records = json.loads(capsys.readouterr().out)
    assert [r["reference"] for r in records].count(REF) == 1
    assert len(records) == 2


def test_a_bad_session_file_is_a_sentence_and_exit_2(demo: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "tourdetable-session", "format_version": 99}', encoding="utf-8")
    assert main(["import", "--db", str(demo), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "newer version of Tour de Table" in err and "Traceback" not in err


def test_minutes_in_french(demo: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "minutes.pdf"
    args = ["minutes", "--db", str(demo), "--session", REF, "--lang", "fr", "-o", str(pdf)]
    assert main(args) == 0
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Conseil de l'Atlantique Nord" in text or "Conseil de l’Atlantique Nord" in text


def _untranslate(demo: Path) -> None:
    """Take the French off two of the demo's titles, as a session still being translated."""
    with sqlite3.connect(demo) as db:
        db.execute("UPDATE agenda_items SET title_fr = '' WHERE ordinal IN (1, 2)")
    db.close()


def test_minutes_say_how_many_texts_lack_a_translation(demo: Path, tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "minutes.pdf"
    args = ["minutes", "--db", str(demo), "--session", REF, "--lang", "fr", "-o", str(pdf)]
    assert main(args) == 0
    assert "no French version" not in capsys.readouterr().err  # the demo is all translated
    _untranslate(demo)
    assert main(args) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        "warning: 2 texts have no French version; they are printed in English, marked "
        "[non traduit].\n"
    )
    assert "Wrote the minutes" in captured.out
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "[non traduit]" in text.replace("\u00a0", " ")


def test_minutes_that_require_translation_are_refused_with_exit_1(
    demo: Path, tmp_path: Path, capsys
) -> None:
    _untranslate(demo)
    pdf = tmp_path / "minutes.pdf"
    args = ["minutes", "--db", str(demo), "--session", REF, "--lang", "fr", "-o", str(pdf)]
    assert main([*args, "--require-translation"]) == 1
    assert "2 texts have no French version, so the French minutes were not written" in (
        capsys.readouterr().err
    )
    assert not pdf.exists()
    english = tmp_path / "en.pdf"
    args = ["minutes", "--db", str(demo), "--session", REF, "--lang", "en", "-o", str(english)]
    assert main([*args, "--require-translation"]) == 0  # the English is all there


def test_import_of_an_older_file_takes_its_text_language(
    demo: Path, tmp_path: Path, capsys
) -> None:
    exported = tmp_path / "demo.json"
    main(["export", "--db", str(demo), "--session", REF, "-o", str(exported)])
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["format_version"] = 4
    del document["review"]  # format 5 brought the review

    def english_only(node: object) -> object:
        if isinstance(node, dict):
            return {k: english_only(v) for k, v in node.items() if not k.endswith("_fr")}
        return [english_only(v) for v in node] if isinstance(node, list) else node

    exported.write_text(json.dumps(english_only(document)), encoding="utf-8")
    empty = tmp_path / "empty.sqlite"
    assert main(["import", "--db", str(empty), str(exported), "--text-language", "fr"]) == 0
    with sqlite3.connect(empty) as db:
        titles = db.execute("SELECT title, title_fr FROM agenda_items ORDER BY id").fetchall()
    db.close()
    assert titles[0] == ("", document["agenda"][0]["title"])
    capsys.readouterr()
    with pytest.raises(SystemExit) as refused:  # argparse's own refusal
        main(["import", "--db", str(empty), str(exported), "--text-language", "de"])
    assert refused.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_an_unknown_reference_is_exit_2(demo: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.pdf"
    assert main(["minutes", "--db", str(demo), "--session", "NOPE", "-o", str(out)]) == 2
    assert "No session has the reference NOPE" in capsys.readouterr().err
    assert not out.exists()


def test_check_finds_the_demo_sound_and_a_broken_file_not(
    demo: Path, tmp_path: Path, capsys
) -> None:
    assert main(["check", "--db", str(demo)]) == 0
    assert "is sound: 1 session checked" in capsys.readouterr().out
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 100)
    assert main(["check", "--db", str(junk)]) == 1
    assert "is not a Tour de Table database" in capsys.readouterr().err


def test_check_reports_a_broken_rule(demo: Path, capsys) -> None:
    with sqlite3.connect(demo) as con:  # a position by a delegation not at the table
        con.execute(
            "INSERT INTO position_events (item_id, delegation, position, text, paragraphs,"
            " recorded_at, operator, workstation) VALUES (1, 'XYZ', 'agree', '', '',"
            " '2026-11-21 10:00:00', 'x', 'y')"
        )
    con.close()
    assert main(["check", "--db", str(demo)]) == 1
    assert "XYZ" in capsys.readouterr().err


def test_backup_writes_a_consistent_copy_and_never_overwrites(
    demo: Path, tmp_path: Path, capsys
) -> None:
    copy = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(demo), "-o", str(copy)]) == 0
    capsys.readouterr()
    assert main(["sessions", "--db", str(copy), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["reference"] == REF
    assert main(["backup", "--db", str(demo), "-o", str(copy)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_a_missing_database_is_a_sentence(tmp_path: Path, capsys) -> None:
    assert main(["sessions", "--db", str(tmp_path / "nope.sqlite")]) == 2
    assert "There is no database at" in capsys.readouterr().err
