"""The main window: menus, the sessions list, and the database it works on.

The window can be shown before its database is open (``desktop.ui.app``): built without a
workspace, it is a shell, its menu bar and status bar and nothing that needs the database
(File › Quit works, the other menus wait), light enough to paint before the services and
the pages are imported. ``fill`` then imports them and builds the rest, as building the
window with a workspace does at once.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop import APP_NAME
from desktop.ui.locations import Location, is_server
from desktop.ui.settings import AppSettings
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported by import_parts, once the shell has painted
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget

    from desktop.services import Workspace
    from desktop.services.backups import DamagedDatabaseBackups
    from desktop.services.demo import write_demo
    from desktop.ui.about_dialog import AboutDialog
    from desktop.ui.archive_history import ArchiveDialog
    from desktop.ui.auto_backup import AutoBackup
    from desktop.ui.change_watch import ChangeWatch
    from desktop.ui.connector import OpenWorkspace
    from desktop.ui.database_menu import DatabaseMenu
    from desktop.ui.file_actions import FileActions
    from desktop.ui.focus_keeper import FocusKeeper
    from desktop.ui.language_menu import LanguageMenu
    from desktop.ui.locations import display_name, workspace_location
    from desktop.ui.minutes_signing import MinutesSigning
    from desktop.ui.qt_log import open_log_folder
    from desktop.ui.restore_dialog import RestoreDialog
    from desktop.ui.session.controller import SessionController
    from desktop.ui.session.new_session import NewSessionDialog
    from desktop.ui.session.page import SessionPage
    from desktop.ui.session.silence_badge import SilenceBadge
    from desktop.ui.session_menus import SessionMenus
    from desktop.ui.sessions_page import SessionsPage
    from desktop.ui.shortcuts_dialog import ShortcutsDialog, window_areas
    from desktop.ui.signing_actions import SigningActions
    from desktop.ui.silence_watch import SilenceWatch
    from desktop.ui.status_line import StatusLine

DEFAULT_SIZE = (1120, 700)


def import_parts() -> None:
    """Import what the filled window is made of (the services, the pages, the dialogs) into
    this module, where its methods find them: on the worker thread while the shell is up
    (``desktop.ui.app``), or by ``fill``. Classes only: nothing here makes a widget."""
    global AboutDialog, ArchiveDialog, AutoBackup, ChangeWatch, DamagedDatabaseBackups  # noqa: PLW0603
    global DatabaseMenu, FileActions, FocusKeeper, LanguageMenu, NewSessionDialog  # noqa: PLW0603
    global RestoreDialog, SessionController, SessionMenus, SessionPage, SessionsPage  # noqa: PLW0603
    global ShortcutsDialog, SilenceBadge, SilenceWatch, StatusLine, display_name  # noqa: PLW0603
    global open_log_folder, window_areas, workspace_location, write_demo  # noqa: PLW0603
    global MinutesSigning, SigningActions  # noqa: PLW0603
    global Qt, QApplication, QMessageBox, QStackedWidget  # noqa: PLW0603
    from PySide6.QtCore import Qt  # its hundred enumerations: 20-30 ms, not before the paint
    from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget

    from desktop.services.backups import DamagedDatabaseBackups
    from desktop.services.demo import write_demo
    from desktop.ui.about_dialog import AboutDialog
    from desktop.ui.archive_history import ArchiveDialog
    from desktop.ui.auto_backup import AutoBackup
    from desktop.ui.change_watch import ChangeWatch
    from desktop.ui.database_menu import DatabaseMenu
    from desktop.ui.file_actions import FileActions
    from desktop.ui.focus_keeper import FocusKeeper
    from desktop.ui.language_menu import LanguageMenu
    from desktop.ui.locations import display_name, workspace_location
    from desktop.ui.minutes_signing import MinutesSigning
    from desktop.ui.qt_log import open_log_folder
    from desktop.ui.restore_dialog import RestoreDialog
    from desktop.ui.session.controller import SessionController
    from desktop.ui.session.new_session import NewSessionDialog
    from desktop.ui.session.page import SessionPage
    from desktop.ui.session.silence_badge import SilenceBadge
    from desktop.ui.session_menus import SessionMenus
    from desktop.ui.sessions_page import SessionsPage
    from desktop.ui.shortcuts_dialog import ShortcutsDialog, window_areas
    from desktop.ui.signing_actions import SigningActions
    from desktop.ui.silence_watch import SilenceWatch
    from desktop.ui.status_line import StatusLine


class MainWindow(QMainWindow):
    databaseOpened = Signal(str)  # the location of the database now shown (path or address)
    painted = Signal()  # the window has painted itself (the shell's first paint: the start)

    def __init__(
        self,
        workspace: Workspace | None,
        settings: AppSettings,
        *,
        open_workspace: OpenWorkspace,
        throwaway: bool = False,
    ) -> None:
        """``throwaway``: the first database is a demo copy, deleted on exit, so it is
        neither remembered nor offered under Open Recent. Without ``workspace``, the shell
        (see the module's text): ``fill`` gives it one."""
        super().__init__()
        self._settings = settings
        self._throwaway = throwaway
        self._open_workspace = open_workspace
        self._closed = False
        self._filled = False
        self.message_box: QMessageBox | None = None  # the last message shown, for tests

        self.tasks = TaskRunner(self)
        self._build_shell()
        self._restore_geometry()
        if workspace is not None:
            self.fill(workspace)

    @property
    def filled(self) -> bool:
        """Whether the window has its database (``fill``), or is the shell still."""
        return self._filled

    @property
    def closed(self) -> bool:
        """Whether the window was shut down (``shutdown``)."""
        return self._closed

    def show_opening(self, location: Location) -> None:
        """The shell says which database it is opening."""
        if is_server(location):
            sentence = self.tr("Connecting to the database server…")
        else:
            sentence = self.tr("Opening %1…").replace("%1", Path(location).name)
        self.opening_label.setText(sentence)

    def fill(self, workspace: Workspace) -> None:
        """Give the shell its database: import the window's parts (unless done already)
        and build the pages, the watches and the menus' actions."""
        if self._filled:
            raise RuntimeError("The window has its database already; use install().")
        import_parts()
        settings, open_workspace = self._settings, self._open_workspace
        self._workspace = workspace
        self.controller = SessionController(self.tasks, self)
        self.sessions = SessionsPage(self.tasks, self)
        self.session_page = SessionPage(self.controller, self, settings=settings)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.sessions)
        self.pages.addWidget(self.session_page)
        self.setCentralWidget(self.pages)
        self.status = StatusLine(self.statusBar())
        self.silence_watch = self._watch_silence(settings)
        self.change_watch = ChangeWatch(  # what another window changes, every second
            self.tasks, self.controller, self.session_page.messages, self.silence_watch, self
        )
        self.path_label, self.count_label = self.status.path_label, self.status.count_label
        self.state_label = self.status.state_label
        self.sessions.loaded.connect(self.status.show_count)
        self.controller.changed.connect(
            lambda changes: self.sessions.reload() if changes.session_list else None
        )
        self.sessions.loaded.connect(self._reopen_last_session)
        self.sessions.sessionActivated.connect(self.open_session)
        self.sessions.createRequested.connect(self.new_session)
        self.sessions.demoRequested.connect(self.open_demo)
        self._demo_dir: tempfile.TemporaryDirectory[str] | None = None
        self._demo_numbers = itertools.count(1)
        self.session_page.backRequested.connect(self.show_sessions)
        self.session_page.detailLoaded.connect(self.status.show_session)
        self._reopen: int | None = None
        self.archive: ArchiveDialog | None = None
        self.file_actions = FileActions(
            self, self.sessions, self.tasks, lambda: self._workspace,
            signing=MinutesSigning(settings, self.tasks, self),
        )  # fmt: skip
        self.signing = SigningActions(self, settings, self.tasks)
        self.auto_backup = AutoBackup(self.tasks, settings, self.statusBar(), self)
        self.auto_backup.damaged.connect(self.warn)  # found by the check of each backup
        self.databases = DatabaseMenu(self, self, settings, open_workspace)
        self.recent_menu = self.databases.recent_menu
        self.restore_action = self.databases.restore_action

        self._build_menus()
        self._filled = True
        self._adopt(workspace, remember=not self._throwaway)

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    # ------------------------------------------------------------------ menus
    def _build_shell(self) -> None:
        """The menu bar, with File › Quit; the other menus wait for the database."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.session_menu = bar.addMenu(self.tr("&Session"))
        self.position_menu = bar.addMenu(self.tr("&Position"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.quit_action = self._action(self.tr("&Quit"))
        # setShortcuts with one key, not setShortcut: its overloads would have PySide build
        # the Qt namespace's hundred enumerations (40 ms) before the shell can paint.
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        for menu in (self.edit_menu, self.session_menu, self.position_menu, self.help_menu):
            menu.menuAction().setEnabled(False)
        # What is being opened, where the sessions list will be (a label: a status bar
        # would cost the shell's paint 15-25 ms; the window's own comes with the list).
        self.opening_label = QLabel(self)
        self.opening_label.setAccessibleName(self.tr("Opening the database"))
        self.opening_label.setContentsMargins(12, 12, 12, 12)
        self.setCentralWidget(self.opening_label)
        self.setWindowTitle(APP_NAME)

    def _build_menus(self) -> None:
        file_menu = self.file_menu
        file_menu.removeAction(self.quit_action)  # last again, below what comes now
        file_menu.setToolTipsVisible(True)  # a disabled export says why
        self.databases.fill(file_menu)
        file_menu.addSeparator()
        file_menu.addActions(self.file_actions.actions())
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addActions(self.signing.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu, session_menu = self.edit_menu, self.session_menu
        position_menu, help_menu = self.position_menu, self.help_menu
        for menu in (edit_menu, session_menu, position_menu, help_menu):
            menu.menuAction().setEnabled(True)
        self.session_menus = SessionMenus(
            self, self.controller, self.session_page,
            new_session=self.new_session, show_sessions=self.show_sessions,
        )  # fmt: skip
        self.session_menus.fill(edit_menu, session_menu, position_menu)
        self.session_menus.set_session_open(False)
        self.find_action = self._action(self.tr("&Find Sessions"), QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._find_sessions)
        edit_menu.addAction(self.find_action)
        self.archive_action = self._action(
            self.tr("Search the &Archive…"), QKeySequence("Ctrl+Shift+F")
        )
        self.archive_action.setToolTip(self.tr("Search every session's texts (Ctrl+Shift+F)"))
        self.archive_action.triggered.connect(self.show_archive)
        edit_menu.addAction(self.archive_action)
        edit_menu.addSeparator()
        self.language_menu = LanguageMenu(self._settings, self, say=self.inform)
        edit_menu.addMenu(self.language_menu)

        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), QKeySequence.StandardKey.HelpContents
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.log_folder_action = self._action(self.tr("Open &Log Folder"))
        self.log_folder_action.setToolTip(
            self.tr("Show the folder of the log, where unexpected errors are written down")
        )
        self.log_folder_action.triggered.connect(self.open_log_folder)
        help_menu.addAction(self.log_folder_action)
        self.about_action = self._action(self.tr("&About Tour de Table"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.focus_keeper = FocusKeeper(self)  # a closed menu gives the keyboard back

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)  # its shortcut works in this window (WindowShortcut)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    # ------------------------------------------------------------------ databases
    def new_database(self, path: Path) -> bool:
        return self.databases.new_database(path)

    def open_database(self, path: Path, *, read_only: bool = False) -> bool:
        return self.databases.open_database(path, read_only=read_only)

    def install(self, workspace: Workspace, *, throwaway: bool = False) -> None:
        """Show ``workspace`` in place of the database shown, which is closed."""
        self.silence_watch.set_workspace(None)
        self.tasks.wait()
        previous, self._workspace = self._workspace, workspace
        previous.close()
        self._throwaway = throwaway
        self._adopt(workspace, remember=not throwaway)

    def _adopt(self, workspace: Workspace, *, remember: bool) -> None:
        location = workspace_location(workspace)  # a file's path, or a server's address
        if remember:
            self._settings.add_recent_database(location)
        name = self.tr("Demo") if self._throwaway else display_name(location)
        if workspace.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name} — {APP_NAME}")
        self.setWindowFilePath("" if workspace.path is None else str(workspace.path.resolve()))
        self.status.show_database(
            location, throwaway=self._throwaway, read_only=workspace.read_only
        )
        self.databases.update_for(workspace)
        self.controller.set_workspace(workspace)
        # Settling deadlines writes: a read-only database is only read.
        self.silence_watch.set_workspace(None if workspace.read_only else workspace)
        self.change_watch.set_workspace(workspace)
        self.auto_backup.set_workspace(None if self._throwaway else workspace)
        if self.archive is not None:
            self.archive.set_workspace(workspace)
        self._show_page(session_open=False)
        self._reopen = None if self._throwaway else self._settings.last_session(location)
        self.sessions.set_workspace(workspace)
        self.sessions.table.setFocus()
        self.databaseOpened.emit(str(location))

    def _watch_silence(self, settings: AppSettings) -> SilenceWatch:
        """Settles deadlines on time (and at start), reminds before them, and says so."""
        watch = SilenceWatch(self.tasks, settings, self)
        messages = self.session_page.messages
        self.controller.changed.connect(watch.notice_changes)
        watch.changed.connect(self.controller.announce)
        watch.settled.connect(lambda notices: messages.inform(watch.describe_settled(notices)))
        watch.breakRecorded.connect(
            lambda found: messages.warn(watch.describe_break(found.procedure, found.letter))
        )
        self.silence_badge = SilenceBadge(self.statusBar(), quiet_when_none=True)
        self.statusBar().addPermanentWidget(self.silence_badge)
        self._silence_counts = (0, 0)
        self.session_page.silence.procedureCountChanged.connect(self._silence_counted)
        return watch

    def _silence_counted(self, running: int, broken: int) -> None:
        self._silence_counts = (running, broken)
        if self.pages.currentWidget() is self.session_page:
            self.silence_badge.show_counts(running, broken)

    # ------------------------------------------------------------------ sessions
    def open_session(self, session_id: int) -> None:
        """Work on ``session_id``: the grid, its form, attendance and agenda."""
        self._reopen = None
        if self.controller.session_id != session_id:
            self.controller.set_session(session_id)
        if not self._throwaway:
            self._settings.set_last_session(workspace_location(self._workspace), session_id)
        self._show_page(session_open=True)
        self.session_page.show_tab(0)

    def show_sessions(self) -> None:
        """Back to the list; the session stays selected there."""
        session_id = self.controller.session_id
        self._show_page(session_open=False)
        if not self._throwaway:
            self._settings.set_last_session(workspace_location(self._workspace), None)
        if session_id is not None:
            self.sessions.show_session(session_id)
        self.sessions.table.setFocus()

    def new_session(self) -> None:
        dialog = NewSessionDialog(self.controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._session_created(dialog.created_id, dialog.notices))
        self.new_session_dialog = dialog
        dialog.open()

    def _session_created(self, session_id: int | None, notices: tuple[str, ...] = ()) -> None:
        if session_id is None:
            return
        self.sessions.show_session(session_id)
        self.open_session(session_id)
        self.session_page.show_tab(3)  # a new session starts with its agenda
        if notices:  # the heads of delegation carried over, to check on the Attendance tab
            self.session_page.messages.inform(" ".join(notices))

    def open_demo(self) -> None:
        """A throwaway copy of the demo session, as ``--demo`` gives: written on the worker,
        deleted when the app closes."""
        if self._demo_dir is None:
            self._demo_dir = tempfile.TemporaryDirectory(
                prefix="tourdetable-demo-", ignore_cleanup_errors=True
            )
        path = Path(self._demo_dir.name) / f"demo-{next(self._demo_numbers)}.sqlite"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def written(_session_id: int) -> None:
            QApplication.restoreOverrideCursor()
            self.databases.switch_to(path, throwaway=True)

        def failed(error: Exception) -> None:
            QApplication.restoreOverrideCursor()
            self.warn(
                self.tr("The demo could not be written (%1). Check the free space in %2.")
                .replace("%1", str(error))
                .replace("%2", str(path.parent))
            )

        self.tasks.submit(lambda: write_demo(path), written, failed)

    def _reopen_last_session(self, _count: int) -> None:
        wanted, self._reopen = self._reopen, None
        if wanted is not None and self.sessions.model.row_of(wanted) is not None:
            self.sessions.show_session(wanted)
            self.open_session(wanted)

    def _show_page(self, *, session_open: bool) -> None:
        self.pages.setCurrentWidget(self.session_page if session_open else self.sessions)
        self.session_menus.set_session_open(session_open)
        self.status.show_page(session_open=session_open)
        self.auto_backup.set_session_open(session_open)
        if session_open:
            self.silence_badge.show_counts(*self._silence_counts)  # shown when there are any
        else:
            self.silence_badge.hide()

    def restore_unopened(self, path: Path) -> None:
        """Restore a backup in place of a database that would not open, then open it."""
        self.restore_dialog = dialog = RestoreDialog(self.tasks, DamagedDatabaseBackups(path), self)
        dialog.restored.connect(lambda *_: self.databases.switch_to(path))
        dialog.open()

    def show_restore(self) -> None:
        """File › Restore from Backup…; once a backup is restored, every view reloads. A
        database on a server has none of the app's backups."""
        if not self._workspace.backups.available:
            return
        self.restore_dialog = dialog = RestoreDialog(
            self.tasks, self._workspace, self, auto_backup=self.auto_backup
        )
        dialog.restored.connect(lambda *_: self._adopt(self._workspace, remember=False))
        dialog.open()

    def show_archive(self) -> None:
        """The archive's search and a delegation's history, in a window beside this one."""
        if self.archive is None:
            self.archive = ArchiveDialog(self.tasks, self)
            self.archive.openRequested.connect(self._open_at_item)
        self.archive.set_workspace(self._workspace)
        self.archive.show()
        self.archive.raise_()
        self.archive.activateWindow()
        self.archive.focus_search()

    def _open_at_item(self, session_id: int, item_id: int) -> None:
        self.sessions.show_session(session_id)
        self.open_session(session_id)
        self.session_page.show_item(item_id)
        self.activateWindow()

    def _find_sessions(self) -> None:
        if self.pages.currentWidget() is not self.sessions:
            self.show_sessions()
        self.sessions.filter_bar.focus_search()

    # ------------------------------------------------------------------ dialogs
    def show_shortcuts(self) -> None:
        """Help › Keyboard Shortcuts: every key, read from the window's own actions."""
        self.shortcuts_dialog = dialog = ShortcutsDialog(window_areas(self), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        """Help › About Tour de Table: the version, the licence, what the app bundles."""
        self.about_dialog = dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_log_folder(self) -> None:
        """Help › Open Log Folder, in the desktop's file manager; a sentence if it cannot."""
        failure = open_log_folder()
        if failure is not None:
            self.warn(failure)

    def inform(self, sentence: str) -> None:
        self._say(sentence, QMessageBox.Icon.Information)

    def warn(self, sentence: str) -> None:
        self._say(sentence, QMessageBox.Icon.Warning)

    def _say(self, sentence: str, icon: QMessageBox.Icon) -> None:
        """A sentence in a window-modal box that does not block the event loop."""
        self.message_box = box = QMessageBox(self)
        box.setWindowTitle(APP_NAME)
        box.setIcon(icon)
        box.setText(sentence)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ------------------------------------------------------------------ life cycle
    def _restore_geometry(self) -> None:
        geometry = self._settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set_window_geometry(self.saveGeometry())
        self._settings.sync()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Let running calls finish, then close the database. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        if not self._filled:  # the shell: no database yet
            self.tasks.wait()
            return
        self.databases.shutdown()
        self.change_watch.set_workspace(None)
        self.silence_watch.set_workspace(None)
        self.auto_backup.set_workspace(None)
        self.tasks.wait()
        self._workspace.close()
        if self._demo_dir is not None:
            self._demo_dir.cleanup()
