"""How many silence procedures run in the open session and how many are broken, in a few
words with an icon: a red flag and the word "broken" when one is, never colour alone. The
panel shows one above its list; the main window may show another in the status bar."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from desktop.domain.positions import Effect
from desktop.ui import marks
from desktop.ui.models.silence_text import break_icon


class SilenceBadge(QWidget):
    def __init__(self, parent: QWidget | None = None, *, quiet_when_none: bool = False) -> None:
        """``quiet_when_none``: hidden while no procedure runs and none is broken (a status
        bar); else it says so."""
        super().__init__(parent)
        self._quiet = quiet_when_none
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("Silence procedures in this session"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.show_counts(0, 0)

    def show_counts(self, running: int, broken: int) -> None:
        parts = []
        if running or not broken:
            parts.append(self.tr("%n running", "", running))
        if broken:
            red = marks.break_colour(self.palette()).name()
            words = html.escape(self.tr("%n broken", "", broken))
            parts.append(f'<b style="color: {red}">{words}</b>')
        text = self.tr("Silence: %1").replace("%1", " · ".join(parts))
        self.label.setText(text)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = (
            break_icon(size, self.palette())
            if broken
            else marks.effect_icon(Effect.PENDING, size, self.palette())
        )
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setVisible(bool(running or broken))
        self.setToolTip(self.tr("Silence procedures in this session: see the Silence tab."))
        self.setAccessibleDescription(self.plain_text())
        if self._quiet:
            self.setVisible(bool(running or broken))

    def plain_text(self) -> str:
        """What the badge says, without its markup."""
        return re.sub(r"<[^>]+>", "", self.label.text())


def tab_title(running: int, broken: int) -> str:
    """The Silence tab's title: "Silence (1 broken)", "Silence (2)" or "Silence"."""
    translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings
    if broken:
        words = translate("SilenceBadge", "%n broken", "", broken)  # the badge's, plural and all
        return translate("SilenceBadge", "Si&lence (%1)").replace("%1", words)
    if running:
        return translate("SilenceBadge", "Si&lence (%1)").replace("%1", str(running))
    return translate("SilenceBadge", "Si&lence")
