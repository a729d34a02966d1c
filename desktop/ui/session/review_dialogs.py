"""The review's dialogs: issue the draft or a revision, record a delegation's correction,
accept or decline it, approve the record, open a revision.

Each step of a review is a record of what happened and cannot be undone (see
``desktop.ui.session.review``), so each asks first, saying what it will do; OK is enabled only
when what it asks for is complete (a reason to decline or to reopen is required). Times are
entered and shown in the session's zone (``DeadlineEdit``). Each dialog collects what the
service needs and nothing else; the panel turns ``fields()`` into the service call.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TypedDict

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.domain.errors import DomainError
from desktop.domain.review import ApprovalKind, Correction, Review
from desktop.domain.timezones import local_to_utc
from desktop.services.dto import AgendaItem, Delegation
from desktop.services.review import ReviewView
from desktop.ui.labels import short_day, ui_language
from desktop.ui.models.review import issue_name, one_line
from desktop.ui.session.silence_deadline import Zones
from desktop.ui.session.silence_dialogs import SilenceForm
from desktop.ui.silence_time import DAY_FORMAT, wall_clock
from desktop.ui.texts import in_ui_language

NOON = time(12, 0)  # an approval given as a day: noon in the session's zone


class CorrectionFields(TypedDict):
    """``ReviewService.receive``'s arguments, as the correction dialog gives them."""

    delegation: str
    text: str
    received_at: datetime
    item_id: int | None
    paragraph: str


class ApprovalFields(TypedDict):
    """``ReviewService.approve``'s keywords."""

    approved_at: datetime
    how: ApprovalKind
    reference: str


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _text_edit(parent: QWidget, name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class IssueDialog(SilenceForm):
    """Issue the draft, or the next revision, saying what it carries."""

    def __init__(self, view: ReviewView, parent: QWidget | None = None) -> None:
        review = view.review
        number = review.next_number
        if number == 0:
            title, ok = self.tr("Issue the Draft"), self.tr("&Issue the Draft")
        else:
            title = self.tr("Issue Revision %1").replace("%1", str(number))
            ok = self.tr("&Issue REV%1").replace("%1", str(number))
        super().__init__(title, ok, parent)
        name = view.reference or self.tr("the record")
        carried = len(review.accepted_not_issued())
        if number == 0:
            question = self.tr("Issue the draft of %1 for corrections?").replace("%1", name)
            detail = self.tr(
                "Delegations receive the record as it stands now; its fingerprint is kept, so "
                "that any copy can be checked against it."
            )
        else:
            revision = f"REV{number}"
            if carried == 1:
                question = self.tr("Issue %1 of %2, carrying one accepted correction?")
            elif carried:
                question = self.tr("Issue %1 of %2, carrying %n accepted corrections?", "", carried)
            else:
                question = self.tr("Issue %1 of %2?")
            question = question.replace("%1", revision).replace("%2", name)
            detail = self.tr(
                "The minutes will carry the reference %1 and a page “Changes from the previous "
                "issue”; the revision's fingerprint is kept."
            ).replace("%1", f"{view.reference}-{revision}" if view.reference else revision)
        self.question = _bold(self.note(question, self.tr("Question")))
        self.form.addRow(self.question)
        self.form.addRow(
            self.note(
                detail + " " + self.tr("This is recorded and cannot be undone."),
                self.tr("What happens"),
            )
        )
        self.finish()


class CorrectionDialog(SilenceForm):
    """A delegation's correction: who, when it came in, on which item and where, and the
    text it proposes."""

    def __init__(
        self,
        review: Review,
        delegations: Sequence[Delegation],
        items: Sequence[AgendaItem],
        zones: Zones,
        parent: QWidget | None = None,
        *,
        now: datetime,
    ) -> None:
        super().__init__(self.tr("Record a Correction"), self.tr("&Record"), parent)
        self._review = review
        self.delegation_combo = QComboBox(self)
        self.delegation_combo.setAccessibleName(self.tr("Delegation"))
        language = ui_language()
        for d in delegations:
            self.delegation_combo.addItem(f"{d.code} — {d.name(language)}", d.code)
        self.delegation_combo.setCurrentIndex(-1 if delegations else 0)
        self.delegation_combo.setPlaceholderText(self.tr("Choose the delegation"))
        self.received = self.deadline_edit(zones, name=self.tr("Received at"), seconds=True)
        self.received.set_local(wall_clock(now, zones.session).replace(microsecond=0))
        self.item_combo = QComboBox(self)
        self.item_combo.setAccessibleName(self.tr("Agenda item"))
        self.item_combo.addItem(self.tr("General (the record as a whole)"), None)
        for item in items:
            self.item_combo.addItem(
                f"{item.number}. {one_line(in_ui_language(item.title, item.title_fr))}", item.id
            )
        self.paragraph_edit = self.line(
            self.tr("Paragraph"), self.tr("Where, in the delegation's words: e.g. paragraph 3")
        )
        self.text_edit = _text_edit(self, self.tr("Proposed text"), 6)
        self.text_edit.setPlaceholderText(self.tr("The text the delegation proposes"))
        self.hint = self.note("", self.tr("Why the correction cannot be recorded yet"))
        self.form.addRow(self.tr("&Delegation:"), self.delegation_combo)
        self.form.addRow(self.tr("Recei&ved at:"), self.received)
        self.form.addRow(self.tr("&Item:"), self.item_combo)
        self.form.addRow(self.tr("&Paragraph:"), self.paragraph_edit)
        self.form.addRow(self.tr("Proposed &text:"), self.text_edit)
        self.form.addRow(self.hint)
        self.finish()
        self.delegation_combo.currentIndexChanged.connect(self.update_ok)
        self.text_edit.textChanged.connect(self.update_ok)

    def received_at(self) -> datetime | None:
        """The instant of receipt; a fraction of a second before the draft's issue (the
        field shows whole seconds) counts as the issue itself."""
        moment = self.received.instant()
        first = self._review.issues[0].at if self._review.issues else None
        if moment is not None and first is not None and first - timedelta(seconds=1) < moment:
            return max(moment, first)
        return moment

    def ready(self) -> bool:
        if not hasattr(self, "hint"):
            return False
        moment = self.received_at()
        code = self.delegation_combo.currentData()
        problem = ""
        if moment is not None:
            try:
                self._review.check_correction(moment, "-", str(code or "-"))
            except DomainError as error:
                problem = str(error)
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        return (
            moment is not None
            and not problem
            and code is not None
            and bool(self.text_edit.toPlainText().strip())
        )

    def fields(self) -> CorrectionFields:
        moment = self.received_at()
        assert moment is not None  # asked once ``ready``
        item = self.item_combo.currentData()
        return {
            "delegation": str(self.delegation_combo.currentData()),
            "text": self.text_edit.toPlainText().strip(),
            "received_at": moment,
            "item_id": int(item) if item is not None else None,
            "paragraph": self.paragraph_edit.text().strip(),
        }


def _describe(correction: Correction, who: str, where: str) -> str:
    return (
        f"{who} — {where}\n« {correction.text} »"
        if ui_language() == "fr"
        else (f"{who} — {where}\n“{correction.text}”")
    )


class AcceptDialog(SilenceForm):
    """Accept a correction, with an optional note: the change itself is made in the record."""

    def __init__(
        self, correction: Correction, who: str, where: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Accept the Correction"), self.tr("&Accept"), parent)
        self.form.addRow(self.note(_describe(correction, who, where), self.tr("Correction")))
        self.form.addRow(
            self.note(
                self.tr(
                    "Accepting does not change the record by itself: make the change where it "
                    "belongs (the statement, the summary, the decision). The next issue lists "
                    "the correction under “Changes from the previous issue”. This is recorded "
                    "and cannot be undone."
                ),
                self.tr("What happens"),
            )
        )
        self.note_edit = self.line(self.tr("Note"), self.tr("Optional, e.g. Agreed with the chair"))
        self.form.addRow(self.tr("&Note:"), self.note_edit)
        self.finish()

    def reason(self) -> str:
        return self.note_edit.text().strip()


class DeclineDialog(SilenceForm):
    """Decline a correction: the reason is required, as the delegation will read it."""

    def __init__(
        self, correction: Correction, who: str, where: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Decline the Correction"), self.tr("&Decline"), parent)
        self.form.addRow(self.note(_describe(correction, who, where), self.tr("Correction")))
        self.reason_edit = _text_edit(self, self.tr("Reason"), 3)
        self.reason_edit.setPlaceholderText(
            self.tr("Required: the delegation will read it, e.g. The text is what was said")
        )
        self.reason_edit.textChanged.connect(self.update_ok)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.form.addRow(
            self.note(self.tr("This is recorded and cannot be undone."), self.tr("What happens"))
        )
        self.finish()

    def ready(self) -> bool:
        return hasattr(self, "reason_edit") and bool(self.reason())

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


class ApproveDialog(SilenceForm):
    """The record approved, on a day, at a meeting or under silence, with the reference of
    that meeting's record or that procedure."""

    def __init__(
        self, view: ReviewView, zone: str, now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Approve the Record"), self.tr("&Approve"), parent)
        self._review, self._zone, self._now = view.review, zone, now
        current = view.review.current
        assert current is not None  # only an issued record is approved
        name = issue_name(view.reference, current)
        self.form.addRow(
            _bold(self.note(self.tr("Approve %1?").replace("%1", name), self.tr("Question")))
        )
        self.form.addRow(
            self.note(
                self.tr(
                    "Once approved, the record is locked: every change needs a revision, opened "
                    "with its reason. This is recorded and cannot be undone."
                ),
                self.tr("What happens"),
            )
        )
        today = wall_clock(now, zone).date()
        first = max(wall_clock(current.at, zone).date(), today - timedelta(days=3650))
        self.date_edit = QDateEdit(self)
        self.date_edit.setAccessibleName(self.tr("Day of approval"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DAY_FORMAT)
        self.date_edit.setDateRange(_qdate(first), _qdate(today))
        self.date_edit.setDate(_qdate(today))
        self.meeting_radio = QRadioButton(self.tr("At a &meeting"), self)
        self.silence_radio = QRadioButton(self.tr("Under &silence procedure"), self)
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.meeting_radio, 0)
        self.kinds.addButton(self.silence_radio, 1)
        self.meeting_radio.setChecked(True)
        kinds = QWidget(self)
        kinds.setAccessibleName(self.tr("How it was approved"))
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.meeting_radio)
        row.addWidget(self.silence_radio)
        row.addStretch(1)
        self.reference_edit = self.line(self.tr("Reference"))
        self.hint = self.note("", self.tr("Why the record cannot be approved yet"))
        self.form.addRow(self.tr("&On:"), self.date_edit)
        self.form.addRow(self.tr("How:"), kinds)
        self.form.addRow(self.tr("&Reference:"), self.reference_edit)
        self.form.addRow(self.hint)
        self.finish()
        self.kinds.idClicked.connect(lambda _id: self._kind_changed())
        self.date_edit.dateChanged.connect(self.update_ok)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.reference_edit.setPlaceholderText(
            self.tr("Optional: the procedure, e.g. PO(2026)0123")
            if self.how() is ApprovalKind.SILENCE
            else self.tr("Optional: the meeting's record, e.g. C-R(2026)0050")
        )
        self.update_ok()

    def how(self) -> ApprovalKind:
        return ApprovalKind.SILENCE if self.silence_radio.isChecked() else ApprovalKind.MEETING

    def approved_at(self) -> datetime:
        """Today: now. Another day: noon in the session's zone, or the last issue's time if it
        came later that day (a record is not approved before it is issued)."""
        chosen = self.date_edit.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        if day >= wall_clock(self._now, self._zone).date():
            return self._now
        moment = local_to_utc(datetime.combine(day, NOON), self._zone, fold=0)
        current = self._review.current
        return max(moment, current.at) if current is not None else moment

    def ready(self) -> bool:
        if not hasattr(self, "hint"):
            return False
        problem = ""
        try:
            self._review.check_approval(self.approved_at())
        except DomainError as error:
            problem = str(error)
        self.hint.setText(problem)
        self.hint.setVisible(bool(problem))
        return not problem

    def fields(self) -> ApprovalFields:
        return {
            "approved_at": self.approved_at(),
            "how": self.how(),
            "reference": self.reference_edit.text().strip(),
        }


class ReopenDialog(SilenceForm):
    """Open an approved record for a new revision, saying why."""

    def __init__(self, view: ReviewView, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open a Revision"), self.tr("&Open a Revision"), parent)
        approval = view.review.approval
        name = view.reference or self.tr("The record")
        day = short_day(wall_clock(approval.at, zone).date()) if approval is not None else ""
        text = self.tr("%1 was approved on %2.").replace("%1", name).replace("%2", day)
        self.form.addRow(_bold(self.note(text, self.tr("Record"))))
        self.form.addRow(
            self.note(
                self.tr(
                    "Opening a revision unlocks the record: it takes changes again until the "
                    "revision (REV%1) is issued and approved. The reason is recorded and cannot "
                    "be undone."
                ).replace("%1", str(view.review.next_number)),
                self.tr("What happens"),
            )
        )
        self.reason_edit = _text_edit(self, self.tr("Reason"), 3)
        self.reason_edit.setPlaceholderText(
            self.tr("Required, e.g. A figure in the summary of item 2 was wrong")
        )
        self.reason_edit.textChanged.connect(self.update_ok)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.finish()

    def ready(self) -> bool:
        return hasattr(self, "reason_edit") and bool(self.reason())

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
