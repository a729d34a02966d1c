"""What every service shares: the database, who is acting, the clock, and the audit trail."""

from __future__ import annotations

import getpass
import json
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Insert, Table, bindparam, insert
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from db.database import Database
from db.faults import Fault, classify
from db.locks import hold_writes
from db.models import AuditRow
from db.prepared import prepared
from desktop.domain.errors import DomainError
from desktop.domain.timezones import now_utc
from desktop.i18n import N_, _
from desktop.services.errors import DatabaseError, ValidationError
from desktop.services.limits import check_room
from desktop.services.record_lock import refuse_if_locked
from desktop.services.room_cache import Growth, Kept, RoomCache

Clock = Callable[[], datetime]
_AUDITED = "tdt_audited"  # a unit's info key (a session's or a Lean's): the audit rows it wrote
_GREW = "tdt_grew"  # a unit's info key: what its positions added to their one session


def _default_operator() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in containers without a passwd entry
        return "operator"


@dataclass(frozen=True, slots=True)
class Actor:
    """The operator and the workstation every change is attributed to."""

    operator: str = field(default_factory=_default_operator)
    workstation: str = field(default_factory=socket.gethostname)


class Audited(Protocol):
    """An audit row a unit wrote: an ORM ``AuditRow`` (its id set by the flush before the
    commit) or one written with Core (``Context.record``)."""

    @property
    def id(self) -> int: ...

    @property
    def session_id(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class _Audited:
    id: int
    session_id: int | None


def _audit_insert() -> Insert:
    """An audit row, its id returned (``Context.record``)."""
    table = cast(Table, AuditRow.__table__)
    columns = ("at", "operator", "workstation", "action", "session_id", "entity", "entity_id")
    values = {name: bindparam(name, type_=table.c[name].type) for name in (*columns, "details")}
    return insert(table).values(values).returning(table.c.id)


@dataclass(slots=True)
class Lean:
    """A ``Context.lean_unit``: its connection, and an ``info`` that says what its
    statements wrote, as an ORM session's does."""

    connection: Connection
    info: dict[str, Any] = field(default_factory=dict)


def _written(info: dict[str, Any]) -> tuple[list[Audited], Growth | None]:
    """What a unit's statements wrote, taken out of its ``info``: the audit rows, and what
    its positions added to their session."""
    return info.pop(_AUDITED, []), info.pop(_GREW, None)


def _driver_errors(db: Database) -> tuple[type[BaseException], ...]:
    """The errors the database's driver raises (``sqlite3.Error``, ``psycopg.Error``)."""
    dbapi = db.engine.dialect.loaded_dbapi
    error = getattr(dbapi, "Error", None)
    return (error,) if isinstance(error, type) and issubclass(error, Exception) else ()


@dataclass(slots=True)
class Context:
    db: Database
    actor: Actor
    clock: Clock = now_utc
    # Ids of the audit rows this instance wrote (committed), so that a look for changes made
    # by another window or program can leave them out; see ``desktop.services.watch``.
    written: set[int] = field(default_factory=set)
    # What each session held when this instance last checked it against the limits.
    rooms: RoomCache = field(default_factory=RoomCache)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One user action: one transaction. Rule violations become ValidationError, database
        failures DatabaseError; either way nothing is written."""
        with self._errors():
            with self.db.transaction() as s:
                yield s
                audited, grew = _written(s.info)
                kept = self._checked(s, audited, grew)
            self._committed(audited, grew, kept)

    @contextmanager
    def lean_unit(self) -> Iterator[Lean]:
        """``unit`` without an ORM session, for the commonest write (a key on the grid): a
        Core connection in a transaction, whose statements the service runs on the driver's
        cursor (``db.prepared``). The same checks at its end (the record's lock, the room),
        the same errors, the same audit trail."""
        with self._errors():
            with self.db.engine.begin() as connection:
                lean = Lean(connection)
                yield lean
                audited, grew = _written(lean.info)
                kept = self._checked(connection, audited, grew)
            self._committed(audited, grew, kept)

    def _checked(
        self,
        unit: Session | Connection,
        audited: list[Audited],
        grew: Growth | None,
    ) -> Kept | None:
        """Before the commit: an approved record takes no change, and what a session may hold
        is checked once per change (every change is audited). A unit that only logged
        positions on one session adds to what it held, and its room's mark says whether the
        record is approved (one statement for both, ``room_cache``): what to keep is
        returned."""
        sessions = {row.session_id for row in audited}
        if grew is not None and sessions == {grew.session_id}:
            ids = [row.id for row in audited if isinstance(row, _Audited)]
            if len(ids) == len(audited):  # all written at once, their ids known
                return self.rooms.check(unit, grew, min(ids))
        if not sessions:
            return None  # nothing written to a session
        if isinstance(unit, Session):
            refuse_if_locked(unit, sessions)
            check_room(unit, sessions)
        else:  # a lean unit whose growth is not known (a NUL in a text): measure
            with Session(bind=unit) as s:  # joins the unit's transaction
                refuse_if_locked(s, sessions)
                check_room(s, sessions)
        self.rooms.forget(sessions)
        return None

    def _committed(self, audited: list[Audited], grew: Growth | None, kept: Kept | None) -> None:
        self.written.update(row.id for row in audited)  # flushed by the commit
        if grew is not None and kept is not None:
            self.rooms.keep(grew.session_id, kept)

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Rule violations become ValidationError, database failures DatabaseError: from
        SQLAlchemy, or from the driver itself (a statement run on its cursor)."""
        failures: tuple[type[BaseException], ...] = (DBAPIError, *_driver_errors(self.db))
        try:
            yield
        except DomainError as error:
            raise ValidationError(str(error)) from error
        except failures as error:
            original = getattr(error, "orig", None) or error
            if "NUL (0x00)" in str(original):  # psycopg: a server cannot store U+0000
                raise ValidationError(
                    _(
                        "The text holds a null character, which the database server cannot "
                        "store, so nothing was saved. Remove it (it comes with text pasted "
                        "from some programs) and try again."
                    )
                ) from error
            fault = classify(error)
            raise DatabaseError(_fault_sentence(fault, self.db.read_only), fault=fault) from error
        except SQLAlchemyError as error:
            raise DatabaseError(
                _(
                    "The database refused the change, so nothing was saved ({error}). Try "
                    "again; if it persists, run 'tourdetable check'."
                ).format(error=type(error).__name__)
            ) from error

    def audit(
        self,
        s: Session,
        action: str,
        *,
        session_id: int | None,
        entity: str,
        entity_id: int | None,
        **details: Any,
    ) -> None:
        row = AuditRow(
            at=self.clock(),
            operator=self.actor.operator,
            workstation=self.actor.workstation,
            action=action,
            session_id=session_id,
            entity=entity,
            entity_id=entity_id,
            details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=_plain),
        )
        s.add(row)
        s.info.setdefault(_AUDITED, []).append(row)

    def record(
        self,
        unit: Session | Lean,
        action: str,
        *,
        session_id: int,
        entity: str,
        entity_id: int,
        **details: Any,
    ) -> None:
        """``audit``, written at once on the driver's cursor (no ORM object to build and
        flush): the audit row of the commonest write, a logged position."""
        connection = unit.connection if isinstance(unit, Lean) else unit.connection()
        found = prepared(_audit_insert, connection.dialect).first(
            connection,
            {
                "at": self.clock(),
                "operator": self.actor.operator,
                "workstation": self.actor.workstation,
                "action": action,
                "session_id": session_id,
                "entity": entity,
                "entity_id": entity_id,
                "details": json.dumps(details, ensure_ascii=False, sort_keys=True, default=_plain),
            },
        )
        assert found is not None and isinstance(found[0], int)
        unit.info.setdefault(_AUDITED, []).append(_Audited(found[0], session_id))

    def grew(self, unit: Session | Lean, growth: Growth) -> None:
        """Say what the unit's positions add to their session (``room_cache``): its check
        against the limits then needs no measure of the whole session."""
        unit.info[_GREW] = growth

    def hold_writes(self, s: Session) -> None:
        """Take the database's write lock now, before reading what an edit compares with
        what the operator saw: until this unit ends, no other window, program or
        workstation can change it (``db.locks``)."""
        hold_writes(s)

    def stamp(self) -> dict[str, Any]:
        """Columns of a recorded event: when, who, where."""
        return {
            "recorded_at": self.clock(),
            "operator": self.actor.operator,
            "workstation": self.actor.workstation,
        }


def _plain(value: Any) -> Any:
    """A detail of an audit row as JSON: a dataclass (a view before and after a change) as
    its fields, an instant or a date in ISO form, an enumeration as its value."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in fields(value)}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return str(value)


def _fault_sentence(fault: Fault, read_only: bool) -> str:
    if read_only and fault in (Fault.READ_ONLY, Fault.OTHER):
        return _(
            "This database is open read-only, so nothing was saved. To make changes, copy "
            "it to a folder you can write to and open the copy."
        )
    sentences = {
        Fault.LOCKED: N_(
            "The database is busy in another window or program, so nothing was saved. Wait "
            "a moment and try again."
        ),
        Fault.READ_ONLY: N_(
            "The database file is read-only, so nothing was saved. Open a copy you can write to."
        ),
        Fault.DISK_FULL: N_(
            "The disk is full, so nothing was saved. Free some space and try again."
        ),
        Fault.DAMAGED: N_(
            "The database file is damaged: SQLite cannot read part of it, and nothing more "
            "was written to it. Restore a backup (File > Restore from Backup…) or run "
            "'tourdetable check' on the file."
        ),
        Fault.NOT_DATABASE: N_(
            "The database file has been replaced by something that is not a database, so "
            "nothing was saved. Restore a backup (File > Restore from Backup…)."
        ),
    }
    return _(
        sentences.get(
            fault,
            N_(
                "The database could not be read or written, so nothing was saved. Check the "
                "file and the disk, then try again."
            ),
        )
    )
