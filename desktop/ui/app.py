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
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop import APP_ID, APP_NAME, __version__, paths
from desktop.resources_path import icon_files
from desktop.services import DatabaseError, Fault, ServiceError, Workspace
from desktop.services.backups import DamagedDatabaseBackups, has_backups
from desktop.services.credentials import ServerAddress, stored_password
from desktop.ui import i18n
from desktop.ui.collector import MainThreadCollector
from desktop.ui.connect_dialog import ConnectDialog
from desktop.ui.connector import Connector
from desktop.ui.errors import install_excepthook
from desktop.ui.locations import Location, as_location, is_server
from desktop.ui.main_window import MainWindow
from desktop.ui.open_failure import OpenFailureBox, Way
from desktop.ui.restore_dialog import RestoreDialog
from desktop.ui.settings import AppSettings, settings_file
from desktop.ui.tasks import TaskRunner

GUI_SWITCH_INTERVAL_S = 0.001


def run(
    db_path: Path | str | None,
    *,
    argv: list[str],
    throwaway: bool = False,
    read_only: bool = False,
) -> int:
    """Start the GUI on ``db_path`` (a file, or a server database's ``postgresql://``
    address), or where the user left off when it is None. ``throwaway``: the database is a
    demo copy, not worth remembering; ``read_only``: a file is opened read-only (as File ›
    Open Database Read-Only… does). Returns the exit code."""
    app = _application(argv)
    # The database worker runs Python too; while it does, the GUI thread waits for its turn
    # at the interpreter lock, by default up to 5 ms: a key's paint must not wait that long.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    settings = AppSettings(settings_file(paths.config_dir()))
    # TDT_LANGUAGE (en, fr, pseudo) overrides the setting: screenshots, layout checks.
    i18n.install(os.environ.get("TDT_LANGUAGE") or settings.language())
    install_excepthook(paths.log_dir() / "tourdetable.log")
    collector = MainThreadCollector(app)  # never collect Qt objects from the worker thread
    location = as_location(db_path) if isinstance(db_path, str) else db_path
    workspace = _open_first(location or _starting_database(settings), settings, read_only=read_only)
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


def _starting_database(settings: AppSettings) -> Location:
    """The last database used when it is still there (or on a server), else the default
    one."""
    last = settings.last_database()
    if last is not None and (is_server(last) or Path(last).exists()):
        return last
    default = paths.default_database()
    default.parent.mkdir(parents=True, exist_ok=True)
    return default


def _unattended() -> bool:
    return bool(os.environ.get("TDT_QUIT_AFTER_SHOW") or os.environ.get("TDT_SCREENSHOT"))


def _open_first(
    location: Location, settings: AppSettings, *, read_only: bool = False
) -> Workspace | None:
    """Open ``location``; on failure say why and offer the ways out: read-only, try again,
    restore a backup, another file, or quitting; for a server, the Connect to Server dialog
    (at once when the login is refused, asking for the password)."""
    failure: DatabaseError | None = None
    while True:
        if failure is None:
            try:
                return _open(location, read_only=read_only)
            except ServiceError as error:
                failure = error if isinstance(error, DatabaseError) else DatabaseError(str(error))
            if _unattended():
                print(str(failure), file=sys.stderr)
                return None
            if is_server(location) and failure.fault is Fault.LOGIN:
                workspace = _ask_login(str(location), failure, settings)
                if workspace is not None:
                    return workspace
        backups = not is_server(location) and has_backups(Path(location))
        box = OpenFailureBox(failure, location, has_backups=backups, at_start=True)
        box.exec()
        way = box.chosen()
        if way is Way.GIVE_UP:
            return None
        if way is Way.SERVER:
            workspace = _ask_login(str(location), failure, settings)
            if workspace is not None:
                return workspace
            continue  # cancelled: the same ways out again
        if way is Way.ANOTHER:
            name = _choose_file(location)
            if not name:
                continue
            location = Path(name)
        read_only = way is Way.READ_ONLY
        if way is Way.RESTORE:
            _restore_unopened(Path(location))
        failure = None


def _open(location: Location, *, read_only: bool) -> Workspace:
    if not is_server(location):
        return Workspace.open(location, read_only=read_only)
    address, password = ServerAddress.parse(str(location))
    return Workspace.open(address.url(), password=password or stored_password(address.location))


def _choose_file(location: Location) -> str:
    translate = QCoreApplication.translate
    folder = Path.home() if is_server(location) else Path(location).parent
    name, _ = QFileDialog.getOpenFileName(
        None, translate("app", "Open Database"), str(folder),
        translate("app", "Tour de Table databases (*.sqlite *.db);;All files (*)"),
    )  # fmt: skip
    return name


def _ask_login(location: str, failure: DatabaseError, settings: AppSettings) -> Workspace | None:
    """Before the window exists: the Connect to Server dialog, filled in with ``location``
    and saying why it is asked."""
    try:
        address, _password = ServerAddress.parse(location)
    except ValueError:
        address = ServerAddress()
    connector = Connector(Workspace.open)
    dialog = ConnectDialog(
        connector, None, address=address, remember=settings.remember_password_choice()
    )
    dialog.show_failure(str(failure), failure.fault)
    dialog.exec()
    connector.shutdown()
    connection = dialog.connection
    if connection is None:
        return None
    if dialog.remember_box.isEnabled():
        settings.set_remember_password_choice(dialog.remember_box.isChecked())
    if connection.note:  # connected, but the password could not be remembered
        QMessageBox.warning(None, APP_NAME, connection.note)
    return connection.workspace


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
