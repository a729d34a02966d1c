"""Files the services write or read by a path the user chose: written whole or not at all,
and a path no file can have refused with a sentence. Session files, the minutes, the audit
and search exports and the calendar all write through here."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from desktop.file_modes import publish, temporary_beside
from desktop.i18n import _
from desktop.services.convert import shown
from desktop.services.errors import ServiceError, ValidationError


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``: a
    new file is its owner's only (it carries the classification marking), unless the folder
    says otherwise (``desktop.file_modes``)."""
    usable_path(path)
    try:
        handle, temporary = temporary_beside(path)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            publish(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as error:
        raise ServiceError(
            _(
                "{path} could not be written ({error}); check that the folder exists and that "
                "you may write to it."
            ).format(path=path, error=error.strerror or error)
        ) from error


def usable_path(path: Path) -> Path:
    """``path``, refused with a ValidationError when no file can have that name: it holds
    a null character, or half of a character the system cannot encode."""
    try:
        usable = b"\0" not in os.fsencode(path)
    except UnicodeEncodeError:
        usable = False
    if not usable:
        raise ValidationError(
            _(
                "{name} cannot be a file name: it holds a character no file name may hold (a "
                "null character, or half of a character); choose another name."
            ).format(name=shown(str(path)))
        )
    return path
