"""tourdetable extract and tourdetable working-copy, run in-process as a user types them."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from desktop.cli import main

REF = "C-R(2026)0042"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-extracts") / "demo.sqlite"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def _text(pdf: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(pdf).pages).replace("\u00a0", " ")


@pytest.mark.parametrize("form", ["record", "table"])
def test_extract_writes_the_delegations_pdf(demo: Path, tmp_path: Path, capsys, form: str) -> None:
    pdf = tmp_path / "deu.pdf"
    args = ["extract", "--db", str(demo), "--session", REF, "--delegation", "deu"]
    assert main([*args, "--lang", "fr", "--form", form, "-o", str(pdf)]) == 0
    assert capsys.readouterr().out == f"Wrote the extract of {REF} for DEU to {pdf}.\n"
    text = _text(pdf)
    assert "Allemagne" in text and "le compte rendu complet fait foi" in text


def test_extract_refuses_an_unknown_delegation(demo: Path, tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "xyz.pdf"
    args = ["extract", "--db", str(demo), "--session", REF, "--delegation", "XYZ"]
    assert main([*args, "-o", str(pdf)]) == 2
    err = capsys.readouterr().err
    assert "'XYZ' is not a delegation of this session" in err and "DEU" in err
    assert "Traceback" not in err
    assert not pdf.exists()


def test_extract_opens_the_database_read_only(demo: Path, tmp_path: Path) -> None:
    before = demo.read_bytes()
    pdf = tmp_path / "tur.pdf"
    args = ["extract", "--db", str(demo), "--session", REF, "--delegation", "TUR", "--read-only"]
    assert main([*args, "-o", str(pdf)]) == 0
    assert pdf.stat().st_size > 0
    assert demo.read_bytes() == before


@pytest.mark.parametrize("language", ["en", "fr"])
def test_working_copy_writes_a_word_document(
    demo: Path, tmp_path: Path, capsys, language: str
) -> None:
    target = tmp_path / "copy.docx"
    args = ["working-copy", "--db", str(demo), "--session", REF, "--lang", language]
    assert main([*args, "-o", str(target)]) == 0
    assert capsys.readouterr().out == (
        f"Wrote a working copy of the minutes of {REF} to {target}.\n"
    )
    document = Document(str(target))
    first = [p.text for p in document.paragraphs if p.text.strip()]
    assert any(
        t.startswith("Working copy for editing." if language == "en" else "Copie de travail")
        for t in first[:6]
    )


def test_working_copy_of_an_unknown_session_is_refused(demo: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "copy.docx"
    args = ["working-copy", "--db", str(demo), "--session", "C-R(1999)0001", "-o", str(target)]
    assert main(args) == 2
    assert "No session has the reference" in capsys.readouterr().err
    assert not target.exists()


def test_the_help_names_both_commands(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "extract" in out and "working-copy" in out
