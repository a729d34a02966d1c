"""The steps of a silence procedure, as the panel's buttons and shortcuts take them: each
opens its dialog, and turns what the dialog says into a service call.

Launching and recording a break received in time are undoable commands (see
``silence_commands``); the other steps are recorded at once with ``SessionController.run``
and cannot be undone, as nothing in the record of a procedure is erased.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.domain.silence import LetterKind, LetterStatus, SilenceState
from desktop.services.calendar import export_deadlines
from desktop.services.dto import LetterView, SessionDetail, SilenceView
from desktop.ui.models.silence import SilenceModel
from desktop.ui.session.controller import SessionController
from desktop.ui.session.silence_commands import (
    LaunchFields,
    LaunchProcedure,
    LetterFields,
    RecordBreak,
    record_letter,
)
from desktop.ui.session.silence_deadline import Zones
from desktop.ui.session.silence_dialogs import (
    ExtendDialog,
    LaunchDialog,
    RelaunchDialog,
    WithdrawDialog,
)
from desktop.ui.session.silence_letters import LetterDialog, WithdrawBreakDialog

KEYS = {  # shortcuts while the focus is in the panel
    "launch": "Ins",
    "letter": "Ctrl+L",
    "withdraw_break": "Del",
    "extend": "Ctrl+D",
    "withdraw": "Shift+Del",
    "relaunch": "Ctrl+R",
    "export": "Ctrl+Shift+C",
}


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class Panel(Protocol):
    """What the steps read of the panel they belong to (a protocol, so that this module does not
    import the panel back): the procedures shown, the session, the selection, the clock."""

    @property
    def model(self) -> SilenceModel: ...

    @property
    def detail(self) -> SessionDetail | None: ...

    @property
    def item_id(self) -> int | None: ...

    @property
    def noticed(self) -> SignalInstance: ...

    def now(self) -> datetime: ...

    def selected_procedure(self) -> SilenceView | None: ...

    def selected_letter(self) -> LetterView | None: ...

    def select_later(self, procedure_id: int) -> None: ...


class SilenceSteps(QObject):
    def __init__(self, parent: QWidget, panel: Panel, controller: SessionController) -> None:
        """``parent`` holds the steps' actions (their shortcuts live while the focus is in it)
        and is the parent of their dialogs; ``panel`` (the same panel) is what they read."""
        super().__init__(parent)
        self._parent = parent
        self._panel = panel
        self._controller = controller
        self.dialog: QDialog | None = None  # the dialog open now, for tests
        self.launch_action = self._action(self.tr("&Launch…"), "launch", self.launch)
        self.letter_action = self._action(self.tr("Record &Letter…"), "letter", self.record_letter)
        self.withdraw_break_action = self._action(
            self.tr("Withdraw &Break…"), "withdraw_break", self.withdraw_break
        )
        self.extend_action = self._action(self.tr("E&xtend…"), "extend", self.extend)
        self.withdraw_action = self._action(self.tr("&Withdraw…"), "withdraw", self.withdraw)
        self.relaunch_action = self._action(
            self.tr("&Relaunch on Revised Text…"), "relaunch", self.relaunch
        )
        self.export_action = self._action(
            self.tr("Export to &Calendar…"), "export", self.ask_export
        )
        self.launch_action.setToolTip(
            self.tr("Put an item's text under silence until a deadline (%1)").replace(
                "%1", native(KEYS["launch"])
            )
        )
        self.export_action.setToolTip(
            self.tr("Save the running deadlines as an .ics file for calendars (%1)").replace(
                "%1", native(KEYS["export"])
            )
        )

    def _action(self, text: str, key: str, slot: Callable[[], None]) -> QAction:
        """An action of the panel, its shortcut live while the focus is in the panel."""
        action = QAction(text, self._parent)
        action.setShortcut(QKeySequence(KEYS[key]))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({native(KEYS[key])})")
        action.triggered.connect(slot)
        self._parent.addAction(action)
        return action

    def actions(self) -> list[QAction]:
        """The steps, in the order of the panel's buttons."""
        return [
            self.launch_action, self.letter_action, self.withdraw_break_action,
            self.extend_action, self.withdraw_action, self.relaunch_action,
        ]  # fmt: skip

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _zones(self) -> Zones:
        model = self._panel.model
        return Zones(model.zone, model.local_zone)

    # ------------------------------------------------------------------ launch
    def launch(self) -> None:
        panel = self._panel
        if panel.detail is None or not panel.detail.items:
            return
        current = panel.selected_procedure()
        item_id = panel.item_id or (current.item_id if current is not None else None)
        launched_by = next((v.launched_by for v in reversed(panel.model.procedures())), "")
        dialog = LaunchDialog(
            panel.detail.items, self._zones(), panel.now(), self._parent,
            item_id=item_id, launched_by=launched_by,
        )  # fmt: skip
        self._open(dialog, lambda: self._launch(dialog.fields()))

    def _launch(self, fields: LaunchFields) -> None:
        def landed(view: SilenceView) -> None:
            self._panel.select_later(view.id)

        text = self.tr("Launch silence procedure")
        self._controller.execute(LaunchProcedure(text, fields, landed=landed))

    # ------------------------------------------------------------------ letters
    def record_letter(self) -> None:
        panel = self._panel
        if panel.detail is None or not panel.model.procedures():
            return
        current = panel.selected_procedure()
        dialog = LetterDialog(
            panel.model.procedures(), panel.detail.delegations, self._zones(), panel.now(),
            self._parent, procedure_id=current.id if current is not None else None,
            label=panel.model.item_label,
        )  # fmt: skip
        self._open(dialog, lambda: self._record(dialog.fields()))

    def _record(self, fields: LetterFields) -> None:
        view = next(v for v in self._panel.model.procedures() if v.id == fields["procedure_id"])
        self._panel.select_later(view.id)
        code = fields["delegation"]
        on_time = view.is_open and fields["received_at"] <= view.deadline
        if fields["kind"] is LetterKind.BREAK and on_time:
            text = self.tr("Record break by %1").replace("%1", code)
            self._controller.execute(RecordBreak(text, fields))
            return
        self._controller.run(lambda ws: record_letter(ws, fields))

    def withdraw_break(self) -> None:
        panel = self._panel
        view, letter = panel.selected_procedure(), panel.selected_letter()
        if view is None or not view.is_open or letter is None:
            return
        if letter.status is not LetterStatus.BREAKS:
            return
        who = panel.model.delegation_label(letter.delegation)
        dialog = WithdrawBreakDialog(letter, who, self._zones(), panel.now(), self._parent)

        def withdraw() -> None:
            fields = dialog.fields()
            panel.select_later(view.id)
            self._controller.run(
                lambda ws: ws.silence.withdraw_break(
                    view.id, letter.seq, fields["received_at"], fields["reference"]
                )
            )

        self._open(dialog, withdraw)

    # ------------------------------------------------------------------ the procedure
    def extend(self) -> None:
        panel = self._panel
        view = panel.selected_procedure()
        if view is None or not view.is_open:
            return
        dialog = ExtendDialog(view, panel.model.item_label(view), self._zones(), self._parent)

        def extend() -> None:
            fields = dialog.fields()
            panel.select_later(view.id)
            self._controller.run(lambda ws: ws.silence.extend(view.id, **fields))

        self._open(dialog, extend)

    def withdraw(self) -> None:
        panel = self._panel
        view = panel.selected_procedure()
        if view is None or not view.is_open:
            return
        dialog = WithdrawDialog(panel.model.item_label(view), self._parent)

        def withdraw() -> None:
            reason = dialog.reason()
            panel.select_later(view.id)
            self._controller.run(lambda ws: ws.silence.withdraw(view.id, reason))

        self._open(dialog, withdraw)

    def relaunch(self) -> None:
        panel = self._panel
        view = panel.selected_procedure()
        if view is None or view.state is SilenceState.ADOPTED:
            return
        dialog = RelaunchDialog(
            view, panel.model.item_label(view), self._zones(), panel.now(), self._parent
        )

        def relaunch() -> None:
            fields = dialog.fields()
            deadline = fields.pop("deadline")
            self._controller.run(
                lambda ws: ws.silence.relaunch(view.id, deadline, **fields),
                lambda new: panel.select_later(new.id),
            )

        self._open(dialog, relaunch)

    # ------------------------------------------------------------------ calendar
    def ask_export(self) -> None:
        self.export_calendar()

    def export_calendar(self, path: Path | None = None) -> None:
        """Save the running deadlines as an .ics file (asks where when no path is given)."""
        panel = self._panel
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self._parent, self.tr("Export Silence Deadlines"), "silence-deadlines.ics",
                self.tr("Calendar files (*.ics)"),
            )  # fmt: skip
            if not name:
                return
            path = Path(name)
        target = path if path.suffix else path.with_suffix(".ics")
        now = panel.now()
        self._controller.read(
            lambda ws: export_deadlines(ws, target, now=now),
            lambda written: panel.noticed.emit(
                self.tr("Saved the running silence deadlines to %1.").replace("%1", str(written))
            ),
        )
