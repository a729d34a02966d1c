"""Errors the services raise: ``str(error)`` is a sentence that says what happened and what to
do. Nothing is written when one is raised (the transaction rolls back)."""

from db.faults import Fault

__all__ = ["DatabaseError", "Fault", "NotFoundError", "ServiceError", "ValidationError"]


class ServiceError(Exception):
    """Base of every error a user can meet through the services."""


class ValidationError(ServiceError):
    """The input does not fit the rules; nothing was stored."""


class NotFoundError(ServiceError):
    """What was asked for does not exist (any more)."""


class DatabaseError(ServiceError):
    """The database could not be opened, read or written. ``fault`` says what went wrong, so
    that the UI can offer the way out (open read-only, restore a backup, another file)."""

    def __init__(self, message: str, *, fault: Fault = Fault.OTHER) -> None:
        super().__init__(message)
        self.fault = fault
