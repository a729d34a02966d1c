"""Session › Audit Trail…: every change to the open session, read-only, with a filter and
an export to CSV.

The rows come oldest first, as an auditor reads a log from the start of the meeting; a click
on a column header sorts otherwise. Nothing here can change a row: the table is not
editable and the service has no call that could. Reading and exporting run on the worker
(``SessionController.read``); the answers come back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import NotFoundError, Workspace
from desktop.services.audit import AuditEntry
from desktop.services.dto import SessionDetail
from desktop.ui.a11y import clear_button_enabled
from desktop.ui.file_actions import documents_folder, safe_file_stem
from desktop.ui.models.audit import BEFORE, TIME, WHAT, WHO, AuditFilter, AuditModel
from desktop.ui.session.controller import SessionController

_WIDTHS = {TIME: 150, WHO: 190, WHAT: 330, BEFORE: 220}  # the last column, After, stretches


class AuditDialog(QDialog):
    """The audit trail of session ``session_id``; ``reload`` reads it again."""

    loaded = Signal(int)  # the number of entries read
    exported = Signal(str)  # the path written

    def __init__(
        self, controller: SessionController, session_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._session_id = session_id
        self._label = ""
        self._folder: Path | None = None
        self.setWindowTitle(self.tr("Audit Trail"))
        self.setSizeGripEnabled(True)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter: a delegation, an item, an operator…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the audit trail"))
        clear_button_enabled(self.filter_edit)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setToolTip(self.tr("Write the whole audit trail to a CSV file"))
        self.export_button.setEnabled(False)
        self.model = AuditModel(self)
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._table()
        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self._lay_out(buttons)
        self.filter_edit.textChanged.connect(self._filter)
        self.export_button.clicked.connect(self._choose_export_file)
        self.resize(1180, 620)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Audit trail"))
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setSortingEnabled(True)
        table.sortByColumn(TIME, Qt.SortOrder.AscendingOrder)
        return table

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        top = QHBoxLayout()
        top.setSpacing(10)
        find = QLabel(self.tr("&Filter:"), self)
        find.setBuddy(self.filter_edit)
        top.addWidget(find)
        top.addWidget(self.filter_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        session_id = self._session_id

        def read(ws: Workspace) -> tuple[SessionDetail | None, list[AuditEntry]]:
            entries = ws.audit.entries(session_id)
            try:
                detail = ws.sessions.get(session_id)
            except NotFoundError:  # a removed session still has its trail
                detail = None
            return detail, entries

        self.status_label.setText(self.tr("Reading the audit trail…"))
        self._controller.read(read, self._show, self._failed)

    def _show(self, answer: tuple[SessionDetail | None, Sequence[AuditEntry]]) -> None:
        detail, entries = answer
        if detail is not None:
            self._label = detail.reference or detail.session_date.isoformat()
            self.heading.setText(f"{detail.title} — {self._label}")
            self.setWindowTitle(self.tr("Audit Trail — %1").replace("%1", self._label))
        self.model.set_entries(entries)
        self._fit_columns()
        self.export_button.setEnabled(bool(entries))
        self._say_count()
        self.loaded.emit(len(entries))

    def _failed(self, sentence: str) -> None:
        self.model.set_entries([])
        self.export_button.setEnabled(False)
        self.status_label.setText(sentence)
        self.loaded.emit(0)

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column, limit in _WIDTHS.items():
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column) + 16, limit))

    def _filter(self, text: str) -> None:
        self.proxy.set_words(text)
        self._say_count()

    def _say_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            text = self.tr("No change has been recorded for this session.")
        elif shown == total:
            text = self.tr("%n changes, oldest first.", "", total)
        else:
            text = self.tr("%n of %1 changes match the filter.", "", shown)
            text = text.replace("%1", str(total))
        note = self.tr(
            "Times are this computer's local time; item numbers are those of the agenda now."
        )
        self.status_label.setText(f"{text} {note}" if total else text)

    # ------------------------------------------------------------------ export
    def _choose_export_file(self) -> None:
        folder = self._folder if self._folder is not None else documents_folder()
        stem = safe_file_stem(f"{self._label} audit trail", "audit trail")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Audit Trail"), str(folder / f"{stem}.csv"),
            self.tr("CSV files (*.csv);;All files (*)"),
        )  # fmt: skip
        if name:
            path = Path(name)
            self.export_to(path if path.suffix else path.with_suffix(".csv"))

    def export_to(self, path: Path) -> None:
        """Write the whole trail (not only the rows the filter shows) to ``path``."""
        self._folder = path.parent
        session_id = self._session_id
        self.export_button.setEnabled(False)

        def done(written: Path) -> None:
            self.export_button.setEnabled(True)
            text = self.tr("The audit trail was written to %1.").replace("%1", str(written))
            self.status_label.setText(text)
            self.exported.emit(str(written))

        def failed(sentence: str) -> None:
            self.export_button.setEnabled(True)
            self.status_label.setText(sentence)

        self._controller.read(lambda ws: ws.audit.export_csv(session_id, path), done, failed)

    def selected_entry(self) -> AuditEntry | None:
        index: QModelIndex = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())
