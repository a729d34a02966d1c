"""Help › Keyboard Shortcuts: every key of the app, by area, read from the window itself.

The sheet is never written by hand: the menus' actions, the actions and shortcuts each tab
binds, and the position grid's own key table are asked for their keys when the sheet opens,
so it cannot drift from what the keys do. Names are the actions' own (translated) texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
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

from desktop.ui.keys import keys_text
from desktop.ui.session.grid_view import key_table
from desktop.ui.session.page import SessionPage
from desktop.ui.session.tour_view import tour_key_table


class MenuWindow(Protocol):
    """A window with a menu bar (a ``QMainWindow``)."""

    def menuBar(self) -> QMenuBar: ...


class Window(MenuWindow, Protocol):
    """What the sheet reads of the main window (which opens it: a protocol here, so that this
    module does not import it back)."""

    @property
    def sessions(self) -> QWidget: ...

    @property
    def session_page(self) -> SessionPage: ...


@dataclass(frozen=True)
class Area:
    title: str
    rows: tuple[tuple[str, str], ...]  # (keys as the platform writes them, what they do)


def plain(text: str) -> str:
    """An action's text without its mnemonic, its trailing "…" or a key shown after a tab."""
    return (
        text.split("\t", 1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    )


def _keys(sequences: Iterable[QKeySequence]) -> str:
    return ", ".join(keys_text(s) for s in sequences if not s.isEmpty())


def action_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, name) of every action bound to keys, in order, each once."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        keys = _keys(action.shortcuts())
        row = (keys, plain(action.text()) or plain(action.toolTip()))
        if keys and row[1] and row not in rows:
            rows.append(row)
    return rows


def shortcut_rows(shortcuts: Iterable[QShortcut]) -> list[tuple[str, str]]:
    """(keys, name) of the ``QShortcut`` objects that say what they do (``whatsThis``)."""
    named: dict[str, list[QKeySequence]] = {}
    for shortcut in shortcuts:
        if shortcut.whatsThis():
            named.setdefault(shortcut.whatsThis(), []).append(shortcut.key())
    return [(_keys(keys), name) for name, keys in named.items()]


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


def widget_area(title: str, widget: QWidget, first: Iterable[tuple[str, str]] = ()) -> Area:
    """The keys bound inside ``widget`` (its own and its children's actions and shortcuts)."""
    rows = list(first)
    actions = [widget, *widget.findChildren(QWidget)]
    for row in action_rows(a for w in actions for a in w.actions()):
        if row not in rows:
            rows.append(row)
    rows.extend(r for r in shortcut_rows(widget.findChildren(QShortcut)) if r not in rows)
    return Area(title, tuple(rows))


def window_areas(window: Window) -> list[Area]:
    """Every key of the main window: its menus, the sessions list, then each tab of the
    open session (the grid's key table first on the positions tab)."""

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
    tabs = window.session_page.tabs
    for number in range(tabs.count()):
        page = tabs.widget(number)
        first = (
            key_table()
            if page is window.session_page.positions
            else tour_key_table()
            if page is window.session_page.tour
            else []
        )
        title = translate("ShortcutsDialog", "Session: %1").replace(
            "%1", plain(tabs.tabText(number))
        )
        if page is not None:
            areas.append(widget_area(title, page, first))
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
