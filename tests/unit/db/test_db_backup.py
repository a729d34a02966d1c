"""Backups with SQLite's online backup API: consistent, never overwritten, listed newest
first."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.backup import BackupError, backup_database, list_backups

NOW = datetime(2026, 11, 23, 10, 15, tzinfo=UTC)


def _make_db(path: Path, *, journal_mode: str = "wal", rows: int = 3) -> Path:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute(f"PRAGMA journal_mode={journal_mode}").fetchall()
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
        db.executemany("INSERT INTO t (v) VALUES (?)", [(f"row {n}",) for n in range(rows)])
        db.commit()
    return path


def _rows(path: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return db.execute("SELECT id, v FROM t ORDER BY id").fetchall()


def test_backup_is_a_standalone_copy(tmp_path: Path) -> None:
    source = _make_db(tmp_path / "tourdetable.sqlite")
    dest_dir = tmp_path / "deep" / "backups"

    backup = backup_database(source, dest_dir, "manual", now=NOW)

    assert backup == dest_dir / "tourdetable-20261123T101500Z-manual.sqlite"
    assert _rows(backup) == _rows(source)
    with contextlib.closing(sqlite3.connect(backup)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert sorted(p.name for p in dest_dir.iterdir()) == [backup.name]


def test_default_time_is_now_in_utc(tmp_path: Path) -> None:
    source = _make_db(tmp_path / "tourdetable.sqlite")
    before = datetime.now(UTC).replace(microsecond=0)
    backup = backup_database(source, tmp_path / "b", "manual")
    after = datetime.now(UTC)
    match = re.fullmatch(r"tourdetable-(\d{8}T\d{6}Z)-manual\.sqlite", backup.name)
    assert match is not None
    stamp = datetime.strptime(match[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert before <= stamp <= after


def test_never_overwrites(tmp_path: Path) -> None:
    source = _make_db(tmp_path / "tourdetable.sqlite")
    dest_dir = tmp_path / "b"
    first = backup_database(source, dest_dir, "before-0002", now=NOW)
    first_bytes = first.read_bytes()
    with contextlib.closing(sqlite3.connect(source)) as db:
        db.execute("INSERT INTO t (v) VALUES ('later')")
        db.commit()

    second = backup_database(source, dest_dir, "before-0002", now=NOW)
    third = backup_database(source, dest_dir, "before-0002", now=NOW)

    assert second.name == "tourdetable-20261123T101500Z-before-0002.2.sqlite"
    assert third.name == "tourdetable-20261123T101500Z-before-0002.3.sqlite"
    assert first.read_bytes() == first_bytes
    assert len(_rows(second)) == len(_rows(first)) + 1


def test_list_backups_newest_first(tmp_path: Path) -> None:
    source = _make_db(tmp_path / "tourdetable.sqlite")
    dest_dir = tmp_path / "b"
    made = [
        backup_database(source, dest_dir, label, now=NOW + timedelta(minutes=minutes))
        for label, minutes in (("b", 5), ("a", 0), ("c", 60 * 24))
    ]
    same_second = backup_database(source, dest_dir, "c", now=NOW + timedelta(days=1))
    os.utime(same_second, ns=(made[2].stat().st_mtime_ns + 10**9,) * 2)
    (dest_dir / "notes.txt").write_text("not a backup")
    (dest_dir / "tourdetable.sqlite").write_bytes(b"")

    assert list_backups(dest_dir) == [same_second, made[2], made[0], made[1]]


def test_list_backups_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "nowhere") == []


def test_refuses_odd_labels(tmp_path: Path) -> None:
    source = _make_db(tmp_path / "tourdetable.sqlite")
    with pytest.raises(ValueError, match="label"):
        backup_database(source, tmp_path / "b", "../escape")
    assert not (tmp_path / "b").exists()


def test_missing_source_is_not_created(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    with pytest.raises(BackupError, match="There is no database"):
        backup_database(folder / "missing.sqlite", folder / "b", "manual")
    assert list(folder.iterdir()) == []


def test_garbage_source_leaves_no_backup_behind(tmp_path: Path) -> None:
    source = tmp_path / "garbage.sqlite"
    source.write_bytes(b"not a database, just some bytes " * 64)
    with pytest.raises(BackupError, match="could not be backed up"):
        backup_database(source, tmp_path / "b", "manual")
    assert list((tmp_path / "b").iterdir()) == []


def test_unwritable_destination_is_a_backup_error(tmp_path: Path) -> None:
    source = _make_db(tmp_path / "tourdetable.sqlite")
    blocker = tmp_path / "b"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(BackupError, match="No backup"):
        backup_database(source, blocker, "manual")


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_backup_during_an_open_write_transaction(tmp_path: Path, journal_mode: str) -> None:
    """Another connection is in the middle of a write: the backup holds the last committed
    state, complete and valid, and the writer can still commit afterwards."""
    source = _make_db(tmp_path / "tourdetable.sqlite", journal_mode=journal_mode, rows=200)
    committed = _rows(source)
    with contextlib.closing(sqlite3.connect(source, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE t SET v = 'half-done' WHERE id <= 100")
        writer.execute("INSERT INTO t (v) VALUES ('uncommitted')")

        backup = backup_database(source, tmp_path / "b", "busy", now=NOW)

        writer.execute("COMMIT")

    assert _rows(backup) == committed
    assert len(_rows(source)) == len(committed) + 1
