"""The File menu's session actions: export a session file, import one, export the minutes.

Every service call runs on the ``TaskRunner``'s worker thread, so a long export never blocks
the GUI thread; answers come back on the GUI thread. The minutes export reports its progress
from the worker through a queued signal to a progress dialog (a callback from the worker never
touches a widget). The services write files atomically, so a failure leaves nothing
half-written; it is shown as the service's sentence.

The file dialogs are Qt's static (native) ones and the language is asked with
``QInputDialog.getItem``: tests replace those static methods. Message boxes are opened
window-modal with ``open()`` (never a nested ``exec()``), and the last one is kept in
``message_box`` for tests.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QWidget,
)

from desktop import APP_NAME
from desktop.services import Result, ServiceError, Workspace
from desktop.services.dto import SessionSummary
from desktop.services.minutes import export_minutes_noted, untranslated_notice
from desktop.services.session_file import (
    OnConflict,
    ReferenceExistsError,
    SessionFile,
    SessionFileError,
)
from desktop.services.signing import Signature
from desktop.ui.locations import display_name, workspace_location
from desktop.ui.minutes_signing import MinutesSigning, common_name, export_signed
from desktop.ui.record_copies import RecordCopies
from desktop.ui.sessions_page import SessionsPage
from desktop.ui.tasks import TaskRunner
from desktop.ui.window_titles import room_for_titles

NO_OPEN_VARIABLE = "TDT_NO_OPEN"  # "1": do not open the exported minutes (tests, scripts)
STATUS_TIMEOUT_MS = 10_000
LANGUAGES = ("en", "fr")
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_MAX_STEM = 120


# ---------------------------------------------------------------------- helpers
def safe_file_stem(text: str, fallback: str) -> str:
    """``text`` as the start of a file name on every platform: no path separators, no
    characters Windows refuses, no leading dot, no trailing dot or space."""
    stem = _UNSAFE.sub("-", text)
    stem = " ".join(stem.split()).lstrip(".").rstrip(". ")[:_MAX_STEM].rstrip(". ")
    return stem or fallback


def documents_folder() -> Path:
    """The user's documents folder, else their home folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def app_language() -> str:
    """The language the app speaks to the user: "fr" for French, else "en"."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def first_sentence(error: SessionFileError) -> str:
    """The first line of the error's message, ending as a sentence ("…(3 problems):" → "….")."""
    line = str(error).split("\n", 1)[0].strip()
    return line[:-1] + "." if line.endswith(":") else line


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix else path.with_name(path.name + suffix)


class _ProgressRelay(QObject):
    """Lives in the GUI thread; ``progressed`` is emitted from the worker and queued here."""

    progressed = Signal(int, int)


class ProgressDialog(QProgressDialog):
    """A progress dialog that cannot be dismissed: it has no Cancel button (the export runs
    to its end), and Escape or the window's close button do nothing."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.setBar(self.bar)
        self.setCancelButton(None)  # no Cancel: the export is not interruptible
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumDuration(400)  # quick exports do not flash a dialog
        self.setRange(0, 100)
        self.setAutoReset(True)  # reaching the maximum hides the dialog and stops its timer
        self.setAutoClose(True)
        self.reset()  # Qt arms the show timer at construction: an empty dialog would pop up

    def reject(self) -> None:  # Escape
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


# ---------------------------------------------------------------------- actions
class FileActions(QObject):
    """Export Session…, Import Session… and Export Minutes…, acting on the session selected in
    ``sessions`` of the database ``workspace()`` returns (it changes when another is opened)."""

    # "Show them" when minutes are about to print texts not translated: the session is opened
    # (as Enter on its row does) and the texts lacking this language ("en", "fr") are asked for.
    translationsRequested = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        sessions: SessionsPage,
        tasks: TaskRunner,
        workspace: Callable[[], Workspace],
        *,
        signing: MinutesSigning | None = None,
    ) -> None:
        """``signing``: the certificate in the settings, which Export Minutes offers to sign
        with (``desktop.ui.minutes_signing``); without it, the minutes are not signed."""
        super().__init__(window)
        self._window = window
        self._signing = signing
        self._sign = False  # this export's answer: sign the minutes
        self._sessions = sessions
        self._tasks = tasks
        self._workspace = workspace
        self._busy = False
        self._folder: Path | None = None  # where the last file was chosen, for the next one
        self._language = app_language()
        self.message_box: QMessageBox | None = None  # the last one shown, for tests
        self.minutes_question: QMessageBox | None = None  # texts not translated: export?
        self._told: str | None = None  # the untranslated texts, said before the export
        self.progress_dialog = ProgressDialog(window)
        self.progress_dialog.setWindowTitle(self.tr("Export Minutes"))
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)

        self.export_session_action = self._action(
            self.tr("&Export Session…"), "Ctrl+Shift+E", self.export_session
        )
        self.import_session_action = self._action(
            self.tr("&Import Session…"), "Ctrl+I", self.import_session
        )
        self.export_minutes_action = self._action(
            self.tr("Export &Minutes…"), "Ctrl+E", self.export_minutes
        )
        # Export Extract for a Delegation… and Export Working Copy (DOCX)…, sharing the
        # busy state, the failure box and the folder with the exports above.
        self.copies = RecordCopies(
            window, tasks, workspace, selected=self._selected, set_busy=self._set_busy,
            failed=self._failed, folder=self._start_folder, stem=safe_file_stem,
            language=self._language,
        )  # fmt: skip

        selection = sessions.table.selectionModel()
        selection.selectionChanged.connect(self._update_actions)
        sessions.model.modelReset.connect(self._update_actions)
        sessions.loaded.connect(self._update_actions)
        self._update_actions()

    def actions(self) -> list[QAction]:
        """In the order of the File menu."""
        return [
            self.import_session_action, self.export_session_action, self.export_minutes_action,
            *self.copies.actions(),
        ]  # fmt: skip

    def busy(self) -> bool:
        return self._busy

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self._window.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _update_actions(self) -> None:
        """Exports need a selected session; nothing starts while a file is being handled.
        A disabled action's tooltip says why."""
        selected = self._selected() is not None
        wait = self.tr("Wait until the current export or import has finished.")
        pick = self.tr("Select a session in the list first.")
        for action, enabled, tip in (
            (self.import_session_action, True,
             self.tr("Add a session from a session file to this database.")),
            (self.export_session_action, selected,
             self.tr("Save the selected session, with its whole record, in a session file.")),
            (self.export_minutes_action, selected,
             self.tr("Write the minutes of the selected session as a PDF.")),
        ):  # fmt: skip
            action.setEnabled(enabled and not self._busy)
            why = wait if self._busy else tip if enabled else pick
            action.setToolTip(why)
            action.setStatusTip(why)
        self.copies.update_actions(selected=selected, busy=self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_actions()

    def _selected(self) -> SessionSummary | None:
        session_id = self._sessions.selected_session()
        if session_id is None:
            return None
        row = self._sessions.model.row_of(session_id)
        return self._sessions.model.session(row) if row is not None else None

    # ------------------------------------------------------------------ export session
    def export_session(self) -> None:
        summary = self._selected()
        if summary is None or self._busy:
            return
        stem = safe_file_stem(self._label(summary), "session")
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export Session"), str(self._start_folder() / f"{stem}.json"),
            self._session_filter(),
        )  # fmt: skip
        if not name:
            return
        path = _with_suffix(Path(name), ".json")
        self._folder = path.parent
        workspace = self._workspace()
        self._set_busy(True)
        self._status(self.tr("Exporting session %1…").replace("%1", self._label(summary)), 0)
        self._tasks.submit(
            lambda: workspace.files.export_to(summary.id, path),
            lambda _none: self._session_exported(summary, path),
            self._failed,
        )

    def _session_exported(self, summary: SessionSummary, path: Path) -> None:
        self._set_busy(False)
        self._status(
            self.tr("Session %1 exported to %2.")
            .replace("%1", self._label(summary))
            .replace("%2", str(path))
        )

    # ------------------------------------------------------------------ import session
    def import_session(self) -> None:
        if self._busy:
            return
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import Session"), str(self._start_folder()),
            self._session_filter(),
        )  # fmt: skip
        if not name:
            return
        self._read(Path(name), offered=False)

    def offer_import(self, path: Path) -> None:
        """Offer to import the session file ``path`` (``tourdetable FILE.json``, a file
        opened from the desktop): read it, ask, then import it as Import Session… does. A
        file that is no session file is refused with its sentence."""
        if not self._busy:
            self._read(path, offered=True)

    def _read(self, path: Path, *, offered: bool) -> None:
        self._folder = path.parent
        workspace = self._workspace()

        def read() -> tuple[SessionFile, SessionSummary | None]:
            sf = workspace.files.read(path)
            holder = workspace.files.session_by_reference(sf.reference) if sf.reference else None
            return sf, holder

        self._set_busy(True)
        self._status(self.tr("Reading %1…").replace("%1", path.name), 0)
        self._tasks.submit(
            read,
            lambda answer: self._file_read(workspace, path, *answer, offered=offered),
            self._failed,
        )

    def _file_read(
        self,
        workspace: Workspace,
        path: Path,
        sf: SessionFile,
        holder: SessionSummary | None,
        *,
        offered: bool = False,
    ) -> None:
        if workspace is not self._workspace():  # another database was opened meanwhile
            self._set_busy(False)
            self._status(self.tr("Import cancelled: another database was opened."))
            return
        if offered:  # the file came from outside the app: ask first
            self._confirm(workspace, path, sf, holder)
        elif holder is not None:
            self._ask_conflict(workspace, path, sf, removed=False)
        else:
            self._import(workspace, path, sf, "refuse")

    def _confirm(
        self, workspace: Workspace, path: Path, sf: SessionFile, holder: SessionSummary | None
    ) -> None:
        """Whether to import the file offered (:meth:`offer_import`), naming its session
        and the database it would go into; then on as after Import Session…'s dialog."""
        reference = "".join(c if c.isprintable() else " " for c in sf.reference)
        database = display_name(workspace_location(workspace))
        when = sf.session.date.isoformat()
        if reference:
            text = self.tr("Import session %1 of %2 from %3 into %4?").replace("%1", reference)
            text = text.replace("%2", when).replace("%3", path.name).replace("%4", database)
        else:
            text = self.tr("Import the session of %1 from %2 into %3?").replace("%1", when)
            text = text.replace("%2", path.name).replace("%3", database)
        box = self._box(QMessageBox.Icon.Question, text)
        box.setWindowTitle(self.tr("Import Session"))
        box.setInformativeText(
            self.tr("Nothing is added to the database unless you choose Import.")
        )
        accept = box.addButton(self.tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(accept)
        box.setEscapeButton(cancel)

        def answered() -> None:
            if box.clickedButton() is not accept or workspace is not self._workspace():
                self._set_busy(False)
                self._status(self.tr("Import cancelled."))
            else:
                self._file_read(workspace, path, sf, holder)

        box.finished.connect(answered)
        self._window.statusBar().clearMessage()  # no "Reading…" while the question waits
        box.open()

    def _import(
        self, workspace: Workspace, path: Path, sf: SessionFile, on_conflict: OnConflict
    ) -> None:
        self._status(self.tr("Importing %1…").replace("%1", path.name), 0)

        def failed(error: Exception) -> None:
            if isinstance(error, ReferenceExistsError) and on_conflict == "refuse":
                self._ask_conflict(workspace, path, sf, removed=True)  # a removed session
            else:
                self._failed(error)

        self._tasks.submit(
            lambda: workspace.files.import_parsed(sf, on_conflict=on_conflict, source=path.name),
            lambda result: self._imported(workspace, path, result, on_conflict),
            failed,
        )

    def _ask_conflict(
        self, workspace: Workspace, path: Path, sf: SessionFile, *, removed: bool
    ) -> None:
        reference = "".join(c if c.isprintable() else " " for c in sf.reference)
        if removed:
            text = self.tr(
                "A removed session still holds the reference %1: replace it with the session "
                "in %2, or import that session as a new one without a reference?"
            )
        else:
            text = self.tr(
                "A session with the reference %1 is already on the list: replace it with the "
                "session in %2, or import that session as a new one without a reference?"
            )
        box = self._box(
            QMessageBox.Icon.Question, text.replace("%1", reference).replace("%2", path.name)
        )
        box.setWindowTitle(self.tr("Import Session"))
        box.setInformativeText(
            self.tr("Replacing takes the session now holding the reference off the list; it "
                    "stays in the database under a changed reference.")
        )  # fmt: skip
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        as_new = box.addButton(self.tr("Import as New"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(as_new)
        box.setEscapeButton(cancel)
        choices: dict[QAbstractButton, OnConflict] = {replace: "replace", as_new: "as_new"}

        def answered() -> None:
            choice = choices.get(box.clickedButton())
            if choice is None or workspace is not self._workspace():
                self._set_busy(False)
                self._status(self.tr("Import cancelled."))
            else:
                self._import(workspace, path, sf, choice)

        box.finished.connect(answered)
        self._window.statusBar().clearMessage()  # no "Reading…" while the question waits
        box.open()

    def _imported(
        self,
        workspace: Workspace,
        path: Path,
        result: Result[SessionSummary],
        on_conflict: OnConflict,
    ) -> None:
        self._set_busy(False)
        summary = result.value
        if workspace is self._workspace() and result.changes.session_list:
            self._sessions.show_session(summary.id)
        if on_conflict == "as_new":
            text = self.tr("The session in %2 was imported as a new session without a reference.")
        elif on_conflict == "replace":
            text = self.tr("Session %1 was replaced by the one in %2.")
        else:
            text = self.tr("Session %1 was imported from %2.")
        text = text.replace("%1", self._label(summary)).replace("%2", path.name)
        self._status(text)
        if result.notices:  # imported as declared: the chair declares, the app warns
            box = self._box(QMessageBox.Icon.Warning, text)
            box.setInformativeText(
                self.tr("The record contradicts some of the chair's declarations:")
                + "\n\n"
                + "\n\n".join(result.notices)
            )
            box.open()

    # ------------------------------------------------------------------ minutes
    def export_minutes(self) -> None:
        summary = self._selected()
        if summary is None or self._busy:
            return
        language = self._ask_language()
        if language is None:
            return
        workspace = self._workspace()
        self._set_busy(True)  # until the minutes are written, or the export is called off
        self._status(self.tr("Looking for texts not translated…"), 0)
        self._tasks.submit(
            lambda: workspace.translations.count(summary.id),
            lambda counts: self._counted(workspace, summary, language, counts.get(language, 0)),
            self._failed,
        )

    def _counted(
        self, workspace: Workspace, summary: SessionSummary, language: str, lacking: int
    ) -> None:
        """Say how many texts the minutes will print in the other language, if any, before
        anything is written; then on to the file name."""
        self._window.statusBar().clearMessage()
        if workspace is not self._workspace():  # another database was opened meanwhile
            self._set_busy(False)
            return
        self._told = untranslated_notice(lacking, language)  # not said again after export
        if not lacking:
            self._choose_minutes_file(summary, language)
            return
        if language == "fr" and lacking == 1:
            text = self.tr(
                "One text of this session has no French version; it will be printed in "
                "English, marked as not translated."
            )
        elif language == "fr":
            text = self.tr(
                "%n texts of this session have no French version; they will be printed in "
                "English, marked as not translated.",
                "",
                lacking,
            )
        elif lacking == 1:
            text = self.tr(
                "One text of this session has no English version; it will be printed in "
                "French, marked as not translated."
            )
        else:
            text = self.tr(
                "%n texts of this session have no English version; they will be printed in "
                "French, marked as not translated.",
                "",
                lacking,
            )
        box = self._box(QMessageBox.Icon.Question, text)
        box.setWindowTitle(self.tr("Export Minutes"))
        box.setInformativeText(self.tr("Export the minutes anyway?"))
        export = box.addButton(self.tr("&Export Anyway"), QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton(self.tr("&Show Them"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(export)
        box.setEscapeButton(cancel)
        self.minutes_question = box

        def answered() -> None:
            self.minutes_question = None
            clicked = box.clickedButton()
            if clicked is export and workspace is self._workspace():
                self._choose_minutes_file(summary, language)
                return
            self._set_busy(False)
            self._status(self.tr("Export cancelled: nothing was written."))
            if clicked is show and workspace is self._workspace():
                self._sessions.show_session(summary.id)
                self._sessions.sessionActivated.emit(summary.id)  # open it, as Enter would
                self.translationsRequested.emit(language)

        box.finished.connect(answered)
        box.open()

    def _choose_minutes_file(self, summary: SessionSummary, language: str) -> None:
        if language == "fr":
            suffix = self.tr("procès-verbal", "file name of French minutes")
        else:
            suffix = self.tr("minutes", "file name of English minutes")
        stem = safe_file_stem(f"{self._label(summary)} {suffix}", suffix)
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export Minutes"), str(self._start_folder() / f"{stem}.pdf"),
            self.tr("PDF documents (*.pdf);;All files (*)"),
        )  # fmt: skip
        if not name:
            self._set_busy(False)
            return
        path = _with_suffix(Path(name), ".pdf")
        self._folder = path.parent
        self._language = language
        if self._sign and self._signing is not None:  # the password first: keyring, or asked
            workspace = self._workspace()

            def cancelled() -> None:
                self._set_busy(False)
                self._status(self.tr("Export cancelled: nothing was written."))

            def ready(signature: Signature) -> None:
                if workspace is self._workspace():
                    self._write_minutes(summary, language, path, signature)
                else:
                    cancelled()

            self._signing.signature(self._window, ready, cancelled, self._failed)
            return
        self._write_minutes(summary, language, path, None)

    def _write_minutes(
        self, summary: SessionSummary, language: str, path: Path, signature: Signature | None
    ) -> None:
        workspace = self._workspace()
        progress = self._relay.progressed.emit  # called on the worker: queued to the GUI
        dialog = self.progress_dialog
        dialog.setLabelText(
            self.tr("Writing the minutes of %1…").replace("%1", self._label(summary))
        )
        dialog.setRange(0, 100)
        dialog.setValue(0)  # starts the dialog's clock: it shows if the export takes a while
        self._status(dialog.labelText(), 0)
        if signature is not None:
            self._tasks.submit(
                lambda: export_signed(
                    workspace, summary.id, language, path, progress=progress, signature=signature
                ),
                lambda answer: self._minutes_exported(
                    summary, answer[0], answer[1], notices=answer[2]
                ),
                self._failed,
            )
            return
        self._tasks.submit(
            lambda: export_minutes_noted(workspace, summary.id, language, path, progress=progress),
            lambda done: self._minutes_exported(summary, done.value, notices=done.notices),
            self._failed,
        )

    def _ask_language(self) -> str | None:
        names = [
            self.tr("English", "the language's own name"),
            self.tr("Français", "the language's own name"),
        ]
        self._sign = False
        if self._signing is not None and self._signing.signer():  # and whether to sign
            answer = self._signing.ask(self._window, names, LANGUAGES.index(self._language))
            if answer is None:
                return None
            self._sign = answer[1]
            return LANGUAGES[answer[0]]
        with room_for_titles(self._window):  # Qt's little dialog would cut its title
            name, ok = QInputDialog.getItem(
                self._window, self.tr("Export Minutes"), self.tr("Language of the minutes:"),
                names, LANGUAGES.index(self._language), False,
            )  # fmt: skip
        return LANGUAGES[names.index(name)] if ok and name in names else None

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if not self._busy or total <= 0:
            return
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total))

    def _minutes_exported(
        self,
        summary: SessionSummary,
        path: Path,
        signer: str = "",
        *,
        notices: tuple[str, ...] = (),
    ) -> None:
        self.progress_dialog.reset()
        self._set_busy(False)
        unprinted = [n for n in notices if n != self._told]  # characters no font has
        if unprinted:
            box = self._box(
                QMessageBox.Icon.Warning,
                self.tr(
                    "The minutes were written, but some characters could not be printed: the "
                    "minutes show their codes instead."
                ),
            )
            box.setDetailedText("\n".join(unprinted))
            box.open()
        if signer:
            text = self.tr("The minutes of %1 were written to %2. Signed by %3.")
            text = text.replace("%3", common_name(signer))
        else:
            text = self.tr("The minutes of %1 were written to %2.")
        self._status(text.replace("%1", self._label(summary)).replace("%2", str(path)))
        if os.environ.get(NO_OPEN_VARIABLE) != "1":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ------------------------------------------------------------------ shared
    def _failed(self, error: Exception) -> None:
        self.progress_dialog.reset()
        self._set_busy(False)
        self._window.statusBar().clearMessage()
        if not isinstance(error, ServiceError):
            raise error  # the app's excepthook shows a sentence and logs the traceback
        if isinstance(error, SessionFileError) and len(error.problems) > 1:
            box = self._box(QMessageBox.Icon.Warning, first_sentence(error))
            box.setDetailedText("\n".join(error.problems))
        else:
            box = self._box(QMessageBox.Icon.Warning, str(error))
        box.open()

    def _box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        self.message_box = box = QMessageBox(self._window)
        box.setWindowTitle(APP_NAME)
        box.setIcon(icon)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def _status(self, text: str, timeout: int = STATUS_TIMEOUT_MS) -> None:
        self._window.statusBar().showMessage(text, timeout)

    def _start_folder(self) -> Path:
        if self._folder is not None and self._folder.is_dir():
            return self._folder
        return documents_folder()

    def _session_filter(self) -> str:
        return self.tr("Session files (*.json);;All files (*)")

    def _label(self, summary: SessionSummary) -> str:
        """How a session is named in a sentence and a file name: its reference, else its
        date."""
        return summary.reference or summary.session_date.isoformat()
