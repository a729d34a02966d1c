"""The summary record of a session as a PDF: ``build_minutes``.

It takes the plain ``Minutes`` tree (never ORM objects or widgets), lays it out with platypus
and writes it to a stream, or to a path through a temporary file renamed into place (nothing
half-written is ever left at the destination). The same record gives the same bytes:
invariant mode, a creation date taken from the record, no random identifiers.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import CondPageBreak, Flowable

from desktop.domain.bodies import body
from desktop.domain.minutes import Minutes
from desktop.file_modes import publish, temporary_beside
from desktop.reports import dates
from desktop.reports.actions import action_items
from desktop.reports.annex import grid_annex
from desktop.reports.bilingual import chosen
from desktop.reports.changes import changes_page
from desktop.reports.fonts import register_fonts
from desktop.reports.front import attendance, contents, heading
from desktop.reports.items import item_section
from desktop.reports.markup import clean
from desktop.reports.page import Chrome, Metadata, RecordDoc
from desktop.reports.unprintable import unprintable
from desktop.reports.wording import say

LANGUAGES = {"en": "en-GB", "fr": "fr-FR"}
# Author, creator and producer of the PDF: the application, never the account or the machine
# that exported it (reportlab would otherwise write its own banner; it writes no XMP).
AUTHOR = "Tour de Table"

Progress = Callable[[int, int], None]


def build_minutes(
    data: Minutes,
    language: str,
    out: Path | BinaryIO,
    progress: Progress | None = None,
) -> list[str]:
    """Write the minutes of ``data`` in ``language`` ("en" or "fr") to ``out``: a path
    (replaced atomically) or a binary stream. ``progress(done, total)`` is called as the
    layout advances, ending with ``done == total``. Returns the warnings to show the user:
    a sentence for each place holding characters no font of the minutes has (printed as
    their codes; ``unprintable``)."""
    if language not in LANGUAGES:
        raise ValueError(f"Minutes are printed in English (en) or French (fr), not {language!r}.")
    pdf = render(data, language, progress)
    if isinstance(out, str | os.PathLike):
        _write_atomically(Path(out), pdf)
    else:
        out.write(pdf)
    return unprintable(data, language)


def render(data: Minutes, language: str, progress: Progress | None = None) -> bytes:
    """The PDF bytes of the minutes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = RecordDoc(buffer, chrome(data, language), metadata(data, language))
    story = story_of(data, language)
    if progress is not None:
        doc.setProgressCallBack(_Meter(progress, len(story)))
    doc.lay_out(story)
    if progress is not None:
        progress(100, 100)
    return buffer.getvalue()


def story_of(data: Minutes, language: str) -> list[Flowable]:
    story: list[Flowable] = [*heading(data, language), *attendance(data, language)]
    story.append(CondPageBreak(120))
    if len(data.items) > 1:  # a one-item record needs no contents: its item follows
        story += contents(language)
    story += changes_page(data, language)  # a revision's corrections, before the record
    for item in data.items:
        story += item_section(item, data, language)
    story += action_items(data, language)
    story += grid_annex(data, language)
    return story


def fingerprint_words(data: Minutes) -> str:
    """The fingerprint in blocks of eight, easier to compare by eye."""
    fp = data.fingerprint
    return " ".join(fp[i : i + 8] for i in range(0, len(fp), 8))


def chrome(data: Minutes, language: str) -> Chrome:
    org = clean(body(data.body).title(language, chosen(data.committee_name, language)))
    reference = clean(data.full_reference) or say("no_reference", language)

    def page_label(page: int, total: int) -> str:
        return say("page", language, page=page, total=total)

    return Chrome(
        marking=data.classification.marking,
        running_title=f"{org} — {say('summary_record_title', language)}",
        reference=reference,
        watermark=say("draft", language) if data.is_draft else None,
        page_label=page_label,
        last_page_note=say("fingerprint", language, fp=fingerprint_words(data)),
    )


def metadata(data: Minutes, language: str) -> Metadata:
    heading_text = clean(data.heading(language))
    record = say("summary_record_title", language)
    reference = clean(data.full_reference)
    title = f"{reference} — {record}: {heading_text}" if reference else f"{record}: {heading_text}"
    when = dates.long_date(data.session_date, language).replace("\u00a0", " ")
    return Metadata(
        title=title,
        subject=f"{heading_text}, {when}",
        author=AUTHOR,
        # The fingerprint in the keywords too: ``tourdetable verify`` names the record from
        # there rather than from the page text (desktop/services/signing.py).
        keywords=", ".join(
            x
            for x in (
                data.classification.marking,
                reference,
                record,
                f"fingerprint {data.fingerprint}",
            )
            if x
        ),
        lang=LANGUAGES[language],
        created=data.last_event_at,
    )


class _Meter:
    """reportlab's (kind, value) progress calls as a monotonic ``progress(done, 100)``.

    The layout walks the story once (page totals are filled in at the end, see
    ``later``); the share of the story laid out is the progress, capped at 99% until the
    document is written."""

    def __init__(self, progress: Progress, size: int) -> None:
        self._progress = progress
        self._size = max(size, 1)
        self._done = 0

    def __call__(self, kind: str, value: int) -> None:
        if kind == "PROGRESS":
            done = min(99, int(100 * min(value, self._size) / self._size))
            if done > self._done:
                self._done = done
                self._progress(done, 100)


def _write_atomically(path: Path, pdf: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it over."""
    path = path.expanduser()
    handle, name = temporary_beside(path, ".part")  # the owner's only: see desktop.file_modes
    try:
        with os.fdopen(handle, "wb") as tmp:
            tmp.write(pdf)
            tmp.flush()
            os.fsync(tmp.fileno())
        publish(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
