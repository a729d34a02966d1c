"""The tour de table's top bar: the item chooser, the turn order, the speaking limit and the
clock's button. Controls only: the tour view connects them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from desktop.services.dto import AgendaItem
from desktop.ui.settings import MAX_SPEAKING_MINUTES
from desktop.ui.texts import in_ui_language

SEATING, LIST = 0, 1


class TourBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_combo = QComboBox(self)
        self.item_combo.setAccessibleName(self.tr("Item"))
        self.item_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item_combo.setMinimumContentsLength(12)
        self.seating_button = QRadioButton(self.tr("Seating order"), self)
        self.list_button = QRadioButton(self.tr("Speakers' list"), self)
        self.order_group = QButtonGroup(self)
        self.order_group.addButton(self.seating_button, SEATING)
        self.order_group.addButton(self.list_button, LIST)
        self.seating_button.setChecked(True)
        self.limit_spin = QSpinBox(self)
        self.limit_spin.setRange(0, MAX_SPEAKING_MINUTES)
        self.limit_spin.setSuffix(self.tr(" min"))
        self.limit_spin.setSpecialValueText(self.tr("No limit"))
        self.limit_spin.setAccessibleName(self.tr("Speaking limit in minutes"))
        self.clock_button = QPushButton(self)
        # Clicking these leaves the keyboard with the tour; Tab still reaches them.
        for button in (self.seating_button, self.list_button, self.clock_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        item_label = QLabel(self.tr("&Item:"), self)
        item_label.setBuddy(self.item_combo)
        limit_label = QLabel(self.tr("&Limit:"), self)
        limit_label.setBuddy(self.limit_spin)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(item_label)
        row.addWidget(self.item_combo, 1)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Turn by:"), self))
        row.addWidget(self.seating_button)
        row.addWidget(self.list_button)
        row.addSpacing(12)
        row.addWidget(limit_label)
        row.addWidget(self.limit_spin)
        row.addWidget(self.clock_button)

    def by_list(self) -> bool:
        return self.order_group.checkedId() == LIST

    def set_items(self, items: tuple[AgendaItem, ...]) -> None:
        self.item_combo.clear()
        for item in items:
            self.item_combo.addItem(
                f"{item.number}. {in_ui_language(item.title, item.title_fr)}", item.id
            )

    def select_item(self, item_id: int | None) -> None:
        self.item_combo.setCurrentIndex(self.item_combo.findData(item_id) if item_id else -1)

    def show_clock(self, running: bool, can_start: bool) -> None:
        self.clock_button.setText(
            self.tr("Stop Clock (Space)") if running else self.tr("Start Clock (Space)")
        )
        self.clock_button.setEnabled(running or can_start)
