"""The paragraph every record is written in: platypus's, laid out once per width.

Platypus asks a paragraph for its size many times at the same width: a table measuring its
rows (again for each page it is tried on), ``KeepTogether`` measuring its group, the frame
placing it, and a table drawing a cell that holds a list. Each time, reportlab breaks the
lines again (about 40 % of the layout's time before this class). Here a paragraph keeps
its last layout and gives it back while the width is the same (the layout depends on the
width alone); a different width lays it out afresh.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph as _PlatypusParagraph

from desktop.reports import rl_adapter


class Paragraph(_PlatypusParagraph):  # type: ignore[misc]
    _laid_out_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availWidth == self._laid_out_at:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        # (a width too narrow for any text is answered without a layout: not kept)
        self._laid_out_at = availWidth if getattr(self, "width", None) == availWidth else None
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        """The parts of a paragraph broken across pages (new paragraphs, laid out afresh);
        a heading's bookmark goes with its first part."""
        parts: list[Any] = super().split(availWidth, availHeight)
        if not rl_adapter.has_line_layout(self):  # refused (an orphan line): layout dropped
            self._laid_out_at = None
        found = getattr(self, "_tdt_mark", None)
        if parts and found is not None:
            parts[0]._tdt_mark = found
        return parts
