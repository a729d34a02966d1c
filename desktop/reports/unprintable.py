"""What the minutes cannot print, said before a delegate finds it: the export's warnings.

Every character of the record is drawn from a face that has it (``glyphs``); one that no
face has (a private-use character, a code point Unicode has not assigned, an emoji newer
than the fallback font) is printed as its code, ``[U+E000]``, never as an empty box. The
export names each such character and where it is (which item, whose statement), in the
sentences ``unprintable`` returns, for the command line and the window to show: the record
may need the text corrected before it goes to delegations.

The record is walked as data: every text of it, in the version the minutes print
(``shown``, for the texts kept in both languages), with the place a reader would look for it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from desktop.domain.labels import Label
from desktop.domain.minutes import ItemRecord, Minutes, PositionRecord
from desktop.i18n import N_, _, joined, ngettext
from desktop.i18n import language as ui_language
from desktop.reports import glyphs
from desktop.reports.markup import clean

# Where a text is: a place's words (marked for translation, translated when a warning is
# written), the item's number and the delegation's code where the words name them.
Where = tuple[str, int, str]

HEADING = N_("The heading of the minutes")
ATTENDANCE = N_("Attendance, {delegation}")
ITEM = N_("Item {number}")
STATEMENT = N_("Item {number}, statement by {delegation}")
INTERVENTION = N_("Item {number}, intervention by {delegation}")
LETTER = N_("Item {number}, letter from {delegation}")


def unprintable(data: Minutes, language: str) -> list[str]:
    """One sentence for each place of the minutes in ``language`` holding characters no
    font of the minutes has, naming them (in the interface's language): empty when every
    character prints."""
    found: dict[Where, dict[str, None]] = {}  # place: its characters, in order, once each

    def note(where: Where, text: str) -> None:
        if text.isascii():  # (every ASCII character prints, or is not printed at all)
            return
        for char in glyphs.unknown(clean(text).replace("\n", " ")):  # as printed
            found.setdefault(where, {})[char] = None

    for text in _texts((data.reference, data.place, data.chair, data.committee_name), language):
        note((HEADING, 0, ""), text)
    for attendee in data.attendees:
        for text in _texts((attendee.name, attendee.head_of_delegation), language):
            note((ATTENDANCE, 0, attendee.code), text)
    for item in data.items:
        for where, text in _item_texts(item, language):
            note(where, text)
    return [_sentence(_place(data, where), list(chars)) for where, chars in found.items()]


def _place(data: Minutes, where: Where) -> str:
    """'Item 3, statement by France', in the interface's language."""
    words, number, code = where
    attendee = data.attendee(code) if code else None
    delegation = attendee.name(ui_language()) if attendee is not None else code
    return _(words).format(number=number, delegation=delegation)


def describe(char: str) -> str:
    """'U+1F973 FACE WITH PARTY HORN AND PARTY HAT', 'U+E000 (private use)'."""
    name = unicodedata.name(char, "")
    if name:
        return f"{glyphs.code(char)} {name}"
    category = unicodedata.category(char)
    if category == "Co":
        return f"{glyphs.code(char)} ({_('private use')})"
    if category == "Cn":
        return f"{glyphs.code(char)} ({_('unassigned')})"
    return glyphs.code(char)


def _sentence(place: str, chars: list[str]) -> str:
    return ngettext(
        "{place}: {characters} cannot be printed, as no font of the minutes has it; the "
        "minutes show its code instead.",
        "{place}: {characters} cannot be printed, as no font of the minutes has them; the "
        "minutes show their codes instead.",
        len(chars),
    ).format(place=place, characters=joined([describe(c) for c in chars]))


def _item_texts(item: ItemRecord, language: str) -> Iterator[tuple[Where, str]]:
    """(where, text) for every text of an item: its own (title, summary, documents,
    decision, silence particulars, action items) and what each delegation said or wrote."""
    number = item.number
    said: list[Any] = []  # statements, interventions, letters: each at its own place
    for name in ("positions", "interventions"):
        said += getattr(item, name, ())
    for silence in getattr(item, "silence", ()):
        said += [e for e in silence.procedure.events if hasattr(e, "delegation")]
    for value in said:
        if isinstance(value, PositionRecord):
            words = STATEMENT
        elif hasattr(value, "spoken_at"):
            words = INTERVENTION
        else:
            words = LETTER
        for text in _texts(value, language):
            yield (words, number, value.delegation), text
    others = [
        getattr(item, f.name)
        for f in fields(item)
        if f.name not in ("positions", "interventions", "speakers")
    ]
    for text in _texts(others, language, skip=said):
        yield (ITEM, number, ""), text


def _texts(value: Any, language: str, skip: list[Any] | None = None) -> Iterator[str]:
    """Every text in ``value`` (a string, a tree of dataclasses, tuples and lists), as the
    minutes in ``language`` print it; what ``skip`` holds is left out (found elsewhere)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, _PLAIN) or (skip and any(value is s for s in skip)):
        return
    elif isinstance(value, Label):
        yield value(language)
    elif callable(getattr(value, "shown", None)):  # a text kept in both languages
        shown = value.shown(language)
        yield shown[0] if isinstance(shown, tuple) else str(shown)
    elif isinstance(value, tuple | list):
        for part in value:
            yield from _texts(part, language, skip)
    elif is_dataclass(value) and not isinstance(value, type):
        for name in _field_names(type(value)):
            yield from _texts(getattr(value, name), language, skip)


_PLAIN = (int, float, Enum, date, frozenset, type(None))  # no text in these


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))
