"""The rotation of automatic backups: the newest ten, plus the newest of each UTC day for
thirty days; backups taken before an upgrade or a restore are never pruned."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.backup import backup_database, list_backups, parse_name, prune_backups

NOW = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "tourdetable.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
        db.commit()
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def _take(source: Path, folder: Path, label: str, *moments: datetime) -> list[Path]:
    return [backup_database(source, folder, label, now=moment) for moment in moments]


def _names(paths: list[Path]) -> list[str]:
    return sorted(path.name for path in paths)


def test_keeps_the_newest_ten_of_a_busy_day(source: Path, folder: Path) -> None:
    start = NOW.replace(hour=9)
    made = _take(
        source, folder, "interval", *(start + timedelta(minutes=10 * n) for n in range(15))
    )

    deleted = prune_backups(folder, now=NOW)

    assert _names(deleted) == _names(made[:5])
    assert list_backups(folder) == made[5:][::-1]


def test_keeps_one_a_day_for_thirty_days(source: Path, folder: Path) -> None:
    days = [NOW - timedelta(days=n) for n in range(1, 41)]
    mornings = _take(source, folder, "open", *(day.replace(hour=8) for day in days))
    evenings = _take(source, folder, "interval", *(day.replace(hour=17) for day in days))
    today = _take(source, folder, "interval", *(NOW - timedelta(minutes=n) for n in range(12)))

    prune_backups(folder, now=NOW)

    kept = set(list_backups(folder))
    assert kept == set(today[:10]) | set(evenings[:29])
    assert not kept & set(mornings)  # an evening backup is the newest of its day
    dates = sorted({parse_name(path).taken_at.date() for path in kept})  # type: ignore[union-attr]
    assert dates[0] == (NOW - timedelta(days=29)).date()
    assert len(dates) == 30


def test_a_day_counts_in_utc(source: Path, folder: Path) -> None:
    late = datetime(2026, 11, 20, 23, 59, 59, tzinfo=UTC)
    early = datetime(2026, 11, 21, 0, 0, 1, tzinfo=UTC)
    fillers = _take(source, folder, "interval", *(NOW - timedelta(minutes=n) for n in range(10)))
    both = _take(source, folder, "open", late, early, late - timedelta(hours=1))

    prune_backups(folder, now=NOW)

    assert set(list_backups(folder)) == set(fillers) | set(both[:2])


def test_upgrade_restore_and_other_backups_are_never_pruned(source: Path, folder: Path) -> None:
    old = NOW - timedelta(days=400)
    protected = _take(source, folder, "before-0004", old)
    protected += _take(source, folder, "before-restore", old, old + timedelta(days=1))
    protected += _take(source, folder, "manual", old)
    automatic = _take(source, folder, "open", *(NOW - timedelta(hours=n) for n in range(11)))
    (folder / "notes.txt").write_text("kept: not a backup")

    deleted = prune_backups(folder, now=NOW)

    assert deleted == [automatic[-1]]  # the eleventh, same day as a newer one
    assert set(protected) <= set(list_backups(folder))
    assert (folder / "notes.txt").exists()


def test_keeps_everything_while_there_are_few(source: Path, folder: Path) -> None:
    made = _take(source, folder, "open", *(NOW - timedelta(days=90 * n) for n in range(5)))
    assert prune_backups(folder, now=NOW) == []
    assert set(list_backups(folder)) == set(made)


def test_an_empty_or_missing_folder_prunes_nothing(folder: Path) -> None:
    assert prune_backups(folder, now=NOW) == []
    folder.mkdir()
    assert prune_backups(folder, now=NOW) == []


def test_parse_name_reads_time_and_label(source: Path, folder: Path) -> None:
    (path,) = _take(source, folder, "before-0004", NOW)
    name = parse_name(path)
    assert name is not None
    assert (name.taken_at, name.label) == (NOW, "before-0004")
    assert parse_name(folder / "tourdetable.sqlite") is None
