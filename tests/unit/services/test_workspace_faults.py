"""A database on a disk that misbehaves: read-only, gone, damaged, locked, full. Each time the
user gets one sentence and a way out, and what was stored stays as it was."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from db import engine
from db.backup import backup_database
from desktop.services import DatabaseError, Fault, ValidationError, Workspace
from desktop.services.backups import BackupReason, has_backups, replace_with_backup
from desktop.services.demo import write_demo
from desktop.services.maintenance import check_file
from tests.faults import damage, locked, read_only_folder, small_disk

DELEGATION = "FRA"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "council.sqlite"
    path.parent.mkdir()
    write_demo(path)
    return path


def _first_item(ws: Workspace) -> int:
    (summary,) = ws.sessions.list_sessions()
    return ws.sessions.get(summary.id).items[0].id


def test_a_database_that_cannot_be_written_is_refused_with_the_way_out(
    demo: Path, tmp_path: Path
) -> None:
    before = demo.read_bytes()
    with (
        read_only_folder(demo.parent, tmp_path / "ro") as folder,
        pytest.raises(DatabaseError) as caught,
    ):
        Workspace.open(folder / demo.name)
    assert caught.value.fault is Fault.READ_ONLY
    assert "Open it read-only" in str(caught.value)
    assert demo.read_bytes() == before


def test_a_read_only_opening_reads_everything_and_refuses_every_change(
    demo: Path, tmp_path: Path
) -> None:
    with Workspace.open(demo) as ws:
        item = _first_item(ws)
        stored = ws.positions.current(item, DELEGATION)
    before = demo.read_bytes()
    with (
        read_only_folder(demo.parent, tmp_path / "ro") as folder,
        Workspace.open(folder / demo.name, read_only=True) as ws,
    ):
        assert ws.read_only
        assert ws.positions.current(item, DELEGATION) == stored
        assert ws.search.search("Ukraine")  # the archive's index is read too
        with pytest.raises(DatabaseError) as caught:
            ws.positions.log(item, DELEGATION, "objection", text="Nous objectons.")
        assert "open read-only, so nothing was saved" in str(caught.value)
        assert ws.positions.current(item, DELEGATION) == stored
    assert demo.read_bytes() == before


def test_a_read_only_opening_refuses_a_file_that_would_need_upgrading(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(Path(__file__).parents[2] / "fixtures" / "schema_0001.sqlite", old)
    before = old.read_bytes()
    with pytest.raises(DatabaseError, match="must be upgraded before it can be read"):
        Workspace.open(old, read_only=True)
    assert old.read_bytes() == before


def test_a_missing_file_is_not_created_by_a_read_only_opening(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        Workspace.open(tmp_path / "gone.sqlite", read_only=True)
    assert caught.value.fault is Fault.MISSING
    assert not (tmp_path / "gone.sqlite").exists()


def test_a_file_that_is_not_a_database_says_so(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    path.write_text("Minutes of the meeting\n" * 200, encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        Workspace.open(path)
    assert caught.value.fault is Fault.NOT_DATABASE
    assert "not a Tour de Table database" in str(caught.value)


def test_a_damaged_file_says_so_and_a_backup_replaces_it_keeping_the_damaged_one(
    demo: Path,
) -> None:
    with Workspace.open(demo) as ws:
        item = _first_item(ws)
        stored = ws.positions.current(item, DELEGATION)
    backup = backup_database(demo, demo.parent / "backups" / demo.stem, "open")
    assert has_backups(demo)
    damage(demo)
    damaged = demo.read_bytes()
    # Found at opening, or at the first read of a damaged page.
    with pytest.raises(DatabaseError) as caught, Workspace.open(demo) as ws:
        for summary in ws.sessions.list_sessions():
            ws.sessions.get(summary.id)
        ws.search.search("Ukraine")
    assert caught.value.fault is Fault.DAMAGED
    assert "Restore a backup" in str(caught.value)
    assert check_file(demo).problems

    kept = replace_with_backup(demo, backup)
    assert kept is not None and kept.read_bytes() == damaged
    assert check_file(demo).sound
    with Workspace.open(demo) as ws:
        assert ws.positions.current(item, DELEGATION) == stored


def test_a_damaged_backup_is_refused_and_nothing_is_moved(demo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad-backup.sqlite"
    shutil.copy(demo, bad)
    damage(bad)
    before = demo.read_bytes()
    with pytest.raises(ValidationError, match=r"nothing was changed.*Choose another") as caught:
        replace_with_backup(demo, bad)
    assert "Traceback" not in str(caught.value)
    assert demo.read_bytes() == before
    assert sorted(p.name for p in demo.parent.iterdir()) == [demo.name]


def test_a_locked_database_says_who_holds_it_and_works_once_released(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_SECONDS", 0.2)
    with locked(demo, exclusive=True), pytest.raises(DatabaseError) as at_open:
        Workspace.open(demo)
    assert at_open.value.fault is Fault.LOCKED
    assert "locked by another program" in str(at_open.value)

    with Workspace.open(demo) as ws:
        item = _first_item(ws)
        with locked(demo), pytest.raises(DatabaseError) as at_write:
            ws.positions.log(item, DELEGATION, "objection")
        assert at_write.value.fault is Fault.LOCKED
        assert "Wait a moment and try again" in str(at_write.value)
        logged = ws.positions.log(item, DELEGATION, "objection").value
        assert ws.positions.current(item, DELEGATION) == logged


def test_a_full_disk_refuses_the_change_and_keeps_everything_stored(
    demo: Path, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "small", 1024) as disk:
        path = disk / demo.name
        shutil.copy(demo, path)
        statement = "Déclaration pour le procès-verbal. " * 600  # ~21 KB a time
        stored: list[tuple[int, str]] = []
        with Workspace.open(path) as ws:
            (summary,) = ws.sessions.list_sessions()
            items = [item.id for item in ws.sessions.get(summary.id).items]
            with pytest.raises(DatabaseError) as caught:
                for n in range(1000):
                    item = items[n % len(items)]
                    ws.positions.log(item, DELEGATION, "reservation", text=f"{n} {statement}")
                    stored.append((item, f"{n} {statement}"))
            assert caught.value.fault is Fault.DISK_FULL
            assert "disk is full" in str(caught.value)
        assert len(stored) > 3
        with Workspace.open(path, read_only=True) as ws:
            last = {item: text for item, text in stored}
            for item, text in last.items():
                entry = ws.positions.current(item, DELEGATION)
                assert entry is not None and entry.text == text
        assert check_file(path).sound


def test_an_empty_file_named_like_a_backup_is_never_restored(demo: Path) -> None:
    """What a backup cut short by a crash would have left, before backups were written
    under a hidden name first."""
    empty = demo.parent / "backups" / demo.stem / "tourdetable-20261123T101500Z-open.sqlite"
    empty.parent.mkdir(parents=True)
    sqlite3.connect(empty).close()
    before = demo.read_bytes()
    with pytest.raises(ValidationError, match="is not a Tour de Table database"):
        replace_with_backup(demo, empty)
    assert demo.read_bytes() == before


def test_a_damaged_database_is_not_backed_up_over_the_good_backups(demo: Path) -> None:
    with Workspace.open(demo) as ws:
        good = ws.backups.take(BackupReason.OPENED).path
    damage(demo)
    with Workspace.open(demo) as ws:
        with pytest.raises(DatabaseError) as caught:
            ws.backups.take(BackupReason.OPENED)
        assert caught.value.fault is Fault.DAMAGED
        assert "the earlier ones are kept" in str(caught.value)
        assert [info.path for info in ws.backups.list()] == [good]
