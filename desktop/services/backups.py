"""Backups of the open database: taken automatically, listed with what each holds, restored.

The copies are SQLite online backups (``db.backup``) in ``desktop.paths.backup_dir`` beside
the database. :meth:`BackupService.take` prunes the automatic ones after each copy (the
newest ten, plus the newest of each day for thirty days); backups taken before a schema
upgrade or before a restore are never pruned.

:meth:`BackupService.restore` checks the backup (a database of ours, sound, not newer than
this version), backs up what the database holds now (``before-restore``), then copies the
backup INTO the open database with SQLite's backup API, so the open engine, and any other
program on the file, reads the restored content. A backup at an older schema is first
copied aside and upgraded there; the live file only ever receives a current schema.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from db.backup import (
    AUTOMATIC_LABELS,
    INTERVAL_LABEL,
    OPEN_LABEL,
    RESTORE_LABEL,
    BackupContents,
    BackupError,
    backup_database,
    copy_database,
    list_backups,
    parse_name,
    prune_backups,
    read_contents,
    restore_into,
)
from db.engine import file_uri
from db.faults import classify
from db.integrity import integrity_problems, quick_problems
from db.migrate import (
    MigrationError,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from desktop import paths
from desktop.domain.bodies import session_title
from desktop.i18n import _
from desktop.services.context import Context
from desktop.services.errors import DatabaseError, Fault, ServiceError, ValidationError


class BackupReason(StrEnum):
    """Why a backup was taken, read from its label."""

    OPENED = "opened"  # the database was opened
    INTERVAL = "interval"  # every few minutes while a session is open
    UPGRADE = "upgrade"  # before a schema upgrade (label before-<revision>)
    RESTORE = "restore"  # before a restore replaced the content
    OTHER = "other"


_LABELS = {BackupReason.OPENED: OPEN_LABEL, BackupReason.INTERVAL: INTERVAL_LABEL}


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup holds: the sessions on the list, the newest of them, the positions
    recorded on their agenda, and the schema revision."""

    sessions: int
    position_events: int
    newest_reference: str
    newest_title: str
    newest_date: date | None
    revision: str | None


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # aware UTC, from the file's name
    reason: BackupReason
    label: str  # as in the file's name: open, interval, before-0005, before-restore…
    size: int  # bytes
    summary: BackupSummary | None  # None when the file cannot be read: see ``problem``
    problem: str = ""  # a sentence saying why the file cannot be read

    @property
    def newer_schema(self) -> bool:
        """Written by a newer version of the app: it cannot be restored by this one."""
        revision = self.summary.revision if self.summary else None
        return revision is not None and revision not in known_revisions()


def reason_of(label: str) -> BackupReason:
    if label == OPEN_LABEL:
        return BackupReason.OPENED
    if label == INTERVAL_LABEL:
        return BackupReason.INTERVAL
    if label == RESTORE_LABEL:
        return BackupReason.RESTORE
    if label.startswith("before-"):
        return BackupReason.UPGRADE
    return BackupReason.OTHER


_Signature = tuple[tuple[int, int] | None, ...]


class BackupService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._signature: _Signature | None = None  # the files when the last backup began

    replaces_file = False  # restoring copies into the open database, after a safety backup

    @property
    def available(self) -> bool:
        """Whether the app keeps backups of this database: of a file, yes; of a database on
        a server, no (the server's backups are the IT department's: pg_dump)."""
        return self._ctx.db.path is not None

    @property
    def database(self) -> Path:
        return self._file()

    def _file(self) -> Path:
        path = self._ctx.db.path
        if path is None:
            raise ServiceError(
                _(
                    "This database is on a server, whose backups are kept by the server "
                    "(pg_dump, set up by your IT department); the app takes none of its own."
                )
            )
        return path

    @property
    def read_only(self) -> bool:
        return self._ctx.db.read_only

    @property
    def folder(self) -> Path:
        """Where this database's backups are kept."""
        return paths.backup_dir(self._file())

    # ------------------------------------------------------------------ take
    def take(self, reason: BackupReason) -> BackupInfo:
        """Back up the database now (``reason``: OPENED or INTERVAL), then prune the
        automatic backups. Raises DatabaseError when no backup could be written."""
        label = _LABELS.get(reason)
        if label is None:
            raise ValueError(f"Backups are taken on opening or on a timer, not {reason}.")
        now = self._ctx.clock()
        signature = self._files_signature()
        try:
            path = backup_database(self._file(), self.folder, label, now=now)
        except BackupError as error:
            raise DatabaseError(
                _(
                    "No backup could be taken: {reason}. Your data is unchanged; check the "
                    "free space and the permissions of that folder."
                ).format(reason=_lower(_clause(error)))
            ) from error
        problems = quick_problems(path)
        if problems:  # a copy of a damaged file must not push good backups out
            path.unlink(missing_ok=True)
            raise DatabaseError(
                _(
                    "The database at {path} is damaged ({problem}), so no automatic backup "
                    "was taken and the earlier ones are kept. Restore one with File > "
                    "Restore from Backup…."
                ).format(path=self._ctx.db.location, problem=problems[0]),
                fault=Fault.DAMAGED,
            )
        self._signature = signature
        prune_backups(self.folder, now=now)
        return backup_info(path)

    def take_on_opening(self) -> BackupInfo | None:
        """The backup taken when the database is opened, unless the newest automatic backup
        already holds what the database holds (every change leaves an audit row, so the same
        last audit row means the same record): opening a large archive again and again does
        not fill the disk with identical copies. Returns None when none was needed."""
        newest = next(
            (
                path
                for path in list_backups(self.folder)
                if (name := parse_name(path)) is not None and name.label in AUTOMATIC_LABELS
            ),
            None,
        )
        last = _last_change(self._file())
        if newest is not None and last is not None and _last_change(newest) == last:
            self._signature = self._files_signature()
            return None
        return self.take(BackupReason.OPENED)

    def take_if_changed(self, reason: BackupReason) -> BackupInfo | None:
        """:meth:`take`, unless the database files are as they were when the last backup of
        this workspace began (nothing was written since): then None."""
        if self._signature is not None and self._files_signature() == self._signature:
            return None
        return self.take(reason)

    # ------------------------------------------------------------------ list
    def list(self) -> builtins.list[BackupInfo]:
        """Every backup of this database, newest first, with what each holds."""
        return [backup_info(path) for path in list_backups(self.folder)]

    def info(self, path: Path) -> BackupInfo:
        """What :meth:`list` says of one backup."""
        return backup_info(Path(path))

    # ------------------------------------------------------------------ restore
    def restore(self, backup_path: Path) -> Path:
        """Replace the content of the open database by the backup's, after backing up the
        current content; return the path of that safety backup.

        Refused, with nothing changed, when the backup is missing, damaged, not a Tour de
        Table database or written by a newer version (ValidationError), or when the safety
        backup cannot be written (DatabaseError)."""
        backup_path = Path(backup_path)
        if self._ctx.db.read_only:
            raise ValidationError(
                _(
                    "This database is open read-only, so no backup can be restored into it; "
                    "open it normally first."
                )
            )
        revision = check_restorable(backup_path)
        live = self._file()
        try:
            safety = backup_database(live, self.folder, RESTORE_LABEL, now=self._ctx.clock())
        except BackupError as error:
            raise DatabaseError(
                _(
                    "The backup was not restored: what the database holds now could not be "
                    "backed up first ({reason}). Nothing was changed."
                ).format(reason=_clause(error))
            ) from error
        engine = self._ctx.db.engine
        try:
            with tempfile.TemporaryDirectory(prefix=".restore-", dir=self.folder) as folder:
                source = backup_path
                if revision != head_revision():
                    source = copy_database(backup_path, Path(folder) / "staged.sqlite")
                    upgrade_to_head(source, backup_dir=Path(folder) / "upgrade")
                engine.dispose()  # no pooled connection holds a read snapshot meanwhile
                restore_into(source, live)
        except (BackupError, MigrationError, OSError) as error:
            raise DatabaseError(
                _(
                    "{name} could not be restored ({reason}). Nothing was changed; what the "
                    "database held is also in {safety}."
                ).format(name=backup_path.name, reason=_clause(error), safety=safety)
            ) from error
        finally:
            engine.dispose()
        self._signature = None
        self._record(backup_path, safety, revision)
        return safety

    # ------------------------------------------------------------------ helpers
    def _record(self, backup: Path, safety: Path, revision: str) -> None:
        """An audit record in the restored database: what replaced what."""
        try:
            with self._ctx.unit() as s:
                self._ctx.audit(
                    s, "database.restored", session_id=None, entity="database",
                    entity_id=None, backup=backup.name, revision=revision,
                    safety_backup=str(safety),
                )  # fmt: skip
        except ServiceError:
            pass  # the restore itself is done and sound; only its record is missing

    def _files_signature(self) -> _Signature:
        """Size and modification time of the database and its write-ahead log: any commit
        changes one of them. An empty log (a reader opened the file) is no log."""
        live = self._file()
        wal = _stat(Path(f"{live}-wal"))
        return (_stat(live), wal if wal and wal[0] else None)


def check_restorable(path: Path) -> str:
    """The backup's schema revision, once it is known to be sound and restorable."""
    name = path.name
    if not path.is_file():
        raise ValidationError(
            _(
                "The backup {name} was not restored, and nothing was changed: the file is no "
                "longer there. Choose another."
            ).format(name=name)
        )
    try:
        contents = read_contents(path)
        problems = integrity_problems(path)
    except BackupError as error:
        raise ValidationError(
            _(
                "The backup {name} was not restored, and nothing was changed: {reason}. "
                "Choose another."
            ).format(name=name, reason=_lower(_clause(error)))
        ) from error
    except sqlite3.Error as error:
        raise ValidationError(
            _(
                "The backup {name} was not restored, and nothing was changed: it cannot be "
                "read ({error}). Choose another."
            ).format(name=name, error=error)
        ) from error
    if problems:
        raise ValidationError(
            _(
                "The backup {name} was not restored, and nothing was changed: it is damaged "
                "({problem}). Choose another."
            ).format(name=name, problem=problems[0])
        )
    revision = contents.revision
    if revision is None:
        raise ValidationError(
            _(
                "The backup {name} was not restored, and nothing was changed: it has no "
                "schema version. Choose another."
            ).format(name=name)
        )
    if revision not in known_revisions():
        raise ValidationError(
            _(
                "The backup {name} was not restored, and nothing was changed: it was written "
                "by a newer version of Tour de Table (schema {revision}). Restore it with "
                "that version, or choose another."
            ).format(name=name, revision=revision)
        )
    return revision


def backup_info(path: Path) -> BackupInfo:
    """When a backup was taken, why, its size and what it holds (or why it cannot be read)."""
    name = parse_name(path)
    label = name.label if name else ""
    taken_at = name.taken_at if name else _mtime(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        summary = _summary(read_contents(path))
    except BackupError as error:
        return BackupInfo(path, taken_at, reason_of(label), label, size, None, str(error))
    return BackupInfo(path, taken_at, reason_of(label), label, size, summary)


def _last_change(path: Path) -> int | None:
    """The id of the newest audit row in the database at ``path`` (read-only); None when it
    cannot be read, which never counts as "the same"."""
    try:
        with contextlib.closing(sqlite3.connect(file_uri(path, "ro"), uri=True)) as db:
            (last,) = db.execute("SELECT max(id) FROM audit_log").fetchone()
    except sqlite3.Error:
        return None
    return int(last) if last is not None else -1


def _summary(contents: BackupContents) -> BackupSummary:
    newest = contents.newest
    if newest is None:
        return BackupSummary(contents.sessions, contents.position_events, "", "", None,
                             contents.revision)  # fmt: skip
    try:
        title = session_title(newest.body, newest.level, newest.committee_name)
    except (ValueError, KeyError):
        title = newest.committee_name or newest.body
    try:
        day: date | None = date.fromisoformat(newest.session_date[:10])
    except ValueError:
        day = None
    return BackupSummary(
        contents.sessions, contents.position_events, newest.reference, title, day,
        contents.revision,
    )  # fmt: skip


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns)


def _mtime(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime, UTC)
    except OSError:
        return datetime.fromtimestamp(0, UTC)


def _lower(clause: str) -> str:
    return clause[:1].lower() + clause[1:]


def _clause(error: BaseException) -> str:
    """An error's sentence as a clause: no final full stop."""
    return str(error).strip().rstrip(".")


def has_backups(path: Path) -> bool:
    """Whether the database at ``path`` has backups in its backup folder."""
    return bool(list_backups(paths.backup_dir(Path(path))))


def replace_with_backup(path: Path, backup: Path, *, now: datetime | None = None) -> Path | None:
    """Put a copy of ``backup`` at ``path``, for a database that cannot be opened (damaged,
    replaced, or gone). Nothing is deleted: the file at ``path`` and its journal files are
    renamed aside first (``name.damaged-<UTC time>.sqlite``), and put back if the copy
    fails. Returns where the old file was kept, or None when there was none."""
    path, backup = Path(path), Path(backup)
    check_restorable(backup)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}") if path.exists() else None
    moved: list[tuple[Path, Path]] = []
    try:
        if kept is not None:
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{path}{suffix}")
                if source.exists():
                    target = Path(f"{kept}{suffix}")
                    source.rename(target)
                    moved.append((target, source))
        copy_database(backup, path)
    except (OSError, BackupError) as error:
        for target, source in reversed(moved):
            target.rename(source)
        raise DatabaseError(
            _(
                "The backup could not be put in place of {path} ({error}); nothing was changed."
            ).format(path=path, error=error),
            fault=classify(error) if isinstance(error, OSError) else Fault.OTHER,
        ) from error
    return kept


class DamagedDatabaseBackups:
    """The backups of a database that cannot be opened (damaged, replaced, gone), with the
    same questions as :class:`BackupService`: restoring one puts a copy in the database's
    place, and the file that would not open is renamed aside, never deleted."""

    replaces_file = True
    read_only = False

    def __init__(self, database: Path) -> None:
        self.database = Path(database)

    @property
    def folder(self) -> Path:
        return paths.backup_dir(self.database)

    def list(self) -> builtins.list[BackupInfo]:
        return [backup_info(path) for path in list_backups(self.folder)]

    def restore(self, backup_path: Path) -> Path | None:
        """Where the file that would not open was kept, or None when there was none."""
        return replace_with_backup(self.database, backup_path)
