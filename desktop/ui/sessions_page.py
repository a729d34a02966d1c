"""The sessions list: filter bar above a table, or a helpful line when there is nothing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import ServiceError, Workspace
from desktop.services.dto import SessionSummary
from desktop.ui.filter_bar import FilterBar, SessionFilters
from desktop.ui.latest import Latest
from desktop.ui.models.sessions import DATE, PLACE, SESSION_ID_ROLE, SessionsModel
from desktop.ui.tasks import TaskRunner


class _PaddedDelegate(QStyledItemDelegate):
    """Room between columns: sized-to-contents columns otherwise touch each other."""

    PADDING = 20

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + self.PADDING, hint.height())


class SessionsPage(QWidget):
    loaded = Signal(int)  # the number of sessions now shown
    sessionActivated = Signal(int)  # a session id: Enter or double-click on its row
    createRequested = Signal()  # "Create a Session" on the empty page
    demoRequested = Signal()  # "Open the Demo" on the empty page

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._workspace: Workspace | None = None
        self._lists = Latest()  # the list asked for last
        self._wanted: int | None = None  # a session to select once the list shows it

        self.filter_bar = FilterBar(self)
        self.model = SessionsModel(self)
        self.table = self._make_table()
        self.empty_label = QLabel(self)
        self.empty_label.setAccessibleName(self.tr("No sessions"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_button = QPushButton(self.tr("Clear Filters"), self)
        self.clear_button.clicked.connect(self.filter_bar.clear)
        self.create_button = QPushButton(self.tr("Create a Session…"), self)
        self.create_button.setToolTip(self.tr("Create a session (Ctrl+Shift+N)"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.createRequested)
        self.demo_button = QPushButton(self.tr("Open the Demo"), self)
        self.demo_button.setToolTip(
            self.tr("Open a sample session in a throwaway database, to see the app at work")
        )
        self.demo_button.clicked.connect(self.demoRequested)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._make_empty_page())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)

        self.filter_bar.changed.connect(self.reload)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Sessions"))
        table.setModel(self.model)
        table.setItemDelegate(_PaddedDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._on_activated)
        return table

    def _make_empty_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addSpacing(8)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        first_start = QHBoxLayout()
        first_start.addStretch(1)
        first_start.addWidget(self.create_button)
        first_start.addWidget(self.demo_button)
        first_start.addStretch(1)
        layout.addLayout(first_start)
        layout.addStretch(2)
        return page

    # ------------------------------------------------------------------ loading
    def set_workspace(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self.model.set_sessions([])
        self.filter_bar.clear()  # emits changed: reloads
        self.reload_years()

    def reload_years(self) -> None:
        workspace = self._workspace
        if workspace is not None:
            self._tasks.submit(workspace.sessions.years, self.filter_bar.set_years, self._failed)

    def reload(self) -> None:
        """Ask the service again with the current filters; a stale answer is dropped."""
        workspace = self._workspace
        if workspace is None:
            return
        filters = self.filter_bar.filters()
        self._tasks.submit(
            lambda: workspace.sessions.list_sessions(**filters.as_kwargs()),
            self._lists.ask().then(lambda sessions: self._show(filters, sessions)),
            self._failed,
        )

    def show_session(self, session_id: int) -> None:
        """Reload the list (a session was added or replaced) and select ``session_id`` once
        it is there, clearing the filters if they hide it."""
        self._wanted = session_id
        self.reload_years()
        self.reload()

    def _show(self, filters: SessionFilters, sessions: Sequence[SessionSummary]) -> None:
        wanted, self._wanted = self._wanted, None
        if wanted is not None and filters.active and all(s.id != wanted for s in sessions):
            self._wanted = wanted
            self.filter_bar.clear()  # emits changed: reloads without the filters
            return
        selected = wanted if wanted is not None else self.selected_session()
        self.model.set_sessions(sessions)
        if sessions:
            self.stack.setCurrentIndex(0)
            row = self.model.row_of(selected) if selected is not None else None
            self.table.selectRow(row if row is not None else 0)
        else:
            self._show_empty(filters.active)
        self.loaded.emit(len(sessions))

    def _show_empty(self, filtered: bool) -> None:
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        if filtered:
            self.empty_label.setText(self.tr("No sessions match these filters."))
        else:
            first = self.tr("No sessions in this database yet.")
            second = self.tr(
                "Create the first one, or open the demo to see a sample session at work. "
                "To work on another database, use File › Open Database (Ctrl+O) or File › "
                "Connect to Server…."
            )
            self.empty_label.setText(f"<p><b>{first}</b></p><p>{second}</p>")
        self.clear_button.setVisible(filtered)
        self.create_button.setVisible(not filtered)
        self.demo_button.setVisible(not filtered)
        self.stack.setCurrentIndex(1)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        self.model.set_sessions([])
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setText(str(error))
        self.clear_button.hide()
        self.create_button.hide()
        self.demo_button.hide()
        self.stack.setCurrentIndex(1)
        self.loaded.emit(0)

    # ------------------------------------------------------------------ selection
    def selected_session(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(SESSION_ID_ROLE)) if rows else None

    def _on_activated(self, index: QModelIndex) -> None:
        self.sessionActivated.emit(int(index.data(SESSION_ID_ROLE)))
