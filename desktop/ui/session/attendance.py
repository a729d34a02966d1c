"""Attendance: who is at the table, present or absent, with their heads of delegation.

Space marks the current delegation present or absent; Enter, F2 or a double-click edits its
head of delegation; Insert adds a partner, an invitee or staff; Delete removes one (members
are marked absent instead). Every change is an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import ChangeSet, Result, Workspace
from desktop.services.dto import Delegation, SessionDetail
from desktop.ui.keys import widget_action
from desktop.ui.latest import Latest
from desktop.ui.models.attendance import HEAD, PRESENT, AttendanceModel
from desktop.ui.session.controller import ServiceCommand, SessionController
from desktop.ui.session.participant_dialog import ParticipantDialog, ParticipantFields

AnyIndex = QModelIndex | QPersistentModelIndex


class _PaddedDelegate(QStyledItemDelegate):
    """Room between columns: sized-to-contents columns otherwise touch each other."""

    PADDING = 20

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + self.PADDING, hint.height())


class AttendanceTable(QTableView):
    """Space toggles the row's presence; Enter, F2 and a double-click edit its head."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if index.isValid() and plain and self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Space:
                present = self.model().index(index.row(), PRESENT)
                checked = present.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
                self.model().setData(present, state, Qt.ItemDataRole.CheckStateRole)
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.edit_head(index.row())
                return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.column() != PRESENT:
            self.edit_head(index.row())
            return
        super().mouseDoubleClickEvent(event)

    def edit_head(self, row: int) -> None:
        head = self.model().index(row, HEAD)
        self.setCurrentIndex(head)
        self.edit(head)


class RemoveParticipant(ServiceCommand[SessionDetail]):
    """Remove a participant; undo seats them again as they were (absent stays absent)."""

    def __init__(self, text: str, session_id: int, delegation: Delegation) -> None:
        super().__init__(text)
        self._session_id, self._d = session_id, delegation

    def forward(self, ws: Workspace) -> Result[SessionDetail]:
        return ws.attendance.remove_participant(self._session_id, self._d.code)

    def backward(self, ws: Workspace) -> Result[SessionDetail]:
        d, sid = self._d, self._session_id
        result = ws.attendance.add_participant(
            sid, d.code, kind=d.kind, name=d.name_en, head_of_delegation=d.head_of_delegation
        )
        if not d.present:
            result = ws.attendance.set_attendance(sid, d.code, present=False)
        return result


class AttendancePanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reads = Latest()  # the attendance as read last
        self.participant_dialog: ParticipantDialog | None = None
        self.model = AttendanceModel(self)
        self.table = self._make_table()
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Attendance summary"))
        self.add_action = self._action(self.tr("&Add Participant…"), "Ins", self.add_participant)
        self.remove_action = self._action(
            self.tr("&Remove Participant"), "Del", self.remove_participant
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for action in (self.add_action, self.remove_action):
            button = QPushButton(action.text(), self)
            button.setToolTip(action.toolTip())
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            button.setEnabled(action.isEnabled())
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

        self.model.presentRequested.connect(self._set_present)
        self.model.headRequested.connect(self._set_head)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        controller.changed.connect(self._on_changed)
        controller.sessionChanged.connect(self._on_session)
        self._on_session(controller.session_id or 0)

    def _make_table(self) -> AttendanceTable:
        table = AttendanceTable(self)
        table.setAccessibleName(self.tr("Delegations at the table"))
        table.setAccessibleDescription(
            self.tr("Space: present or absent. Enter or F2: edit the head of delegation.")
        )
        table.setModel(self.model)
        table.setItemDelegate(_PaddedDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        return widget_action(self.table, text, keys, slot)

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        session_id = self._controller.session_id
        if session_id is None:
            return
        self._controller.read(
            lambda ws: ws.sessions.get(session_id), self._reads.ask().then(self._show)
        )

    def _on_session(self, session_id: int) -> None:
        self.model.set_delegations([])
        self.setEnabled(bool(session_id))
        if session_id:
            self.reload()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self._controller.session_id in changes.attendance:
            self.reload()

    def _show(self, detail: SessionDetail) -> None:
        if detail.id != self._controller.session_id:
            return  # another session since
        current = self.current_delegation()
        column = max(self.table.currentIndex().column(), 0)
        self.model.set_delegations(detail.delegations)
        row = self.model.row_of(current.code) if current else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(row, column))
        members = [d for d in detail.delegations if d.has_decision_rights]
        others = len(detail.delegations) - len(members)
        text = (
            self.tr("%1 of %2 members present")
            .replace("%1", str(sum(d.present for d in members)))
            .replace("%2", str(len(members)))
        )
        if others:
            text += " · " + self.tr("%1 other participants").replace("%1", str(others))
        self.summary.setText(text)
        self._update_actions()

    # ------------------------------------------------------------------ reading
    def current_delegation(self) -> Delegation | None:
        index = self.table.currentIndex()
        return self.model.delegation(index.row()) if index.isValid() else None

    def _update_actions(self, *_args: object) -> None:
        current = self.current_delegation()
        self.remove_action.setEnabled(current is not None and not current.has_decision_rights)

    # ------------------------------------------------------------------ editing
    def _set_present(self, code: str, present: bool) -> None:
        sid = self._session()
        text = self.tr("Mark %1 present") if present else self.tr("Mark %1 absent")
        self._reads.forget()  # a read already on its way predates this edit
        self._controller.execute(
            ServiceCommand(
                text.replace("%1", code),
                lambda ws: ws.attendance.set_attendance(
                    sid, code, present=present, expected={"present": not present}
                ),
                lambda ws: ws.attendance.set_attendance(
                    sid, code, present=not present, expected={"present": present}
                ),
            )
        )

    def _set_head(self, code: str, head: str, old: str) -> None:
        sid = self._session()
        self._reads.forget()  # a read already on its way predates this edit
        self._controller.execute(
            ServiceCommand(
                self.tr("Edit the head of delegation of %1").replace("%1", code),
                lambda ws: ws.attendance.set_attendance(
                    sid, code, head_of_delegation=head, expected={"head_of_delegation": old}
                ),
                lambda ws: ws.attendance.set_attendance(
                    sid, code, head_of_delegation=old, expected={"head_of_delegation": head}
                ),
            )
        )

    def add_participant(self) -> None:
        """Ask for a partner, an invitee or staff, and seat them."""
        if self._controller.session_id is None:
            return
        taken = [d.code for d in self.model.delegations()]
        dialog = ParticipantDialog(taken, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add(dialog.values()))
        dialog.finished.connect(lambda _code: setattr(self, "participant_dialog", None))
        self.participant_dialog = dialog
        dialog.open()

    def _add(self, values: ParticipantFields) -> None:
        if self._controller.session_id is None:
            return
        sid = self._session()
        code, kind = values["code"], values["kind"]
        name, head = values["name"], values["head_of_delegation"]
        self._controller.execute(
            ServiceCommand(
                self.tr("Add %1").replace("%1", code),
                lambda ws: ws.attendance.add_participant(
                    sid, code, kind=kind, name=name, head_of_delegation=head
                ),
                lambda ws: ws.attendance.remove_participant(sid, code),
            )
        )

    def remove_participant(self) -> None:
        """Remove the current participant (members are marked absent instead)."""
        current = self.current_delegation()
        if current is None or current.has_decision_rights:
            return
        text = self.tr("Remove %1").replace("%1", current.code)
        self._controller.execute(RemoveParticipant(text, self._session(), current))

    def _session(self) -> int:
        session_id = self._controller.session_id
        assert session_id is not None
        return session_id
