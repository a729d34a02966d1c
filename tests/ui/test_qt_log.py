"""The log from the Qt side: Qt's warnings land in tourdetable.log (and still reach
pytest-qt, which installed its own handler first), and Help › Open Log Folder."""

from __future__ import annotations

import logging
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, qWarning
from PySide6.QtGui import QDesktopServices

from desktop import logs
from desktop.services import Workspace
from desktop.ui import qt_log
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

LINE = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) \S+: "
)


@pytest.fixture
def small_log(tmp_path: Path) -> Iterator[Path]:
    """The log in tmp_path, rotating at 2 KB, two older files kept."""
    path = logs.configure(path=tmp_path / "logs" / "tourdetable.log", max_bytes=2000, backups=2)
    yield path
    logs.stop()


@pytest.fixture
def qt_to_log() -> Iterator[None]:
    """Our Qt message handler, installed over pytest-qt's, and pytest-qt's put back after."""
    restore = qt_log.install()
    yield
    restore()


@pytest.mark.qt_log_ignore("a warning from Qt for the log")
def test_the_log_rotates_and_holds_a_qt_warning(small_log: Path, qt_to_log: None, qtlog) -> None:
    for number in range(100):
        logging.getLogger("desktop.test").warning("line %d of a long day's log", number)
    qWarning("a warning from Qt for the log")

    text = small_log.read_text(encoding="utf-8")
    assert "WARNING qt: a warning from Qt for the log" in text
    lines = text.splitlines()
    assert all(LINE.match(line) for line in lines), lines[:3]
    older = sorted(p.name for p in small_log.parent.iterdir())
    assert older == ["tourdetable.log", "tourdetable.log.1", "tourdetable.log.2"]
    assert all(p.stat().st_size <= 2000 for p in small_log.parent.iterdir())
    for path in small_log.parent.iterdir():  # the owner's only, like every file the app writes
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # pytest-qt's handler still saw it: ours passes every message on.
    assert [r.message for r in qtlog.records] == ["a warning from Qt for the log"]


def test_a_qt_category_names_the_logger() -> None:
    assert qt_log.logger_for("default").name == "qt"
    assert qt_log.logger_for("qt.qpa.xcb").name == "qt.qpa.xcb"
    assert qt_log.logger_for("app").name == "qt.app"


# ---------------------------------------------------------------------- Help › Open Log Folder
@pytest.fixture
def window(qtbot, db_path: Path, settings: AppSettings) -> MainWindow:
    window = MainWindow(Workspace.open(db_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    return window


def test_open_log_folder_creates_it_and_shows_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    folder = logs.log_file().parent
    assert not folder.exists()
    window.log_folder_action.trigger()
    assert folder.is_dir()
    assert [url.toLocalFile() for url in opened] == [str(folder)]
    assert window.message_box is None


def test_a_folder_nothing_can_show_is_a_sentence(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window.log_folder_action.trigger()
    box = window.message_box
    assert box is not None and box.isVisible()
    assert box.text() == (
        f"No program could show the log folder. Open {logs.log_file().parent} in a file "
        "manager to find the log, tourdetable.log."
    )
    box.close()
