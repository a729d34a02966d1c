"""The speaking clock of the tour de table: mm:ss of the intervention under way, large.

It stores nothing and calls no service: the view hands it the running intervention's start
(from ``ws.speakers``) and it counts from there. Its timer repaints once a second, and only
while someone speaks. Past the limit it turns red AND says so in words, with a warning icon,
so that colour is never the only sign.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from desktop.ui import marks


def clock_text(seconds: float) -> str:
    """mm:ss (minutes go past 59 rather than wrap)."""
    whole = max(0, int(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


class SpeakingClock(QWidget):
    def __init__(self, parent: QWidget | None = None, *, scale: float = 3.0) -> None:
        super().__init__(parent)
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)  # tests hand in a fake
        self._started: datetime | None = None
        self._limit_minutes = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)

        self.digits = QLabel(clock_text(0), self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "monospace"])
        self.digits.setFont(font)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.icon = QLabel(self)
        self.status = QLabel(self)
        status_font = QFont(self.font())
        status_font.setPointSizeF(status_font.pointSizeF() * max(1.0, scale / 2.2))
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setWordWrap(True)  # long words in some languages: wrap, don't widen
        self.status.setMinimumWidth(self.status.fontMetrics().averageCharWidth() * 24)
        size = max(16, int(status_font.pointSizeF() * 1.6))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(size, size))
        self.icon.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.icon)
        row.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.digits)
        layout.addLayout(row)
        self.setAccessibleName(self.tr("Speaking clock"))
        self.refresh()

    # ------------------------------------------------------------------ state
    @property
    def running(self) -> bool:
        return self._started is not None

    def set_started(self, started_at: datetime | None) -> None:
        """Count from ``started_at`` (None: nobody speaks, the clock rests at 00:00)."""
        self._started = started_at
        if started_at is None:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
        self.refresh()

    def set_limit(self, minutes: int) -> None:
        self._limit_minutes = max(0, minutes)
        self.refresh()

    def elapsed(self) -> float:
        if self._started is None:
            return 0.0
        return max(0.0, (self.now() - self._started).total_seconds())

    def over_limit(self) -> bool:
        return (
            self.running
            and bool(self._limit_minutes)
            and (self.elapsed() > self._limit_minutes * 60)
        )

    # ------------------------------------------------------------------ painting
    def refresh(self) -> None:
        self.digits.setText(clock_text(self.elapsed()))
        over = self.over_limit()
        palette = QPalette(self.palette())
        if over:
            palette.setColor(QPalette.ColorRole.WindowText, marks.break_colour(palette))
        elif not self.running:
            palette.setColor(
                QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
            )
        self.digits.setPalette(palette)
        self.status.setPalette(palette)
        self.icon.setVisible(over)
        if over:
            text = self.tr("Over the limit of %1 min").replace("%1", str(self._limit_minutes))
        elif self.running and self._limit_minutes:
            text = self.tr("Speaking · limit %1 min").replace("%1", str(self._limit_minutes))
        elif self.running:
            text = self.tr("Speaking")
        else:
            text = self.tr("Clock stopped · Space starts it")
        self.status.setText(text)
        self.setAccessibleDescription(f"{self.digits.text()} {text}")
