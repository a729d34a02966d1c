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
    return Fault.OTHER


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


def writable(path: Path) -> bool:
    """Whether the app can write the database at ``path``: the file and its folder (SQLite
    writes its journal beside the file). A read-only disk counts as not writable, even for
    root, since ``access`` reports ``EROFS``."""
    path = Path(path)
    folder = path.parent if path.parent != Path() else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK | os.X_OK)
