"""The app's log: one file, ``tourdetable.log`` in the user's log folder
(``desktop.paths.log_dir()``), written through the standard :mod:`logging` module.

:func:`configure` is called once at start, by the command line (``desktop.cli.main``), for
the GUI as for every command. What goes in:

- the app's own loggers (``desktop.*``, ``db.*``) at INFO, or DEBUG with ``--debug``: the
  database opened, a migration, a command run, a task on the worker;
- every unexpected exception, with its traceback (``logger.exception``);
- Qt's own messages, routed here by ``desktop.ui.qt_log`` (logger ``qt``, or ``qt.<category>``);
- other libraries' warnings and errors (their loggers at WARNING).

One line per record: ``2026-05-02 10:30:12,345 WARNING desktop.cli: text``. The file
rotates at :data:`MAX_BYTES`, keeping :data:`BACKUPS` older files (``tourdetable.log.1``
…); each is readable by its owner only (0600), like every file the app writes for the
user, unless the folder's default ACL says otherwise (``desktop.file_modes``). A log
written by an older version keeps its mode.

No Qt here: the command line logs without it.
"""

from __future__ import annotations

import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop import paths
from desktop.file_modes import PRIVATE, folder_decides

LOG_NAME = "tourdetable.log"
MAX_BYTES = 1_000_000  # a megabyte of text: thousands of tracebacks, quick to send
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
OUR_LOGGERS = ("desktop", "db", "qt")  # at INFO (DEBUG with --debug); the others at WARNING

_state: dict[str, PrivateRotatingFileHandler | None] = {"handler": None}
_root_level = {"before": logging.WARNING}


def log_file() -> Path:
    """Where the log is written: ``tourdetable.log`` in the user's log folder."""
    return paths.log_dir() / LOG_NAME


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose new files are their owner's only (0600), and which remembers,
    instead of printing on the user's terminal, that a line could not be written."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        self.failed = False
        super().__init__(
            path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True
        )

    def _open(self) -> io.TextIOWrapper:
        folder = Path(self.baseFilename).parent
        folder.mkdir(parents=True, exist_ok=True)
        mode = 0o666 if folder_decides(folder) else PRIVATE
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(self.baseFilename, flags, mode)
        return open(descriptor, "a", encoding="utf-8", errors="backslashreplace")

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        self.failed = True  # a full disk, a read-only folder: the app carries on without


def configure(
    *,
    debug: bool = False,
    path: Path | None = None,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUPS,
) -> Path:
    """Write the log to ``path`` (default :func:`log_file`) from now on, at DEBUG when
    ``debug``, replacing the handler a previous call installed. Returns the file. Nothing
    is created until the first line is written."""
    stop()
    target = path if path is not None else log_file()
    handler = PrivateRotatingFileHandler(target, max_bytes=max_bytes, backups=backups)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    _root_level["before"] = root.level
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if debug else logging.INFO)
    _state["handler"] = handler
    return target


def stop() -> None:
    """Close the log installed by :func:`configure`, if any (the end of ``main``; tests)."""
    handler, _state["handler"] = _state["handler"], None
    if handler is None:
        return
    root = logging.getLogger()
    root.removeHandler(handler)
    root.setLevel(_root_level["before"])
    handler.close()
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET)


def written_to() -> Path | None:
    """The log file, when one is configured and every line so far could be written to it;
    None otherwise (then a sentence must not send the user to it)."""
    handler = _state["handler"]
    if handler is None or handler.failed:
        return None
    handler.flush()
    path = Path(handler.baseFilename)
    return path if path.is_file() else None
