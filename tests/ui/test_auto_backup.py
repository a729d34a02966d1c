"""Automatic backups: one when a database is adopted, then on a timer while a session is
open; a failure is a sentence in the status bar, never a dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from desktop import paths
from desktop.services import Workspace
from desktop.services.backups import BackupReason
from desktop.ui.auto_backup import AutoBackup
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings, settings_file
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def host(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def auto(host: QMainWindow, settings: AppSettings) -> Iterator[AutoBackup]:
    tasks = TaskRunner(host)
    backup = AutoBackup(tasks, settings, host.statusBar(), host)
    yield backup
    backup.set_workspace(None)
    tasks.wait()


def _settle(qtbot: QtBot, auto: AutoBackup) -> None:
    qtbot.waitUntil(lambda: not auto._pending)


def _backups(database: Path) -> list[str]:
    folder = paths.backup_dir(database)
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_the_interval_is_a_setting_of_ten_minutes_by_default(tmp_path: Path) -> None:
    settings = AppSettings(settings_file(tmp_path))
    assert settings.backup_interval_minutes() == 10
    settings.set_backup_interval_minutes(25)
    settings.sync()
    assert AppSettings(settings_file(tmp_path)).backup_interval_minutes() == 25
    settings.set_backup_interval_minutes(-3)
    assert settings.backup_interval_minutes() == 0  # off
    settings.store.setValue("backups/interval_minutes", "often")
    assert settings.backup_interval_minutes() == 10


def test_a_backup_is_taken_on_adopting_a_database(
    qtbot: QtBot, auto: AutoBackup, demo_workspace: Workspace
) -> None:
    with qtbot.waitSignal(auto.taken) as taken:
        auto.set_workspace(demo_workspace)
    info = taken.args[0]
    assert info.reason is BackupReason.OPENED
    assert info.path.parent == paths.backup_dir(demo_workspace.path)
    assert info.summary is not None and info.summary.sessions == 1
    assert not auto.timer.isActive()  # no session is open yet


def test_the_timer_runs_while_a_session_is_open(
    qtbot: QtBot, auto: AutoBackup, demo_workspace: Workspace, settings: AppSettings
) -> None:
    auto.set_workspace(demo_workspace)
    _settle(qtbot, auto)

    auto.set_session_open(True)
    assert auto.timer.isActive()
    assert auto.timer.interval() == 10 * 60_000
    auto.set_session_open(False)
    assert not auto.timer.isActive()

    settings.set_backup_interval_minutes(0)
    auto.set_session_open(True)
    assert not auto.timer.isActive()


def test_a_timed_backup_only_when_something_changed(
    qtbot: QtBot, auto: AutoBackup, demo_workspace: Workspace
) -> None:
    auto.set_workspace(demo_workspace)
    _settle(qtbot, auto)
    taken: list[object] = []
    auto.taken.connect(taken.append)

    auto.timer.timeout.emit()  # nothing was written since the backup on opening
    _settle(qtbot, auto)
    assert taken == []

    session = demo_workspace.sessions.list_sessions()[0]
    demo_workspace.sessions.update(session.id, place="Mons")
    with qtbot.waitSignal(auto.taken) as signal:
        auto.timer.timeout.emit()
    assert signal.args[0].reason is BackupReason.INTERVAL
    assert len(_backups(demo_workspace.path)) == 2


def test_a_failure_is_a_sentence_in_the_status_bar(
    qtbot: QtBot,
    auto: AutoBackup,
    host: QMainWindow,
    demo_workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = demo_workspace.path.parent / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    monkeypatch.setattr(paths, "backup_dir", lambda _database: blocker / "backups")

    with qtbot.waitSignal(auto.failed) as failed:
        auto.set_workspace(demo_workspace)

    sentence = failed.args[0]
    assert sentence.startswith("Automatic backup failed: No backup could be taken")
    assert "Your data is unchanged" in sentence
    assert host.statusBar().currentMessage() == sentence
    assert QApplication.activeModalWidget() is None


def test_a_read_only_database_is_not_backed_up(
    qtbot: QtBot, auto: AutoBackup, demo_path: Path
) -> None:
    with Workspace.open(demo_path, read_only=True) as reader:
        auto.set_workspace(reader)
        auto.set_session_open(True)
        assert not auto._pending
        assert not auto.timer.isActive()
    assert _backups(demo_path) == []


def test_the_main_window_backs_up_what_it_opens(
    qtbot: QtBot, demo_path: Path, settings: AppSettings
) -> None:
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    qtbot.waitUntil(lambda: window.auto_backup.last is not None)
    assert [name.rsplit("-", 1)[-1] for name in _backups(demo_path)] == ["open.sqlite"]

    session_id = window.sessions.model.session(0).id
    window.open_session(session_id)
    assert window.auto_backup.timer.isActive()
    window.show_sessions()
    assert not window.auto_backup.timer.isActive()
    window.shutdown()


def test_a_demo_is_not_backed_up(qtbot: QtBot, demo_path: Path, settings: AppSettings) -> None:
    window = MainWindow(
        Workspace.open(demo_path), settings, open_workspace=Workspace.open, throwaway=True
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    window.open_session(window.sessions.model.session(0).id)
    assert not window.auto_backup.timer.isActive()
    window.shutdown()
    assert _backups(demo_path) == []
