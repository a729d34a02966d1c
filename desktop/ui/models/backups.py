"""The backups of a database as a table: when each was taken (local time), why, what it
holds and its size; newest first, as the service lists them. It never calls a service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.services.backups import BackupInfo, BackupReason
from desktop.ui.models.rows import Column, RowsModel
from desktop.ui.silence_time import when, workstation_zone

TAKEN, REASON, CONTENTS, SIZE = range(4)
COLUMN_COUNT = 4

BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1  # the BackupInfo, every column

AnyIndex = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def reason_text(info: BackupInfo) -> str:
    """Why the backup was taken, in a few words."""
    if info.reason is BackupReason.OPENED:
        return translate("BackupsModel", "Database opened")
    if info.reason is BackupReason.INTERVAL:
        return translate("BackupsModel", "During a session")
    if info.reason is BackupReason.RESTORE:
        return translate("BackupsModel", "Before a restore")
    if info.reason is BackupReason.UPGRADE:
        revision = info.label.removeprefix("before-")
        return translate("BackupsModel", "Before upgrade to schema %1").replace("%1", revision)
    return info.label or translate("BackupsModel", "Copy")


def contents_text(info: BackupInfo) -> str:
    """ "2 sessions · latest C-R(2024)0020 of 2 May 2024 · 63 positions"; or why the backup
    cannot be read."""
    summary = info.summary
    if summary is None:
        return translate("BackupsModel", "Cannot be read: %1").replace("%1", info.problem)
    sessions, positions = summary.sessions, summary.position_events
    if sessions == 0:
        parts = [translate("BackupsModel", "No sessions")]
    else:
        parts = [
            translate("BackupsModel", "1 session")
            if sessions == 1
            else translate("BackupsModel", "%1 sessions").replace("%1", str(sessions))
        ]
    if sessions and summary.newest_date is not None:
        day = summary.newest_date
        shown = QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
        name = summary.newest_reference or summary.newest_title
        parts.append(
            translate("BackupsModel", "latest %1 of %2").replace("%1", name).replace("%2", shown)
        )
    parts.append(
        translate("BackupsModel", "1 position")
        if positions == 1
        else translate("BackupsModel", "%1 positions").replace("%1", str(positions))
    )
    text = " · ".join(parts)
    if info.newer_schema:
        text = translate("BackupsModel", "From a newer version · %1").replace("%1", text)
    return text


def tooltip_text(info: BackupInfo) -> str:
    lines = [contents_text(info)]
    summary = info.summary
    if summary is not None and summary.newest_title:
        lines.append(
            translate("BackupsModel", "Latest session: %1").replace("%1", summary.newest_title)
        )
    lines.append(str(info.path))
    return "\n".join(lines)


def size_text(size: int) -> str:
    """ "164 kB", "11.8 MB": a decimal only from megabytes on."""
    precision = 0 if size < 1024 * 1024 else 1
    return QLocale().formattedDataSize(
        size, precision, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


class BackupsModel(RowsModel[BackupInfo]):
    """One row per backup, in the order given (the service's: newest first)."""

    def __init__(self, parent: QObject | None = None, *, zone: tzinfo | None = None) -> None:
        headers = {
            TAKEN: translate("BackupsModel", "Taken"),
            REASON: translate("BackupsModel", "Why"),
            CONTENTS: translate("BackupsModel", "What it holds"),
            SIZE: translate("BackupsModel", "Size"),
        }
        super().__init__(
            lambda b: b.path,
            [
                Column(
                    text,
                    partial(self._cell, column=column),
                    tooltip=tooltip_text,
                    alignment=_alignment(column),
                )
                for column, text in headers.items()
            ],
            parent,
        )
        self._zone = zone or workstation_zone()

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        self.set_rows(backups)

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def taken_text(self, info: BackupInfo) -> str:
        """The local time of the backup, to the second."""
        return when(info.taken_at, self._zone, seconds=True)

    def cell_text(self, info: BackupInfo, column: int) -> str:
        if column == TAKEN:
            return self.taken_text(info)
        if column == REASON:
            return reason_text(info)
        if column == CONTENTS:
            return contents_text(info)
        return size_text(info.size)

    def _cell(self, info: BackupInfo, *, column: int) -> str:
        return self.cell_text(info, column)

    # ------------------------------------------------------------------ Qt
    def header_extra(self, section: int, role: int) -> Any:
        return _alignment(section) if role == Qt.ItemDataRole.TextAlignmentRole else None

    def extra(self, row: BackupInfo, column: int, role: int) -> Any:
        return row if role == BACKUP_ROLE else None


def _alignment(column: int) -> Qt.AlignmentFlag:
    horizontal = Qt.AlignmentFlag.AlignRight if column == SIZE else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter
