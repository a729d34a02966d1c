"""The position grid's view: one or two keystrokes per position, no dialog, no mouse.

A letter key sets the position of the current cell and moves the cursor down to the next
delegation present, as the tour de table goes; Backspace (or Delete) takes it back to "not
stated"; Enter opens the statement inline; "/" asks to go to a delegation by code. The cell
paints its letter, a tint and a shape (never colour alone), a pilcrow after the letter when it
carries a statement, and a red frame with a flag when the delegation broke silence on the item.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.domain.positions import Position
from desktop.ui import marks
from desktop.ui.labels import capitalised
from desktop.ui.models.grid import (
    BREAK_ROLE,
    DELEGATION_ROLE,
    ENTRY_ROLE,
    ITEM_ID_ROLE,
    LOOK_ROLE,
    PENDING_ROLE,
    POSITION_ROLE,
    PRESENT_ROLE,
    CellLook,
    GridModel,
)
from desktop.ui.session.item_header import NARROWEST, ItemHeader

Index = QModelIndex | QPersistentModelIndex
STATEMENT_GAP = 5.0  # between the letter and the mark
CELL_WIDTH = NARROWEST  # the least; the item header widens its columns (ItemHeader.fit)
EDITOR_WIDTH = 460


class PositionDelegate(QStyledItemDelegate):
    """Paints a cell; edits its statement in a line edit wider than the cell.

    A cell's paint depends on its ``CellLook`` (position, present, statement, break, not
    saved yet), on whether it has the focus, and on its size, palette and font: each such
    look is drawn once into a pixmap and every cell showing it copies that pixmap. A grid of
    1,280 cells has a few dozen looks, and opening a session paints about 200 cells: each
    is then one ``data()`` call and one ``drawPixmap`` instead of a dozen calls into Python
    and a text layout."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drawn: dict[tuple[object, ...], QPixmap] = {}
        self._font, self._font_key = QFont(), QFont().key()  # comparing is cheaper than key()
        self.drawings = 0  # looks drawn (not copied): for the tests

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        look = index.data(LOOK_ROLE)
        if not isinstance(look, CellLook):  # another model: what its roles say
            look = _look_from_roles(index)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        font: QFont = option.font
        focused = bool(option.state & _FOCUS_STATES)
        ratio = painter.device().devicePixelRatioF()
        if font != self._font:
            self._font, self._font_key = QFont(font), font.key()
        key = (
            look,
            focused,
            rect.width(),
            rect.height(),
            ratio,
            palette.cacheKey(),
            palette.currentColorGroup(),
            self._font_key,
        )
        pixmap = self._drawn.get(key)
        if pixmap is None:
            if len(self._drawn) >= _LOOKS_KEPT:
                self._drawn.clear()  # the palette, font or sizes changed: start afresh
            pixmap = self._drawn[key] = self._draw(
                look, focused, cell=rect, ratio=ratio, palette=palette, font=font
            )
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _draw(
        self,
        look: CellLook,
        focused: bool,
        *,
        cell: QRect,
        ratio: float,
        palette: QPalette,
        font: QFont,
    ) -> QPixmap:
        """A cell of ``look``, drawn on a transparent pixmap of the cell's size."""
        self.drawings += 1
        pixmap = QPixmap(
            max(1, math.ceil(cell.width() * ratio)), max(1, math.ceil(cell.height() * ratio))
        )
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            rect = QRectF(0, 0, cell.width(), cell.height())
            self._paint_look(painter, rect, look, focused=focused, palette=palette, font=font)
        finally:
            painter.end()
        return pixmap

    def _paint_look(
        self,
        painter: QPainter,
        rect: QRectF,
        look: CellLook,
        *,
        focused: bool,
        palette: QPalette,
        font: QFont,
    ) -> None:
        position = look.position
        fill = marks.tint(position, palette)
        if fill is not None:
            painter.fillRect(rect.adjusted(1, 1, -1, -1), fill)
        effect = position.effect
        colour = marks.letter_colour(position, palette)
        if position is not Position.NOT_STATED:
            side = min(rect.height() - 10, 14.0)
            shape = QRectF(rect.left() + 8, rect.center().y() - side / 2, side, side)
            marks.draw_shape(painter, shape, effect, colour)
        font = QFont(font)
        font.setBold(position is not Position.NOT_STATED)
        font.setItalic(not look.present)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, position.letter)
        if look.statement:
            self._statement_mark(painter, rect, position.letter, colour, font)
        if look.broke:
            self._break_mark(painter, rect, palette)
        if look.slow:
            self._pending_mark(painter, rect, colour)
        if focused:
            outer, inner = marks.focus_colours(palette)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(outer, 2.5))
            painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
            painter.setPen(QPen(inner, 1))  # shows on every tint, whatever the highlight
            painter.drawRect(rect.adjusted(3.5, 3.5, -3.5, -3.5))

    @staticmethod
    def _statement_mark(
        painter: QPainter, rect: QRectF, letter: str, colour: QColor, font: QFont
    ) -> None:
        """A pilcrow after the letter, in the letter's ink and weight: there is a statement
        for the record ("S ¶"), seen at a glance, as the tour de table shows it."""
        metrics = QFontMetricsF(font)
        left = rect.center().x() + metrics.horizontalAdvance(letter) / 2 + STATEMENT_GAP
        width = metrics.horizontalAdvance(marks.STATEMENT_MARK) + 2
        mark = QRectF(left, rect.top(), width, rect.height())
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(mark, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         marks.STATEMENT_MARK)  # fmt: skip

    @staticmethod
    def _break_mark(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        """A red frame and a flag, bottom right: this delegation broke silence."""
        red = marks.break_colour(palette)
        painter.setPen(QPen(red, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(2, 2, -2, -2))
        pole_x = rect.right() - 14
        bottom = rect.bottom() - 4
        top = bottom - 12
        painter.drawLine(QPointF(pole_x, top), QPointF(pole_x, bottom))
        flag = QPainterPath(QPointF(pole_x, top))
        flag.lineTo(QPointF(pole_x + 8, top + 3))
        flag.lineTo(QPointF(pole_x, top + 6))
        flag.closeSubpath()
        painter.fillPath(flag, red)

    @staticmethod
    def _pending_mark(painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """A dotted line under the letter: keyed, not stored yet (after ``SLOW_MS``)."""
        pen = QPen(colour, 1.5, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        y = rect.center().y() + 9
        painter.drawLine(QPointF(rect.center().x() - 10, y), QPointF(rect.center().x() + 10, y))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(CELL_WIDTH, max(hint.height() + 8, 26))

    # ------------------------------------------------------------------ editing
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(
            self.tr("Statement for the record — Enter to save, Esc to cancel")
        )
        editor.setAccessibleName(
            self.tr("Statement of %1").replace("%1", index.data(DELEGATION_ROLE))
        )
        editor.setFrame(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        cell: QRect = option.rect
        parent = editor.parentWidget()
        width = max(cell.width(), EDITOR_WIDTH)
        left = cell.left()
        if parent is not None and left + width > parent.width():
            left = max(0, parent.width() - width)
        editor.setGeometry(left, cell.top(), width, max(cell.height(), editor.sizeHint().height()))


BURST_GAP_S = 0.15  # keys closer than this are typing, not positions called out in a room
BURST_MIN = 3  # a burst this long, with a letter that logs nothing, is text

_FOCUS_STATES = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected
_LOOKS_KEPT = 256  # drawn looks kept; a grid shows a few dozen


def _look_from_roles(index: Index) -> CellLook:
    entry = index.data(ENTRY_ROLE)
    return CellLook(
        Position(index.data(POSITION_ROLE)),
        bool(index.data(PRESENT_ROLE)),
        entry is not None and bool(entry.text),
        bool(index.data(BREAK_ROLE)),
        bool(index.data(PENDING_ROLE)),
    )


class PositionGrid(QTableView):
    """Delegations down, items across. Emits what the operator asks for; stores nothing."""

    positionKeyed = Signal(int, str, object)  # item id, delegation, Position
    goToRequested = Signal()  # "/" pressed: ask for a delegation code
    interventionRequested = Signal(int, str)  # item id, delegation: it spoke, no position
    currentItemChanged = Signal(int)  # the item under the cursor (0: none)
    keyboardHeld = Signal(bool)  # the grid holds the keyboard: letters log positions
    # Typing aimed at a text field reached the grid: the cells its letters keyed (to take
    # back, in the order keyed), the text typed, and the cell the burst began on.
    burstTyped = Signal(list, str, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Position grid"))
        self.setItemDelegate(PositionDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.item_header = ItemHeader(self)
        self.setHorizontalHeader(self.item_header)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(28)
        vertical.setHighlightSections(True)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._after_paint: list[Callable[[], None]] = []
        self._burst: list[tuple[str, int, str, bool]] = []  # char, item, delegation, logged
        self._burst_at = 0.0
        # Where keys go while a text opened from the grid has not taken the keyboard yet (a
        # window shows a moment after it is asked for; typing goes on meanwhile).
        self.redirect: QWidget | None = None

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.keyboardHeld.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.keyboardHeld.emit(False)

    def keyboardSearch(self, search: str) -> None:
        """Letters never move the cursor to a row that starts with them (Qt's default): a
        letter that is not a position key does nothing."""

    def after_paint(self, call: Callable[[], None]) -> None:
        """Call ``call`` once, when the viewport has next finished painting."""
        self._after_paint.append(call)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        calls, self._after_paint = self._after_paint, []
        for call in calls:
            call()

    def grid_model(self) -> GridModel:
        model = self.model()
        assert isinstance(model, GridModel)
        return model

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            self.selectionModel().currentChanged.connect(self._current_changed)
            model.modelReset.connect(self._after_reset)
        if isinstance(model, GridModel):
            model.consensusChanged.connect(self._repaint_header)
            model.keyed.connect(self._paint_now)

    def _paint_now(self, index: QModelIndex) -> None:
        """A position was keyed on the cell: paint it now, not at the next turn of the event
        loop, by when the write has started on the worker thread and the paint would wait
        for Python's lock."""
        self.viewport().repaint(self.visualRect(index))

    def _repaint_header(self, column: int) -> None:
        """Repaint one item's header: the header's own slot, not the model's
        ``headerDataChanged``, on which the table would repaint every cell."""
        self.horizontalHeader().headerDataChanged(Qt.Orientation.Horizontal, column, column)
        self.item_header.fit_section(column)  # wider only if the new state needs it

    # ------------------------------------------------------------------ cursor
    def current_item_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(ITEM_ID_ROLE)) if index.isValid() else None

    def go_to(self, item_id: int | None = None, delegation: str | None = None) -> bool:
        """Put the cursor on a cell; either may be left as it is. False if not found."""
        model = self.grid_model()
        current = self.currentIndex()
        row = (
            model.row_of(delegation) if delegation else (current.row() if current.isValid() else 0)
        )
        column = (
            model.column_of(item_id) if item_id else (current.column() if current.isValid() else 0)
        )
        if row is None or column is None:
            return False
        index = model.index(row, column)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentItemChanged.emit(int(current.data(ITEM_ID_ROLE)) if current.isValid() else 0)

    def _after_reset(self) -> None:
        self.item_header.reset_widths()
        if self.model().rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(self.model().index(0, 0))
        self.currentItemChanged.emit(self.current_item_id() or 0)

    def _next_present_row(self, row: int) -> int:
        model = self.grid_model()
        for candidate in range(row + 1, model.rowCount()):
            if model.delegation(candidate).present:
                return candidate
        return row

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        target = self.redirect
        if target is not None and target.isVisible():
            copy = QKeyEvent(
                event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat()
            )
            QApplication.sendEvent(target, copy)
            return
        index = self.currentIndex()
        if self.state() == QAbstractItemView.State.EditingState or not index.isValid():
            super().keyPressEvent(event)
            return
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        commands = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Slash)
        if plain and key in commands:
            self._burst = []  # a command key: what follows is no typing that began before
        elif plain and self._typing(event, index):
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.grid_model().item(index.column())
            shifted = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            if shifted or not item.kind.seeks_consensus:  # it speaks without a position
                self.interventionRequested.emit(item.id, str(index.data(DELEGATION_ROLE)))
            else:
                self.edit(index)
            return
        if plain and event.text() == "/":
            self.goToRequested.emit()
            return
        position = None
        if plain and key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            position = Position.NOT_STATED
        elif plain and event.text():
            position = Position.for_key(event.text())
        if position is None:
            super().keyPressEvent(event)
            return
        self.key_position(index, position)

    def _typing(self, event: QKeyEvent, index: QModelIndex) -> bool:
        """Whether this key ends a burst of typing aimed at a text field: letters faster than
        anyone logs positions (each within ``BURST_GAP_S`` of the one before), at least
        ``BURST_MIN`` of them, one at least no position key. Then the burst is handed over
        (``burstTyped``) to be taken back and offered as text, and the key goes no further.
        """
        char = event.text()
        if not char or not char.isprintable():
            return False
        now = time.monotonic()
        if now - self._burst_at > BURST_GAP_S:
            self._burst = []
        self._burst_at = now
        item_id, code = int(index.data(ITEM_ID_ROLE)), str(index.data(DELEGATION_ROLE))
        keys_position = Position.for_key(char) is not None
        self._burst.append((char, item_id, code, keys_position))
        if len(self._burst) < BURST_MIN or all(logged for *_, logged in self._burst):
            return False
        burst, self._burst = self._burst, []
        keyed = [(item, who) for _char, item, who, logged in burst[:-1] if logged]  # not this
        text = "".join(c for c, *_ in burst)
        _first, item, who, _logged = burst[0]
        self.go_to(item, who)
        self.burstTyped.emit(keyed, text, item, who)
        return True

    def key_position(self, index: QModelIndex, position: Position) -> None:
        """Ask for ``position`` on the cell, then move down to the next delegation present."""
        self.positionKeyed.emit(
            int(index.data(ITEM_ID_ROLE)), str(index.data(DELEGATION_ROLE)), position
        )
        below = self.grid_model().index(self._next_present_row(index.row()), index.column())
        self.setCurrentIndex(below)
        self.scrollTo(below)

    def event(self, event: QEvent) -> bool:
        # Keep letters for the grid: no window shortcut may take them while it has focus.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and _is_grid_key(event)
        ):
            event.accept()
            return True
        return super().event(event)


def key_table() -> list[tuple[str, str]]:
    """The grid's own keys and what they do, as the keyboard sheet lists them: the same
    ``Position.key`` letters ``keyPressEvent`` reads."""

    # Literal contexts and texts: lupdate files a string passed through a helper under no
    # context, and the French would never be found.
    translate = QCoreApplication.translate
    rows = [
        (position.key, capitalised(position.label))
        for position in Position
        if position is not Position.NOT_STATED
    ]
    return [
        *rows,
        (translate("PositionGrid", "Backspace, Del"), capitalised(Position.NOT_STATED.label)),
        (
            translate("PositionGrid", "Enter"),
            translate("PositionGrid", "Write the statement inline (Enter saves, Esc cancels)"),
        ),
        ("/", translate("PositionGrid", "Go to a delegation by code or name")),
        (
            translate("PositionGrid", "Arrows, Home, End"),
            translate("PositionGrid", "Move between delegations and items"),
        ),
    ]


def _is_grid_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        return False
    if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        return True
    return event.text() == "/" or Position.for_key(event.text()) is not None
