"""The audit trail read by a user running in French: whole French sentences, the domain's
words and the delegations' names in French, French dates, with the recorded values in place;
and English again afterwards."""

from __future__ import annotations

import gettext
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from desktop import i18n
from desktop.services import Workspace
from tests.unit.services.conftest import FakeClock

PO = Path(__file__).resolve().parents[3] / "resources" / "translations" / "messages_fr.po"
NBSP = "\u00a0"


@pytest.fixture
def french() -> Iterator[None]:
    """French from the .po itself (compiled in memory, so no build step is needed), and
    English again afterwards."""
    with PO.open("rb") as stream:
        catalogue = read_po(stream, locale="fr")
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    i18n.reset_for_tests()
    i18n._catalogues["fr"] = gettext.GNUTranslations(buffer)
    i18n.set_language("fr")
    yield
    i18n.set_language("en")
    i18n.reset_for_tests()


def changes(ws: Workspace, session: int, action: str) -> list[tuple[str, str, str]]:
    return [(e.what, e.before, e.after) for e in ws.audit.entries(session) if e.action == action]


def test_a_corrected_position_reads_in_french(
    french: None, ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    logged = ws.positions.log(item, "DEU", "objection").value
    clock.advance(minutes=1)
    ws.positions.correct(logged.event_id, "reservation", paragraphs=["3"], text="Sous réserve.")

    assert changes(ws, nac, "position.corrected") == [
        (
            f"Allemagne{NBSP}: position sur le point 1",
            "objection",
            f"réserve (§{NBSP}3){NBSP}: «{NBSP}Sous réserve.{NBSP}»",
        )
    ]


def test_session_fields_read_in_french_with_french_labels(
    french: None, ws: Workspace, nac: int
) -> None:
    ws.sessions.update(nac, place="Bruxelles", format="informal")
    ws.sessions.update(nac, opened_at=datetime(2024, 5, 2, 8, 0, tzinfo=UTC))
    ws.sessions.update(nac, closed_at=datetime(2024, 5, 2, 16, 5, tzinfo=UTC))

    assert changes(ws, nac, "session.updated") == [
        ("Format de la séance", "formelle", "informelle"),
        ("Lieu de la séance", "", "Bruxelles"),
        ("Heure d'ouverture de la séance", "", f"2{NBSP}mai 2024 à 10{NBSP}h{NBSP}00 CEST"),
        ("Heure de clôture de la séance", "", f"2{NBSP}mai 2024 à 18{NBSP}h{NBSP}05 CEST"),
    ]


def test_agenda_items_are_named_the_french_way(
    french: None, ws: Workspace, nac: int, item: int
) -> None:
    second = ws.agenda.add_item(nac, "Questions diverses").value.id
    ws.agenda.move_item(second, 1)
    ws.agenda.remove_item(item)

    # Item numbers are those of the agenda now: the first item is off it.
    assert changes(ws, nac, "item.added")[-1] == (
        "Point 1 ajouté à l'ordre du jour",
        "",
        "Questions diverses",
    )
    assert changes(ws, nac, "item.moved") == [
        ("Rang du point 1 à l'ordre du jour", f"n°{NBSP}2", f"n°{NBSP}1")
    ]
    assert changes(ws, nac, "item.removed") == [
        (
            f"Point «{NBSP}Council decision on the work programme{NBSP}» retiré de l'ordre du jour",
            "Council decision on the work programme",
            "",
        )
    ]


def test_an_extended_silence_deadline_reads_in_french(
    french: None, ws: Workspace, nac: int, item: int
) -> None:
    procedure = ws.silence.launch(item, datetime(2024, 5, 6, 12, 0)).value.id
    ws.silence.extend(procedure, datetime(2024, 5, 8, 12, 0), reason="Deux délégations.")

    assert changes(ws, nac, "silence.launched") == [
        (
            "Procédure d'accord tacite lancée sur le point 1",
            "",
            f"échéance{NBSP}: 6{NBSP}mai 2024 à 12{NBSP}h{NBSP}00 CEST",
        )
    ]
    assert changes(ws, nac, "silence.extended") == [
        (
            "Échéance de la procédure d'accord tacite sur le point 1",
            f"6{NBSP}mai 2024 à 12{NBSP}h{NBSP}00 CEST",
            f"8{NBSP}mai 2024 à 12{NBSP}h{NBSP}00 CEST (Deux délégations.)",
        )
    ]


def test_attendance_and_an_outcome_read_in_french(
    french: None, ws: Workspace, nac: int, item: int
) -> None:
    ws.attendance.set_attendance(nac, "GBR", present=False)
    ws.outcomes.declare(item, "deferred")
    ws.outcomes.withdraw(item)

    assert changes(ws, nac, "attendance.updated") == [
        (f"Royaume-Uni{NBSP}: présence", "présente", "absente")
    ]
    assert changes(ws, nac, "outcome.declared") == [
        ("Déclaration du résultat du point 1", "", "reporté")
    ]
    assert changes(ws, nac, "outcome.withdrawn") == [
        ("Déclaration du résultat du point 1", "reporté", "retirée")
    ]


def test_the_csv_is_written_in_french(
    french: None, ws: Workspace, nac: int, item: int, tmp_path: Path
) -> None:
    ws.positions.log(item, "FRA", "agree_ad_referendum")

    text = ws.audit.export_csv(nac, tmp_path / "journal.csv").read_text(encoding="utf-8-sig")

    assert text.splitlines()[0] == "time,operator,workstation,action,what,before,after"
    assert text.splitlines()[-1].endswith(
        f",position.logged,France{NBSP}: position sur le point 1,,accord ad referendum"
    )


def test_english_is_back_after_french(ws: Workspace, nac: int, item: int) -> None:
    ws.positions.log(item, "DEU", "objection")

    assert changes(ws, nac, "position.logged") == [
        ("Position of Germany on item 1", "", "objection")
    ]
