"""The database and its backups are created for their owner only: 0600 files, 0700 backup
folders. A file the user already has keeps the mode they gave it."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.backup import backup_database, copy_database
from db.database import Database
from db.migrate import upgrade_to_head
from desktop import paths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "schema_0001.sqlite"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The commonest umask (022): files would be world-readable unless made otherwise."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_and_its_wal_files_are_for_the_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db = Database.open(path)
    try:
        with db.transaction() as s:  # a write: SQLite creates the -wal and -shm files
            s.connection().exec_driver_sql("CREATE TABLE scratch (x)")
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    finally:
        db.close()


def test_an_existing_database_keeps_the_mode_its_owner_gave_it(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    Database.open(path).close()
    path.chmod(0o640)

    Database.open(path).close()

    assert mode(path) == 0o640


def test_backup_folders_and_files_are_for_the_owner_only(tmp_path: Path) -> None:
    source = tmp_path / "db.sqlite"
    Database.open(source).close()
    folder = tmp_path / "backups" / "db"

    backup = backup_database(source, folder, "manual")

    assert (mode(tmp_path / "backups"), mode(folder), mode(backup)) == (0o700, 0o700, 0o600)


def test_an_existing_backup_folder_keeps_its_mode(tmp_path: Path) -> None:
    source = tmp_path / "db.sqlite"
    Database.open(source).close()
    folder = tmp_path / "mine"
    folder.mkdir(mode=0o755)

    backup_database(source, folder, "manual")

    assert mode(folder) == 0o755


def test_the_backup_before_an_upgrade_is_private(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, old)
    old.chmod(0o644)

    report = upgrade_to_head(old)

    assert report.backup_path is not None
    assert report.backup_path.parent == paths.backup_dir(old)
    assert mode(report.backup_path) == 0o600
    assert mode(report.backup_path.parent) == 0o700
    assert mode(report.backup_path.parent.parent) == 0o700
    assert mode(old) == 0o644  # the user's own file is not changed behind their back


def test_a_copy_made_on_the_command_line_is_private(tmp_path: Path) -> None:
    source = tmp_path / "db.sqlite"
    Database.open(source).close()

    copy = copy_database(source, tmp_path / "copy.sqlite")

    assert mode(copy) == 0o600
