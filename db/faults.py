"""What went wrong with a database file, in a word the layers above turn into a sentence.

SQLite says what failed in its error code (``sqlite3.Error.sqlite_errorname``): the file is
not a database, a page is damaged, another program holds the lock, the file or its folder is
read-only, the disk is full. :func:`classify` reads that code (through SQLAlchemy's wrapper
too) so that the user is told the one thing that helps, and offered the right way out.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from enum import StrEnum
from pathlib import Path


class Fault(StrEnum):
    MISSING = "missing"  # no file at the path
    FOLDER = "folder"  # the path is a folder
    NOT_DATABASE = "not-database"  # SQLite does not recognise the file
    NOT_OURS = "not-ours"  # a SQLite database, but not one Tour de Table made
    NEWER = "newer"  # written by a newer version of the app
    DAMAGED = "damaged"  # SQLite finds the file malformed
    LOCKED = "locked"  # another program holds the database's lock
    READ_ONLY = "read-only"  # the file, its folder or its disk cannot be written
    DISK_FULL = "disk-full"  # no space left (or the file may not grow)
    UNREACHABLE = "unreachable"  # the database server does not answer
    LOGIN = "login"  # the server refused the user name or password
    OTHER = "other"


_BY_CODE = {
    "SQLITE_NOTADB": Fault.NOT_DATABASE,
    "SQLITE_CORRUPT": Fault.DAMAGED,
    "SQLITE_BUSY": Fault.LOCKED,
    "SQLITE_LOCKED": Fault.LOCKED,
    "SQLITE_READONLY": Fault.READ_ONLY,
    "SQLITE_PERM": Fault.READ_ONLY,
    "SQLITE_FULL": Fault.DISK_FULL,
}


def classify(error: BaseException) -> Fault:
    """The fault behind ``error``: a ``sqlite3.Error``, SQLAlchemy's wrapper of one, or an
    ``OSError`` met while reading or copying a file."""
    original = getattr(error, "orig", None)
    if isinstance(original, BaseException):
        error = original
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        for code, fault in _BY_CODE.items():
            if name == code or name.startswith(code + "_"):
                return fault
        return _by_message(str(error))
    if isinstance(error, OSError):
        return _by_errno(error)
    if type(error).__module__.startswith("psycopg"):
        return _by_sqlstate(getattr(error, "sqlstate", None), str(error))
    return Fault.OTHER


# PostgreSQL's SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
_BY_SQLSTATE = {
    "28000": Fault.LOGIN,  # invalid authorization specification
    "28P01": Fault.LOGIN,  # invalid password
    "3D000": Fault.MISSING,  # the database does not exist
    "42501": Fault.READ_ONLY,  # insufficient privilege
    "25006": Fault.READ_ONLY,  # read-only SQL transaction
    "55P03": Fault.LOCKED,  # lock not available
    "40P01": Fault.LOCKED,  # deadlock detected
    "40001": Fault.LOCKED,  # serialization failure
    "53100": Fault.DISK_FULL,
    "XX001": Fault.DAMAGED,  # data corrupted
    "XX002": Fault.DAMAGED,  # index corrupted
}


def _by_sqlstate(state: str | None, text: str) -> Fault:
    """A psycopg error: by its SQLSTATE when the server sent one, else (the connection
    itself failed) by libpq's message."""
    if state:
        if state.startswith(("08", "57P")):  # connection lost, server shutting down
            return Fault.UNREACHABLE
        return _BY_SQLSTATE.get(state, Fault.OTHER)
    lowered = text.lower()
    for words, fault in _BY_LIBPQ_MESSAGE:
        if all(word in lowered for word in words):
            return fault
    return Fault.OTHER


_BY_LIBPQ_MESSAGE = (
    (("pg_hba.conf",), Fault.LOGIN),  # the server does not let this user in from here
    (("permission denied for database",), Fault.LOGIN),  # no CONNECT privilege
    (("certificate",), Fault.OTHER),  # TLS: the sentence shows libpq's own words
    (("ssl",), Fault.OTHER),
    (("password",), Fault.LOGIN),
    (("authentication",), Fault.LOGIN),
    (("role", "does not exist"), Fault.LOGIN),
    (("database", "does not exist"), Fault.MISSING),
    (("connection",), Fault.UNREACHABLE),
    (("server",), Fault.UNREACHABLE),
    (("timeout",), Fault.UNREACHABLE),
)


def _by_message(text: str) -> Fault:
    """For errors raised without a code (older SQLite builds, or SQLAlchemy's own)."""
    text = text.lower()
    if "malformed" in text or "corrupt" in text:
        return Fault.DAMAGED
    if "not a database" in text:
        return Fault.NOT_DATABASE
    if "locked" in text or "busy" in text:
        return Fault.LOCKED
    if "readonly" in text or "read-only" in text:
        return Fault.READ_ONLY
    if "full" in text:
        return Fault.DISK_FULL
    return Fault.OTHER


def _by_errno(error: OSError) -> Fault:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Fault.READ_ONLY
    if error.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return Fault.DISK_FULL
    if error.errno == errno.ENOENT:
        return Fault.MISSING
    if error.errno == errno.EISDIR:
        return Fault.FOLDER
    return Fault.OTHER


# Below this much free space, an I/O error from SQLite is taken for a full disk.
LOW_SPACE_BYTES = 1 << 20


def disk_full(path: Path) -> bool:
    """Whether the disk that holds ``path`` is (all but) full. SQLite reports a full disk
    as a plain I/O error when it cannot make room for its ``-shm`` file, even to read: the
    free space tells that case from a failing disk."""
    folder = Path(path).parent if Path(path).parent != Path() else Path(".")
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no such folder; or not POSIX
        return False
    return stats.f_bavail * stats.f_frsize < LOW_SPACE_BYTES


def writable(path: Path) -> bool:
    """Whether the app can write the database at ``path``: the file and its folder (SQLite
    writes its journal beside the file). A read-only disk counts as not writable, even for
    root, since ``access`` reports ``EROFS``."""
    path = Path(path)
    folder = path.parent if path.parent != Path() else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK | os.X_OK)
