"""Go to a delegation by typing its code (or the start of its name): "/" opens the bar, the
cursor follows as you type, Enter or Esc returns to the grid."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.services.dto import Delegation
from desktop.ui.a11y import clear_button_enabled
from desktop.ui.labels import ui_language


class GoToBar(QWidget):
    found = Signal(str)  # the code of the delegation the text names
    finished = Signal()  # Enter or Esc: back to the grid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegations: tuple[Delegation, ...] = ()
        label = QLabel(self.tr("Go to delegation:"), self)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(self.tr("Delegation code or name"))
        self.edit.setPlaceholderText(self.tr("Code or name, e.g. POL or Poland"))
        clear_button_enabled(self.edit)
        self.edit.setMaximumWidth(280)
        label.setBuddy(self.edit)
        self.status = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.status, 1)
        self.edit.textEdited.connect(self._look_up)
        self.edit.installEventFilter(self)
        self.hide()

    def set_delegations(self, delegations: Sequence[Delegation]) -> None:
        self._delegations = tuple(delegations)
        names = [d.code for d in delegations] + [d.name(ui_language()) for d in delegations]
        completer = QCompleter(names, self.edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.edit.setCompleter(completer)

    def open(self) -> None:
        self.edit.clear()
        self.status.clear()
        self.show()
        self.edit.setFocus()

    def match(self, text: str) -> Delegation | None:
        """The delegation whose code is ``text``, else the first whose code or name starts
        with it (case does not matter)."""
        wanted = text.strip().casefold()
        if not wanted:
            return None
        for d in self._delegations:
            if d.code.casefold() == wanted:
                return d
        for d in self._delegations:
            if d.code.casefold().startswith(wanted):
                return d
        language = ui_language()
        for d in self._delegations:
            if d.name(language).casefold().startswith(wanted):
                return d
        return None

    def _look_up(self, text: str) -> None:
        found = self.match(text)
        if found is None:
            self.status.setText(self.tr("No delegation at the table matches.") if text else "")
            return
        self.status.setText(found.name(ui_language()))
        self.found.emit(found.code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                if event.key() != Qt.Key.Key_Escape:
                    self._look_up(self.edit.text())
                self.hide()
                self.finished.emit()
                return True
        return super().eventFilter(watched, event)
