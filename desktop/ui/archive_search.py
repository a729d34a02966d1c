"""Search the archive, and a delegation's history, in a window of their own.

``ArchiveSearchPage``: one search field over item titles and summaries, statements,
silence letters and decisions of every session, with filters (body, level, delegation,
position, what matched, period). It searches as the user types, 200 ms after the last key,
on the worker thread; an answer that arrives after a newer question was asked is dropped
(``desktop.ui.latest``, as in the sessions list). Enter or a double-click on a result asks
for the session to be opened at the item (``openRequested``).

``DelegationHistoryPage``: every objection, reservation, footnote and silence break of one
delegation over a period, exportable to CSV.

``ArchiveDialog`` holds both as tabs; the main window shows it (see its docstring).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import reference
from desktop.domain.bodies import BODIES, BodyKind
from desktop.domain.positions import Position
from desktop.domain.sessions import Level
from desktop.services import ServiceError, Workspace
from desktop.services.dto import HitKind, SearchHit
from desktop.ui.a11y import clear_button_enabled
from desktop.ui.labels import capitalised, shown, ui_language
from desktop.ui.latest import Asked, Latest
from desktop.ui.models.search_hits import (
    DATE,
    DELEGATION,
    HTML_ROLE,
    ITEM,
    ITEM_ID_ROLE,
    SESSION,
    SESSION_ID_ROLE,
    SNIPPET,
    WHAT,
    SearchHitsModel,
)
from desktop.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200
RESULT_LIMIT = 200
EARLIEST = QDate(1949, 4, 4)  # the Washington Treaty: no session before it

Index = QModelIndex | QPersistentModelIndex


class SnippetDelegate(QStyledItemDelegate):
    """Paints a passage on one line with its matched words in bold (``HTML_ROLE``)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        marked = index.data(HTML_ROLE)
        if not marked:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(opt.font)
        document.setHtml(marked)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.setClipRect(area)
        top = area.top() + (area.height() - document.size().height()) / 2
        painter.translate(area.left() + 2, top)
        context.clip = QRectF(0, 0, area.width(), area.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height() + 6, 24))


class _SearchEdit(QLineEdit):
    """The search field: Down moves to the results."""

    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        super().keyPressEvent(event)


def results_table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
    return table


def date_edit(parent: QWidget, name: str, any_text: str) -> QDateEdit:
    """A date that may be left open: at its minimum it reads ``any_text``."""
    edit = QDateEdit(parent)
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(EARLIEST)
    edit.setSpecialValueText(any_text)
    edit.setDate(EARLIEST)
    return edit


def date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())


def label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


def fit_columns(table: QTableView, widest: dict[int, int]) -> None:
    """Size these columns to their contents (and some air), each up to its width."""
    header = table.horizontalHeader()
    for column, limit in widest.items():
        table.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column) + 12, limit))


def delegation_items(combo: QComboBox) -> None:
    for ally in reference.allies():
        combo.addItem(f"{ally.code} — {ally.name(ui_language())}", ally.code)


# ---------------------------------------------------------------------- search
class ArchiveSearchPage(QWidget):
    openRequested = Signal(int, int)  # session id, item id
    searched = Signal(int)  # the number of results now shown (after each answer)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._workspace: Workspace | None = None
        self._searches = Latest()  # the search asked last
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)

        self.search_edit = _SearchEdit(self)
        self.search_edit.setAccessibleName(self.tr("Search the archive"))
        self.search_edit.setPlaceholderText(
            self.tr("Search titles, statements, letters and decisions of every session")
        )
        clear_button_enabled(self.search_edit)
        self.search_edit.setMaxLength(500)
        self.history_check = QCheckBox(self.tr("Include &replaced statements"), self)
        self.history_check.setToolTip(
            self.tr("Also find what a delegation said before it changed its position, and "
                    "decisions declared again since")
        )  # fmt: skip
        self.body_combo = QComboBox(self)
        self.body_combo.setAccessibleName(self.tr("Body"))
        self.body_combo.addItem(self.tr("All bodies"), None)
        for kind in BodyKind:
            name = self.tr("Committees") if kind is BodyKind.COMMITTEE else shown(BODIES[kind].name)
            self.body_combo.addItem(name, kind.value)
        self.level_combo = QComboBox(self)
        self.level_combo.setAccessibleName(self.tr("Level"))
        self._fill_levels(tuple(Level))
        self.delegation_combo = QComboBox(self)
        self.delegation_combo.setAccessibleName(self.tr("Delegation"))
        self.delegation_combo.addItem(self.tr("All delegations"), None)
        delegation_items(self.delegation_combo)
        self.position_combo = QComboBox(self)
        self.position_combo.setAccessibleName(self.tr("Position"))
        self.position_combo.addItem(self.tr("Any position"), None)
        for position in Position:
            if position is not Position.NOT_STATED:
                self.position_combo.addItem(capitalised(position.label), position.value)
        self.kind_combo = self._kind_combo()
        self.from_edit = date_edit(self, self.tr("From"), self.tr("Any date"))
        self.to_edit = date_edit(self, self.tr("To"), self.tr("Any date"))
        self.clear_button = QPushButton(self.tr("Clear Filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)

        self.model = SearchHitsModel(self)
        self.table = results_table(self, self.tr("Search results"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(SNIPPET, SnippetDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Search status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._lay_out()
        self._connect()
        self._say(self.tr("Type a few words: every session is searched."))

    def _kind_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("What matched"))
        combo.addItem(self.tr("Everything"), None)
        for text, hit_kind in (
            (self.tr("Agenda items"), HitKind.ITEM),
            (self.tr("Statements"), HitKind.STATEMENT),
            (self.tr("Silence letters"), HitKind.LETTER),
            (self.tr("Decisions"), HitKind.DECISION),
            (self.tr("Silence procedures"), HitKind.SILENCE),
            (self.tr("Interventions"), HitKind.INTERVENTION),
        ):
            combo.addItem(text, hit_kind.value)
        return combo

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.history_check)
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(6)
        cells: Sequence[tuple[str, QWidget]] = (
            (self.tr("&Body:"), self.body_combo),
            (self.tr("&Level:"), self.level_combo),
            (self.tr("&Delegation:"), self.delegation_combo),
            (self.tr("&Position:"), self.position_combo),
            (self.tr("&What:"), self.kind_combo),
            (self.tr("&From:"), self.from_edit),
            (self.tr("&To:"), self.to_edit),
        )
        for number, (text, field) in enumerate(cells):
            row, column = divmod(number, 4)
            filters.addWidget(label(text, field, self), row, 2 * column)
            filters.addWidget(field, row, 2 * column + 1)
            filters.setColumnStretch(2 * column + 1, 1)
        filters.addWidget(self.clear_button, 1, 7)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._schedule)
        self.search_edit.returnPressed.connect(self._search_and_go)
        self.search_edit.downPressed.connect(self._focus_results)
        self.body_combo.currentIndexChanged.connect(self._on_body_changed)
        for combo in (self.level_combo, self.delegation_combo, self.position_combo,
                      self.kind_combo):  # fmt: skip
            combo.currentIndexChanged.connect(self._schedule)
        self.from_edit.dateChanged.connect(self._schedule)
        self.to_edit.dateChanged.connect(self._schedule)
        self.history_check.toggled.connect(self._schedule)
        self.table.activated.connect(self._open)

    def _schedule(self, *_changed: object) -> None:
        """Search once the user pauses (each change restarts the wait)."""
        self._timer.start()

    # ------------------------------------------------------------------ asking
    def set_workspace(self, workspace: Workspace | None) -> None:
        """Search this database from now on (None: none is open)."""
        self._workspace = workspace
        self._searches.forget()  # an answer from the previous database is dropped
        self.model.set_rows([])
        if self.search_edit.text().strip():
            self.search_now()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def filters(self) -> dict[str, Any]:
        """What the filters ask for, as keyword arguments of ``SearchService.search``."""
        kind = self.kind_combo.currentData()
        return {
            "body": self.body_combo.currentData(),
            "level": self.level_combo.currentData(),
            "delegation": self.delegation_combo.currentData(),
            "position": self.position_combo.currentData(),
            "kinds": [kind] if kind else None,
            "date_from": date_of(self.from_edit),
            "date_to": date_of(self.to_edit),
            "history": self.history_check.isChecked(),
            "limit": RESULT_LIMIT,
        }

    def search_now(self) -> None:
        """Search with what the field and the filters say now; an older answer is dropped."""
        self._timer.stop()
        asked = self._searches.ask()
        workspace = self._workspace
        text = self.search_edit.text()
        if workspace is None or not text.strip():
            self.model.set_rows([])
            self._say(self.tr("Type a few words: every session is searched."))
            self.searched.emit(0)
            return
        filters = self.filters()
        self._say(self.tr("Searching…"))
        self._tasks.submit(
            lambda: workspace.search.search(text, **filters),
            asked.then(self._show),
            lambda error: self._failed(asked, error),
        )

    def clear_filters(self) -> None:
        for combo in (self.body_combo, self.level_combo, self.delegation_combo,
                      self.position_combo, self.kind_combo):  # fmt: skip
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_levels(tuple(Level))
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.setDate(EARLIEST)
            edit.blockSignals(False)
        self.history_check.blockSignals(True)
        self.history_check.setChecked(False)
        self.history_check.blockSignals(False)
        self.search_now()

    # ------------------------------------------------------------------ answers
    def _show(self, hits: Sequence[SearchHit]) -> None:
        self.model.set_rows(hits)
        if hits:
            self.table.selectRow(0)
            self._size_columns()
        if not hits:
            self._say(self.tr("Nothing found. Fewer words or fewer filters may find more."))
        elif len(hits) >= RESULT_LIMIT:
            self._say(
                self.tr("The best %1 results: add a word or a filter to narrow them down.")
                .replace("%1", str(RESULT_LIMIT))
            )  # fmt: skip
        elif len(hits) == 1:
            self._say(self.tr("1 result."))
        else:
            self._say(self.tr("%1 results, best first.").replace("%1", str(len(hits))))
        self.searched.emit(len(hits))

    def _failed(self, asked: Asked, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error  # a defect: the excepthook logs it
        if not asked.current:
            return
        self.model.set_rows([])
        self._say(str(error))
        self.searched.emit(0)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def _size_columns(self) -> None:
        """Room for the columns' contents, within limits: the passage takes the rest."""
        fit_columns(self.table, {DATE: 100, SESSION: 160, ITEM: 240, WHAT: 170, DELEGATION: 90})

    # ------------------------------------------------------------------ moving
    def _search_and_go(self) -> None:
        if self._timer.isActive():
            self.search_now()
        elif self.model.rowCount():
            self._focus_results()

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        self.openRequested.emit(int(index.data(SESSION_ID_ROLE)), int(index.data(ITEM_ID_ROLE)))

    def _on_body_changed(self) -> None:
        kind = self.body_combo.currentData()
        self.level_combo.blockSignals(True)
        self._fill_levels(BODIES[BodyKind(kind)].levels if kind else tuple(Level))
        self.level_combo.blockSignals(False)
        self._schedule()

    def _fill_levels(self, levels: Sequence[Level]) -> None:
        chosen = self.level_combo.currentData()
        self.level_combo.clear()
        self.level_combo.addItem(self.tr("All levels"), None)
        for level in levels:
            self.level_combo.addItem(capitalised(level.label), level.value)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(chosen), 0))


# ---------------------------------------------------------------------- history
