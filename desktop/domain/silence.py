"""The silence procedure as a state machine over append-only events.

The chair puts a text under silence until a deadline (stored in UTC, entered in Brussels
time). If no member with decision rights breaks silence by the deadline, the text is deemed
agreed. One break is enough. Breaks may be withdrawn before the deadline; a letter received
after the deadline is kept and flagged *late*; editorial comments and letters from
delegations without decision rights never break silence. The deadline may be extended, the
procedure withdrawn, or relaunched on a revised text (a new procedure; the old one is
withdrawn, or stays as it settled).

Every step returns a new ``SilenceProcedure``; nothing is ever removed from ``events``.
Events are numbered from 1 in the order they were recorded (``seq``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from desktop.domain.errors import SilenceError
from desktop.domain.timezones import require_utc
from desktop.i18n import N_, _


class SilenceState(StrEnum):
    UNDER_SILENCE = "under_silence"  # running, no break stands
    BROKEN = "broken"  # a break stands (settled or not): the matter returns to the Council
    ADOPTED = "adopted"  # settled with no break: deemed agreed
    WITHDRAWN = "withdrawn"  # withdrawn by the chair, or replaced by a relaunch


class LetterKind(StrEnum):
    BREAK = "break"
    COMMENT = "comment"  # editorial comments do not break silence


class LetterStatus(StrEnum):
    BREAKS = "breaks"
    BREAK_WITHDRAWN = "break_withdrawn"
    LATE = "late"
    NO_DECISION_RIGHTS = "no_decision_rights"
    COMMENT = "comment"
    AFTER_WITHDRAWAL = "after_withdrawal"


@dataclass(frozen=True, slots=True)
class Letter:
    seq: int
    delegation: str
    received_at: datetime
    kind: LetterKind = LetterKind.BREAK
    paragraphs: tuple[str, ...] = ()  # a break on named paragraphs only
    reference: str = ""
    text: str = ""

    @property
    def is_partial(self) -> bool:
        return bool(self.paragraphs)


@dataclass(frozen=True, slots=True)
class BreakWithdrawal:
    seq: int
    letter_seq: int
    received_at: datetime
    reference: str = ""


@dataclass(frozen=True, slots=True)
class Extension:
    seq: int
    at: datetime
    new_deadline: datetime
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Withdrawal:
    seq: int
    at: datetime
    reason: str = ""
    relaunched: bool = False


@dataclass(frozen=True, slots=True)
class Settlement:
    seq: int
    at: datetime  # the deadline: the instant the procedure settled
    result: SilenceState


SilenceEvent = Letter | BreakWithdrawal | Extension | Withdrawal | Settlement


@dataclass(frozen=True, slots=True)
class SilenceStatus:
    state: SilenceState
    deadline: datetime
    settled: bool
    breaking: tuple[str, ...]  # delegations whose breaks stand, in the order received
    due: bool  # the deadline has passed and the procedure still waits to be settled


@dataclass(frozen=True, slots=True)
class SilenceProcedure:
    launched_at: datetime
    original_deadline: datetime
    decision_holders: frozenset[str]
    events: tuple[SilenceEvent, ...] = field(default=())

    # ------------------------------------------------------------------ launch
    @classmethod
    def launch(
        cls, launched_at: datetime, deadline: datetime, decision_holders: frozenset[str]
    ) -> SilenceProcedure:
        launched_at = require_utc(launched_at, "launch time")
        deadline = require_utc(deadline, "deadline")
        if deadline <= launched_at:
            raise SilenceError(
                _(
                    "The deadline must come after the moment the procedure is launched; "
                    "choose a later date or hour."
                )
            )
        return cls(launched_at, deadline, frozenset(decision_holders))

    # ------------------------------------------------------------------ derived
    @property
    def deadline(self) -> datetime:
        """The deadline in force: the last extension's, or the original one."""
        extensions = [e for e in self.events if isinstance(e, Extension)]
        return extensions[-1].new_deadline if extensions else self.original_deadline

    @property
    def settlement(self) -> Settlement | None:
        return next((e for e in self.events if isinstance(e, Settlement)), None)

    @property
    def withdrawal(self) -> Withdrawal | None:
        return next((e for e in self.events if isinstance(e, Withdrawal)), None)

    @property
    def letters(self) -> tuple[Letter, ...]:
        return tuple(e for e in self.events if isinstance(e, Letter))

    def letter(self, seq: int) -> Letter:
        for event in self.events:
            if isinstance(event, Letter) and event.seq == seq:
                return event
        raise SilenceError(_("There is no letter number {seq} in this procedure.").format(seq=seq))

    def letter_status(self, letter: Letter) -> LetterStatus:
        return self._statuses()(letter)

    def _statuses(self) -> Callable[[Letter], LetterStatus]:
        """The status of a letter, with what every letter's status depends on looked up
        once: the statuses of all the letters then take one pass over the events, not one
        pass per letter (a procedure of many letters is checked quickly)."""
        withdrawal, deadline = self.withdrawal, self.deadline
        withdrawn = {e.letter_seq for e in self.events if isinstance(e, BreakWithdrawal)}

        def status(letter: Letter) -> LetterStatus:
            if withdrawal is not None and letter.received_at > withdrawal.at:
                return LetterStatus.AFTER_WITHDRAWAL
            if letter.received_at > deadline:
                return LetterStatus.LATE
            if letter.kind is LetterKind.COMMENT:
                return LetterStatus.COMMENT
            if letter.delegation not in self.decision_holders:
                return LetterStatus.NO_DECISION_RIGHTS
            if letter.seq in withdrawn:
                return LetterStatus.BREAK_WITHDRAWN
            return LetterStatus.BREAKS

        return status

    @property
    def standing_breaks(self) -> tuple[Letter, ...]:
        status = self._statuses()
        return tuple(x for x in self.letters if status(x) is LetterStatus.BREAKS)

    @property
    def late_letters(self) -> tuple[Letter, ...]:
        status = self._statuses()
        return tuple(x for x in self.letters if status(x) is LetterStatus.LATE)

    @property
    def is_open(self) -> bool:
        """Neither settled nor withdrawn: the deadline may still be extended."""
        return self.settlement is None and self.withdrawal is None

    def status(self, now: datetime) -> SilenceStatus:
        now = require_utc(now)
        # In the order received (letters may be logged out of order); sorted() is stable.
        received = sorted(self.standing_breaks, key=lambda x: x.received_at)
        breaking = tuple(dict.fromkeys(x.delegation for x in received))
        settlement = self.settlement
        if self.withdrawal is not None:
            state = SilenceState.WITHDRAWN
        elif settlement is not None:
            # Derived from the letters, not copied from the settlement: a break received by
            # the deadline but logged after the app settled (e.g. at the next start) stands.
            state = SilenceState.BROKEN if breaking else SilenceState.ADOPTED
        elif breaking:
            state = SilenceState.BROKEN
        else:
            state = SilenceState.UNDER_SILENCE
        return SilenceStatus(
            state=state,
            deadline=self.deadline,
            settled=settlement is not None,
            breaking=breaking,
            due=self.is_open and now >= self.deadline,
        )

    # ------------------------------------------------------------------ steps
    def _append(self, event: SilenceEvent) -> SilenceProcedure:
        return replace(self, events=(*self.events, event))

    @property
    def _next_seq(self) -> int:
        return len(self.events) + 1

    def receive_letter(
        self,
        delegation: str,
        received_at: datetime,
        *,
        kind: LetterKind = LetterKind.BREAK,
        paragraphs: tuple[str, ...] = (),
        reference: str = "",
        text: str = "",
    ) -> SilenceProcedure:
        """Record a letter, whenever it came: a late one is kept and flagged, never refused."""
        received_at = require_utc(received_at, "time the letter was received")
        if received_at < self.launched_at:
            raise SilenceError(
                _(
                    "The letter is dated before the procedure was launched; check the time "
                    "it was received."
                )
            )
        if not delegation.strip():
            raise SilenceError(_("Say which delegation sent the letter."))
        letter = Letter(
            self._next_seq, delegation, received_at, kind, tuple(paragraphs), reference, text
        )
        return self._append(letter)

    def withdraw_break(
        self, letter_seq: int, received_at: datetime, reference: str = ""
    ) -> SilenceProcedure:
        received_at = require_utc(received_at, "time the withdrawal was received")
        letter = self.letter(letter_seq)
        self._require_open("changed")
        if letter.kind is not LetterKind.BREAK:
            raise SilenceError(
                _("That letter is an editorial comment; it broke nothing to withdraw.")
            )
        if any(isinstance(e, BreakWithdrawal) and e.letter_seq == letter_seq for e in self.events):
            raise SilenceError(
                _("The break by {delegation} was already withdrawn.").format(
                    delegation=letter.delegation
                )
            )
        if received_at < letter.received_at:
            raise SilenceError(_("A break cannot be withdrawn before it was received."))
        if received_at > self.deadline:
            raise SilenceError(
                _(
                    "The deadline has passed, so {delegation}'s break can no longer be "
                    "withdrawn; record the letter as a comment instead."
                ).format(delegation=letter.delegation)
            )
        return self._append(BreakWithdrawal(self._next_seq, letter_seq, received_at, reference))

    def extend(self, at: datetime, new_deadline: datetime, reason: str = "") -> SilenceProcedure:
        at = require_utc(at, "time of the extension")
        new_deadline = require_utc(new_deadline, "new deadline")
        self._require_open("extended")
        self._require_after_launch(at)
        if at > self.deadline:
            raise SilenceError(
                _(
                    "The deadline has already passed; the procedure settles at its deadline "
                    "and cannot be extended afterwards. Launch a new procedure instead."
                )
            )
        if new_deadline <= self.deadline:
            raise SilenceError(_("An extension must move the deadline later; choose a later time."))
        return self._append(Extension(self._next_seq, at, new_deadline, reason))

    def withdraw(
        self, at: datetime, reason: str = "", *, relaunched: bool = False
    ) -> SilenceProcedure:
        at = require_utc(at, "time of the withdrawal")
        self._require_open("withdrawn")
        self._require_after_launch(at)
        if at > self.deadline:
            raise SilenceError(
                _(
                    "The deadline has passed: the procedure has settled by itself and can no "
                    "longer be withdrawn."
                )
            )
        return self._append(Withdrawal(self._next_seq, at, reason, relaunched))

    def settle(self, now: datetime) -> SilenceProcedure:
        """Settle at the deadline: adopted under silence, or broken."""
        now = require_utc(now)
        self._require_open("settled")
        if now < self.deadline:
            raise SilenceError(
                _("The deadline has not passed yet; the procedure is still running.")
            )
        result = SilenceState.BROKEN if self.standing_breaks else SilenceState.ADOPTED
        return self._append(Settlement(self._next_seq, self.deadline, result))

    def can_relaunch(self) -> bool:
        """A revised text may follow any procedure that did not end in adoption."""
        return self.settlement is None or bool(self.standing_breaks)

    def _require_after_launch(self, at: datetime) -> None:
        if at < self.launched_at:
            raise SilenceError(
                _("That time is before the procedure was launched; check the date and hour.")
            )

    def _require_open(self, verb: str) -> None:
        if self.withdrawal is not None:
            raise SilenceError(_(_WITHDRAWN[verb]))
        if self.settlement is not None:
            raise SilenceError(_(_SETTLED[verb]))


# Why a step is refused on a closed procedure, by step: whole sentences, for the translation.
_WITHDRAWN = {
    "changed": N_("The procedure was withdrawn; it cannot be changed."),
    "extended": N_("The procedure was withdrawn; it cannot be extended."),
    "withdrawn": N_("The procedure was withdrawn; it cannot be withdrawn."),
    "settled": N_("The procedure was withdrawn; it cannot be settled."),
}
_SETTLED = {
    "changed": N_("The procedure has already settled; it cannot be changed."),
    "extended": N_("The procedure has already settled; it cannot be extended."),
    "withdrawn": N_("The procedure has already settled; it cannot be withdrawn."),
    "settled": N_("The procedure has already settled; it cannot be settled."),
}
