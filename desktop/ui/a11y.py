"""Small helpers for what a screen reader announces, where Qt leaves a control unnamed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QToolButton


def clear_button_enabled(edit: QLineEdit) -> None:
    """``edit.setClearButtonEnabled(True)``, and a name for the button it adds."""
    edit.setClearButtonEnabled(True)
    name = QCoreApplication.translate("a11y", "Clear the text")
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)
