"""The services on one open database: what the UI, the command line and the demo use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.database import Database
from db.faults import classify
from db.migrate import MigrationError
from desktop.domain.timezones import now_utc
from desktop.i18n import _
from desktop.services.audit import AuditService
from desktop.services.backups import BackupService
from desktop.services.context import Actor, Clock, Context
from desktop.services.errors import DatabaseError, Fault
from desktop.services.minutes import MinutesService
from desktop.services.outcomes import ActionItemService, OutcomeService
from desktop.services.positions import PositionService
from desktop.services.search import SearchService
from desktop.services.session_file import SessionFileService
from desktop.services.sessions import SessionService
from desktop.services.silence import SilenceService
from desktop.services.speakers import SpeakerService
from desktop.services.watch import WatchService


class Workspace:
    """An open database and its services. Close it when done."""

    def __init__(self, db: Database, actor: Actor, clock: Clock) -> None:
        self._ctx = Context(db, actor, clock)
        self.sessions = SessionService(self._ctx)
        self.positions = PositionService(self._ctx)
        self.silence = SilenceService(self._ctx)
        self.outcomes = OutcomeService(self._ctx)
        self.actions = ActionItemService(self._ctx)
        self.speakers = SpeakerService(self._ctx)  # speakers' lists and speaking turns
        self.files = SessionFileService(self._ctx)
        self.minutes = MinutesService(self._ctx)
        self.search = SearchService(self._ctx)
        self.audit = AuditService(self._ctx)
        self.backups = BackupService(self._ctx)
        self.watch = WatchService(self._ctx)  # changes made by other windows or programs

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        actor: Actor | None = None,
        clock: Clock | None = None,
        read_only: bool = False,
    ) -> Workspace:
        """Open (or create) the database at ``path``, upgrading it after a backup.
        ``read_only``: open an existing database without ever writing to it.

        Raises DatabaseError with a sentence saying what went wrong and what to do, and its
        ``fault`` for the UI to offer the way out."""
        path = Path(path).expanduser()
        if path.is_dir():
            raise DatabaseError(
                _("{path} is a folder; choose a database file.").format(path=path),
                fault=Fault.FOLDER,
            )
        try:
            db = Database.open_read_only(path) if read_only else Database.open(path)
        except MigrationError as error:
            raise DatabaseError(str(error), fault=error.fault) from error
        except sqlite3.DatabaseError as error:
            raise DatabaseError(
                _(
                    "{name} could not be opened as a Tour de Table database ({error}). "
                    "Choose another file or restore a backup."
                ).format(name=path.name, error=error),
                fault=classify(error),
            ) from error
        except PermissionError as error:
            raise DatabaseError(
                _(
                    "You do not have permission to open {path}; choose a file you can write "
                    "to, or open it read-only."
                ).format(path=path),
                fault=Fault.READ_ONLY,
            ) from error
        except OSError as error:
            raise DatabaseError(
                _(
                    "{path} could not be opened ({error}); check the folder exists and the "
                    "disk is not full."
                ).format(path=path, error=error.strerror or error),
                fault=classify(error),
            ) from error
        return cls(db, actor or Actor(), clock or now_utc)

    @property
    def read_only(self) -> bool:
        """Opened read-only: every change is refused with a sentence saying so."""
        return self._ctx.db.read_only

    @property
    def path(self) -> Path:
        return self._ctx.db.path

    def close(self) -> None:
        self._ctx.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
