"""Two windows on one file: an edit made from a value that another window (or program) has
changed since is refused, never saved over the change the operator has not seen.

The values stored in place (a session's fields, an agenda item's, a participant's, an
action item's, the statement standing with a position) are edited by passing, beside the
new values, ``expected``: the values the operator started from, as the views showed them.
The service takes the write lock (``Context.hold_writes``), reads the stored values, and
refuses with ``ConflictError`` when one differs from what was expected, unless it already
holds the value asked for (then nothing is overwritten). Without ``expected`` (the command
line, imports, the demo) an edit is saved as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from enum import Enum

from desktop.domain.labels import Label
from desktop.i18n import _
from desktop.i18n import shown as in_language
from desktop.services.convert import shown
from desktop.services.errors import ServiceError


class ConflictError(ServiceError):
    """Another window changed the value meanwhile; nothing was saved."""


def refuse_if_changed(
    stored: Mapping[str, object],
    expected: Mapping[str, object] | None,
    wanted: Mapping[str, object],
    *,
    subject: Callable[[str], str],
    where: str,
) -> None:
    """Raise ConflictError when a field in ``expected`` is no longer stored as expected and
    does not already hold the ``wanted`` value. ``subject(field)`` names the field for the
    sentence, translated, in lower case ("the session's place"); ``where`` is the view that
    shows it, translated ("The form")."""
    if expected is None:
        return
    for name, seen in expected.items():
        if name not in stored:
            continue
        now = stored[name]
        if _same(now, seen) or (name in wanted and _same(now, wanted[name])):
            continue
        what = subject(name)
        # {Subject} opens the English sentence; a translation may use {subject} mid-sentence.
        raise ConflictError(
            _(
                "{Subject} was changed at another window meanwhile (now: {value}); your "
                "change was not saved. {where} shows the current value."
            ).format(
                Subject=what[:1].upper() + what[1:], subject=what, value=words(now), where=where
            )
        )


def _same(stored: object, given: object) -> bool:
    if isinstance(stored, str) and isinstance(given, str):
        return stored.strip() == given.strip()  # text is stored trimmed
    if isinstance(stored, tuple | list) and isinstance(given, tuple | list):
        return tuple(stored) == tuple(given)
    return stored == given


def words(value: object) -> str:
    """A stored value as a sentence shows it."""
    if value is None or value in ("", ()):
        return _("empty")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, Enum):
        label = getattr(value, "label", None)
        return in_language(label) if isinstance(label, Label) else str(value.value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return shown(value) if isinstance(value, str) else str(value)  # a date: ISO
