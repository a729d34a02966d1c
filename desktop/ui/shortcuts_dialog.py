"""Help › Keyboard Shortcuts: every key of the app, by area, read from the window itself.

The sheet is never written by hand: the menus' actions, the actions and shortcuts each tab
binds, and the keys a view reads itself (the position grid's key table, the tour's) are asked
for when the sheet opens, so it cannot drift from what the keys do. Each page says its own key
areas (``key_areas.HasKeyAreas``); the sheet does not walk the page's tabs. Names are the
actions' own (translated) texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.key_areas import Area, HasKeyAreas, action_rows, plain, widget_area

__all__ = ["Area", "MenuWindow", "ShortcutsDialog", "Window", "menu_areas", "plain", "window_areas"]


class MenuWindow(Protocol):
    """A window with a menu bar (a ``QMainWindow``)."""

    def menuBar(self) -> QMenuBar: ...


class Window(MenuWindow, Protocol):
    """What the sheet reads of the main window (which opens it: a protocol here, so that this
    module does not import it back)."""

    @property
    def sessions(self) -> QWidget: ...

    @property
    def session_page(self) -> HasKeyAreas: ...


def menu_areas(window: MenuWindow) -> list[Area]:
    """One area per menu of the menu bar, its submenus included."""

    def walk(menu: QMenu) -> list[QAction]:
        found: list[QAction] = []
        for action in menu.actions():
            sub = action.menu()
            found.extend(walk(sub) if isinstance(sub, QMenu) else [action])
        return found

    areas = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows = action_rows(walk(menu))
            if rows:
                areas.append(Area(plain(top.text()), tuple(rows)))
    return areas


def window_areas(window: Window) -> list[Area]:
    """Every key of the main window: its menus, the sessions list, then the open session's
    areas as its page says them (one per tab, titled "Session: <tab>", a view's own key
    table first)."""

    translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings
    areas = menu_areas(window)
    opening = [
        (
            translate("ShortcutsDialog", "Enter"),
            translate("ShortcutsDialog", "Open the selected session"),
        )
    ]
    areas.append(
        widget_area(translate("ShortcutsDialog", "Sessions list"), window.sessions, opening)
    )
    session = translate("ShortcutsDialog", "Session: %1")
    areas.extend(
        replace(area, title=session.replace("%1", area.title))
        for area in window.session_page.key_areas()
    )
    return areas


class ShortcutsDialog(QDialog):
    def __init__(self, areas: Iterable[Area], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.areas = [a for a in areas if a.rows]
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts by area"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        for area in self.areas:
            top = QTreeWidgetItem(self.tree, [area.title, ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            for column in (0, 1):  # the title spans both
                top.setData(column, Qt.ItemDataRole.AccessibleTextRole, area.title)
            for keys, what in area.rows:
                row = QTreeWidgetItem(top, [keys, what])
                row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{keys}: {what}")
                row.setData(1, Qt.ItemDataRole.AccessibleTextRole, f"{what}: {keys}")
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(560, 640)
        self.tree.setFocus()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def rows(self) -> dict[str, list[tuple[str, str]]]:
        """What the sheet shows, by area title (for tests)."""
        return {area.title: list(area.rows) for area in self.areas}
