"""Position › Agree En Bloc…: several items agreed at once by every present member that has
not stated a position, except the delegations named.

The dialog lists the session's decision items (the one under the cursor ticked) and the
present members (tick the exceptions). Items that seek no consensus (discussion, information,
any other business) are not offered; absent members are not listed and never touched;
positions already logged stay as they stand. The agreement is one command: one write, and
one undo takes it all back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.dto import AgendaItem, Delegation
from desktop.ui.labels import ui_language
from desktop.ui.session.controller import SessionController
from desktop.ui.session.position_commands import AgreeEnBloc
from desktop.ui.session.positions_view import PositionsView
from desktop.ui.texts import in_ui_language

EN_BLOC_KEYS = "Ctrl+Shift+B"


class EnBlocDialog(QDialog):
    """Tick the items to agree and the delegations to leave out."""

    def __init__(
        self,
        items: Sequence[AgendaItem],
        members: Sequence[Delegation],
        current_item: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agree En Bloc"))
        intro = QLabel(
            self.tr(
                "On each item ticked, every present member that has not stated a position is "
                "recorded as agreeing, except the delegations ticked on the right. Positions "
                "already logged stay as they are."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.items_list = QListWidget(self)
        self.items_list.setAccessibleName(self.tr("Items to agree"))
        for item in items:
            text = (
                self.tr("Item %1: %2")
                .replace("%1", str(item.number))
                .replace("%2", in_ui_language(item.title, item.title_fr))
            )
            _add_row(self.items_list, text, item.id, ticked=item.id == current_item)
        self.members_list = QListWidget(self)
        self.members_list.setAccessibleName(self.tr("Exceptions"))
        language = ui_language()
        for delegation in members:
            text = f"{delegation.code}  {delegation.name(language)}"
            _add_row(self.members_list, text, delegation.code, ticked=False)
        for widget in (self.items_list, self.members_list):
            ticked = _ticked_rows(widget)
            widget.setCurrentItem(ticked[0] if ticked else widget.item(0))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record Agreement"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.items_list.itemChanged.connect(self._ticked)
        self._ticked()
        self._lay_out(intro, buttons)
        self.resize(760, 520)
        self.items_list.setFocus()

    def _lay_out(self, intro: QLabel, buttons: QDialogButtonBox) -> None:
        items_label = QLabel(self.tr("&Items:"), self)
        items_label.setBuddy(self.items_list)
        members_label = QLabel(self.tr("E&xcept:"), self)
        members_label.setBuddy(self.members_list)
        hint = QLabel(
            self.tr("Space ticks the line under the cursor; Tab goes to the other list."), self
        )
        hint.setEnabled(False)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(items_label)
        left.addWidget(self.items_list, 1)
        right.addWidget(members_label)
        right.addWidget(self.members_list, 1)
        lists = QHBoxLayout()
        lists.addLayout(left, 3)
        lists.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(lists, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _ticked(self, _row: QListWidgetItem | None = None) -> None:
        """Nothing to record until an item is ticked."""
        self.ok_button.setEnabled(bool(self.item_ids()))

    def item_ids(self) -> list[int]:
        return [int(value) for value in _ticked(self.items_list)]

    def exceptions(self) -> list[str]:
        return [str(value) for value in _ticked(self.members_list)]


def _add_row(widget: QListWidget, text: str, data: object, *, ticked: bool) -> None:
    row = QListWidgetItem(text, widget)
    row.setData(Qt.ItemDataRole.UserRole, data)
    row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    row.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


def _ticked_rows(widget: QListWidget) -> list[QListWidgetItem]:
    rows = (widget.item(number) for number in range(widget.count()))
    return [row for row in rows if row.checkState() == Qt.CheckState.Checked]


def _ticked(widget: QListWidget) -> list[Any]:
    return [row.data(Qt.ItemDataRole.UserRole) for row in _ticked_rows(widget)]


def ask_en_bloc(
    view: PositionsView, controller: SessionController, parent: QWidget
) -> EnBlocDialog | None:
    """Open the dialog over the session shown in ``view``; its answer becomes one command.
    None, and a sentence in the message bar, when there is nothing to agree."""
    model = view.model
    items = [item for item in model.items() if item.kind.seeks_consensus]
    if not items:
        controller.failed.emit(
            QCoreApplication.translate(
                "EnBlocDialog", "This session has no decision item: nothing can be agreed en bloc."
            )
        )
        return None
    members = [d for d in model.delegations() if d.has_decision_rights and d.present]
    if not members:
        controller.failed.emit(
            QCoreApplication.translate(
                "EnBlocDialog", "No member is present at the table: nothing can be agreed en bloc."
            )
        )
        return None
    dialog = EnBlocDialog(items, members, view.grid.current_item_id(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    numbers = {item.id: item.number for item in items}

    def agreed() -> None:
        chosen = [(item_id, numbers[item_id]) for item_id in dialog.item_ids()]
        controller.execute(AgreeEnBloc(chosen, dialog.exceptions()))

    dialog.accepted.connect(agreed)
    dialog.open()
    return dialog
