"""What a one-line field, a delegation's code and a session's reference may hold: the rules
the services apply to what is typed and import applies to what a file brings, so that the
app never stores what it could not give back.

- A **one-line field** (a title, a name, a place, a reference…: every text with a column
  size) holds no control character: no line break, tab, escape (ESC, which a terminal takes
  for a command), NUL, no C1 control (U+0080 to U+009F), no line or paragraph separator
  (U+2028, U+2029). Texts of several lines (statements, summaries, decisions) may hold line
  breaks and are kept as typed.
- A **delegation's code** is letters and digits, with ``-``, ``_`` or ``.`` inside: ``FRA``,
  ``EU``, ``IS``, ``KFOR-HQ``. Not ``A\\nB``, not ``../../etc``, not ``EU DEL``.
- A **reference** (the summary record's, e.g. ``C-R(2026)0042``) identifies its session in
  every list and on the command line, so two references that look the same must be the
  same: none has spaces around it, none is only spaces, and none holds an invisible
  character (a control or format character such as U+200B ZERO WIDTH SPACE or U+202E).
"""

from __future__ import annotations

import re
import unicodedata

from desktop.i18n import N_

# C0 and C1 controls, DEL, and the two Unicode line separators.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
CODE = re.compile(r"[^\W_][\w.\-]*")
# What JSON leaves as it is but a terminal obeys or a reader cannot see: C1 controls, the
# line separators, and the bidirectional embeddings, overrides and isolates.
_UNSEEN = re.compile("[\x80-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

NOT_A_CODE = N_(
    "{code} is not a delegation's code; a code is letters and digits, with - _ or . "
    "inside, such as UKR, EU or IS."
)


def codepoint(char: str) -> str:
    """``U+001B``: a character named by its number (it may be invisible)."""
    return f"U+{ord(char):04X}"


def control_in(text: str) -> str | None:
    """The first control character in ``text`` as ``U+001B``, or None."""
    found = CONTROL.search(text)
    return codepoint(found.group()) if found else None


def is_code(text: str) -> bool:
    """Whether ``text`` is a delegation's code (its length is the column's business)."""
    return CODE.fullmatch(text) is not None


def invisible_in(text: str) -> str | None:
    """The first control or format character (category Cc or Cf: U+200B, U+202E, U+FEFF…)
    or line separator in ``text``, as ``U+200B``, or None."""
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            return codepoint(char)
    return None


def escaped(text: str) -> str:
    """``text`` (already JSON-quoted, which escapes the C0 controls) with what JSON leaves
    as it is but a terminal would obey or a reader could not see escaped as well: C1
    controls, line separators, bidirectional overrides (``\\u202e``)."""
    return _UNSEEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def one_line(text: str) -> str:
    """``text`` shown on one line of a terminal or a list: control characters (a line
    break, an escape) and what ``escaped`` escapes written as ``\\u001b``."""
    return escaped(CONTROL.sub(lambda m: _SHORT.get(m.group(), f"\\u{ord(m.group()):04x}"), text))


_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
