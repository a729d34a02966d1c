"""The Review tab: where the review of the session's summary record stands, its issues and
the corrections delegations sent, and the steps of the review as buttons with shortcuts (also
in Session › Review Steps).

Drafts are circulated for corrections, corrections are accepted or declined, the record is
reissued as a revision (``REV1``…) and approved, at a later meeting or under silence; an
approved record is locked until a revision is opened, with its reason
(``desktop.domain.review`` holds the rules, ``ws.review`` stores the steps).

Why the steps are not on the undo stack: each is a record of what happened on a day (the
secretariat issued a revision, Germany sent a correction, the Council approved) and the
review keeps it for good, as the minutes and the command line show it; an undo would erase a
fact, or forge its opposite. Ctrl+Z leaves them alone: each step asks for confirmation
instead, saying what it will do, and runs with ``SessionController.run``.

Which step fits is decided without a round trip, by the domain's ``check_*`` on the review as
last read; a button that does not fit says why in its tooltip. Reads and steps go through the
controller to the worker; the panel reads again when a change set names the session under
``review`` (or its fields, agenda or attendance: item numbers and delegations' names).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QItemSelection, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.review import Correction, CorrectionStatus, Review, ReviewEventKind, Stage
from desktop.domain.timezones import BRUSSELS, now_utc
from desktop.services import ChangeSet, Result, Workspace
from desktop.services.dto import SessionDetail
from desktop.services.review import ReviewView
from desktop.ui.keys import keys_text
from desktop.ui.labels import short_day, shown, ui_language
from desktop.ui.latest import Latest
from desktop.ui.models.review import (
    CORRECTION_ROLE,
    DELEGATION,
    FINGERPRINT,
    IN_ISSUE,
    ITEM,
    REASON,
    RECEIVED,
    STATUS,
    TEXT,
    WHERE,
    CorrectionsModel,
    IssuesModel,
    blocks,
    issue_name,
)
from desktop.ui.session.controller import SessionController
from desktop.ui.session.review_dialogs import (
    AcceptDialog,
    ApproveDialog,
    CorrectionDialog,
    CorrectionFields,
    DeclineDialog,
    IssueDialog,
    ReopenDialog,
)
from desktop.ui.session.silence_deadline import Zones
from desktop.ui.silence_time import wall_clock, when_in, workstation_zone

KEYS = {  # shortcuts while the focus is in the panel
    "issue": "Ctrl+Shift+I",
    "correction": "Ins",
    "accept": "Ctrl+Return",
    "decline": "Del",
    "approve": "Ctrl+Shift+P",
    "reopen": "Ctrl+R",
}
ISSUES_ROWS = 4  # the issues list shows this many rows before it scrolls
Answer = tuple[SessionDetail, ReviewView]


def lock_pixmap(size: int, palette: QPalette, ratio: float = 1.0) -> QPixmap:
    """A padlock in the text's colour, ``size`` logical pixels on a screen of that pixel
    ``ratio``: the banner says "locked" in words too."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = palette.color(QPalette.ColorRole.WindowText)
    pen = QPen(colour, max(size / 9, 1.5))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QRectF(size * 0.28, size * 0.08, size * 0.44, size * 0.5)
    painter.drawArc(shackle, 0, 180 * 16)
    painter.drawLine(QPointF(shackle.left(), size * 0.33), QPointF(shackle.left(), size * 0.45))
    painter.drawLine(QPointF(shackle.right(), size * 0.33), QPointF(shackle.right(), size * 0.45))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(size * 0.16, size * 0.44, size * 0.68, size * 0.5), 2, 2)
    painter.end()
    return pixmap


def _problem(check: Callable[[], object]) -> str:
    """The domain's sentence when a step does not fit, else ""."""
    try:
        check()
    except DomainError as error:
        return str(error)
    return ""


class ReviewPanel(QWidget):
    noticed = Signal(str)  # a sentence for the message bar (a step recorded)
    stepAsked = Signal()  # a step was asked (from the menu too): the page shows this tab
    loaded = Signal()  # the review as read last is shown

    def __init__(
        self,
        controller: SessionController,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = now_utc,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._now = now
        self._reads = Latest()
        self._wanted: int | None = None  # a correction to select once read
        self.view: ReviewView | None = None
        self.detail: SessionDetail | None = None
        self.dialog: QDialog | None = None  # the step's dialog open now, for tests
        self.setAccessibleName(self.tr("Review of the minutes"))
        self.issues_model = IssuesModel(self)
        self.model = CorrectionsModel(self)
        self._make_labels()
        self.issues_table = self._issues_table()
        self.table = self._corrections_table()
        self._make_actions()
        self._lay_out()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        controller.changed.connect(self._changed)
        controller.sessionChanged.connect(lambda _session: self.reload())
        self._show_state()
        if controller.session_id is not None:
            self.reload()

    # ------------------------------------------------------------------ building
    def _make_labels(self) -> None:
        self.banner = QFrame(self)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setAutoFillBackground(True)
        self.banner.setAccessibleName(self.tr("Record locked"))
        self.lock_icon = QLabel(self.banner)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        font = QFont(self.banner_text.font())
        font.setBold(True)
        self.banner_text.setFont(font)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(8)
        row.addWidget(self.lock_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.banner_text, 1)
        self.banner.hide()

        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Current issue"))
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stage_label = self._label(self.tr("Stage of the review"))
        self.fingerprint_label = self._label(self.tr("Fingerprint of the current issue"))
        fixed = QFont("monospace")
        fixed.setStyleHint(QFont.StyleHint.TypeWriter)
        self.fingerprint_label.setFont(fixed)
        self.approval_label = self._label(self.tr("Approval"))
        self.counts_label = self._label(self.tr("Corrections received"))
        self.details = self._label(self.tr("Selected correction"))
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details.setContentsMargins(4, 4, 4, 4)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _table(self, name: str) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setHighlightSections(False)
        return table

    def _issues_table(self) -> QTableView:
        table = self._table(self.tr("Issues of the record"))
        table.setModel(self.issues_model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FINGERPRINT, QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader().defaultSectionSize() * ISSUES_ROWS
        table.setFixedHeight(rows + header.sizeHint().height() + 2 * table.frameWidth())
        return table

    def _corrections_table(self) -> QTableView:
        table = self._table(self.tr("Corrections from delegations"))
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (DELEGATION, ITEM, RECEIVED, STATUS, IN_ISSUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().averageCharWidth()
        header.resizeSection(WHERE, width * 16)
        header.resizeSection(REASON, width * 24)
        return table

    def _make_actions(self) -> None:
        self.issue_action = self._action(self.tr("Issue the &Draft…"), "issue", self.issue)
        self.correction_action = self._action(
            self.tr("Record a &Correction…"), "correction", self.record_correction
        )
        self.accept_action = self._action(self.tr("&Accept…"), "accept", self.accept)
        self.decline_action = self._action(self.tr("Decli&ne…"), "decline", self.decline)
        self.approve_action = self._action(self.tr("Appro&ve…"), "approve", self.approve)
        self.reopen_action = self._action(self.tr("Open a Rev&ision…"), "reopen", self.reopen)

    def _action(self, text: str, key: str, slot: Callable[[], None]) -> QAction:
        """A step of the panel, its shortcut live while the focus is in the panel."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(KEYS[key]))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def actions_in_order(self) -> list[QAction]:
        """The steps, in the order of the panel's buttons (and of the menu)."""
        return [
            self.issue_action, self.correction_action, self.accept_action,
            self.decline_action, self.approve_action, self.reopen_action,
        ]  # fmt: skip

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), self)
        button.clicked.connect(action.trigger)

        def follow() -> None:
            button.setText(action.text())
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setAccessibleDescription(action.toolTip())

        action.changed.connect(follow)
        follow()
        return button

    def _lay_out(self) -> None:
        self.buttons = [self._button(a) for a in self.actions_in_order()]
        state = QVBoxLayout()
        state.setSpacing(4)
        for label in (self.heading, self.stage_label, self.fingerprint_label,
                      self.approval_label, self.counts_label):  # fmt: skip
            state.addWidget(label)
        state.addStretch(1)
        issues_heading = self._heading(self.tr("Issues"))
        issues = QVBoxLayout()
        issues.setSpacing(2)
        issues.addWidget(issues_heading)
        issues.addWidget(self.issues_table)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addLayout(state, 3)
        top.addLayout(issues, 2)

        self.corrections_heading = self._heading(self.tr("Corrections"))
        listing = QWidget(self)
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.corrections_heading)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([300, 80])
        self.splitter.setChildrenCollapsible(False)
        bar = QHBoxLayout()
        for button in self.buttons:
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bar)
        self.setFocusProxy(self.table)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    # ------------------------------------------------------------------ reading
    @property
    def review(self) -> Review | None:
        return self.view.review if self.view is not None else None

    def zone(self) -> str:
        return self.detail.time_zone if self.detail is not None else BRUSSELS

    def reload(self) -> None:
        session_id = self._controller.session_id
        asked = self._reads.ask()
        if session_id is None:
            self.view = self.detail = None
            self._show_state()
            return

        def read(ws: Workspace) -> Answer:
            return ws.sessions.get(session_id), ws.review.view(session_id)

        self._controller.read(read, asked.then(self._loaded))

    def _loaded(self, answer: Answer) -> None:
        detail, view = answer
        if detail.id != self._controller.session_id:
            return
        self.detail, self.view = detail, view
        selected = self.selected()
        zone = detail.time_zone
        self.issues_model.set_view(view, zone)
        self.model.set_view(view, zone, self._names())
        wanted = self._wanted if self._wanted is not None else (selected.id if selected else None)
        self._wanted = None
        row = self.model.row_of_key(wanted) if wanted is not None else None
        if row is None and self.model.rowCount():
            pending = [
                n for n, c in enumerate(self.model.rows()) if c.status is CorrectionStatus.PENDING
            ]
            row = pending[0] if pending else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.table.resizeColumnToContents(DELEGATION)
        self._show_state()
        self.loaded.emit()

    def _names(self) -> Mapping[str, str]:
        language = ui_language()
        return {d.code: d.name(language) for d in self.detail.delegations} if self.detail else {}

    def _changed(self, changes: ChangeSet) -> None:
        session_id = self._controller.session_id
        if session_id is None:
            return
        if session_id in (changes.review | changes.sessions | changes.agenda | changes.attendance):
            self.reload()

    # ------------------------------------------------------------------ showing
    def _show_state(self) -> None:
        view, review = self.view, self.review
        self._show_banner()
        if view is None or review is None:
            self.heading.setText(self.tr("No session is open."))
            for label in (self.stage_label, self.fingerprint_label, self.approval_label,
                          self.counts_label):  # fmt: skip
                label.clear()
                label.hide()
            self._update_actions()
            self._show_details()
            return
        zone = self.zone()
        current = review.current
        stage = self.tr("Stage: %1").replace("%1", shown(review.stage.label))
        if current is None:
            self.heading.setText(self.tr("Not issued yet"))
            self.stage_label.setText(
                stage
                + " — "
                + self.tr(
                    "the record is being written; nothing has gone to delegations. Issue the "
                    "draft (%1) when it is ready for their corrections."
                ).replace("%1", keys_text(KEYS["issue"]))
            )
            self.fingerprint_label.clear()
        else:
            self.heading.setText(
                self.tr("%1 issued on %2")
                .replace("%1", issue_name(view.reference, current))
                .replace("%2", when_in(current.at, zone))
            )
            if review.stage is Stage.REOPENED:
                stage += " — " + self._reopened_text(review)
            self.stage_label.setText(stage)
            self.fingerprint_label.setText(
                self.tr("Fingerprint: %1").replace("%1", blocks(current.fingerprint))
            )
        self.stage_label.show()
        self.fingerprint_label.setVisible(current is not None)
        approval = review.approval
        if approval is not None:
            text = (
                self.tr("%4 approved on %1, %2 (%3).")
                if approval.reference
                else self.tr("%4 approved on %1, %2.")
            )
            issue = next((i for i in review.issues if i.number == approval.issue), None)
            what = issue_name(view.reference, issue) if issue is not None else ""
            self.approval_label.setText(
                text.replace("%1", self._day(approval.at))
                .replace("%2", shown(approval.how.label))
                .replace("%3", approval.reference)
                .replace("%4", what)
            )
            if not review.locked:
                self.approval_label.setText(
                    self.tr("Last approval: %1").replace("%1", self.approval_label.text())
                )
        self.approval_label.setVisible(approval is not None)
        self.counts_label.setText(self._counts(review))
        self.counts_label.setVisible(bool(review.issues))
        self.corrections_heading.setText(
            self.tr("Corrections (%1)").replace("%1", str(len(review.corrections)))
            if review.corrections
            else self.tr("Corrections")
        )
        self._update_actions()
        self._show_details()

    def _show_banner(self) -> None:
        review = self.review
        approval = review.approval if review is not None else None
        locked = review is not None and review.locked and approval is not None
        self.banner.setVisible(locked)
        if not locked or approval is None:
            return
        self.banner_text.setText(
            self.tr("Locked: approved on %1 — changes need a revision. Open one (%2), saying why.")
            .replace("%1", self._day(approval.at))
            .replace("%2", keys_text(KEYS["reopen"]))
        )
        self.banner.setAccessibleDescription(self.banner_text.text())
        palette = QPalette(self.palette())
        base = palette.color(QPalette.ColorRole.Window)
        tint = palette.color(QPalette.ColorRole.Highlight)
        mixed = QColor(*(round(a * 0.8 + b * 0.2) for a, b in zip(
            (base.red(), base.green(), base.blue()), (tint.red(), tint.green(), tint.blue()),
            strict=True,
        )))  # fmt: skip
        palette.setColor(QPalette.ColorRole.Window, mixed)
        self.banner.setPalette(palette)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.lock_icon.setPixmap(lock_pixmap(size, palette, self.devicePixelRatioF()))

    def _day(self, moment: datetime) -> str:
        return short_day(wall_clock(moment, self.zone()).date())

    def _reopened_text(self, review: Review) -> str:
        reopened = next(
            (e for e in reversed(review.events) if e.kind is ReviewEventKind.REOPENED), None
        )
        text = self.tr("reopened on %1 for REV%2").replace("%2", str(review.next_number))
        text = text.replace("%1", self._day(reopened.at) if reopened is not None else "")
        if reopened is not None and reopened.text:
            text += self.tr(": %1").replace("%1", reopened.text)
        return text

    def _counts(self, review: Review) -> str:
        total = len(review.corrections)
        if not total:
            return self.tr("No correction received.")
        pending = len(review.pending())
        waiting = len(review.accepted_not_issued())
        declined = sum(1 for c in review.corrections if c.status is CorrectionStatus.DECLINED)
        parts = [self.tr("%n received", "", total), self.tr("%n pending", "", pending)]
        if waiting:
            parts.append(self.tr("%n accepted for the next issue", "", waiting))
        if declined:
            parts.append(self.tr("%n declined", "", declined))
        return self.tr("Corrections: %1.").replace("%1", ", ".join(parts))

    def _show_details(self) -> None:
        correction = self.selected()
        if correction is None:
            self.details.setText(
                self.tr("Select a correction to read it here.") if self.model.rowCount() else ""
            )
            self.details.setAccessibleDescription(self.details.text())
            return
        lines = [
            self.tr("%1 — %2, received %3")
            .replace("%1", self.model.delegation_name(correction))
            .replace("%2", self._where(correction))
            .replace("%3", when_in(correction.received_at, self.zone())),
            f"« {correction.text} »" if ui_language() == "fr" else f"“{correction.text}”",
        ]
        status = shown(correction.status.label)
        if correction.reason:
            lines.append(
                self.tr("%1: %2").replace("%1", status[:1].upper() + status[1:])
                .replace("%2", correction.reason)
            )  # fmt: skip
        self.details.setText("\n".join(lines))
        self.details.setAccessibleDescription(self.details.text())

    def _where(self, correction: Correction) -> str:
        item = self.model.item_text(correction)
        where = item if correction.item_id is None else self.tr("item %1").replace("%1", item)
        return f"{where}, {correction.where}" if correction.where else where

    # ------------------------------------------------------------------ what fits
    def selected(self) -> Correction | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CORRECTION_ROLE) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()
        self._show_details()

    def _update_actions(self) -> None:
        review = self.review
        if review is None:
            for action in self.actions_in_order():
                action.setEnabled(False)
            return
        number = review.next_number
        self.issue_action.setText(
            self.tr("Issue the &Draft…")
            if number == 0
            else self.tr("Issue &Revision %1…").replace("%1", str(number))
        )
        now = self._now()
        first = review.issues[0].at if review.issues else now
        chosen = self.selected()
        no_selection = self.tr("Select a correction first.")
        problems = {
            self.issue_action: _problem(review.check_issue),
            self.correction_action: _problem(
                lambda: review.check_correction(max(now, first), "-", "-")
            ),
            self.accept_action: no_selection
            if chosen is None
            else _problem(lambda: review.check_decision(chosen.id, True, "")),
            self.decline_action: no_selection
            if chosen is None
            else _problem(lambda: review.check_decision(chosen.id, False, "-")),
            self.approve_action: _problem(lambda: review.check_approval(max(now, first))),
            self.reopen_action: _problem(lambda: review.check_reopen("-")),
        }
        tips = {
            self.issue_action: self.tr("Send the record to delegations for corrections"),
            self.correction_action: self.tr("A correction a delegation sent"),
            self.accept_action: self.tr("Accept the selected correction"),
            self.decline_action: self.tr("Decline the selected correction, saying why"),
            self.approve_action: self.tr("Record that the record was approved: it is locked"),
            self.reopen_action: self.tr("Unlock the approved record for a new revision"),
        }
        if number:
            tips[self.issue_action] = self.tr("Issue REV%1, with the accepted corrections").replace(
                "%1", str(number)
            )
        for action, problem in problems.items():
            keys = keys_text(action.shortcut())
            action.setEnabled(not problem)
            tip = f"{tips[action]} ({keys})"
            action.setToolTip(f"{tip}\n{problem}" if problem else tip)

    # ------------------------------------------------------------------ steps
    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        """Show ``dialog``; ``accepted`` reads what it says, on the GUI thread, before the
        call goes to the worker (the dialog is deleted once closed)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _run(
        self,
        call: Callable[[Workspace], Result[ReviewView]],
        said: Callable[[ReviewView], str],
    ) -> None:
        def done(view: ReviewView) -> None:
            self.noticed.emit(said(view))

        self._controller.run(call, done)

    def _ready(self, action: QAction) -> ReviewView | None:
        """The view a step works on, once the tab shows; None when the step does not fit."""
        self.stepAsked.emit()
        self._update_actions()
        return self.view if action.isEnabled() else None

    def issue(self) -> None:
        view = self._ready(self.issue_action)
        if view is None:
            return
        session_id = view.session_id
        dialog = IssueDialog(view, self)

        def said(new: ReviewView) -> str:
            current = new.review.current
            name = issue_name(new.reference, current) if current is not None else ""
            return self.tr("Issued %1.").replace("%1", name)

        self._open(dialog, lambda: self._run(lambda ws: ws.review.issue(session_id), said))

    def record_correction(self) -> None:
        view = self._ready(self.correction_action)
        if view is None or self.detail is None:
            return
        session_id = view.session_id
        zones = Zones(self.zone(), workstation_zone())
        dialog = CorrectionDialog(
            view.review, self.detail.delegations, self.detail.items, zones, self, now=self._now()
        )

        def record(fields: CorrectionFields) -> None:
            def said(new: ReviewView) -> str:
                if new.review.corrections:
                    self.select_later(new.review.corrections[-1].id)
                name = self._names().get(fields["delegation"], fields["delegation"])
                return self.tr("Recorded the correction from %1.").replace("%1", name)

            self._run(
                lambda ws: ws.review.receive(
                    session_id, fields["delegation"], fields["text"],
                    received_at=fields["received_at"], item_id=fields["item_id"],
                    paragraph=fields["paragraph"],
                ),
                said,
            )  # fmt: skip

        self._open(dialog, lambda: record(dialog.fields()))

    def accept(self) -> None:
        correction = self.selected()
        if self._ready(self.accept_action) is None or correction is None:
            return
        who = self.model.delegation_name(correction)
        dialog = AcceptDialog(correction, who, self._where(correction), self)

        def said(_new: ReviewView) -> str:
            return self.tr(
                "Accepted the correction from %1. Make the change in the record; the next "
                "issue lists it."
            ).replace("%1", who)

        def accept() -> None:
            note = dialog.reason()
            self._run(lambda ws: ws.review.accept(correction.id, note), said)

        self._open(dialog, accept)

    def decline(self) -> None:
        correction = self.selected()
        if self._ready(self.decline_action) is None or correction is None:
            return
        who = self.model.delegation_name(correction)
        dialog = DeclineDialog(correction, who, self._where(correction), self)

        def said(_new: ReviewView) -> str:
            return self.tr("Declined the correction from %1.").replace("%1", who)

        def decline() -> None:
            reason = dialog.reason()
            self._run(lambda ws: ws.review.decline(correction.id, reason), said)

        self._open(dialog, decline)

    def approve(self) -> None:
        view = self._ready(self.approve_action)
        if view is None:
            return
        session_id = view.session_id
        dialog = ApproveDialog(view, self.zone(), self._now(), self)

        def approve() -> None:
            fields = dialog.fields()

            def said(new: ReviewView) -> str:
                return self.tr("Approved %1: the record is locked.").replace(
                    "%1", new.reference or self.tr("the record")
                )

            self._run(lambda ws: ws.review.approve(session_id, **fields), said)

        self._open(dialog, approve)

    def reopen(self) -> None:
        view = self._ready(self.reopen_action)
        if view is None:
            return
        session_id = view.session_id
        dialog = ReopenDialog(view, self.zone(), self)

        def said(new: ReviewView) -> str:
            return self.tr("Opened revision %1: the record takes changes again.").replace(
                "%1", f"REV{new.review.next_number}"
            )

        def reopen() -> None:
            reason = dialog.reason()
            self._run(lambda ws: ws.review.reopen(session_id, reason), said)

        self._open(dialog, reopen)

    def select_later(self, correction_id: int) -> None:
        """Select the correction now if shown, else when the read after the change lands."""
        row = self.model.row_of_key(correction_id)
        if row is not None:
            self.table.selectRow(row)
        self._wanted = correction_id
