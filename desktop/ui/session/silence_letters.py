"""Letters on a silence procedure: record one (a break, on the whole text or on named
paragraphs, or an editorial comment), or record that a break was withdrawn.

The time of receipt is what counts, not the time it is logged: it defaults to now and is
entered in the session's zone, to the second. A hint says beforehand when the letter will be
recorded as late, or comes from a delegation without decision rights.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.domain.silence import LetterKind
from desktop.services.dto import Delegation, LetterView, SilenceView
from desktop.ui.labels import ui_language
from desktop.ui.session.silence_commands import LetterFields
from desktop.ui.session.silence_deadline import Zones
from desktop.ui.session.silence_dialogs import SilenceForm
from desktop.ui.silence_time import wall_clock, when_in

WHOLE, PARAGRAPHS, COMMENT = range(3)


class LetterDialog(SilenceForm):
    """Who wrote, when the letter came, what it does, its reference and its text."""

    def __init__(
        self,
        procedures: Sequence[SilenceView],
        delegations: Sequence[Delegation],
        zones: Zones,
        now: datetime,
        parent: QWidget | None = None,
        *,
        procedure_id: int | None = None,
        label: Callable[[SilenceView], str] = lambda v: v.item_title,
    ) -> None:
        super().__init__(self.tr("Record a Letter"), self.tr("&Record"), parent)
        self._procedures = {v.id: v for v in procedures}
        self._zone = zones.session
        self._rights = {d.code: d.has_decision_rights for d in delegations}
        self.procedure_combo = QComboBox(self)
        self.procedure_combo.setAccessibleName(self.tr("Silence procedure"))
        for view in procedures:
            reference = f" — {view.text_reference}" if view.text_reference else ""
            self.procedure_combo.addItem(f"{label(view)}{reference}", view.id)
        if procedure_id is not None and self.procedure_combo.findData(procedure_id) >= 0:
            self.procedure_combo.setCurrentIndex(self.procedure_combo.findData(procedure_id))
        self.delegation_combo = QComboBox(self)
        self.delegation_combo.setAccessibleName(self.tr("Delegation"))
        language = ui_language()
        for d in delegations:
            text = f"{d.code} — {d.name(language)}"
            if not d.has_decision_rights:
                text += " " + self.tr("(no decision rights)")
            self.delegation_combo.addItem(text, d.code)
        self.received = self.deadline_edit(zones, name=self.tr("Received at"), seconds=True)
        self.received.set_local(wall_clock(now, zones.session).replace(microsecond=0))
        kind_box = self._make_kinds()
        self.reference_edit = self.line(self.tr("Letter reference"), self.tr("e.g. FRA/DEL/0840"))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName(self.tr("Text of the letter"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.hint = self.note("", self.tr("What will be recorded"))

        self.form.addRow(self.tr("Pro&cedure:"), self.procedure_combo)
        self.form.addRow(self.tr("&Delegation:"), self.delegation_combo)
        self.form.addRow(self.tr("Recei&ved at:"), self.received)
        self.form.addRow(self.tr("Letter:"), kind_box)
        self.form.addRow(self.tr("Re&ference:"), self.reference_edit)
        self.form.addRow(self.tr("Te&xt:"), self.text_edit)
        self.form.addRow(self.hint)
        self.finish()

        self.kinds.idClicked.connect(self._kind_changed)
        self.paragraphs_edit.textChanged.connect(self.update_ok)
        self.procedure_combo.currentIndexChanged.connect(self.update_ok)
        self.delegation_combo.currentIndexChanged.connect(self.update_ok)

    def _make_kinds(self) -> QWidget:
        """A break on the whole text, a break on named paragraphs, or a comment."""
        self.kinds = QButtonGroup(self)
        self.whole_radio = QRadioButton(self.tr("Breaks silence on the &whole text"), self)
        self.paragraphs_radio = QRadioButton(self.tr("Breaks silence on &paragraphs:"), self)
        self.comment_radio = QRadioButton(
            self.tr("Editorial co&mment (does not break silence)"), self
        )
        for number, button in enumerate((self.whole_radio, self.paragraphs_radio,
                                         self.comment_radio)):  # fmt: skip
            self.kinds.addButton(button, number)
        self.whole_radio.setChecked(True)
        self.paragraphs_edit = QLineEdit(self)
        self.paragraphs_edit.setAccessibleName(self.tr("Paragraphs"))
        self.paragraphs_edit.setPlaceholderText(self.tr("e.g. 3, 5"))
        self.paragraphs_edit.setEnabled(False)
        box = QWidget(self)
        box.setAccessibleName(self.tr("What the letter does"))
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.whole_radio, 0, 0, 1, 2)
        grid.addWidget(self.paragraphs_radio, 1, 0)
        grid.addWidget(self.paragraphs_edit, 1, 1)
        grid.addWidget(self.comment_radio, 2, 0, 1, 2)
        return box

    def _kind_changed(self, kind: int) -> None:
        self.paragraphs_edit.setEnabled(kind == PARAGRAPHS)
        if kind == PARAGRAPHS:
            self.paragraphs_edit.setFocus()
        self.update_ok()

    def procedure(self) -> SilenceView | None:
        data = self.procedure_combo.currentData()
        return self._procedures.get(int(data)) if data is not None else None

    def paragraphs(self) -> list[str]:
        if self.kinds.checkedId() != PARAGRAPHS:
            return []
        text = self.paragraphs_edit.text().replace(";", ",")
        return [p.strip() for p in text.split(",") if p.strip()]

    def ready(self) -> bool:
        if not hasattr(self, "hint"):
            return False
        self.hint.setText(self._hint())
        return (
            self.procedure() is not None
            and self.delegation_combo.currentIndex() >= 0
            and not self.received.problem()
            and (self.kinds.checkedId() != PARAGRAPHS or bool(self.paragraphs()))
        )

    def _hint(self) -> str:
        view, moment = self.procedure(), self.received.instant()
        code = self.delegation_combo.currentData()
        if view is None or moment is None or code is None:
            return ""
        if moment > view.deadline:
            return self.tr(
                "Received after the deadline (%1): it will be recorded and flagged late, and "
                "breaks nothing."
            ).replace("%1", when_in(view.deadline, self._zone))
        if self.kinds.checkedId() != COMMENT and not self._rights.get(str(code), False):
            return self.tr(
                "%1 has no decision rights in this body: the letter is recorded and does not "
                "break silence."
            ).replace("%1", str(code))
        return ""

    def fields(self) -> LetterFields:
        """``SilenceService.record_letter``'s arguments; the time of receipt as an instant."""
        view = self.procedure()
        assert view is not None
        received = _not_before_launch(self.received.instant(), view.launched_at)
        assert received is not None  # asked once ``ready``: the time names an instant
        kind = LetterKind.COMMENT if self.kinds.checkedId() == COMMENT else LetterKind.BREAK
        return {
            "procedure_id": view.id,
            "delegation": str(self.delegation_combo.currentData()),
            "received_at": received,
            "kind": kind,
            "paragraphs": self.paragraphs(),
            "reference": self.reference_edit.text().strip(),
            "text": self.text_edit.toPlainText().strip(),
        }


class WithdrawBreakDialog(SilenceForm):
    """A delegation withdraws its break: when its letter came, and its reference."""

    def __init__(
        self,
        letter: LetterView,
        who: str,
        zones: Zones,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Withdraw a Break"), self.tr("&Withdraw Break"), parent)
        received = when_in(letter.received_at, zones.session, seconds=True)
        self.form.addRow(
            self.note(
                self.tr("%1 broke silence by a letter received %2.")
                .replace("%1", who)
                .replace("%2", received),
                self.tr("Break"),
            )
        )
        self.received = self.deadline_edit(
            zones, name=self.tr("Withdrawal received at"), seconds=True
        )
        self.received.set_local(wall_clock(now, zones.session).replace(microsecond=0))
        self.reference_edit = self.line(self.tr("Reference of the withdrawal"))
        self.form.addRow(self.tr("Recei&ved at:"), self.received)
        self.form.addRow(self.tr("Re&ference:"), self.reference_edit)
        self.finish()

    def ready(self) -> bool:
        return hasattr(self, "received") and not self.received.problem()

    def fields(self) -> dict[str, Any]:
        return {
            "received_at": self.received.instant(),
            "reference": self.reference_edit.text().strip(),
        }


def _not_before_launch(received: datetime | None, launched: datetime) -> datetime | None:
    """The field shows whole seconds: a letter received in the second the procedure was
    launched reads a fraction of a second before the launch. That fraction is not a choice
    the operator made, so it counts as the launch itself."""
    if received is not None and launched - timedelta(seconds=1) < received < launched:
        return launched
    return received
