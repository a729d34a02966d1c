"""Backups of a database file, taken with SQLite's online backup API.

``sqlite3.Connection.backup`` copies the pages of the source as one read transaction, so
the copy is consistent even while another connection (another window, the autosave, a
second copy of the app) is writing: it holds the last committed state, never half of a
transaction. Copying the file with ``shutil`` would not be: under WAL the latest commits
sit in the ``-wal`` file beside it.

A backup is named ``tourdetable-<UTC time>-<label>.sqlite``, e.g.
``tourdetable-20261123T101500Z-before-0002.sqlite``; a second backup in the same second
with the same label gets ``.2``, ``.3``... before the extension. No backup ever overwrites
another.

Rotation (:func:`prune_backups`) applies to the automatic backups only, those labelled
``open`` (taken when a database is opened) and ``interval`` (taken every few minutes while a
session is open): it keeps the newest :data:`KEEP_NEWEST` of them, plus the newest of each
UTC day of the last :data:`KEEP_DAYS` days, and deletes the others. Backups taken before a
schema upgrade (``before-<revision>``), before a restore (``before-restore``) or under any
other label are never pruned automatically: they are the ones a user may need to go back
to, and only a person deletes them.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from db.engine import file_uri, read_only_uri
from db.faults import writable
from desktop.i18n import _

PREFIX = "tourdetable"
SUFFIX = ".sqlite"
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_LABEL = re.compile(r"[A-Za-z0-9_-]+")
_NAME = re.compile(
    rf"{PREFIX}-(?P<stamp>\d{{8}}T\d{{6}}Z)-(?P<label>[A-Za-z0-9_-]+)"
    rf"(?:\.(?P<n>\d+))?{re.escape(SUFFIX)}"
)
_MAX_SAME_NAME = 1000

OPEN_LABEL = "open"
INTERVAL_LABEL = "interval"
RESTORE_LABEL = "before-restore"
AUTOMATIC_LABELS = frozenset({OPEN_LABEL, INTERVAL_LABEL})
"""The labels :func:`prune_backups` may delete; every other backup is kept."""
KEEP_NEWEST = 10
KEEP_DAYS = 30


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
        raise BackupError(_("There is no database at {path} to back up.").format(path=source))
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    stem = f"{PREFIX}-{moment.strftime(_STAMP_FORMAT)}-{label}"
    try:
        make_private_dir(dest_dir)
    except OSError as error:
        raise BackupError(
            _("No backup of {path} could be written in {folder}: {error}.").format(
                path=source, folder=dest_dir, error=error.strerror or error
            )
        ) from error
    try:
        return _copy_then_publish(source, dest_dir, lambda partial: _publish_free(partial, stem))
    except OSError as error:
        raise BackupError(
            _("No backup of {path} could be written in {folder}: {error}.").format(
                path=source, folder=dest_dir, error=error.strerror or error
            )
        ) from error
    except sqlite3.Error as error:
        raise BackupError(
            _("The database at {path} could not be backed up to {folder}: {error}.").format(
                path=source, folder=dest_dir, error=error
            )
        ) from error


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
class BackupName:
    """What a backup's file name says: when it was taken (aware UTC) and why."""

    taken_at: datetime
    label: str


def parse_name(path: Path) -> BackupName | None:
    """The time and label in a backup's file name; None for a file not named like one."""
    match = _NAME.fullmatch(Path(path).name)
    if match is None:
        return None
    moment = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    return BackupName(moment, match["label"])


def prune_backups(
    dest_dir: Path,
    *,
    now: datetime | None = None,
    keep_newest: int = KEEP_NEWEST,
    keep_days: int = KEEP_DAYS,
) -> list[Path]:
    """Delete the automatic backups (:data:`AUTOMATIC_LABELS`) in ``dest_dir`` that the
    rotation does not keep, and return them. Kept: the newest ``keep_newest``, and the newest
    of each UTC day from ``now``'s day back to ``keep_days - 1`` days before it.

    Backups under any other label, such as those taken before a schema upgrade
    (``before-<revision>``) or before a restore (``before-restore``), are never deleted
    here. A file that cannot be deleted is left in place (the next rotation tries again)."""
    today = (now or datetime.now(UTC)).astimezone(UTC).date()
    automatic = [
        (path, name)
        for path in list_backups(dest_dir)
        if (name := parse_name(path)) is not None and name.label in AUTOMATIC_LABELS
    ]  # newest first
    kept = {path for path, _name in automatic[:keep_newest]}
    days_seen: set[date] = set()
    for path, name in automatic:
        day = name.taken_at.date()
        if day not in days_seen and 0 <= (today - day).days < keep_days:
            days_seen.add(day)
            kept.add(path)
    deleted: list[Path] = []
    for path, _name in automatic:
        if path in kept:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            deleted.append(path)
    return deleted + _remove_partials(dest_dir)


def _remove_partials(dest_dir: Path, *, older_than_s: float = 3600) -> list[Path]:
    """Remove the hidden partial copies a crash left behind (an hour old at least, so that
    a copy under way in another window is left alone)."""
    if not dest_dir.is_dir():
        return []
    removed: list[Path] = []
    limit = datetime.now(UTC).timestamp() - older_than_s
    for path in dest_dir.glob(f".{PREFIX}-partial-*{SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()
                removed.append(path)
    return removed


@dataclass(frozen=True, slots=True)
class _Found:
    stamp: str
    mtime_ns: int
    n: int
    path: Path


def _copy_then_publish(
    source: Path, folder: Path, publish: Callable[[Path], Path], *, read_only: bool = False
) -> Path:
    """Copy ``source`` into a hidden partial file in ``folder``, put it on the disk, then
    give it its name with ``publish`` (a hard link: atomic, and it never replaces a file).
    A crash at any moment leaves either no copy under a backup's name or a whole one."""
    partial = folder / f".{PREFIX}-partial-{os.getpid()}-{secrets.token_hex(4)}{SUFFIX}"
    try:
        create_private_file(partial, exclusive=True)
        _copy(source, partial, read_only=read_only)
        with open(partial, "rb") as stream:
            os.fsync(stream.fileno())
        published = publish(partial)
        _sync_folder(folder)
        return published
    finally:
        partial.unlink(missing_ok=True)


def _publish_free(partial: Path, stem: str) -> Path:
    """Link ``partial`` under the first free name ``stem[.n].sqlite`` beside it."""
    for n in range(1, _MAX_SAME_NAME + 1):
        name = f"{stem}{SUFFIX}" if n == 1 else f"{stem}.{n}{SUFFIX}"
        candidate = partial.parent / name
        try:
            _link(partial, candidate)
        except FileExistsError:
            continue
        return candidate
    raise BackupError(
        _("Too many backups named {stem} in {folder}; remove some and retry.").format(
            stem=stem, folder=partial.parent
        )
    )


def _publish_exactly(partial: Path, target: Path) -> Path:
    try:
        _link(partial, target)
    except FileExistsError:
        message = _("{path} already exists; choose a new file name for the copy.").format(
            path=target
        )
        raise BackupError(message) from None
    return target


def _link(partial: Path, name: Path) -> None:
    """Give ``partial`` the ``name`` without ever replacing a file (FileExistsError). Where
    the file system has no hard links (FAT, some shares), a rename after a check does."""
    try:
        os.link(partial, name)
    except FileExistsError:
        raise
    except OSError:
        if name.exists():
            raise FileExistsError(name) from None
        os.rename(partial, name)


def _sync_folder(folder: Path) -> None:
    """Put a new name in ``folder`` on the disk (POSIX; elsewhere the rename is enough)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private_file(path: Path, *, exclusive: bool = False) -> None:
    """Create the empty file ``path`` readable and writable by its owner only (0600), for
    SQLite to fill: SQLite gives the ``-wal`` and ``-shm`` files beside it the same mode. An
    existing file is left exactly as it is (its mode is the user's choice), unless
    ``exclusive``, when it raises FileExistsError."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        if exclusive:
            raise


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` and any missing parents for the owner only (0700): backups are whole
    copies of the record. A folder that exists keeps its mode."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)


def copy_database(source: Path, target: Path, *, read_only: bool = False) -> Path:
    """A consistent copy of ``source`` (even while another program writes to it) at exactly
    ``target``, which must not exist yet. Nothing is left at ``target`` on failure.
    ``read_only``: ``source`` is opened read-only (see :func:`_copy`)."""
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise BackupError(_("There is no database at {path} to back up.").format(path=source))
    if target.exists():
        raise BackupError(
            _("{path} already exists; choose a new file name for the copy.").format(path=target)
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy_then_publish(
            source,
            target.parent,
            lambda partial: _publish_exactly(partial, target),
            read_only=read_only,
        )
    except (sqlite3.Error, OSError) as error:
        raise BackupError(
            _("The database at {path} could not be copied to {target}: {error}.").format(
                path=source, target=target, error=error
            )
        ) from error
    return target


def _copy(source: Path, dest: Path, *, read_only: bool = False) -> None:
    """SQLite's online backup of ``source`` into the new file ``dest``; removed on failure.
    ``source`` is read as a read-only opening reads it when asked (``read_only``) or when it
    cannot be written (on a read-only disk, where mode=rw cannot open a WAL file)."""
    try:
        # mode=rw: never create the source if it vanished meanwhile.
        read = read_only or not writable(source)
        uri = read_only_uri(source) if read else file_uri(source, "rw")
        with (
            contextlib.closing(sqlite3.connect(uri, uri=True, timeout=10)) as src,
            contextlib.closing(sqlite3.connect(dest)) as dst,
        ):
            src.backup(dst)
            # The copy inherits the source's WAL mode; a backup is better as one file.
            dst.execute("PRAGMA journal_mode=DELETE").fetchall()
    except BaseException:
        dest.unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------------- contents
@dataclass(frozen=True, slots=True)
class NewestSession:
    """The stored columns of the session with the latest date in a backup."""

    reference: str
    body: str
    level: str
    committee_name: str
    session_date: str  # as stored: YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class BackupContents:
    """What a backup holds, counted without changing it: its schema revision, the sessions
    on the list (not removed), and the positions recorded on their agenda items."""

    revision: str | None
    sessions: int
    position_events: int
    newest: NewestSession | None


_NEWEST = (
    "SELECT coalesce(reference, ''), body, level, committee_name, session_date FROM sessions "
    "WHERE removed_at IS NULL ORDER BY session_date DESC, id DESC LIMIT 1"
)
_EVENTS = (
    "SELECT count(*) FROM position_events AS e "
    "JOIN agenda_items AS i ON i.id = e.item_id JOIN sessions AS s ON s.id = i.session_id "
    "WHERE i.removed_at IS NULL AND s.removed_at IS NULL"
)


def read_contents(path: Path) -> BackupContents:
    """Count what the database at ``path`` holds, opening it read-only. Raises BackupError
    (a sentence) when it cannot be read as a Tour de Table database."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(_("The file is no longer there."))
    try:
        with contextlib.closing(sqlite3.connect(file_uri(path, "ro"), uri=True, timeout=5)) as db:
            tables = {
                name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"alembic_version", "sessions", "agenda_items", "position_events"} <= tables:
                raise BackupError(_("The file is not a Tour de Table database."))
            revisions = [rev for (rev,) in db.execute("SELECT version_num FROM alembic_version")]
            (sessions,) = db.execute(
                "SELECT count(*) FROM sessions WHERE removed_at IS NULL"
            ).fetchone()
            (events,) = db.execute(_EVENTS).fetchone()
            row = db.execute(_NEWEST).fetchone()
    except sqlite3.Error as error:
        raise BackupError(
            _("The file cannot be read as a database ({error}).").format(error=error)
        ) from error
    newest = NewestSession(*(str(value or "") for value in row)) if row else None
    revision = revisions[0] if len(revisions) == 1 else None
    return BackupContents(revision, int(sessions), int(events), newest)


# ---------------------------------------------------------------------- restore
def restore_into(source: Path, live: Path) -> None:
    """Replace the whole content of the database ``live`` (which must exist) by that of
    ``source``, with SQLite's online backup API run the other way round. It is one write
    transaction on ``live``: it happens completely or not at all, and the connections other
    programs hold on ``live`` read the new content at their next transaction. The two files
    must have the same page size when ``live`` is in WAL mode (the app never changes it)."""
    source, live = Path(source), Path(live)
    if not live.is_file():
        raise BackupError(_("There is no database at {path} to restore into.").format(path=live))
    try:
        with (
            contextlib.closing(
                sqlite3.connect(file_uri(source, "rw"), uri=True, timeout=10)
            ) as src,
            contextlib.closing(sqlite3.connect(file_uri(live, "rw"), uri=True, timeout=10)) as dst,
        ):
            src.backup(dst)
    except sqlite3.Error as error:
        raise BackupError(
            _("{name} could not be copied into the database at {path} ({error}).").format(
                name=source.name, path=live, error=error
            )
        ) from error
