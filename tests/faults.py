"""Real faults on real files, for the tests of what the app does when a disk misbehaves.

- :func:`read_only_folder`: a folder whose files cannot be written. Run as root (as CI is),
  file modes do not stop anyone, so the folder is bind-mounted read-only, as a read-only
  disk or share would be; as another user, modes are enough.
- :func:`small_disk`: a folder on a tmpfs of a few hundred KiB, which fills up for real.
- :func:`locked`: another connection holding SQLite's exclusive lock, as a second program
  in the middle of a long write would.
- :func:`damage`: pages of a database file overwritten with garbage.

A fixture that cannot be built here (no permission to mount) skips its test with the reason.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def read_only_folder(source: Path, mount_point: Path) -> Iterator[Path]:
    """``source``'s files, seen through ``mount_point`` where nothing can be written."""
    mount_point.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in source.iterdir()}
        for path in modes:
            path.chmod(0o444)
        source.chmod(0o555)
        try:
            yield source
        finally:
            source.chmod(0o755)
            for path, mode in modes.items():
                path.chmod(mode)
        return
    if not (
        _run("mount", "--bind", str(source), str(mount_point))
        and _run("mount", "-o", "remount,bind,ro", str(mount_point))
    ):
        _run("umount", str(mount_point))
        pytest.skip("a read-only bind mount could not be made here")
    try:
        yield mount_point
    finally:
        _run("umount", "-l", str(mount_point))


@contextlib.contextmanager
def small_disk(mount_point: Path, size_kib: int) -> Iterator[Path]:
    """A real file system of ``size_kib`` KiB at ``mount_point`` (root only)."""
    mount_point.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _run(
        "mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(mount_point)
    ):
        pytest.skip("a small tmpfs could not be mounted here (needs root)")
    try:
        yield mount_point
    finally:
        _run("umount", "-l", str(mount_point))


@contextlib.contextmanager
def locked(path: Path, *, exclusive: bool = False) -> Iterator[None]:
    """Hold the database at ``path`` locked until the block ends, as another program in the
    middle of a long write would: an open write transaction, which shuts out writers.
    ``exclusive``: SQLite's exclusive locking mode, which shuts out readers too (only
    possible while no other connection has the file open)."""
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        if exclusive:
            holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE")
        holder.execute("CREATE TABLE IF NOT EXISTS lock_holder (x)")
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            holder.execute("ROLLBACK")
        holder.close()


def damage(path: Path, *, first_page: int = 3, pages: int = 6) -> None:
    """Overwrite ``pages`` pages of the database at ``path`` with garbage, from
    ``first_page`` on (page 1 holds the header: it is left alone so SQLite still opens it)."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    data = bytearray(path.read_bytes())
    start = (first_page - 1) * page_size
    end = min(len(data), start + pages * page_size)
    data[start:end] = b"\x55" * (end - start)
    path.write_bytes(bytes(data))
