"""The services on one open database: what the UI, the command line and the demo use."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from db.database import Database, describe_url
from db.engine import is_server_url
from db.faults import classify
from db.migrate import MigrationError
from desktop.domain.timezones import now_utc
from desktop.i18n import _
from desktop.services.agenda import AgendaService
from desktop.services.attendance import AttendanceService
from desktop.services.audit import AuditService
from desktop.services.backups import BackupService
from desktop.services.context import Actor, Clock, Context
from desktop.services.errors import DatabaseError, Fault
from desktop.services.minutes import MinutesService
from desktop.services.outcomes import ActionItemService, OutcomeService
from desktop.services.positions import PositionService
from desktop.services.review import ReviewService
from desktop.services.search import SearchService
from desktop.services.session_file import SessionFileService
from desktop.services.sessions import SessionService
from desktop.services.silence import SilenceService
from desktop.services.speakers import SpeakerService
from desktop.services.translations import TranslationService
from desktop.services.watch import WatchService


class Workspace:
    """An open database and its services. Close it when done."""

    def __init__(self, db: Database, actor: Actor, clock: Clock) -> None:
        self._ctx = Context(db, actor, clock)
        self.sessions = SessionService(self._ctx)
        self.attendance = AttendanceService(self._ctx)  # who is at the table
        self.agenda = AgendaService(self._ctx)  # the items and their order
        self.positions = PositionService(self._ctx)
        self.silence = SilenceService(self._ctx)
        self.outcomes = OutcomeService(self._ctx)
        self.actions = ActionItemService(self._ctx)
        self.speakers = SpeakerService(self._ctx)  # speakers' lists and speaking turns
        self.files = SessionFileService(self._ctx)
        self.minutes = MinutesService(self._ctx)
        self.review = ReviewService(self._ctx, self.minutes.fingerprint)  # issue, correct, approve
        self.search = SearchService(self._ctx)
        self.translations = TranslationService(self._ctx)  # texts in one language only
        self.audit = AuditService(self._ctx)
        self.backups = BackupService(self._ctx)
        self.watch = WatchService(self._ctx)  # changes made by other windows or programs

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        actor: Actor | None = None,
        clock: Clock | None = None,
        read_only: bool = False,
        password: str | None = None,
    ) -> Workspace:
        """Open (or create) the database at ``path``, upgrading it after a backup; or, when
        ``path`` is a ``postgresql://`` URL, connect to that server database (``password``
        from the system keyring, if the URL has none; else libpq's pgpass or service file).
        ``read_only``: open an existing file without ever writing to it.

        Raises DatabaseError with a sentence saying what went wrong and what to do, and its
        ``fault`` for the UI to offer the way out."""
        if is_server_url(path):
            return cls.connect(str(path), actor=actor, clock=clock, password=password)
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

    @classmethod
    def connect(
        cls,
        url: str,
        *,
        actor: Actor | None = None,
        clock: Clock | None = None,
        password: str | None = None,
    ) -> Workspace:
        """Connect to a PostgreSQL database: see :meth:`open`."""
        try:
            where = describe_url(url)
        except ValueError as error:
            raise DatabaseError(
                _(
                    "{url} is not a database address the app understands ({error}). Write "
                    "it as postgresql://user@server:5432/database."
                ).format(url=url, error=error),
                fault=Fault.OTHER,
            ) from error
        try:
            db = Database.connect(url, password=password)
        except MigrationError as error:
            raise DatabaseError(str(error), fault=error.fault) from error
        except DBAPIError as error:
            fault = classify(error)
            raise DatabaseError(server_sentence(fault, where, error), fault=fault) from error
        return cls(db, actor or Actor(), clock or now_utc)

    @property
    def read_only(self) -> bool:
        """Opened read-only: every change is refused with a sentence saying so."""
        return self._ctx.db.read_only

    @property
    def path(self) -> Path | None:
        """The database file; None for a database on a server."""
        return self._ctx.db.path

    @property
    def is_server(self) -> bool:
        """Whether the database is on a PostgreSQL server (shared by workstations)."""
        return self._ctx.db.is_server

    @property
    def location(self) -> str:
        """The file's path or the server database's address (without password)."""
        return self._ctx.db.location

    def close(self) -> None:
        self._ctx.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def server_sentence(fault: Fault, where: str, error: BaseException) -> str:
    """What went wrong reaching a server database, and what to do."""
    if fault is Fault.LOGIN:
        return _(
            "The server refused the login to {where}: the user name or password is wrong. "
            "Check them (File > Connect to Server…) or ask your IT department."
        ).format(where=where)
    if fault is Fault.MISSING:
        return _(
            "There is no database {where} on that server. Check its name, or ask your IT "
            "department to create it (docs/deployment.md)."
        ).format(where=where)
    if fault is Fault.UNREACHABLE:
        return _(
            "The database server for {where} does not answer. Check the server's name and "
            "the network, then try again."
        ).format(where=where)
    detail = str(getattr(error, "orig", error)).strip().splitlines()
    return _(
        "The database {where} could not be opened ({error}). Check the address, then try again."
    ).format(where=where, error=detail[0] if detail else type(error).__name__)
