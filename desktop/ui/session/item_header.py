"""The position grid's item header: each section says, on two lines, the item's number and
title, and where the item stands.

The number and the state are never cut: a section is at least as wide as they need (in
bold, the current item's header is bold), and only the title is elided, at the end; the
tooltip has it whole. When the items are few the sections share the room the view has
(up to ``WIDEST``), so a short agenda does not leave most of the grid empty; when they are
many, each keeps the width it needs and the grid scrolls.

Widths go up in steps of ``STEP`` pixels: the cells' delegate draws each look once per
width (``PositionDelegate``), and a few widths keep that to a few dozen pictures.

An item's state changing repaints its own section only (``PositionGrid._repaint_header``);
the sections are laid out again only when the new state no longer fits (``fit_section``).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyleOptionHeaderV2,
    QWidget,
)

from desktop.ui.models.grid import ITEM_ID_ROLE

NARROWEST = 140  # a section's least width: a cell's letter, shape and marks
WIDEST = 300  # sections share the room up to this width; wider cells read badly
STEP = 20  # widths go up in steps: fewer widths, fewer cell pictures to draw
ELLIPSIS = "…"


def heading_lines(text: str) -> tuple[str, str, str]:
    """A header's text, "N. title\\nstate", as (number part "N. ", title, state)."""
    first, _, state = text.partition("\n")
    number, dot, title = first.partition(". ")
    if not dot:
        return "", first, state
    return number + dot, title, state


class ItemHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # the title is elided here
        self.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setDefaultSectionSize(NARROWEST)
        self.setMinimumSectionSize(NARROWEST // 2)
        self._needs: dict[int, int] = {}  # by section: the width its number and state need
        self._chosen: dict[int, int] = {}  # by item id: a width the operator dragged
        self._fitting = False
        self._chrome: int | None = None
        self.sectionResized.connect(self._resized)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self.fit)

    # ------------------------------------------------------------------ measures
    def _bold(self) -> QFontMetrics:
        font = QFont(self.font())
        font.setBold(True)
        return QFontMetrics(font)

    def chrome(self) -> int:
        """The width of a section that is not its text: the style's margins and the icon."""
        if self._chrome is not None:
            return self._chrome
        option = QStyleOptionHeaderV2()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 400, 40)
        label = self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, self)
        self._chrome = option.rect.width() - label.width() + icon + 2
        return self._chrome

    def text_width(self, section: int) -> int:
        """The width the section's text has to be drawn in."""
        return self.sectionSize(section) - self.chrome()

    def _text(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, Qt.Orientation.Horizontal)
        return value if isinstance(value, str) else ""

    def needed_width(self, section: int) -> int:
        """The least width that shows the section's number and state whole (in bold), in
        steps of ``STEP``, and never under ``NARROWEST``."""
        need = self._needs.get(section)
        if need is None:
            number, _title, state = heading_lines(self._text(section))
            metrics = self._bold()
            text = max(
                metrics.horizontalAdvance(number + ELLIPSIS), metrics.horizontalAdvance(state)
            )
            need = max(NARROWEST, math.ceil((text + self.chrome() + 2) / STEP) * STEP)
            self._needs[section] = need
        return need

    def sectionSizeFromContents(self, section: int) -> QSize:
        size = super().sectionSizeFromContents(section)  # its height: two lines
        return QSize(self.needed_width(section), size.height())

    # ------------------------------------------------------------------ widths
    def fit(self) -> None:
        """Give each section the width its number and state need (or the width the operator
        gave it), then share what room is left among them, up to ``WIDEST``."""
        self._refit.stop()
        model = self.model()
        count = self.count()
        if model is None or not count:
            return
        widths = []
        free = []
        for section in range(count):
            need = self.needed_width(section)
            chosen = self._chosen.get(model.headerData(section, self.orientation(), ITEM_ID_ROLE))
            widths.append(max(need, chosen or 0))
            if chosen is None:
                free.append(section)
        room = self.width() - sum(widths)
        while room >= STEP and free:  # in steps, the narrowest first
            free.sort(key=lambda s: widths[s])
            section = free[0]
            if widths[section] + STEP > WIDEST:
                break
            widths[section] += STEP
            room -= STEP
        self._fitting = True
        try:
            for section, width in enumerate(widths):
                if self.sectionSize(section) != width:
                    self.resizeSection(section, width)
        finally:
            self._fitting = False

    def fit_section(self, section: int) -> None:
        """The section's state changed: lay the sections out again only if it no longer
        fits (else repainting the section is all there is to do)."""
        self._needs.pop(section, None)
        if self.needed_width(section) > self.sectionSize(section):
            self.fit()

    def reset_widths(self) -> None:
        """New items (a session opened, the agenda changed): measure again."""
        self._needs.clear()
        self.fit()

    def _resized(self, section: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        model = self.model()
        if model is None:
            return
        item_id = model.headerData(section, self.orientation(), ITEM_ID_ROLE)
        self._chosen[item_id] = new
        if new < self.needed_width(section):
            self._refit.start(0)  # too narrow for its state: back to what it needs

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._chrome = None
            self.reset_widths()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    # ------------------------------------------------------------------ paint
    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeaderV2()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, section)
        option.rect = rect
        number, title, state = heading_lines(option.text)
        font = QFont(self.font())
        font.setBold(bool(option.state & QStyle.StateFlag.State_On))  # as the style draws
        metrics = QFontMetrics(font)
        room = rect.width() - self.chrome() - metrics.horizontalAdvance(number)
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(0, room))
        option.text = f"{number}{shown}\n{state}"
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
