"""Session › Translations…: what the record still lacks in French or English, read off the
GUI thread, each row opening the editor of its text; a row goes once its text is translated.
Each step through the real services on a copy of the demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services import Workspace
from desktop.services.dto import MissingText
from desktop.ui.main_window import MainWindow
from desktop.ui.session.intervention_dialog import InterventionDialog
from desktop.ui.session.page import AGENDA, FORM, SILENCE
from desktop.ui.session.silence_dialogs import SubjectDialog
from desktop.ui.session.translations import TranslationsDialog
from desktop.ui.settings import AppSettings


def untranslate(path: Path) -> None:
    """Take the French off one text of each kind, as a record written in English leaves it."""
    with Workspace.open(path) as ws:
        session_id = ws.sessions.list_sessions()[0].id
        ws.sessions.update(session_id, place_fr="")
        items = ws.sessions.get(session_id).items
        ws.agenda.update_item(items[0].id, title_fr="")
        ws.agenda.update_item(items[0].id, summary_fr="")
        action = ws.actions.for_session(session_id)[0]
        ws.actions.update(action.id, description_fr="")
        procedure = ws.silence.for_session(session_id)[0]
        ws.silence.edit(procedure.id, title_fr="")
        said = next(s for i in items for s in ws.speakers.state(i.id).said if s.text_fr)
        ws.speakers.correct_intervention(said.id, said.text, text_fr="")


class Room:
    def __init__(self, qtbot, path: Path, settings: AppSettings) -> None:
        self.qtbot = qtbot
        untranslate(path)
        self.window = MainWindow(Workspace.open(path), settings, open_workspace=Workspace.open)
        qtbot.addWidget(self.window)
        with qtbot.waitSignal(self.window.sessions.loaded):
            self.window.show()
        qtbot.waitExposed(self.window)
        self.ws = self.window.workspace
        self.session_id = self.ws.sessions.list_sessions()[0].id
        self.window.open_session(self.session_id)
        self.page = self.window.session_page
        self.menus = self.window.session_menus
        self.settle()

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.window.tasks.busy())

    def missing(self) -> list[MissingText]:
        return self.ws.translations.missing(self.session_id)

    def open_view(self) -> TranslationsDialog:
        self.menus.translations_action.trigger()
        dialog = self.menus.translations_dialog
        assert dialog is not None
        self.qtbot.waitUntil(dialog.isVisible)
        self.settle()
        return dialog

    def rows(self, dialog: TranslationsDialog) -> list[MissingText]:
        return [dialog.model.missing(row) for row in range(dialog.model.rowCount())]

    def activate(self, dialog: TranslationsDialog, text: MissingText) -> None:
        row = self.rows(dialog).index(text)
        dialog.table.setCurrentIndex(dialog.model.index(row, 0))
        dialog.open_current()
        self.settle()

    def first(self, entity: str, field: str | None = None) -> MissingText:
        return next(t for t in self.missing() if t.entity == entity and field in (None, t.field))


@pytest.fixture
def room(qtbot, demo_path: Path, settings: AppSettings) -> Room:
    return Room(qtbot, demo_path, settings)


def test_the_view_lists_what_lacks_with_a_count_in_its_title(room: Room) -> None:
    missing = room.missing()
    assert len(missing) == 6
    dialog = room.open_view()
    assert room.rows(dialog) == missing
    assert dialog.windowTitle() == f"Translations ({len(missing)})"
    first = dialog.model
    assert first.index(0, 0).data() == missing[0].where
    assert first.index(0, 1).data() == "No French version"
    assert first.index(0, 2).data() == " ".join(missing[0].text.split())
    assert "no French version" in dialog.heading.text()
    assert "(Ctrl+Shift+T)" in room.menus.translations_action.toolTip()


def test_a_row_opens_the_items_dialog_and_goes_once_translated(room: Room) -> None:
    dialog = room.open_view()
    title = room.first("agenda_item", "title")
    room.activate(dialog, title)
    assert room.page.tabs.currentIndex() == AGENDA
    item_dialog = room.page.agenda.item_dialog
    assert item_dialog is not None and item_dialog.isVisible()
    assert item_dialog.focusWidget() is item_dialog.title_fr_edit  # the version it lacks
    assert item_dialog.title_edit.text() == title.text
    item_dialog.title_fr_edit.setText("Un titre en français")
    item_dialog.ok_button.click()
    room.settle()
    assert room.ws.sessions.get(room.session_id).items[0].title_fr == "Un titre en français"
    room.qtbot.waitUntil(lambda: title not in room.rows(dialog))
    assert room.rows(dialog) == room.missing()
    assert dialog.windowTitle() == f"Translations ({len(room.missing())})"


def test_the_sessions_place_is_focused_in_the_form(room: Room) -> None:
    dialog = room.open_view()
    place = room.first("session", "place")
    room.activate(dialog, place)
    assert room.page.tabs.currentIndex() == FORM
    assert room.page.form.focusWidget() is room.page.form.place_fr_edit


def test_an_action_item_opens_its_dialog_on_the_french(room: Room) -> None:
    dialog = room.open_view()
    action = room.first("action_item", "description")
    room.activate(dialog, action)
    actions = room.page.positions.item_panel.action_list
    room.qtbot.waitUntil(lambda: actions.action_dialog is not None)
    editor = actions.action_dialog
    assert editor is not None and editor.description_edit.text() == action.text
    assert editor.focusWidget() is editor.description_fr_edit
    editor.description_fr_edit.setText("Une action")
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    room.settle()
    stored = [a for a in room.ws.actions.for_session(room.session_id) if a.id == action.entity_id]
    assert stored[0].description_fr == "Une action"
    room.qtbot.waitUntil(lambda: action not in room.rows(dialog))


def test_a_silence_subject_is_edited_and_undone(room: Room) -> None:
    dialog = room.open_view()
    subject = room.first("silence")
    room.activate(dialog, subject)
    assert room.page.tabs.currentIndex() == SILENCE
    editor = room.menus.text_opener.dialog
    assert isinstance(editor, SubjectDialog)
    assert editor.title_field.text("en") == subject.text
    assert editor.focusWidget() is editor.title_field.fr
    editor.title_field.fr.setText("Projet de déclaration publique")
    editor.ok_button.click()
    room.settle()
    assert room.ws.silence.get(subject.entity_id).title_fr == "Projet de déclaration publique"
    room.qtbot.waitUntil(lambda: subject not in room.rows(dialog))
    room.window.controller.undo_stack.undo()
    room.settle()
    assert room.ws.silence.get(subject.entity_id).title_fr == ""
    room.qtbot.waitUntil(lambda: subject in room.rows(dialog))


def test_an_intervention_is_translated(room: Room) -> None:
    dialog = room.open_view()
    said = room.first("intervention")
    room.activate(dialog, said)
    editor = room.menus.text_opener.dialog
    assert isinstance(editor, InterventionDialog)
    assert editor.editor.toPlainText() == said.text
    assert editor.editor_fr.isVisible() and editor.focusWidget() is editor.editor_fr
    editor.editor_fr.setPlainText("La délégation souligne l'importance de la présence.")
    editor.accept()
    room.settle()
    room.qtbot.waitUntil(lambda: said.where not in [r.where for r in room.rows(dialog)])
    assert len(room.rows(dialog)) == len(room.missing())


def test_the_bilingual_dialogs_fit_a_1366_by_768_screen(room: Room) -> None:
    """Two versions side by side, and still room on the smallest screen the app supports."""
    from desktop.ui.session.action_parts import ActionDialog
    from desktop.ui.session.agenda_dialog import ItemDialog

    item = room.ws.sessions.get(room.session_id).items[0]
    dialogs = [
        ItemDialog(item, room.window),
        ActionDialog(room.window),
        InterventionDialog("FRA", 1, room.window, french=True),
        room.open_view(),
    ]
    for dialog in dialogs:
        hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
        size = dialog.size() if dialog.isVisible() else hint
        assert size.width() <= 1366 - 40 and size.height() <= 768 - 80, type(dialog)
