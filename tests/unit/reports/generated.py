"""Sessions built through the services, large and awkward on purpose: names in Latin Extended,
Greek and Cyrillic, statements full of markup characters, every kind of position, corrections,
changes of position, and silence procedures with breaks, late letters, comments, withdrawn
breaks, extensions and relaunches. Deterministic: the same arguments give the same record."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from desktop.domain.actions import OwnerKind
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind, AttendanceKind, ChairRole
from desktop.domain.silence import LetterKind
from desktop.services import Workspace

HEADS = [
    "Čeněk Řezníček",
    "Łucja Żółkiewska",
    "Şükrü Çağlayan",
    "Γιώργος Παπαδόπουλος",
    "Олена Шевченко",
    "Ærøskøbing Ødegård",
    "Zoë O'Brien & Sons <b>Ltd</b>",
]

MARKUP = [
    'Subject to <b>paragraph 4</b> & the "annex" <i>not</i> applying; a < b > c.',
    "Line one of the statement.\nLine two & <br/> stays literal.\n\nLine four.",
    "<para>not a tag</para> &amp; not an entity &lt; either",
    "Ελληνική δήλωση: «σύμφωνα με την παράγραφο 3».",
    "Заявление для протокола: Украина <и> партнёры.",
]


@dataclass
class Clock:
    moment: datetime = field(default_factory=lambda: datetime(2026, 3, 12, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.moment

    def tick(self, seconds: float = 30) -> None:
        self.moment += timedelta(seconds=seconds)


@dataclass(frozen=True)
class Expected:
    """What a delegate must find in the minutes of a generated session."""

    session_id: int
    objections: list[tuple[int, str, str]]  # (item number, delegation code, text)
    reservations: list[tuple[int, str, str]]
    breaks: list[tuple[int, str, datetime]]  # (item number, delegation code, received at)
    late: list[tuple[int, str]]


def build_session(
    ws: Workspace,
    clock: Clock,
    *,
    items: int = 40,
    seed: int = 1,
    reference: str = "C-R(2026)0107",
    close: bool = True,
    day: date = date(2026, 3, 12),
) -> Expected:
    rng = random.Random(seed)
    detail = ws.sessions.create(
        body_kind="NAC",
        level="foreign_ministers",
        session_date=day,
        reference=reference,
        place="Вільнюс / Vilnius — Παλάτι <Conference & Centre>",
        chair="Ψ. Ñúñez-Đorđević",
        chair_role=ChairRole.ACTING_CHAIR,
        opened_at=clock(),
    ).value
    sid = detail.id
    members = [d.code for d in detail.delegations if d.has_decision_rights]
    for i, code in enumerate(members):
        ws.attendance.set_attendance(sid, code, head_of_delegation=HEADS[i % len(HEADS)])
    ws.attendance.set_attendance(sid, members[5], present=False)
    ws.attendance.add_participant(sid, "UKR", kind=AttendanceKind.PARTNER, name="Україна <UA>")
    ws.attendance.add_participant(sid, "IS", kind=AttendanceKind.STAFF, name="Staff & Co")

    objections: list[tuple[int, str, str]] = []
    reservations: list[tuple[int, str, str]] = []
    breaks: list[tuple[int, str, datetime]] = []
    late: list[tuple[int, str]] = []
    kinds = list(AgendaKind)
    for number in range(1, items + 1):
        kind = AgendaKind.DECISION if number % 4 else kinds[number // 4 % len(kinds)]
        item = ws.agenda.add_item(
            sid,
            f"Item {number}: {rng.choice(['Šibenik', 'Łódź', 'Θεσσαλονίκη', 'Київ'])} & <co>",
            kind=kind,
            documents=f"PO(2026){number:04d}",
            summary=rng.choice(MARKUP) if number % 3 == 0 else "",
        ).value.id
        speakers = rng.sample(members, 6)
        said = _positions(ws, clock, rng, item=item, number=number, speakers=speakers)
        objections += [(number, code, text) for code, p, text in said if p is Position.OBJECTION]
        reservations += [
            (number, code, text) for code, p, text in said if p is Position.RESERVATION
        ]
        if rng.random() < 0.5:
            ws.positions.log(item, "UKR", Position.AGREE_WITH_STATEMENT, text=MARKUP[4])
        if kind is AgendaKind.DECISION:
            clock.tick()
            ws.positions.all_agree_except(item, ())
        if number % 6 == 0:
            breaks += _silence(ws, clock, item=item, number=number, members=members, late=late)
        elif number % 2:
            ws.outcomes.declare(item, Outcome.AGREED, decision_text=rng.choice(MARKUP))
        if number % 8 == 0:
            ws.actions.add(
                item,
                owner_kind=OwnerKind.DELEGATION,
                owner=members[number % len(members)],
                description=MARKUP[number % len(MARKUP)],
                due_date=day + timedelta(days=number),
            )
    if close:
        clock.tick(600)
        ws.sessions.close(sid)
    return Expected(sid, objections, reservations, breaks, late)


def _positions(
    ws: Workspace,
    clock: Clock,
    rng: random.Random,
    *,
    item: int,
    number: int,
    speakers: list[str],
) -> list[tuple[str, Position, str]]:
    """Six delegations speak; one mis-key is corrected, one mind is changed. Returns what
    stands: (delegation, position, text)."""
    said = []
    for code in speakers:
        position = rng.choice(list(Position)[:-1])
        text = rng.choice(MARKUP) if position.expects_text or rng.random() < 0.3 else ""
        clock.tick()
        entry = ws.positions.log(item, code, position, text=text, paragraphs=["3", "4.1"])
        if number % 5 == 0 and code == speakers[0]:  # a mis-keyed entry, corrected
            clock.tick()
            entry = ws.positions.correct(entry.value.event_id, Position.AGREE)
        elif number % 7 == 0 and code == speakers[1]:  # a change of mind
            clock.tick(120)
            entry = ws.positions.log(item, code, Position.AGREE_AD_REFERENDUM, text="Done.")
        said.append((code, entry.value.position, entry.value.text))
    return said


def _silence(
    ws: Workspace,
    clock: Clock,
    *,
    item: int,
    number: int,
    members: list[str],
    late: list[tuple[int, str]],
) -> list[tuple[int, str, datetime]]:
    """A procedure broken by two letters (one withdrawn), extended, settled, with a comment
    and a late letter; every second one is relaunched on a revised text."""
    clock.tick(60)
    start = clock()
    first = ws.silence.launch(
        item, start + timedelta(hours=30), text_reference=f"PO(2026){number:04d}-REV1",
        title="Draft & <text>", launched_by="Ψ. Ñúñez-Đorđević",
    ).value  # fmt: skip
    a, b, c = members[number % 30], members[(number + 1) % 30], members[(number + 2) % 30]
    at_a = start + timedelta(hours=2)
    ws.silence.record_letter(first.id, a, at_a, text="We break <silence> & say so.")
    ws.silence.record_letter(first.id, b, start + timedelta(hours=3), text="Break too.")
    clock.moment = start + timedelta(hours=4)
    ws.silence.withdraw_break(first.id, 2, clock(), reference="REF/<2>")
    ws.silence.record_letter(
        first.id, c, start + timedelta(hours=5), kind=LetterKind.COMMENT, text="Typo & co."
    )
    ws.silence.extend(first.id, start + timedelta(hours=40), reason="Asked by <two> & more.")
    clock.moment = start + timedelta(hours=41)
    ws.silence.settle_due()
    ws.silence.record_letter(first.id, c, start + timedelta(hours=42), text="Too late.")
    late.append((number, c))
    if number % 12 == 0:
        ws.silence.relaunch(
            first.id, start + timedelta(hours=90), text_reference=f"PO(2026){number:04d}-REV2"
        )
    clock.moment = start + timedelta(minutes=5)  # back to the meeting
    return [(number, a, at_a)]
