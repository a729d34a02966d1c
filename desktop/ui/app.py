"""The composition root: builds the application, its settings, the workspace and the main
window, and injects them. Nothing else in the UI looks anything up globally.

Hidden switches for tests and documentation (environment variables):
``TDT_QUIT_AFTER_SHOW=1`` quits as soon as the main window is shown;
``TDT_SCREENSHOT=file.png`` saves a picture of the main window once the list is loaded, then
quits. Both print errors on stderr instead of showing dialogs nobody would answer.
``TDT_LANGUAGE=en|fr|pseudo`` overrides the language setting.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop import APP_ID, APP_NAME, __version__, paths
from desktop.resources_path import icon_files
from desktop.services import DatabaseError, ServiceError, Workspace
from desktop.services.backups import DamagedDatabaseBackups, has_backups
from desktop.ui import i18n
from desktop.ui.collector import MainThreadCollector
from desktop.ui.errors import install_excepthook
from desktop.ui.main_window import MainWindow
from desktop.ui.open_failure import OpenFailureBox, Way
from desktop.ui.restore_dialog import RestoreDialog
from desktop.ui.settings import AppSettings, settings_file
from desktop.ui.tasks import TaskRunner


def run(db_path: Path | None, *, argv: list[str], throwaway: bool = False) -> int:
    """Start the GUI on ``db_path``, or where the user left off when it is None.
    ``throwaway``: the database is a demo copy, not worth remembering. Returns the exit code."""
    app = _application(argv)
    settings = AppSettings(settings_file(paths.config_dir()))
    # TDT_LANGUAGE (en, fr, pseudo) overrides the setting: screenshots, layout checks.
    i18n.install(os.environ.get("TDT_LANGUAGE") or settings.language())
    install_excepthook(paths.log_dir() / "tourdetable.log")
    collector = MainThreadCollector(app)  # never collect Qt objects from the worker thread
    workspace = _open_first(db_path or _starting_database(settings))
    if workspace is None:
        return 1
    window = MainWindow(workspace, settings, open_workspace=Workspace.open, throwaway=throwaway)
    window.show()
    _automation(app, window)
    try:
        return app.exec()
    finally:
        window.shutdown()
        collector.stop()


def _application(argv: list[str]) -> QApplication:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("tourdetable.org")
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(_window_icon())
    return app


def _window_icon() -> QIcon:
    """The application icon, one drawing per size (16 and 24 are drawn on the pixel grid)."""
    icon = QIcon()
    for png in icon_files():
        icon.addFile(str(png))
    return icon


def _starting_database(settings: AppSettings) -> Path:
    """The last database used when it is still there, else the default one."""
    last = settings.last_database()
    if last is not None and last.exists():
        return last
    default = paths.default_database()
    default.parent.mkdir(parents=True, exist_ok=True)
    return default


def _unattended() -> bool:
    return bool(os.environ.get("TDT_QUIT_AFTER_SHOW") or os.environ.get("TDT_SCREENSHOT"))


def _open_first(path: Path) -> Workspace | None:
    """Open ``path``; on failure say why and offer the ways out: read-only, try again,
    restore a backup, another file, or quitting."""
    read_only = False
    while True:
        try:
            return Workspace.open(path, read_only=read_only)
        except ServiceError as error:
            failure = error if isinstance(error, DatabaseError) else DatabaseError(str(error))
        if _unattended():
            print(str(failure), file=sys.stderr)
            return None
        box = OpenFailureBox(failure, path, has_backups=has_backups(path), at_start=True)
        box.exec()
        way = box.chosen()
        if way is Way.GIVE_UP:
            return None
        read_only = way is Way.READ_ONLY
        if way is Way.RESTORE:
            _restore_unopened(path)
        elif way is Way.ANOTHER:
            translate = QCoreApplication.translate
            name, _ = QFileDialog.getOpenFileName(
                None, translate("app", "Open Database"), str(path.parent),
                translate("app", "Tour de Table databases (*.sqlite *.db);;All files (*)"),
            )  # fmt: skip
            if name:
                path = Path(name)


def _restore_unopened(path: Path) -> None:
    """Before the window exists: choose a backup to put in place of ``path``."""
    tasks = TaskRunner()
    dialog = RestoreDialog(tasks, DamagedDatabaseBackups(path), None)
    dialog.exec()  # deletes itself on close; its sentence shows once the window is up
    tasks.wait()


def _automation(app: QApplication, window: MainWindow) -> None:
    if os.environ.get("TDT_QUIT_AFTER_SHOW"):
        QTimer.singleShot(0, app.quit)
    shot = os.environ.get("TDT_SCREENSHOT")
    if shot:

        def grab() -> None:
            if not window.grab().save(shot):
                print(f"The screenshot could not be saved to {shot}.", file=sys.stderr)
            app.quit()

        window.sessions.loaded.connect(lambda _count: QTimer.singleShot(300, grab))
