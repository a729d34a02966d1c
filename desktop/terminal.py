"""What the command line prints goes through here: nothing read from a database or a file
reaches the terminal raw.

A text may hold characters a terminal obeys instead of showing: an escape (ESC, which
starts a command that can clear the screen, move the cursor or retitle the window), a
carriage return or a line break (which can draw a row that is not there), the C1 controls,
and the bidirectional overrides (which show a text backwards). ``printable`` writes each as
``\\u001b``; ``printable_output`` does so for everything a command prints, its sentences
included. Line breaks and tabs between lines stay as they are: the command's own layout.

No Qt and no services here: ``--help`` and ``--version`` must stay light.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

# C0 controls but the line break and the tab, DEL, C1 controls, the line separators, the
# bidirectional embeddings, overrides and isolates.
_OBEYED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every character a terminal would obey written as ``\\u001b``."""
    return _OBEYED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class PrintableStream:
    """A text stream that writes ``printable`` text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def printable_output() -> Iterator[None]:
    """Within the block, ``sys.stdout`` and ``sys.stderr`` print only ``printable`` text."""
    out: Any = PrintableStream(sys.stdout)
    err: Any = PrintableStream(sys.stderr)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield
