"""Help › Keyboard Shortcuts: opened by its key, it lists every key the window binds, by area,
read from the actions themselves, and every word of it goes through the translations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.ui import i18n
from desktop.ui.keys import keys_text
from desktop.ui.labels import capitalised, set_ui_language
from desktop.ui.main_window import MainWindow
from desktop.ui.session.grid_view import key_table
from desktop.ui.settings import AppSettings
from desktop.ui.shortcuts_dialog import ShortcutsDialog, plain


def _window(qtbot, demo_path: Path, settings: AppSettings) -> MainWindow:
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot, demo_path: Path, settings: AppSettings) -> Iterator[MainWindow]:
    window = _window(qtbot, demo_path, settings)
    yield window
    window.tasks.wait()


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        found.extend(_menu_actions(sub) if isinstance(sub, QMenu) else [action])
    return found


def _open_sheet(qtbot, window: MainWindow) -> ShortcutsDialog:
    qtbot.keyClick(window.sessions.table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "shortcuts_dialog", None) is not None)
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    return dialog


def test_f1_opens_the_sheet_from_the_help_menu(qtbot, window: MainWindow) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Help")
    assert isinstance(help_menu, QMenu)
    assert window.shortcuts_action in help_menu.actions()
    dialog = _open_sheet(qtbot, window)
    assert dialog.windowTitle() == "Keyboard Shortcuts"
    dialog.reject()


def test_every_bound_key_of_the_menus_is_on_the_sheet(qtbot, window: MainWindow) -> None:
    rows = _open_sheet(qtbot, window).rows()
    listed = {row for area in rows.values() for row in area}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in _menu_actions(menu):
            for sequence in action.shortcuts():
                keys = keys_text(sequence)
                assert any(
                    keys in k.split(", ") and w == plain(action.text()) for k, w in listed
                ), (
                    action.text(),
                    keys,
                )


def test_the_grid_keys_and_each_tab_s_keys_are_on_the_sheet(qtbot, window: MainWindow) -> None:
    rows = _open_sheet(qtbot, window).rows()
    grid = rows["Session: Positions"]
    for position in Position:
        if position is not Position.NOT_STATED:
            assert (position.key, capitalised(position.label)) in grid
    assert grid[: len(key_table())] == key_table()
    assert ("Ctrl+Return, Ctrl+Enter", "Declare the outcome") in grid
    silence = rows["Session: Silence"]
    for action in window.session_page.silence.steps.actions():
        assert (keys_text(action.shortcut()), plain(action.text())) in silence
    assert ("Ctrl+Up", "Move Up") in rows["Session: Agenda"]
    assert ("Ins", "Add Participant") in rows["Session: Attendance"]
    review = rows["Session: Review"]
    for action in window.session_page.review.actions_in_order():
        assert (keys_text(action.shortcut()), plain(action.text())) in review


def test_every_word_of_the_sheet_is_translated(
    qtbot, demo_path: Path, settings: AppSettings
) -> None:
    """Under the pseudo-language every translated string comes out in brackets: what does not
    was never offered to the translators. Position names are the domain's own labels (in
    French in a French interface)."""
    i18n.install(i18n.PSEUDO)
    try:
        window = _window(qtbot, demo_path, settings)
        window.show_shortcuts()
        dialog = window.shortcuts_dialog
        names = {capitalised(p.label) for p in Position}
        assert dialog.windowTitle().startswith("[")
        for title, rows in dialog.rows().items():
            assert title.startswith("["), title
            for _keys, what in rows:
                assert what.startswith("[") or what in names, (title, what)
        header = dialog.tree.headerItem()
        assert all(header.text(c).startswith("[") for c in range(2))
        dialog.reject()
        window.close()
        window.tasks.wait()
    finally:
        i18n.uninstall()
        set_ui_language(None)


def test_the_grid_keys_name_positions_in_the_interface_language(qapp) -> None:
    set_ui_language("fr")
    try:
        assert ("O", "Objection") in key_table()
        assert ("D", capitalised(Position.AGREE_AD_REFERENDUM.label)) in key_table()
        assert capitalised(Position.AGREE_AD_REFERENDUM.label) != "Agree ad referendum"
    finally:
        set_ui_language(None)
