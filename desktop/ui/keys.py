"""Shortcuts as a person reads them, and actions that show their keys in their tooltips."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def keys_text(keys: str | QKeySequence) -> str:
    """``keys`` as this platform writes them (Ctrl+Up, ⌘↑ …)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def widget_action(widget: QWidget, text: str, keys: str, slot: Callable[[], object]) -> QAction:
    """An action bound to ``keys`` while ``widget`` has the focus, its keys in its tooltip."""
    action = QAction(text, widget)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys_text(action.shortcut())})")
    action.triggered.connect(slot)
    widget.addAction(action)
    return action
