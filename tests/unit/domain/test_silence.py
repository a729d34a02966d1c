"""The silence procedure: breaks, late letters, extensions, withdrawals and settlement."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from desktop.domain.errors import DomainError, SilenceError
from desktop.domain.silence import (
    BreakWithdrawal,
    Extension,
    Letter,
    LetterKind,
    LetterStatus,
    Settlement,
    SilenceProcedure,
    SilenceState,
    Withdrawal,
)
from desktop.domain.timezones import local_to_utc

from ._support import ally, nac_holders, utc

SECOND = timedelta(seconds=1)
LAUNCH = utc(2026, 5, 4, 10)
DEADLINE = utc(2026, 5, 6, 10)
BEFORE = DEADLINE - timedelta(hours=3)
HOLDERS = frozenset(nac_holders(date(2026, 5, 4)))


def launch(deadline: datetime = DEADLINE, holders: frozenset[str] = HOLDERS) -> SilenceProcedure:
    return SilenceProcedure.launch(LAUNCH, deadline, holders)


def break_by(code: str, at: datetime, procedure: SilenceProcedure | None = None, **kwargs):
    return (procedure or launch()).receive_letter(code, at, **kwargs)


def only_letter(procedure: SilenceProcedure) -> Letter:
    (letter,) = procedure.letters
    return letter


# ---------------------------------------------------------------- launch


def test_launch_starts_under_silence_with_no_events():
    procedure = launch()
    assert procedure.events == ()
    assert procedure.deadline == DEADLINE
    assert procedure.is_open
    status = procedure.status(LAUNCH)
    assert status.state is SilenceState.UNDER_SILENCE
    assert status.breaking == ()
    assert not status.settled
    assert not status.due


@pytest.mark.parametrize("deadline", [LAUNCH, LAUNCH - SECOND])
def test_the_deadline_must_come_after_the_launch(deadline):
    with pytest.raises(SilenceError, match="deadline must come after"):
        SilenceProcedure.launch(LAUNCH, deadline, HOLDERS)


def test_launch_stores_instants_in_utc():
    brussels_deadline = datetime(2026, 5, 6, 12, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    procedure = SilenceProcedure.launch(LAUNCH, brussels_deadline, HOLDERS)
    assert procedure.deadline == DEADLINE
    assert procedure.deadline.utcoffset() == timedelta(0)


# ---------------------------------------------------------------- breaks and the deadline


def test_a_break_one_second_before_the_deadline_breaks_silence():
    procedure = break_by("FRA", DEADLINE - SECOND)
    assert procedure.letter_status(only_letter(procedure)) is LetterStatus.BREAKS
    assert procedure.status(DEADLINE - SECOND).state is SilenceState.BROKEN
    assert procedure.settle(DEADLINE).status(DEADLINE).state is SilenceState.BROKEN


def test_a_break_received_exactly_at_the_deadline_is_on_time():
    procedure = break_by("FRA", DEADLINE)
    assert procedure.letter_status(only_letter(procedure)) is LetterStatus.BREAKS
    assert procedure.settle(DEADLINE).status(DEADLINE).state is SilenceState.BROKEN


def test_a_break_one_second_after_the_deadline_is_late_and_does_not_break():
    procedure = break_by("FRA", DEADLINE + SECOND)
    letter = only_letter(procedure)
    assert procedure.letter_status(letter) is LetterStatus.LATE
    assert procedure.late_letters == (letter,)
    assert procedure.standing_breaks == ()
    settled = procedure.settle(DEADLINE + SECOND)
    assert settled.status(DEADLINE + SECOND).state is SilenceState.ADOPTED
    assert settled.letters == (letter,)  # kept and flagged, never refused


def test_a_late_letter_after_adoption_is_kept_and_does_not_undo_it():
    adopted = launch().settle(DEADLINE)
    later = adopted.receive_letter("FRA", DEADLINE + timedelta(hours=2))
    assert later.letter_status(only_letter(later)) is LetterStatus.LATE
    assert later.status(DEADLINE + timedelta(hours=2)).state is SilenceState.ADOPTED
    assert not later.can_relaunch()


def test_a_break_withdrawn_before_the_deadline_no_longer_breaks():
    procedure = break_by("FRA", BEFORE)
    seq = only_letter(procedure).seq
    withdrawn = procedure.withdraw_break(seq, BEFORE + timedelta(hours=1), reference="FRA/17")
    assert withdrawn.letter_status(withdrawn.letter(seq)) is LetterStatus.BREAK_WITHDRAWN
    assert withdrawn.standing_breaks == ()
    assert withdrawn.status(BEFORE + timedelta(hours=2)).state is SilenceState.UNDER_SILENCE
    assert withdrawn.settle(DEADLINE).status(DEADLINE).state is SilenceState.ADOPTED
    assert withdrawn.events[-1] == BreakWithdrawal(2, seq, BEFORE + timedelta(hours=1), "FRA/17")


def test_a_break_may_be_withdrawn_exactly_at_the_deadline():
    procedure = break_by("FRA", BEFORE)
    withdrawn = procedure.withdraw_break(1, DEADLINE)
    assert withdrawn.standing_breaks == ()


def test_withdrawing_a_break_after_the_deadline_raises():
    procedure = break_by("FRA", BEFORE)
    with pytest.raises(SilenceError, match="deadline has passed") as raised:
        procedure.withdraw_break(1, DEADLINE + SECOND)
    assert "FRA" in str(raised.value)


def test_withdrawing_a_break_after_settlement_raises():
    settled = break_by("FRA", BEFORE).settle(DEADLINE)
    with pytest.raises(SilenceError):
        settled.withdraw_break(1, DEADLINE)


def test_withdrawing_a_break_twice_raises():
    procedure = break_by("FRA", BEFORE).withdraw_break(1, BEFORE + SECOND)
    with pytest.raises(SilenceError, match="already withdrawn"):
        procedure.withdraw_break(1, BEFORE + 2 * SECOND)


def test_a_break_cannot_be_withdrawn_before_it_was_received():
    procedure = break_by("FRA", BEFORE)
    with pytest.raises(SilenceError, match="before it was received"):
        procedure.withdraw_break(1, BEFORE - SECOND)


def test_a_comment_has_nothing_to_withdraw():
    procedure = break_by("FRA", BEFORE, kind=LetterKind.COMMENT)
    with pytest.raises(SilenceError, match="editorial comment"):
        procedure.withdraw_break(1, BEFORE + SECOND)


def test_withdrawing_an_unknown_letter_raises():
    with pytest.raises(SilenceError, match="no letter number 7"):
        break_by("FRA", BEFORE).withdraw_break(7, BEFORE + SECOND)


def test_a_break_by_an_invitee_is_recorded_without_decision_rights():
    day = date(2022, 9, 1)
    assert ally("FIN").is_invitee_on(day)
    holders = frozenset(nac_holders(day))
    procedure = SilenceProcedure.launch(utc(2022, 9, 1, 9), utc(2022, 9, 5, 10), holders)
    procedure = procedure.receive_letter("FIN", utc(2022, 9, 2, 9), text="We cannot join.")
    letter = only_letter(procedure)
    assert letter.text == "We cannot join."
    assert procedure.letter_status(letter) is LetterStatus.NO_DECISION_RIGHTS
    assert procedure.standing_breaks == ()
    assert procedure.settle(utc(2022, 9, 5, 10)).status(utc(2022, 9, 5, 10)).state is (
        SilenceState.ADOPTED
    )


def test_a_break_by_a_partner_is_recorded_without_decision_rights():
    procedure = break_by("UKR", BEFORE)
    assert procedure.letter_status(only_letter(procedure)) is LetterStatus.NO_DECISION_RIGHTS
    assert procedure.status(BEFORE).breaking == ()
    assert procedure.settle(DEADLINE).status(DEADLINE).state is SilenceState.ADOPTED


def test_editorial_comments_never_break_silence():
    procedure = launch()
    for code in sorted(HOLDERS):
        procedure = procedure.receive_letter(code, BEFORE, kind=LetterKind.COMMENT)
    assert all(procedure.letter_status(x) is LetterStatus.COMMENT for x in procedure.letters)
    assert procedure.standing_breaks == ()
    assert procedure.settle(DEADLINE).status(DEADLINE).state is SilenceState.ADOPTED


def test_a_break_on_named_paragraphs_breaks_silence():
    procedure = break_by("DEU", BEFORE, paragraphs=("4", "7b"))
    letter = only_letter(procedure)
    assert letter.is_partial
    assert letter.paragraphs == ("4", "7b")
    assert procedure.letter_status(letter) is LetterStatus.BREAKS
    assert procedure.settle(DEADLINE).status(DEADLINE).state is SilenceState.BROKEN


def test_a_whole_text_break_is_not_partial():
    assert not only_letter(break_by("DEU", BEFORE)).is_partial


def test_one_break_is_enough_among_thirty_two():
    procedure = launch()
    for code in sorted(HOLDERS - {"LUX"}):
        procedure = procedure.receive_letter(code, BEFORE, kind=LetterKind.COMMENT)
    procedure = procedure.receive_letter("LUX", BEFORE)
    assert procedure.status(BEFORE).breaking == ("LUX",)
    assert procedure.settle(DEADLINE).status(DEADLINE).state is SilenceState.BROKEN


def test_a_letter_dated_before_the_launch_is_refused():
    with pytest.raises(SilenceError, match="before the procedure was launched"):
        break_by("FRA", LAUNCH - SECOND)


@pytest.mark.parametrize("code", ["", "   "])
def test_a_letter_must_name_its_delegation(code):
    with pytest.raises(SilenceError, match="which delegation"):
        break_by(code, BEFORE)


def test_letters_are_looked_up_by_number():
    procedure = break_by("FRA", BEFORE).receive_letter("BEL", BEFORE + SECOND)
    assert procedure.letter(2).delegation == "BEL"


# ---------------------------------------------------------------- breaking: who, in order


def test_breaking_lists_each_delegation_once_in_the_order_received():
    procedure = launch()
    procedure = procedure.receive_letter("DEU", BEFORE + timedelta(hours=2))
    procedure = procedure.receive_letter("FRA", BEFORE)  # logged later, received earlier
    procedure = procedure.receive_letter("DEU", BEFORE + timedelta(hours=1))
    procedure = procedure.receive_letter("BEL", BEFORE + timedelta(minutes=30))
    assert procedure.status(DEADLINE).breaking == ("FRA", "BEL", "DEU")


def test_a_delegation_with_a_second_standing_break_still_breaks_after_withdrawing_one():
    procedure = break_by("FRA", BEFORE).receive_letter("FRA", BEFORE + SECOND)
    procedure = procedure.withdraw_break(1, BEFORE + 2 * SECOND)
    assert procedure.status(BEFORE).breaking == ("FRA",)


# ---------------------------------------------------------------- extension


def test_an_extension_moves_the_deadline():
    new = DEADLINE + timedelta(days=1)
    extended = launch().extend(BEFORE, new, reason="Capitals asked for more time.")
    assert extended.deadline == new
    assert extended.original_deadline == DEADLINE
    assert extended.events == (Extension(1, BEFORE, new, "Capitals asked for more time."),)
    assert not extended.status(DEADLINE + SECOND).due
    with pytest.raises(SilenceError, match="not passed yet"):
        extended.settle(DEADLINE + SECOND)


def test_a_letter_between_the_old_and_new_deadlines_is_on_time():
    new = DEADLINE + timedelta(days=1)
    extended = launch().extend(BEFORE, new)
    procedure = extended.receive_letter("NOR", DEADLINE + timedelta(hours=1))
    letter = procedure.letters[0]
    assert procedure.letter_status(letter) is LetterStatus.BREAKS
    assert procedure.settle(new).status(new).state is SilenceState.BROKEN


def test_an_extension_after_a_break_keeps_the_break_standing():
    new = DEADLINE + timedelta(days=1)
    extended = break_by("FRA", BEFORE).extend(BEFORE + SECOND, new, reason="Consultations.")
    assert extended.standing_breaks == extended.letters
    status = extended.status(DEADLINE + SECOND)
    assert status.state is SilenceState.BROKEN and status.breaking == ("FRA",)
    assert not status.due and status.deadline == new
    assert extended.settle(new).status(new).state is SilenceState.BROKEN


def test_after_an_extension_a_break_may_be_withdrawn_past_the_old_deadline_and_it_adopts():
    new = DEADLINE + timedelta(days=1)
    extended = break_by("FRA", BEFORE).extend(DEADLINE - SECOND, new)
    withdrawn = extended.withdraw_break(1, DEADLINE + timedelta(hours=2), reference="FRA/18")
    assert withdrawn.standing_breaks == ()
    assert withdrawn.status(new - SECOND).state is SilenceState.UNDER_SILENCE
    with pytest.raises(SilenceError, match="not passed yet"):
        withdrawn.settle(new - SECOND)
    assert withdrawn.settle(new).status(new).state is SilenceState.ADOPTED


def test_the_last_extension_is_the_deadline_in_force():
    first, second = DEADLINE + timedelta(days=1), DEADLINE + timedelta(days=3)
    procedure = launch().extend(BEFORE, first).extend(DEADLINE + timedelta(hours=1), second)
    assert procedure.deadline == second


@pytest.mark.parametrize("new", [DEADLINE, DEADLINE - SECOND, LAUNCH])
def test_an_extension_must_move_the_deadline_later(new):
    with pytest.raises(SilenceError, match="later"):
        launch().extend(BEFORE, new)


def test_an_extension_is_possible_up_to_the_deadline_itself():
    assert launch().extend(DEADLINE, DEADLINE + SECOND).deadline == DEADLINE + SECOND


def test_no_extension_once_the_deadline_has_passed():
    with pytest.raises(SilenceError, match="already passed"):
        launch().extend(DEADLINE + SECOND, DEADLINE + timedelta(days=1))


def test_no_extension_once_settled():
    with pytest.raises(SilenceError, match="already settled"):
        launch().settle(DEADLINE).extend(DEADLINE, DEADLINE + timedelta(days=1))


def test_no_extension_once_withdrawn():
    with pytest.raises(SilenceError, match="withdrawn"):
        launch().withdraw(BEFORE).extend(BEFORE, DEADLINE + timedelta(days=1))


# ---------------------------------------------------------------- withdrawal of the procedure


def test_the_chair_withdraws_the_procedure():
    withdrawn = break_by("FRA", BEFORE).withdraw(BEFORE + SECOND, "Revised text to follow.")
    assert withdrawn.withdrawal == Withdrawal(2, BEFORE + SECOND, "Revised text to follow.")
    assert not withdrawn.is_open
    status = withdrawn.status(DEADLINE + timedelta(days=1))
    assert status.state is SilenceState.WITHDRAWN
    assert not status.due
    assert not status.settled


def test_a_withdrawn_procedure_can_be_neither_settled_nor_withdrawn_again():
    withdrawn = launch().withdraw(BEFORE)
    with pytest.raises(SilenceError, match="withdrawn"):
        withdrawn.settle(DEADLINE)
    with pytest.raises(SilenceError, match="withdrawn"):
        withdrawn.withdraw(BEFORE)


def test_no_withdrawal_after_the_deadline():
    with pytest.raises(SilenceError, match="deadline has passed"):
        launch().withdraw(DEADLINE + SECOND)


def test_no_withdrawal_after_settlement():
    with pytest.raises(SilenceError, match="already settled"):
        launch().settle(DEADLINE).withdraw(DEADLINE)


def test_a_letter_after_the_withdrawal_is_flagged_as_such():
    procedure = launch().withdraw(BEFORE).receive_letter("FRA", BEFORE + SECOND)
    assert procedure.letter_status(only_letter(procedure)) is LetterStatus.AFTER_WITHDRAWAL
    assert procedure.standing_breaks == ()


def test_withdrawn_for_a_relaunch_says_so():
    procedure = launch().withdraw(BEFORE, "Revised text.", relaunched=True)
    assert procedure.withdrawal is not None
    assert procedure.withdrawal.relaunched


# ---------------------------------------------------------------- settlement


def test_settling_before_the_deadline_raises():
    with pytest.raises(SilenceError, match="not passed yet"):
        launch().settle(DEADLINE - SECOND)


def test_settled_after_the_deadline_with_no_break_is_adopted():
    settled = launch().settle(DEADLINE + timedelta(days=2))
    assert settled.settlement == Settlement(1, DEADLINE, SilenceState.ADOPTED)
    status = settled.status(DEADLINE + timedelta(days=2))
    assert status.state is SilenceState.ADOPTED
    assert status.settled
    assert not status.due


def test_settled_with_a_standing_break_is_broken():
    settled = break_by("ITA", BEFORE).settle(DEADLINE)
    assert settled.settlement == Settlement(2, DEADLINE, SilenceState.BROKEN)
    status = settled.status(DEADLINE)
    assert status.state is SilenceState.BROKEN
    assert status.breaking == ("ITA",)


def test_the_settlement_is_dated_at_the_deadline_not_when_the_app_noticed():
    settled = launch().settle(DEADLINE + timedelta(days=3))
    assert settled.settlement is not None
    assert settled.settlement.at == DEADLINE


def test_settling_twice_raises():
    with pytest.raises(SilenceError, match="already settled"):
        launch().settle(DEADLINE).settle(DEADLINE)


def test_a_break_received_in_time_but_logged_after_settling_still_breaks():
    # The app settles by itself at the next start; the operator then logs the letter that
    # came in before the deadline.
    settled = launch().settle(DEADLINE + timedelta(hours=4))
    logged = settled.receive_letter("FRA", DEADLINE - timedelta(hours=1))
    assert logged.letter_status(only_letter(logged)) is LetterStatus.BREAKS
    assert logged.status(DEADLINE + timedelta(hours=5)).state is SilenceState.BROKEN
    assert logged.can_relaunch()


# ---------------------------------------------------------------- due


@pytest.mark.parametrize(
    ("now", "due"),
    [
        (LAUNCH, False),
        (DEADLINE - SECOND, False),
        (DEADLINE, True),
        (DEADLINE + timedelta(days=30), True),
    ],
)
def test_due_once_the_deadline_has_passed_until_settled(now, due):
    procedure = launch()
    assert procedure.status(now).due is due
    if due:
        assert not procedure.settle(now).status(now).due


def test_a_broken_procedure_before_the_deadline_is_broken_but_not_settled():
    status = break_by("FRA", BEFORE).status(BEFORE)
    assert status.state is SilenceState.BROKEN
    assert not status.settled
    assert not status.due


# ---------------------------------------------------------------- relaunch


@pytest.mark.parametrize(
    ("make", "can"),
    [
        (launch, True),
        (lambda: launch().withdraw(BEFORE, relaunched=True), True),
        (lambda: break_by("FRA", BEFORE).settle(DEADLINE), True),
        (lambda: break_by("FRA", BEFORE), True),
        (lambda: launch().settle(DEADLINE), False),
        (lambda: break_by("FRA", DEADLINE + SECOND).settle(DEADLINE), False),
    ],
    ids=["running", "withdrawn", "settled-broken", "broken-running", "adopted", "adopted-late"],
)
def test_can_relaunch_unless_adopted(make, can):
    assert make().can_relaunch() is can


# ---------------------------------------------------------------- append-only


def test_every_step_returns_a_new_procedure_and_leaves_the_old_one_unchanged():
    steps = [
        lambda p: p.receive_letter("FRA", BEFORE),
        lambda p: p.receive_letter("BEL", BEFORE + SECOND, kind=LetterKind.COMMENT),
        lambda p: p.withdraw_break(1, BEFORE + 2 * SECOND),
        lambda p: p.extend(BEFORE + 3 * SECOND, DEADLINE + timedelta(days=1)),
        lambda p: p.receive_letter("DEU", DEADLINE + SECOND),
        lambda p: p.settle(DEADLINE + timedelta(days=1)),
        lambda p: p.receive_letter("POL", DEADLINE + timedelta(days=2)),
    ]
    procedure = launch()
    for number, step in enumerate(steps, start=1):
        events = procedure.events
        following = step(procedure)
        assert following is not procedure
        assert procedure.events == events  # the old one is untouched
        assert following.events[:-1] == events  # nothing lost, nothing reordered
        assert len(following.events) == number
        assert following.events[-1].seq == number
        procedure = following
    assert [type(e) for e in procedure.events] == [
        Letter,
        Letter,
        BreakWithdrawal,
        Extension,
        Letter,
        Settlement,
        Letter,
    ]


def test_a_refused_step_leaves_the_procedure_as_it_was():
    procedure = break_by("FRA", BEFORE)
    events = procedure.events
    with pytest.raises(SilenceError):
        procedure.settle(BEFORE)
    assert procedure.events == events


def test_silence_errors_are_domain_errors_with_a_sentence():
    with pytest.raises(DomainError) as raised:
        launch().settle(BEFORE)
    message = str(raised.value)
    assert message[0].isupper()
    assert message.endswith(".")


# ---------------------------------------------------------------- the worked case, Feb 2003


def test_worked_case_february_2003_silence_broken_by_france_belgium_and_germany():
    # Thursday 6 February 2003: the Secretary General puts a tasking under silence until
    # Monday 10 February (the hour here, 16:00 Brussels time, is illustrative). France and
    # Belgium break silence that morning, Germany follows hours before the deadline.
    holders = frozenset(nac_holders(date(2003, 2, 6)))
    assert len(holders) == 19
    launched = local_to_utc(datetime(2003, 2, 6, 18, 0))
    deadline = local_to_utc(datetime(2003, 2, 10, 16, 0))
    assert deadline == utc(2003, 2, 10, 15, 0)  # CET, UTC+1
    procedure = SilenceProcedure.launch(launched, deadline, holders)
    procedure = procedure.receive_letter("FRA", local_to_utc(datetime(2003, 2, 10, 8, 45)))
    procedure = procedure.receive_letter("BEL", local_to_utc(datetime(2003, 2, 10, 9, 30)))
    status = procedure.status(local_to_utc(datetime(2003, 2, 10, 10, 0)))
    assert status.state is SilenceState.BROKEN
    assert status.breaking == ("FRA", "BEL")
    assert not status.due
    procedure = procedure.receive_letter("DEU", local_to_utc(datetime(2003, 2, 10, 12, 15)))
    settled = procedure.settle(deadline)
    assert settled.settlement == Settlement(4, deadline, SilenceState.BROKEN)
    final = settled.status(deadline)
    assert final.state is SilenceState.BROKEN
    assert final.settled
    assert final.breaking == ("FRA", "BEL", "DEU")
    assert settled.can_relaunch()


# ---------------------------------------------------------------- random sequences of steps

MEMBERS = ("BEL", "DEU", "FRA")
OUTSIDERS = ("FIN", "UKR")
SECONDS = st.one_of(
    st.sampled_from([-1, 0, 1]),
    st.integers(min_value=-3 * 86400, max_value=3 * 86400),
)


class SilenceSteps(RuleBasedStateMachine):
    """Letters at random times, withdrawals, extensions, withdrawal and settlement."""

    def __init__(self):
        super().__init__()
        self.procedure = SilenceProcedure.launch(LAUNCH, DEADLINE, frozenset(MEMBERS))
        self.history: list[tuple[SilenceProcedure, tuple]] = [(self.procedure, ())]

    def at(self, seconds: int) -> datetime:
        """An instant relative to the deadline in force."""
        return self.procedure.deadline + timedelta(seconds=seconds)

    def apply(self, step, must_fail: bool | None = None) -> bool:
        before = self.procedure
        try:
            after = step(before)
        except SilenceError as error:
            assert str(error).strip()
            assert self.procedure.events == before.events
            assert must_fail is not False, f"refused: {error}"
            return False
        assert must_fail is not True, "accepted a step the rules forbid"
        assert after is not before
        assert after.events[:-1] == before.events
        assert after.events[-1].seq == len(after.events)
        self.procedure = after
        self.history.append((after, after.events))
        return True

    @rule(
        code=st.sampled_from(MEMBERS + OUTSIDERS),
        seconds=SECONDS,
        kind=st.sampled_from(list(LetterKind)),
        paragraphs=st.sampled_from([(), ("3",), ("2", "5")]),
    )
    def letter(self, code, seconds, kind, paragraphs):
        received = self.at(seconds)
        self.apply(
            lambda p: p.receive_letter(code, received, kind=kind, paragraphs=paragraphs),
            must_fail=received < LAUNCH,
        )

    @precondition(lambda self: self.procedure.letters)
    @rule(data=st.data(), seconds=SECONDS)
    def withdraw_break(self, data, seconds):
        p = self.procedure
        letter = data.draw(st.sampled_from(p.letters))
        at = self.at(seconds)
        forbidden = (
            not p.is_open
            or at > p.deadline
            or at < letter.received_at
            or letter.kind is LetterKind.COMMENT
            or any(isinstance(e, BreakWithdrawal) and e.letter_seq == letter.seq for e in p.events)
        )
        was_standing = letter in p.standing_breaks
        # Forbidden steps must be refused; a standing break may always be withdrawn in time.
        must_fail = True if forbidden else (False if was_standing else None)
        if self.apply(lambda q: q.withdraw_break(letter.seq, at), must_fail=must_fail):
            assert letter not in self.procedure.standing_breaks
            assert was_standing or p.letter_status(letter) is LetterStatus.NO_DECISION_RIGHTS

    @rule(seconds=SECONDS, longer=st.integers(min_value=-3600, max_value=3 * 86400))
    def extend(self, seconds, longer):
        p = self.procedure
        at, new = self.at(seconds), p.deadline + timedelta(seconds=longer)
        forbidden = not p.is_open or at > p.deadline or new <= p.deadline or at < p.launched_at
        if self.apply(lambda q: q.extend(at, new), must_fail=forbidden):
            assert self.procedure.deadline == new

    @rule(seconds=SECONDS)
    def withdraw(self, seconds):
        p = self.procedure
        at = self.at(seconds)
        forbidden = not p.is_open or at > p.deadline or at < p.launched_at
        self.apply(lambda q: q.withdraw(at), must_fail=forbidden)

    @rule(seconds=SECONDS)
    def settle(self, seconds):
        p = self.procedure
        now = self.at(seconds)
        breaks = p.standing_breaks
        if self.apply(lambda q: q.settle(now), must_fail=not p.is_open or now < p.deadline):
            settlement = self.procedure.settlement
            assert settlement is not None
            assert settlement.at == p.deadline
            assert (settlement.result is SilenceState.BROKEN) == bool(breaks)

    # ------------------------------------------------------------ invariants

    @invariant()
    def no_event_is_ever_lost(self):
        events = self.procedure.events
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        for old, snapshot in self.history:
            assert old.events == snapshot
            assert events[: len(snapshot)] == snapshot

    @invariant()
    def standing_breaks_are_holders_break_letters_received_by_the_deadline(self):
        p = self.procedure
        withdrawn = {e.letter_seq for e in p.events if isinstance(e, BreakWithdrawal)}
        cutoff = p.withdrawal.at if p.withdrawal else None
        expected = tuple(
            x
            for x in p.letters
            if x.kind is LetterKind.BREAK
            and x.delegation in MEMBERS
            and x.received_at <= p.deadline
            and x.seq not in withdrawn
            and (cutoff is None or x.received_at <= cutoff)
        )
        assert p.standing_breaks == expected
        assert all(x.received_at > p.deadline for x in p.late_letters)

    @invariant()
    def a_settled_procedure_is_broken_iff_a_break_stands(self):
        p = self.procedure
        if p.settlement is None:
            return
        status = p.status(p.deadline)
        assert status.settled
        assert (status.state is SilenceState.BROKEN) == bool(p.standing_breaks)
        assert (status.state is SilenceState.ADOPTED) == (not p.standing_breaks)
        assert p.can_relaunch() == bool(p.standing_breaks)

    @invariant()
    def status_agrees_with_the_events(self):
        p = self.procedure
        assert p.deadline >= p.original_deadline
        assert not (p.settlement and p.withdrawal)
        assert sum(isinstance(e, Settlement) for e in p.events) <= 1
        assert sum(isinstance(e, Withdrawal) for e in p.events) <= 1
        for now in (p.deadline - SECOND, p.deadline, p.deadline + SECOND):
            status = p.status(now)
            assert status.deadline == p.deadline
            assert status.due == (p.is_open and now >= p.deadline)
            assert set(status.breaking) == {x.delegation for x in p.standing_breaks}
            if p.withdrawal:
                assert status.state is SilenceState.WITHDRAWN
            elif p.is_open:
                expected = SilenceState.BROKEN if p.standing_breaks else SilenceState.UNDER_SILENCE
                assert status.state is expected


SilenceSteps.TestCase.settings = settings(deadline=None, max_examples=200, stateful_step_count=25)
test_random_sequences_of_silence_steps = SilenceSteps.TestCase


def test_a_withdrawn_letter_cannot_be_withdrawn_again_even_from_an_invitee():
    launched = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
    deadline = launched + timedelta(days=3)
    p = SilenceProcedure.launch(launched, deadline, frozenset({"FRA"}))
    p = p.receive_letter("UKR", launched + timedelta(hours=1))
    p = p.withdraw_break(1, launched + timedelta(hours=2))
    with pytest.raises(SilenceError, match="already withdrawn"):
        p.withdraw_break(1, launched + timedelta(hours=3))


def test_steps_dated_before_the_launch_are_refused():
    launched = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
    p = SilenceProcedure.launch(launched, launched + timedelta(days=3), frozenset({"FRA"}))
    with pytest.raises(SilenceError, match="before the procedure was launched"):
        p.extend(launched - timedelta(hours=1), launched + timedelta(days=4))
    with pytest.raises(SilenceError, match="before the procedure was launched"):
        p.withdraw(launched - timedelta(hours=1))


def test_withdrawing_a_break_on_a_withdrawn_procedure_says_so():
    launched = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
    p = SilenceProcedure.launch(launched, launched + timedelta(days=3), frozenset({"FRA"}))
    p = p.receive_letter("FRA", launched + timedelta(hours=1))
    p = p.withdraw(launched + timedelta(hours=2))
    with pytest.raises(SilenceError, match="was withdrawn"):
        p.withdraw_break(1, launched + timedelta(hours=3))
