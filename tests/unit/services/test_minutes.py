"""Assembling the minutes from the database, and exporting them: against a real SQLite file."""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.minutes import PositionEvent, canonical_json, position_path
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.silence import LetterStatus, SilenceState
from desktop.services import Actor, NotFoundError, ValidationError, Workspace
from desktop.services.demo import write_demo
from desktop.services.minutes import ExportError, export_minutes
from tests.unit.reports.generated import Clock, build_session
from tests.unit.services.conftest import DEMO_TODAY as TODAY

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _session_id(ws: Workspace) -> int:
    [summary] = ws.sessions.list_sessions()
    return summary.id


# ---------------------------------------------------------------------- the record
def test_the_demo_record_has_the_session_its_people_and_items(demo_ws: Workspace) -> None:
    minutes = demo_ws.minutes.assemble(_session_id(demo_ws))
    assert minutes.full_reference == "C-R(2026)0042"
    assert minutes.session_date == date(2026, 11, 18)
    assert not minutes.is_draft
    assert len(minutes.members) == 32
    assert [m.name.en for m in minutes.members][:3] == ["Albania", "Belgium", "Bulgaria"]
    assert {a.code for a in minutes.others} == {"UKR", "IS"}
    iceland = minutes.attendee("ISL")
    assert iceland is not None and not iceland.present
    assert [i.number for i in minutes.items] == list(range(1, 9))


def test_corrections_replace_and_changes_show_the_path(demo_ws: Workspace) -> None:
    minutes = demo_ws.minutes.assemble(_session_id(demo_ws))
    one, _, three = minutes.items[:3]
    norway = one.position_of("NOR")
    assert norway is not None
    assert [s.position for s in norway.path] == [Position.AGREE]  # the O was a mis-key
    hungary = three.position_of("HUN")
    assert hungary is not None
    assert [s.position for s in hungary.path] == [
        Position.STUDY_RESERVE,
        Position.AGREE_AD_REFERENDUM,
    ]
    assert hungary.current.text == "Scrutiny reserve lifted during the meeting."
    assert one.current("TUR") is Position.AGREE


def test_silence_outcomes_and_actions_are_in_the_record(demo_ws: Workspace) -> None:
    minutes = demo_ws.minutes.assemble(_session_id(demo_ws))
    four, five = minutes.items[3], minutes.items[4]
    [broken] = four.silence
    assert broken.state is SilenceState.BROKEN
    assert broken.breaking == ("FRA", "BEL", "DEU")
    statuses = {x.delegation: broken.procedure.letter_status(x) for x in broken.procedure.letters}
    assert statuses["ITA"] is LetterStatus.LATE
    assert statuses["NLD"] is LetterStatus.COMMENT
    [running] = five.silence
    assert running.state is SilenceState.UNDER_SILENCE
    assert running.procedure.deadline > running.procedure.original_deadline
    assert four.decision is not None and four.decision.outcome is Outcome.NO_CONSENSUS
    assert minutes.items[1].decision is not None
    assert minutes.items[1].decision.remitted_to.en == "Political and Partnerships Committee"
    assert [a.item_number for a in minutes.actions] == [1, 2, 8]


def test_the_record_is_read_in_one_transaction(
    demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = _session_id(demo_ws)
    db = demo_ws._ctx.db
    opened = []
    original = db.transaction

    @contextmanager
    def counting():
        opened.append(1)
        with original() as s:
            yield s

    monkeypatch.setattr(db, "transaction", counting)
    demo_ws.minutes.assemble(sid)
    assert len(opened) == 1


def test_the_fingerprint_follows_the_record_not_the_database(
    demo_path: Path, tmp_path: Path
) -> None:
    other = tmp_path / "again.sqlite"
    write_demo(other, today=TODAY)
    with Workspace.open(demo_path) as a, Workspace.open(other) as b:
        first = a.minutes.assemble(_session_id(a))
        second = b.minutes.assemble(_session_id(b))
        assert first == second
        assert first.fingerprint == second.fingerprint
    with Workspace.open(other, clock=lambda: datetime(2026, 11, 23, 9, tzinfo=UTC)) as b:
        item = b.sessions.get(_session_id(b)).items[6].id
        b.positions.log(item, "FRA", Position.AGREE)
        assert b.minutes.assemble(_session_id(b)).fingerprint != first.fingerprint


def test_the_canonical_form_is_plain_sorted_json(demo_ws: Workspace) -> None:
    minutes = demo_ws.minutes.assemble(_session_id(demo_ws))
    text = canonical_json(minutes)
    payload = json.loads(text)
    assert payload["canonical_version"] == 4
    assert payload["record"]["@type"] == "Minutes"
    assert payload["record"]["opened_at"] == "2026-11-18T09:00:00+00:00"
    assert "Łukasz Wójcik" in text  # not escaped: the same bytes whatever the platform
    # The creation date of the PDF: the latest thing recorded, never a deadline to come.
    assert minutes.last_event_at == datetime(2026, 11, 19, 17, 25, tzinfo=UTC)


def test_a_relaunch_names_the_procedure_it_replaces(tmp_path: Path) -> None:
    clock = Clock()
    with Workspace.open(tmp_path / "g.sqlite", actor=Actor("t", "w"), clock=clock) as ws:
        expected = build_session(ws, clock, items=12)
        minutes = ws.minutes.assemble(expected.session_id)
    first, second = minutes.items[11].silence
    assert (first.number, first.relaunch_of) == (1, None)
    assert (second.number, second.relaunch_of) == (2, 1)
    assert minutes.items[5].silence[0].relaunch_of is None


# ---------------------------------------------------------------------- position paths
def _event(eid: int, position: Position, corrects: int | None = None, text: str = ""):
    when = T0 + timedelta(minutes=eid)
    return PositionEvent(eid, position, text, (), when, correction=corrects is not None)


def test_a_correction_replaces_the_entry_it_corrects() -> None:
    path = position_path([_event(1, Position.OBJECTION), _event(2, Position.AGREE, corrects=1)])
    assert [s.position for s in path] == [Position.AGREE]
    # When the delegation said it: the operator's fix does not move the moment it was said.
    assert path[0].recorded_at == T0 + timedelta(minutes=1)


def test_a_change_turned_into_a_correction_leaves_the_path_and_back() -> None:
    said = [_event(1, Position.STUDY_RESERVE, text="Capital studying."), _event(2, Position.AGREE)]
    assert [s.position for s in position_path(said)] == [Position.STUDY_RESERVE, Position.AGREE]
    fixed = [said[0], replace(said[1], correction=True)]
    assert [(s.position, s.text) for s in position_path(fixed)] == [(Position.AGREE, "")]
    first_alone = [replace(said[0], correction=True)]  # corrects nothing: still said
    assert [s.position for s in position_path(first_alone)] == [Position.STUDY_RESERVE]


def test_a_position_in_writing_says_so_on_its_step() -> None:
    event = replace(_event(1, Position.AGREE), in_writing=True)
    assert position_path([event])[0].in_writing


def test_a_change_of_mind_stays_on_the_path() -> None:
    path = position_path(
        [
            _event(1, Position.STUDY_RESERVE),
            _event(2, Position.AGREE),
            _event(3, Position.AGREE_AD_REFERENDUM, corrects=2, text="confirmed"),
        ]
    )
    assert [s.position for s in path] == [Position.STUDY_RESERVE, Position.AGREE_AD_REFERENDUM]


def test_repeats_merge_and_nothing_said_is_nothing() -> None:
    repeated = position_path(
        [_event(1, Position.AGREE), _event(2, Position.OBJECTION), _event(3, Position.AGREE, 2)]
    )
    assert [s.position for s in repeated] == [Position.AGREE]
    assert position_path([_event(1, Position.AGREE), _event(2, Position.NOT_STATED, 1)]) == ()
    assert position_path([]) == ()


# ---------------------------------------------------------------------- export
def test_export_writes_the_minutes_in_either_language(demo_ws: Workspace, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    target = export_minutes(
        demo_ws,
        _session_id(demo_ws),
        "fr",
        tmp_path / "compte-rendu.pdf",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert target == tmp_path / "compte-rendu.pdf"
    text = PdfReader(target).pages[0].extract_text()
    assert "COMPTE RENDU SUCCINCT" in text and "Page 1 sur" in text
    assert seen[-1] == (100, 100)
    again = export_minutes(demo_ws, _session_id(demo_ws), "fr", tmp_path / "again.pdf")
    assert again.read_bytes() == target.read_bytes()


def test_export_refuses_what_it_cannot_do(demo_ws: Workspace, tmp_path: Path) -> None:
    sid = _session_id(demo_ws)
    with pytest.raises(ValidationError, match="English"):
        export_minutes(demo_ws, sid, "de", tmp_path / "x.pdf")
    with pytest.raises(NotFoundError):
        export_minutes(demo_ws, sid + 99, "en", tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="folder"):
        export_minutes(demo_ws, sid, "en", tmp_path)
    with pytest.raises(ExportError, match="could not be written"):
        export_minutes(demo_ws, sid, "en", tmp_path / "missing" / "x.pdf")
    assert not list(tmp_path.glob("*.pdf"))


def test_workspace_offers_the_minutes(workspace: Workspace) -> None:
    session = workspace.sessions.create(
        body_kind="NPG", level="defence_ministers", session_date=date(2026, 2, 12)
    ).value
    minutes = workspace.minutes.assemble(session.id)
    assert minutes.is_draft and minutes.full_reference == "" and minutes.items == ()
    assert "FRA" not in {m.code for m in minutes.members}  # France does not sit in the NPG


# ---------------------------------------------------------------------- undone edits
def test_a_withdrawn_declaration_is_not_the_items_decision(
    ws: Workspace, nac: int, item: int
) -> None:
    ws.outcomes.declare(item, Outcome.AGREED, decision_text="The Council agreed.")
    ws.outcomes.withdraw(item)
    [record] = ws.minutes.assemble(nac).items
    assert record.decision is None
    ws.outcomes.declare(item, Outcome.NOTED, decision_text="The Council noted it.")
    [record] = ws.minutes.assemble(nac).items
    assert record.decision is not None
    assert (record.decision.outcome, record.decision.decision_text.en) == (
        Outcome.NOTED,
        "The Council noted it.",
    )


def test_the_pdf_does_not_print_a_withdrawn_decision(
    ws: Workspace, nac: int, item: int, tmp_path: Path
) -> None:
    ws.outcomes.declare(item, Outcome.AGREED, decision_text="Withdrawn words of the decision.")
    ws.outcomes.withdraw(item)
    target = export_minutes(ws, nac, "en", tmp_path / "minutes.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Withdrawn words" not in text


def test_removed_action_items_are_not_printed(ws: Workspace, nac: int, item: int) -> None:
    def add(description: str) -> int:
        return ws.actions.add(item, owner_kind="committee", description=description).value.id

    add("Report back.")
    mistake = add("Entered by mistake.")
    ws.actions.remove(mistake)
    assert [a.description.en for a in ws.minutes.assemble(nac).actions] == ["Report back."]
    ws.actions.restore(mistake)
    assert [a.description.en for a in ws.minutes.assemble(nac).actions] == [
        "Report back.",
        "Entered by mistake.",
    ]


# ---------------------------------------------------------------------- speakers
def test_who_spoke_is_in_the_record_in_speaking_order(demo_ws: Workspace) -> None:
    minutes = demo_ws.minutes.assemble(_session_id(demo_ws))
    black_sea = minutes.items[5]
    assert [(s.delegation, s.seconds) for s in black_sea.speakers] == [
        ("ROU", 130),
        ("BGR", 45),
        ("UKR", 90),
    ]  # Poland asked for the floor but did not speak
    assert all(item.speakers == () for n, item in enumerate(minutes.items) if n != 5)


def test_turns_add_up_and_a_struck_speaker_without_a_clock_is_named(tmp_path: Path) -> None:
    clock = Clock()
    with Workspace.open(tmp_path / "s.sqlite", actor=Actor("t", "w"), clock=clock) as ws:
        sid = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2)
        ).value.id
        item = ws.agenda.add_item(sid, "Work programme").value.id
        deu = ws.speakers.add(item, "DEU").value.waiting[0]
        for code, seconds in (("FRA", 60), ("DEU", 45), ("FRA", 70)):
            ws.speakers.start(item, code)
            clock.tick(seconds)
        ws.speakers.stop(item)
        ws.speakers.add(item, "ITA")
        ita = ws.speakers.state(item).waiting[1]
        ws.speakers.strike(ita.id)  # spoke without the clock running
        ws.speakers.strike(deu.id)
        [record] = ws.minutes.assemble(sid).items
    assert [(s.delegation, s.seconds) for s in record.speakers] == [
        ("FRA", 130),
        ("DEU", 45),
        ("ITA", 0),
    ]
