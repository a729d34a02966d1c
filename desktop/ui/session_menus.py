"""The Edit menu's undo and redo, and the Session and Position menus: every frequent action of
the live session, with its key shown in the menu and in its tooltip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.domain.positions import Position
from desktop.services.dto import SessionDetail
from desktop.ui.audit_view import AuditDialog
from desktop.ui.file_actions import FileActions
from desktop.ui.labels import capitalised
from desktop.ui.room_display import RoomDisplayActions
from desktop.ui.session.controller import SessionController
from desktop.ui.session.en_bloc import EN_BLOC_KEYS, EnBlocDialog, ask_en_bloc
from desktop.ui.session.meeting_clock import (
    CLOSE_KEYS,
    CLOSED,
    OPEN_KEYS,
    OPENED,
    StampMeeting,
    wall_time,
)
from desktop.ui.session.page import (
    AGENDA,
    ATTENDANCE,
    FORM,
    POSITIONS,
    REVIEW,
    SILENCE,
    TOUR,
    SessionPage,
)
from desktop.ui.session.translations import TRANSLATIONS_KEYS, TextOpener, TranslationsDialog


def _with_key(action: QAction) -> QAction:
    """Show the shortcut in the tooltip as well as in the menu."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = action.text().replace("&", "").removesuffix("…")
    if "\t" in text:
        text, keys = text.split("\t", 1)
    action.setToolTip(f"{text} ({keys})" if keys else text)
    return action


class SessionMenus(QObject):
    def __init__(
        self,
        window: QMainWindow,
        controller: SessionController,
        page: SessionPage,
        *,
        new_session: Callable[[], None],
        show_sessions: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._page = page
        self._controller = controller
        self.audit_dialog: AuditDialog | None = None  # the last one opened, for tests
        self.en_bloc_dialog: EnBlocDialog | None = None  # likewise
        stack = controller.undo_stack
        self.undo_action = _with_key(stack.createUndoAction(window, self.tr("&Undo")))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = _with_key(stack.createRedoAction(window, self.tr("&Redo")))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)

        self.new_session_action = self._action(self.tr("&New Session…"), "Ctrl+Shift+N")
        self.new_session_action.triggered.connect(new_session)
        self.back_action = self._action(self.tr("&All Sessions"), QKeySequence.StandardKey.Back)
        self.back_action.triggered.connect(show_sessions)
        self._meeting_actions()
        self._tab_actions(page)

        self.position_actions: dict[Position, QAction] = {}
        for position in Position:
            key = position.key if len(position.key) == 1 else self.tr("Backspace")
            # The key is shown, not bound: the grid takes single keys itself, so typing
            # elsewhere (a title, a statement) never logs a position.
            action = QAction(f"{capitalised(position.label)}\t{key}", window)
            action.triggered.connect(lambda _=False, p=position: page.positions.key_position(p))
            self.position_actions[position] = _with_key(action)
        self.statement_action = _with_key(QAction(self.tr("Edit &Statement\tEnter"), window))
        self.statement_action.triggered.connect(self._edit_statement)
        self.intervention_action = _with_key(
            QAction(self.tr("Record &Intervention…\tShift+Enter"), window)
        )
        self.intervention_action.setToolTip(
            self.tr("What the delegation said without taking a position")
        )
        self.intervention_action.triggered.connect(self._intervention)
        self.correction_action = self._action(
            self.tr("Mark as Correction or C&hange of Position"), "Ctrl+K"
        )
        self.correction_action.setToolTip(
            self.tr(
                "The cell's entry was your correction of a mistyped key (not printed), or the "
                "delegation's change of position (printed): say the other"
            )
        )
        self.correction_action.triggered.connect(page.positions.toggle_correction)
        self.goto_action = _with_key(QAction(self.tr("&Go to Delegation…\t/"), window))
        self.goto_action.triggered.connect(page.positions.goto_bar.open)
        self.declare_action = self._action(self.tr("&Declare Outcome…"), "Ctrl+Shift+D")
        self.declare_action.triggered.connect(self._declare)
        self.all_agree_action = self._action(self.tr("All Present &Agree, Except…"), "Ctrl+Shift+A")
        self.all_agree_action.triggered.connect(page.positions.all_agree_except)
        self.audit_action = _with_key(QAction(self.tr("Audit &Trail…"), window))
        self.audit_action.setToolTip(self.tr("Every change to this session, before and after"))
        self.audit_action.triggered.connect(self.show_audit)
        self._translation_actions()
        grid = page.positions.grid
        self.room_display = RoomDisplayActions(window, controller, grid.current_item_id)
        grid.currentItemChanged.connect(self.room_display.follow)
        self._session_only = [
            self.back_action,
            self.open_meeting_action,
            self.close_meeting_action,
            *self.tab_actions,
            *self.position_actions.values(),
            self.statement_action,
            self.intervention_action,
            self.correction_action,
            self.declare_action,
            self.goto_action,
            self.all_agree_action,
            self.en_bloc_action,
            self.audit_action,
            self.translations_action,
            self.review_menu.menuAction(),
        ]

    def _tab_actions(self, page: SessionPage) -> None:
        """Session › a tab each (Ctrl+1…), and Session › Review Steps: the Review tab's own
        actions, whose keys work while the focus is in that tab."""
        self.tab_actions = []
        names = {
            POSITIONS: self.tr("&Positions"),
            FORM: self.tr("&Session Details"),
            ATTENDANCE: self.tr("A&ttendance"),
            AGENDA: self.tr("A&genda"),
            SILENCE: self.tr("Silence &Procedures"),
            TOUR: self.tr("T&our de Table"),
            REVIEW: self.tr("Revie&w"),
        }
        for number, name in names.items():
            action = self._action(name, f"Ctrl+{number + 1}")
            action.triggered.connect(lambda _=False, n=number: page.show_tab(n))
            self.tab_actions.append(action)
        self.review_menu = QMenu(self.tr("Review St&eps"), self._window)
        self.review_menu.addActions(page.review.actions_in_order())
        self.review_menu.setToolTipsVisible(True)

    def _meeting_actions(self) -> None:
        """Open and Close the Meeting (Session menu), and Agree En Bloc (Position menu)."""
        self.open_meeting_action = self._action(self.tr("Open the &Meeting"), OPEN_KEYS)
        self.open_meeting_action.triggered.connect(lambda: self.stamp_meeting(OPENED))
        self.close_meeting_action = self._action(self.tr("&Close the Meeting"), CLOSE_KEYS)
        self.close_meeting_action.triggered.connect(lambda: self.stamp_meeting(CLOSED))
        self.en_bloc_action = self._action(self.tr("Agree &En Bloc…"), EN_BLOC_KEYS)
        self.en_bloc_action.triggered.connect(self.agree_en_bloc)

    def _translation_actions(self) -> None:
        """Session › Translations… (what still lacks its French or English), which File ›
        Export Minutes… also opens ("Show them")."""
        self.translations_dialog: TranslationsDialog | None = None  # made when first shown
        self.text_opener = TextOpener(self._page, self._controller, self)
        self.translations_action = self._action(self.tr("Translat&ions…"), TRANSLATIONS_KEYS)
        self.translations_action.setToolTip(
            self.tr("The texts of the record still to be written in French or in English (%1)")
            .replace("%1", self.translations_action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText
            ))
        )  # fmt: skip
        self.translations_action.triggered.connect(lambda _on=False: self.show_translations())
        for files in self._window.findChildren(FileActions):
            files.translationsRequested.connect(self.show_translations)

    def show_translations(self, language: str | None = None) -> None:
        """Show the texts lacking ``language`` (None: either) in the open session."""
        if self._controller.session_id is None:
            return
        dialog = self.translations_dialog
        if dialog is None:
            dialog = self.translations_dialog = TranslationsDialog(self._controller, self._window)
            dialog.textActivated.connect(self.text_opener.open)
        dialog.show_lacking(language)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _action(self, text: str, keys: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self._window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._window.addAction(action)
        return _with_key(action)

    def fill(self, edit_menu: QMenu, session_menu: QMenu, position_menu: QMenu) -> None:
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        session_menu.addAction(self.new_session_action)
        session_menu.addAction(self.back_action)
        session_menu.addSeparator()
        session_menu.addAction(self.open_meeting_action)
        session_menu.addAction(self.close_meeting_action)
        session_menu.addSeparator()
        session_menu.addActions(self.tab_actions)
        session_menu.addMenu(self.review_menu)
        session_menu.addSeparator()
        session_menu.addActions(self.room_display.actions())
        session_menu.addSeparator()
        session_menu.addAction(self.audit_action)
        session_menu.addAction(self.translations_action)
        position_menu.addActions(list(self.position_actions.values()))
        position_menu.addSeparator()
        position_menu.addAction(self.statement_action)
        position_menu.addAction(self.intervention_action)
        position_menu.addAction(self.correction_action)
        position_menu.addAction(self.declare_action)
        position_menu.addAction(self.all_agree_action)
        position_menu.addAction(self.en_bloc_action)
        position_menu.addAction(self.goto_action)
        for menu in (edit_menu, session_menu, position_menu):
            menu.setToolTipsVisible(True)

    def set_session_open(self, is_open: bool) -> None:
        for action in self._session_only:
            action.setEnabled(is_open)

    def show_audit(self) -> None:
        """Open the open session's audit trail in a window of its own (read-only)."""
        session_id = self._controller.session_id
        if session_id is None:
            return
        dialog = AuditDialog(self._controller, session_id, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.audit_dialog = dialog
        dialog.destroyed.connect(self._forget_audit)
        dialog.show()
        dialog.reload()

    def _forget_audit(self) -> None:
        self.audit_dialog = None

    def stamp_meeting(self, field: str) -> None:
        """Session › Open (``OPENED``) or Close (``CLOSED``) the Meeting: the time now, undoably;
        the message bar says the time stored, or why it was refused."""
        session_id = self._controller.session_id
        if session_id is None:
            return

        def landed(detail: SessionDetail) -> None:
            moment = getattr(detail, field)
            if moment is None or detail.id != self._controller.session_id:
                return
            if field == OPENED:
                sentence = self.tr("Meeting opened at %1.")
            else:
                sentence = self.tr("Meeting closed at %1.")
            self._page.messages.inform(sentence.replace("%1", wall_time(moment, detail.time_zone)))

        self._controller.execute(StampMeeting(session_id, field, landed=landed))

    def agree_en_bloc(self) -> None:
        """Position › Agree En Bloc…: several items at once, from the grid."""
        self._page.show_tab(POSITIONS)
        self.en_bloc_dialog = ask_en_bloc(self._page.positions, self._controller, self._window)

    def _declare(self) -> None:
        """To the chair's declaration on the item under the cursor, from the keyboard."""
        self._page.show_tab(POSITIONS)
        panel = self._page.positions.item_panel
        if panel.item_id is not None:
            panel.outcome_box.outcome_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _intervention(self) -> None:
        grid = self._page.positions.grid
        self._page.show_tab(POSITIONS)
        index = grid.currentIndex()
        item_id = grid.current_item_id()
        if index.isValid() and item_id is not None:
            code = grid.grid_model().delegation(index.row()).code
            self._page.positions.ask_intervention(item_id, code)

    def _edit_statement(self) -> None:
        grid = self._page.positions.grid
        self._page.show_tab(POSITIONS)
        if grid.currentIndex().isValid():
            grid.edit(grid.currentIndex())
