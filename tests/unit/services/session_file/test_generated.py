"""Generated sessions: export → import → export is the identity, and every export matches the
schema. Sessions are made the way an operator makes them, through the services, with random
steps (some of which the services refuse, as they would refuse the operator)."""

from __future__ import annotations

import contextlib
import itertools
import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.domain.actions import ActionStatus, OwnerKind
from desktop.domain.bodies import BodyKind, body
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.review import ApprovalKind
from desktop.domain.sessions import (
    AgendaKind,
    AttendanceKind,
    ChairRole,
    Classification,
    Format,
)
from desktop.domain.silence import LetterKind, LetterStatus, SilenceState
from desktop.services import Actor, NotFoundError, ValidationError, Workspace
from desktop.services.session_file import parse
from desktop.services.session_file.exporting import to_bytes
from desktop.services.text_rules import CONTROL

SCHEMA = json.loads(
    (Path(__file__).parents[4] / "resources" / "schema" / "session-file.schema.json").read_text(
        encoding="utf-8"
    )
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# Text as operators type it and as hostile files hold it: markup, quotes, controls, any script.
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("<>&\"'\\/{}[],;:\n\t\r\x00 éß€漢字🙂\u2028\u202e")),
        st.characters(codec="utf-8"),
    ),
    max_size=24,
)
WORDS = st.builds(lambda first, rest: first + rest, st.sampled_from(list('Aé漢<&"')), TEXT)
# The same for a one-line field (a title, a name, a place): no control character.
LINE = TEXT.map(lambda text: CONTROL.sub("", text))
LINE_WORDS = WORDS.map(lambda text: CONTROL.sub("", text))
PARAGRAPHS = st.lists(st.sampled_from(["1", "2", "3.1", "4 bis", "§7", "Annex B"]), max_size=3)
DATES = {
    BodyKind.NAC: st.one_of(
        st.sampled_from(
            [date(1949, 8, 24), date(1999, 3, 12), date(2022, 7, 10), date(2024, 3, 7)]
        ),
        st.dates(date(1950, 1, 1), date(2030, 12, 31)),
    ),
    BodyKind.NPG: st.dates(date(1966, 12, 14), date(2030, 12, 31)),
    BodyKind.MC: st.dates(date(1950, 1, 1), date(2030, 12, 31)),
    BodyKind.DPC: st.dates(date(1963, 1, 1), date(2010, 12, 31)),
    BodyKind.COMMITTEE: st.dates(date(1950, 1, 1), date(2030, 12, 31)),
}
REFERENCES = itertools.count(1)


class Clock:
    """The operator's clock: it only moves forward, by whole seconds or odd microseconds."""

    def __init__(self) -> None:
        self.moment = datetime(2024, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Workspace, Clock]]:
    folder = tmp_path_factory.mktemp("generated")
    clock = Clock()
    source = Workspace.open(folder / "source.sqlite", actor=Actor("op-1", "room-1"), clock=clock)
    target = Workspace.open(folder / "target.sqlite", actor=Actor("op-2", "room-2"), clock=clock)
    yield source, target, clock
    source.close()
    target.close()


def new_session(ws: Workspace, clock: Clock, draw: Callable[..., Any]) -> int:
    kind = draw(st.sampled_from(list(BodyKind)))
    day = draw(DATES[kind])
    clock.moment = datetime(day.year, day.month, day.day, 7, tzinfo=UTC) + timedelta(
        microseconds=draw(st.integers(0, 999_999))
    )
    with_reference = draw(st.booleans())
    return ws.sessions.create(
        body_kind=kind,
        level=draw(st.sampled_from(body(kind).levels)),
        session_date=day,
        format=draw(st.sampled_from(list(Format))),
        reference=f"C-R({day.year})G{next(REFERENCES):05d}" if with_reference else "",
        committee_name=draw(LINE_WORDS) if kind is BodyKind.COMMITTEE else "",
        committee_name_fr=draw(LINE) if kind is BodyKind.COMMITTEE else "",
        place=draw(LINE),
        place_fr=draw(LINE),
        chair=draw(LINE),
        chair_role=draw(st.sampled_from(list(ChairRole))),
        classification=draw(st.sampled_from(list(Classification))),
        opened_at=clock.moment if draw(st.booleans()) else None,
    ).value.id


class Operator:
    """One random step at a time, as the secretariat would take it."""

    def __init__(self, ws: Workspace, clock: Clock, sid: int, draw: Callable[..., Any]) -> None:
        self.ws, self.clock, self.sid, self.draw = ws, clock, sid, draw
        self.removed_actions: list[int] = []

    # Each step by name, the likelier ones more than once.
    STEPS = (
        *("add_item", "edit_agenda", "attendance", "participant", "session"),
        *("log", "log", "log", "correct", "all_agree", "reclassify"),
        *("speak", "intervene", "intervene", "correct_intervention"),
        *("launch", "launch", "letter", "letter", "letter", "withdraw_break", "extend"),
        *("withdraw", "relaunch", "settle", "declare", "withdraw_outcome", "action"),
        *("review", "review", "review", "review"),
    )

    def step(self) -> None:
        name = "do_" + self.draw(st.sampled_from(self.STEPS))
        self.clock.moment += timedelta(
            seconds=self.draw(st.integers(0, 4000)), microseconds=self.draw(st.integers(0, 999_999))
        )
        # A step the services refuse writes nothing, as it would for an operator.
        with contextlib.suppress(ValidationError, NotFoundError):
            getattr(self, name)()

    # ------------------------------------------------------------------ helpers
    def items(self) -> list[int]:
        return [i.id for i in self.ws.sessions.get(self.sid).items]

    def pick(self, options: list[Any]) -> Any:
        if not options:
            raise NotFoundError("nothing to pick")
        return self.draw(st.sampled_from(options))

    def codes(self, *, staff: bool = True) -> list[str]:
        return [
            d.code
            for d in self.ws.sessions.get(self.sid).delegations
            if staff or d.kind is not AttendanceKind.STAFF
        ]

    def procedure(self, *, running: bool = False) -> Any:
        views = self.ws.silence.for_session(self.sid)
        return self.pick([v for v in views if v.is_open or not running])

    def later(self, start: datetime, most_hours: int = 200) -> datetime:
        return start + timedelta(
            hours=self.draw(st.integers(0, most_hours)), seconds=self.draw(st.integers(1, 3599))
        )

    # ------------------------------------------------------------------ agenda and attendance
    def do_add_item(self) -> None:
        self.ws.agenda.add_item(
            self.sid,
            self.draw(LINE_WORDS),
            kind=self.draw(st.sampled_from(list(AgendaKind))),
            documents=self.draw(LINE),
            summary=self.draw(TEXT),
            title_fr=self.draw(LINE),
            summary_fr=self.draw(TEXT),
        )

    def do_edit_agenda(self) -> None:
        item = self.pick(self.items())
        choice = self.draw(st.integers(0, 5))
        if choice == 0:
            self.ws.agenda.remove_item(item)
        elif choice == 1:
            self.ws.agenda.move_item(item, self.draw(st.integers(1, 5)))
        else:
            self.ws.agenda.update_item(item, summary=self.draw(TEXT))

    def do_attendance(self) -> None:
        code = self.pick(self.codes())
        self.ws.attendance.set_attendance(
            self.sid, code, present=self.draw(st.booleans()), head_of_delegation=self.draw(LINE)
        )

    def do_participant(self) -> None:
        code = self.draw(st.sampled_from(["UKR", "AUS", "JPN", "IS", "IMS", "FIN", "SWE", "EU"]))
        if self.draw(st.integers(0, 3)) == 0:
            self.ws.attendance.remove_participant(self.sid, code)
            return
        kinds = [AttendanceKind.INVITEE, AttendanceKind.PARTNER, AttendanceKind.STAFF]
        self.ws.attendance.add_participant(
            self.sid, code, kind=self.draw(st.sampled_from(kinds)), name=self.draw(LINE)
        )

    def do_session(self) -> None:
        if self.draw(st.booleans()):
            self.ws.sessions.close(self.sid)
        else:
            self.ws.sessions.update(self.sid, place=self.draw(LINE), chair=self.draw(LINE))

    # ------------------------------------------------------------------ positions
    def do_log(self) -> None:
        self.ws.positions.log(
            self.pick(self.items()),
            self.pick(self.codes(staff=self.draw(st.integers(0, 9)) == 0)),
            self.draw(st.sampled_from(list(Position))),
            text=self.draw(TEXT),
            paragraphs=self.draw(PARAGRAPHS),
        )

    def do_correct(self) -> None:
        item = self.pick(self.items())
        current = self.ws.positions.grid(self.sid).positions
        entry = self.pick([e for (i, _), e in current.items() if i == item])
        if self.draw(st.booleans()):
            self.ws.positions.set_text(item, entry.delegation, self.draw(TEXT))
        else:
            self.ws.positions.correct(
                entry.event_id,
                self.draw(st.sampled_from(list(Position))),
                text=self.draw(TEXT),
                paragraphs=self.draw(PARAGRAPHS),
            )

    def do_reclassify(self) -> None:
        item = self.pick(self.items())
        event = self.pick(self.ws.positions.history(item))
        self.ws.positions.reclassify(event.event_id, self.draw(st.booleans()))

    def do_all_agree(self) -> None:
        exceptions = self.draw(st.lists(st.sampled_from(self.codes()), max_size=4))
        self.ws.positions.all_agree_except(self.pick(self.items()), exceptions)

    # ------------------------------------------------------------------ speakers
    def do_speak(self) -> None:
        item = self.pick(self.items())
        if self.draw(st.integers(0, 2)) == 0:
            self.ws.speakers.stop(item)
        else:
            self.ws.speakers.start(item, self.pick(self.codes()))

    def do_intervene(self) -> None:
        self.ws.speakers.intervene(
            self.pick(self.items()),
            self.pick(self.codes()),
            self.draw(WORDS),
            text_fr=self.draw(TEXT),
        )

    def do_correct_intervention(self) -> None:
        said = self.ws.speakers.state(self.pick(self.items())).said
        self.ws.speakers.correct_intervention(
            self.pick(list(said)).id, self.draw(TEXT), text_fr=self.draw(st.none() | TEXT)
        )

    # ------------------------------------------------------------------ silence
    def do_launch(self) -> None:
        self.ws.silence.launch(
            self.pick(self.items()),
            self.later(self.clock.moment, 120),
            text_reference=self.draw(LINE),
            title=self.draw(LINE),
            launched_by=self.draw(LINE),
            title_fr=self.draw(LINE),
        )

    def do_letter(self) -> None:
        view = self.procedure()
        self.ws.silence.record_letter(
            view.id,
            self.pick(self.codes()),
            self.later(view.launched_at, 60),
            kind=self.draw(st.sampled_from(list(LetterKind))),
            paragraphs=self.draw(PARAGRAPHS),
            reference=self.draw(LINE),
            text=self.draw(TEXT),
        )

    def do_withdraw_break(self) -> None:
        view = self.procedure(running=self.draw(st.integers(0, 4)) > 0)
        letter = self.pick(list(view.letters))
        received = letter.received_at + timedelta(minutes=self.draw(st.integers(0, 600)))
        self.ws.silence.withdraw_break(view.id, letter.seq, received, self.draw(LINE))

    def do_extend(self) -> None:
        view = self.procedure(running=self.draw(st.integers(0, 4)) > 0)
        self.ws.silence.extend(view.id, self.later(view.deadline, 72), self.draw(TEXT))

    def do_withdraw(self) -> None:
        self.ws.silence.withdraw(self.procedure().id, self.draw(TEXT))

    def do_relaunch(self) -> None:
        self.ws.silence.relaunch(
            self.procedure().id,
            self.later(self.clock.moment, 120),
            text_reference=self.draw(LINE),
            reason=self.draw(TEXT),
        )

    def do_settle(self) -> None:
        self.clock.moment += timedelta(hours=self.draw(st.integers(0, 200)))
        self.ws.silence.settle_due()

    # ------------------------------------------------------------------ outcomes and actions
    def do_declare(self) -> None:
        outcome = self.draw(st.sampled_from(list(Outcome)))
        self.ws.outcomes.declare(
            self.pick(self.items()),
            outcome,
            decision_text=self.draw(TEXT),
            remitted_to=self.draw(LINE_WORDS) if outcome is Outcome.REMITTED else "",
            decision_text_fr=self.draw(TEXT),
            remitted_to_fr=self.draw(LINE),
        )

    def do_withdraw_outcome(self) -> None:
        self.ws.outcomes.withdraw(self.pick(self.items()))

    def do_action(self) -> None:
        actions = self.ws.actions.for_session(self.sid)
        choice = self.draw(st.integers(0, 5))
        if actions and choice <= 2:
            self.ws.actions.update(
                self.pick(actions).id,
                status=self.draw(st.sampled_from(list(ActionStatus))),
                clear_due_date=self.draw(st.booleans()),
            )
            return
        if actions and choice == 3:
            removed = self.pick(actions).id
            self.ws.actions.remove(removed)
            self.removed_actions.append(removed)
            return
        if self.removed_actions and choice == 4:
            self.ws.actions.restore(self.pick(self.removed_actions))
            return
        self.ws.actions.add(
            self.pick(self.items()),
            owner_kind=self.draw(st.sampled_from(list(OwnerKind))),
            owner=self.draw(LINE),
            description=self.draw(WORDS),
            owner_fr=self.draw(LINE),
            description_fr=self.draw(TEXT),
            due_date=self.draw(st.none() | st.dates(date(1950, 1, 1), date(2040, 12, 31))),
        )

    # ------------------------------------------------------------------ the review
    def do_review(self) -> None:
        review, sid = self.ws.review, self.sid
        choice = self.draw(
            st.sampled_from(["issue", "receive", "receive", "decide", "decide", "approve"])
        )
        if choice == "issue" or not review.view(sid).review.issues:  # the draft first
            review.issue(sid)
        elif choice == "receive":
            items = self.items()
            item = self.draw(st.sampled_from(items)) if items and self.draw(st.booleans()) else None
            review.receive(
                sid,
                self.pick(self.codes()),
                self.draw(WORDS),
                received_at=self.clock.moment,
                item_id=item,
                paragraph=self.draw(LINE),
            )
        elif choice == "decide":
            corrections = review.view(sid).review.corrections
            correction = self.pick([c.id for c in corrections])
            if self.draw(st.booleans()):
                review.accept(correction, self.draw(TEXT))
            else:
                review.decline(correction, self.draw(WORDS))
        elif review.view(sid).review.locked:
            review.reopen(sid, self.draw(WORDS))
        else:
            review.approve(
                sid,
                approved_at=self.clock.moment,
                how=self.draw(st.sampled_from(list(ApprovalKind))),
                reference=self.draw(LINE),
            )


def round_trip(source: Workspace, target: Workspace, sid: int) -> bytes:
    exported = source.files.export_session(sid)
    VALIDATOR.validate(json.loads(exported))
    assert to_bytes(parse(exported)) == exported  # the file alone, without a database
    imported = target.files.import_parsed(parse(exported), source="generated.json").value
    assert target.files.export_session(imported.id) == exported
    return exported


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_generated_sessions_survive_the_round_trip(
    rig: tuple[Workspace, Workspace, Clock], data: st.DataObject
) -> None:
    source, target, clock = rig
    sid = new_session(source, clock, data.draw)
    operator = Operator(source, clock, sid, data.draw)
    operator.do_add_item()
    for _ in range(data.draw(st.integers(3, 40), label="steps")):
        operator.step()
    exported = json.loads(round_trip(source, target, sid))
    agenda = exported["agenda"]
    event(f"positions: {min(9, sum(len(i['positions']) for i in agenda)) // 3 * 3}+")
    procedures = [p for i in agenda for p in i["silence_procedures"]]
    event(f"silence procedures: {min(3, len(procedures))}+")
    for kind in {e["kind"] for p in procedures for e in p["events"]}:
        event(f"silence event: {kind}")
    if any(o["withdrawn"] for i in agenda for o in i["outcomes"]):
        event("an outcome withdrawn")
    for kind in {e["kind"] for e in exported["review"]}:
        event(f"review: {kind}")


def test_a_session_with_every_kind_of_event_survives_the_round_trip(
    rig: tuple[Workspace, Workspace, Clock],
) -> None:
    """The same, scripted, so that every path is taken whatever hypothesis draws."""
    source, target, clock = rig
    clock.moment = datetime(2023, 4, 4, 7, 0, 0, 250_000, tzinfo=UTC)
    ws = source
    sid = ws.sessions.create(
        body_kind="NAC", level="foreign_ministers", session_date=date(2023, 4, 4)
    ).value.id
    ws.attendance.add_participant(sid, "IS", kind="staff", name="International Staff")
    item = ws.agenda.add_item(sid, "Décision <b>&amp;</b> «quoted»").value.id
    wrong = ws.positions.log(item, "NOR", "objection", text="x\ny", paragraphs=["1"]).value
    ws.positions.correct(wrong.event_id, "agree")
    ws.positions.log(item, "SWE", "agree_with_statement", text="Sverige 🙂")

    def tick(**delta: float) -> datetime:  # time passes
        clock.moment += timedelta(**delta)
        return clock.moment

    def ahead(**delta: float) -> datetime:  # a deadline
        return clock.moment + timedelta(**delta)

    first = ws.silence.launch(item, ahead(days=3)).value
    ws.silence.record_letter(first.id, "FRA", tick(hours=1))  # a break, withdrawn below
    ws.silence.record_letter(first.id, "SWE", tick(hours=1))  # no decision rights
    ws.silence.record_letter(first.id, "DEU", tick(hours=1), kind="comment")
    ws.silence.withdraw_break(first.id, 1, tick(hours=1))
    ws.silence.extend(first.id, first.deadline + timedelta(days=1), "Asked by two.")
    ws.silence.withdraw(first.id, "Overtaken.")
    ws.silence.record_letter(first.id, "BEL", tick(hours=1))  # after the withdrawal
    second = ws.silence.relaunch(first.id, ahead(days=2), text_reference="REV1").value
    ws.silence.record_letter(second.id, "TUR", tick(hours=1), paragraphs=["2", "3"])  # breaks
    third = ws.silence.relaunch(second.id, ahead(days=2), text_reference="REV2").value
    tick(days=3)
    ws.silence.settle_due()  # the third is adopted
    ws.silence.record_letter(third.id, "ITA", tick(minutes=5))  # late
    ws.outcomes.declare(item, "agreed")
    ws.outcomes.withdraw(item)  # undone
    ws.outcomes.declare(item, "remitted", remitted_to="Committee on Proliferation")
    ws.actions.add(item, owner_kind="delegation", owner="FRA", description="Report back.")
    mistake = ws.actions.add(item, owner_kind="delegation", owner="FRA", description="Twice.")
    ws.actions.remove(mistake.value.id)
    ws.review.issue(sid)
    fixed = ws.review.receive(
        sid, "NOR", "Norway agreed.", received_at=tick(hours=1), item_id=item, paragraph="§ 2"
    ).value.review.corrections[-1]
    kept = ws.review.receive(sid, "SWE", "Sverige 🙂\nTwo lines.", received_at=tick(seconds=1))
    ws.review.accept(fixed.id)
    ws.review.decline(kept.value.review.corrections[-1].id, "Not what was said.")
    ws.review.issue(sid)
    ws.review.approve(sid, approved_at=tick(days=1), how="meeting", reference="C-R(2023)0005")
    tick(minutes=1)
    ws.review.reopen(sid, "A typo in the summary.")
    exported = json.loads(round_trip(source, target, sid))
    assert [e["kind"] for e in exported["review"]] == [
        "issued", "correction", "correction", "accepted", "declined", "issued", "approved",
        "reopened",
    ]  # fmt: skip
    assert exported["review"][1]["item"] == 1 and exported["session"]["revision"] == 1
    outcomes = exported["agenda"][0]["outcomes"]
    assert [(o["outcome"], o["withdrawn"]) for o in outcomes][-3:] == [
        ("agreed", False),
        ("agreed", True),
        ("remitted", False),
    ]
    assert [a["description"] for a in exported["agenda"][0]["action_items"]] == ["Report back."]
    procedures = exported["agenda"][0]["silence_procedures"]
    assert [p["supersedes"] for p in procedures] == [None, 1, 2]
    statuses = {e["status"] for p in procedures for e in p["events"] if e["kind"] == "letter"}
    assert statuses == {s.value for s in LetterStatus}
    results = [e["result"] for p in procedures for e in p["events"] if e["kind"] == "settlement"]
    assert results == [SilenceState.ADOPTED.value]
