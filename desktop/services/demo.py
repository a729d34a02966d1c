"""A realistic sample: a recent meeting of the North Atlantic Council at the level of
Permanent Representatives, built through the services as an operator would have logged it.

Every text the secretariat wrote for the record is in both official languages, so that the
French minutes hold no English of the secretariat (and the English none of its French);
what delegations said stays in the language they spoke.

The session is dated on the last Wednesday at least two days before today, so that one
silence procedure launched at it has already been broken and settled, and another is
still running when the demo opens.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from desktop.domain.actions import OwnerKind
from desktop.domain.bodies import BodyKind
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind, AttendanceKind, ChairRole, Classification, Level
from desktop.domain.silence import LetterKind
from desktop.domain.timezones import BRUSSELS, local_to_utc, now_utc
from desktop.i18n import _
from desktop.services.context import Actor
from desktop.services.errors import ValidationError
from desktop.services.workspace import Workspace

_S = "\u00a0"  # the no-break space French puts before a colon

HEADS = {
    "BEL": "Pascale Dufour",
    "CZE": "Tomáš Dvořák",
    "DEU": "Katharina Weiß",
    "FRA": "Hélène Marchand",
    "HRV": "Ivana Kovačević",
    "ISL": "Sigríður Jónsdóttir",
    "LTU": "Rūta Žukauskienė",
    "LVA": "Mārtiņš Bērziņš",
    "POL": "Łukasz Wójcik",
    "ROU": "Ștefan Popescu",
    "TUR": "Ayşe Yılmaz",
    "GBR": "Oliver Hughes",
    "USA": "Jennifer Coleman",
}


class _DemoClock:
    """The demo is logged as if in the room: the clock moves as the meeting goes on."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def tick(self, seconds: float = 20) -> None:
        self.moment += timedelta(seconds=seconds)


def _brussels(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return local_to_utc(datetime.combine(day, time(hour, minute, second)), BRUSSELS)


def write_demo(path: Path, *, today: date | None = None) -> int:
    """Create the demo database at ``path`` (which must not exist); return the session id."""
    path = Path(path)
    if path.exists():
        raise ValidationError(
            _("{path} already exists; choose another file for the demo.").format(path=path)
        )
    today = today or now_utc().astimezone(UTC).date()
    latest = today - timedelta(days=2)
    day = latest - timedelta(days=(latest.weekday() - 2) % 7)  # the Council meets on Wednesdays
    clock = _DemoClock(_brussels(day, 10, 0))
    with Workspace.open(path, actor=Actor("demo", "NATO HQ room 1"), clock=clock) as ws:
        session_id = _build(ws, clock, day, today)
    return session_id


def _build(ws: Workspace, clock: _DemoClock, day: date, today: date) -> int:  # noqa: PLR0915
    """One straight script, item by item, in the order the meeting went."""
    session = ws.sessions.create(
        body_kind=BodyKind.NAC,
        level=Level.PERMANENT_REPRESENTATIVES,
        session_date=day,
        reference=f"C-R({day.year})0042",
        place="NATO Headquarters, Brussels",
        place_fr="Siège de l'OTAN, Bruxelles",
        chair="Elena Marković",
        chair_role=ChairRole.DEPUTY_SECRETARY_GENERAL,
        classification=Classification.NATO_UNCLASSIFIED,
        opened_at=_brussels(day, 10, 0),
    ).value
    sid = session.id
    for code, name in HEADS.items():
        ws.attendance.set_attendance(sid, code, head_of_delegation=name)
    ws.attendance.set_attendance(sid, "ISL", present=False)
    ws.attendance.add_participant(sid, "UKR", kind=AttendanceKind.PARTNER, name="Ukraine")
    ws.attendance.add_participant(
        sid,
        "IS",
        kind=AttendanceKind.STAFF,
        name="International Staff",
        head_of_delegation="Matthieu Lambert",
    )
    members = [d.code for d in ws.sessions.get(sid).delegations if d.has_decision_rights]

    def log(item: int, code: str, position: Position, text: str = "", paras: str = "") -> int:
        clock.tick()
        entry = ws.positions.log(item, code, position, text=text, paragraphs=paras.split(","))
        return entry.value.event_id

    def everyone_else_agrees(item: int) -> None:
        clock.tick(60)
        ws.positions.all_agree_except(item, ())

    add = ws.agenda.add_item
    # 1 — consensus with statements and a footnote: agreed.
    i1 = add(
        sid,
        "Defence Innovation Accelerator: work programme for the coming year",
        title_fr=f"Accélérateur d'innovation de défense{_S}: programme de travail pour l'année "
        "à venir",
        kind=AgendaKind.DECISION,
        documents="PO(2026)0311, PO(2026)0311-REV1",
        summary="The Council considered the revised work programme, which takes account of the "
        "comments made in the Defence Policy and Planning Committee.",
        summary_fr="Le Conseil a examiné le programme de travail révisé, qui tient compte des "
        "observations formulées au Comité des politiques et des plans de défense.",
    ).value.id
    log(
        i1,
        "FRA",
        Position.AGREE_WITH_STATEMENT,
        "La France se joint au consensus et rappelle l'importance d'une base industrielle et "
        "technologique de défense européenne forte, ouverte à tous les Alliés.",
    )
    log(
        i1,
        "DNK",
        Position.FOOTNOTE,
        "Denmark's participation in the test centres listed in Annex B remains subject to "
        "national procurement rules.",
        "4.2",
    )
    log(i1, "ISL", Position.AGREE)  # absent: conveyed in writing before the meeting
    wrong = log(i1, "NOR", Position.OBJECTION)
    clock.tick()
    ws.positions.correct(wrong, Position.AGREE)  # the operator had pressed O for A
    everyone_else_agrees(i1)
    ws.outcomes.declare(
        i1,
        Outcome.AGREED,
        decision_text="The Council approved the work programme as set out in PO(2026)0311-REV1.",
        decision_text_fr="Le Conseil a approuvé le programme de travail tel qu'il figure dans "
        "le document PO(2026)0311-REV1.",
    )
    ws.actions.add(
        i1,
        owner_kind=OwnerKind.INTERNATIONAL_STAFF,
        owner="Defence Investment Division",
        owner_fr="Division Investissement de défense",
        description="Report on implementation of the work programme.",
        description_fr="Rendre compte de la mise en œuvre du programme de travail.",
        due_date=day + timedelta(days=180),
    )

    # 2 — an objection stands: no consensus, remitted.
    i2 = add(
        sid,
        "Partnership cooperation menu: additional activities with partners",
        title_fr=f"Menu de coopération du partenariat{_S}: activités supplémentaires avec les "
        "partenaires",
        kind=AgendaKind.DECISION,
        documents="PO(2026)0298",
    ).value.id
    log(
        i2,
        "TUR",
        Position.OBJECTION,
        "Türkiye cannot agree to activities 17 and 23 as drafted and requests that they be "
        "returned to the Political and Partnerships Committee.",
        "17, 23",
    )
    log(i2, "HUN", Position.AWAITING_INSTRUCTIONS)
    everyone_else_agrees(i2)
    ws.outcomes.declare(
        i2,
        Outcome.REMITTED,
        remitted_to="Political and Partnerships Committee",
        remitted_to_fr="Comité politique et des partenariats",
        decision_text="The item was remitted for further work on activities 17 and 23.",
        decision_text_fr="Le point a été renvoyé pour que les activités 17 et 23 soient "
        "retravaillées.",
    )
    ws.actions.add(
        i2,
        owner_kind=OwnerKind.COMMITTEE,
        owner="Political and Partnerships Committee",
        owner_fr="Comité politique et des partenariats",
        description="Revise activities 17 and 23 and report back to the Council.",
        description_fr="Réviser les activités 17 et 23 et en rendre compte au Conseil.",
        due_date=day + timedelta(days=21),
    )

    # 3 — ad referendum and a reservation: agreed ad referendum.
    i3 = add(
        sid,
        "Political guidance on climate change and security",
        title_fr="Directive politique sur le changement climatique et la sécurité",
        kind=AgendaKind.DECISION,
        documents="PO(2026)0305",
    ).value.id
    log(i3, "LUX", Position.AGREE_AD_REFERENDUM)
    log(
        i3,
        "ISL",
        Position.AGREE_AD_REFERENDUM,
        "Subject to confirmation by the capital.",
    )
    log(
        i3,
        "GRC",
        Position.RESERVATION,
        "Greece reserves its position on paragraph 9 as regards maritime delimitation.",
        "9",
    )
    log(i3, "HUN", Position.STUDY_RESERVE, "Parliamentary scrutiny reserve.")
    clock.tick(300)
    log(i3, "HUN", Position.AGREE_AD_REFERENDUM, "Scrutiny reserve lifted during the meeting.")
    everyone_else_agrees(i3)
    ws.outcomes.declare(
        i3,
        Outcome.AGREED_AD_REFERENDUM,
        decision_text="The Council approved the guidance, subject to "
        "confirmation by Luxembourg, Hungary and Iceland by the end of the week.",
        decision_text_fr="Le Conseil a approuvé la directive, sous réserve de confirmation par "
        "le Luxembourg, la Hongrie et l'Islande d'ici à la fin de la semaine.",
    )

    # 4 — a silence procedure launched at the meeting, broken the next morning.
    i4 = add(
        sid,
        "Public statement on the anniversary of the Washington Treaty",
        title_fr="Déclaration publique à l'occasion de l'anniversaire du traité de Washington",
        kind=AgendaKind.DECISION,
        documents="PO(2026)0320",
    ).value.id
    for code in members[:10]:
        log(i4, code, Position.AGREE)
    clock.tick(120)
    broken = ws.silence.launch(
        i4,
        datetime.combine(day + timedelta(days=1), time(18, 0)),
        text_reference="PO(2026)0320",
        title="Draft public statement",
        title_fr="Projet de déclaration publique",
        launched_by="Elena Marković",
    ).value
    # 5 — under silence until three days from today, extended once, one break withdrawn.
    i5 = add(
        sid,
        "Civil budget: expenditure ceiling for the next financial year",
        title_fr=f"Budget civil{_S}: plafond de dépenses pour le prochain exercice financier",
        kind=AgendaKind.DECISION,
        documents="PO(2026)0317, BC-D(2026)0088",
    ).value.id
    ws.agenda.update_item(i5, not_for_display=True)  # figures not for the room's screen
    log(i5, "USA", Position.AGREE)
    log(i5, "CAN", Position.AWAITING_INSTRUCTIONS)
    log(i5, "ESP", Position.STUDY_RESERVE)
    running = ws.silence.launch(
        i5,
        datetime.combine(today + timedelta(days=1), time(12, 0)),
        text_reference="BC-D(2026)0088",
        title="Expenditure ceiling",
        title_fr="Plafond de dépenses",
        launched_by="Elena Marković",
    ).value
    # 6 — discussion, with a partner's statement outside the consensus.
    i6 = add(
        sid,
        "Security situation in the Black Sea region",
        title_fr="Situation de sécurité dans la région de la mer Noire",
        kind=AgendaKind.DISCUSSION,
        summary="The Council was briefed by the Assistant Secretary General for Operations "
        "and discussed the implications for the Alliance's posture.",
        summary_fr="Le Conseil a entendu un exposé du secrétaire général adjoint pour les "
        "opérations et a examiné les conséquences pour la posture de l'Alliance.",
    ).value.id
    # The floor, as the chair gave it: a speakers' list, three timed turns, Poland waiting.
    for code in ("ROU", "BGR", "UKR", "POL"):
        clock.tick(5)
        ws.speakers.add(i6, code)
    for code, seconds in (("ROU", 130), ("BGR", 45), ("UKR", 90)):
        ws.speakers.start(i6, code)
        clock.tick(seconds)
        [entry] = [e for e in ws.speakers.state(i6).waiting if e.delegation == code]
        ws.speakers.strike(entry.id)  # ends its turn
    # What each said, without taking a position: interventions, in the order spoken, as the
    # secretariat summed them up in both languages.
    for code, said, said_fr in (
        (
            "ROU",
            "Romania stressed the importance of a strengthened Allied presence in the Black "
            "Sea region.",
            "La Roumanie souligne l'importance d'une présence alliée renforcée dans la région "
            "de la mer Noire.",
        ),
        (
            "BGR",
            "Bulgaria welcomes the briefing and supports the proposed follow-up.",
            "La Bulgarie se félicite de l'exposé et appuie les suites proposées.",
        ),
        (
            "UKR",
            "Ukraine thanks Allies for their continued support.",
            "L'Ukraine remercie les Alliés de leur soutien constant.",
        ),
    ):
        clock.tick()
        ws.speakers.intervene(i6, code, said, text_fr=said_fr)
    ws.outcomes.declare(
        i6,
        Outcome.NOTED,
        decision_text="The Council noted the briefing.",
        decision_text_fr="Le Conseil a pris note de l'exposé.",
    )

    # 7 — information.
    i7 = add(
        sid,
        "Briefing on the implementation of the Cyber Defence Pledge",
        title_fr="Exposé sur la mise en œuvre de l'engagement en faveur de la cyberdéfense",
        kind=AgendaKind.INFORMATION,
        documents="IS-N(2026)0077",
    ).value.id
    ws.outcomes.declare(i7, Outcome.NOTED)

    # 8 — any other business.
    i8 = add(
        sid,
        "Arrangements for the meeting of Foreign Ministers",
        title_fr="Dispositions relatives à la réunion des ministres des Affaires étrangères",
        kind=AgendaKind.ANY_OTHER_BUSINESS,
    ).value.id
    ws.outcomes.declare(i8, Outcome.NOTED)
    ws.actions.add(
        i8,
        owner_kind=OwnerKind.INTERNATIONAL_STAFF,
        owner="Council Secretariat",
        owner_fr="Secrétariat du Conseil",
        description="Circulate the draft programme of the ministerial meeting.",
        description_fr="Diffuser le projet de programme de la réunion ministérielle.",
        due_date=day + timedelta(days=7),
    )

    clock.moment = _brussels(day, 12, 40)
    ws.sessions.close(sid)

    # The next day: letters on both procedures, in the order they arrived.
    next_day = day + timedelta(days=1)

    def letter(procedure: int, code: str, hm: tuple[int, int], text: str, **kw: object) -> None:
        clock.moment = _brussels(next_day, *hm)
        ref = f"{code}/DEL/{next_day.year}/{hm[0]:02d}{hm[1]:02d}"
        ws.silence.record_letter(
            procedure,
            code,
            clock.moment,
            reference=ref,
            text=text,
            **kw,  # type: ignore[arg-type]
        )

    letter(
        broken.id,
        "FRA",
        (8, 40),
        "Paragraphs 3 and 5 do not reflect the agreed language.",
        paragraphs=("3", "5"),
    )
    letter(
        running.id,
        "ESP",
        (9, 0),
        "Spain breaks silence on paragraph 2 pending confirmation of the ceiling.",
        paragraphs=("2",),
    )
    letter(broken.id, "BEL", (9, 5), "Belgium associates itself with France.")
    letter(broken.id, "DEU", (15, 30), "Germany cannot accept the last sentence of paragraph 5.")
    letter(
        broken.id,
        "NLD",
        (16, 10),
        "Editorial: 'Alliance' should be capitalised throughout.",
        kind=LetterKind.COMMENT,
    )
    clock.moment = _brussels(next_day, 17, 0)
    ws.silence.withdraw_break(running.id, 1, clock.moment, reference="ESP/DEL/2026/1700")
    ws.silence.extend(
        running.id,
        datetime.combine(today + timedelta(days=3), time(12, 0)),
        reason=f"CAN/DEL/{next_day.year}/1645, ESP/DEL/{next_day.year}/1650",  # the requests
    )
    clock.moment = _brussels(next_day, 18, 0, 30)
    ws.silence.settle_due()  # the procedure on item 4 settles: broken
    letter(broken.id, "ITA", (18, 25), "Italy would have joined the break on paragraph 5.")
    return sid
