"""The File menu's databases: open a file (or read it only), create one, connect to a database
on a server, the recent databases, and restoring a backup; and the ways out when a database
will not open.

A file opens on the GUI thread under a wait cursor (a local file answers at once). A
database on a server connects on a worker of its own (:class:`Connector`): from the Connect
to Server dialog, which shows that it is busy and keeps what was typed when it fails, or
from the recent list with the password the system keyring keeps (else libpq's ~/.pgpass);
a refused login opens the dialog, filled in, asking for the password.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop.services import DatabaseError, Fault, ServiceError, Workspace
from desktop.services.backups import has_backups
from desktop.services.credentials import ServerAddress
from desktop.ui.connect_dialog import ConnectDialog
from desktop.ui.connector import Connection, Connector, OpenWorkspace
from desktop.ui.file_actions import documents_folder
from desktop.ui.locations import (
    Location,
    display_name,
    is_server,
    location_key,
    workspace_location,
)
from desktop.ui.open_failure import OpenFailureBox, Way
from desktop.ui.settings import AppSettings

STATUS_TIMEOUT_MS = 10_000


class Owner(Protocol):
    """What the menu asks of the window that owns it (a protocol, so that this module does not
    import the main window back). The window is also its Qt parent, passed on its own."""

    message_box: QMessageBox | None  # the last message shown, for tests

    @property
    def workspace(self) -> Workspace: ...

    def install(self, workspace: Workspace, *, throwaway: bool = False) -> None: ...

    def warn(self, sentence: str) -> None: ...

    def show_restore(self) -> None: ...

    def restore_unopened(self, path: Path) -> None: ...


class DatabaseMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        owner: Owner,
        settings: AppSettings,
        open_workspace: OpenWorkspace,
    ) -> None:
        """``window`` is the parent of the menu's actions, menus and dialogs and shows its
        status messages; ``owner`` (the same window) does what the menu cannot."""
        super().__init__(window)
        self._window = window
        self._owner = owner
        self._settings = settings
        self._open_workspace = open_workspace
        self.connector = Connector(open_workspace, self)
        self.connect_dialog: ConnectDialog | None = None
        self._reconnecting: int | None = None  # a connection from the recent list

        self.open_action = self._action(self.tr("&Open Database…"), QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_database)
        self.connect_action = self._action(self.tr("&Connect to Server…"))
        self.connect_action.setToolTip(
            self.tr("Open a database that the workstations share on a PostgreSQL server")
        )
        self.connect_action.triggered.connect(self.show_connect)
        self.new_action = self._action(self.tr("&New Database…"), QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.choose_new_database)
        self.open_read_only_action = self._action(self.tr("Open Database &Read-Only…"))
        self.open_read_only_action.setToolTip(
            self.tr("Open a database to read and export without changing it")
        )
        self.open_read_only_action.triggered.connect(lambda: self.choose_database(read_only=True))
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.restore_action = self._action(self.tr("Restore from &Backup…"))
        self.restore_action.triggered.connect(owner.show_restore)

    def fill(self, menu: QMenu) -> None:
        """The opening actions, at the top of the File menu."""
        for action in (
            self.open_action, self.connect_action, self.open_read_only_action, self.new_action,
        ):  # fmt: skip
            menu.addAction(action)
        menu.addMenu(self.recent_menu)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._window.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def update_for(self, workspace: Workspace) -> None:
        """Restoring a backup is for a file: a server's backups are its own (pg_dump)."""
        available = workspace.backups.available
        self.restore_action.setEnabled(available)
        tip = (
            self.tr("Put one of this database's automatic backups in its place")
            if available
            else self.tr("This database is on a server: its backups are kept by your IT "
                         "department (pg_dump), who can restore one.")
        )  # fmt: skip
        self.restore_action.setToolTip(tip)
        self.restore_action.setStatusTip(tip)

    # ------------------------------------------------------------------ files
    def choose_database(self, *, read_only: bool = False) -> None:
        title = self.tr("Open Database Read-Only") if read_only else self.tr("Open Database")
        name, _ = QFileDialog.getOpenFileName(
            self._window, title, str(self._folder()), self._file_filter()
        )
        if name:
            self.open_database(Path(name), read_only=read_only)

    def choose_new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("New Database"), str(self._folder() / "sessions.sqlite"),
            self._file_filter(), "", QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if name:
            self.new_database(Path(name))

    def _folder(self) -> Path:
        """Where the file dialogs start: beside the database shown, else the last file."""
        path = self._owner.workspace.path
        if path is None:
            files = [p for p in self._settings.recent_databases() if isinstance(p, Path)]
            path = files[0] if files else None
        return path.parent if path is not None and path.parent.is_dir() else documents_folder()

    def _file_filter(self) -> str:
        return self.tr("Tour de Table databases (*.sqlite *.db);;All files (*)")

    def new_database(self, path: Path) -> bool:
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        if path.exists():
            self._owner.warn(
                self.tr("The file %1 already exists. Choose another name, or use Open Database "
                        "to open it.").replace("%1", str(path))
            )  # fmt: skip
            return False
        return self.switch_to(path)

    def open_database(self, path: Path, *, read_only: bool = False) -> bool:
        if not path.exists():  # its backups, if any, can be put in its place
            sentence = self.tr("The database %1 was not found. It may have been moved, renamed "
                               "or deleted.").replace("%1", str(path))  # fmt: skip
            self.offer_ways_out(DatabaseError(sentence, fault=Fault.MISSING), path)
            return False
        return self.switch_to(path, read_only=read_only)

    def switch_to(self, path: Path, *, throwaway: bool = False, read_only: bool = False) -> bool:
        """Open the file at ``path`` in place of the database shown."""
        current = self._owner.workspace
        same = location_key(path) == location_key(workspace_location(current))
        if same and read_only == current.read_only:
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = self._open_workspace(path, read_only=read_only)
        except ServiceError as error:
            QApplication.restoreOverrideCursor()
            self.offer_ways_out(error, path)
            return False
        QApplication.restoreOverrideCursor()
        self._owner.install(workspace, throwaway=throwaway)
        return True

    def open_location(self, location: Location) -> None:
        """A database of the recent list: a file, or a server database to connect to."""
        if is_server(location):
            self.reconnect(str(location))
        else:
            self.open_database(Path(location))

    # ------------------------------------------------------------------ servers
    def show_connect(
        self, *, address: ServerAddress | None = None, failure: DatabaseError | None = None
    ) -> None:
        """File › Connect to Server…: filled in with ``address`` (the server shown, when
        None), saying why it is asked again when ``failure`` is given."""
        if address is None and self._owner.workspace.is_server:
            address, _ = ServerAddress.parse(str(workspace_location(self._owner.workspace)))
        if self.connect_dialog is not None:
            self.connect_dialog.close()
        dialog = ConnectDialog(
            self.connector, self._window, address=address,
            remember=self._settings.remember_password_choice(),
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connected.connect(lambda connection: self._dialog_connected(dialog, connection))
        dialog.destroyed.connect(lambda: self._forget_dialog(dialog))
        if failure is not None:
            dialog.show_failure(str(failure), failure.fault)
        self.connect_dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: ConnectDialog) -> None:
        if self.connect_dialog is dialog:
            self.connect_dialog = None

    def _dialog_connected(self, dialog: ConnectDialog, connection: Connection) -> None:
        if dialog.remember_box.isEnabled():
            self._settings.set_remember_password_choice(dialog.remember_box.isChecked())
        self._adopt_connection(connection)

    def reconnect(self, location: str) -> None:
        """Connect to the server database at ``location`` (without password): the keyring's
        password, else libpq's; a refused login asks for the password."""
        if location_key(location) == location_key(workspace_location(self._owner.workspace)):
            return
        try:
            address, password = ServerAddress.parse(location)
        except ValueError:
            self.show_connect()
            return
        if self._reconnecting is not None:
            self.connector.abandon(self._reconnecting)
        else:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._window.statusBar().showMessage(
            self.tr("Connecting to %1…").replace("%1", display_name(location))
        )

        def done(connection: Connection) -> None:
            self._reconnected()
            self._adopt_connection(connection)

        def failed(error: Exception) -> None:
            self._reconnected()
            if not isinstance(error, ServiceError):
                raise error
            self.offer_ways_out(error, address.location)

        self._reconnecting = self.connector.start(address, done, failed, password=password)

    def _reconnected(self) -> None:
        self._reconnecting = None
        QApplication.restoreOverrideCursor()
        self._window.statusBar().clearMessage()

    def _adopt_connection(self, connection: Connection) -> None:
        self._owner.install(connection.workspace)
        if connection.note:  # connected, but the password could not be remembered
            self._owner.warn(connection.note)

    # ------------------------------------------------------------------ ways out
    def offer_ways_out(self, error: ServiceError, location: Location) -> None:
        """Say why ``location`` did not open and offer what can be done about it; a refused
        login on a server asks for the password at once."""
        failure = error if isinstance(error, DatabaseError) else DatabaseError(str(error))
        server = is_server(location)
        if server and failure.fault is Fault.LOGIN:
            self.show_connect(address=ServerAddress.parse(str(location))[0], failure=failure)
            return
        backups = not server and has_backups(Path(location))
        box = OpenFailureBox(
            failure, location, has_backups=backups, at_start=False, parent=self._window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: self._take_way_out(box.chosen(), location, failure))
        self._owner.message_box = box
        box.open()

    def _take_way_out(self, way: Way, location: Location, failure: DatabaseError) -> None:
        if way is Way.READ_ONLY:
            self.switch_to(Path(location), read_only=True)
        elif way is Way.RETRY:
            self.open_location(location)
        elif way is Way.RESTORE:
            self._owner.restore_unopened(Path(location))
        elif way is Way.SERVER:
            self.show_connect(address=ServerAddress.parse(str(location))[0], failure=failure)
        elif way is Way.ANOTHER:
            self.choose_database()

    # ------------------------------------------------------------------ recent
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.recent_databases()
        for number, location in enumerate(recent, start=1):
            name = display_name(location)
            label = f"&{number} {name}" if number < 10 else name
            action = self.recent_menu.addAction(label)
            action.setToolTip(str(location))
            action.setStatusTip(str(location))
            action.triggered.connect(lambda _=False, at=location: self.open_location(at))
        if not recent:
            self.recent_menu.addAction(self.tr("No Recent Databases")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear Menu")).triggered.connect(
            self._settings.clear_recent_databases
        )

    def shutdown(self) -> None:
        """Wait for a connection under way; what it reaches is closed."""
        if self._reconnecting is not None:
            self._reconnected()
        self.connector.shutdown()
