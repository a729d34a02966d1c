"""File › Export Extract for a Delegation… and Export Working Copy (DOCX)…: what the
secretariat sends besides the minutes (``desktop.services.extracts``).

The extract asks for the delegation (the selected session's delegations, read on the
worker), the language and the form in one dialog, then for a file name; the working copy
asks for the language, then for a file name. Both are written on the ``TaskRunner``'s
worker, and share the File menu's busy state and failure box with the other exports
(``FileActions``, which owns this object and hands it what it shares).

The extract's dialog is opened window-modal with ``open()`` and kept in ``extract_dialog``
for tests; the file dialog and the language question are Qt's static ones, which tests
replace.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QMainWindow,
    QWidget,
)

from desktop.domain.sessions import AttendanceKind
from desktop.services import Workspace
from desktop.services.dto import Delegation, SessionSummary
from desktop.services.extracts import export_docx, export_extract
from desktop.ui.tasks import TaskRunner
from desktop.ui.window_titles import room_for_titles

NO_OPEN_VARIABLE = "TDT_NO_OPEN"  # "1": do not open what was written (tests, scripts)
STATUS_TIMEOUT_MS = 10_000
LANGUAGES = ("en", "fr")
FORMS = ("record", "table")


class ExtractDialog(QDialog):
    """Whose extract, in which language, in which form."""

    def __init__(self, parent: QWidget, delegations: list[Delegation], language: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Extract for a Delegation"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.delegation_box = QComboBox(self)
        for d in delegations:
            self.delegation_box.addItem(f"{d.name(language)} ({d.code})", d.code)
        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("English", "the language's own name"), "en")
        self.language_box.addItem(self.tr("Français", "the language's own name"), "fr")
        self.language_box.setCurrentIndex(LANGUAGES.index(language))
        self.form_box = QComboBox(self)
        self.form_box.addItem(self.tr("The minutes for the delegation, item by item"), "record")
        self.form_box.addItem(self.tr("Its positions and statements, as a table"), "table")
        form = QFormLayout(self)
        form.addRow(self.tr("&Delegation:"), self.delegation_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("&Form:"), self.form_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons

    def delegation(self) -> str:
        return str(self.delegation_box.currentData())

    def language(self) -> str:
        return str(self.language_box.currentData())

    def form(self) -> str:
        return str(self.form_box.currentData())


class RecordCopies(QObject):
    """The two actions, on the session ``selected()`` returns, in the database ``workspace()``
    returns; ``set_busy``, ``failed`` and ``folder`` are the File menu's."""

    def __init__(
        self,
        window: QMainWindow,
        tasks: TaskRunner,
        workspace: Callable[[], Workspace],
        *,
        selected: Callable[[], SessionSummary | None],
        set_busy: Callable[[bool], None],
        failed: Callable[[Exception], None],
        folder: Callable[[], Path],
        stem: Callable[[str, str], str],
        language: str,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._workspace = workspace
        self._selected = selected
        self._set_busy = set_busy
        self._failed = failed
        self._folder = folder
        self._stem = stem
        self._language = language
        self.extract_dialog: ExtractDialog | None = None  # while it is open, for tests
        self.export_extract_action = self._action(
            self.tr("Export E&xtract for a Delegation…"), self.export_extract
        )
        self.export_working_copy_action = self._action(
            self.tr("Export &Working Copy (DOCX)…"), self.export_working_copy
        )

    def actions(self) -> list[QAction]:
        return [self.export_extract_action, self.export_working_copy_action]

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        return action

    def update_actions(self, *, selected: bool, busy: bool) -> None:
        """As the other exports: a selected session, nothing else being written; a disabled
        action's tooltip says why."""
        wait = self.tr("Wait until the current export or import has finished.")
        pick = self.tr("Select a session in the list first.")
        for action, tip in (
            (self.export_extract_action,
             self.tr("Write what concerns one delegation in the selected session's record as "
                     "a short PDF, for its capital.")),
            (self.export_working_copy_action,
             self.tr("Write the selected session's record as a Word document, for editing; "
                     "the PDF remains the record.")),
        ):  # fmt: skip
            action.setEnabled(selected and not busy)
            why = wait if busy else tip if selected else pick
            action.setToolTip(why)
            action.setStatusTip(why)

    # ------------------------------------------------------------------ extract
    def export_extract(self) -> None:
        summary = self._selected()
        if summary is None or not self.export_extract_action.isEnabled():
            return
        workspace = self._workspace()
        self._set_busy(True)  # until the extract is written, or called off
        self._tasks.submit(
            lambda: workspace.sessions.get(summary.id).delegations,
            lambda found: self._ask_extract(workspace, summary, list(found)),
            self._failed,
        )

    def _ask_extract(
        self, workspace: Workspace, summary: SessionSummary, found: list[Delegation]
    ) -> None:
        delegations = [d for d in found if d.kind is not AttendanceKind.STAFF]
        if workspace is not self._workspace():  # another database was opened meanwhile
            self._set_busy(False)
            return
        if not delegations:
            self._set_busy(False)
            self._status(self.tr("This session has no delegation to make an extract for."))
            return
        dialog = ExtractDialog(self._window, delegations, self._language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.extract_dialog = dialog

        def answered(result: int) -> None:
            self.extract_dialog = None
            if result != QDialog.DialogCode.Accepted or workspace is not self._workspace():
                self._set_busy(False)
                return
            self._language = dialog.language()
            self._choose_extract_file(
                summary, dialog.delegation(), dialog.language(), dialog.form()
            )

        dialog.finished.connect(answered)
        dialog.open()

    def _choose_extract_file(
        self, summary: SessionSummary, delegation: str, language: str, form: str
    ) -> None:
        if language == "fr":
            word = self.tr("extrait", "file name of a French extract")
        else:
            word = self.tr("extract", "file name of an English extract")
        stem = self._stem(f"{_label(summary)} {delegation} {word}", word)
        name, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Export Extract for a Delegation"),
            str(self._folder() / f"{stem}.pdf"), self.tr("PDF documents (*.pdf);;All files (*)"),
        )  # fmt: skip
        if not name:
            self._set_busy(False)
            return
        path = _with_suffix(Path(name), ".pdf")
        workspace = self._workspace()
        text = self.tr("Writing the extract of %1 for %2…")
        self._status(text.replace("%1", _label(summary)).replace("%2", delegation), 0)
        self._tasks.submit(
            lambda: export_extract(workspace, summary.id, delegation, language, path, form=form),
            lambda written: self._written(
                self.tr("The extract of %1 for %2 was written to %3.")
                .replace("%1", _label(summary))
                .replace("%2", delegation)
                .replace("%3", str(written)),
                written,
            ),
            self._failed,
        )

    # ------------------------------------------------------------------ working copy
    def export_working_copy(self) -> None:
        summary = self._selected()
        if summary is None or not self.export_working_copy_action.isEnabled():
            return
        language = self._ask_language()
        if language is None:
            return
        self._language = language
        if language == "fr":
            word = self.tr("copie de travail", "file name of a French working copy")
        else:
            word = self.tr("working copy", "file name of an English working copy")
        stem = self._stem(f"{_label(summary)} {word}", word)
        name, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Export Working Copy"), str(self._folder() / f"{stem}.docx"),
            self.tr("Word documents (*.docx);;All files (*)"),
        )  # fmt: skip
        if not name:
            return
        path = _with_suffix(Path(name), ".docx")
        workspace = self._workspace()
        self._set_busy(True)
        self._status(
            self.tr("Writing a working copy of the minutes of %1…").replace("%1", _label(summary)),
            0,
        )
        self._tasks.submit(
            lambda: export_docx(workspace, summary.id, language, path),
            lambda written: self._written(
                self.tr("A working copy of the minutes of %1 was written to %2.")
                .replace("%1", _label(summary))
                .replace("%2", str(written)),
                written,
            ),
            self._failed,
        )

    def _ask_language(self) -> str | None:
        names = [
            self.tr("English", "the language's own name"),
            self.tr("Français", "the language's own name"),
        ]
        with room_for_titles(self._window):  # Qt's little dialog would cut its title
            name, ok = QInputDialog.getItem(
                self._window, self.tr("Export Working Copy"),
                self.tr("Language of the working copy:"), names,
                LANGUAGES.index(self._language), False,
            )  # fmt: skip
        return LANGUAGES[names.index(name)] if ok and name in names else None

    # ------------------------------------------------------------------ shared
    def _written(self, text: str, path: Path) -> None:
        self._set_busy(False)
        self._status(text)
        if os.environ.get(NO_OPEN_VARIABLE) != "1":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _status(self, text: str, timeout: int = STATUS_TIMEOUT_MS) -> None:
        self._window.statusBar().showMessage(text, timeout)


def _label(summary: SessionSummary) -> str:
    """A session in a sentence and a file name: its reference, else its date."""
    return summary.reference or summary.session_date.isoformat()


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix else path.with_name(path.name + suffix)
