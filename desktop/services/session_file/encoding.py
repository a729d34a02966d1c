"""The first line of defence of import: from bytes to a JSON value, and the file's header.

Refused here, each with one sentence and before any field is looked at: an empty file, one
over ``MAX_FILE_BYTES``, bytes that are not UTF-8, arrays or objects nested deeper than
``MAX_DEPTH`` (scanned before parsing, so Python's recursion limit never bites), more
objects than a session holds entries (counted in the same scan), JSON that
does not parse (a file cut short is named as such), and a header that is not a session file
this version reads (another format, or a newer version). NaN, Infinity and overlong numbers
are kept as ``Unreadable`` and keys met twice in one object are remembered, so that the next
step names them with their JSON path.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from typing import Any

from desktop.i18n import N_, _
from desktop.services.limits import MAX_ENTRIES, number
from desktop.services.session_file.model import (
    FORMAT,
    FORMAT_VERSION,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    refuse,
)
from desktop.services.text_rules import escaped

_STRINGS = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]++")
_PAIRS = re.compile(r"\[\]|\{\}")
_MB = 1024 * 1024
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._()/-]{0,39}")


# ---------------------------------------------------------------------- bytes and JSON
class JsonObject(dict[str, Any]):
    """A JSON object that remembers the keys it met more than once."""

    duplicates: tuple[str, ...] = ()  # set on the rare object that has some


class Unreadable:
    """A JSON value no field accepts (NaN, Infinity, a number too long): kept to be named."""

    def __init__(self, text: str) -> None:
        self.text = text


def _object(pairs: list[tuple[str, Any]]) -> JsonObject:
    obj = JsonObject(pairs)
    if len(obj) != len(pairs):
        counts = Counter(key for key, _ in pairs)
        obj.duplicates = tuple(key for key, n in counts.items() if n > 1)
    return obj


def _number(text: str) -> float | Unreadable:
    value = float(text)
    return value if math.isfinite(value) else Unreadable(text)


def _integer(text: str) -> int | Unreadable:
    return int(text) if len(text) <= 18 else Unreadable(text)


def check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise refuse(
            _(
                "The file is {size} MB; a session file is at most {limit} MB, so this is not "
                "one (or it is damaged)."
            ).format(size=f"{size / _MB:.1f}", limit=MAX_FILE_BYTES // _MB)
        )


def decode(data: bytes) -> object:
    """The JSON value in ``data``, refusing what is not a sound, reasonably small document."""
    check_size(len(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise refuse(
            _(
                "The file is not UTF-8 text: the byte {byte} on line {line} cannot be read. "
                "Session files are written in UTF-8; was this one saved in another encoding?"
            ).format(byte=f"0x{data[error.start]:02x}", line=line)
        ) from None
    text = text.removeprefix("\ufeff")  # a byte order mark some editors add
    if not text.strip():
        raise refuse(_("The file is empty; a session file holds a JSON object. Export it again."))
    _check_top_level(text)
    _check_depth(text)
    try:
        return json.loads(
            text,
            object_pairs_hook=_object,
            parse_constant=Unreadable,
            parse_float=_number,
            parse_int=_integer,
        )
    except json.JSONDecodeError as error:
        # An unterminated string runs to the end of the file: cut short as well.
        if error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string"):
            raise refuse(
                _(
                    "The file ends in the middle of its JSON (line {line}): it looks cut "
                    "short, e.g. by an interrupted copy. Export the session again."
                ).format(line=error.lineno)
            ) from None
        raise refuse(
            _("The file is not valid JSON: {problem} at line {line}, column {column}.").format(
                problem=error.msg.lower(), line=error.lineno, column=error.colno
            )
        ) from None
    except (RecursionError, ValueError):
        raise refuse(
            _("The file is not valid JSON; it cannot be read as a session file.")
        ) from None


_TOP_LEVEL = {"[": N_("an array"), '"': N_("text"), "t": "true", "f": "false", "n": "null"}


def _check_top_level(text: str) -> None:
    """Refuse, without parsing it, a document that is not an object."""
    first = text.lstrip()[:1]
    found = _TOP_LEVEL.get(first, N_("a number") if first in "-0123456789" else "")
    if found:
        raise refuse(_not_an_object(_(found)))


def _not_an_object(found: str) -> str:
    return _(
        "The file holds {found} at the top level; a session file is a JSON object that "
        "starts with {start}."
    ).format(found=found, start=f'{{"format": "{FORMAT}", …}}')


def _check_depth(text: str) -> None:
    """Refuse arrays and objects nested deeper than ``MAX_DEPTH``, without recursion.

    Strings aside, only the brackets count. Each pass removes the innermost pairs ("[]" and
    "{}"), so ``MAX_DEPTH`` passes remove everything nested no deeper than that: a pair left
    over means deeper nesting. What remains besides is unclosed (the file is cut short), and
    a short walk over it refuses a deep run of openers too.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    _check_objects(brackets.count("{"))
    for _pass in range(MAX_DEPTH):
        shorter = _PAIRS.sub("", brackets)
        if len(shorter) == len(brackets):
            break
        brackets = shorter
    depth, deep = 0, bool(_PAIRS.search(brackets))
    for char in brackets:
        if deep or depth < 0:
            break
        depth += 1 if char in "[{" else -1
        deep = depth > MAX_DEPTH
    if deep:
        raise refuse(
            _(
                "The file nests arrays or objects more than {depth} levels deep; a session "
                "file needs 8 at most, so this is not one."
            ).format(depth=MAX_DEPTH)
        )


def _check_objects(objects: int) -> None:
    """Refuse, before parsing, a file with more objects than a session holds entries (and
    the three objects besides: the top level, ``exported_by`` and ``session``): a file of a
    million empty objects would take seconds and hundreds of megabytes to parse."""
    entries = objects - 3
    if entries > MAX_ENTRIES:
        raise refuse(
            _(
                "The file holds {count} objects, more than the {limit} entries a session "
                "holds (agenda items, positions, letters, declarations, turns…), so it was "
                "not read further."
            ).format(count=number(objects), limit=number(MAX_ENTRIES))
        )


# ---------------------------------------------------------------------- the header
def check_header(doc: object) -> None:
    """Refuse, with one sentence, what is not a session file this version can read."""
    if not isinstance(doc, dict):
        raise refuse(_not_an_object(describe(doc)))
    if doc.get("format") != FORMAT:
        if "format" in doc:
            sentence = _(
                "This is not a Tour de Table session file: its format is {found}, not {format}."
            ).format(found=quote(doc["format"]), format=quote(FORMAT))
        else:
            sentence = _(
                "This is not a Tour de Table session file: it has no format, not {format}."
            ).format(format=quote(FORMAT))
        raise refuse(sentence)
    version = doc.get("format_version")
    if "format_version" not in doc:
        raise refuse(
            _(
                "format_version: the field is missing; a session file says which format "
                "version it follows."
            )
        )
    if not isinstance(version, int) or isinstance(version, bool):
        raise refuse(
            _("format_version: expected a whole number like {example}, found {found}.").format(
                example=FORMAT_VERSION, found=describe(version)
            )
        )
    if version > FORMAT_VERSION:
        raise refuse(
            _(
                "This file was written by a newer version of Tour de Table (format "
                "{version}); this version reads format {known}. Install the newer version."
            ).format(version=version, known=FORMAT_VERSION)
        )
    if version < 1:
        raise refuse(
            _("format_version: {version} is not a format version; the first is 1.").format(
                version=version
            )
        )


# ---------------------------------------------------------------------- words for values
def describe(value: object) -> str:  # noqa: PLR0911 — one answer per JSON type
    """A JSON value as a noun phrase: "the number 3", "an array"."""
    if isinstance(value, Unreadable):
        return _("{text}, which no field takes (JSON has no NaN or Infinity)").format(
            text=value.text[:20]
        )
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _("the number {value}").format(value=value)
    if isinstance(value, str):
        return _("the text {value}").format(value=quote(value))
    if isinstance(value, list):
        return _("an array")
    return _("an object")


def quote(value: object, limit: int = 40) -> str:
    """``value`` in double quotes, cut to ``limit``, control characters escaped."""
    text = value if isinstance(value, str) else str(value)
    shown = escaped(json.dumps(text[:limit], ensure_ascii=False))
    shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates
    return shown[:-1] + '…"' if len(text) > limit else shown


def name(code: str) -> str:
    """A delegation's code as prose shows it: bare when plain, quoted otherwise."""
    return code if _PLAIN.fullmatch(code) else quote(code)


def child(path: str, key: str) -> str:
    """The JSON path of ``key`` in the object at ``path``: ``session.date``, ``x["a b"]``."""
    if len(key) <= 40 and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
        return f"{path}.{key}" if path else key
    return f"{path}[{quote(key)}]"
