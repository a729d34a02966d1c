"""What a delegation said without taking a position, typed for the record.

An intervention is never a position: it does not touch the consensus. On discussion,
information and AOB items Enter on a cell opens this; on any item Shift+Enter does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.texts import Bilingual
from desktop.ui.session.bilingual_field import BilingualText


class InterventionDialog(QDialog):
    """Asks for the secretariat's summary of what was said, in English and French side by
    side; ``texts()`` (``text()``: the English) once accepted. Enter records it (as the inline
    statement editor saves), Shift+Enter starts a new line, Tab goes to the other language,
    Esc cancels."""

    def __init__(
        self,
        delegation: str,
        item_number: int,
        parent: QWidget | None = None,
        *,
        french: bool = False,
    ) -> None:
        """``french``: offer the French version beside the English (whoever records the
        intervention takes ``texts()``); else the English only."""
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Intervention of %1 on item %2")
            .replace("%1", delegation)
            .replace("%2", str(item_number))
        )
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "What the delegation said, for the record (Enter records it, Shift+Enter "
                "starts a new line). It takes no position: the consensus is unchanged."
            ),
            self,
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.field = BilingualText(self.tr("Intervention of %1").replace("%1", delegation), self)
        self.editor, self.editor_fr = self.field.en, self.field.fr
        self.field.set_single(not french)
        for editor in (self.editor, self.editor_fr):
            editor.installEventFilter(self)
        label.setBuddy(self.editor)
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        record = buttons.button(QDialogButtonBox.StandardButton.Ok)
        record.setText(self.tr("&Record"))
        record.setEnabled(False)
        self.field.changed.connect(lambda: record.setEnabled(bool(self.texts())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760 if french else 520, 260 if french else 240)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.editor, self.editor_fr)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            if self.texts():
                self.accept()
            return True
        return super().eventFilter(watched, event)

    def text(self) -> str:
        """The English version."""
        return self.field.text("en")

    def texts(self) -> Bilingual:
        return self.field.value()
