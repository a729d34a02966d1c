"""Bilingual content (issue 22): every text the secretariat writes exists in English and in
French; the French minutes are French, a missing translation is printed marked and counted,
and the archive finds a text by either version. On both engines (``ws``)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pypdf
import pytest

from desktop import i18n
from desktop.domain.outcomes import Outcome
from desktop.domain.texts import Bilingual
from desktop.services import ValidationError, Workspace
from desktop.services.conflicts import ConflictError
from desktop.services.dto import MissingText
from desktop.services.minutes import (
    UntranslatedError,
    export_minutes,
    export_minutes_noted,
    untranslated_notice,
)
from tests.unit.services.conftest import FakeClock, sql


def _text(pdf: Path | bytes) -> str:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages).replace("\u00a0", " ")


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """The interface in ``language`` (its sentences as the catalogue has them), then English."""
    i18n.set_language(language)
    try:
        yield
    finally:
        i18n.set_language("en")


def _flat(value: str) -> str:
    return " ".join(value.replace("\u00a0", " ").split())


# ---------------------------------------------------------------------- the domain's rule
def test_a_bilingual_text_shows_its_own_version_or_the_other_one() -> None:
    both, english, french, none = (
        Bilingual("Title", "Titre"), Bilingual("Title"), Bilingual(fr="Titre"), Bilingual()
    )  # fmt: skip
    assert both.shown("fr") == ("Titre", True) and both.shown("en") == ("Title", True)
    assert english.shown("fr") == ("Title", False) and english.lacks("fr")
    assert french.shown("en") == ("Titre", False) and french.lacks("en")
    assert not both.lacks("fr") and not both.lacks("en") and both.missing() is None
    assert none.shown("fr") == ("", True) and not none.lacks("fr") and not none
    assert Bilingual("  ", "Titre").lacks("en")  # blank is missing


# ---------------------------------------------------------------------- services
def test_a_title_in_either_language_is_enough(ws: Workspace, nac: int) -> None:
    french = ws.agenda.add_item(nac, "", title_fr="Point en français seulement").value
    assert (french.title, french.title_fr) == ("", "Point en français seulement")
    both = ws.agenda.add_item(nac, "Work plan", title_fr="Plan de travail", summary_fr="Résumé.")
    assert (both.value.title_fr, both.value.summary_fr) == ("Plan de travail", "Résumé.")
    with pytest.raises(ValidationError, match="Give the agenda item a title"):
        ws.agenda.add_item(nac, " ", title_fr=" ")
    with pytest.raises(ValidationError, match="Give the agenda item a title"):
        ws.agenda.update_item(french.id, title_fr="")
    updated = ws.agenda.update_item(french.id, title="Item in English too").value
    assert (updated.title, updated.title_fr) == (
        "Item in English too",
        "Point en français seulement",
    )
    assert ws.agenda.update_item(french.id, title="").value.title_fr  # French alone again


def test_the_french_versions_are_checked_like_the_english(
    ws: Workspace, nac: int, item: int
) -> None:
    with pytest.raises(ValidationError, match="French title is 501 characters long"):
        ws.agenda.update_item(item, title_fr="x" * 501)
    with pytest.raises(ValidationError, match="control character"):
        ws.agenda.update_item(item, title_fr="Ligne\nbrisée")
    with pytest.raises(ValidationError, match="lone surrogate"):
        ws.agenda.update_item(item, summary_fr="\ud800")
    with pytest.raises(ValidationError, match="French place"):
        ws.sessions.update(nac, place_fr="Bruxelles\x1b[2J")
    assert ws.agenda.update_item(item, title_fr="  Décision  ").value.title_fr == "Décision"


def test_an_edit_of_a_french_version_is_refused_when_another_window_changed_it(
    ws: Workspace, database_location: Path | str, item: int
) -> None:
    with Workspace.open(database_location) as other:
        other.agenda.update_item(item, expected={"title_fr": ""}, title_fr="Décision du Conseil")
    with pytest.raises(ConflictError, match="French title"):
        ws.agenda.update_item(item, expected={"title_fr": ""}, title_fr="Autre titre")


def test_every_service_takes_and_gives_the_french_versions(
    ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    session = ws.sessions.update(nac, place_fr="Bruxelles", committee_name_fr="").value
    assert (session.place, session.place_fr) == ("", "Bruxelles")
    declared = ws.outcomes.declare(
        item, Outcome.REMITTED, remitted_to_fr="Comité politique", decision_text_fr="Renvoyé."
    ).value
    assert (declared.remitted_to_fr, declared.decision_text_fr) == ("Comité politique", "Renvoyé.")
    action = ws.actions.add(item, owner_kind="committee", description_fr="Faire rapport.").value
    assert (action.description, action.description_fr) == ("", "Faire rapport.")
    action = ws.actions.update(action.id, description="Report back.", owner_fr="Comité").value
    assert (action.description, action.owner_fr) == ("Report back.", "Comité")
    with pytest.raises(ValidationError, match="Say what the action is"):
        ws.actions.update(action.id, description="", description_fr="")
    procedure = ws.silence.launch(
        item, clock() + timedelta(days=2), title="Draft", title_fr="Projet"
    ).value
    assert procedure.title_fr == "Projet"
    edited = ws.silence.edit(
        procedure.id, title_fr="Projet révisé", expected={"title_fr": "Projet"}
    )
    assert (edited.value.title, edited.value.title_fr) == ("Draft", "Projet révisé")
    state = ws.speakers.intervene(item, "FRA", text_fr="La France appuie le texte.").value
    [said] = state.said
    assert (said.text, said.text_fr) == ("", "La France appuie le texte.")
    state = ws.speakers.correct_intervention(said.id, "France supports the text.").value
    [said] = state.said  # the French version is kept when only the English is given
    assert (said.text, said.text_fr) == ("France supports the text.", "La France appuie le texte.")
    assert ws.speakers.correct_intervention(said.id, "").value.said == ()  # off the record


def test_the_audit_trail_names_french_edits(
    ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    ws.agenda.update_item(item, title_fr="Décision du Conseil")
    ws.sessions.update(nac, place_fr="Bruxelles")
    procedure = ws.silence.launch(item, clock() + timedelta(days=2), title="Draft").value
    ws.silence.edit(procedure.id, title_fr="Projet")
    [said] = ws.speakers.intervene(item, "FRA", "France agrees.").value.said
    ws.speakers.correct_intervention(said.id, "France agrees.", text_fr="La France approuve.")
    action = ws.actions.add(item, owner_kind="committee", description="Report.").value
    ws.actions.update(action.id, description_fr="Faire rapport.")
    changes = [(e.what, e.before, e.after) for e in ws.audit.entries(nac)]
    assert ("French title of item 1", "", "Décision du Conseil") in changes
    assert ("Place of the session, in French", "", "Bruxelles") in changes
    assert ("French subject of the silence procedure on item 1", "", "Projet") in changes
    assert (
        "French summary of the intervention of France on item 1",
        "",
        "La France approuve.",
    ) in changes
    assert ("French description of an action on item 1", "", "Faire rapport.") in changes


# ---------------------------------------------------------------------- what lacks a version
def test_the_texts_in_one_language_are_listed_and_counted(
    ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    assert ws.translations.count(nac) == {"en": 0, "fr": 1}  # the item's title
    ws.agenda.update_item(item, title_fr="Décision du Conseil sur le programme de travail")
    ws.sessions.update(nac, place="Brussels")
    action = ws.actions.add(item, owner_kind="delegation", owner="FRA", description="Report.")
    ws.speakers.intervene(item, "DEU", "Germany agrees.", text_fr="L'Allemagne est d'accord.")
    ws.speakers.intervene(item, "POL", "Poland agrees.")
    ws.silence.launch(item, clock() + timedelta(days=2), title_fr="Projet")
    ws.outcomes.declare(item, Outcome.AGREED, decision_text_fr="Le Conseil a approuvé.")
    missing = ws.translations.missing(nac)
    assert [(m.where, m.lacks, m.text) for m in missing] == [
        ("The session's place", "fr", "Brussels"),
        ("Item 1, intervention by Poland", "fr", "Poland agrees."),
        ("Silence procedure on item 1, subject", "en", "Projet"),
        ("Item 1, decision", "en", "Le Conseil a approuvé."),
        ("Item 1, action item 1", "fr", "Report."),  # its owner is a delegation: no text
    ]
    assert missing[-1] == MissingText(
        "Item 1, action item 1", "description", "action_item", action.value.id, item, "fr",
        "Report.",
    )  # fmt: skip
    assert ws.translations.count(nac) == {"en": 2, "fr": 3}
    # Only what stands counts: a withdrawn declaration, a removed action are not printed.
    ws.outcomes.withdraw(item)
    ws.actions.remove(action.value.id)
    assert ws.translations.count(nac) == {"en": 1, "fr": 2}
    assert len(ws.minutes.assemble(nac).untranslated("fr")) == 2
    assert len(ws.minutes.assemble(nac).untranslated("en")) == 1


def test_the_places_name_delegations_in_the_language_of_the_interface(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.agenda.update_item(item, title_fr="Décision")
    ws.speakers.intervene(item, "DEU", "Germany agrees.")
    with use_language("fr"):
        [missing] = ws.translations.missing(nac)
    assert missing.where.endswith("Allemagne")


# ---------------------------------------------------------------------- the minutes
def test_the_demos_french_minutes_hold_no_english_of_the_secretariat(
    demo_ws: Workspace, tmp_path: Path
) -> None:
    [summary] = demo_ws.sessions.list_sessions()
    assert demo_ws.translations.count(summary.id) == {"en": 0, "fr": 0}
    minutes = demo_ws.minutes.assemble(summary.id)
    assert minutes.untranslated("fr") == () and minutes.untranslated("en") == ()
    english: list[str] = [minutes.place.en]
    spoken: list[str] = []  # what delegations said, in the language they spoke
    for item in minutes.items:
        english += [item.title.en, item.summary.en]
        english += [said.text.en for said in item.interventions]
        english += [record.title.en for record in item.silence]
        if item.decision is not None:
            english += [item.decision.decision_text.en, item.decision.remitted_to.en]
        english += [a.description.en for a in item.actions]
        english += [a.owner.en for a in item.actions if a.owner_kind != "delegation"]
        spoken += [step.text for p in item.positions for step in p.path]
        spoken += [e.text for r in item.silence for e in r.procedure.letters]
    english = [_flat(x) for x in english if x.strip()]
    assert len(english) > 25
    french = _text(export_minutes(demo_ws, summary.id, "fr", tmp_path / "fr.pdf"))
    for text in english:
        if any(text in _flat(words) for words in spoken):
            continue  # a delegation quoted it ("…returned to the Political and Partnerships…")
        assert text not in french, text
    assert "[non traduit]" not in french
    for item in minutes.items:
        assert _flat(item.title.fr) in french
    english_pdf = _text(export_minutes(demo_ws, summary.id, "en", tmp_path / "en.pdf"))
    assert all(text in english_pdf for text in english[:3])
    assert "Siège de l'OTAN, Bruxelles" in french and "[not translated]" not in english_pdf


def test_a_missing_translation_is_printed_marked_and_counted(
    ws: Workspace, nac: int, tmp_path: Path
) -> None:
    ws.agenda.add_item(nac, "Only in English", title_fr="")
    ws.agenda.add_item(nac, "Both", title_fr="Les deux", summary_fr="Seulement en français.")
    ws.sessions.update(nac, place="Brussels", place_fr="Bruxelles")
    result = export_minutes_noted(ws, nac, "fr", tmp_path / "fr.pdf")
    assert result.notices == (
        "1 text has no French version; it is printed in English, marked [non traduit].",
    )
    french = _text(result.value)
    assert "Only in English [non traduit]" in french
    assert "1. Only in English [non traduit]" in _flat(french)  # the contents say so too
    assert "Les deux" in french and "Both" not in french.replace("Bruxelles", "")
    english = export_minutes_noted(ws, nac, "en", tmp_path / "en.pdf")
    assert english.notices == (
        "1 text has no English version; it is printed in French, marked [not translated].",
    )
    assert "Seulement en français. [not translated]" in _text(english.value)
    pdf = pypdf.PdfReader(tmp_path / "fr.pdf")
    assert [o.title for o in pdf.outline][1] == "1. Only in English [non traduit]"


def test_minutes_that_must_be_wholly_translated_are_not_written(
    ws: Workspace, nac: int, item: int, tmp_path: Path
) -> None:
    target = tmp_path / "fr.pdf"
    with pytest.raises(UntranslatedError, match="1 text has no French version, so the French"):
        export_minutes(ws, nac, "fr", target, require_translation=True)
    assert not target.exists()
    ws.agenda.update_item(item, title_fr="Décision du Conseil")
    assert export_minutes(ws, nac, "fr", target, require_translation=True) == target


def test_the_notice_counts_in_both_languages() -> None:
    assert untranslated_notice(0, "fr") is None
    assert untranslated_notice(3, "fr") == (
        "3 texts have no French version; they are printed in English, marked [non traduit]."
    )
    assert untranslated_notice(1, "en") == (
        "1 text has no English version; it is printed in French, marked [not translated]."
    )


# ---------------------------------------------------------------------- the archive
def test_the_archive_finds_a_text_by_either_version(ws: Workspace, nac: int) -> None:
    item = ws.agenda.add_item(
        nac, "Maritime posture", title_fr="Posture maritime", summary_fr="Renforcement naval."
    ).value.id
    ws.outcomes.declare(
        item, Outcome.AGREED, decision_text="Approved.", decision_text_fr="Approuvée sans débat."
    )
    [hit] = ws.search.search("renforcement")
    assert (hit.item_id, hit.snippet) == (item, "Renforcement naval.")
    assert {h.kind for h in ws.search.search("maritime")} == {"item"}
    [decision] = ws.search.search("débat")
    assert decision.snippet == "Approuvée sans débat."
    [english] = ws.search.search("approved")
    assert english.snippet == "Approved."
    # An edit of the French version alone is kept in step.
    ws.agenda.update_item(item, title_fr="Posture navale")
    assert ws.search.search("navale")[0].snippet == "Posture navale"
    assert ws.search.search("maritime")[0].snippet == "Maritime posture"
    # So is an intervention summarised in French only, and its correction.
    said = ws.speakers.intervene(item, "FRA", text_fr="La France soutient la posture.").value
    [hit] = ws.search.search("soutient")
    assert hit.kind == "intervention" and hit.delegation == "FRA"
    ws.speakers.correct_intervention(said.said[0].id, "", text_fr="La France appuie la posture.")
    assert ws.search.search("soutient") == []
    assert ws.search.search("appuie")[0].snippet == "La France appuie la posture."


def test_a_hit_names_the_item_in_the_language_of_the_interface(ws: Workspace, nac: int) -> None:
    ws.agenda.add_item(nac, "Maritime posture", title_fr="Posture maritime")
    with use_language("fr"):
        assert ws.search.search("maritime")[0].item_title == "Posture maritime"
    assert ws.search.search("maritime")[0].item_title == "Maritime posture"


def test_the_index_holds_both_versions_in_one_row(ws: Workspace, nac: int) -> None:
    item = ws.agenda.add_item(nac, "Maritime posture", title_fr="Posture maritime").value.id
    [(title,)] = sql(ws, "SELECT title FROM search_index WHERE item_id = :i", i=item)
    assert title == "Maritime posture\x1ePosture maritime"


def test_when_a_session_moves_its_french_stays_indexed(ws: Workspace, nac: int) -> None:
    ws.agenda.add_item(nac, "Maritime posture", title_fr="Posture navale")
    ws.sessions.update(nac, session_date=datetime(2024, 5, 3).date())
    assert ws.search.search("navale")[0].snippet == "Posture navale"
