"""The window paints before its database is open (issue 24): a shell first — its menus, what
it opens — that takes no action needing the database, then filled once the database is open
on the worker thread, and the same window as one built with its database at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.services import Workspace
from desktop.ui import app as app_module
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings


def _menus(window: MainWindow) -> dict[str, bool]:
    return {a.text(): a.isEnabled() for a in window.menuBar().actions()}


def test_the_shell_takes_nothing_that_needs_the_database(
    qtbot, demo_path: Path, settings: AppSettings
) -> None:
    window = MainWindow(None, settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    window.show_opening(demo_path)
    window.show()
    qtbot.waitExposed(window)
    assert not window.filled
    assert _menus(window) == {
        "&File": True, "&Edit": False, "&Session": False, "&Position": False, "&Help": False,
    }  # fmt: skip
    assert [a.text() for a in window.file_menu.actions()] == ["&Quit"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.opening_label.text() == "Opening demo.sqlite…"
    assert window.windowTitle() == "Tour de Table"

    with qtbot.waitSignal(window.databaseOpened):
        window.fill(Workspace.open(demo_path))
    qtbot.waitUntil(lambda: window.sessions.model.rowCount() > 0)
    assert window.filled
    assert all(_menus(window).values())
    assert window.file_menu.actions()[-1] is window.quit_action  # last again
    assert window.windowTitle() == "demo.sqlite — Tour de Table"
    with Workspace.open(demo_path) as another, pytest.raises(RuntimeError):
        window.fill(another)  # a filled window takes another database through install()
    window.shutdown()


def test_filled_it_is_the_window_built_with_its_database(
    qtbot, demo_path: Path, settings: AppSettings
) -> None:
    shell = MainWindow(None, settings, open_workspace=Workspace.open)
    qtbot.addWidget(shell)
    shell.fill(Workspace.open(demo_path))
    built = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(built)
    for window in (shell, built):
        qtbot.waitUntil(lambda w=window: w.sessions.model.rowCount() > 0)
    assert _menus(shell) == _menus(built)
    for menu in ("file_menu", "edit_menu", "session_menu", "position_menu", "help_menu"):
        texts = [a.text() for a in getattr(shell, menu).actions()]
        assert texts == [a.text() for a in getattr(built, menu).actions()], menu
    assert shell.windowTitle() == built.windowTitle()
    shell.shutdown()
    built.shutdown()


def test_the_app_paints_the_shell_then_opens_the_database_behind_it(
    qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``run``: the window is up, a shell, before the database is opened (on the worker, once
    it has painted); then filled, on the file asked for."""
    for name in ("TDT_QUIT_AFTER_SHOW", "TDT_SCREENSHOT", "TDT_STARTUP_TIMES"):
        monkeypatch.delenv(name, raising=False)
    seen: list[tuple[bool, bool]] = []  # (visible, filled), at each look

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows:
            window = windows[-1]
            seen.append((window.isVisible(), window.filled))
            if window.filled and window.sessions.model.rowCount() > 0:
                window.close()
                QTimer.singleShot(0, QApplication.quit)
                return
        QTimer.singleShot(1, look)

    QTimer.singleShot(0, look)
    opened: list[object] = []
    real_open = app_module._open

    def counted_open(location: object, *, read_only: bool) -> Workspace:
        opened.append(location)
        return real_open(location, read_only=read_only)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "_open", counted_open)
    # What run() sets for the whole process, left as the tests have it.
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    monkeypatch.setattr("desktop.ui.qt_log.install", lambda: lambda: None)
    monkeypatch.setattr("sys.setswitchinterval", lambda _interval: None)
    assert app_module.run(demo_path, argv=["tourdetable"]) == 0
    assert opened == [demo_path]
    assert seen[0] == (True, False)  # the shell, shown
    assert seen[-1] == (True, True)
