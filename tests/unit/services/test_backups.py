"""Backups of the open database: taken with what they hold, rotated, and restored into the
open workspace after a safety backup of what was there."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from db.migrate import head_revision
from desktop.services import DatabaseError, ValidationError, Workspace
from desktop.services.backups import BackupReason
from tests.unit.services.conftest import FakeClock

# The app keeps backups of a file; a server's are pg_dump (test_workspace_server.py).
pytestmark = pytest.mark.sqlite_only

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _sql(path: Path, statement: str, *args: object) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        rows = db.execute(statement, args).fetchall()
        db.commit()
    return rows


def test_a_backup_says_when_why_and_what_it_holds(
    ws: Workspace, nac: int, item: int, clock: FakeClock
) -> None:
    ws.positions.log(item, "FRA", "agree")
    ws.positions.log(item, "DEU", "study_reserve", text="Parliament must see it.")

    info = ws.backups.take(BackupReason.OPENED)

    assert info.path.parent == ws.backups.folder
    assert info.path.name == "tourdetable-20240502T080000Z-open.sqlite"
    assert (info.taken_at, info.reason, info.label) == (clock.moment, BackupReason.OPENED, "open")
    assert info.size == info.path.stat().st_size > 0
    assert info.summary is not None
    assert (info.summary.sessions, info.summary.position_events) == (1, 2)
    assert info.summary.newest_reference == "C-R(2024)0020"
    assert info.summary.newest_title == "North Atlantic Council — Permanent Representatives"
    assert info.summary.newest_date == date(2024, 5, 2)
    assert info.summary.revision == head_revision()
    assert ws.backups.list() == [info]


def test_automatic_backups_are_rotated(ws: Workspace, item: int, clock: FakeClock) -> None:
    taken = []
    for n in range(12):
        ws.positions.log(item, "ITA", "agree" if n % 2 else "objection")
        taken.append(ws.backups.take(BackupReason.INTERVAL))
        clock.advance(minutes=10)

    assert [b.path for b in ws.backups.list()] == [b.path for b in reversed(taken[2:])]


def test_an_unchanged_database_is_not_backed_up_again(
    ws: Workspace, item: int, clock: FakeClock
) -> None:
    first = ws.backups.take(BackupReason.OPENED)
    clock.advance(minutes=10)
    assert ws.backups.take_if_changed(BackupReason.INTERVAL) is None

    ws.positions.log(item, "NOR", "agree")
    clock.advance(minutes=10)
    second = ws.backups.take_if_changed(BackupReason.INTERVAL)

    assert second is not None and second.summary is not None
    assert second.summary.position_events == 1
    assert [b.path for b in ws.backups.list()] == [second.path, first.path]


def test_an_unreadable_backup_is_listed_with_the_reason(ws: Workspace, nac: int) -> None:
    good = ws.backups.take(BackupReason.OPENED)
    bad = ws.backups.folder / "tourdetable-20300101T000000Z-interval.sqlite"
    bad.write_bytes(b"this is not a database at all " * 200)

    listed = ws.backups.list()

    assert [b.path for b in listed] == [bad, good.path]
    assert listed[0].summary is None
    assert "cannot be read as a database" in listed[0].problem
    assert listed[0].size == 6000


def test_restore_brings_back_a_deleted_position_exactly(
    ws: Workspace, item: int, clock: FakeClock
) -> None:
    ws.positions.log(
        item, "TUR", "reservation", text="Türkiye: «réserve» § 4.2", paragraphs=["4.2"]
    )
    ws.positions.log(item, "FRA", "agree")
    before = ws.positions.history(item)
    backup = ws.backups.take(BackupReason.INTERVAL)
    clock.advance(minutes=30)
    ws.positions.log(item, "FRA", "objection")  # said later: not in the backup
    turkey = ws.positions.current(item, "TUR")
    assert turkey is not None
    _sql(ws.path, "DELETE FROM position_events WHERE id = ?", turkey.event_id)  # lost
    assert ws.positions.current(item, "TUR") is None

    safety = ws.backups.restore(backup.path)

    assert ws.positions.history(item) == before  # read through the open workspace
    safe = ws.backups.info(safety)
    assert (safe.reason, safe.label, safe.taken_at) == (
        BackupReason.RESTORE,
        "before-restore",
        clock.moment,
    )
    kept_path = safety.parent.parent / "kept.sqlite"
    shutil.copyfile(safety, kept_path)
    with Workspace.open(kept_path) as kept:
        delegations = [(e.delegation, e.position.value) for e in kept.positions.history(item)]
    assert delegations == [("FRA", "agree"), ("FRA", "objection")]  # what was there
    audit = _sql(ws.path, "SELECT action, details FROM audit_log ORDER BY id DESC LIMIT 1")
    assert audit[0][0] == "database.restored"
    assert safety.name in str(audit[0][1])


def test_a_restore_backup_is_never_pruned(ws: Workspace, item: int, clock: FakeClock) -> None:
    first = ws.backups.take(BackupReason.OPENED)
    safety = ws.backups.restore(first.path)
    for n in range(12):
        clock.advance(minutes=10)
        ws.positions.log(item, "ITA", "agree" if n % 2 else "objection")
        ws.backups.take(BackupReason.INTERVAL)

    paths = [b.path for b in ws.backups.list()]
    assert safety in paths
    assert first.path not in paths
    assert len(paths) == 11


def test_a_corrupt_backup_is_refused_and_nothing_changes(ws: Workspace, item: int) -> None:
    ws.positions.log(item, "FRA", "agree")
    backup = ws.backups.take(BackupReason.OPENED)
    data = bytearray(backup.path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * 8192  # damage pages in the middle of the file
    backup.path.write_bytes(bytes(data))
    ws.positions.log(item, "FRA", "objection")
    history = ws.positions.history(item)

    with pytest.raises((ValidationError, DatabaseError), match="not restored, and nothing"):
        ws.backups.restore(backup.path)

    assert ws.positions.history(item) == history
    assert [b.label for b in ws.backups.list()] == ["open"]  # no safety backup was needed


def test_garbage_and_missing_files_are_refused(ws: Workspace, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"garbage " * 1000)
    with pytest.raises(ValidationError, match="cannot be read as a database"):
        ws.backups.restore(garbage)
    with pytest.raises(ValidationError, match="no longer there"):
        ws.backups.restore(tmp_path / "gone.sqlite")


def test_a_backup_from_a_newer_version_is_refused(ws: Workspace, nac: int) -> None:
    backup = ws.backups.take(BackupReason.OPENED)
    _sql(backup.path, "UPDATE alembic_version SET version_num = '9999'")
    ws.sessions.remove(nac)

    assert ws.backups.list()[0].newer_schema
    with pytest.raises(ValidationError, match="newer version of Tour de Table"):
        ws.backups.restore(backup.path)
    assert ws.sessions.list_sessions() == []


def test_a_backup_at_an_older_schema_is_upgraded_as_it_is_restored(
    ws: Workspace, nac: int, tmp_path: Path
) -> None:
    old = tmp_path / "tourdetable-20260311T090000Z-before-0002.sqlite"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", old)
    old_bytes = old.read_bytes()

    safety = ws.backups.restore(old)

    assert [s.reference for s in ws.sessions.list_sessions()] == ["C-R(2026)0011"]
    assert _sql(ws.path, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
    assert old.read_bytes() == old_bytes  # the backup itself is left as it was
    info = ws.backups.info(safety)
    assert info.summary is not None and info.summary.newest_reference == "C-R(2024)0020"
    assert not list(ws.backups.folder.glob(".restore-*"))  # the staging copy is gone


def test_a_read_only_workspace_refuses_to_restore(ws: Workspace, nac: int) -> None:
    backup = ws.backups.take(BackupReason.OPENED)
    with (
        Workspace.open(ws.path, read_only=True) as reader,
        pytest.raises(ValidationError, match="read-only"),
    ):
        reader.backups.restore(backup.path)


def test_the_time_of_a_backup_is_utc(ws: Workspace, clock: FakeClock) -> None:
    clock.moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # Brussels changes its clocks
    info = ws.backups.take(BackupReason.OPENED)
    assert info.taken_at == clock.moment
    assert info.taken_at.tzinfo == UTC


def test_opening_again_without_a_change_takes_no_new_backup(
    ws: Workspace, item: int, clock: FakeClock
) -> None:
    """A large archive opened again and again is not copied again and again: the newest
    automatic backup already holds the same record (the same last audit row)."""
    first = ws.backups.take_on_opening()
    assert first is not None
    clock.advance(minutes=5)
    assert ws.backups.take_on_opening() is None  # nothing changed
    assert [info.path for info in ws.backups.list()] == [first.path]
    ws.positions.log(item, "FRA", "objection")
    clock.advance(minutes=5)
    second = ws.backups.take_on_opening()
    assert second is not None and second.path != first.path
