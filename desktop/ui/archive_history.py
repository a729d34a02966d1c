"""A delegation's history over a period (objections, reservations, footnotes, silence
breaks) with CSV export, and the archive window that holds it beside the search."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import ServiceError, Workspace
from desktop.services.dto import HistoryEntry, HistoryKind
from desktop.ui.archive_search import (
    ArchiveSearchPage,
    date_edit,
    date_of,
    delegation_items,
    fit_columns,
    label,
    results_table,
)
from desktop.ui.file_actions import documents_folder
from desktop.ui.latest import Asked, Latest
from desktop.ui.models.search_hits import (
    DATE,
    H_DATE,
    H_ITEM,
    H_SESSION,
    H_STATE,
    H_WHAT,
    ITEM_ID_ROLE,
    SESSION_ID_ROLE,
    HistoryModel,
)
from desktop.ui.tasks import TaskRunner


class DelegationHistoryPage(QWidget):
    openRequested = Signal(int, int)  # session id, item id
    loaded = Signal(int)  # the number of entries now shown
    exported = Signal(str)  # the path written

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._workspace: Workspace | None = None
        self._reads = Latest()  # the history asked for last
        self._shown_for = ""
        self.delegation_combo = QComboBox(self)
        self.delegation_combo.setAccessibleName(self.tr("Delegation"))
        delegation_items(self.delegation_combo)
        self.from_edit = date_edit(self, self.tr("From"), self.tr("Any date"))
        self.to_edit = date_edit(self, self.tr("To"), self.tr("Any date"))
        self.kind_checks: dict[HistoryKind, QCheckBox] = {}
        for kind, text in (
            (HistoryKind.OBJECTION, self.tr("Objections")),
            (HistoryKind.RESERVATION, self.tr("Reservations")),
            (HistoryKind.FOOTNOTE, self.tr("Footnotes")),
            (HistoryKind.STUDY_RESERVE, self.tr("Study reserves")),
            (HistoryKind.SILENCE_BREAK, self.tr("Silence breaks")),
        ):
            check = QCheckBox(text, self)
            check.setChecked(kind is not HistoryKind.STUDY_RESERVE)
            self.kind_checks[kind] = check
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setToolTip(self.tr("Write the entries shown to a CSV file"))
        self.export_button.setEnabled(False)
        self.model = HistoryModel(self)
        self.table = results_table(self, self.tr("Delegation history"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("History status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self.delegation_combo.currentIndexChanged.connect(self.reload)
        self.from_edit.dateChanged.connect(self.reload)
        self.to_edit.dateChanged.connect(self.reload)
        for check in self.kind_checks.values():
            check.toggled.connect(self.reload)
        self.export_button.clicked.connect(self._choose_export_file)
        self.table.activated.connect(self._open)

    def _lay_out(self) -> None:
        first = QHBoxLayout()
        first.setSpacing(8)
        for text, field in (
            (self.tr("&Delegation:"), self.delegation_combo),
            (self.tr("&From:"), self.from_edit),
            (self.tr("&To:"), self.to_edit),
        ):
            first.addWidget(label(text, field, self))
            first.addWidget(field)
            first.addSpacing(10)
        first.addStretch(1)
        first.addWidget(self.export_button)
        kinds = QHBoxLayout()
        kinds.setSpacing(14)
        for check in self.kind_checks.values():
            kinds.addWidget(check)
        kinds.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(10)
        layout.addLayout(first)
        layout.addLayout(kinds)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)

    def set_workspace(self, workspace: Workspace | None) -> None:
        self._workspace = workspace
        self.reload()

    def show_delegation(self, code: str) -> None:
        index = self.delegation_combo.findData(code)
        if index >= 0:
            self.delegation_combo.setCurrentIndex(index)

    def kinds(self) -> list[HistoryKind]:
        return [kind for kind, check in self.kind_checks.items() if check.isChecked()]

    def reload(self) -> None:
        asked = self._reads.ask()
        workspace = self._workspace
        code = self.delegation_combo.currentData()
        if workspace is None or not code:
            self._show("", [])
            return
        period = {"date_from": date_of(self.from_edit), "date_to": date_of(self.to_edit)}
        kinds = self.kinds()
        self.status_label.setText(self.tr("Reading the record…"))
        self._tasks.submit(
            lambda: workspace.search.delegation_history(code, kinds=kinds, **period),
            asked.then(lambda entries: self._show(code, entries)),
            lambda error: self._failed(asked, error),
        )

    def _show(self, code: str, entries: Sequence[HistoryEntry]) -> None:
        self._shown_for = code
        self.model.set_rows(entries)
        self.export_button.setEnabled(bool(entries))
        if entries:
            fit_columns(
                self.table, {H_DATE: 110, H_SESSION: 170, H_ITEM: 300, H_WHAT: 140, H_STATE: 110}
            )
            text = self.tr("%n entries.", "", len(entries))
        else:
            text = self.tr("Nothing of these kinds in this period.")
        self.status_label.setText(text if code else "")
        self.loaded.emit(len(entries))

    def _failed(self, asked: Asked, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        if not asked.current:
            return
        self.model.set_rows([])
        self.export_button.setEnabled(False)
        self.status_label.setText(str(error))
        self.loaded.emit(0)

    # ------------------------------------------------------------------ export
    def _choose_export_file(self) -> None:
        database = self._workspace.path if self._workspace else None  # None: on a server
        folder = database.parent if database is not None else documents_folder()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export History"), str(folder / f"history-{self._shown_for}.csv"),
            self.tr("CSV files (*.csv);;All files (*)"),
        )  # fmt: skip
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the entries shown to ``path`` on the worker; say where when done."""
        workspace = self._workspace
        if workspace is None:
            return
        entries = self.model.rows()
        self.export_button.setEnabled(False)

        def done(written: Path) -> None:
            self.export_button.setEnabled(True)
            self.status_label.setText(
                self.tr("%n entries written to %1.", "", len(entries))
                .replace("%1", str(written))
            )  # fmt: skip
            self.exported.emit(str(written))

        def failed(error: Exception) -> None:
            if not isinstance(error, ServiceError):
                raise error
            self.export_button.setEnabled(True)
            self.status_label.setText(str(error))

        self._tasks.submit(lambda: workspace.search.export_history_csv(entries, path), done, failed)

    def _open(self, index: QModelIndex) -> None:
        self.openRequested.emit(int(index.data(SESSION_ID_ROLE)), int(index.data(ITEM_ID_ROLE)))


# ---------------------------------------------------------------------- the window
class ArchiveDialog(QDialog):
    """The archive's search and a delegation's history, side by side as tabs, in a window
    that stays open beside the main one. The main window owns one:

    - on Edit › Search the Archive… (Ctrl+Shift+F): ``set_workspace``, ``show``, ``raise_``,
      ``activateWindow`` and ``focus_search``;
    - when it opens another database: ``set_workspace`` again;
    - ``openRequested(session_id, item_id)``: open the session at the item.
    """

    openRequested = Signal(int, int)  # session id, item id

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search the Archive"))
        self.setSizeGripEnabled(True)
        self.search_page = ArchiveSearchPage(tasks, self)
        self.history_page = DelegationHistoryPage(tasks, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Archive"))
        self.tabs.addTab(self.search_page, self.tr("&Search"))
        self.tabs.addTab(self.history_page, self.tr("Delegation &History"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.tabs)
        self.search_page.openRequested.connect(self.openRequested)
        self.history_page.openRequested.connect(self.openRequested)
        self.resize(1240, 680)

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.search_page.set_workspace(workspace)
        self.history_page.set_workspace(workspace)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search_page)
        self.search_page.focus_search()
