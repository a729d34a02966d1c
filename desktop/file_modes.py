"""Who may read a file the app writes for the user: a session file, the minutes, an audit
trail, a calendar. They carry the session's classification marking, so, like the database,
a new one is readable and writable by its owner only (0600), unless the folder says
otherwise: a folder with a default ACL (``setfacl -d``) decides, as it does for every file
made in it. A file written over an existing one keeps that file's mode, the user's choice.

Plain Python (no Qt, no database): the minutes (``desktop.reports``) and the services both
write through :func:`temporary_beside` and :func:`publish`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE = 0o600
_DEFAULT_ACL = "system.posix_acl_default"


def temporary_beside(path: Path, suffix: str = ".tmp") -> tuple[int, Path]:
    """A new hidden file in ``path``'s folder, open for writing (the descriptor and its
    path), to be renamed over ``path`` by :func:`publish` once written and flushed."""
    mode = 0o666 if folder_decides(path.parent) else PRIVATE
    for _attempt in range(100):
        temporary = path.parent / f".{path.name}.{os.urandom(4).hex()}{suffix}"  # as secrets
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
            return os.open(temporary, flags, mode), temporary
        except FileExistsError:
            continue
    raise FileExistsError(path.parent / f".{path.name}.*{suffix}")


def publish(temporary: Path, path: Path) -> None:
    """Rename ``temporary`` over ``path``; an existing ``path`` passes on its mode."""
    try:
        existing = os.stat(path)
    except OSError:
        existing = None
    if existing is not None and stat.S_ISREG(existing.st_mode):
        os.chmod(temporary, stat.S_IMODE(existing.st_mode))
    os.replace(temporary, path)


def folder_decides(folder: Path) -> bool:
    """Whether ``folder`` has a default ACL: who may read the files made in it is then the
    folder's to say (Linux; elsewhere, never)."""
    getxattr = getattr(os, "getxattr", None)
    if getxattr is None:
        return False
    try:
        return bool(getxattr(folder, _DEFAULT_ACL))
    except OSError:  # none (ENODATA), or a file system without ACLs
        return False
