"""Errors the services raise: ``str(error)`` is a sentence that says what happened and what to
do. Nothing is written when one is raised (the transaction rolls back)."""


class ServiceError(Exception):
    """Base of every error a user can meet through the services."""


class ValidationError(ServiceError):
    """The input does not fit the rules; nothing was stored."""


class NotFoundError(ServiceError):
    """What was asked for does not exist (any more)."""


class DatabaseError(ServiceError):
    """The database could not be opened, read or written."""
