"""The silence procedure's dialogs: launch, extend, withdraw and relaunch on a revised text.

Each collects what the service needs and nothing else; the panel turns ``fields()`` into a
service call. Times are entered in the session's zone (``DeadlineEdit``); an hour that does
not exist, or that happens twice and is not yet told apart, keeps the OK button disabled and
says why under the fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.services.dto import AgendaItem, SilenceView
from desktop.ui.session.bilingual_field import BilingualLine
from desktop.ui.session.silence_commands import LaunchFields
from desktop.ui.session.silence_deadline import DeadlineEdit, Zones
from desktop.ui.silence_time import wall_clock, when_in
from desktop.ui.texts import in_ui_language

DEFAULT_DAYS = 2  # a new deadline: noon, two days on
DEFAULT_HOUR = time(12, 0)


class SilenceForm(QDialog):
    """A form with OK and Cancel; OK is enabled while ``ready()`` says so."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(680)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # No parent until ``finish`` adds it: a widget joins the Tab order when it joins the
        # dialog, so the buttons come after the fields, not before them.
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        """Put the buttons last and set OK's state; call at the end of ``__init__``."""
        self.form.addRow(self.buttons)
        self.update_ok()

    def line(self, name: str, placeholder: str = "", text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self.update_ok)
        return edit

    def subject(self, name: str, hint: str, view: SilenceView | None = None) -> BilingualLine:
        """The subject of the text, in English and French (both optional)."""
        field = BilingualLine(name, self, hints=(hint, hint))
        if view is not None:
            field.set_texts(view.title, view.title_fr)
        field.changed.connect(self.update_ok)
        return field

    def note(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def deadline_edit(self, zones: Zones, **kwargs: Any) -> DeadlineEdit:
        edit = DeadlineEdit(zones, self, **kwargs)
        edit.changed.connect(self.update_ok)
        return edit

    def update_ok(self) -> None:
        if hasattr(self, "ok_button"):
            self.ok_button.setEnabled(self.ready())

    def ready(self) -> bool:
        return True


def default_deadline(now: datetime, zone: str) -> datetime:
    """Noon in the session's zone, two days from now."""
    day = wall_clock(now, zone).date() + timedelta(days=DEFAULT_DAYS)
    return datetime.combine(day, DEFAULT_HOUR)


def item_text(item: AgendaItem) -> str:
    return f"{item.number}. {in_ui_language(item.title, item.title_fr)}"


class LaunchDialog(SilenceForm):
    """Put an item's text under silence until a date and hour in Brussels."""

    def __init__(
        self,
        items: Sequence[AgendaItem],
        zones: Zones,
        now: datetime,
        parent: QWidget | None = None,
        *,
        item_id: int | None = None,
        launched_by: str = "",
    ) -> None:
        super().__init__(self.tr("Launch a Silence Procedure"), self.tr("&Launch"), parent)
        self.item_combo = QComboBox(self)
        self.item_combo.setAccessibleName(self.tr("Agenda item"))
        for item in items:
            self.item_combo.addItem(item_text(item), item.id)
        if item_id is not None and self.item_combo.findData(item_id) >= 0:
            self.item_combo.setCurrentIndex(self.item_combo.findData(item_id))
        self.reference_edit = self.line(self.tr("Text reference"), self.tr("e.g. PO(2026)0320"))
        self.title_field = self.subject(self.tr("Title of the text"), self.tr("Optional"))
        self.title_edit, self.title_fr_edit = self.title_field.en, self.title_field.fr
        self.deadline = self.deadline_edit(zones, name=self.tr("Deadline"))
        self.deadline.set_local(default_deadline(now, zones.session))
        self.launched_by_edit = self.line(
            self.tr("Launched by"), self.tr("e.g. Deputy Secretary General"), launched_by
        )
        self.form.addRow(self.tr("&Item:"), self.item_combo)
        self.form.addRow(self.tr("Text &reference:"), self.reference_edit)
        self.form.addRow(self.tr("&Title:"), self.title_field)
        self.form.addRow(self.tr("&Deadline:"), self.deadline)
        self.form.addRow(self.tr("Launched &by:"), self.launched_by_edit)
        self.finish()

    def ready(self) -> bool:
        return self.item_combo.currentIndex() >= 0 and not self.deadline.problem()

    def fields(self) -> LaunchFields:
        """``SilenceService.launch``'s arguments: the deadline as the session's wall clock."""
        return {
            "item_id": int(self.item_combo.currentData()),
            "deadline": self.deadline.local(),
            "fold": self.deadline.fold(),
            "text_reference": self.reference_edit.text().strip(),
            "title": self.title_field.text("en"),
            "title_fr": self.title_field.text("fr"),
            "launched_by": self.launched_by_edit.text().strip(),
        }


class SubjectDialog(SilenceForm):
    """The subject of a procedure's text, in English and French: how the other language's
    version is added once the procedure runs."""

    def __init__(self, view: SilenceView, label: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Subject of the Text"), self.tr("&Save"), parent)
        self.view = view
        self.form.addRow(self.note(label, self.tr("Procedure")))
        self.title_field = self.subject(self.tr("Title of the text"), self.tr("Optional"), view)
        self.form.addRow(self.tr("&Title:"), self.title_field)
        self.finish()

    def ready(self) -> bool:
        return hasattr(self, "title_field") and self.changes() != {}

    def changes(self) -> dict[str, str]:
        """``SilenceService.edit``'s keywords: the versions changed."""
        value = self.title_field.value()
        return {
            name: new
            for name, new, old in (
                ("title", value.en, self.view.title),
                ("title_fr", value.fr, self.view.title_fr),
            )
            if new != old
        }


class ExtendDialog(SilenceForm):
    def __init__(
        self,
        view: SilenceView,
        label: str,
        zones: Zones,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Extend the Deadline"), self.tr("&Extend"), parent)
        current = when_in(view.deadline, zones.session)
        self.form.addRow(
            self.note(
                self.tr("%1\nThe deadline is now %2.").replace("%1", label).replace("%2", current),
                self.tr("Procedure"),
            )
        )
        self.deadline = self.deadline_edit(zones, name=self.tr("New deadline"))
        self.deadline.set_local(wall_clock(view.deadline, zones.session) + timedelta(days=1))
        self.reason_edit = self.line(self.tr("Reason"), self.tr("e.g. Capitals asked for time"))
        self.form.addRow(self.tr("&New deadline:"), self.deadline)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.finish()

    def ready(self) -> bool:
        return not self.deadline.problem()

    def fields(self) -> dict[str, Any]:
        return {
            "new_deadline": self.deadline.local(),
            "fold": self.deadline.fold(),
            "reason": self.reason_edit.text().strip(),
        }


class WithdrawDialog(SilenceForm):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Withdraw the Procedure"), self.tr("&Withdraw Procedure"), parent)
        self.form.addRow(
            self.note(
                self.tr(
                    "%1\nThe procedure ends now and the item is deferred. This is recorded "
                    "and cannot be undone; relaunch on a revised text if the Council wants one."
                ).replace("%1", label),
                self.tr("Procedure"),
            )
        )
        self.reason_edit = self.line(self.tr("Reason"), self.tr("e.g. Text overtaken by events"))
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.finish()

    def reason(self) -> str:
        return self.reason_edit.text().strip()


class RelaunchDialog(SilenceForm):
    """A new procedure on a revised text, linked to the old one."""

    def __init__(
        self,
        view: SilenceView,
        label: str,
        zones: Zones,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Relaunch on a Revised Text"), self.tr("&Relaunch"), parent)
        ending = (
            self.tr("The current procedure is withdrawn, and a new one starts on the revised text.")
            if view.is_open
            else self.tr("A new procedure starts on the revised text, linked to this one.")
        )
        self.form.addRow(self.note(f"{label}\n{ending}", self.tr("Procedure")))
        self.reference_edit = self.line(
            self.tr("Reference of the revised text"), self.tr("e.g. PO(2026)0320-REV1"),
            view.text_reference,
        )  # fmt: skip
        self.title_field = self.subject(self.tr("Title of the text"), self.tr("Optional"), view)
        self.title_edit, self.title_fr_edit = self.title_field.en, self.title_field.fr
        self.deadline = self.deadline_edit(zones, name=self.tr("Deadline"))
        self.deadline.set_local(default_deadline(now, zones.session))
        self.launched_by_edit = self.line(self.tr("Launched by"), "", view.launched_by)
        self.reason_edit = self.line(self.tr("Reason"), self.tr("e.g. Revised after comments"))
        self.form.addRow(self.tr("Revised text &reference:"), self.reference_edit)
        self.form.addRow(self.tr("&Title:"), self.title_field)
        self.form.addRow(self.tr("&Deadline:"), self.deadline)
        self.form.addRow(self.tr("Launched &by:"), self.launched_by_edit)
        self.form.addRow(self.tr("Rea&son:"), self.reason_edit)
        self.finish()

    def ready(self) -> bool:
        return bool(self.reference_edit.text().strip()) and not self.deadline.problem()

    def fields(self) -> dict[str, Any]:
        return {
            "deadline": self.deadline.local(),
            "fold": self.deadline.fold(),
            "text_reference": self.reference_edit.text().strip(),
            "title": self.title_field.text("en"),
            "title_fr": self.title_field.text("fr"),
            "launched_by": self.launched_by_edit.text().strip(),
            "reason": self.reason_edit.text().strip(),
        }
