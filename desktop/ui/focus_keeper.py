"""Keys go where the operator looks: when a menu closes, the keyboard goes back to the
widget that held it before (the position grid, most often), never stays with the menu bar.

Qt leaves a menu bar in its keyboard mode after a menu opened with the mouse is closed with
Escape: the next letters then open menus or, worse, run their mnemonics (the "u" of a
statement ran Edit › Undo). The keeper follows which widget of the window holds the
keyboard, and when the last menu has closed with nothing else taking the keyboard, gives it
back to that widget."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMenuBar, QWidget

SETTLE_MS = 60


class FocusKeeper(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._last: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                self.watch(menu)

    def watch(self, menu: QMenu) -> None:
        """Give the keyboard back when ``menu`` closes (its submenus too)."""
        menu.aboutToHide.connect(self._menu_closed)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                self.watch(sub)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or isinstance(new, QMenuBar | QMenu) or new.window() is not self._window:
            return
        self._last = new

    def _menu_closed(self) -> None:
        # After Qt has settled where the keyboard goes: at once, and again a moment later
        # (a platform may hand the window's activation back after the popup has gone).
        QTimer.singleShot(0, self._give_back)
        QTimer.singleShot(SETTLE_MS, self._give_back)

    def _give_back(self) -> None:
        if QApplication.activePopupWidget() is not None:
            return  # another menu is open: it holds the keyboard
        active = QApplication.activeWindow()
        if active is not None and active is not self._window and not isinstance(active, QMenu):
            return  # a dialog or another window took it (a closed menu may linger as active)
        focus = QApplication.focusWidget()
        if focus is not None and not isinstance(focus, QMenuBar | QMenu):
            return  # a field took it: leave it there
        if not self._window.isActiveWindow():
            self._window.activateWindow()  # the menu had it: the window takes it back
        last = self._last
        if last is not None and shiboken6.isValid(last) and last.isVisible() and last.isEnabled():
            last.setFocus()
        else:
            self._window.setFocus()
