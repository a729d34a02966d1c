"""The composition root: builds the application, its settings, the workspace and the main
window, and injects them. Nothing else in the UI looks anything up globally.

The window is painted first, the database opened behind it: the main window is shown as a
shell (its menus, the status bar saying what is being opened) with nothing imported but Qt
and the settings; the services and the window's pages are imported, and the database
opened, on the window's worker thread; the window is filled when it is open. A database
that will not open is said as before, in the same dialogs, over the shell.

Hidden switches for tests and documentation (environment variables):
``TDT_QUIT_AFTER_SHOW=1`` quits as soon as the main window is shown;
``TDT_SCREENSHOT=file.png`` saves a picture of the main window once the list is loaded, then
quits. Both print errors on stderr instead of showing dialogs nobody would answer, and show
the window once it is filled (not the shell).
``TDT_LANGUAGE=en|fr|pseudo`` overrides the language setting.
``TDT_STARTUP_TIMES=file`` (``bench/startup.py``): writes to ``file`` the moments (Unix
time) of the main window's first paint and of its first paint once the sessions list is
filled in, as JSON, then quits.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_ID, APP_NAME, __version__, paths
from desktop.resources_path import icon_files
from desktop.ui import i18n, qt_log
from desktop.ui.collector import MainThreadCollector
from desktop.ui.errors import install_excepthook
from desktop.ui.locations import Location, as_location, is_server
from desktop.ui.main_window import MainWindow, import_parts
from desktop.ui.settings import AppSettings, settings_file
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported on the worker thread while the window paints (_open_behind)
    from desktop.services import DatabaseError, Workspace

GUI_SWITCH_INTERVAL_S = 0.001
# The database is opened once the shell has painted, or after this long if it has not (the
# worker's Python, importing the services, would make each event of the paint wait for it).
BEGIN_AT_THE_LATEST_MS = 300
log = logging.getLogger(__name__)


def run(
    db_path: Path | str | None,
    *,
    argv: list[str],
    throwaway: bool = False,
    read_only: bool = False,
    offer: Path | None = None,
) -> int:
    """Start the GUI on ``db_path`` (a file, or a server database's ``postgresql://``
    address), or where the user left off when it is None. ``throwaway``: the database is a
    demo copy, not worth remembering; ``read_only``: a file is opened read-only (as File ›
    Open Database Read-Only… does); ``offer``: a session file to offer to import once the
    window is up (``tourdetable FILE.json``). Returns the exit code."""
    qt_log.install()  # Qt's messages into the log, from the platform plugin's first on
    app = _application(argv, icon=False)  # the icon: once the window has painted
    log.info(
        "%s %s started: Python %s, Qt %s, %s platform",
        APP_NAME, __version__, sys.version.split()[0], qVersion(), app.platformName(),
    )  # fmt: skip
    # The database worker runs Python too; while it does, the GUI thread waits for its turn
    # at the interpreter lock, by default up to 5 ms: a key's paint must not wait that long.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    settings = AppSettings(settings_file(paths.config_dir()))
    # TDT_LANGUAGE (en, fr, pseudo) overrides the setting: screenshots, layout checks.
    i18n.install(os.environ.get("TDT_LANGUAGE") or settings.language())
    install_excepthook()
    collector = MainThreadCollector(app)  # never collect Qt objects from the worker thread
    location = as_location(db_path) if isinstance(db_path, str) else db_path
    location = location or _starting_database(settings)
    window = MainWindow(None, settings, open_workspace=_open_workspace, throwaway=throwaway)
    window.show_opening(location)
    times = _StartupTimes.from_environment(app, window)
    if not _unattended():  # unattended, errors go to stderr with no window before them
        window.show()
    start = _Start(app, window, settings, location, read_only=read_only, offer=offer)
    if times is not None:
        start.filled.connect(times.watch_list)
    try:
        code = app.exec()
        start.raise_unexpected()
        return code
    finally:
        window.shutdown()
        start.close_unused()
        if times is not None:
            times.write()
        collector.stop()


class _Start(QObject):
    """The database opened behind the painted shell: on the window's worker thread, the
    services and the window's parts imported and ``location`` opened; back on the GUI
    thread, the window filled, or the ways out of a database that will not open offered
    (``_open_first``), or the app ended (exit code 1) when none is taken."""

    filled = Signal()  # the window has its database

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        settings: AppSettings,
        location: Location,
        *,
        read_only: bool,
        offer: Path | None,
    ) -> None:
        super().__init__(window)
        self._app, self._window, self._settings = app, window, settings
        self._location, self._read_only, self._offer = location, read_only, offer
        self._opened: Workspace | None = None  # on the worker: until the window takes it
        self._unexpected: Exception | None = None
        self._begun = False
        if window.isVisible():  # once it has painted: the worker's Python would slow it
            window.painted.connect(self._painted)
            QTimer.singleShot(BEGIN_AT_THE_LATEST_MS, self._begin)
        else:
            self._begin()

    def _painted(self) -> None:
        self._window.painted.disconnect(self._painted)
        QTimer.singleShot(0, self._begin)  # once this paint is on the screen

    def _begin(self) -> None:
        if not self._begun:
            self._begun = True
            self._window.tasks.submit(self._open_behind, self._opened_it, self._failed)
            self._app.setWindowIcon(_window_icon())  # 5-10 ms, not before the first paint

    def _open_behind(self) -> Workspace:
        """On the worker thread."""
        workspace = self._opened = _open(self._location, read_only=self._read_only)
        import_parts()  # the window's modules, imported here rather than on the GUI thread
        return workspace

    def _opened_it(self, workspace: Workspace) -> None:
        if self._window.closed:  # closed while it opened: close_unused closes it
            return
        self._opened = None
        self._window.fill(workspace)
        self.filled.emit()
        self._window.show()
        if self._offer is not None:
            self._window.file_actions.offer_import(self._offer)
        _automation(self._app, self._window)

    def _failed(self, error: Exception) -> None:
        from desktop.services import DatabaseError, ServiceError

        if not isinstance(error, ServiceError):
            self._unexpected = error  # raised from run(): the command line says it
            self._app.exit(1)
            return
        failure = error if isinstance(error, DatabaseError) else DatabaseError(str(error))
        workspace = _open_first(
            self._location, self._settings, read_only=self._read_only, failure=failure
        )
        if workspace is None:
            self._app.exit(1)
        else:
            self._opened_it(workspace)

    def raise_unexpected(self) -> None:
        if self._unexpected is not None:
            raise self._unexpected

    def close_unused(self) -> None:
        """The window closed before it took the database opened for it: close it."""
        workspace, self._opened = self._opened, None
        if workspace is not None:
            workspace.close()


def _open_workspace(
    path: Path | str, *, read_only: bool = False, password: str | None = None
) -> Workspace:
    """``Workspace.open``, the services imported when first called (File › Open and the
    others, once the window is filled)."""
    from desktop.services import Workspace

    return Workspace.open(path, read_only=read_only, password=password)


class _StartupTimes(QObject):
    """``TDT_STARTUP_TIMES``: when the main window first painted, and first painted with the
    sessions list filled in (``bench/startup.py``); then quits."""

    def __init__(self, app: QApplication, window: MainWindow, path: Path) -> None:
        super().__init__(app)
        self._app, self._window, self._path = app, window, path
        self.moments: dict[str, float] = {}
        # The window's own paints (the first comes before its children's), not an event
        # filter on the whole application: PySide would build the Python type of every
        # object and event handed to it, for the first time, before the first paint.
        window.painted.connect(self._painted)

    @classmethod
    def from_environment(cls, app: QApplication, window: MainWindow) -> _StartupTimes | None:
        path = os.environ.get("TDT_STARTUP_TIMES")
        return cls(app, window, Path(path)) if path else None

    def _painted(self) -> None:
        now = time.time()
        if "painted" not in self.moments:
            self.moments["painted"] = now
            self.moments["painted_cpu"] = time.process_time()  # seconds of CPU to it
        if "listed" in self.moments and "filled" not in self.moments:
            self.moments["filled"] = now
            QTimer.singleShot(0, self._app.quit)

    def watch_list(self) -> None:
        """The window is filled: its sessions list is being read."""
        self._window.sessions.loaded.connect(self._list_loaded)

    def _list_loaded(self, _count: int) -> None:
        self.moments.setdefault("listed", time.time())
        self._window.update()

    def write(self) -> None:
        import json

        self._path.write_text(json.dumps(self.moments), encoding="utf-8")


def _application(argv: list[str], *, icon: bool = True) -> QApplication:
    """The application, named, with its icon (``icon`` False: set later, ``_Start``)."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("tourdetable.org")
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    if icon:
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
    location: Location,
    settings: AppSettings,
    *,
    read_only: bool = False,
    failure: DatabaseError | None = None,
) -> Workspace | None:
    """Open ``location``; on failure say why and offer the ways out: read-only, try again,
    restore a backup, another file, or quitting; for a server, the Connect to Server dialog
    (at once when the login is refused, asking for the password). ``failure``: why the
    first try, made already, failed."""
    from desktop.services import DatabaseError, ServiceError
    from desktop.services.backups import has_backups
    from desktop.ui.open_failure import OpenFailureBox, Way

    tried = failure is not None  # a try just failed: say so, before the ways out
    while True:
        if failure is None:
            try:
                return _open(location, read_only=read_only)
            except ServiceError as error:
                failure = error if isinstance(error, DatabaseError) else DatabaseError(str(error))
            tried = True
        if tried:
            tried = False
            said = _just_failed(location, failure, settings)
            if said is not None:
                return said or None
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


def _just_failed(
    location: Location, failure: DatabaseError, settings: AppSettings
) -> Workspace | Literal[False] | None:
    """Right after a try failed: unattended, its sentence on stderr (False: give up); a
    login a server refused, the Connect to Server dialog at once (the database it connected
    to). None: on to the ways out."""
    from desktop.services import Fault

    if _unattended():
        print(str(failure), file=sys.stderr)
        return False
    if is_server(location) and failure.fault is Fault.LOGIN:
        return _ask_login(str(location), failure, settings)
    return None


def _open(location: Location, *, read_only: bool) -> Workspace:
    from desktop.services import Workspace
    from desktop.services.credentials import ServerAddress, stored_password

    if not is_server(location):
        return Workspace.open(location, read_only=read_only)
    address, password = ServerAddress.parse(str(location))
    return Workspace.open(address.url(), password=password or stored_password(address.location))


def _choose_file(location: Location) -> str:
    from PySide6.QtWidgets import QFileDialog

    translate = QCoreApplication.translate
    folder = Path.home() if is_server(location) else Path(location).parent
    name, _ = QFileDialog.getOpenFileName(
        None, translate("app", "Open Database"), str(folder),
        translate("app", "Tour de Table databases (*.sqlite *.db);;All files (*)"),
    )  # fmt: skip
    return name


def _ask_login(location: str, failure: DatabaseError, settings: AppSettings) -> Workspace | None:
    """Before the window is filled: the Connect to Server dialog, filled in with
    ``location`` and saying why it is asked."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.services import Workspace
    from desktop.services.credentials import ServerAddress
    from desktop.ui.connect_dialog import ConnectDialog
    from desktop.ui.connector import Connector

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
    """Before the window is filled: choose a backup to put in place of ``path``."""
    from desktop.services.backups import DamagedDatabaseBackups
    from desktop.ui.restore_dialog import RestoreDialog

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
