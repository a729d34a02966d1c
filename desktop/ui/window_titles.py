"""Room for a small dialog's title.

A window manager cuts a title too wide for its window in the middle: Qt's little
``QInputDialog`` for the language of the minutes, about 200 pixels wide, read "Export…
Table" in the title bar ("Export Minutes — Tour de Table", the platform adding the
application's name). ``room_for_titles(window)`` watches the dialogs opened on ``window``
while it lasts and makes each one, as it is shown, wide enough for its whole title.

It works on Qt's static dialogs too (``QInputDialog.getItem``), which the tests replace.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QChildEvent, QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR_LINES = 8  # the bar's icon, its three buttons and their gaps, in text heights
TITLE_SEPARATOR = " — "  # what Qt puts between a window's title and the application's name


def title_text(window: QWidget) -> str:
    """The title the window manager shows: the window's, then the application's name."""
    title = window.windowTitle()
    name = QGuiApplication.applicationDisplayName()
    if name and name not in title:
        return f"{title}{TITLE_SEPARATOR}{name}" if title else name
    return title


def title_width(window: QWidget) -> int:
    """The width a window needs for its whole title in a title bar (in bold, with room
    for the bar's icon and buttons)."""
    font = QFont(window.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    return metrics.horizontalAdvance(title_text(window)) + TITLE_BAR_LINES * metrics.height()


class _TitleRoom(QObject):
    """Watches a window for new top-level children, and each of them for its showing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildAdded and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow():
                child.installEventFilter(self)
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget):
            # Before the window is mapped: the window manager sees the width at once.
            watched.setMinimumWidth(max(watched.minimumWidth(), title_width(watched)))
        return False


@contextmanager
def room_for_titles(window: QWidget) -> Iterator[None]:
    """While in the block, a dialog opened on ``window`` is as wide as its title needs."""
    watcher = _TitleRoom(window)
    window.installEventFilter(watcher)
    try:
        yield
    finally:
        window.removeEventFilter(watcher)
        watcher.deleteLater()
