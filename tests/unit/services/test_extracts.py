"""What the secretariat sends besides the minutes: a delegation's extract (PDF, two forms)
and the working copy of the record (DOCX), on the demo session."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from desktop.domain.minutes import Minutes
from desktop.domain.outcomes import Outcome
from desktop.reports.bilingual import chosen
from desktop.reports.minutes import fingerprint_words
from desktop.reports.minutes import render as render_minutes
from desktop.services import NotFoundError, ValidationError, Workspace
from desktop.services.demo import write_demo
from desktop.services.extracts import export_docx, export_extract
from tests.unit.reports.pdf import flat

from .conftest import DEMO_TODAY


def _session_id(ws: Workspace) -> int:
    return ws.sessions.list_sessions()[0].id


def _pdf_text(path_or_bytes: Path | bytes) -> str:
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return flat("\n".join(page.extract_text() for page in PdfReader(source).pages))


def _docx_text(path: Path) -> str:
    """Every paragraph of the document, its tables' included, in order."""
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts += [p.text for p in cell.paragraphs]
    return flat("\n".join(texts))


def _said(minutes: Minutes) -> list[tuple[str, str]]:
    """(delegation, statement) for every statement of the record, earlier ones included."""
    return [
        (record.delegation, step.text)
        for item in minutes.items
        for record in item.positions
        for step in record.path
        if step.text.strip()
    ]


# ---------------------------------------------------------------------- the working copy
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_working_copy_holds_what_the_pdf_says(
    demo_ws: Workspace, tmp_path: Path, language: str
) -> None:
    """Every item title, every position and statement, every decision of the PDF, in the
    DOCX too: compared on the text each file gives back (pypdf, python-docx)."""
    sid = _session_id(demo_ws)
    minutes = demo_ws.minutes.assemble(sid)
    pdf = _pdf_text(render_minutes(minutes, language))
    written = export_docx(demo_ws, sid, language, tmp_path / "copy.docx")
    docx = _docx_text(written)
    expected = [chosen(item.title, language) for item in minutes.items]
    expected += [flat(text) for _code, text in _said(minutes)]
    for item in minutes.items:
        for record in item.positions:
            attendee = minutes.attendee(record.delegation)
            assert attendee is not None
            expected.append(attendee.name(language))
            expected += [step.position.label(language) for step in record.path[:-1]]
        if item.decision is not None:
            expected.append(flat(chosen(item.decision.decision_text, language)))
        expected += [flat(chosen(said.text, language)) for said in item.interventions]
    assert len(expected) > 30
    for words in expected:
        assert flat(words) in pdf, words  # the comparison is fair: the PDF says it
        assert flat(words) in docx, words
    declared = [i for i in minutes.items if i.decision and i.decision.outcome is Outcome.AGREED]
    assert declared
    agreed = "Agreed." if language == "en" else "Approuvé."
    assert agreed in pdf and agreed in docx


def test_the_working_copy_is_structured_and_says_the_pdf_is_the_record(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    sid = _session_id(demo_ws)
    minutes = demo_ws.minutes.assemble(sid)
    document = Document(str(export_docx(demo_ws, sid, "en", tmp_path / "copy.docx")))
    styled = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    assert [t for s, t in styled if s == "Title"] == [minutes.heading("en")]
    headings = [t for s, t in styled if s == "Heading 1"]
    for item in minutes.items:
        assert f"{item.number}. {item.title.en}" in headings
    assert {"Present", "Action items", "Annex: position grid"} <= set(headings)
    note = next(t for _s, t in styled if t.startswith("Working copy for editing."))
    assert note == (
        "Working copy for editing. The PDF issued by the secretariat remains the record; "
        f"fingerprint {fingerprint_words(minutes)}."
    )
    first_table = document.tables[1].rows[0].cells[0].text  # after the organisation's names
    assert first_table == "Date"
    header = document.sections[0].header.paragraphs[0].text
    assert header == minutes.classification.marking
    assert document.core_properties.language == "en-GB"


def test_the_working_copy_refuses_what_it_cannot_do(demo_ws: Workspace, tmp_path: Path) -> None:
    sid = _session_id(demo_ws)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match="English"):
        export_docx(demo_ws, sid, "de", out / "x.docx")
    with pytest.raises(NotFoundError):
        export_docx(demo_ws, sid + 99, "en", out / "x.docx")
    assert not list(out.iterdir())


# ---------------------------------------------------------------------- extracts
@pytest.mark.parametrize("form", ["record", "table"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_extract_holds_the_delegations_statements_and_no_others(
    demo_ws: Workspace, tmp_path: Path, form: str, language: str
) -> None:
    sid = _session_id(demo_ws)
    minutes = demo_ws.minutes.assemble(sid)
    said = _said(minutes)
    for code in ("TUR", "HUN", "FRA"):
        path = export_extract(
            demo_ws, sid, code.lower(), language, tmp_path / f"{code}.pdf", form=form
        )
        text = _pdf_text(path)
        own = [flat(t) for c, t in said if c == code]
        others = [flat(t) for c, t in said if c != code]
        assert own, code
        for statement in own:
            assert statement in text, (code, statement)
        for statement in others:
            assert statement not in text, (code, statement)


def test_an_extract_prints_changes_interventions_letters_and_decisions(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    sid = _session_id(demo_ws)
    minutes = demo_ws.minutes.assemble(sid)
    hungary = _pdf_text(export_extract(demo_ws, sid, "HUN", "en", tmp_path / "hun.pdf"))
    assert "Changed position: study reserve at 10:05" in hungary  # as the full minutes say
    for item in minutes.items:
        assert item.title.en in hungary
        if item.decision is not None and item.decision.decision_text:
            assert flat(item.decision.decision_text.en) in hungary
    romania = _pdf_text(export_extract(demo_ws, sid, "ROU", "en", tmp_path / "rou.pdf"))
    [said] = [s for item in minutes.items for s in item.interventions if s.delegation == "ROU"]
    assert flat(said.text.en) in romania
    others = [s for item in minutes.items for s in item.interventions if s.delegation != "ROU"]
    assert others and all(flat(s.text.en) not in romania for s in others)
    germany = _pdf_text(export_extract(demo_ws, sid, "DEU", "en", tmp_path / "deu.pdf"))
    assert "Germany — BREAKS SILENCE; letter DEU/DEL/2026/1530." in germany
    assert "FRA/DEL/2026/0840" not in germany  # France's letter is France's


def test_an_extract_carries_the_whole_records_fingerprint_and_says_what_it_is(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    sid = _session_id(demo_ws)
    minutes = demo_ws.minutes.assemble(sid)
    for form in ("record", "table"):
        path = export_extract(demo_ws, sid, "DEU", "fr", tmp_path / f"{form}.pdf", form=form)
        reader = PdfReader(path)
        pages = [flat(page.extract_text()) for page in reader.pages]
        marking = minutes.classification.marking
        assert all(page.count(marking) == 2 for page in pages)  # top and bottom
        assert all(minutes.full_reference in page for page in pages)
        last = pages[-1]
        assert f"Empreinte du compte rendu complet (SHA-256) : {fingerprint_words(minutes)}" in (
            last
        )
        assert (
            f"Extrait de {minutes.full_reference} — Allemagne ; le compte rendu complet fait foi."
            in last
        )
        assert all("Empreinte" not in page for page in pages[:-1])
        assert minutes.fingerprint in str(reader.metadata.get("/Keywords"))


def test_an_extract_lists_the_action_items_the_delegation_owns(tmp_path: Path) -> None:
    write_demo(tmp_path / "demo.sqlite", today=DEMO_TODAY)
    with Workspace.open(tmp_path / "demo.sqlite") as ws:
        sid = _session_id(ws)
        item = ws.sessions.get(sid).items[0].id
        ws.actions.add(
            item, owner_kind="delegation", owner="DEU", owner_fr="DEU",
            description="Report on the test centres.", description_fr="Rendre compte.",
            due_date=date(2027, 1, 15),
        )  # fmt: skip
        ws.actions.add(
            item, owner_kind="delegation", owner="FRA", owner_fr="FRA",
            description="Circulate the French text.", description_fr="Diffuser.",
        )  # fmt: skip
        germany = _pdf_text(export_extract(ws, sid, "DEU", "en", tmp_path / "deu.pdf"))
    assert "Report on the test centres." in germany
    assert "15 Jan 2027" in germany
    assert "Circulate the French text." not in germany


def test_an_unknown_delegation_is_refused_with_a_sentence(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    sid = _session_id(demo_ws)
    out = tmp_path / "out"
    out.mkdir()
    for code in ("XYZ", "IS", ""):  # IS: the International Staff, no delegation
        with pytest.raises(ValidationError, match="is not a delegation of this session"):
            export_extract(demo_ws, sid, code, "en", out / "x.pdf")
    with pytest.raises(ValidationError, match="table"):
        export_extract(demo_ws, sid, "DEU", "en", out / "x.pdf", form="letter")
    with pytest.raises(ValidationError, match="English"):
        export_extract(demo_ws, sid, "DEU", "de", out / "x.pdf")
    assert not list(out.iterdir())
