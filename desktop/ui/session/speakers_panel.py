"""The speakers' list beside the tour de table: who asked for the floor, in order.

A line edit adds a delegation by its code (completing over the delegations taking part);
Ctrl+Up and Ctrl+Down move the selected entry; Delete strikes it off as having spoken. The
panel stores nothing: it asks through signals, and shows the ``SpeakersState`` the services
answer with.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.dto import Delegation, SpeakerEntry, SpeakersState
from desktop.ui.labels import ui_language
from desktop.ui.session.speaking_clock import clock_text

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SpeakersList(QListWidget):
    """The waiting entries; Ctrl+Up/Down move the selected one, Delete strikes it off."""

    moveRequested = Signal(int, int)  # entry id, new 0-based place
    strikeRequested = Signal(int)  # entry id

    def entry_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(ENTRY_ID_ROLE)) if item is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, entry = self.currentRow(), self.entry_id()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if entry is not None and ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            place = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
            if 0 <= place < self.count():
                self.moveRequested.emit(entry, place)
            return
        if entry is not None and event.key() == Qt.Key.Key_Delete:
            self.strikeRequested.emit(entry)
            return
        super().keyPressEvent(event)


class SpeakersPanel(QWidget):
    addRequested = Signal(str)  # delegation code
    removeRequested = Signal(int)  # entry id: withdrawn from the list

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.6) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self._selected: int | None = None
        heading = QLabel(self.tr("Speakers' list"), self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        bold = QFont(font)
        bold.setBold(True)
        heading.setFont(bold)

        self.code_edit = QLineEdit(self)
        self.code_edit.setFont(font)
        self.code_edit.setPlaceholderText(self.tr("Add: type a code, Enter"))
        self.code_edit.setAccessibleName(self.tr("Add a delegation to the speakers' list"))
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.code_edit.setCompleter(completer)
        self.code_edit.returnPressed.connect(self._add)

        self.waiting = SpeakersList(self)
        self.waiting.setFont(font)
        self.waiting.setAccessibleName(self.tr("Waiting to speak"))
        self.waiting.currentItemChanged.connect(lambda *_: self._remember())
        self.struck_label = QLabel(self.tr("Struck off (has spoken)"), self)
        self.struck_label.setFont(bold)
        self.struck = QListWidget(self)
        self.struck.setFont(font)
        self.struck.setAccessibleName(self.tr("Struck off the speakers' list"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.waiting, 3)
        layout.addLayout(self._buttons())
        layout.addWidget(self.struck_label)
        layout.addWidget(self.struck, 2)

    def _buttons(self) -> QGridLayout:
        self.up_button = QPushButton(self.tr("Up"), self)
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button = QPushButton(self.tr("Down"), self)
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.strike_button = QPushButton(self.tr("Strike Off"), self)
        self.strike_button.setToolTip(self.tr("Strike off: has spoken (Delete)"))
        self.remove_button = QPushButton(self.tr("Withdraw"), self)
        self.remove_button.setToolTip(self.tr("Take off the list without speaking"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.strike_button.clicked.connect(self._strike)
        self.remove_button.clicked.connect(self._remove)

        # Two by two: four buttons in a row would keep the panel too wide for a laptop's
        # tour de table (and longer in French).
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for place, button in enumerate(
            (self.up_button, self.down_button, self.strike_button, self.remove_button)
        ):
            buttons.addWidget(button, place // 2, place % 2)
        return buttons

    # ------------------------------------------------------------------ contents
    def set_delegations(self, delegations: Sequence[Delegation]) -> None:
        language = ui_language()
        self._names = {d.code: d.name(language) for d in delegations}
        self._completions.setStringList([f"{d.code} {d.name(language)}" for d in delegations])

    def set_state(self, state: SpeakersState | None) -> None:
        keep = self._selected
        self.waiting.blockSignals(True)
        self.waiting.clear()
        self.struck.clear()
        waiting = state.waiting if state is not None else ()
        for number, entry in enumerate(waiting, start=1):
            item = QListWidgetItem(f"{number}. {self._line(entry)}", self.waiting)
            item.setData(ENTRY_ID_ROLE, entry.id)
            if entry.id == keep:
                self.waiting.setCurrentItem(item)
        if self.waiting.currentItem() is None and self.waiting.count():
            self.waiting.setCurrentRow(0)
        self.waiting.blockSignals(False)
        self._remember()
        for entry in state.struck if state is not None else ():
            item = QListWidgetItem(self._line(entry), self.struck)
            item.setData(ENTRY_ID_ROLE, entry.id)
        has = self.waiting.count() > 0
        for button in (self.up_button, self.down_button, self.strike_button, self.remove_button):
            button.setEnabled(has)

    def _line(self, entry: SpeakerEntry) -> str:
        name = self._names.get(entry.delegation, "")
        text = f"{entry.delegation}  {name}".rstrip()
        if entry.spoken_seconds:
            text += f"  ({clock_text(entry.spoken_seconds)})"
        return text

    def _remember(self) -> None:
        self._selected = self.waiting.entry_id()

    # ------------------------------------------------------------------ requests
    def code_typed(self) -> str:
        """The code in the line edit: its first word, or the code of a name typed whole."""
        text = self.code_edit.text().strip()
        if not text:
            return ""
        first = text.split()[0].upper()
        if first in self._names:
            return first
        for code, name in self._names.items():
            if name.casefold() == text.casefold():
                return code
        return first

    def _add(self) -> None:
        code = self.code_typed()
        if code:
            self.addRequested.emit(code)
            self.code_edit.clear()

    def _move(self, step: int) -> None:
        entry, row = self.waiting.entry_id(), self.waiting.currentRow()
        if entry is not None and 0 <= row + step < self.waiting.count():
            self.waiting.moveRequested.emit(entry, row + step)

    def _strike(self) -> None:
        entry = self.waiting.entry_id()
        if entry is not None:
            self.waiting.strikeRequested.emit(entry)

    def _remove(self) -> None:
        entry = self.waiting.entry_id()
        if entry is not None:
            self.removeRequested.emit(entry)
