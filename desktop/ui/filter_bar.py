"""The sessions list's filter bar: body, level, year and a search field.

The bar only says what the user asked for (``filters()``); the service applies it, so a
big archive is filtered in the database and not by hiding rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.domain.bodies import BODIES, BodyKind
from desktop.domain.sessions import Level
from desktop.ui.a11y import clear_button_enabled
from desktop.ui.labels import capitalised, shown

SEARCH_DELAY_MS = 250


@dataclass(frozen=True, slots=True)
class SessionFilters:
    body: str | None = None
    level: str | None = None
    year: int | None = None
    search: str = ""

    @property
    def active(self) -> bool:
        return self != SessionFilters()

    def as_kwargs(self) -> dict[str, Any]:
        return {"body": self.body, "level": self.level, "year": self.year, "search": self.search}


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False  # True while the bar changes itself: no `changed` then
        self.body_combo = QComboBox(self)
        self.body_combo.setAccessibleName(self.tr("Body"))
        self.body_combo.addItem(self.tr("All bodies"), None)
        for kind in BodyKind:
            name = self.tr("Committees") if kind is BodyKind.COMMITTEE else shown(BODIES[kind].name)
            self.body_combo.addItem(name, kind.value)

        self.level_combo = QComboBox(self)
        self.level_combo.setAccessibleName(self.tr("Level"))
        self._fill_levels(tuple(Level))

        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.set_years([])

        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(self.tr("Search sessions"))
        self.search_edit.setPlaceholderText(self.tr("Search reference, title, place or chair"))
        clear_button_enabled(self.search_edit)
        self.search_edit.setMinimumWidth(260)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self._lay_out()
        self.body_combo.currentIndexChanged.connect(self._on_body_changed)
        self.level_combo.currentIndexChanged.connect(self._emit_changed)
        self.year_combo.currentIndexChanged.connect(self._emit_changed)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._emit_changed)

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for text, field in (
            (self.tr("&Body:"), self.body_combo),
            (self.tr("&Level:"), self.level_combo),
            (self.tr("&Year:"), self.year_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
            layout.addSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.search_edit, 2)

    # ------------------------------------------------------------------ reading
    def filters(self) -> SessionFilters:
        return SessionFilters(
            body=self.body_combo.currentData(),
            level=self.level_combo.currentData(),
            year=self.year_combo.currentData(),
            search=self.search_edit.text().strip(),
        )

    # ------------------------------------------------------------------ changing
    def set_years(self, years: Sequence[int]) -> None:
        """Offer these years (newest first), keeping the chosen one when it is still there."""
        chosen = self.year_combo.currentData()
        self._quiet = True
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in sorted(set(years), reverse=True):
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(chosen) if chosen is not None else 0
        self.year_combo.setCurrentIndex(max(index, 0))
        self._quiet = False
        if chosen is not None and index < 0:
            self.changed.emit()

    def clear(self) -> None:
        self._quiet = True
        self.body_combo.setCurrentIndex(0)
        self.level_combo.setCurrentIndex(0)
        self.year_combo.setCurrentIndex(0)
        self.search_edit.clear()
        self._search_timer.stop()
        self._quiet = False
        self.changed.emit()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # ------------------------------------------------------------------ slots
    def _on_body_changed(self) -> None:
        kind = self.body_combo.currentData()
        self._quiet = True
        self._fill_levels(BODIES[BodyKind(kind)].levels if kind else tuple(Level))
        self._quiet = False
        self._emit_changed()

    def _fill_levels(self, levels: Sequence[Level]) -> None:
        """Offer only the levels the chosen body meets at; keep the choice when it fits."""
        chosen = self.level_combo.currentData()
        self.level_combo.clear()
        self.level_combo.addItem(self.tr("All levels"), None)
        for level in levels:
            self.level_combo.addItem(capitalised(level.label), level.value)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(chosen), 0))

    def _emit_changed(self) -> None:
        if not self._quiet:
            self.changed.emit()
