"""The backups table, without a window: what each column says of a backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from db.migrate import head_revision
from desktop.services.backups import BackupInfo, BackupReason, BackupSummary
from desktop.ui.models.backups import (
    BACKUP_ROLE,
    COLUMN_COUNT,
    CONTENTS,
    REASON,
    SIZE,
    TAKEN,
    BackupsModel,
)

TAKEN_AT = datetime(2026, 11, 23, 9, 15, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def _info(
    reason: BackupReason = BackupReason.INTERVAL,
    label: str = "interval",
    *,
    summary: BackupSummary | None = None,
    problem: str = "",
    size: int = 167_936,
) -> BackupInfo:
    path = Path(f"/data/backups/tourdetable-20261123T091530Z-{label}.sqlite")
    return BackupInfo(path, TAKEN_AT, reason, label, size, summary, problem)


def _summary(sessions: int = 2, positions: int = 63, revision: str | None = None) -> BackupSummary:
    return BackupSummary(
        sessions, positions, "C-R(2026)0042",
        "North Atlantic Council — Permanent Representatives", date(2026, 11, 18),
        revision or head_revision(),
    )  # fmt: skip


def _row(model: BackupsModel, row: int = 0) -> list[str]:
    return [model.index(row, column).data() for column in range(COLUMN_COUNT)]


def test_a_backup_in_local_time_with_why_and_what_it_holds(qtbot: QtBot) -> None:
    model = BackupsModel(zone=ZoneInfo("Europe/Brussels"))
    model.set_backups([_info(summary=_summary())])

    taken, reason, contents, size = _row(model)

    assert taken == "Mon 23 Nov 2026 10:15:30"  # Brussels is UTC+1 in November
    assert reason == "During a session"
    assert contents == "2 sessions · latest C-R(2026)0042 of 18 Nov 2026 · 63 positions"
    assert size == "164 kB"
    model.set_backups([_info(summary=_summary(), size=12_345_678)])
    assert model.index(0, SIZE).data() == "11.8 MB"
    assert model.index(0, CONTENTS).data(BACKUP_ROLE).path.name.endswith("interval.sqlite")
    tip = model.index(0, TAKEN).data(Qt.ItemDataRole.ToolTipRole)
    assert "North Atlantic Council — Permanent Representatives" in tip
    assert "/data/backups/" in tip


@pytest.mark.parametrize(
    ("reason", "label", "text"),
    [
        (BackupReason.OPENED, "open", "Database opened"),
        (BackupReason.UPGRADE, "before-0005", "Before upgrade to schema 0005"),
        (BackupReason.RESTORE, "before-restore", "Before a restore"),
        (BackupReason.OTHER, "manual", "manual"),
    ],
)
def test_why_a_backup_was_taken(qtbot: QtBot, reason: BackupReason, label: str, text: str) -> None:
    model = BackupsModel(zone=UTC)
    model.set_backups([_info(reason, label, summary=_summary())])
    assert model.index(0, REASON).data() == text


def test_counts_read_as_words(qtbot: QtBot) -> None:
    model = BackupsModel(zone=UTC)
    empty = BackupSummary(0, 0, "", "", None, head_revision())
    one = BackupSummary(1, 1, "", "Nuclear Planning Group — Defence Ministers",
                        date(2019, 2, 13), head_revision())  # fmt: skip
    model.set_backups([_info(summary=empty), _info(summary=one)])
    assert model.index(0, CONTENTS).data() == "No sessions · 0 positions"
    assert model.index(1, CONTENTS).data() == (
        "1 session · latest Nuclear Planning Group — Defence Ministers of 13 Feb 2019 · 1 position"
    )


def test_an_unreadable_or_newer_backup_says_so(qtbot: QtBot) -> None:
    model = BackupsModel(zone=UTC)
    unreadable = _info(problem="The file cannot be read as a database (file is not a database).")
    newer = _info(summary=_summary(revision="9999"))
    model.set_backups([unreadable, newer])
    assert model.index(0, CONTENTS).data() == (
        "Cannot be read: The file cannot be read as a database (file is not a database)."
    )
    assert model.index(1, CONTENTS).data().startswith("From a newer version · 2 sessions")


def test_headers_and_alignment(qtbot: QtBot) -> None:
    model = BackupsModel(zone=UTC)
    model.set_backups([_info(summary=_summary())])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN_COUNT)]
    assert headers == ["Taken", "Why", "What it holds", "Size"]
    alignment = model.index(0, SIZE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.rowCount() == 1
    model.set_backups([])
    assert model.rowCount() == 0
