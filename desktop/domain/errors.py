"""Errors the rules raise. Each carries a sentence a user can read."""


class DomainError(ValueError):
    """A request the rules do not allow; ``str(error)`` says what and what to do."""


class SilenceError(DomainError):
    """A step of the silence procedure that does not fit its current state."""


class TimeError(DomainError):
    """A local time that does not exist, or is ambiguous, in the session's time zone."""
