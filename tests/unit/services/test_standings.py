"""Where an item stands, as the services hand it out: one state for the panel (``state``),
the grid (``grid``'s facts), the command line (``standings``), the minutes, an import and
``check``; and a declaration the record contradicts, wherever it enters."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain.outcomes import Discrepancy, Outcome
from desktop.domain.positions import Position
from desktop.domain.silence import SilenceState
from desktop.domain.standing import Lead, short_text, standing_of
from desktop.reports.minutes import render
from desktop.services import Workspace
from desktop.services.maintenance import check_database
from tests.unit.reports.pdf import whole
from tests.unit.services.conftest import FakeClock


def _grid_standing(ws: Workspace, session_id: int, item_id: int) -> Lead:
    """The lead the grid's header works out from the grid's facts, as the model does."""
    grid = ws.positions.grid(session_id)
    positions = {code: e.position for (i, code), e in grid.positions.items() if i == item_id}
    kind = next(i.kind for i in grid.items if i.id == item_id)
    return standing_of(
        grid.consensus[item_id],
        positions,
        declaration=grid.declared.get(item_id),
        silence=grid.silence.get(item_id),
        kind=kind,
        absent=[d.code for d in grid.delegations if not d.present],
    ).lead


def test_an_ad_referendum_declaration_is_the_state_everywhere(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.positions.all_agree_except(item, ["HUN", "ISL"])
    for code in ("HUN", "ISL"):
        ws.positions.log(item, code, Position.AGREE_AD_REFERENDUM)
    ws.outcomes.declare(item, Outcome.AGREED_AD_REFERENDUM)
    state = ws.outcomes.state(item).standing
    assert state.lead is Lead.DECLARED and not state.contradicted
    assert short_text(state, "en") == "Agreed ad referendum"
    assert state.consensus.pending == ("HUN", "ISL")  # the table, beside it
    [listed] = ws.outcomes.standings(nac)
    assert listed.standing == state
    assert _grid_standing(ws, nac, item) is Lead.DECLARED
    assert ws.outcomes.declarations([item])[item].outcome is Outcome.AGREED_AD_REFERENDUM  # type: ignore[union-attr]
    ws.outcomes.withdraw(item)
    assert ws.outcomes.declarations([item]) == {item: None}
    assert ws.outcomes.state(item).standing.lead is Lead.PENDING


def test_a_broken_silence_returns_the_item_to_the_council_everywhere(
    ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    ws.positions.all_agree_except(item, ["TUR"])
    deadline = datetime(2024, 5, 3, 16, 0, tzinfo=UTC)
    procedure = ws.silence.launch(item, deadline, text_reference="PO(2024)0001").value
    clock.advance(hours=2)
    ws.silence.record_letter(procedure.id, "TUR", clock.moment)
    state = ws.outcomes.state(item)
    assert state.outcome is not None and state.outcome.outcome is Outcome.UNDER_SILENCE
    assert state.standing.lead is Lead.SILENCE_BROKEN  # not "pending", not "under silence"
    assert state.standing.returns_to_council and state.standing.contradictions == ()
    assert _grid_standing(ws, nac, item) is Lead.SILENCE_BROKEN
    assert ws.outcomes.standings(nac)[0].standing.lead is Lead.SILENCE_BROKEN

    text = whole(render(ws.minutes.assemble(nac), "en"))
    assert text.count("returns to the Council") == 1
    assert "Under silence" not in text
    assert "Decision" not in text.split("Silence procedure", 1)[1]  # nothing said twice
    french = whole(render(ws.minutes.assemble(nac), "fr"))
    assert french.count("revient devant le Conseil") == 1
    assert "Soumis à la procédure" not in french

    clock.moment = deadline + timedelta(minutes=1)
    ws.silence.settle_due()  # the app declares "no consensus" when it settles
    settled = ws.outcomes.state(item).standing
    assert settled.lead is Lead.DECLARED and settled.silence is not None
    assert settled.silence.state is SilenceState.BROKEN and settled.contradictions == ()


def test_an_absent_member_is_pending_and_said_absent(ws: Workspace, nac: int, item: int) -> None:
    ws.attendance.set_attendance(nac, "ISL", present=False)
    ws.positions.all_agree_except(item)
    state = ws.outcomes.state(item).standing
    assert state.lead is Lead.PENDING and state.pending == ("ISL",) and state.absent == ("ISL",)
    assert ws.positions.summary(item, "en") == "All Allies agree except Iceland, which is absent."
    assert ws.positions.summary(item, "fr") == (
        "Tous les Alliés sont d'accord, sauf l'Islande, qui est absente."
    )


def _agreed_over_an_objection(ws: Workspace, item: int) -> None:
    ws.positions.all_agree_except(item, ["TUR"])
    ws.positions.log(item, "TUR", Position.OBJECTION, text="Türkiye cannot agree.")
    ws.outcomes.declare(item, Outcome.AGREED)


def test_a_file_declaring_agreed_over_an_objection_imports_and_says_so(
    ws: Workspace, nac: int, item: int, database_location: Path | str
) -> None:
    _agreed_over_an_objection(ws, item)
    document = json.loads(ws.files.export_session(nac))
    [declaration] = document["agenda"][0]["outcomes"]
    declaration["warnings"] = []  # a file's own warnings are not trusted
    forged = json.dumps(document, ensure_ascii=False, indent=2).encode()

    from desktop.services.session_file import parse

    result = ws.files.import_parsed(parse(forged), on_conflict="as_new")
    [notice] = result.notices
    assert "Item 1" in notice and "An objection stands (TUR)." in notice
    imported = result.value.id
    again = json.loads(ws.files.export_session(imported))
    assert again["agenda"][0]["outcomes"][0]["warnings"] == ["An objection stands (TUR)."]
    [entry] = ws.outcomes.standings(imported)
    assert entry.standing.lead is Lead.DECLARED
    assert [w.kind for w in entry.standing.contradictions] == [Discrepancy.OBJECTION_STANDS]

    report = check_database(database_location)
    assert report.sound  # findings, not damage
    assert len(report.findings) == 2  # the session and its imported copy
    assert all("An objection stands (TUR)." in finding for finding in report.findings)
    assert any(finding.startswith("C-R(2024)0020: Item 1, ") for finding in report.findings)

    text = whole(render(ws.minutes.assemble(imported), "en"))
    assert "Agreed. (The record shows an objection by Türkiye.)" in text
    french = whole(render(ws.minutes.assemble(imported), "fr"))
    assert "Approuvé. (Le compte rendu consigne une objection : Türkiye.)" in french


def test_forged_warnings_on_a_sound_declaration_are_dropped(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.positions.all_agree_except(item)
    ws.outcomes.declare(item, Outcome.AGREED)
    document = json.loads(ws.files.export_session(nac))
    document["agenda"][0]["outcomes"][0]["warnings"] = ["Everything is wrong."]
    from desktop.services.session_file import parse

    data = json.dumps(document, ensure_ascii=False, indent=2).encode()
    result = ws.files.import_parsed(parse(data), on_conflict="as_new")
    assert result.notices == ()
    again = json.loads(ws.files.export_session(result.value.id))
    assert again["agenda"][0]["outcomes"][0]["warnings"] == []


def test_a_declaration_is_checked_against_the_record_as_it_stood_then(
    ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    """ "Agreed" while Türkiye objected, then Türkiye lifted its objection: the declaration
    was warned about when made (and the import keeps that), but nothing contradicts it now."""
    _agreed_over_an_objection(ws, item)
    clock.advance(minutes=5)
    ws.positions.log(item, "TUR", Position.AGREE)
    document = json.loads(ws.files.export_session(nac))
    document["agenda"][0]["outcomes"][0]["warnings"] = []
    from desktop.services.session_file import parse

    data = json.dumps(document, ensure_ascii=False, indent=2).encode()
    result = ws.files.import_parsed(parse(data), on_conflict="as_new")
    assert result.notices == ()
    again = json.loads(ws.files.export_session(result.value.id))
    assert again["agenda"][0]["outcomes"][0]["warnings"] == ["An objection stands (TUR)."]
