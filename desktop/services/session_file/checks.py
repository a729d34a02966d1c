"""The rules a session file must follow beyond its shape, checked before anything is written.

- The session: its body met on its date at its level; its time zone exists; it closed after
  it opened.
- The attendance: exactly the body's members on the session's date as ``member`` (from
  ``desktop.domain.bodies``), and anyone else as an invitee, a partner or staff; once each.
- Positions: by delegations at the table, never staff (letters may come from anyone, as the
  services record them; their status says whether they break silence); numbered 1, 2, 3…
  in the order recorded, times never going backwards; a correction names the position of
  the same delegation that stood just before it (the reader links one that names none), so
  the first position of a delegation is no correction, and a change of position names none;
  saying the same again is a duplicate.
- Silence procedures: every event replayed through ``desktop.domain.silence`` (a break after
  the deadline, an extension after it, a settlement before it are refused by the rules
  themselves); each letter's stored status recomputed and compared; a relaunch supersedes an
  earlier procedure of the same item; at most one procedure running on an item.
- Outcomes and action items: times in order; a remittal names its committee; a withdrawal
  withdraws the declaration standing just before it, and carries its outcome.
- The review of the record (``session_file.review``): its steps replayed through
  ``desktop.domain.review``, each refused with the domain's own sentence; the session's
  revision is the number of the last issue.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import datetime

from desktop import reference
from desktop.domain.bodies import BodyKind, body
from desktop.domain.errors import DomainError
from desktop.domain.outcomes import Outcome
from desktop.domain.sessions import AttendanceKind
from desktop.domain.silence import Letter, LetterStatus, SilenceProcedure
from desktop.domain.timezones import zone
from desktop.i18n import _, day_text, language, ngettext, shown
from desktop.services.session_file.encoding import name, quote
from desktop.services.session_file.model import (
    FileAttendance,
    FileBreakWithdrawal,
    FileExtension,
    FileItem,
    FileLetter,
    FileOutcome,
    FilePosition,
    FileProcedure,
    FileSettlement,
    FileSilenceEvent,
    FileWithdrawal,
    Problems,
    SessionFile,
    Stamp,
    TooManyProblemsError,
    format_time,
)
from desktop.services.session_file.review import check_review
from desktop.services.session_file.sentences import GAP, REFUSED, STATUS_WHY, TWICE
from desktop.services.session_file.speakers import check_speakers


def check(sf: SessionFile) -> Problems:
    """Every rule, over a file whose shape is already sound."""
    return _Checker(sf).run()


class _Checker:
    def __init__(self, sf: SessionFile) -> None:
        self.sf = sf
        self.p = Problems()
        self.holders: tuple[str, ...] | None = None  # None: the body did not meet that day
        self.table: dict[str, FileAttendance] = {}
        s = sf.session
        title = body(s.body).title(language(), s.committee_name or s.committee_name_fr)
        self.title = "".join(c if c.isprintable() else " " for c in title)
        self.day = day_text(s.date)

    def run(self) -> Problems:
        with contextlib.suppress(TooManyProblemsError):  # the first ones are enough to show
            self._rules()
        return self.p

    def _rules(self) -> None:
        self._session()
        self._attendance()
        for i, item in enumerate(self.sf.agenda):
            path = f"agenda[{i}]"
            if item.removed_at is not None and item.removed_at < item.created_at:
                self.p.add(
                    f"{path}.removed_at",
                    _("the item is taken off the agenda before it was put on it; check the times."),
                )
            self._positions(item, path)
            self._stamps(item, path)
            self._procedures(item, f"{path}.silence_procedures")
            self._outcomes(item, f"{path}.outcomes")
            check_speakers(item, path, lambda code: code in self.table, self.p)
            for j, action in enumerate(item.action_items):
                if action.updated_at < action.created_at:
                    self.p.add(
                        f"{path}.action_items[{j}].updated_at",
                        _("the action item is updated before it was created."),
                    )
        check_review(self.sf, self.p)

    # ------------------------------------------------------------------ session
    def _session(self) -> None:
        s, add = self.sf.session, self.p.add
        profile = body(s.body)
        if s.level not in profile.levels:
            names = ", ".join(level.value for level in profile.levels)
            add(
                "session.level",
                _("the {body} does not meet at the level of {level}; use one of: {names}.").format(
                    body=shown(profile.name), level=shown(s.level.label), names=names
                ),
            )
        if s.body is BodyKind.COMMITTEE and not (
            s.committee_name.strip() or s.committee_name_fr.strip()
        ):
            add("session.committee_name", _("give the committee's name."))
        try:
            zone(s.time_zone)
        except (ValueError, KeyError, OSError):
            add(
                "session.time_zone",
                _("{zone} is not a time zone; use a name like Europe/Brussels.").format(
                    zone=quote(s.time_zone)
                ),
            )
        if s.opened_at and s.closed_at and s.closed_at < s.opened_at:
            add("session.closed_at", _("the meeting closes before it opened; check the times."))
        if s.closed_at and not s.opened_at:
            add(
                "session.closed_at",
                _(
                    "the meeting closes, but opened_at says it never opened; give the time it "
                    "opened, or set closed_at to null."
                ),
            )
        if s.updated_at < s.created_at:
            add("session.updated_at", _("the session is updated before it was created."))
        try:
            roster = profile.decision_holders(reference.allies(), s.date)
        except DomainError as error:
            add("session.date", str(error))
            return
        self.holders = tuple(ally.code for ally in roster)

    def _attendance(self) -> None:
        first: dict[str, int] = {}
        for i, row in enumerate(self.sf.attendance):
            path, code = f"attendance[{i}]", row.delegation
            if code in first:
                self.p.add(
                    f"{path}.delegation",
                    _("{code} is listed twice (also {other}); each delegation has one row.").format(
                        code=quote(code), other=f"attendance[{first[code]}]"
                    ),
                )
                continue
            first[code] = i
            self.table[code] = row
            if self.holders is None:
                continue
            if row.kind is AttendanceKind.MEMBER and code not in self.holders:
                self.p.add(
                    f"{path}.kind",
                    _(
                        "{code} is not a member of the {body} on {day}; list it as an invitee, a "
                        "partner or staff."
                    ).format(code=quote(code), body=self.title, day=self.day),
                )
            elif row.kind is not AttendanceKind.MEMBER and code in self.holders:
                self.p.add(
                    f"{path}.kind",
                    _('{code} is a member of the {body} on {day}, so its kind is "member".').format(
                        code=quote(code), body=self.title, day=self.day
                    ),
                )
        missing = [code for code in self.holders or () if code not in self.table]
        if missing:
            self.p.add(
                "attendance",
                ngettext(
                    "{codes} is a member of the {body} on {day} but missing; every member has "
                    'a row (an absent one with "present": false).',
                    "{codes} are members of the {body} on {day} but missing; every member has "
                    'a row (an absent one with "present": false).',
                    len(missing),
                ).format(codes=", ".join(missing), body=self.title, day=self.day),
            )

    def _speaker(self, code: str, path: str) -> None:
        row = self.table.get(code)
        if row is None:
            if code in (self.holders or ()):
                self.p.add(
                    path,
                    _(
                        "{code} is a member of the {body} on {day} but has no row in the "
                        "attendance."
                    ).format(code=quote(code), body=self.title, day=self.day),
                )
            else:
                self.p.add(
                    path,
                    _(
                        "{code} is not a member of the {body} on {day}, nor in the file's "
                        "attendance."
                    ).format(code=quote(code), body=self.title, day=self.day),
                )
        elif row.kind is AttendanceKind.STAFF:
            self.p.add(
                path, _("{code} is staff; staff do not take positions.").format(code=quote(code))
            )

    # ------------------------------------------------------------------ times
    def _stamps(self, item: FileItem, path: str) -> None:
        """Nothing recorded on the session before it was created, and nothing said on an
        item once it was taken off the agenda (the application refuses both)."""
        created = self.sf.session.created_at
        moments = [(f"{path}.created_at", item.created_at)]
        moments += [
            (f"{path}.action_items[{j}].created_at", x.created_at)
            for j, x in enumerate(item.action_items)
        ]
        stamps: tuple[tuple[str, Sequence[Stamp]], ...] = (
            ("positions", [x.stamp for x in item.positions]),
            ("speakers", [x.stamp for x in item.speakers]),
            ("interventions", [x.stamp for x in item.interventions]),
        )
        said = [
            (f"{path}.{key}[{j}].recorded_at", stamp.recorded_at)
            for key, entries in stamps
            for j, stamp in enumerate(entries)
        ]
        recorded = [
            (f"{path}.silence_procedures[{k}]{tail}", stamp.recorded_at)
            for k, procedure in enumerate(item.silence_procedures)
            for tail, stamp in [
                (".recorded_at", procedure.stamp),
                *((f".events[{j}].recorded_at", e.stamp) for j, e in enumerate(procedure.events)),
            ]
        ]
        recorded += [
            (f"{path}.outcomes[{j}].recorded_at", o.stamp.recorded_at)
            for j, o in enumerate(item.outcomes)
        ]
        for where, moment in moments + said + recorded:
            if moment < created:
                self.p.add(
                    where,
                    _(
                        "{time} is before the session was created ({created}); nothing is "
                        "recorded on a session before it exists."
                    ).format(time=format_time(moment), created=format_time(created)),
                )
        removed = item.removed_at
        if removed is None:
            return
        for where, moment in said:
            if moment > removed:
                self.p.add(
                    where,
                    _(
                        "{time} is after the item was taken off the agenda ({removed}); "
                        "nothing is said on an item once it is off the agenda."
                    ).format(time=format_time(moment), removed=format_time(removed)),
                )

    # ------------------------------------------------------------------ positions
    def _positions(self, item: FileItem, path: str) -> None:
        events, base = item.positions, f"{path}.positions"
        numbered = self._numbering([e.seq for e in events], base, "event")
        standing: dict[str, FilePosition] = {}
        for j, event in enumerate(events):
            where = f"{base}[{j}]"
            self._speaker(event.delegation, f"{where}.delegation")
            if j:
                self._in_order(event.stamp.recorded_at, events[j - 1].stamp.recorded_at, where)
            before = standing.get(event.delegation)
            if event.correction and event.corrects is None:  # the reader links the others
                self.p.add(
                    f"{where}.correction",
                    _(
                        "event {seq} is {code}'s first position on this item, so it corrects "
                        'nothing; set "correction" to false.'
                    ).format(seq=event.seq, code=name(event.delegation)),
                )
            elif not event.correction and event.corrects is not None:
                self.p.add(
                    f"{where}.corrects",
                    _(
                        'event {seq} is a change of position ("correction" is false), so it '
                        'corrects no event; set "corrects" to null, or "correction" to true.'
                    ).format(seq=event.seq),
                )
            elif numbered and event.corrects is not None:
                self._correction(event, before, events, f"{where}.corrects")
            same = before is not None and (before.position, before.text, before.paragraphs) == (
                event.position,
                event.text,
                event.paragraphs,
            )
            if same and not event.correction and before is not None:
                self.p.add(
                    where,
                    _(
                        "repeats event {seq} ({code}, {position}) exactly; saying the same "
                        "again is not a new event, so remove the duplicate."
                    ).format(
                        seq=before.seq, code=name(event.delegation), position=event.position.value
                    ),
                )
            standing[event.delegation] = event

    def _correction(
        self,
        event: FilePosition,
        before: FilePosition | None,
        events: Sequence[FilePosition],
        path: str,
    ) -> None:
        target, code = event.corrects or 0, name(event.delegation)
        if target >= event.seq:
            self.p.add(
                path,
                _(
                    "event {seq} corrects event {target}, which comes later; a correction "
                    "names an earlier event of the same delegation."
                ).format(seq=event.seq, target=target),
            )
        elif events[target - 1].delegation != event.delegation:
            other = name(events[target - 1].delegation)
            self.p.add(
                path,
                _(
                    "event {target} is {other}'s, not {code}'s; a correction names an earlier "
                    "event of the same delegation."
                ).format(target=target, other=other, code=code),
            )
        elif before is None or before.seq != target:
            if before:
                sentence = _(
                    "event {target} was no longer {code}'s standing position (event {seq} "
                    "was); only the position that stands can be corrected."
                ).format(target=target, code=code, seq=before.seq)
            else:
                sentence = _(
                    "event {target} was no longer {code}'s standing position (none was); only "
                    "the position that stands can be corrected."
                ).format(target=target, code=code)
            self.p.add(path, sentence)

    # ------------------------------------------------------------------ silence
    def _procedures(self, item: FileItem, base: str) -> None:
        procedures = item.silence_procedures
        self._numbering([x.seq for x in procedures], base, "procedure")
        running: list[int] = []
        for k, procedure in enumerate(procedures):
            where = f"{base}[{k}]"
            target = procedure.supersedes
            if target is not None and not 1 <= target < procedure.seq:
                self.p.add(
                    f"{where}.supersedes",
                    _(
                        "there is no earlier procedure {target} on this item; a relaunch "
                        "supersedes an earlier procedure of the same item."
                    ).format(target=target),
                )
            if k:
                previous = procedures[k - 1].stamp.recorded_at
                self._in_order(procedure.stamp.recorded_at, previous, where)
            replayed = self._replay(procedure, where)
            if replayed is not None and replayed.is_open:
                running.append(procedure.seq)
        if len(running) > 1:
            numbers = ", ".join(str(n) for n in running)
            self.p.add(
                base,
                _(
                    "procedures {numbers} are all still running; only one procedure runs on an "
                    "item at a time."
                ).format(numbers=numbers),
            )

    def _replay(self, procedure: FileProcedure, where: str) -> SilenceProcedure | None:
        """The procedure rebuilt step by step by the domain's rules, or None if one failed."""
        if self.holders is None:
            return None
        try:
            state = SilenceProcedure.launch(
                procedure.launched_at, procedure.original_deadline, frozenset(self.holders)
            )
        except DomainError as error:
            self.p.add(f"{where}.original_deadline", _sentence(error))
            return None
        events = procedure.events
        if not self._numbering([e.seq for e in events], f"{where}.events", "event"):
            return None
        previous = procedure.stamp.recorded_at
        for j, event in enumerate(events):
            at = f"{where}.events[{j}]"
            self._in_order(event.stamp.recorded_at, previous, at)
            previous = event.stamp.recorded_at
            try:
                stepped = self._step(state, event, at)
            except DomainError as error:
                self.p.add(at, _(REFUSED[type(event)]).format(reason=_sentence(error)))
                return None
            if stepped is None:
                return None
            state = stepped
        for j, event in enumerate(events):
            if isinstance(event, FileLetter):
                self._status(state, state.letter(event.seq), event.status, f"{where}.events[{j}]")
        return state

    def _step(
        self, state: SilenceProcedure, event: FileSilenceEvent, at: str
    ) -> SilenceProcedure | None:
        match event:
            case FileLetter():
                # Letters may come from anyone (the services record them so): one from a
                # delegation without decision rights breaks nothing, and its status says so.
                return state.receive_letter(
                    event.delegation,
                    event.received_at,
                    kind=event.letter_kind,
                    paragraphs=event.paragraphs,
                    reference=event.reference,
                    text=event.text,
                )
            case FileBreakWithdrawal():
                return state.withdraw_break(event.letter, event.received_at, event.reference)
            case FileExtension():
                return state.extend(event.at, event.new_deadline, event.reason)
            case FileWithdrawal():
                return state.withdraw(event.at, event.reason, relaunched=event.relaunched)
            case FileSettlement():
                return self._settle(state, event, at)

    def _settle(
        self, state: SilenceProcedure, event: FileSettlement, at: str
    ) -> SilenceProcedure | None:
        deadline, recorded = state.deadline, event.stamp.recorded_at
        if recorded < deadline:
            self.p.add(
                f"{at}.recorded_at",
                _(
                    "the settlement is recorded at {recorded}, before the deadline of "
                    "{deadline}; a procedure settles only once its deadline has passed."
                ).format(recorded=format_time(recorded), deadline=format_time(deadline)),
            )
            return None
        settled = state.settle(recorded)
        done = settled.settlement
        assert done is not None
        if event.at != done.at:
            self.p.add(
                f"{at}.at",
                _(
                    "the settlement is at {at}, but the deadline in force was {deadline}; a "
                    "procedure settles at its deadline."
                ).format(at=format_time(event.at), deadline=format_time(done.at)),
            )
        if event.result is not done.result:
            breaking = ", ".join(name(x.delegation) for x in state.standing_breaks)
            if breaking:
                sentence = _(
                    "the file says {written}, but the break by {names} stood at the deadline, "
                    "so silence was broken."
                )
            else:
                sentence = _(
                    "the file says {written}, but no break stood at the deadline, so the text "
                    "was adopted."
                )
            written = quote(event.result.value)
            self.p.add(f"{at}.result", sentence.format(written=written, names=breaking))
        return settled

    def _status(
        self, state: SilenceProcedure, letter: Letter, written: LetterStatus, at: str
    ) -> None:
        actual = state.letter_status(letter)
        if actual is written:
            return
        received = format_time(letter.received_at)
        withdrawal = state.withdrawal
        withdrawn = format_time(withdrawal.at) if withdrawal else "?"
        self.p.add(
            f"{at}.status",
            _(STATUS_WHY[actual]).format(
                written=quote(written.value),
                actual=quote(actual.value),
                received=received,
                deadline=format_time(state.deadline),
                withdrawn=withdrawn,
                code=name(letter.delegation),
                body=self.title,
                day=self.day,
            ),
        )

    # ------------------------------------------------------------------ outcomes
    def _outcomes(self, item: FileItem, base: str) -> None:
        for j, declared in enumerate(item.outcomes):
            where = f"{base}[{j}]"
            if declared.withdrawn:
                self._withdrawal(item.outcomes[j - 1] if j else None, declared, where)
            elif declared.outcome is Outcome.REMITTED and not (
                declared.remitted_to.strip() or declared.remitted_to_fr.strip()
            ):
                self.p.add(
                    f"{where}.remitted_to", _("say which committee the item is remitted to.")
                )
            if j:
                previous = item.outcomes[j - 1].stamp.recorded_at
                self._in_order(declared.stamp.recorded_at, previous, where)

    def _withdrawal(self, before: FileOutcome | None, withdrawal: FileOutcome, at: str) -> None:
        if before is None or before.withdrawn:
            self.p.add(
                f"{at}.withdrawn",
                _(
                    "withdraws a declaration, but none stands just before it; a withdrawal "
                    "follows the declaration it withdraws."
                ),
            )
        elif before.outcome is not withdrawal.outcome:
            self.p.add(
                f"{at}.outcome",
                _(
                    "the withdrawal says {withdrawn}, but the declaration it withdraws says "
                    "{declared}; a withdrawal carries the outcome it withdraws."
                ).format(
                    withdrawn=quote(withdrawal.outcome.value), declared=quote(before.outcome.value)
                ),
            )

    # ------------------------------------------------------------------ shared
    def _numbering(self, numbers: Sequence[int], base: str, what: str) -> bool:
        """Numbers 1, 2, 3… in order; the first gap or repeat is reported."""
        seen: dict[int, int] = {}
        for j, number in enumerate(numbers):
            if number in seen:
                self.p.add(
                    f"{base}[{j}].seq",
                    _(TWICE[what]).format(number=number, other=f"{base}[{seen[number]}]"),
                )
                return False
            if number != j + 1:
                self.p.add(
                    f"{base}[{j}].seq",
                    _(GAP[what]).format(expected=j + 1, number=number),
                )
                return False
            seen[number] = j
        return True

    def _in_order(self, moment: datetime, previous: datetime, path: str) -> None:
        if moment < previous:
            self.p.add(
                f"{path}.recorded_at",
                _(
                    "{time} is earlier than the one before it ({previous}); the file lists what "
                    "was recorded in the order it was recorded, so times never go backwards."
                ).format(time=format_time(moment), previous=format_time(previous)),
            )


def _sentence(error: DomainError) -> str:
    """The rule's own sentence, continuing one that starts with a path."""
    text = str(error)
    return text[:1].lower() + text[1:]
