"""Session › Audit Trail…: the open session's changes in a read-only window, with a filter
and an export to CSV."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from desktop.services import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.models.audit import AFTER, BEFORE, WHAT
from desktop.ui.settings import AppSettings


def open_demo_session(qtbot, demo_path: Path, settings: AppSettings) -> MainWindow:
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(window.sessions.model.session(0).id)
    return window


def test_the_audit_trail_opens_from_the_session_menu(
    qtbot, demo_path: Path, settings: AppSettings
) -> None:
    window = open_demo_session(qtbot, demo_path, settings)
    menus = window.session_menus
    session_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Session"
    )
    assert menus.audit_action in session_menu.actions()
    assert menus.audit_action.isEnabled()

    menus.audit_action.trigger()
    dialog = menus.audit_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=5000) as loaded:
        pass
    expected = len(window.workspace.audit.entries(window.controller.session_id or 0))
    assert loaded.args == [expected] and dialog.model.rowCount() == expected
    assert dialog.isVisible() and "C-R(2026)0042" in dialog.windowTitle()
    rows = range(dialog.proxy.rowCount())
    norway = [
        [dialog.proxy.index(r, c).data() for c in (BEFORE, AFTER)]
        for r in rows
        if dialog.proxy.index(r, WHAT).data() == "Position of Norway on item 1"
    ]
    assert norway == [["—", "objection"], ["objection", "agree"]]  # logged, then corrected

    dialog.filter_edit.setText("norway")
    assert 0 < dialog.proxy.rowCount() < expected
    assert "match the filter" in dialog.status_label.text()
    dialog.close()
    window.tasks.wait()


def test_the_audit_action_waits_for_an_open_session(
    qtbot, demo_path: Path, settings: AppSettings
) -> None:
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()

    assert not window.session_menus.audit_action.isEnabled()


def test_export_writes_the_whole_trail_even_when_filtered(
    qtbot, demo_path: Path, settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    window = open_demo_session(qtbot, demo_path, settings)
    window.session_menus.show_audit()
    dialog = window.session_menus.audit_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=5000)
    dialog.filter_edit.setText("norway")
    target = tmp_path / "trail"  # no suffix typed: .csv is added
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )

    with qtbot.waitSignal(dialog.exported, timeout=5000) as exported:
        dialog.export_button.click()

    written = Path(exported.args[0])
    assert written == tmp_path / "trail.csv"
    lines = written.read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + dialog.model.rowCount()
    assert str(written) in dialog.status_label.text()
    if os.name == "posix":
        assert written.stat().st_size > 0
    dialog.close()
    window.tasks.wait()
