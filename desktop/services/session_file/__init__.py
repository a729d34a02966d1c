"""Session files: one session, with its whole record, in a JSON file (``docs/session-file.md``).

Export writes canonical bytes (export → import → export gives the same file). Import is a
trust boundary: the file is read and validated completely (``session_file.reading`` for its
shape, ``session_file.checks`` for the rules) before one transaction writes it; on any
problem nothing is written and ``SessionFileError`` (a ``ValidationError``) says what is wrong
and where, with ``.problems`` listing each sentence.

The modules: ``session_file.model`` (the content as frozen data, errors), ``…_parse`` (bytes
to content), ``…_checks`` (the rules), ``…_export`` (database to content to bytes),
``…_import`` (content to database).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session

from db import repositories as repo
from db.models import SessionRow
from desktop.i18n import _
from desktop.services.changes import ChangeSet, Result
from desktop.services.context import Context
from desktop.services.convert import require_session
from desktop.services.dto import SessionSummary
from desktop.services.errors import ValidationError
from desktop.services.files import usable_path, write_atomically
from desktop.services.limits import Size, stored_size
from desktop.services.session_file.checks import check
from desktop.services.session_file.encoding import check_size, decode
from desktop.services.session_file.exporting import session_file, to_bytes
from desktop.services.session_file.importing import ON_CONFLICT, OnConflict, write_session
from desktop.services.session_file.model import (
    BILINGUAL_SINCE,
    MAX_FILE_BYTES,
    ReferenceExistsError,
    SessionFile,
    SessionFileError,
    in_french,
    refuse,
)
from desktop.services.session_file.reading import read_document
from desktop.services.sessions import summary_of
from desktop.services.standings import contradiction_notices, session_standings

__all__ = [
    "OnConflict",
    "ReferenceExistsError",
    "SessionFile",
    "SessionFileError",
    "SessionFileService",
    "parse",
]


class SessionFileService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # ------------------------------------------------------------------ export
    def export_session(self, session_id: int) -> bytes:
        """The session's file, as canonical UTF-8 bytes."""
        with self._ctx.unit() as s:
            return to_bytes(session_file(s, require_session(s, session_id)))

    def export_to(self, session_id: int, path: Path) -> None:
        """Write the session's file to ``path`` atomically: a reader never sees half a file,
        and an existing file is replaced only once the new one is complete."""
        write_atomically(Path(path), self.export_session(session_id))

    # ------------------------------------------------------------------ import
    def read(self, path: Path, *, text_language: str = "en") -> SessionFile:
        """Read and validate the file at ``path``; nothing is written. ``text_language``:
        the language of the texts of a file of a format before the French versions (5),
        "en" or "fr" (``text_languages``); a file of format 5 says it itself."""
        return read_file(path, text_language=text_language)

    def import_file(
        self, path: Path, *, on_conflict: OnConflict = "refuse", text_language: str = "en"
    ) -> Result[SessionSummary]:
        """Validate the file at ``path``, then store its session in one transaction.
        ``text_language``: as for ``read``."""
        path = Path(path)
        sf = self.read(path, text_language=text_language)
        return self.import_parsed(sf, on_conflict=on_conflict, source=path.name)

    def import_parsed(
        self, sf: SessionFile, *, on_conflict: OnConflict = "refuse", source: str = ""
    ) -> Result[SessionSummary]:
        """Store a session already read with ``read`` (the rules are checked again). The
        chair declares, the app warns: declarations the record contradicts are imported as
        they are, and named in the result's ``notices``."""
        if on_conflict not in ON_CONFLICT:
            raise ValidationError(
                _(
                    "{value} is not a way to handle a reference conflict; use one of: {accepted}."
                ).format(value=repr(on_conflict), accepted=", ".join(ON_CONFLICT))
            )
        check(sf).raise_if_any(source)
        with self._ctx.unit() as s:
            row, replaced = write_session(self._ctx, s, sf, on_conflict=on_conflict, source=source)
            summary = _summary(s, row)
            notices = contradiction_notices(session_standings(s, row.id, self._ctx.clock()))
        changed = {row.id} if replaced is None else {row.id, replaced}
        changes = ChangeSet(session_list=True, sessions=frozenset(changed))
        return Result(summary, changes, tuple(notices))

    def size(self, session_id: int) -> Size:
        """What the session holds, as the limits on a session count it (``limits``)."""
        with self._ctx.unit() as s:
            require_session(s, session_id)
            return stored_size(s, session_id)

    # ------------------------------------------------------------------ lookup
    def session_by_reference(self, reference: str) -> SessionSummary | None:
        """The session on the list with this reference, if there is one."""
        with self._ctx.unit() as s:
            row = repo.live_session_by_reference(s, reference.strip())
            return _summary(s, row) if row is not None else None


def read_file(path: Path, *, text_language: str = "en") -> SessionFile:
    """The validated content of the session file at ``path``; no database is needed.
    ``text_language``: as for ``SessionFileService.read``."""
    path = Path(path)
    return parse(read_limited(path), source=path.name, text_language=text_language)


# The languages the texts of a file of a format before the French versions may be in.
TEXT_LANGUAGES = ("en", "fr")


def parse(data: bytes, *, source: str = "", text_language: str = "en") -> SessionFile:
    """The validated content of a session file's bytes; raises SessionFileError. The texts
    of a file of a format before 5 are English, or French when ``text_language`` is "fr"."""
    if text_language not in TEXT_LANGUAGES:
        raise ValidationError(
            _(
                "{value} is not the language of a session file's texts; use en (English) or "
                "fr (French)."
            ).format(value=repr(text_language))
        )
    document = decode(data)
    sf, problems = read_document(document)
    problems.raise_if_any(source)
    if sf is None:  # pragma: no cover — read_document stops only with problems to show
        raise AssertionError("reading stopped without a problem")
    if text_language == "fr" and sf.read_from < BILINGUAL_SINCE:
        sf = in_french(sf)
    check(sf).raise_if_any(source)
    return sf


def read_limited(path: Path) -> bytes:
    """The file's bytes, refusing one over the size limit before reading it."""
    usable_path(path)
    try:
        with path.open("rb") as stream:
            check_size(os.fstat(stream.fileno()).st_size)
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise refuse(_("{path} does not exist; choose a session file.").format(path=path)) from None
    except IsADirectoryError:
        raise refuse(_("{path} is a folder; choose a session file.").format(path=path)) from None
    except PermissionError:
        raise refuse(_("You do not have permission to read {path}.").format(path=path)) from None
    except OSError as error:
        raise refuse(
            _("{path} could not be read ({error}).").format(
                path=path, error=error.strerror or error
            )
        ) from None
    check_size(len(data))  # it grew while being read
    return data


def _summary(s: Session, row: SessionRow) -> SessionSummary:
    return summary_of(row, len(repo.items(s, row.id)))
