"""A realistic archive for the benchmarks, built once and cached under build/bench/.

    .venv/bin/python bench/generate.py [--sessions 2000] [--force]

About twelve years of a secretariat: the North Atlantic Council weekly at the level of
Permanent Representatives and at its ministerial levels, the Military Committee, the Nuclear
Planning Group and a dozen committees; 30 to 40 items a session, every delegation of the
date at the table (the body's roster on that day, from the reference data), a position of
every member on every decision item (statements, reservations, footnotes, objections in
English, French and national languages), decisions, action items and silence procedures
with their letters, all settled. The first sessions are written through the services, as
an operator would have logged them; the bulk is inserted with SQLAlchemy Core in one
transaction, and the triggers of migration 0004 index its text as it goes.

Three sessions are there for the benchmarks, found by reference: ``BENCH-40`` and
``BENCH-40B`` (40 items, every position logged) and ``BENCH-300`` (300 items).

The file is named after the generator's version, the schema revision and the number of
sessions; an existing file is reused. Everything is seeded: the same archive every time.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import Connection, create_engine  # noqa: E402

from bench.texts import COMMITTEES, Words  # noqa: E402
from db.engine import sqlite_url  # noqa: E402
from db.migrate import head_revision  # noqa: E402
from desktop import reference  # noqa: E402
from desktop.domain.allies import Ally, invitees_on  # noqa: E402
from desktop.domain.bodies import BodyKind, body  # noqa: E402
from desktop.domain.outcomes import Outcome  # noqa: E402
from desktop.domain.positions import Position  # noqa: E402
from desktop.domain.sessions import AgendaKind, Level  # noqa: E402
from desktop.services import Actor, Workspace  # noqa: E402

VERSION = 6
DEFAULT_SESSIONS = 2000
SAMPLE_SESSIONS = 3  # written through the services
CACHE = ROOT / "build" / "bench"
SEED = 20261125
LAST_DAY = date(2026, 10, 28)  # a Wednesday: every silence procedure has settled by now
BENCH_40, BENCH_40B, BENCH_300 = "BENCH-40", "BENCH-40B", "BENCH-300"

Row = tuple[Any, ...]


# ---------------------------------------------------------------------- where it is
def archive_path(sessions: int = DEFAULT_SESSIONS) -> Path:
    return CACHE / f"archive-v{VERSION}-r{head_revision()}-{sessions}.sqlite"


def ensure_archive(sessions: int = DEFAULT_SESSIONS, *, force: bool = False) -> Path:
    """The cached archive, built first when it is missing (or ``force``)."""
    path = archive_path(sessions)
    if path.exists() and not force:
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    stats = build(partial, sessions)
    partial.rename(path)
    stats["seconds"] = round(time.perf_counter() - started, 1)
    stats["bytes"] = path.stat().st_size
    path.with_suffix(".json").write_text(json.dumps(stats, indent=2) + "\n")
    return path


# ---------------------------------------------------------------------- the calendar
class Meeting:
    """One session to write: when, which body at which level, how many items."""

    def __init__(
        self, day: date, kind: BodyKind, level: Level, committee: str = "", items: int = 0
    ) -> None:
        self.day, self.kind, self.level, self.committee = day, kind, level, committee
        self.items = items
        self.reference = ""


def calendar(count: int, rng: random.Random) -> list[Meeting]:
    """``count`` meetings, week after week back from LAST_DAY, oldest first: the Council on
    Wednesdays, the Military Committee on Thursdays, committees on other days, and the
    ministerial meetings in their months."""
    meetings: list[Meeting] = []
    wednesday = LAST_DAY
    while len(meetings) < count:
        week: list[Meeting] = [
            Meeting(wednesday, BodyKind.NAC, Level.PERMANENT_REPRESENTATIVES),
            Meeting(wednesday + timedelta(days=1), BodyKind.MC, Level.MILITARY_REPRESENTATIVES),
        ]
        for offset in rng.sample((-2, -1, 2), rng.choice((1, 1, 2))):
            level = rng.choice((Level.NATIONAL_REPRESENTATIVES, Level.PERMANENT_REPRESENTATIVES))
            week.append(
                Meeting(
                    wednesday + timedelta(days=offset),
                    BodyKind.COMMITTEE,
                    level,
                    rng.choice(COMMITTEES),
                )
            )
        month, first_week = wednesday.month, wednesday.day <= 7
        if first_week and month in (4, 12):
            week.append(
                Meeting(wednesday - timedelta(days=1), BodyKind.NAC, Level.FOREIGN_MINISTERS)
            )
        if first_week and month in (2, 6, 10):
            week.append(
                Meeting(wednesday - timedelta(days=1), BodyKind.NAC, Level.DEFENCE_MINISTERS)
            )
            week.append(
                Meeting(wednesday - timedelta(days=1), BodyKind.NPG, Level.DEFENCE_MINISTERS)
            )
        if first_week and month == 7:
            summit = Level.HEADS_OF_STATE_AND_GOVERNMENT
            week.append(Meeting(wednesday + timedelta(days=2), BodyKind.NAC, summit))
        meetings.extend(week)
        wednesday -= timedelta(days=7)
    meetings = sorted(meetings[:count], key=lambda m: (m.day, m.kind.value, m.level.value))
    counters: dict[tuple[str, int], int] = {}
    for meeting in meetings:
        meeting.items = rng.randint(30, 40)
        if meeting.kind is BodyKind.COMMITTEE:
            prefix = f"AC/{100 + COMMITTEES.index(meeting.committee)}-R"
        else:
            prefix = {BodyKind.NAC: "C-R", BodyKind.MC: "MC-R"}.get(meeting.kind, "NPG-R")
        key = (prefix, meeting.day.year)
        counters[key] = counters.get(key, 0) + 1
        meeting.reference = f"{prefix}({meeting.day.year}){counters[key]:04d}"
    return meetings


def roster(meeting: Meeting) -> list[tuple[Ally, str]]:
    """The delegations at the table: the body's members on the day, and the Council's
    invitees."""
    allies = reference.allies()
    seated = [(a, "member") for a in body(meeting.kind).decision_holders(allies, meeting.day)]
    if meeting.kind is BodyKind.NAC:
        seated += [(a, "invitee") for a in invitees_on(allies, meeting.day)]
    return seated


# ---------------------------------------------------------------------- bulk rows
def stamp(moment: datetime) -> str:
    """A UTC instant as SQLAlchemy stores it in SQLite (db.base.UtcDateTime): naive UTC, to
    the microsecond. (``str`` of a naive datetime is the quickest way there.)"""
    naive = moment.astimezone(UTC).replace(tzinfo=None)
    return str(naive) if naive.microsecond else f"{naive}.000000"


COLUMNS = {
    "sessions": (
        "id reference revision body committee_name level format session_date place time_zone "
        "opened_at closed_at chair chair_role classification created_at updated_at removed_at"
    ),
    "attendance": "id session_id delegation kind display_name sort_key present head_of_delegation",
    "agenda_items": "id session_id ordinal title kind documents summary created_at removed_at",
    "position_events": (
        "id item_id delegation position text paragraphs corrects_id recorded_at operator "
        "workstation"
    ),
    "silence_procedures": (
        "id item_id text_reference title launched_at launched_by original_deadline "
        "supersedes_id recorded_at operator workstation"
    ),
    "silence_events": (
        "id procedure_id seq kind at delegation letter_kind paragraphs reference text "
        "new_deadline letter_seq relaunched result recorded_at operator workstation"
    ),
    "outcome_declarations": (
        "id item_id outcome decision_text remitted_to warnings withdrawn recorded_at operator "
        "workstation"
    ),
    "action_items": (
        "id item_id owner_kind owner description due_date status created_at updated_at removed_at"
    ),
    "audit_log": "id at operator workstation action session_id entity entity_id details",
}


class Bulk:
    """Rows gathered per table and written with executemany, parents before children."""

    ORDER = tuple(COLUMNS)
    # Many rows a statement: FTS5 flushes what it holds in memory at every statement that
    # writes to it through a trigger, so one row a statement would make a segment a row.
    ROWS_PER_STATEMENT = 200

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.rows: dict[str, list[Row]] = {table: [] for table in COLUMNS}
        self.ids = {table: self._next_id(table) for table in COLUMNS}
        self.written = dict.fromkeys(COLUMNS, 0)
        self.seconds = dict.fromkeys(COLUMNS, 0.0)

    def _next_id(self, table: str) -> int:
        value = self.connection.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar()
        return int(value or 0) + 1

    def add(self, table: str, *values: Any) -> int:
        """Queue a row (without its id); return the id it will have."""
        row_id = self.ids[table]
        self.ids[table] += 1
        self.rows[table].append((row_id, *values))
        return row_id

    def flush(self) -> None:
        for table in self.ORDER:
            rows = self.rows[table]
            if not rows:
                continue
            columns = COLUMNS[table].split()
            started = time.perf_counter()
            for start in range(0, len(rows), self.ROWS_PER_STATEMENT):
                chunk = rows[start : start + self.ROWS_PER_STATEMENT]
                values = ", ".join([f"({', '.join('?' * len(columns))})"] * len(chunk))
                self.connection.exec_driver_sql(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES {values}",
                    tuple(value for row in chunk for value in row),
                )
            self.seconds[table] += time.perf_counter() - started
            self.written[table] += len(rows)
            rows.clear()


OPERATORS = ("mdupont", "jsmith", "akowalska", "lrossi", "eparker")
WORKSTATIONS = ("NATO HQ room 1", "NATO HQ room 2", "Council Secretariat")

# Positions of a member on a decision item, and how likely each is (the rest: agree).
DECISION_POSITIONS = (
    (Position.AGREE_WITH_STATEMENT, 0.05, 1.0),  # (position, share, with a text)
    (Position.AGREE_AD_REFERENDUM, 0.03, 0.3),
    (Position.STUDY_RESERVE, 0.02, 0.5),
    (Position.AWAITING_INSTRUCTIONS, 0.015, 0.1),
    (Position.RESERVATION, 0.02, 1.0),
    (Position.FOOTNOTE, 0.012, 1.0),
    (Position.OBJECTION, 0.006, 0.9),
)


class Writer:
    """Turns meetings into rows."""

    def __init__(self, bulk: Bulk, rng: random.Random) -> None:
        self.bulk, self.rng = bulk, rng
        names = {a.code: (a.name_en, a.name_fr) for a in reference.allies()}
        self.words = Words(rng, names)

    def meeting(self, meeting: Meeting, *, all_decisions: bool = False) -> int:
        rng, add = self.rng, self.bulk.add
        start = datetime(meeting.day.year, meeting.day.month, meeting.day.day, 9, 0, tzinfo=UTC)
        end = start + timedelta(hours=3)
        operator = rng.choice(OPERATORS)
        session_id = add(
            "sessions", meeting.reference, 0, meeting.kind.value, meeting.committee,
            meeting.level.value, "formal", meeting.day.isoformat(),
            "NATO Headquarters, Brussels", "Europe/Brussels", stamp(start), stamp(end),
            rng.choice(("Jens Stoltenberg", "Mark Rutte", "Mircea Geoană", "Radmila Shekerinska")),
            rng.choice(("secretary_general", "deputy_secretary_general", "chair")),
            rng.choice(("nato_unclassified", "nato_restricted", "nato_confidential")),
            stamp(start), stamp(end), None,
        )  # fmt: skip
        self.audit(start, "session.created", session_id, "session", session_id, operator=operator)
        seated = roster(meeting)
        members: list[str] = []
        for ally, kind in seated:
            present = rng.random() > 0.02
            add("attendance", session_id, ally.code, kind, "", ally.sort_key, int(present), "")
            if kind == "member" and present:
                members.append(ally.code)
        for number in range(1, meeting.items + 1):
            moment = start + timedelta(minutes=4 * number)
            self.item(
                session_id=session_id, number=number, moment=moment, members=members,
                meeting=meeting, all_decisions=all_decisions, operator=operator,
            )  # fmt: skip
        return session_id

    def item(
        self,
        *,
        session_id: int,
        number: int,
        moment: datetime,
        members: Sequence[str],
        meeting: Meeting,
        all_decisions: bool,
        operator: str,
    ) -> None:
        rng, add, words = self.rng, self.bulk.add, self.words
        roll = rng.random()
        kind = (
            AgendaKind.DECISION
            if all_decisions or roll < 0.55
            else AgendaKind.DISCUSSION
            if roll < 0.8
            else AgendaKind.INFORMATION
            if roll < 0.92
            else AgendaKind.ANY_OTHER_BUSINESS
        )
        title = words.title()
        doc = words.document(meeting.day.year)
        documents = ", ".join([doc] + ([f"{doc}-REV1"] if rng.random() < 0.3 else []))
        summary = words.summary() if kind is not AgendaKind.DECISION or rng.random() < 0.3 else ""
        item_id = add(
            "agenda_items", session_id, number, title, kind.value, documents, summary,
            stamp(moment - timedelta(days=3)), None,
        )  # fmt: skip
        self.audit(moment, "item.added", session_id, "agenda_item", item_id, operator=operator)
        clock = moment
        if kind is AgendaKind.DECISION:
            for code in members:
                clock += timedelta(seconds=5)
                self.position(item_id, session_id, code, clock, operator)
            self.decision(item_id=item_id, title=title, doc=doc, moment=clock, members=members)
        elif kind is AgendaKind.DISCUSSION:
            for code in rng.sample(list(members), min(len(members), rng.randint(3, 8))):
                clock += timedelta(seconds=40)
                self.event(item_id, session_id, code, Position.AGREE_WITH_STATEMENT,
                           text=words.statement(code), moment=clock, operator=operator)  # fmt: skip
            if rng.random() < 0.5:
                self.declare(item_id, Outcome.NOTED, "The Council noted the discussion.", clock)
        elif rng.random() < 0.6:
            self.declare(item_id, Outcome.NOTED, "", clock)
        if rng.random() < 0.1:
            add(
                "action_items", item_id, "committee", rng.choice(COMMITTEES),
                f"Report back to the Council on the {title.split(':')[-1].strip()}.",
                (meeting.day + timedelta(days=rng.choice((21, 60, 180)))).isoformat(),
                rng.choice(("open", "done", "done", "in_progress")),
                stamp(clock), stamp(clock), None,
            )  # fmt: skip

    def position(
        self, item_id: int, session_id: int, code: str, moment: datetime, operator: str
    ) -> None:
        rng = self.rng
        roll, position, with_text = rng.random(), Position.AGREE, 0.0
        for candidate, share, texted in DECISION_POSITIONS:
            if roll < share:
                position, with_text = candidate, texted
                break
            roll -= share
        text = self.words.statement(code) if rng.random() < with_text else ""
        numbered = position in (Position.RESERVATION, Position.FOOTNOTE)
        paragraphs = str(rng.randint(1, 30)) if numbered else ""
        if rng.random() < 0.004:  # a mis-keyed position, corrected at once
            wrong = self.event(item_id, session_id, code, Position.OBJECTION, moment=moment,
                               operator=operator)  # fmt: skip
            self.event(item_id, session_id, code, position, text=text, paragraphs=paragraphs,
                       corrects=wrong, moment=moment + timedelta(seconds=2),
                       operator=operator)  # fmt: skip
            return
        self.event(item_id, session_id, code, position, text=text, paragraphs=paragraphs,
                   moment=moment, operator=operator)  # fmt: skip
        pending = (Position.STUDY_RESERVE, Position.AWAITING_INSTRUCTIONS)
        if position in pending and rng.random() < 0.6:
            self.event(item_id, session_id, code, Position.AGREE,
                       moment=moment + timedelta(minutes=30), operator=operator)  # fmt: skip

    def event(
        self, item_id: int, session_id: int, code: str, position: Position, *, text: str = "",
        paragraphs: str = "", corrects: int | None = None, moment: datetime, operator: str,
    ) -> int:  # fmt: skip
        event_id = self.bulk.add(
            "position_events", item_id, code, position.value, text, paragraphs, corrects,
            stamp(moment), operator, WORKSTATIONS[0],
        )  # fmt: skip
        action = "position.corrected" if corrects else "position.logged"
        details = (  # json.dumps(..., sort_keys=True), written out: a million of them
            f'{{"corrects": {corrects or "null"}, "delegation": "{code}", '
            f'"item_id": {item_id}, "position": "{position.value}"}}'
        )
        self.audit(
            moment, action, session_id, "position_event", event_id, operator=operator,
            details=details,
        )  # fmt: skip
        return event_id

    def decision(
        self,
        *,
        item_id: int,
        title: str,
        doc: str,
        moment: datetime,
        members: Sequence[str],
    ) -> None:
        rng = self.rng
        if rng.random() < 0.05:
            self.silence(item_id, title, doc, moment, members)
            return
        outcome = rng.choices(
            (Outcome.AGREED, Outcome.AGREED_AD_REFERENDUM, Outcome.NO_CONSENSUS,
             Outcome.DEFERRED, Outcome.REMITTED),
            weights=(80, 8, 4, 4, 4),
        )[0]  # fmt: skip
        text = self.words.decision(title, doc) if rng.random() < 0.7 else ""
        remitted = rng.choice(COMMITTEES) if outcome is Outcome.REMITTED else ""
        self.declare(item_id, outcome, text, moment + timedelta(seconds=30), remitted)

    def declare(
        self, item_id: int, outcome: Outcome, text: str, moment: datetime, remitted: str = ""
    ) -> None:
        self.bulk.add(
            "outcome_declarations", item_id, outcome.value, text, remitted, "", 0, stamp(moment),
            OPERATORS[0], WORKSTATIONS[0],
        )  # fmt: skip

    def silence(
        self, item_id: int, title: str, doc: str, moment: datetime, members: Sequence[str]
    ) -> None:
        """A procedure launched at the meeting, letters over the next two days, settled."""
        rng, add, words = self.rng, self.bulk.add, self.words
        launched = moment + timedelta(minutes=1)
        deadline = launched.replace(hour=10, minute=0, second=0) + timedelta(days=2)
        where = (OPERATORS[0], WORKSTATIONS[2])
        procedure = add(
            "silence_procedures", item_id, doc, "Draft: " + title.partition(":")[0],
            stamp(launched), "Chair", stamp(deadline), None, stamp(launched), *where,
        )  # fmt: skip
        self.declare(item_id, Outcome.UNDER_SILENCE, "", launched)
        seq, breaks = 0, 0
        letter_time = launched + timedelta(hours=15)
        for code in rng.sample(list(members), rng.choice((0, 0, 1, 1, 2, 3))):
            seq += 1
            breaking = rng.random() < 0.7
            breaks += breaking
            letter_time += timedelta(hours=2, minutes=rng.randint(0, 59))
            add(
                "silence_events", procedure, seq, "letter", stamp(letter_time), code,
                "break" if breaking else "comment", str(rng.randint(1, 12)) if breaking else "",
                f"{code}/DEL/{letter_time.year}/{letter_time:%H%M}",
                words.letter(code, breaking=breaking, doc=doc), None, None, 0, "",
                stamp(letter_time), *where,
            )  # fmt: skip
        seq += 1
        result = "broken" if breaks else "adopted"
        add(
            "silence_events", procedure, seq, "settlement", stamp(deadline), "", "", "", "", "",
            None, None, 0, result, stamp(deadline), *where,
        )  # fmt: skip
        outcome = Outcome.NO_CONSENSUS if breaks else Outcome.AGREED_UNDER_SILENCE
        self.declare(item_id, outcome, "", deadline)

    def audit(
        self,
        moment: datetime,
        action: str,
        session_id: int,
        entity: str,
        entity_id: int,
        *,
        operator: str,
        details: str = "{}",
    ) -> None:
        self.bulk.add(
            "audit_log", stamp(moment), operator, WORKSTATIONS[0], action, session_id, entity,
            entity_id, details,
        )  # fmt: skip


# ---------------------------------------------------------------------- the sample
def sample(path: Path, meetings: Sequence[Meeting], rng: random.Random) -> None:
    """The first sessions of the archive, logged through the services by an operator. Opening
    the new file creates the schema: tables, the search index and its triggers."""
    moment = [datetime.combine(meetings[0].day, datetime.min.time(), UTC)]

    def clock() -> datetime:
        moment[0] += timedelta(seconds=3)
        return moment[0]

    names = {a.code: (a.name_en, a.name_fr) for a in reference.allies()}
    words = Words(rng, names)
    with Workspace.open(path, actor=Actor("sample", WORKSTATIONS[0]), clock=clock) as live:
        for meeting in meetings:
            moment[0] = datetime.combine(meeting.day, datetime.min.time(), UTC) + timedelta(hours=9)
            detail = live.sessions.create(
                body_kind=meeting.kind, level=meeting.level, session_date=meeting.day,
                reference=meeting.reference, committee_name=meeting.committee,
                place="NATO Headquarters, Brussels", opened_at=moment[0],
            ).value  # fmt: skip
            members = list(detail.decision_holders)
            for number in range(meeting.items):
                kind = AgendaKind.DECISION if number % 3 else AgendaKind.DISCUSSION
                item = live.agenda.add_item(
                    detail.id, words.title(), kind=kind,
                    documents=words.document(meeting.day.year),
                    summary=words.summary() if kind is AgendaKind.DISCUSSION else "",
                ).value  # fmt: skip
                speakers = rng.sample(members, 4)
                for code in speakers[:3]:
                    position = rng.choice((Position.AGREE_WITH_STATEMENT, Position.RESERVATION))
                    live.positions.log(item.id, code, position, text=words.statement(code))
                if kind is AgendaKind.DECISION:
                    live.positions.all_agree_except(item.id, speakers[3:])
                    live.positions.log(item.id, speakers[3], Position.STUDY_RESERVE)
                    live.outcomes.declare(
                        item.id, Outcome.AGREED_AD_REFERENDUM,
                        decision_text=words.decision(item.title, item.documents),
                    )  # fmt: skip
            live.sessions.close(detail.id)


# ---------------------------------------------------------------------- the whole archive
def build(path: Path, sessions: int) -> dict[str, Any]:
    rng = random.Random(SEED)
    meetings = calendar(sessions, rng)
    first, rest = meetings[:SAMPLE_SESSIONS], meetings[SAMPLE_SESSIONS:]
    sample(path, first, rng)
    engine = create_engine(sqlite_url(path))
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            connection.exec_driver_sql("PRAGMA synchronous=OFF")
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.exec_driver_sql("PRAGMA cache_size=-200000")
            connection.commit()
            with connection.begin():
                bulk = Bulk(connection)
                writer = Writer(bulk, rng)
                for done, meeting in enumerate(rest, start=1):
                    writer.meeting(meeting)
                    if done % 50 == 0:
                        bulk.flush()
                        _progress(done, len(rest))
                for ref, items in ((BENCH_40, 40), (BENCH_40B, 40), (BENCH_300, 300)):
                    special = Meeting(LAST_DAY, BodyKind.NAC, Level.PERMANENT_REPRESENTATIVES)
                    special.reference, special.items = ref, items
                    writer.meeting(special, all_decisions=True)
                bulk.flush()
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            print(file=sys.stderr)
            stats = dict(bulk.written)
            stats["insert_seconds"] = {k: round(v, 2) for k, v in bulk.seconds.items()}
            stats["search_index"] = connection.exec_driver_sql(
                "SELECT count(*) FROM search_index"
            ).scalar()
    finally:
        engine.dispose()
    stats["sessions"] += SAMPLE_SESSIONS
    return stats


def _progress(done: int, total: int) -> None:
    print(f"\rwriting the archive: {done}/{total} sessions", end="", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=DEFAULT_SESSIONS)
    parser.add_argument("--force", action="store_true", help="build again even if cached")
    args = parser.parse_args(argv)
    path = ensure_archive(args.sessions, force=args.force)
    print(path)
    stats = path.with_suffix(".json")
    if stats.exists():
        print(stats.read_text(), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
