"""Session › Translations…: the texts of the open session's record written in one official
language only (``ws.translations.missing``), where each is, what is written, and which
language it lacks; the count in the title.

Enter or a double-click on a row opens the editor of that text, the caret in the version it
lacks (``TextOpener``). The list is read on the worker (``SessionController.read``) when
shown, and again when a change names what it lists: the session's own fields, its agenda,
one of its items, or an item's declaration, action items, silence procedures or speakers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.texts import Bilingual
from desktop.services import ChangeSet, Result, Workspace
from desktop.services.dto import MissingText, SilenceView, SpeakersState
from desktop.ui.latest import Latest
from desktop.ui.models.rows import Column, RowsModel
from desktop.ui.session.controller import ServiceCommand, SessionController
from desktop.ui.session.intervention_dialog import InterventionDialog
from desktop.ui.session.page import AGENDA, FORM, SILENCE, SessionPage
from desktop.ui.session.silence_dialogs import SubjectDialog

TRANSLATIONS_KEYS = "Ctrl+Shift+T"
WHERE, LACKS, WRITTEN = range(3)
MISSING_ROLE = Qt.ItemDataRole.UserRole + 1
FOCUS_WAIT_MS = 3000  # the longest a declaration's field is waited for, once its item is shown

translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def lacking_text(language: str) -> str:
    """What a row says of the language it lacks."""
    if language == "fr":
        return translate("TranslationsModel", "No French version")
    return translate("TranslationsModel", "No English version")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _key(row: MissingText) -> tuple[str, int, str, str]:
    return (row.entity, row.entity_id, row.field, row.lacks)


class TranslationsModel(RowsModel[MissingText]):
    """One row per text written in one language only, in the order the minutes print them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            _key,
            [
                Column(translate("TranslationsModel", "Where"), lambda r: r.where),
                Column(
                    translate("TranslationsModel", "Lacks"),
                    lambda r: lacking_text(r.lacks),
                ),
                Column(
                    translate("TranslationsModel", "Written"),
                    lambda r: _one_line(r.text),
                    tooltip=lambda r: r.text,
                ),
            ],
            parent,
        )

    def missing(self, row: int) -> MissingText:
        return self._rows[row]

    def extra(self, row: MissingText, column: int, role: int) -> object:
        return row if role == MISSING_ROLE else None


class TranslationsDialog(QDialog):
    """What the open session's record still lacks in either language (see the module)."""

    textActivated = Signal(object)  # the MissingText whose editor is wanted
    loaded = Signal(int)  # the number of texts read

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reads = Latest()
        self._rows: list[MissingText] = []
        self._item_ids: frozenset[int] = frozenset()
        self.setSizeGripEnabled(True)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Texts to translate"))
        self.filter_combo = QComboBox(self)
        self.filter_combo.setAccessibleName(self.tr("Which texts to show"))
        self.filter_combo.addItem(self.tr("Texts lacking either language"), None)
        self.filter_combo.addItem(self.tr("Texts with no French version"), "fr")
        self.filter_combo.addItem(self.tr("Texts with no English version"), "en")
        self.filter_combo.currentIndexChanged.connect(self._show_rows)
        self.model = TranslationsModel(self)
        self.table = self._table()
        self.open_button = QPushButton(self.tr("&Open the Text"), self)
        self.open_button.setToolTip(self.tr("Edit the selected text in both languages (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self._lay_out(buttons)
        self._say_count()
        controller.changed.connect(self._changed)
        controller.sessionChanged.connect(lambda _session: self.reload())
        self.resize(900, 480)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Texts to translate"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LACKS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WRITTEN, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)
        table.selectionModel().selectionChanged.connect(self._update_button)
        self.model.modelReset.connect(self._update_button)
        return table

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        top = QHBoxLayout()
        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self.filter_combo)
        top.addWidget(self.heading, 1)
        top.addSpacing(12)
        top.addWidget(show)
        top.addWidget(self.filter_combo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # ------------------------------------------------------------------ reading
    def show_lacking(self, language: str | None) -> None:
        """Show only the texts lacking ``language`` (None: lacking either)."""
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(language), 0))

    def reload(self) -> None:
        session_id = self._controller.session_id
        asked = self._reads.ask()
        if session_id is None:
            self._show(([], frozenset()))
            return

        def read(ws: Workspace) -> tuple[list[MissingText], frozenset[int]]:
            items = frozenset(item.id for item in ws.sessions.get(session_id).items)
            return ws.translations.missing(session_id), items

        self._controller.read(read, asked.then(self._show), self.heading.setText)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def _changed(self, changes: ChangeSet) -> None:
        session_id = self._controller.session_id
        if not self.isVisible() or session_id is None:
            return
        if session_id in changes.sessions or session_id in changes.agenda:
            self.reload()
            return
        named = (
            changes.items | changes.outcomes | changes.actions | changes.silence | changes.speakers
        )
        if named & self._item_ids:
            self.reload()

    def _show(self, answer: tuple[Sequence[MissingText], frozenset[int]]) -> None:
        rows, self._item_ids = answer
        self._rows = list(rows)
        self._show_rows()
        self.loaded.emit(len(self._rows))

    def _show_rows(self) -> None:
        language = self.filter_combo.currentData()
        shown = [r for r in self._rows if language is None or r.lacks == language]
        self.model.set_rows(shown)
        if shown and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, WHERE))
        self._say_count()
        self._update_button()

    def _say_count(self) -> None:
        total = len(self._rows)
        french = sum(1 for r in self._rows if r.lacks == "fr")
        english = total - french
        self.setWindowTitle(
            self.tr("Translations (%1)").replace("%1", str(total))
            if total
            else self.tr("Translations")
        )
        if not total:
            self.heading.setText(self.tr("Every text of the record is written in both languages."))
            return
        parts = []
        if french == 1:
            parts.append(
                self.tr(
                    "One text has no French version: the French minutes print it in English, "
                    "marked as not translated."
                )
            )
        elif french:
            parts.append(
                self.tr(
                    "%n texts have no French version: the French minutes print them in "
                    "English, marked as not translated.",
                    "",
                    french,
                )
            )
        if english == 1:
            parts.append(
                self.tr(
                    "One text has no English version: the English minutes print it in French, "
                    "marked as not translated."
                )
            )
        elif english:
            parts.append(
                self.tr(
                    "%n texts have no English version: the English minutes print them in "
                    "French, marked as not translated.",
                    "",
                    english,
                )
            )
        self.heading.setText(" ".join(parts))

    def _update_button(self) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    # ------------------------------------------------------------------ opening
    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        self.textActivated.emit(self.model.missing(index.row()))


class TextOpener(QObject):
    """Opens the editor of a text the translations view lists, on the session page, the
    caret in the version it lacks."""

    def __init__(
        self, page: SessionPage, controller: SessionController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._page = page
        self._controller = controller
        self.dialog: QDialog | None = None  # a dialog opened here (subject, intervention)

    def open(self, text: MissingText) -> None:
        openers: dict[str, Callable[[MissingText], None]] = {
            "session": self._session,
            "agenda_item": self._agenda_item,
            "declaration": self._declaration,
            "action_item": self._action_item,
            "silence": self._silence,
            "intervention": self._intervention,
        }
        opener = openers.get(text.entity)
        if opener is not None:
            opener(text)

    def _session(self, text: MissingText) -> None:
        self._page.show_tab(FORM)
        self._page.form.focus_text(text.field, text.lacks)

    def _agenda_item(self, text: MissingText) -> None:
        page = self._page
        page.show_tab(AGENDA)
        agenda = page.agenda
        row = agenda.model.row_of(text.entity_id)
        if row is None:
            return
        agenda.table.setCurrentIndex(agenda.model.index(row, 0))
        agenda.edit_item()
        if agenda.item_dialog is not None:
            agenda.item_dialog.focus_text(text.field, text.lacks)

    def _declaration(self, text: MissingText) -> None:
        if text.item_id is None:
            return
        self._page.show_item(text.item_id)
        box = self._page.positions.item_panel.outcome_box
        field = box.remitted_field if text.field == "remitted_to" else box.decision_field
        item_id, waited = text.item_id, QTimer(self)

        def focus() -> None:  # once the item panel shows the item's declaration
            if box.item_id == item_id and field.isVisible():
                waited.stop()
                waited.deleteLater()
                field.focus(text.lacks)

        waited.setInterval(50)
        waited.timeout.connect(focus)
        QTimer.singleShot(FOCUS_WAIT_MS, waited.deleteLater)
        waited.start()
        focus()

    def _action_item(self, text: MissingText) -> None:
        if text.item_id is None:
            return
        self._page.show_item(text.item_id)
        actions = self._page.positions.item_panel.action_list
        actions.edit_texts(text.entity_id, text.field, text.lacks)

    def _silence(self, text: MissingText) -> None:
        self._page.show_tab(SILENCE)
        procedure_id = text.entity_id
        self._controller.read(lambda ws: ws.silence.get(procedure_id), partial(self._subject, text))

    def _subject(self, text: MissingText, view: SilenceView) -> None:
        label = self._page.silence.model.item_label(view)
        dialog = SubjectDialog(view, label, self._page.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._edit_subject(view, dialog.changes()))
        self._show_dialog(dialog)
        dialog.title_field.focus(text.lacks)

    def _edit_subject(self, view: SilenceView, new: dict[str, str]) -> None:
        if not new:
            return
        old = {name: getattr(view, name) for name in new}
        self._controller.execute(
            ServiceCommand(
                self.tr("Edit the subject of the silence procedure"),
                lambda ws: ws.silence.edit(view.id, expected=old, **new),
                lambda ws: ws.silence.edit(view.id, expected=new, **old),
            )
        )

    def _intervention(self, text: MissingText) -> None:
        item_id = text.item_id
        if item_id is None:
            return
        self._page.show_item(item_id)
        self._controller.read(lambda ws: ws.speakers.state(item_id), partial(self._said, text))

    def _said(self, text: MissingText, state: SpeakersState) -> None:
        said = next((s for s in state.said if s.id == text.entity_id), None)
        detail = self._page.detail
        item = next((i for i in detail.items if i.id == text.item_id), None) if detail else None
        if said is None or item is None:
            return
        dialog = InterventionDialog(said.delegation, item.number, self._page.window(), french=True)
        dialog.field.set_texts(said.text, said.text_fr)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        before = Bilingual(said.text, said.text_fr)
        dialog.accepted.connect(lambda: self._correct(said.id, said.delegation, before, dialog))
        self._show_dialog(dialog)
        dialog.field.focus(text.lacks)

    def _correct(
        self, said_id: int, delegation: str, before: Bilingual, dialog: InterventionDialog
    ) -> None:
        after = dialog.texts()
        if after == before:
            return
        self._controller.execute(CorrectIntervention(said_id, delegation, before, after))

    def _show_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()


class CorrectIntervention(ServiceCommand[SpeakersState]):
    """An intervention's summary in both languages (a translation added); undo puts back the
    versions it replaced."""

    def __init__(self, said_id: int, delegation: str, before: Bilingual, after: Bilingual) -> None:
        label = translate("CorrectIntervention", "Translation of the intervention of %1")
        super().__init__(label.replace("%1", delegation))
        self.said_id, self.before, self.after = said_id, before, after

    def forward(self, ws: Workspace) -> Result[SpeakersState]:
        return ws.speakers.correct_intervention(self.said_id, self.after.en, text_fr=self.after.fr)

    def backward(self, ws: Workspace) -> Result[SpeakersState]:
        return ws.speakers.correct_intervention(
            self.said_id, self.before.en, text_fr=self.before.fr
        )
