"""The panel beside the position grid: the item under the operator's cursor, where it stands
(the domain's one state, ``desktop.domain.standing``: the same words as the grid's header,
the room display and the minutes), then the facts behind it (consensus at the table, the
silence procedure, the chair's declaration and what the record says against it) and its
action items. A fact the state line already says is not repeated below it.

It reads the services on the worker thread and refreshes only when a change set names its
item: positions (consensus and the declaration's warnings move with them), outcomes,
silence, or the agenda (the item was renamed or removed). The item's state is read once the
edits on their way have landed (``SessionController.after_writes``): one read for a burst of
keys, never queued on the worker in front of the next key.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.consensus import Consensus, ConsensusState
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Effect
from desktop.domain.silence import SilenceState
from desktop.domain.standing import Standing, long_text, outcome_effect, silence_effect
from desktop.domain.timezones import BRUSSELS, utc_to_local
from desktop.i18n import repeated_hour_mark
from desktop.services import ChangeSet
from desktop.services.dto import AgendaItem, ItemState, OutcomeView, SessionDetail, SilenceView
from desktop.services.item_state import ItemBasis, ItemFacts, item_state, item_summary
from desktop.ui import marks
from desktop.ui.labels import capitalised, ui_language
from desktop.ui.latest import Latest
from desktop.ui.session.actions import ActionsList
from desktop.ui.session.controller import SessionController
from desktop.ui.session.outcome_box import NoticePanel, OutcomeBox, standing
from desktop.ui.session.position_commands import LogPosition
from desktop.ui.session.summary_box import SummaryBox
from desktop.ui.texts import in_ui_language

SHOWN_CODES = 10  # a longer list of pending delegations ends in "+N"
NARROWEST = 280  # the panel's least width
ACTION_LINES = 9  # the action items' least height, in lines of text (about three items)


class IconLine(QWidget):
    """An icon and a wrapped line of text: a state said in words, never by colour alone."""

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setFixedSize(size, size)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(accessible_name)
        self.setAccessibleName(accessible_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)

    def set_line(self, icon: QIcon | None, text: str, *, tooltip: str = "") -> None:
        size = self.icon.width()
        self.icon.setPixmap(icon.pixmap(size, size) if icon is not None else QPixmap())
        self.text.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleDescription(text)
        self.show()


class _DownOnly(QScrollArea):
    """A scroll area that scrolls down only: never narrower than what it holds needs."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = content.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # What it holds was laid out again (another item, French words): its least width
        # may have changed, and the splitter must hear of it.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


class ItemPanel(QWidget):
    # The item's basis as read last (``desktop.services.item_state``), and whether a read of
    # its facts is on its way.
    _basis: ItemBasis | None
    _reading: bool

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._item_id: int | None = None
        self._detail: SessionDetail | None = None
        self._reads = Latest()  # the item's state as read last
        self._basis, self._reading = None, False
        self.state: ItemState | None = None
        self.setAccessibleName(self.tr("Item"))

        self.empty_label = QLabel(self.tr("Move the cursor to an item to see it here."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setAccessibleName(self.tr("No item"))
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.number_label = self._label(self.tr("Item number and kind"))
        self.number_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.title_label = self._label(self.tr("Item title"), scale=1.15)
        self.documents_label = self._label(self.tr("Documents"))
        self.state_line = IconLine(self, accessible_name=self.tr("Where the item stands"))
        self.consensus_line, self.recorded_line, self.silence_line = (
            IconLine(self, accessible_name=self.tr("Consensus")),
            IconLine(self, accessible_name=self.tr("On record")),
            IconLine(self, accessible_name=self.tr("Silence procedure")),
        )
        self.summary_box = SummaryBox(self)
        self.standing_line = IconLine(self, accessible_name=self.tr("Declared outcome"))
        self.standing_warnings = NoticePanel(self, accessible_name=self.tr("Declaration warnings"))
        self.outcome_box = OutcomeBox(controller, self)
        self.action_list = ActionsList(controller, self)

        self.content = QWidget(self)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.number_label, self.title_label, self.documents_label):
            layout.addWidget(widget)
        layout.addSpacing(4)
        for line in (self.state_line, self.consensus_line, self.recorded_line, self.silence_line):
            layout.addWidget(line)
        layout.addWidget(self.summary_box)
        layout.addWidget(self._rule())
        layout.addWidget(self._label(self.tr("Outcome"), text=self.tr("Outcome"), bold=True))
        layout.addWidget(self.standing_line)
        layout.addWidget(self.standing_warnings)
        layout.addWidget(self.outcome_box)
        layout.addWidget(self._rule())
        layout.addWidget(self.action_list, 1)
        self.scroll_area = self._scrolling(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.empty_label)
        outer.addWidget(self.scroll_area, 1)
        self._show_nothing()

        self.summary_box.draftRequested.connect(self.outcome_box.offer_draft)
        controller.changed.connect(self._changed)
        controller.sessionChanged.connect(self._session_changed)
        if controller.session_id is not None:
            self._read_detail()

    def _label(
        self, name: str, *, text: str = "", scale: float = 1.0, bold: bool = False
    ) -> QLabel:
        label = QLabel(text, self)
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if scale != 1.0 or bold:
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(True)
            label.setFont(font)
        return label

    def minimumSizeHint(self) -> QSize:
        """As narrow as what it shows allows (the splitter keeps to it), never too narrow
        to read; not an explicit minimum width, which the splitter would take instead."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), NARROWEST), hint.height())

    def _scrolling(self, content: QWidget) -> QScrollArea:
        """On a low screen the item, its declaration and its action items are taller than
        the panel: it scrolls, and nothing is ever squeezed on top of something else."""
        scroll = _DownOnly(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        # The action items show a few lines however little room there is: the panel
        # scrolls rather than squeeze them, or the lines above them, out of sight.
        self.action_list.setMinimumHeight(self.fontMetrics().lineSpacing() * ACTION_LINES)
        return scroll

    def _rule(self) -> QFrame:
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        return rule

    # ------------------------------------------------------------------ what to show
    @property
    def item_id(self) -> int | None:
        return self._item_id

    def set_item(self, item_id: int | None) -> None:
        """Show ``item_id`` (None: no item). Showing the same item again reads nothing."""
        if item_id == self._item_id:
            return
        self._item_id = item_id
        self.action_list.set_item(item_id)
        if item_id is None:
            self._show_nothing()
            return
        if self._item() is None:  # not read yet, or added since
            self._read_detail()
        self._show_item()
        self._read_state()

    def _session_changed(self, session_id: int) -> None:
        self._detail = None
        self._item_id = None
        self.action_list.set_item(None)
        self._show_nothing()
        if session_id:
            self._read_detail()

    def _changed(self, changes: ChangeSet, by: object = None) -> None:
        session_id, item_id = self._controller.session_id, self._item_id
        if session_id is not None and (
            session_id in changes.agenda or session_id in changes.sessions or changes.items
        ):
            self._read_detail()
        if item_id is None:
            return
        touched = changes.outcomes | changes.silence | {i for i, _ in changes.positions}
        stands = item_id in touched or item_id in changes.items or session_id in changes.agenda
        if stands and not self._restate(changes, by):
            self._read_state()

    def _restate(self, changes: ChangeSet, by: object) -> bool:
        """A key on the grid stored a position on the item shown, and nothing else changed:
        work its state and summary out again from the grid's stored positions and the basis
        read last (a position changes nothing of it), as ``OutcomeService.facts`` would give
        them, instead of reading them again on the worker after every key. False when it
        cannot (another change, no basis yet, a read on its way): then they are read."""
        basis = self._basis
        if (
            basis is None
            or basis.item_id != self._item_id
            or self._reading
            or not isinstance(by, LogPosition)
            or by.keyed_on is None
            or by.cell is None
            or changes != ChangeSet(positions=frozenset({by.cell}))
            or by.item_id != basis.item_id
        ):
            return False
        positions = by.keyed_on.stored_positions(basis.item_id)
        if positions is None:
            return False
        summary = item_summary(basis, positions, ui_language())
        self._show_state(item_state(basis, positions), summary)
        return True

    # ------------------------------------------------------------------ reading
    def _read_detail(self) -> None:
        session_id = self._controller.session_id
        if session_id is not None:
            self._controller.read(lambda ws: ws.sessions.get(session_id), self._detail_read)

    def _detail_read(self, detail: SessionDetail) -> None:
        if detail.id == self._controller.session_id:
            self._detail = detail
            if self._item_id is not None:
                self._show_item()
                if self.state is not None and self.state.item_id == self._item_id:
                    self._show_state(self.state, self.summary)  # wording depends on the kind

    def _read_state(self) -> None:
        self._reads.forget()  # an answer asked for before this one is out of date
        self._reading = True
        self._controller.after_writes(self._read_state_now)

    def _read_state_now(self) -> None:
        item_id = self._item_id
        if item_id is None:
            self._reading = False
            return
        asked = self._reads.ask()

        def done(facts: ItemFacts) -> None:
            self._reading = False
            if item_id == self._item_id:
                self._basis = facts.basis
                state = item_state(facts.basis, facts.positions)
                self._show_state(state, item_summary(facts.basis, facts.positions, ui_language()))

        def gone(_sentence: str) -> None:  # the item was removed meanwhile
            self._reading = False
            if item_id == self._item_id:
                self.set_item(None)

        self._controller.read(
            lambda ws: ws.outcomes.facts(item_id), asked.then(done), asked.then(gone)
        )

    # ------------------------------------------------------------------ showing
    def _show_nothing(self) -> None:
        self.state = None
        self.summary = ""  # the chair's summary of the item shown
        self.summary_box.set_summary("")
        self.outcome_box.show_state(None)
        self.scroll_area.hide()
        self.empty_label.show()

    def _item(self) -> AgendaItem | None:
        items = self._detail.items if self._detail is not None else ()
        return next((i for i in items if i.id == self._item_id), None)

    def _show_item(self) -> None:
        self.empty_label.hide()
        self.scroll_area.show()
        item = self._item()
        if item is None:  # the session is still being read
            self.number_label.setText(self.tr("Item"))
            self.title_label.clear()
            self.documents_label.hide()
            return
        number = self.tr("Item %1").replace("%1", str(item.number))
        self.number_label.setText(f"{number} · {capitalised(item.kind.label)}")
        self.title_label.setText(in_ui_language(item.title, item.title_fr))
        self.documents_label.setText(self.tr("Documents: %1").replace("%1", item.documents))
        self.documents_label.setVisible(bool(item.documents))

    def _show_state(self, state: ItemState, summary: str) -> None:
        self.state, self.summary = state, summary
        item = self._item()
        seeks = item is None or item.kind.seeks_consensus or state.consensus.is_blocked
        self.summary_box.set_summary(summary if seeks else "")
        self._show_standing(state.standing)
        self._show_consensus(state.consensus)
        self._show_silence(state.silence)
        self._show_declaration(standing(state), state.standing)
        # What the state line says is not said twice.
        self.consensus_line.setVisible(not state.standing.lead.from_the_table)
        self.silence_line.setVisible(
            state.silence is not None and not state.standing.lead.from_silence
        )
        self.outcome_box.show_state(state)

    def _show_standing(self, standing: Standing) -> None:
        icon = marks.effect_icon(standing.effect, palette=self.palette())
        text = long_text(standing, ui_language(), when=self._deadline, limit=SHOWN_CODES)
        if standing.contradicted:
            text += " " + self.tr("The record disagrees with this declaration.")
        tooltip = "\n".join(w.message for w in standing.contradictions)
        self.state_line.set_line(icon, text, tooltip=tooltip)

    def _show_consensus(self, consensus: Consensus) -> None:
        item = self._item()
        blocked = consensus.state is ConsensusState.BLOCKED
        icon = marks.effect_icon(marks.consensus_effect(consensus.state), palette=self.palette())
        if item is not None and not item.kind.seeks_consensus and not blocked:
            self.consensus_line.set_line(None, self.tr("No decision is sought on this item."))
        elif blocked:
            text = self.tr("Blocked by %1").replace("%1", ", ".join(consensus.objecting))
            tooltip = self.tr("Still to hear: %1").replace("%1", ", ".join(consensus.pending))
            self.consensus_line.set_line(icon, text, tooltip=tooltip if consensus.pending else "")
        elif consensus.state is ConsensusState.PENDING:
            count = len(consensus.pending)
            if count == 1:
                text = self.tr("Pending: 1 delegation (%2)")
            else:
                text = self.tr("Pending: %1 delegations (%2)").replace("%1", str(count))
            codes = list(consensus.pending[:SHOWN_CODES])
            if count > SHOWN_CODES:
                codes.append(self.tr("+%1 more").replace("%1", str(count - SHOWN_CODES)))
            tooltip = self.tr("Still to hear: %1").replace("%1", ", ".join(consensus.pending))
            self.consensus_line.set_line(
                icon, text.replace("%2", ", ".join(codes)), tooltip=tooltip
            )
        else:
            self.consensus_line.set_line(icon, self.tr("Consensus"))
        if consensus.recorded:
            icon = marks.effect_icon(Effect.RECORDED, palette=self.palette())
            text = self.tr("Reservations or footnotes: %1")
            self.recorded_line.set_line(icon, text.replace("%1", ", ".join(consensus.recorded)))
        else:
            self.recorded_line.hide()

    def _deadline(self, moment: datetime) -> str:
        """A deadline as the panel says it: "18:00 Brussels time"."""
        deadline = self._when(moment)
        zone = self._detail.time_zone if self._detail is not None else BRUSSELS
        if zone == BRUSSELS:
            deadline = self.tr("%1 Brussels time").replace("%1", deadline)
        return deadline

    def _show_silence(self, silence: SilenceView | None) -> None:
        if silence is None:
            self.silence_line.hide()
            return
        deadline = self._deadline(silence.deadline)
        if silence.state is SilenceState.UNDER_SILENCE:
            text = self.tr("Under silence until %1").replace("%1", deadline)
        elif silence.state is SilenceState.BROKEN:
            text = self.tr("Silence broken by %1").replace("%1", ", ".join(silence.breaking))
        elif silence.state is SilenceState.ADOPTED:
            text = self.tr("Adopted under silence at %1").replace("%1", deadline)
        else:
            text = self.tr("Silence procedure withdrawn")
        icon = marks.effect_icon(silence_effect(silence.state), palette=self.palette())
        tooltip = " · ".join(p for p in (silence.text_reference, silence.title) if p)
        self.silence_line.set_line(icon, text, tooltip=tooltip)

    def _show_declaration(self, declaration: OutcomeView | None, now: Standing) -> None:
        if declaration is None:
            self.standing_line.set_line(None, self.tr("No outcome declared yet."))
            self.standing_warnings.clear()
            return
        outcome = capitalised(declaration.outcome.label)
        committee = in_ui_language(declaration.remitted_to, declaration.remitted_to_fr)
        if declaration.outcome is Outcome.REMITTED and committee:
            outcome = self.tr("%1 to %2").replace("%1", outcome)
            outcome = outcome.replace("%2", committee)
        text = (
            self.tr("Declared: %1 — %2 by %3")
            .replace("%1", outcome)
            .replace("%2", self._when(declaration.declared_at))
            .replace("%3", declaration.operator or self.tr("unknown operator"))
        )
        if now.overtaken:
            text += "\n" + self.tr("The silence procedure has overtaken this declaration.")
        icon = marks.effect_icon(outcome_effect(declaration.outcome), palette=self.palette())
        self.standing_line.set_line(icon, text, tooltip=declaration.decision_text)
        heading = self.tr("The record disagrees with this declaration:")
        # The state's own contradictions: none once the silence procedure has overtaken it.
        self.standing_warnings.set_lines([w.message for w in now.contradictions], heading)

    def _when(self, moment: datetime) -> str:
        """A time in the session's zone; on the session's day, the clock alone."""
        detail = self._detail
        day: date | None = detail.session_date if detail is not None else None
        local = utc_to_local(moment, (detail.time_zone if detail else None) or BRUSSELS)
        mark = repeated_hour_mark(local)  # "CEST" / "CET" in the hour that happens twice
        clock = f"{local:%H:%M} {mark}" if mark else f"{local:%H:%M}"
        if local.date() == day:
            return clock
        qdate = QDate(local.year, local.month, local.day)
        return f"{QLocale().toString(qdate, 'ddd d MMM')} {clock}"
