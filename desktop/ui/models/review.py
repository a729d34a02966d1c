"""The review of a summary record as two tables: its issues (the draft, ``REV1``…) and the
corrections delegations sent, each with what became of it.

Thin adapters over ``desktop.domain.review``: they never call a service. The review panel
hands them the ``ReviewView`` it read, with the session's zone (times are shown as the
session's wall clock) and the delegations' names in the interface language.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from desktop.domain.review import Correction, CorrectionStatus, Issue, Review
from desktop.domain.timezones import BRUSSELS
from desktop.services.review import ReviewView
from desktop.ui.labels import capitalised
from desktop.ui.models.rows import Column, RowsModel
from desktop.ui.silence_time import when

DELEGATION, ITEM, WHERE, TEXT, RECEIVED, STATUS, REASON, IN_ISSUE = range(8)
ISSUE, ISSUED, CHANGES, FINGERPRINT = range(4)
CORRECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Correction
translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def blocks(fingerprint: str) -> str:
    """A fingerprint in blocks of eight, as the minutes print it on their last page."""
    return " ".join(fingerprint[i : i + 8] for i in range(0, len(fingerprint), 8))


def one_line(text: str) -> str:
    return " ".join(text.split())


def issue_name(reference: str, issue: Issue) -> str:
    """ "C-R(2026)0042-REV1"; the draft is the reference itself, "C-R(2026)0042"."""
    if not reference:
        return issue.suffix or translate("ReviewModels", "Draft")
    return f"{reference}-{issue.suffix}" if issue.suffix else reference


def issue_short(number: int) -> str:
    """ "Draft" or "REV1": an issue in a narrow column."""
    return f"REV{number}" if number else translate("ReviewModels", "Draft")


class IssuesModel(RowsModel[Issue]):
    """One row per issue, the draft first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            lambda issue: issue.number,
            [
                Column(
                    translate("IssuesModel", "Issue"),
                    lambda i: issue_short(i.number),
                    tooltip=lambda i: issue_name(self._reference, i),
                ),
                Column(translate("IssuesModel", "Issued"), lambda i: self._when(i.at)),
                Column(
                    translate("IssuesModel", "Changes"),
                    self._changes,
                    header_tooltip=translate(
                        "IssuesModel", "Accepted corrections this issue is the first to carry"
                    ),
                    alignment=Qt.AlignmentFlag.AlignCenter,
                ),
                Column(
                    translate("IssuesModel", "Fingerprint"),
                    lambda i: blocks(i.fingerprint[:16]) + "…",
                    tooltip=lambda i: blocks(i.fingerprint),
                    accessible=lambda i: blocks(i.fingerprint),
                ),
            ],
            parent,
        )
        self._reference = ""
        self._zone = BRUSSELS
        self._review = Review()

    def set_view(self, view: ReviewView, zone: str) -> None:
        self._reference, self._zone, self._review = view.reference, zone, view.review
        self.set_rows(view.review.issues, reset=True)

    def _when(self, moment: datetime) -> str:
        return when(moment, self._zone)

    def _changes(self, issue: Issue) -> str:
        return str(len(self._review.changes_in(issue.number))) if issue.number else "—"

    def extra(self, row: Issue, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row == self._review.current:
            font = QFont()
            font.setBold(True)
            return font
        return None


class CorrectionsModel(RowsModel[Correction]):
    """One row per correction, in the order received; the proposed text and the reason on
    one line (the whole of them in the tooltip)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            lambda c: c.id,
            [
                Column(
                    translate("CorrectionsModel", "Delegation"),
                    self.delegation_name,
                    tooltip=lambda c: c.delegation,
                ),
                Column(
                    translate("CorrectionsModel", "Item"),
                    self.item_text,
                    alignment=Qt.AlignmentFlag.AlignCenter,
                ),
                Column(translate("CorrectionsModel", "Where"), lambda c: one_line(c.where)),
                Column(
                    translate("CorrectionsModel", "Proposed text"),
                    lambda c: one_line(c.text),
                    tooltip=lambda c: c.text,
                    accessible=lambda c: c.text,
                ),
                Column(
                    translate("CorrectionsModel", "Received"),
                    lambda c: when(c.received_at, self._zone),
                ),
                Column(
                    translate("CorrectionsModel", "Status"), lambda c: capitalised(c.status.label)
                ),
                Column(
                    translate("CorrectionsModel", "Reason or note"),
                    lambda c: one_line(c.reason),
                    tooltip=lambda c: c.reason or None,
                ),
                Column(
                    translate("CorrectionsModel", "In issue"),
                    self.issue_text,
                    header_tooltip=translate(
                        "CorrectionsModel", "The first issue that carries the change"
                    ),
                ),
            ],
            parent,
        )
        self._zone = BRUSSELS
        self._names: Mapping[str, str] = {}
        self._numbers: dict[int, int] = {}

    def set_view(self, view: ReviewView, zone: str, names: Mapping[str, str]) -> None:
        self._zone, self._names, self._numbers = zone, names, dict(view.item_numbers)
        self.set_rows(view.review.corrections)
        if self.rowCount():  # a name or a number may have changed: repaint every row
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, IN_ISSUE))

    def correction(self, row: int) -> Correction:
        return self.row(row)

    def delegation_name(self, c: Correction) -> str:
        return self._names.get(c.delegation, c.delegation)

    def item_text(self, c: Correction) -> str:
        if c.item_id is None:
            return translate("CorrectionsModel", "General")
        number = self._numbers.get(c.item_id)
        return str(number) if number is not None else translate("CorrectionsModel", "Removed")

    def issue_text(self, c: Correction) -> str:
        if c.in_issue is not None:
            return issue_short(c.in_issue)
        if c.status is CorrectionStatus.ACCEPTED:
            return translate("CorrectionsModel", "Next issue")
        return ""

    def extra(self, row: Correction, column: int, role: int) -> Any:
        if role == CORRECTION_ROLE:
            return row
        pending = row.status is CorrectionStatus.PENDING
        if role == Qt.ItemDataRole.FontRole and column == STATUS and pending:
            font = QFont()
            font.setBold(True)
            return font
        return None
