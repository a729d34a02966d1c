"""Fixtures for the persistence tests: every file lives under ``tmp_path``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop import paths

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(autouse=True)
def _no_real_backup_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default backup folder, moved under ``tmp_path`` so no test writes beside a real
    database by accident."""
    folder = tmp_path / "default-backups"
    monkeypatch.setattr(paths, "backup_dir", lambda database: folder / database.stem)
    return folder


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    """A copy of the frozen database at schema 0001 (tests never write to the original)."""
    copy = tmp_path / "tourdetable.sqlite"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", copy)
    return copy
