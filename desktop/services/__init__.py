"""The use cases: every change the app makes goes through here, one transaction each, with
input validation, an audit record, and an answer made of plain dataclasses and a change set.

No Qt here; the UI, the command line and the demo are all clients of these services.
"""

from desktop.services.changes import ChangeSet, Result
from desktop.services.context import Actor
from desktop.services.errors import (
    DatabaseError,
    Fault,
    NotFoundError,
    ServiceError,
    ValidationError,
)
from desktop.services.workspace import Workspace

__all__ = [
    "Actor",
    "ChangeSet",
    "DatabaseError",
    "Fault",
    "NotFoundError",
    "Result",
    "ServiceError",
    "ValidationError",
    "Workspace",
]
