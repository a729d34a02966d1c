"""The chair's summary of the item in the item panel: one sentence of where the item stands
(written by the domain from the positions), to copy or to start the decision text from."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.flow_layout import FlowLayout


class SummaryBox(QWidget):
    draftRequested = Signal(str)  # the operator wants the sentence as the decision text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Chair's summary"))
        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setAccessibleName(self.tr("Chair's summary"))
        font = self.sentence.font()
        font.setItalic(True)
        self.sentence.setFont(font)
        self.copy_button = QPushButton(self.tr("Cop&y Summary"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the chair's summary"))
        self.copy_button.setToolTip(self.tr("Put the summary on the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.draft_button = QPushButton(self.tr("&Use as Decision Draft"), self)
        self.draft_button.setAccessibleName(self.tr("Use the summary as the decision draft"))
        self.draft_button.setToolTip(
            self.tr("Start the decision text from the summary, in English and in French")
        )
        self.draft_button.clicked.connect(lambda: self.draftRequested.emit(self.text()))

        buttons = QWidget(self)
        row = FlowLayout(buttons, spacing=6)  # wraps in a narrow panel and in French
        row.addWidget(self.copy_button)
        row.addWidget(self.draft_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.sentence)
        layout.addWidget(buttons)
        self.set_summary("")

    def text(self) -> str:
        return self.sentence.text()

    def set_summary(self, sentence: str) -> None:
        """Show ``sentence``; an empty one hides the box (no item, or no decision sought)."""
        self.sentence.setText(sentence)
        self.setAccessibleDescription(sentence)
        self.sentence.setAccessibleDescription(sentence)
        self.setVisible(bool(sentence))

    def copy(self) -> None:
        if self.text():
            QGuiApplication.clipboard().setText(self.text())
