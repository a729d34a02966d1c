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


# Interventions as a database at 0008 may hold them (for the fixture's items 1, 2 and 5): a
# turn timed by the clock alone (1), one corrected (2 by 3), one by a partner (4), one
# corrected twice, the second time naming its first row (5, 7 then 8), and one taken off
# the record (6 by 9). Plain SQL, the same on both engines.
_AT = "'2026-03-11 09:00:00'"
INTERVENTIONS = (
    "INSERT INTO interventions (id, item_id, delegation, started_at, ended_at, recorded_at, "
    "operator, workstation, text, corrects_id) VALUES "
    + ", ".join(
        f"({n}, {item}, '{code}', {_AT}, {_AT}, {_AT}, 'op', 'ws', '{said}', {corrects})"
        for n, item, code, said, corrects in (
            (1, 1, "NOR", "", "NULL"),
            (2, 1, "FRA", "La France émet une réserve.", "NULL"),
            (3, 1, "FRA", "La France soutient le texte.", 2),
            (4, 5, "Ukr", "Ukraine thanks Allies.", "NULL"),
            (5, 2, "DEU", "Germany: first wording.", "NULL"),
            (6, 2, "ESP", "Recorded in error.", "NULL"),
            (7, 2, "DEU", "Germany: second wording.", 5),
            (8, 2, "DEU", "Germany: third wording.", 5),
            (9, 2, "ESP", "", 6),
        )
    )
)
# (id, delegation, stands) of the interventions above that the search index holds.
INDEXED_INTERVENTIONS = [
    (2, "FRA", False),
    (3, "FRA", True),
    (4, "Ukr", True),
    (5, "DEU", False),
    (6, "ESP", False),
    (7, "DEU", False),
    (8, "DEU", True),
]
