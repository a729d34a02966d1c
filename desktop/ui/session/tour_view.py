"""The tour de table tab: the current item in large type for the chair, driven by the operator.

The same single keys as the grid log the position of the delegation whose turn it is (A, D,
S, I, Y, R, F, O; Backspace or Delete: not stated; Enter: the statement), through the grid's
undoable commands, and the turn moves on to the next delegation still to speak. Up and Down
move the turn; Space starts or stops the speaking clock. The turn follows the seating order
(the grid's) or the speakers' list, beside, where delegations are added by code, moved and
struck off.

When the clock is running and a key logs a position, the floor passes: the next delegation's
clock starts at once (the service ends the previous one). When it is stopped, it stays
stopped: the operator starts it with Space when the next speaker takes the floor.

Positions come from the grid's model, which the positions tab keeps patched cell by cell; the
speakers' list is read again only when a change set names this item's speakers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.positions import Position
from desktop.services import ChangeSet
from desktop.services.dto import SpeakersState
from desktop.ui.latest import Latest
from desktop.ui.models.grid import GridModel
from desktop.ui.models.grid_text import state_text
from desktop.ui.session.controller import Call, SessionController
from desktop.ui.session.position_commands import EditStatement, LogPosition
from desktop.ui.session.speakers_panel import SpeakersPanel
from desktop.ui.session.tour_bar import TourBar
from desktop.ui.session.tour_board import Row, TourBoard
from desktop.ui.settings import AppSettings

SPEAKERS_SHARE = 0.25  # of the tab's width, for the speakers' list
SPEAKERS_WIDEST = 460


class TourView(QWidget):
    itemChosen = Signal(int)  # the operator picked another item in the chooser
    interventionRequested = Signal(int, str)  # item id, delegation: it spoke, no position

    def __init__(
        self,
        controller: SessionController,
        model: GridModel,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self.model = model
        self.item_id: int | None = None
        self.turn: str | None = None
        self.state: SpeakersState | None = None
        self._statement_waiting: tuple[int, str, str] | None = None
        self._reads = Latest()  # the speakers' state as read last
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Tour de table"))

        self.bar = TourBar(self)
        self.bar.item_combo.activated.connect(self._item_picked)
        self.bar.order_group.idToggled.connect(self._order_changed)
        self.bar.limit_spin.setValue(settings.speaking_limit_minutes() if settings else 0)
        self.bar.limit_spin.valueChanged.connect(self._limit_changed)
        self.bar.clock_button.clicked.connect(self.toggle_clock)
        self.board = TourBoard(self)
        self.board.clock.set_limit(self.bar.limit_spin.value())
        self.statement_edit = QLineEdit(self)
        self.statement_edit.setPlaceholderText(
            self.tr("Statement for the record — Enter to save, Esc to cancel")
        )
        self.statement_edit.setFont(self.board.detail.font())
        self.statement_edit.setAccessibleName(self.tr("Statement"))
        self.statement_edit.hide()
        self.statement_edit.installEventFilter(self)
        self.keys_hint = QLabel(
            self.tr(
                "<b>A D S I Y R F O</b> position · <b>Backspace</b> not stated · "
                "<b>Enter</b> statement · <b>Space</b> clock · <b>↑ ↓</b> turn"
            ),
            self,
        )
        self.keys_hint.setWordWrap(True)
        self.speakers = SpeakersPanel(self)

        self.splitter = self._split()
        self._speakers_moved = False  # the operator dragged the handle: their widths stand
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)

        self._stale = False
        self._logging = False
        self._connect()
        self._grid_reset()
        self.refresh()  # the bar's buttons have their words before it is first shown

    def _split(self) -> QSplitter:
        """The board (with the statement and the keys under it) beside the speakers' list."""
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.board, 1)
        column.addWidget(self.statement_edit)
        column.addWidget(self.keys_hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.speakers)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        splitter.splitterMoved.connect(self._splitter_moved)
        return splitter

    def _connect(self) -> None:
        self.model.modelReset.connect(self._grid_reset)
        # Every key logged in the grid changes the model: the board is rebuilt only while it
        # is on screen (and once when it is shown again), not behind the operator's back.
        self.model.dataChanged.connect(lambda *_: self._refresh_if_shown())
        self.model.consensusChanged.connect(lambda *_: self._refresh_if_shown())
        self._controller.changed.connect(self._changed)
        self.speakers.addRequested.connect(self.add_speaker)
        self.speakers.removeRequested.connect(
            lambda entry: self._speakers_call(lambda ws: ws.speakers.remove(entry))
        )
        self.speakers.waiting.moveRequested.connect(
            lambda entry, index: self._speakers_call(lambda ws: ws.speakers.move(entry, index))
        )
        self.speakers.waiting.strikeRequested.connect(
            lambda entry: self._speakers_call(lambda ws: ws.speakers.strike(entry))
        )

    # ------------------------------------------------------------------ item
    def key_rows(self) -> list[tuple[str, str]]:
        """The keys the tour reads itself (not actions), as the keyboard sheet lists them."""
        return tour_key_table()

    def set_item(self, item_id: int | None) -> None:
        """Show ``item_id`` (the item under the grid's cursor)."""
        if item_id == self.item_id:
            return
        self.item_id = item_id
        self.turn = None
        self.state = None
        self._select_in_combo()
        self._read_state()
        self._refresh_when_shown()

    def _item_picked(self, index: int) -> None:
        item_id = self.bar.item_combo.itemData(index)
        if item_id:
            self.set_item(int(item_id))
            self.itemChosen.emit(int(item_id))
        self.setFocus()

    def _select_in_combo(self) -> None:
        self.bar.select_item(self.item_id)

    def _grid_reset(self) -> None:
        self.bar.set_items(self.model.items())
        self.speakers.set_delegations(self.model.delegations())
        if self.item_id is not None and self.model.column_of(self.item_id) is None:
            self.item_id = None
        self._select_in_combo()
        self._refresh_when_shown()

    # ------------------------------------------------------------------ reading
    def _changed(self, changes: ChangeSet) -> None:
        if self.item_id is not None and (
            self.item_id in changes.speakers or self.item_id in changes.items
        ):
            self._read_state()

    def _read_state(self) -> None:
        asked, item_id = self._reads.ask(), self.item_id
        if item_id is None or self._controller.session_id is None:
            return
        self._controller.read(lambda ws: ws.speakers.state(item_id), asked.then(self._show_state))

    def _show_state(self, state: SpeakersState) -> None:
        if state.item_id == self.item_id:
            self.state = state
            self.speakers.set_state(state)
            self.refresh()

    # ------------------------------------------------------------------ the tour
    def by_list(self) -> bool:
        return self.bar.by_list()

    def _row(self, code: str) -> Row | None:
        row = self.model.row_of(code)
        if row is None or self.item_id is None:
            return None
        return Row(self.model.delegation(row), self.model.entry(self.item_id, code))

    def _rows(self, codes: list[str]) -> list[Row]:
        return [row for code in codes if (row := self._row(code)) is not None]

    def order(self) -> list[str]:
        """The delegations in turn order: present members in seating order, or the list's
        waiting entries."""
        if self.by_list():
            return [entry.delegation for entry in self.state.waiting] if self.state else []
        return [d.code for d in self.model.delegations() if d.has_decision_rights and d.present]

    def position(self, item_id: int, code: str) -> Position:
        """The delegation's position as the grid shows it (keyed, or stored)."""
        return self.model.position(item_id, code)

    def to_speak(self) -> list[str]:
        if self.by_list() or self.item_id is None:
            return self.order()
        item_id = self.item_id
        return [c for c in self.order() if self.position(item_id, c) is Position.NOT_STATED]

    def spoken(self) -> list[str]:
        if self.by_list():
            return [entry.delegation for entry in self.state.struck] if self.state else []
        if self.item_id is None:
            return []
        item_id = self.item_id
        return [c for c in self.order() if self.position(item_id, c) is not Position.NOT_STATED]

    def _absent(self) -> list[str]:
        """Members not in the room with nothing stated on the item (seating order only)."""
        item_id = self.item_id
        if item_id is None or self.by_list():
            return []
        return [
            d.code
            for d in self.model.delegations()
            if d.has_decision_rights
            and not d.present
            and self.model.position(item_id, d.code) is Position.NOT_STATED
        ]

    def _refresh_when_shown(self) -> None:
        """Rebuild the board now if it is on screen, else when it is shown: opening a
        session in the grid does not wait for a board behind another tab."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _refresh_if_shown(self) -> None:
        if self._logging:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._share_width()
        if self._stale:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """The speakers' list a quarter of the width (up to ``SPEAKERS_WIDEST``), the board
        the rest, as the window is resized, until the operator moves the handle."""
        if self._speakers_moved:
            return
        total = self.splitter.width() - self.splitter.handleWidth()
        least = self.speakers.minimumSizeHint().width()
        speakers = max(least, min(SPEAKERS_WIDEST, round(total * SPEAKERS_SHARE)))
        self.splitter.setSizes([max(0, total - speakers), speakers])

    def _splitter_moved(self, _position: int, _index: int) -> None:
        self._speakers_moved = True

    def refresh(self) -> None:
        self._stale = False
        order = self.order()
        if self.turn not in order:
            waiting = self.to_speak()
            self.turn = waiting[0] if waiting else None
        to_speak, spoken = self._rows(self.to_speak()), self._rows(self.spoken())
        if self.by_list() and not order:
            rest = self.tr("No one is waiting on the speakers' list")
        else:
            rest = self.tr("Everyone has spoken") if order or spoken else "—"
        self.board.show_turn(self._row(self.turn) if self.turn else None, rest)
        self.board.show_rows(to_speak, spoken, self.turn, self._absent())
        self._flush_statement()
        # Where the item stands, in the grid header's words (the domain's one state).
        standing = self.model.standing(self.item_id) if self.item_id else None
        self.board.consensus.setText(state_text(standing) if standing else "")
        speaking = self.state.speaking if self.state else None
        self.board.clock.set_started(speaking.started_at if speaking else None)
        self.bar.show_clock(speaking is not None, self.turn is not None)

    def move_turn(self, step: int) -> None:
        order = self.order()
        if not order:
            return
        place = order.index(self.turn) if self.turn in order else -1
        self.turn = order[max(0, min(len(order) - 1, place + step))]
        self.refresh()

    def _next_after(self, code: str) -> str | None:
        """The next delegation still to speak after ``code``, going round the order."""
        order = self.order()
        waiting = [c for c in self.to_speak() if c != code]
        if not waiting:
            return None
        start = order.index(code) + 1 if code in order else 0
        for candidate in order[start:] + order[:start]:
            if candidate in waiting:
                return candidate
        return waiting[0]

    # ------------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            self.toggle_clock()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not _modified(event):
            self.move_turn(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not _modified(event):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or not self._seeks():
                self._ask_intervention()  # it speaks without taking a position
            else:
                self.open_statement()
        elif (position := _position_of(event)) is not None:
            self.log_position(position)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # The tour's keys are its own: no window shortcut may take them while it has focus.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.key() == Qt.Key.Key_Space or _position_of(event) is not None)
        ):
            event.accept()
            return True
        return super().event(event)

    def log_position(self, position: Position) -> None:
        """Log ``position`` for the delegation whose turn it is, and pass the turn on."""
        code, item_id = self.turn, self.item_id
        if code is None or item_id is None:
            return
        before = self.model.entry(item_id, code)
        if (before.position if before else Position.NOT_STATED) is not position:
            self._logging = True  # the board is refreshed once, below
            try:
                self._controller.execute(
                    LogPosition(item_id, code, position, before, grid=self.model)
                )
            finally:
                self._logging = False
        running = self.state is not None and self.state.speaking is not None
        if self.by_list() and self.state is not None:
            entry = next((e for e in self.state.waiting if e.delegation == code), None)
            if entry is not None:
                self._speakers_call(lambda ws: ws.speakers.strike(entry.id))
        following = self._next_after(code) if position is not Position.NOT_STATED else code
        if running and following is not None and following != code:
            self._speakers_call(lambda ws: ws.speakers.start(item_id, following))
        elif running and following is None:
            self._speakers_call(lambda ws: ws.speakers.stop(item_id))
        self.turn = following
        self.refresh()

    def toggle_clock(self) -> None:
        item_id, code = self.item_id, self.turn
        if item_id is None:
            return
        if self.state is not None and self.state.speaking is not None:
            self._speakers_call(lambda ws: ws.speakers.stop(item_id))
        elif code is not None:
            self._speakers_call(lambda ws: ws.speakers.start(item_id, code))

    # ------------------------------------------------------------------ statement
    def _seeks(self) -> bool:
        """Whether the item seeks a consensus (a decision): else Enter is an intervention."""
        column = self.model.column_of(self.item_id) if self.item_id is not None else None
        return column is None or self.model.item(column).kind.seeks_consensus

    def _ask_intervention(self) -> None:
        if self.turn is not None and self.item_id is not None:
            self.interventionRequested.emit(self.item_id, self.turn)

    def open_statement(self) -> None:
        if self.turn is None or self.item_id is None:
            return
        entry = self.model.entry(self.item_id, self.turn)
        self.statement_edit.setAccessibleName(self.tr("Statement of %1").replace("%1", self.turn))
        self.statement_edit.setText(entry.text if entry else "")
        self.statement_edit.show()
        self.statement_edit.setFocus()

    def _save_statement(self) -> None:
        code, item_id = self.turn, self.item_id
        text = self.statement_edit.text().strip()
        self._close_statement()
        if code is not None and item_id is not None:
            self._statement_waiting = (item_id, code, text)
            self._flush_statement()

    def _flush_statement(self) -> None:
        """Record the statement typed, once the position keyed just before is stored (the
        command must know what it amends)."""
        if self._statement_waiting is None:
            return
        item_id, code, text = self._statement_waiting
        if self.model.is_keyed(item_id, code):
            return
        self._statement_waiting = None
        before = self.model.entry(item_id, code)
        if text != (before.text if before else ""):
            self._controller.execute(EditStatement(item_id, code, text, before))

    def _close_statement(self) -> None:
        self.statement_edit.hide()
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter and Esc end the statement here: the line edit would let Enter go on to the
        # view, which would open the statement again.
        if (
            watched is self.statement_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._save_statement()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._close_statement()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ speakers
    def add_speaker(self, code: str) -> None:
        item_id = self.item_id
        if item_id is not None:
            self._speakers_call(lambda ws: ws.speakers.add(item_id, code))

    def _speakers_call(self, call: Call[SpeakersState]) -> None:
        if self.item_id is not None:
            self._controller.run(call)

    def _order_changed(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        self.turn = None
        self.refresh()
        self.setFocus()

    def _limit_changed(self, minutes: int) -> None:
        self.board.clock.set_limit(minutes)
        if self._settings is not None:
            self._settings.set_speaking_limit_minutes(minutes)


def _modified(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)


def _position_of(event: QKeyEvent) -> Position | None:
    """The grid's keys: a position letter, or Backspace/Delete for "not stated"."""
    if _modified(event):
        return None
    if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        return Position.NOT_STATED
    return Position.for_key(event.text()) if event.text() else None


def tour_key_table() -> list[tuple[str, str]]:
    """The tour de table's own keys, as the keyboard sheet lists them (the position letters
    are the grid's, listed under the positions tab)."""
    translate = QCoreApplication.translate  # literal contexts: lupdate must see them
    return [
        (
            translate("TourView", "A D S I Y R F O"),
            translate("TourView", "Log the position of the delegation whose turn it is"),
        ),
        (translate("TourView", "Space"), translate("TourView", "Start or stop the speaking clock")),
        (translate("TourView", "Up, Down"), translate("TourView", "Move the turn")),
        (translate("TourView", "Enter"), translate("TourView", "Write the statement")),
        (
            translate("TourView", "Ctrl+Up, Ctrl+Down"),
            translate("TourView", "Move a delegation in the speakers' list"),
        ),
        (
            translate("TourView", "Del (speakers' list)"),
            translate("TourView", "Strike the delegation off the speakers' list"),
        ),
    ]
