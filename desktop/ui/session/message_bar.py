"""A line above the session's views for a refusal or a notice: it does not steal the
keyboard from the operator, as a dialog would in the middle of a tour de table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

NOTICE_TIMEOUT_MS = 15_000


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Message"))
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setAutoRaise(True)
        close.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def warn(self, sentence: str) -> None:
        """A refusal: stays until dismissed or replaced."""
        self._show(QStyle.StandardPixmap.SP_MessageBoxWarning, sentence)
        self._timer.stop()

    def inform(self, sentence: str) -> None:
        """A notice: goes away by itself."""
        self._show(QStyle.StandardPixmap.SP_MessageBoxInformation, sentence)
        self._timer.start(NOTICE_TIMEOUT_MS)

    def _show(self, icon: QStyle.StandardPixmap, sentence: str) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.text.setText(sentence)
        self.setAccessibleDescription(sentence)
        self.show()
