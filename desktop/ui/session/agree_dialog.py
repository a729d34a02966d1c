""" "All present delegations agree, except…": tick the exceptions, the rest agree at once."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.dto import AgendaItem, Delegation
from desktop.ui.labels import ui_language
from desktop.ui.texts import in_ui_language


class AllAgreeDialog(QDialog):
    """Lists the present members who have not stated a position; those ticked are the
    exceptions. Positions already logged are never touched."""

    def __init__(
        self, item: AgendaItem, silent: Sequence[Delegation], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("All Present Agree"))
        intro = QLabel(
            self.tr(
                "Item %1, %2: every present member that has not stated a position is recorded "
                "as agreeing. Tick the delegations to leave out."
            )
            .replace("%1", str(item.number))
            .replace("%2", in_ui_language(item.title, item.title_fr)),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Exceptions"))
        language = ui_language()
        for delegation in silent:
            row = QListWidgetItem(f"{delegation.code}  {delegation.name(language)}", self.list)
            row.setData(Qt.ItemDataRole.UserRole, delegation.code)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
        if self.list.count():
            self.list.setCurrentRow(0)
        hint = QLabel(self.tr("Space ticks the delegation under the cursor."), self)
        hint.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record Agreement"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(420, 480)

    def exceptions(self) -> list[str]:
        out = []
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.checkState() == Qt.CheckState.Checked:
                out.append(str(entry.data(Qt.ItemDataRole.UserRole)))
        return out
