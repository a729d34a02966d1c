"""A session names its delegations as on its date, everywhere: the roster, the seating
stored with it, the chair's summary, the audit trail and the PDF minutes in both languages.
A record of February 2003 says "Turkey" and "the Czech Republic"; one of 1985 "the Federal
Republic of Germany"; one of 2026 "Türkiye" and "Czechia"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.services import Workspace
from desktop.services.minutes import export_minutes
from tests.unit.reports.pdf import flat
from tests.unit.services.conftest import FakeClock, sql

FEB_2003 = date(2003, 2, 6)  # the worked case: a tasking put under silence until 10 February
DEC_1985 = date(1985, 12, 12)
NOV_2026 = date(2026, 11, 18)

SEATING_1985 = [
    "BEL", "CAN", "DNK", "FRA", "DEU", "GRC", "ISL", "ITA", "LUX", "NLD", "NOR",
    "PRT", "ESP", "TUR", "GBR", "USA",
]  # fmt: skip
SEATING_2003 = [
    "BEL", "CAN", "CZE", "DNK", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LUX",
    "NLD", "NOR", "POL", "PRT", "ESP", "TUR", "GBR", "USA",
]  # fmt: skip
SEATING_2026 = [
    "ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
    "GRC", "HUN", "ISL", "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR",
    "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA",
]  # fmt: skip

TODAYS = ("Türkiye", "Czechia", "Tchéquie")
OF_2003 = ("Turkey", "Turquie", "Czech Republic", "République tchèque")


def _session(ws: Workspace, clock: FakeClock, day: date) -> tuple[int, int]:
    """A NAC session on ``day`` with one item on which Türkiye (Turkey) objects, Czechia
    (the Czech Republic, when a member) holds a study reserve and Germany awaits
    instructions; an action for Türkiye; and, when Czechia sits, a silence it breaks."""
    clock.moment = datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)
    sid = ws.sessions.create(
        body_kind="NAC",
        level="permanent_representatives",
        session_date=day,
        reference=f"C-R({day.year})0005",
    ).value.id
    item = ws.agenda.add_item(sid, "Tasking to the NATO Military Authorities").value.id
    ws.positions.log(item, "TUR", "objection", text="Cannot agree to paragraph 4.")
    ws.positions.log(item, "DEU", "awaiting_instructions")
    members = {d.code for d in ws.sessions.get(sid).delegations}
    if "CZE" in members:
        ws.positions.log(item, "CZE", "study_reserve")
    ws.actions.add(item, owner_kind="delegation", owner="TUR", description="Report back.")
    if "CZE" in members:
        deadline = clock.moment.replace(tzinfo=None) + timedelta(days=4)  # Brussels time
        procedure = ws.silence.launch(item, deadline, title="Tasking").value.id
        clock.advance(days=4, hours=-2)
        ws.silence.record_letter(procedure, "CZE", clock.moment, text="Silence is broken.")
    return sid, item


def _roster(ws: Workspace, sid: int) -> dict[str, tuple[str, str]]:
    return {d.code: (d.name_en, d.name_fr) for d in ws.sessions.get(sid).delegations}


def _stored_keys(ws: Workspace, sid: int) -> dict[str, str]:
    rows = sql(ws, "SELECT delegation, sort_key FROM attendance WHERE session_id = :s", s=sid)
    return {str(code): str(key) for code, key in rows}


def _minutes(ws: Workspace, sid: int, language: str, folder: Path) -> str:
    target = export_minutes(ws, sid, language, folder / f"minutes-{language}.pdf")
    return flat(" ".join(page.extract_text() for page in PdfReader(target).pages))


# ---------------------------------------------------------------------- February 2003
def test_a_session_of_2003_seats_and_names_turkey_and_the_czech_republic(
    ws: Workspace, clock: FakeClock
) -> None:
    sid, item = _session(ws, clock, FEB_2003)
    detail = ws.sessions.get(sid)
    assert [d.code for d in detail.delegations] == SEATING_2003
    roster = _roster(ws, sid)
    assert roster["TUR"] == ("Turkey", "Turquie")
    assert roster["CZE"] == ("Czech Republic", "République tchèque")
    assert roster["DEU"] == ("Germany", "Allemagne")
    keys = _stored_keys(ws, sid)
    assert (keys["TUR"], keys["CZE"], keys["DEU"]) == ("turkey", "czech republic", "germany")
    assert [d.code for d in ws.positions.grid(sid).delegations] == SEATING_2003

    english, french = ws.positions.summary(item, "en"), ws.positions.summary(item, "fr")
    assert "Turkey" in english and "the Czech Republic" in english
    assert "la turquie" in french.lower() and "la république tchèque" in french.lower()
    for text in (english, french):
        assert not any(name in text for name in TODAYS), text

    whats = [e.what for e in ws.audit.entries(sid)]
    assert "Position of Turkey on item 1" in whats
    assert any("Czech Republic" in w for w in whats)
    assert not any(name in w for w in whats for name in TODAYS)


def test_the_minutes_of_2003_say_turkey_and_the_czech_republic_in_both_languages(
    ws: Workspace, clock: FakeClock, tmp_path: Path
) -> None:
    sid, _item = _session(ws, clock, FEB_2003)
    english = _minutes(ws, sid, "en", tmp_path)
    assert "Turkey" in english and "Czech Republic" in english
    assert not any(name in english for name in TODAYS)
    french = _minutes(ws, sid, "fr", tmp_path)
    assert "Turquie" in french and "République tchèque" in french
    assert not any(name in french for name in TODAYS)


# ---------------------------------------------------------------------- December 1985
def test_a_session_of_1985_names_the_federal_republic_of_germany_under_g(
    ws: Workspace, clock: FakeClock, tmp_path: Path
) -> None:
    sid, item = _session(ws, clock, DEC_1985)
    assert [d.code for d in ws.sessions.get(sid).delegations] == SEATING_1985
    assert _roster(ws, sid)["DEU"] == (
        "Federal Republic of Germany",
        "République fédérale d'Allemagne",
    )
    assert _roster(ws, sid)["TUR"] == ("Turkey", "Turquie")
    assert _stored_keys(ws, sid)["DEU"] == "germany"
    assert "the Federal Republic of Germany" in ws.positions.summary(item, "en")
    assert "la république fédérale d'allemagne" in ws.positions.summary(item, "fr").lower()
    english = _minutes(ws, sid, "en", tmp_path)
    assert "Federal Republic of Germany" in english and "Turkey" in english
    assert "Türkiye" not in english


# ---------------------------------------------------------------------- November 2026
def test_a_session_of_2026_says_turkiye_and_czechia(
    ws: Workspace, clock: FakeClock, tmp_path: Path
) -> None:
    sid, item = _session(ws, clock, NOV_2026)
    assert [d.code for d in ws.sessions.get(sid).delegations] == SEATING_2026
    roster = _roster(ws, sid)
    assert roster["TUR"] == ("Türkiye", "Türkiye")
    assert roster["CZE"] == ("Czechia", "Tchéquie")
    assert roster["DEU"] == ("Germany", "Allemagne")
    keys = _stored_keys(ws, sid)
    assert (keys["TUR"], keys["CZE"]) == ("turkiye", "czechia")
    assert "Türkiye" in ws.positions.summary(item, "en")
    assert "Position of Türkiye on item 1" in [e.what for e in ws.audit.entries(sid)]
    english = _minutes(ws, sid, "en", tmp_path)
    assert "Türkiye" in english and "Czechia" in english
    assert "Turkey" not in english and "Czech Republic" not in english
    french = _minutes(ws, sid, "fr", tmp_path)
    assert "Türkiye" in french and "Tchéquie" in french
    assert "Turquie" not in french and "République tchèque" not in french


# ---------------------------------------------------------------------- participants
# (session's date, code, names, stored sort key): an Ally-to-be added as an invitee.
INVITED = [
    # Invited in October 1954, the Federal Republic acceded on 6 May 1955.
    (
        date(1955, 1, 12),
        "DEU",
        ("Federal Republic of Germany", "République fédérale d'Allemagne"),
        "germany",
    ),
    # Invited at Madrid in July 1997, the Czech Republic acceded on 12 March 1999.
    (date(1998, 6, 10), "CZE", ("Czech Republic", "République tchèque"), "czech republic"),
]


@pytest.mark.parametrize("case", INVITED, ids=[c[1] for c in INVITED])
def test_a_participant_added_by_code_is_named_as_on_the_sessions_date(
    ws: Workspace, clock: FakeClock, case: tuple[date, str, tuple[str, str], str]
) -> None:
    day, code, names, key = case
    clock.moment = datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)
    sid = ws.sessions.create(body_kind="NAC", level="foreign_ministers", session_date=day).value.id
    ws.attendance.add_participant(sid, code, kind="invitee")
    assert _roster(ws, sid)[code] == names
    assert _stored_keys(ws, sid)[code] == key
    [row] = sql(
        ws,
        "SELECT display_name FROM attendance WHERE session_id = :s AND delegation = :c",
        s=sid,
        c=code,
    )
    assert row == (names[0],)
