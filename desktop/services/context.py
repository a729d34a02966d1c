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
from typing import Any

from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from db.database import Database
from db.faults import Fault, classify
from db.locks import hold_writes
from db.models import AuditRow
from desktop.domain.errors import DomainError
from desktop.domain.timezones import now_utc
from desktop.i18n import N_, _
from desktop.services.errors import DatabaseError, ValidationError
from desktop.services.limits import check_room

Clock = Callable[[], datetime]
_AUDITED = "tdt_audited"  # Session.info key: the audit rows a unit wrote


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


@dataclass(slots=True)
class Context:
    db: Database
    actor: Actor
    clock: Clock = now_utc
    # Ids of the audit rows this instance wrote (committed), so that a look for changes made
    # by another window or program can leave them out; see ``desktop.services.watch``.
    written: set[int] = field(default_factory=set)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One user action: one transaction. Rule violations become ValidationError, database
        failures DatabaseError; either way nothing is written."""
        try:
            with self.db.transaction() as s:
                yield s
                audited: list[AuditRow] = s.info.pop(_AUDITED, [])
                # What a session may hold, once per change (every change is audited).
                check_room(s, (row.session_id for row in audited))
            self.written.update(row.id for row in audited)  # flushed by the commit
        except DomainError as error:
            raise ValidationError(str(error)) from error
        except DBAPIError as error:
            if "NUL (0x00)" in str(error.orig):  # psycopg: a server cannot store U+0000
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
