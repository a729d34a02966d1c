"""The open session: a header saying which meeting this is, a message line, and tabs for the
positions, the session form, the attendance, the agenda, silence, the tour de table and the
review of the minutes."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.meeting_clock import may_open_at
from desktop.services import ChangeSet
from desktop.services.dto import SessionDetail
from desktop.ui.key_areas import Area, plain, widget_area
from desktop.ui.keys import keys_text
from desktop.ui.session.agenda import AgendaEditor
from desktop.ui.session.attendance import AttendancePanel
from desktop.ui.session.controller import SessionController
from desktop.ui.session.form import SessionForm
from desktop.ui.session.meeting_clock import OPEN_KEYS
from desktop.ui.session.message_bar import MessageBar
from desktop.ui.session.positions_view import PositionsView
from desktop.ui.session.review import ReviewPanel
from desktop.ui.session.silence_badge import tab_title
from desktop.ui.session.silence_panel import SilencePanel
from desktop.ui.session.tour_view import TourView
from desktop.ui.settings import AppSettings
from desktop.ui.texts import in_ui_language

POSITIONS, FORM, ATTENDANCE, AGENDA, SILENCE, TOUR, REVIEW = range(7)


class SessionPage(QWidget):
    backRequested = Signal()
    detailLoaded = Signal(object)  # SessionDetail, after each read of the header

    def __init__(
        self,
        controller: SessionController,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.detail: SessionDetail | None = None

        self.back_button = self._back_button()
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Session"))
        self.subtitle = QLabel(self)
        self.subtitle.setAccessibleName(self.tr("Session details"))
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.opening_hint = self._opening_hint()

        self.messages = MessageBar(self)
        self.positions = PositionsView(controller, self)
        self.form = SessionForm(controller, self)
        self.attendance = AttendancePanel(controller, self)
        self.agenda = AgendaEditor(controller, self)
        self.silence = SilencePanel(controller, self)
        self.tour = TourView(controller, self.positions.model, self, settings=settings)
        self.review = ReviewPanel(controller, self)
        self.tabs = self._tabs()

        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        heading.addWidget(self.opening_hint)
        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(6)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.messages)
        layout.addWidget(self.tabs, 1)

        self.agenda.itemActivated.connect(self.show_item)
        self.silence.procedureCountChanged.connect(
            lambda running, broken: self.tabs.setTabText(
                self.tabs.indexOf(self.silence), tab_title(running, broken)
            )
        )
        for view in (self.silence, self.positions, self.review):
            view.noticed.connect(self.messages.inform)
        self.review.stepAsked.connect(lambda: self.tabs.setCurrentWidget(self.review))
        self.positions.grid.currentItemChanged.connect(
            lambda item_id: self.silence.set_item(item_id or None)
        )
        self.positions.grid.currentItemChanged.connect(
            lambda item_id: self.tour.set_item(item_id or None)
        )
        self.tour.itemChosen.connect(self.positions.show_item)
        self.tour.interventionRequested.connect(self.positions.ask_intervention)
        controller.failed.connect(self.messages.warn)
        controller.sessionChanged.connect(self._session_changed)
        controller.changed.connect(self._changed)

    def _tabs(self) -> QTabWidget:
        tabs = QTabWidget(self)
        tabs.setDocumentMode(True)
        tabs.addTab(self.positions, self.tr("&Positions"))
        tabs.addTab(self.form, self.tr("&Session"))
        tabs.addTab(self.attendance, self.tr("A&ttendance"))
        tabs.addTab(self.agenda, self.tr("A&genda"))
        tabs.addTab(self.silence, tab_title(0, 0))
        tabs.addTab(self.tour, self.tr("T&our de Table"))
        tabs.addTab(self.review, self.tr("Revie&w"))
        for number in range(tabs.count()):
            tabs.setTabToolTip(number, f"Ctrl+{number + 1}")
        return tabs

    def _opening_hint(self) -> QLabel:
        """While a meeting held today is not opened: how to say it is (hidden otherwise)."""
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Meeting not opened"))
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        label.hide()
        return label

    def _back_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setText(self.tr("Sessions"))
        button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        back_keys = QKeySequence(QKeySequence.StandardKey.Back).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        button.setToolTip(self.tr("Back to the sessions list (%1)").replace("%1", back_keys))
        button.setAccessibleName(self.tr("Back to the sessions list"))
        button.clicked.connect(self.backRequested)
        return button

    # ------------------------------------------------------------------ keys
    def key_areas(self) -> list[Area]:
        """The keyboard sheet's areas of the open session, one per tab in the tabs' order,
        titled by the tab: the keys bound in the tab, after the keys a view reads itself (its
        ``key_rows``)."""
        areas = []
        for number in range(self.tabs.count()):
            page = self.tabs.widget(number)
            if page is None:
                continue
            first = page.key_rows() if isinstance(page, PositionsView | TourView) else []
            areas.append(widget_area(plain(self.tabs.tabText(number)), page, first))
        return areas

    # ------------------------------------------------------------------ navigation
    def show_tab(self, number: int) -> None:
        self.tabs.setCurrentIndex(number)
        widget = self.tabs.currentWidget()
        if widget is self.positions:
            self.positions.grid.setFocus()
        elif widget is not None:
            widget.setFocus()

    def show_item(self, item_id: int) -> None:
        self.tabs.setCurrentWidget(self.positions)
        self.positions.show_item(item_id)
        self.positions.grid.setFocus()

    # ------------------------------------------------------------------ header
    def _session_changed(self, session_id: int) -> None:
        self.messages.hide()
        self.opening_hint.hide()
        self.tabs.setCurrentWidget(self.positions)
        if session_id:
            self._read_detail()

    def _changed(self, changes: ChangeSet) -> None:
        session_id = self._controller.session_id
        if session_id is not None and (
            session_id in changes.sessions or session_id in changes.agenda
        ):
            self._read_detail()

    def _read_detail(self) -> None:
        session_id = self._controller.session_id
        if session_id is not None:
            self._controller.read(lambda ws: ws.sessions.get(session_id), self._show_detail)

    def _show_detail(self, detail: SessionDetail) -> None:
        if detail.id != self._controller.session_id:
            return
        self.detail = detail
        self.title.setText(detail.title)
        d = detail.session_date
        date = QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)
        parts = [date]
        if place := in_ui_language(detail.place, detail.place_fr):
            parts.append(place)
        if detail.reference:
            parts.append(detail.reference)
        parts.append(detail.classification.marking)
        if detail.closed_at is not None:
            parts.append(self.tr("meeting closed"))
        elif detail.opened_at is not None:
            parts.append(self.tr("meeting open"))
        self.subtitle.setText(" · ".join(parts))
        self._show_opening_hint(detail)
        self.detailLoaded.emit(detail)

    def _show_opening_hint(self, detail: SessionDetail) -> None:
        """Say how to open a meeting held today that is not opened yet. The workspace's
        clock decides what today is (it reads no database)."""
        now = self._controller.workspace.sessions.now()
        waiting = detail.opened_at is None and may_open_at(
            detail.session_date, detail.time_zone, now
        )
        if waiting:
            self.opening_hint.setText(
                self.tr("Not opened yet — Session › Open the Meeting (%1)").replace(
                    "%1", keys_text(OPEN_KEYS)
                )
            )
        self.opening_hint.setVisible(waiting)
