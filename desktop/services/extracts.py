"""What the secretariat sends besides the minutes: an extract for one delegation's capital,
and a working copy of the record for its editors.

- ``export_extract``: the record restricted to one delegation (``desktop.reports.extract``),
  as the minutes for that delegation (``form="record"``) or its positions and statements
  across the session as a table (``form="table"``): a short PDF, with the fingerprint of the
  whole record on its last page.
- ``export_docx``: the summary record as a Word document (``desktop.reports.docx_record``),
  to edit; its first page says that the PDF issued remains the record.

Both read the record in one transaction (``MinutesService.assemble``) and write atomically:
nothing half-written is ever left at the destination.
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain.minutes import Minutes
from desktop.i18n import _
from desktop.services.errors import ValidationError
from desktop.services.files import usable_path, write_atomically
from desktop.services.minutes import LANGUAGES, ExportError, HasMinutes

FORMS = ("record", "table")  # desktop.reports.extract.FORMS, without importing reportlab


def delegation_codes(minutes: Minutes) -> tuple[str, ...]:
    """The delegations an extract can be made for: every one at the table, staff aside."""
    from desktop.reports.extract import delegations

    return tuple(a.code for a in delegations(minutes))


def export_extract(
    ws: HasMinutes,
    session_id: int,
    delegation: str,
    language: str,
    path: Path,
    *,
    form: str = "record",
) -> Path:
    """Write the extract of the session's record for ``delegation`` (its code, e.g. DEU;
    any case) as a PDF at ``path`` (replaced atomically) in ``language``; return the path
    written. ``form``: ``record`` (the minutes for the delegation) or ``table`` (its
    positions and statements across the session).

    Raises ValidationError for an unknown language, form or delegation, NotFoundError for a
    removed session, ExportError or ServiceError when the file cannot be written."""
    _check_language(language)
    if form not in FORMS:
        raise ValidationError(
            _("An extract is the record for the delegation (record) or a table of its "
              "positions (table), not {form}.").format(form=repr(form))
        )  # fmt: skip
    from desktop.reports.extract import render_extract  # reportlab only when exporting

    minutes = ws.minutes.assemble(session_id)
    code = delegation.strip().upper()
    codes = delegation_codes(minutes)
    if code not in codes:
        raise ValidationError(
            _(
                "{delegation} is not a delegation of this session, so no extract was written; "
                "its delegations are {codes}."
            ).format(delegation=repr(delegation), codes=", ".join(codes) or "—")
        )
    target = _target(path)
    write_atomically(target, render_extract(minutes, code, language, form=form))
    return target


def export_docx(ws: HasMinutes, session_id: int, language: str, path: Path) -> Path:
    """Write the session's summary record as a Word document (DOCX) at ``path`` (replaced
    atomically) in ``language``, to edit; return the path written. Its first page says that
    the PDF issued by the secretariat remains the record, and gives its fingerprint.

    Raises ValidationError for an unknown language, NotFoundError for a removed session,
    ExportError or ServiceError when the file cannot be written."""
    _check_language(language)
    from desktop.reports.docx_record import render_docx  # python-docx only when exporting

    minutes = ws.minutes.assemble(session_id)
    target = _target(path)
    write_atomically(target, render_docx(minutes, language))
    return target


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValidationError(
            _("Minutes are written in English (en) or French (fr), not {language}.").format(
                language=repr(language)
            )
        )


def _target(path: Path) -> Path:
    target = usable_path(Path(path).expanduser())
    if target.is_dir():
        raise ExportError(_("{path} is a folder; choose a file name.").format(path=target))
    return target
