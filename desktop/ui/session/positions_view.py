"""The positions tab: the grid, the go-to bar and a legend, with the item panel beside.

It loads the grid through the controller, turns keys into undoable commands, and on each
change set repaints only the cells and headers it names; a change of structure (agenda,
attendance, silence) reloads the grid in one read. When a session opens, the grid's read goes
to the worker first and the other panels' reads wait until the grid has painted the session
(``SessionController.opened``).

A key shows its letter at once and the cell is stored a moment later: the write returns the
entry stored, which the grid takes as it is (one transaction a key, no read of the cell
after it: the change set says the key's command made it); a refusal puts the cell back and
the message bar says why.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.positions import Position, rekey_is_correction
from desktop.services import ChangeSet
from desktop.services.dto import Grid, GridPatch
from desktop.ui import marks
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.labels import shown, ui_language
from desktop.ui.latest import Latest
from desktop.ui.models.grid import GridModel
from desktop.ui.session.agree_dialog import AllAgreeDialog
from desktop.ui.session.controller import SessionController
from desktop.ui.session.goto_bar import GoToBar
from desktop.ui.session.grid_view import PositionGrid, key_table
from desktop.ui.session.intervention_dialog import InterventionDialog
from desktop.ui.session.item_panel import ItemPanel
from desktop.ui.session.position_commands import (
    AllAgreeExcept,
    EditStatement,
    LogPosition,
    Reclassify,
    RecordIntervention,
)


class PositionsView(QWidget):
    loaded = Signal()  # the grid shows the session (after each full read)
    noticed = Signal(str)  # a sentence for the operator: what a key did that it may not expect

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reads = Latest()  # the grid as read last
        self._in_writing: set[str] = set()  # absent delegations whose letters are in hand
        self._last_keyed: tuple[int, str] | None = None  # the cell just logged, and when
        self._keyed_at: datetime | None = None
        self._wanted_item: int | None = None
        self.model = GridModel(self)
        self.grid = PositionGrid(self)
        self.grid.setModel(self.model)
        self.goto_bar = GoToBar(self)
        # The grid asks for the cells it does not know before the item panel asks for the
        # item's state: the worker answers in order, the cells first.
        controller.changed.connect(self.on_changed)
        controller.stepped.connect(self._show_step)
        self.item_panel = ItemPanel(controller, self)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.keyboard_label = self._keyboard_line(left)
        column.addWidget(self.keyboard_label)
        column.addWidget(self.grid, 1)
        column.addWidget(self.empty_label, 1)
        column.addWidget(self.goto_bar)
        column.addWidget(self._legend())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.item_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([760, 340])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.grid.positionKeyed.connect(self.log_position)
        self.grid.goToRequested.connect(self.goto_bar.open)
        self.grid.interventionRequested.connect(self.ask_intervention)
        self.grid.burstTyped.connect(self.take_back_burst)
        self.grid.keyboardHeld.connect(self._show_keyboard)
        self.grid.currentItemChanged.connect(self._item_under_cursor)
        self.model.statementEdited.connect(self.edit_statement)
        self.goto_bar.found.connect(lambda code: self.grid.go_to(delegation=code))
        self.goto_bar.finished.connect(self.grid.setFocus)
        controller.sessionChanged.connect(lambda _id: self.reload())
        controller.sessionChanged.connect(lambda _id: self._in_writing.clear())

    def _legend(self) -> QWidget:
        """Which key logs what: the letters as the grid shows them."""
        legend = QWidget(self)
        flow = FlowLayout(legend, spacing=12)
        flow.setContentsMargins(2, 0, 2, 0)
        for position in Position:
            if position is Position.NOT_STATED:
                continue
            pair = QWidget(legend)
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.setSpacing(3)
            icon = QLabel(pair)
            icon.setPixmap(marks.effect_icon(position.effect, 12).pixmap(12, 12))
            pair_row.addWidget(icon)
            pair_row.addWidget(QLabel(f"<b>{position.key}</b> {shown(position.label)}", pair))
            flow.addWidget(pair)
        more = QLabel(
            self.tr("<b>Backspace</b> not stated  <b>Enter</b> statement  <b>/</b> go to"), legend
        )
        flow.addWidget(more)
        mark = QLabel(
            self.tr("<b>%1</b> with a statement").replace("%1", marks.STATEMENT_MARK), legend
        )
        flow.addWidget(mark)
        legend.setAccessibleName(self.tr("Position keys"))
        return legend

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        session_id = self._controller.session_id
        asked = self._reads.ask()
        if session_id is None:
            self.model.set_grid(None)
            return
        self._controller.read(
            lambda ws: ws.positions.grid(session_id),
            asked.then(self._show, stale=self._superseded),
            self._not_read,
            first=True,
        )

    def _not_read(self, sentence: str) -> None:
        self._controller.opened()  # the other panels need not wait for a grid
        self._controller.failed.emit(sentence)

    def _superseded(self, _grid: Grid) -> None:
        self._controller.opened()  # the newer read may be queued behind the others

    def _show(self, grid: Grid) -> None:
        current = self.grid.currentIndex()
        item_id = self._wanted_item or self.grid.current_item_id()
        code = self.model.delegation(current.row()).code if current.isValid() else None
        self.model.set_grid(grid)
        self.goto_bar.set_delegations(grid.delegations)
        empty = not grid.items
        self.grid.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if empty:
            self.empty_label.setText(
                self.tr("This session has no agenda yet. Add items on the Agenda tab (Ctrl+4).")
            )
        self.grid.go_to(item_id, code)
        self._wanted_item = None
        self.item_panel.set_item(self.grid.current_item_id())
        # The other panels' reads wait for the grid's first paint (or run now if it will
        # not paint): on the worker during the paint, they would slow it down.
        if self.grid.isVisible():
            self.grid.after_paint(self._controller.opened)
        else:
            self._controller.opened()
        self.loaded.emit()

    def on_changed(self, changes: ChangeSet, by: object = None) -> None:
        """Repaint what ``changes`` names; ``by``: who made them (``SessionController``)."""
        session_id = self._controller.session_id
        if session_id is None:
            return
        structural = (
            session_id in changes.agenda or session_id in changes.attendance or changes.items
        )
        if structural or changes.silence:
            self.reload()
            return
        # The cell a key on this grid logged holds what the key's write returned already.
        own = by.cell if isinstance(by, LogPosition) and by.keyed_on is self.model else None
        keys = [
            key
            for key in changes.positions
            if key != own and self.model.column_of(key[0]) is not None
        ]
        if keys:
            self._controller.read(lambda ws: ws.positions.cells(keys), self._patch)
        declared = [i for i in changes.outcomes if self.model.column_of(i) is not None]
        if declared:  # where those items stand may have changed: their headers say so
            self._controller.read(
                lambda ws: ws.outcomes.declarations(declared), self.model.set_declarations
            )

    def _patch(self, patch: GridPatch) -> None:
        self.model.apply_patch(patch)

    def key_rows(self) -> list[tuple[str, str]]:
        """The keys the grid reads itself (not actions), as the keyboard sheet lists them."""
        return key_table()

    def show_item(self, item_id: int) -> None:
        """Put the cursor on the item's column (keeping the delegation)."""
        if not self.grid.go_to(item_id):
            self._wanted_item = item_id

    # ------------------------------------------------------------------ edits
    def log_position(self, item_id: int, delegation: str, position: Position) -> None:
        """Log what the delegation said; a re-key of the cell just logged, moments later, is
        the operator's correction of the mistyped key (``rekey_is_correction``), said so in
        the message bar with the key that makes it a change of position instead."""
        before = self.model.entry(item_id, delegation)
        if (before.position if before else Position.NOT_STATED) is position:
            return  # said again: nothing to record
        row = self.model.row_of(delegation)
        absent = row is not None and not self.model.delegation(row).present
        if absent and delegation not in self._in_writing:
            self._ask_in_writing(item_id, delegation, position)
            return
        now = datetime.now(UTC)
        cell = (item_id, delegation)
        correction = before is not None and rekey_is_correction(
            self._last_keyed, self._keyed_at, cell, now
        )
        self._last_keyed, self._keyed_at = cell, now
        self._controller.execute(
            LogPosition(
                item_id, delegation, position, before, grid=self.model, correction=correction
            )
        )
        if correction:
            self.noticed.emit(
                self.tr(
                    "%1: recorded as a correction of the key before (Ctrl+K makes it a change "
                    "of position)."
                ).replace("%1", delegation)
            )

    def _ask_in_writing(self, item_id: int, delegation: str, position: Position) -> None:
        """A key on an absent delegation's row: its position can only have come in writing.
        Asked once per delegation and session; Cancel (the default) records nothing."""
        row = self.model.row_of(delegation)
        name = self.model.delegation(row).name(ui_language()) if row is not None else delegation
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Absent delegation"),
            self.tr(
                "%1 is marked absent from this meeting. Record its position (%2) as "
                "conveyed in writing?"
            )
            .replace("%1", name)
            .replace("%2", shown(position.label)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        record = box.addButton(self.tr("Conveyed in &Writing"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setInformativeText(
            self.tr("If it is at the table, mark it present on the Attendance tab (Ctrl+3).")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.grid.setFocus()
            if box.clickedButton() is record:
                self._in_writing.add(delegation)
                self.log_position(item_id, delegation, position)

        box.finished.connect(answered)
        self.in_writing_box = box
        box.open()

    def toggle_correction(self) -> None:
        """Ctrl+K: the cell's standing entry was the operator's correction, or the
        delegation's change of position: say the other."""
        index = self.grid.currentIndex()
        if not index.isValid():
            return
        item_id = self.grid.current_item_id()
        delegation = self.model.delegation(index.row()).code
        entry = self.model.entry(item_id, delegation) if item_id is not None else None
        if entry is None:
            self._controller.failed.emit(
                self.tr("%1 has no position on this item to call a correction.").replace(
                    "%1", delegation
                )
            )
            return
        self._last_keyed = None  # a re-key after this is a new word, not a fix of this one
        self._controller.execute(Reclassify(entry, not entry.correction))
        if entry.correction:
            sentence = self.tr("%1: now a change of position, which the minutes print.")
        else:
            sentence = self.tr("%1: now a correction, which the minutes do not print.")
        self.noticed.emit(sentence.replace("%1", delegation))

    def _show_step(self, command: object) -> None:
        """Undo or Redo: the cursor goes to the cell the step changed, to see it done."""
        cell = getattr(command, "cell", None)
        if cell is not None and self.model.column_of(cell[0]) is not None:
            self.grid.go_to(*cell)
        self._last_keyed = None  # a key after an undo is a new word, not a re-key

    def _dialog_closed(self, back: QWidget | None) -> None:
        self.grid.redirect = None
        if back is not None:
            back.setFocus()

    def _keyboard_line(self, parent: QWidget) -> QLabel:
        """A line above the grid that says whether the keys go to it."""
        label = QLabel(parent)
        label.setAutoFillBackground(True)
        label.setContentsMargins(6, 2, 6, 2)
        self.keyboard_label = label
        self._show_keyboard(False)
        return label

    def _show_keyboard(self, held: bool) -> None:
        """Say where the keys go, so that the operator never types into the grid unknowing:
        highlighted while the grid holds the keyboard, plain when it does not."""
        label = self.keyboard_label
        palette = label.palette()
        base = self.palette()
        if held:
            label.setText(self.tr("Keys log positions on the cell under the cursor"))
            palette.setColor(label.backgroundRole(), base.color(base.ColorRole.Highlight))
            palette.setColor(label.foregroundRole(), base.color(base.ColorRole.HighlightedText))
        else:
            label.setText(self.tr("Keys do not reach the grid: click it to log positions"))
            palette.setColor(label.backgroundRole(), base.color(base.ColorRole.Window))
            palette.setColor(label.foregroundRole(), base.color(base.ColorRole.WindowText))
        label.setPalette(palette)
        label.setAccessibleName(label.text())

    def take_back_burst(
        self, keyed: list[tuple[int, str]], text: str, item_id: int, delegation: str
    ) -> None:
        """Typing aimed at a text field reached the grid: the positions its letters logged
        are taken back (undone: corrections, never printed) and what was typed is offered as
        the first delegation's intervention, to record or to cancel."""
        stack = self._controller.undo_stack
        taken = 0
        for cell in reversed(keyed):
            command = stack.command(stack.index() - 1)
            if (
                not isinstance(command, LogPosition)
                or (
                    command.item_id,
                    command.delegation,
                )
                != cell
            ):
                break  # only the burst's own keys, newest first
            stack.undo()
            taken += 1
        self._last_keyed = None
        self.noticed.emit(
            self.tr(
                "Typing reached the grid: %n position(s) it logged were taken back; what was "
                "typed is offered as an intervention.",
                "",
                taken,
            )
        )
        self.ask_intervention(item_id, delegation, text)

    def ask_intervention(self, item_id: int, delegation: str, text: str = "") -> None:
        """The delegation spoke without a position: ask what it said, record it."""
        column = self.model.column_of(item_id)
        if column is None:
            return
        dialog = InterventionDialog(delegation, self.model.item(column).number, self, french=True)
        if text:
            dialog.editor.setPlainText(text)
            dialog.editor.moveCursor(QTextCursor.MoveOperation.End)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._controller.execute(
                RecordIntervention(item_id, delegation, *_versions(dialog))
            )
        )
        back = self.window().focusWidget()  # the grid, or the tour de table board
        self.grid.redirect = dialog.editor  # keys typed before the dialog holds them
        dialog.finished.connect(lambda _result: self._dialog_closed(back))
        self.intervention_dialog = dialog
        dialog.open()

    def key_position(self, position: Position) -> None:
        """Log ``position`` on the cell under the cursor (the Position menu's actions)."""
        index = self.grid.currentIndex()
        if index.isValid():
            self.grid.key_position(index, position)

    def edit_statement(self, item_id: int, delegation: str, text: str) -> None:
        before = self.model.entry(item_id, delegation)
        self._controller.execute(EditStatement(item_id, delegation, text, before))

    def all_agree_except(self) -> None:
        item_id = self.grid.current_item_id()
        if item_id is None:
            return
        column = self.model.column_of(item_id)
        assert column is not None
        item = self.model.item(column)
        silent = [
            d
            for d in self.model.delegations()
            if d.has_decision_rights
            and d.present
            and self.model.position(item_id, d.code) is Position.NOT_STATED
        ]
        if not silent:
            self._controller.failed.emit(
                self.tr("Every present member has already stated a position on this item.")
            )
            return
        dialog = AllAgreeDialog(item, silent, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self._controller.execute(
                AllAgreeExcept(item_id, item.number, dialog.exceptions())
            )
        )
        self.agree_dialog = dialog
        dialog.open()

    def _item_under_cursor(self, item_id: int) -> None:
        self.item_panel.set_item(item_id or None)


def _versions(dialog: InterventionDialog) -> tuple[str, str]:
    """The intervention's English and French versions, as the dialog holds them."""
    texts = dialog.texts()
    return texts.en, texts.fr
