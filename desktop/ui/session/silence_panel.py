"""The silence tab: the session's procedures (running, broken, adopted, withdrawn), each with
its letters and extensions, a live countdown for the running ones, and the steps of the
procedure as buttons with shortcuts.

It reads the services on the worker thread and reloads when a change set names one of the
session's items under ``silence`` (or the agenda or attendance). The countdown ticks once a
second, and only while the panel is visible and a procedure runs; a tick repaints the
countdown column alone. Settling at the deadline is the ``SilenceWatch``'s work, not the
panel's: until it lands, a passed deadline reads "settling…".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.silence import LetterStatus, SilenceState
from desktop.domain.timezones import now_utc
from desktop.services import ChangeSet, Workspace
from desktop.services.dto import LetterView, SessionDetail, SilenceView
from desktop.ui.labels import ui_language
from desktop.ui.latest import Latest
from desktop.ui.models.silence import (
    LETTER_ROLE,
    LOCAL,
    PROCEDURE_ROLE,
    STATE,
    TEXT,
    WHAT,
    SilenceModel,
)
from desktop.ui.session.controller import SessionController
from desktop.ui.session.silence_badge import SilenceBadge
from desktop.ui.session.silence_steps import KEYS, SilenceSteps, native
from desktop.ui.silence_time import workstation_zone

TICK_MS = 1000
WHAT_WIDTH = 260  # the item's title: the rest shows in the tooltip and below


class SilencePanel(QWidget):
    procedureCountChanged = Signal(int, int)  # running, broken (latest procedure per item)
    noticed = Signal(str)  # a sentence for the message bar (an export written)

    def __init__(
        self,
        controller: SessionController,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = now_utc,
        local_zone: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._now = now
        self._reads = Latest()  # the procedures as read last
        self._item_id: int | None = None
        self._wanted: int | None = None  # a procedure to select once read
        self.detail: SessionDetail | None = None
        self.setAccessibleName(self.tr("Silence procedures"))
        self.model = SilenceModel(self, local_zone=local_zone or workstation_zone())
        self.steps = SilenceSteps(self, self, controller)
        self.tree = self._make_tree()
        self.badge = SilenceBadge(self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("No silence procedure"))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Selected procedure or letter"))
        self.details.setContentsMargins(4, 4, 4, 4)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        steps = self.steps
        self.launch_action, self.letter_action = steps.launch_action, steps.letter_action
        self.withdraw_break_action = steps.withdraw_break_action
        self.extend_action, self.withdraw_action = steps.extend_action, steps.withdraw_action
        self.relaunch_action, self.export_action = steps.relaunch_action, steps.export_action
        self._lay_out()

        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_actions)
        controller.changed.connect(self._changed)
        controller.sessionChanged.connect(self._session_changed)
        self._show_counts()
        self._update_actions()
        if controller.session_id is not None:
            self.reload()

    def _lay_out(self) -> None:
        self.buttons = [self._button(a) for a in self.steps.actions()]
        top = QHBoxLayout()
        top.addWidget(self.badge, 1)
        top.addWidget(self._button(self.export_action))
        bar = QHBoxLayout()
        for button in self.buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        listing = QWidget(self)
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty_label)
        column.addWidget(self.tree, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([400, 110])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bar)
        self.setFocusProxy(self.tree)

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setAccessibleName(self.tr("Silence procedures and their letters"))
        tree.setModel(self.model)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.setIconSize(tree.iconSize())
        header = tree.header()
        header.setStretchLastSection(True)  # the text of the letter, elided
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(WHAT, WHAT_WIDTH)
        return tree

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.setToolTip(action.toolTip())
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    # ------------------------------------------------------------------ reading
    @property
    def item_id(self) -> int | None:
        """The item Launch preselects (``set_item``)."""
        return self._item_id

    def now(self) -> datetime:
        return self._now()

    def set_item(self, item_id: int | None) -> None:
        """Preselect ``item_id`` for Launch, and select its latest procedure when it has one."""
        self._item_id = item_id
        views = [v for v in self.model.procedures() if v.item_id == item_id]
        if views:
            self.select(max(views, key=lambda v: v.id).id)
        self._update_actions()

    def reload(self) -> None:
        session_id = self._controller.session_id
        asked = self._reads.ask()
        if session_id is None:
            self.detail = None
            self._show([])
            return

        def read(ws: Workspace) -> tuple[SessionDetail, list[SilenceView]]:
            return ws.sessions.get(session_id), ws.silence.for_session(session_id)

        self._controller.read(read, asked.then(self._loaded))

    def _loaded(self, answer: tuple[SessionDetail, list[SilenceView]]) -> None:
        detail, views = answer
        if detail.id != self._controller.session_id:
            return
        self.detail = detail
        self._show(views)

    def _show(self, views: list[SilenceView]) -> None:
        current, letter = self.selected_procedure(), self.selected_letter()
        detail = self.detail
        self.model.set_procedures(
            views,
            now=self._now(),
            zone=detail.time_zone if detail is not None else self.model.zone,
            items={i.id: i.number for i in detail.items} if detail is not None else {},
            names={d.code: d.name(ui_language()) for d in detail.delegations} if detail else {},
        )
        self.tree.expandAll()
        self.tree.setColumnHidden(LOCAL, not self.model.needs_local_column())
        if self._wanted is not None:
            self.select(self._wanted)
        elif current is not None:
            self.select(current.id, letter.seq if letter is not None else None)
        self._wanted = None
        self.empty_label.setVisible(not views)
        self.empty_label.setText(
            self.tr(
                "No silence procedure in this session yet. Launch one on an item (%1)."
            ).replace("%1", native(KEYS["launch"]))
        )
        self._show_counts()
        self._update_actions()
        self._update_timer()
        self._show_details()

    def _session_changed(self, _session_id: int) -> None:
        self._item_id = None
        self.reload()

    def _changed(self, changes: ChangeSet) -> None:
        session_id = self._controller.session_id
        if session_id is None:
            return
        items = {i.id for i in self.detail.items} if self.detail is not None else set()
        if (
            session_id in changes.agenda
            or session_id in changes.attendance
            or session_id in changes.sessions
            or changes.silence & items
            or (changes.silence and self.detail is None)
        ):
            self.reload()

    # ------------------------------------------------------------------ selection
    def select(self, procedure_id: int, letter_seq: int | None = None) -> None:
        index = QModelIndex()
        if letter_seq is not None:
            index = self.model.letter_index(procedure_id, letter_seq)
        if not index.isValid():
            row = self.model.row_of(procedure_id)
            index = self.model.index(row, STATE) if row is not None else QModelIndex()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def selected_procedure(self) -> SilenceView | None:
        index = self.tree.currentIndex()
        return index.data(PROCEDURE_ROLE) if index.isValid() else None

    def selected_letter(self) -> LetterView | None:
        index = self.tree.currentIndex()
        return index.data(LETTER_ROLE) if index.isValid() else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self._show_details()

    def _show_details(self) -> None:
        index = self.tree.currentIndex()
        text = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else ""
        self.details.setText(text or self.tr("Select a procedure or a letter to read it here."))
        self.details.setAccessibleDescription(self.details.text())

    def _update_actions(self) -> None:
        has_session = self.detail is not None and self._controller.session_id is not None
        view, letter = self.selected_procedure(), self.selected_letter()
        is_open = view is not None and view.is_open
        self.launch_action.setEnabled(has_session and bool(self.detail and self.detail.items))
        self.letter_action.setEnabled(has_session and bool(self.model.procedures()))
        self.withdraw_break_action.setEnabled(
            is_open and letter is not None and letter.status is LetterStatus.BREAKS
        )
        self.extend_action.setEnabled(is_open)
        self.withdraw_action.setEnabled(is_open)
        self.relaunch_action.setEnabled(view is not None and view.state is not SilenceState.ADOPTED)
        self.export_action.setEnabled(has_session)

    def _show_counts(self) -> None:
        running, broken = self.model.counts()
        self.badge.show_counts(running, broken)
        self.procedureCountChanged.emit(running, broken)

    # ------------------------------------------------------------------ countdown
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_timer()

    def _update_timer(self) -> None:
        if self.isVisible() and self.model.has_running():
            if not self.timer.isActive():
                self._tick()
                self.timer.start()
        else:
            self.timer.stop()

    def _tick(self) -> None:
        self.model.tick(self._now())

    def select_later(self, procedure_id: int) -> None:
        """Select the procedure now if shown, else when the reload after a change lands."""
        if self.model.row_of(procedure_id) is not None:
            self.select(procedure_id)
        self._wanted = procedure_id
