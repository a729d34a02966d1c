"""Backups of a database file, taken with SQLite's online backup API.

``sqlite3.Connection.backup`` copies the pages of the source as one read transaction, so
the copy is consistent even while another connection (another window, the autosave, a
second copy of the app) is writing: it holds the last committed state, never half of a
transaction. Copying the file with ``shutil`` would not be: under WAL the latest commits
sit in the ``-wal`` file beside it.

A backup is named ``tourdetable-<UTC time>-<label>.sqlite``, e.g.
``tourdetable-20261123T101500Z-before-0002.sqlite``; a second backup in the same second
with the same label gets ``.2``, ``.3``... before the extension. No backup ever overwrites
another. Rotation (keeping the last N) is left to a later change.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

PREFIX = "tourdetable"
SUFFIX = ".sqlite"
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_LABEL = re.compile(r"[A-Za-z0-9_-]+")
_NAME = re.compile(
    rf"{PREFIX}-(?P<stamp>\d{{8}}T\d{{6}}Z)-(?P<label>[A-Za-z0-9_-]+)"
    rf"(?:\.(?P<n>\d+))?{re.escape(SUFFIX)}"
)
_MAX_SAME_NAME = 1000


class BackupError(Exception):
    """A backup could not be made; the message says why in a sentence."""


def backup_database(
    source: Path, dest_dir: Path, label: str, *, now: datetime | None = None
) -> Path:
    """Copy the database ``source`` into ``dest_dir`` (created if needed) and return the
    path of the copy. ``label`` says why (letters, digits, ``-`` and ``_``), ``now`` (aware)
    is for tests. The copy is a stand-alone file in rollback-journal mode."""
    source = Path(source)
    dest_dir = Path(dest_dir)
    if not _LABEL.fullmatch(label):
        raise ValueError(f"A backup label uses letters, digits, '-' and '_' only; got {label!r}.")
    if not source.is_file():
        raise BackupError(f"There is no database at {source} to back up.")
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        dest = _reserve(dest_dir, f"{PREFIX}-{moment.strftime(_STAMP_FORMAT)}-{label}")
    except OSError as error:
        raise BackupError(
            f"No backup of {source} could be written in {dest_dir}: {error.strerror or error}."
        ) from error
    try:
        _copy(source, dest)
    except (sqlite3.Error, OSError) as error:
        raise BackupError(
            f"The database at {source} could not be backed up to {dest_dir}: {error}."
        ) from error
    return dest


def list_backups(dest_dir: Path) -> list[Path]:
    """The backups in ``dest_dir``, newest first (by the time in their name, then by the
    time the file was written). Files not named like a backup are ignored."""
    dest_dir = Path(dest_dir)
    if not dest_dir.is_dir():
        return []
    found: list[_Found] = []
    for path in dest_dir.iterdir():
        match = _NAME.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        found.append(_Found(match["stamp"], path.stat().st_mtime_ns, int(match["n"] or 1), path))
    found.sort(key=lambda f: (f.stamp, f.mtime_ns, f.n, f.path.name), reverse=True)
    return [f.path for f in found]


@dataclass(frozen=True, slots=True)
class _Found:
    stamp: str
    mtime_ns: int
    n: int
    path: Path


def _reserve(dest_dir: Path, stem: str) -> Path:
    """Create an empty file under a free name (atomically: ``O_EXCL``) and return it."""
    for n in range(1, _MAX_SAME_NAME + 1):
        candidate = dest_dir / (f"{stem}{SUFFIX}" if n == 1 else f"{stem}.{n}{SUFFIX}")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise BackupError(f"Too many backups named {stem} in {dest_dir}; remove some and retry.")


def file_uri(path: Path, mode: str) -> str:
    """A SQLite URI for the file ``path`` opened in ``mode`` (``ro``, ``rw`` or ``rwc``),
    percent-encoded so that any file name works. ``rw`` never creates the file."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of ``source`` (even while another program writes to it) at exactly
    ``target``, which must not exist yet. Nothing is left at ``target`` on failure."""
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise BackupError(f"There is no database at {source} to back up.")
    if target.exists():
        raise BackupError(f"{target} already exists; choose a new file name for the copy.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(source, target)
    except (sqlite3.Error, OSError) as error:
        raise BackupError(
            f"The database at {source} could not be copied to {target}: {error}."
        ) from error
    return target


def _copy(source: Path, dest: Path) -> None:
    """SQLite's online backup of ``source`` into the new file ``dest``; removed on failure."""
    try:
        # mode=rw: never create the source if it vanished meanwhile.
        with (
            contextlib.closing(
                sqlite3.connect(file_uri(source, "rw"), uri=True, timeout=10)
            ) as src,
            contextlib.closing(sqlite3.connect(dest)) as dst,
        ):
            src.backup(dst)
            # The copy inherits the source's WAL mode; a backup is better as one file.
            dst.execute("PRAGMA journal_mode=DELETE").fetchall()
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
