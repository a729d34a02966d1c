"""What every service shares: the database, who is acting, the clock, and the audit trail."""

from __future__ import annotations

import getpass
import json
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from db.database import Database
from db.models import AuditRow
from desktop.domain.errors import DomainError
from desktop.domain.timezones import now_utc
from desktop.services.errors import DatabaseError, ValidationError

Clock = Callable[[], datetime]


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

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One user action: one transaction. Rule violations become ValidationError, database
        failures DatabaseError; either way nothing is written."""
        try:
            with self.db.transaction() as s:
                yield s
        except DomainError as error:
            raise ValidationError(str(error)) from error
        except OperationalError as error:
            raise DatabaseError(_operational_sentence(error)) from error
        except SQLAlchemyError as error:
            raise DatabaseError(
                "The database refused the change, so nothing was saved "
                f"({type(error).__name__}). Try again; if it persists, run 'tourdetable check'."
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
        s.add(
            AuditRow(
                at=self.clock(),
                operator=self.actor.operator,
                workstation=self.actor.workstation,
                action=action,
                session_id=session_id,
                entity=entity,
                entity_id=entity_id,
                details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str),
            )
        )

    def stamp(self) -> dict[str, Any]:
        """Columns of a recorded event: when, who, where."""
        return {
            "recorded_at": self.clock(),
            "operator": self.actor.operator,
            "workstation": self.actor.workstation,
        }


def _operational_sentence(error: OperationalError) -> str:
    text = str(error.orig).lower() if error.orig else str(error).lower()
    if "locked" in text or "busy" in text:
        return (
            "The database is busy in another window or program, so nothing was saved. "
            "Wait a moment and try again."
        )
    if "readonly" in text or "read-only" in text:
        return "The database file is read-only, so nothing was saved. Open a copy you can write to."
    if "disk" in text and "full" in text:
        return "The disk is full, so nothing was saved. Free some space and try again."
    return (
        "The database could not be written, so nothing was saved. "
        "Check the file and the disk, then try again."
    )
