"""The room display: a second window for the meeting room's screen, showing where the
operator's current item stands, in large type and high contrast.

It has no controls: the session, the item (only its number when the item is not for
display), where it stands in words and in colour (the domain's one state, in the grid
header's words: ``desktop.domain.standing``), the chair's summary, who objects, who is still
pending (absent members named as absent), what the record says against the chair's
declaration, and the deadline of a silence procedure running on the item. It never shows
statements, letters or any other text typed by the operator but the item's title.

It follows the grid's current item unless frozen, and reads again (on the worker, through
the controller) whenever a change set names that item. Full screen on a second monitor when
there is one; otherwise an ordinary window the operator can move. Escape closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain.positions import Effect
from desktop.domain.silence import SilenceState
from desktop.domain.standing import (
    Standing,
    contradiction_text,
    pending_names,
    short_text,
)
from desktop.services import ChangeSet, Workspace
from desktop.services.dto import AgendaItem, ItemState, SessionDetail
from desktop.ui.labels import ui_language
from desktop.ui.latest import Latest
from desktop.ui.session.controller import SessionController
from desktop.ui.silence_time import when_in
from desktop.ui.texts import in_ui_language

TOGGLE_KEYS = "Ctrl+Shift+R"
BACKGROUND, TEXT, MUTED = "#0b0e12", "#ffffff", "#c8d0da"
# (background, text) of the state band, by the state's tone: each pair well above WCAG
# AAA's 7:1.
BANDS = {
    Effect.JOINS: ("#1b5e20", "#ffffff"),
    Effect.PENDING: ("#ffc107", "#000000"),
    Effect.BLOCKS: ("#b71c1c", "#ffffff"),
    Effect.RECORDED: ("#37474f", "#ffffff"),  # no decision sought, or noted
}
NAMED = 10  # more pending delegations than this are shown by their codes
DESIGN_HEIGHT = 1080  # the type sizes below are pixels at this window height
SIZES = {"session": 38, "item": 60, "state": 110, "summary": 54, "line": 46}


@dataclass(frozen=True, slots=True)
class Shown:
    """What one read brought back: everything the display shows of one item."""

    detail: SessionDetail
    state: ItemState
    summary: str


class RoomDisplay(QWidget):
    closed = Signal()  # the display was closed (Escape, or the window's close button)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._controller = controller
        self._reads = Latest()  # the item shown as read last
        self._wanted: int | None = None  # the operator's current item
        self.item_id: int | None = None  # the item shown
        self.frozen = False
        self.shown: Shown | None = None
        self._sizes: list[tuple[QLabel, str]] = []  # each label and its type size
        self.setWindowTitle(self.tr("Room Display"))
        self.setAccessibleName(self.tr("Room display"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        self.session_label = self._label("session", self.tr("Session"), MUTED)
        self.item_label = self._label("item", self.tr("Item"), TEXT, bold=True)
        self.state_label = self._label("state", self.tr("Consensus state"), TEXT, bold=True)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.summary_label = self._label("summary", self.tr("Chair's summary"), TEXT)
        self.objecting_label = self._label("line", self.tr("Objecting"), TEXT)
        self.pending_label = self._label("line", self.tr("Pending"), TEXT)
        self.record_label = self._label("line", self.tr("What the record shows"), TEXT)
        self.silence_label = self._label("line", self.tr("Silence procedure"), TEXT)
        rule = QFrame(self)
        rule.setFixedHeight(2)
        rule.setStyleSheet(f"background: {MUTED};")
        layout = QVBoxLayout(self)
        layout.setSpacing(18)
        layout.addWidget(self.session_label)
        layout.addWidget(self.item_label)
        layout.addWidget(rule)
        layout.addWidget(self.state_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.objecting_label)
        layout.addWidget(self.pending_label)
        layout.addWidget(self.record_label)
        layout.addWidget(self.silence_label)
        layout.addStretch(1)
        self._layout = layout
        self._scale_fonts()
        self._show_nothing()

        controller.changed.connect(self._changed)
        controller.sessionChanged.connect(self._session_changed)

    def _label(self, size: str, name: str, colour: str, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(name)
        self._sizes.append((label, size))
        font = QFont(label.font())
        font.setBold(bold)
        label.setFont(font)
        label.setStyleSheet(f"color: {colour};")
        return label

    # ------------------------------------------------------------------ placing
    def show_on_screen(self, main: QWidget | None) -> None:
        """Full screen on a screen other than ``main``'s when there is one; else a normal
        window, half the size of the screen, that the operator can move."""
        home = main.screen() if main is not None else QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not home]
        if others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.setCursor(Qt.CursorShape.BlankCursor)
            self.showFullScreen()
        else:
            self.unsetCursor()
            if not self.isVisible():
                area = home.availableGeometry() if home is not None else None
                width, height = (area.width() // 2, area.height() // 2) if area else (960, 540)
                self.resize(max(width, 640), max(height, 360))
            self.show()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        """Type sized from the window's height, so it reads from the back of the room."""
        scale = max(self.height(), 360) / DESIGN_HEIGHT
        margin = round(56 * scale)
        self._layout.setContentsMargins(margin, round(margin * 0.8), margin, margin)
        self._layout.setSpacing(round(22 * scale))
        for label, size in self._sizes:
            font = QFont(label.font())
            font.setPixelSize(max(round(SIZES[size] * scale), 12))
            label.setFont(font)
        band = round(SIZES["state"] * scale * 1.6)
        self.state_label.setFixedHeight(band)
        self._fit_band()

    def _fit_band(self) -> None:
        """The band's words on one line: smaller type when they would not fit the width
        ("SILENCE BROKEN BY FRA, BEL, DEU")."""
        scale = max(self.height(), 360) / DESIGN_HEIGHT
        size = max(round(SIZES["state"] * scale), 12)
        font = QFont(self.state_label.font())
        font.setPixelSize(size)
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right() - 64  # the band's padding
        wide = QFontMetrics(font).horizontalAdvance(self.state_label.text())
        if wide > room > 0:
            font.setPixelSize(max(round(size * room / wide), 12))
        self.state_label.setFont(font)

    # ------------------------------------------------------------------ following
    def follow(self, item_id: int | None) -> None:
        """The operator's current item (the grid's cursor); shown unless frozen."""
        self._wanted = item_id or None
        if not self.frozen:
            self.set_item(self._wanted)

    def set_frozen(self, frozen: bool) -> None:
        """Frozen: keep showing this item (still live) whatever the operator moves to.
        Unfrozen: back to the operator's current item."""
        self.frozen = frozen
        if not frozen:
            self.set_item(self._wanted)

    def set_item(self, item_id: int | None) -> None:
        if item_id == self.item_id and self.shown is not None:
            return
        self.item_id = item_id
        self._read()

    def _session_changed(self, _session_id: int) -> None:
        self._wanted = None
        self.item_id = None
        self._read()

    def _changed(self, changes: ChangeSet) -> None:
        session_id, item_id = self._controller.session_id, self.item_id
        if session_id is None or item_id is None:
            return
        touched = changes.outcomes | changes.silence | changes.items
        touched |= {i for i, _ in changes.positions}
        sessions = changes.sessions | changes.agenda | changes.attendance
        if item_id in touched or session_id in sessions:
            self._read()

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Read the shown item again (a hidden display reads nothing until shown)."""
        self._read()

    def _read(self) -> None:
        asked = self._reads.ask()
        if not self.isVisible():
            self.shown = None  # read when shown
            return
        session_id, item_id = self._controller.session_id, self.item_id
        if session_id is None or item_id is None:
            self._show_nothing()
            return
        language = ui_language()

        def read(ws: Workspace) -> Shown:
            return Shown(
                ws.sessions.get(session_id),
                ws.outcomes.state(item_id),
                ws.positions.summary(item_id, language),
            )

        def gone(_sentence: str) -> None:  # the item was removed meanwhile
            self.item_id = None
            self._show_nothing()

        self._controller.read(read, asked.then(self._show), asked.then(gone))

    # ------------------------------------------------------------------ showing
    def _show_nothing(self) -> None:
        self.shown = None
        self.session_label.setText(self.tr("Tour de Table"))
        self.item_label.setText(self.tr("No item is selected."))
        for label in (
            self.summary_label,
            self.objecting_label,
            self.pending_label,
            self.record_label,
        ):
            label.hide()
        self.silence_label.hide()
        self.state_label.hide()

    def _show(self, shown: Shown) -> None:
        self.shown = shown
        detail, state = shown.detail, shown.state
        item = next((i for i in detail.items if i.id == state.item_id), None)
        if item is None:
            self._show_nothing()
            return
        self.session_label.setText(detail.title)
        self.item_label.setText(self.item_text(item))
        language = ui_language()
        names = {d.code: d.name(language) for d in detail.delegations}
        consensus, standing = state.consensus, state.standing
        # The table's detail, unless the silence procedure is what the item stands on.
        seeks = (item.kind.seeks_consensus or consensus.is_blocked) and (
            not standing.lead.from_silence
        )
        self._show_state(standing)
        self.summary_label.setText(shown.summary)
        self.summary_label.setVisible(seeks)
        objecting = ", ".join(names.get(c, c) for c in consensus.objecting)
        self.objecting_label.setText(self.tr("Objecting: %1").replace("%1", objecting))
        self.objecting_label.setVisible(seeks and bool(consensus.objecting))
        pending = consensus.pending
        named = len(pending) <= NAMED
        shown_names = pending_names(
            standing, language, (lambda c: names.get(c, c)) if named else None
        )
        self.pending_label.setText(
            self.tr("Pending (%1): %2")
            .replace("%1", str(len(pending)))
            .replace("%2", ", ".join(shown_names))
        )
        self.pending_label.setVisible(seeks and bool(pending))
        record = [
            contradiction_text(w, language, lambda c: names.get(c, c))
            for w in standing.contradictions
        ]
        self.record_label.setText(" ".join(record))
        self.record_label.setVisible(bool(record))
        silence = state.silence
        if silence is not None and silence.is_open and silence.state is SilenceState.UNDER_SILENCE:
            deadline = when_in(silence.deadline, detail.time_zone)
            self.silence_label.setText(self.tr("Under silence until %1").replace("%1", deadline))
            self.silence_label.show()
        else:
            self.silence_label.hide()

    def item_text(self, item: AgendaItem) -> str:
        """ "Item 2 — Its title"; only "Item 2" when the item is not for display."""
        number = self.tr("Item %1").replace("%1", str(item.number))
        if getattr(item, "not_for_display", False) or not in_ui_language(item.title, item.title_fr):
            return number
        return f"{number} — {in_ui_language(item.title, item.title_fr)}"

    def _show_state(self, standing: Standing) -> None:
        """The band: where the item stands, in the grid header's words, in capitals, on the
        colour of its tone (the words say it all; the colour only helps)."""
        words = short_text(standing, ui_language())
        background, text = BANDS[standing.effect]
        self.state_label.setText(words.upper())
        self.state_label.setStyleSheet(
            f"color: {text}; background: {background}; border-radius: 12px; padding: 0 24px;"
        )
        self.state_label.setAccessibleDescription(words)
        self.state_label.show()
        self._fit_band()


class RoomDisplayActions(QObject):
    """Session › Room Display (toggles the window) and Session › Freeze Room Display."""

    def __init__(
        self,
        window: QWidget,
        controller: SessionController,
        current_item: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._current_item = current_item
        self.display: RoomDisplay | None = None
        self.toggle_action = QAction(self.tr("&Room Display"), window)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setShortcut(QKeySequence(TOGGLE_KEYS))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.toggle_action.setToolTip(
            self.tr("Show where the item stands on the room's screen (%1)").replace(
                "%1", QKeySequence(TOGGLE_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.toggle_action.toggled.connect(self._toggled)
        window.addAction(self.toggle_action)
        self.freeze_action = QAction(self.tr("&Freeze Room Display"), window)
        self.freeze_action.setCheckable(True)
        self.freeze_action.setToolTip(
            self.tr("Keep the room display on its item while you move to another")
        )
        self.freeze_action.toggled.connect(self._frozen)

    def actions(self) -> list[QAction]:
        return [self.toggle_action, self.freeze_action]

    def follow(self, item_id: int) -> None:
        """The grid's current item changed (0: none)."""
        if self.display is not None:
            self.display.follow(item_id or None)

    def _toggled(self, on: bool) -> None:
        if on:
            if self.display is None:
                self.display = RoomDisplay(self._controller, self._window)
                self.display.closed.connect(lambda: self.toggle_action.setChecked(False))
            self.display.set_frozen(self.freeze_action.isChecked())
            self.display.follow(self._current_item())
            self.display.show_on_screen(self._window)
            self.display.refresh()
        elif self.display is not None and self.display.isVisible():
            self.display.close()

    def _frozen(self, frozen: bool) -> None:
        if self.display is not None:
            self.display.set_frozen(frozen)
