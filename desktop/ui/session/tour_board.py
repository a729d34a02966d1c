"""What the chair reads in the tour de table, in large type: whose turn it is and the clock,
then who is still to speak and who has spoken (with what they said).

Display only: the tour view hands it delegations, entries and the turn; it calls nothing.
Sizes scale from the window's font, so the board reads from a few metres on a projected
screen and still fits a laptop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
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
STATEMENT_MARK = "¶"  # the grid's folded corner, in words: there is a statement


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
    """A list that fills its columns top to bottom, then wraps to the next column."""

    def __init__(self, parent: QWidget, font: QFont, name: str) -> None:
        super().__init__(parent)
        self.setFont(font)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the tour view
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QFrame.Shape.NoFrame)


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
        # The longer list gets the room; neither shrinks to nothing.
        self._layout.setStretch(2, max(len(to_speak), 4))
        self._layout.setStretch(4, max(len(spoken), 4))
        self._fill(self.to_speak, to_speak, turn, spoken=False)
        self._fill(self.spoken, spoken, turn, spoken=True)

    def _fill(
        self, roster: QListWidget, rows: Sequence[Row], turn: str | None, *, spoken: bool
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
        if roster.currentItem() is not None:
            roster.scrollToItem(roster.currentItem())
        else:
            roster.clearSelection()


def _fit_columns(roster: QListWidget) -> None:
    """Columns as wide as the widest entry, so that nothing is cut short."""
    metrics = roster.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(roster.item(i).text()) for i in range(roster.count())),
        default=0,
    )
    icon = roster.iconSize().width() + 8
    roster.setGridSize(QSize(widest + icon + metrics.averageCharWidth() * 3, metrics.height() + 8))


def _said(row: Row) -> str:
    """A spoken row's words: the position, and the statement mark when there is one."""
    text = shown(row.position.label)
    if row.entry is not None and row.entry.text:
        text += f" {STATEMENT_MARK}"
    return text


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
