"""What the chair reads in the tour de table, in large type: whose turn it is and the clock,
then who is still to speak and who has spoken (with what they said).

Display only: the tour view hands it delegations, entries and the turn; it calls nothing.
Sizes scale from the window's font, so the board reads from a few metres on a projected
screen and still fits a laptop.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.positions import Position
from desktop.services.dto import Delegation, PositionEntry
from desktop.ui import marks
from desktop.ui.labels import capitalised, shown, ui_language
from desktop.ui.session.speaking_clock import SpeakingClock

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
TURN_MARK = "▶"
STATEMENT_MARK = marks.STATEMENT_MARK  # as in the grid's cells: there is a statement
MIN_ROWS = 3  # a list of the board shows at least this many rows (or all it has)


@dataclass(frozen=True, slots=True)
class Row:
    """A delegation in the tour: its position on the item, if stated."""

    delegation: Delegation
    entry: PositionEntry | None

    @property
    def position(self) -> Position:
        return self.entry.position if self.entry else Position.NOT_STATED


def _scaled(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    out = QFont(font)
    out.setPointSizeF(font.pointSizeF() * factor)
    out.setBold(bold)
    return out


class _Roster(QListWidget):
    """A list that fills its rows left to right, then wraps to the next row, and scrolls
    down (never sideways: a row cut off at the side is a delegation nobody sees).

    It asks the layout for all its rows, and will not take fewer than ``MIN_ROWS`` of them
    (or all, when it has fewer): each list of the board shows its rows without scrolling
    whenever the board has the room."""

    reflowed = Signal()  # the number of rows it needs changed (a new width, new entries)

    def __init__(self, parent: QWidget, font: QFont, name: str) -> None:
        super().__init__(parent)
        self.setFont(font)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the tour view
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._rows = 0

    def columns(self) -> int:
        """How many entries a row holds at the list's width (a scroll bar's room kept)."""
        cell = self.gridSize().width()
        if cell <= 0:
            return 1
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return max(1, (self.width() - 2 * self.frameWidth() - bar) // cell)

    def rows(self) -> int:
        """The rows its entries take at its width."""
        return math.ceil(self.count() / self.columns())

    def row_height(self) -> int:
        return max(1, self.gridSize().height())

    def _height(self, rows: int) -> int:
        return rows * self.row_height() + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(max(1, self.rows())))

    def minimumSizeHint(self) -> QSize:
        rows = max(1, min(self.rows(), MIN_ROWS))
        return QSize(super().minimumSizeHint().width(), self._height(rows))

    def reflow(self) -> None:
        """Entries or width changed: tell the layout when the rows needed did."""
        rows = self.rows()
        if rows != self._rows:
            self._rows = rows
            self.updateGeometry()
            self.reflowed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.reflow()


class TourBoard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        base = self.font()
        self.caption = QLabel(self.tr("Turn"), self)
        self.caption.setFont(_scaled(base, 1.5))
        self.name = QLabel(self)
        self.name.setFont(_scaled(base, 3.6, bold=True))
        self.name.setAccessibleName(self.tr("Delegation whose turn it is"))
        self.name.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setFont(_scaled(base, 1.8))
        self.detail.setWordWrap(True)
        self.clock = SpeakingClock(self, scale=4.2)
        self.consensus = QLabel(self)
        self.consensus.setFont(_scaled(base, 1.5, bold=True))

        list_font = _scaled(base, 2.1)
        self._icon = QSize(int(list_font.pointSizeF()), int(list_font.pointSizeF()))
        self.to_speak_label = QLabel(self)
        self.to_speak_label.setWordWrap(True)
        self.to_speak_label.setFont(_scaled(base, 1.5, bold=True))
        self.to_speak = _Roster(self, list_font, self.tr("Still to speak"))
        self.spoken_label = QLabel(self)
        self.spoken_label.setFont(_scaled(base, 1.5, bold=True))
        self.spoken = _Roster(self, list_font, self.tr("Has spoken"))
        for roster in (self.to_speak, self.spoken):
            roster.setIconSize(self._icon)
            roster.reflowed.connect(self._share_room)

        banner = QFrame(self)
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        top = QGridLayout(banner)
        top.setContentsMargins(16, 8, 16, 8)
        top.addWidget(self.caption, 0, 0)
        top.addWidget(self.consensus, 0, 1, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.name, 1, 0)
        top.addWidget(self.clock, 1, 1, 2, 1, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.detail, 2, 0)
        top.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(banner)
        layout.addWidget(self.to_speak_label)
        layout.addWidget(self.to_speak, 3)
        layout.addWidget(self.spoken_label)
        layout.addWidget(self.spoken, 2)

    # ------------------------------------------------------------------ contents
    def show_turn(self, row: Row | None, otherwise: str) -> None:
        """Show whose turn it is; ``otherwise`` says why nobody's, when nobody's."""
        if row is None:
            self.name.setText(otherwise)
            self.detail.setText("")
            return
        language = ui_language()
        self.name.setText(f"{row.delegation.name(language)}  ({row.delegation.code})")
        if row.position is Position.NOT_STATED:
            detail = self.tr("No position yet")
        else:
            detail = f"{row.position.letter} · {capitalised(row.position.label)}"
        if row.entry is not None and row.entry.text:
            detail += f" {STATEMENT_MARK} {_short(row.entry.text)}"
        self.detail.setText(detail)

    def show_rows(
        self,
        to_speak: Sequence[Row],
        spoken: Sequence[Row],
        turn: str | None,
        absent: Sequence[str] = (),
    ) -> None:
        """The two lists; ``absent``: members not in the room who have not stated."""
        heading = self.tr("Still to speak: %n", "", len(to_speak))
        if absent:
            heading += " · " + self.tr("absent: %1").replace("%1", ", ".join(absent))
        self.to_speak_label.setText(heading)
        self.spoken_label.setText(self.tr("Has spoken: %n", "", len(spoken)))
        self._fill(self.to_speak, to_speak, turn, spoken=False)
        self._fill(self.spoken, spoken, turn, spoken=True)
        self._share_room()

    def _share_room(self) -> None:
        """The room below the banner: the shorter list shows all its rows if it can, the
        longer one takes the rest; neither shrinks under its least (``MIN_ROWS``)."""
        to_speak, spoken = self.to_speak.rows(), self.spoken.rows()
        self._layout.setStretch(2, 0 if to_speak < spoken else 1)
        self._layout.setStretch(4, 0 if spoken < to_speak else 1)

    def _fill(
        self, roster: _Roster, rows: Sequence[Row], turn: str | None, *, spoken: bool
    ) -> None:
        roster.clear()
        language = ui_language()
        for row in rows:
            code = row.delegation.code
            mark = TURN_MARK if code == turn else " "
            text = f"{mark} {code}  {row.delegation.name(language)}"
            item = QListWidgetItem(text, roster)
            item.setData(CODE_ROLE, code)
            if spoken:
                item.setText(f"{mark} {row.position.letter}  {code}  {_said(row)}")
                item.setIcon(marks.effect_icon(row.position.effect, self._icon.width()))
                item.setForeground(marks.ink(row.position.effect, self.palette()))
                tip = f"{row.delegation.name(language)}: {shown(row.position.label)}"
                if row.entry is not None and row.entry.text:
                    tip += f"\n{row.entry.text}"
                item.setToolTip(tip)
            if code == turn:
                roster.setCurrentItem(item)
                font = QFont(roster.font())
                font.setBold(True)
                item.setFont(font)
        _fit_columns(roster)
        roster.reflow()
        if roster.currentItem() is not None:
            roster.scrollToItem(roster.currentItem())
        else:
            roster.clearSelection()


def _fit_columns(roster: QListWidget) -> None:
    """Columns as wide as the widest entry, so that nothing is cut short (the turn's entry
    in bold, as it is shown), with room for an icon where the entries have one."""
    plain = roster.fontMetrics()
    font = QFont(roster.font())
    font.setBold(True)
    bold = QFontMetrics(font)
    widest, icon = 0, 0
    for row in range(roster.count()):
        item = roster.item(row)
        metrics = bold if item.font().bold() else plain
        widest = max(widest, metrics.horizontalAdvance(item.text()))
        if not item.icon().isNull():
            icon = roster.iconSize().width() + 8
    roster.setGridSize(QSize(widest + icon + plain.averageCharWidth() * 2, plain.height() + 8))


def _said(row: Row) -> str:
    """A spoken row's words: the position, and the statement mark when there is one."""
    text = shown(row.position.label)
    if row.entry is not None and row.entry.text:
        text += f" {STATEMENT_MARK}"
    return text


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
