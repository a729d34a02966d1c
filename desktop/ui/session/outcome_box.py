"""The form for the chair's declaration on one item (the item panel shows the standing one
above it, with ``NoticePanel``, also defined here).

Before the operator declares, the box asks the services what the record says against the
chosen outcome and shows it (an objection stands, positions are pending...). It never stops
the declaration: the chair decides, and the warnings are stored with it. Declaring is an
undoable command; its undo declares the previous standing declaration again, or withdraws
the declaration when there was none.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.outcomes import Outcome, OutcomeWarning
from desktop.domain.positions import Effect
from desktop.domain.texts import Bilingual, other_language
from desktop.services import Result, Workspace
from desktop.services.dto import ItemState, OutcomeView
from desktop.ui import marks
from desktop.ui.labels import capitalised, ui_language
from desktop.ui.latest import Latest
from desktop.ui.session.bilingual_field import BilingualLine, BilingualText
from desktop.ui.session.controller import ServiceCommand, SessionController

DECLARE_KEYS = "Ctrl+Return"
OUTCOME_CHARACTERS = 20  # the outcome chooser's width, in characters


def standing(state: ItemState | None) -> OutcomeView | None:
    """The declaration that stands on the item, if any (a withdrawn one does not)."""
    outcome = state.outcome if state is not None else None
    return None if outcome is None or outcome.withdrawn else outcome


WARNING_TINT = ("#fff3cd", "#4a3b12")  # (light palette, dark palette)
ERROR_TINT = ("#f8d7da", "#4f2326")


class NoticePanel(QFrame):
    """A boxed warning or refusal: a standard icon, a heading and one line per message, on
    a soft tint with an accent bar (an addition to the icon and the words)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        accessible_name: str = "",
        icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_MessageBoxWarning,
    ) -> None:
        super().__init__(parent)
        self._error = icon is QStyle.StandardPixmap.SP_MessageBoxCritical
        self.setAccessibleName(accessible_name)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.icon.setFixedSize(size, size)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(accessible_name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.lines: list[str] = []
        self.hide()

    def set_lines(self, lines: Sequence[str], heading: str = "") -> None:
        """Show ``lines`` under ``heading``; with no lines the panel hides."""
        self.lines = list(lines)
        if not self.lines:
            self.clear()
            return
        bullet = "• " if heading and len(self.lines) > 1 else ""
        body = "<br>".join(bullet + html.escape(line) for line in self.lines)
        self.text.setText(f"<b>{html.escape(heading)}</b><br>{body}" if heading else body)
        plain = "\n".join([heading, *self.lines] if heading else self.lines)
        self.setAccessibleDescription(plain)
        self.text.setAccessibleDescription(plain)
        self.show()

    def clear(self) -> None:
        self.lines = []
        self.text.clear()
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        dark = marks.is_dark(self.palette())
        tint = (ERROR_TINT if self._error else WARNING_TINT)[1 if dark else 0]
        effect = Effect.BLOCKS if self._error else Effect.PENDING
        painter.fillRect(self.rect(), QColor(tint))
        painter.fillRect(0, 0, 4, self.height(), marks.ink(effect, self.palette()))
        painter.end()


class Declare(ServiceCommand[OutcomeView]):
    """Declare an outcome, its texts in English and French; undo puts back the declaration
    that stood before, or none."""

    def __init__(
        self,
        text: str,
        item_id: int,
        outcome: Outcome,
        decision_text: Bilingual,
        remitted_to: Bilingual,
        *,
        landed: Callable[[OutcomeView], None] | None = None,
    ) -> None:
        super().__init__(text, landed=landed)
        self.item_id, self.outcome = item_id, outcome
        self.decision_text, self.remitted_to = decision_text, remitted_to
        self.previous: OutcomeView | None = None

    def forward(self, ws: Workspace) -> Result[OutcomeView]:
        self.previous = standing(ws.outcomes.state(self.item_id))
        return ws.outcomes.declare(
            self.item_id,
            self.outcome,
            decision_text=self.decision_text.en,
            remitted_to=self.remitted_to.en,
            decision_text_fr=self.decision_text.fr,
            remitted_to_fr=self.remitted_to.fr,
        )

    def backward(self, ws: Workspace) -> Result[OutcomeView | None]:
        previous = self.previous
        if previous is None:
            return ws.outcomes.withdraw(self.item_id)
        return ws.outcomes.declare(
            self.item_id,
            previous.outcome,
            decision_text=previous.decision_text,
            remitted_to=previous.remitted_to,
            decision_text_fr=previous.decision_text_fr,
            remitted_to_fr=previous.remitted_to_fr,
        )


class OutcomeBox(QWidget):
    """The declaration form. Fed by the item panel: ``show_state`` with each fresh
    ``ItemState`` of its item (the panel shows the standing declaration above the form)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._state: ItemState | None = None
        self._shown_declaration: tuple[object, ...] | None = None
        self._checks = Latest()  # the warnings for the outcome chosen last
        self._drafts = Latest()  # the chair's summary in the other language, asked last
        self._awaiting: Declare | None = None  # a declaration sent, not yet answered
        self.replace_box: QMessageBox | None = None  # asking before a draft replaces text
        self.confirm_box: QMessageBox | None = None  # asking before declaring against the record
        self.setAccessibleName(self.tr("Declare an outcome"))
        self._build_fields()
        self.choice_warnings = NoticePanel(self, accessible_name=self.tr("Outcome warnings"))
        self.error_line = NoticePanel(
            self,
            accessible_name=self.tr("Declaration refused"),
            icon=QStyle.StandardPixmap.SP_MessageBoxCritical,
        )
        keys = QKeySequence(DECLARE_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        self.declare_button = QPushButton(self.tr("&Declare"), self)
        self.declare_button.setAccessibleName(self.tr("Declare the outcome"))
        self.declare_button.setToolTip(
            self.tr("Record the chair's declaration (%1)").replace("%1", keys)
        )
        self.declare_button.clicked.connect(self.declare)
        for sequence in (DECLARE_KEYS, "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(self.tr("Declare the outcome"))  # the keyboard sheet's line
            shortcut.activated.connect(self.declare)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.declare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._form)
        layout.addWidget(self.choice_warnings)
        layout.addWidget(self.error_line)
        layout.addLayout(buttons)
        self._choice_changed()
        controller.failed.connect(self._on_failed)

    def _build_fields(self) -> None:
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setAccessibleName(self.tr("Outcome to declare"))
        self.outcome_combo.setPlaceholderText(self.tr("Choose the outcome…"))
        # Not as wide as the longest outcome ("agreed under silence", longer in French):
        # the panel beside the grid would be; the list shows every outcome whole.
        self.outcome_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.outcome_combo.setMinimumContentsLength(OUTCOME_CHARACTERS)
        for outcome in Outcome:
            self.outcome_combo.addItem(capitalised(outcome.label), outcome.value)
        self.outcome_combo.setCurrentIndex(-1)
        self.outcome_combo.currentIndexChanged.connect(self._choice_changed)
        # One version above the other: the panel beside the grid is narrow.
        self.remitted_field = BilingualLine(
            self.tr("Remitted to"),
            self,
            vertical=True,
            hints=(
                self.tr("Which committee", "an example in English"),
                self.tr("Quel comité", "an example in French"),
            ),
        )
        self.remitted_edit, self.remitted_fr_edit = self.remitted_field.en, self.remitted_field.fr
        self.remitted_field.returnPressed.connect(self.declare)
        self.decision_field = BilingualText(
            self.tr("Decision text"),
            self,
            vertical=True,
            lines=3,
            hints=(
                self.tr("The Council…", "the start of a decision, in English"),
                self.tr("Le Conseil…", "the start of a decision, in French"),
            ),
        )
        self.decision_edit, self.decision_fr_edit = self.decision_field.en, self.decision_field.fr

        self._form = QFormLayout()
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("Ou&tcome:"), self.outcome_combo),
            (self.tr("&Remitted to:"), self.remitted_field),
            (self.tr("Deci&sion:"), self.decision_field),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            self._form.addRow(label, field)

    # ------------------------------------------------------------------ state
    @property
    def item_id(self) -> int | None:
        return self._state.item_id if self._state is not None else None

    def show_state(self, state: ItemState | None) -> None:
        """The item's fresh state. The form is reset to the standing declaration when the
        item or that declaration changed, not otherwise: the operator may be typing while
        positions come in."""
        previous_item = self.item_id
        self._state = state
        key = _declaration_key(standing(state))
        if state is None or state.item_id != previous_item or key != self._shown_declaration:
            self._shown_declaration = key
            self._reset_form(standing(state))
        else:
            self._check()

    def chosen(self) -> Outcome | None:
        value = self.outcome_combo.currentData()
        return Outcome(value) if value else None

    def _reset_form(self, declaration: OutcomeView | None) -> None:
        outcome = declaration.outcome.value if declaration is not None else None
        self.outcome_combo.blockSignals(True)
        self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(outcome) if outcome else -1)
        self.outcome_combo.blockSignals(False)
        if declaration is None:
            self.decision_field.set_texts("", "")
            self.remitted_field.set_texts("", "")
        else:
            self.decision_field.set_texts(declaration.decision_text, declaration.decision_text_fr)
            self.remitted_field.set_texts(declaration.remitted_to, declaration.remitted_to_fr)
        self._choice_changed()

    # ------------------------------------------------------------------ the form
    def _choice_changed(self) -> None:
        self._form.setRowVisible(self.remitted_field, self.chosen() is Outcome.REMITTED)
        self.error_line.clear()
        self.declare_button.setEnabled(self._state is not None and self.chosen() is not None)
        self._check()

    def _check(self) -> None:
        """Ask what the record says against the chosen outcome, unless it is the standing
        one, whose warnings the panel already shows."""
        checked = self._checks.ask()
        item_id, outcome = self.item_id, self.chosen()
        declaration = standing(self._state)
        if item_id is None or outcome is None:
            self.choice_warnings.clear()
            return
        if declaration is not None and declaration.outcome is outcome:
            self.choice_warnings.clear()
            return

        def show(warnings: tuple[OutcomeWarning, ...]) -> None:
            heading = self.tr("“%1” disagrees with the record:")
            heading = heading.replace("%1", capitalised(outcome.label))
            self.choice_warnings.set_lines([w.message for w in warnings], heading)

        # An item removed meanwhile: the panel's own read notices and clears the box.
        self._controller.read(
            lambda ws: ws.outcomes.check(item_id, outcome), checked.then(show), _ignore
        )

    def offer_draft(self, draft: str) -> None:
        """Put ``draft`` (the chair's summary, in the interface's language) in the decision
        text, and the same summary in the other language beside it: at once when the text is
        empty in both, after asking when the operator has written something there."""
        if not draft or self._state is None:
            return
        language = ui_language()
        editor = self.decision_field.editor(language)
        if editor.toPlainText() == draft:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self.decision_field.value():
            self._use_draft(draft, language)
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Replace the Decision Text"))
        box.setText(self.tr("Replace the decision text with the chair's summary?"))
        box.setInformativeText(
            self.tr("What is written there now, in English and in French, will be lost.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        item_id = self.item_id

        def answered(_result: int) -> None:
            self.replace_box = None
            yes = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
            if yes and self.item_id == item_id:  # still the same item
                self._use_draft(draft, language)

        box.finished.connect(answered)
        self.replace_box = box
        box.open()

    def _use_draft(self, draft: str, language: str) -> None:
        """``draft`` in ``language`` at once; the summary in the other language once read."""
        editor = self.decision_field.editor(language)
        other = self.decision_field.editor(other_language(language))
        other.clear()
        editor.setPlainText(draft)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.moveCursor(QTextCursor.MoveOperation.End)
        item_id = self.item_id
        if item_id is None:
            return

        def show(sentence: str) -> None:
            if self.item_id == item_id and not other.toPlainText().strip():
                other.setPlainText(sentence)

        asked = self._drafts.ask()
        wanted = other_language(language)
        self._controller.read(
            lambda ws: ws.positions.summary(item_id, wanted), asked.then(show), _ignore
        )

    def declare(self) -> None:
        """Record the chosen outcome. The chair decides, but never by a slip of the keys: an
        outcome that needs its decision text is refused without it, and one the record
        contradicts is confirmed first (Cancel is the default), the contradiction named."""
        item_id, outcome = self.item_id, self.chosen()
        if item_id is None or outcome is None:
            return
        self.error_line.clear()
        remitted = self.remitted_field.value() if outcome is Outcome.REMITTED else Bilingual()
        decision = self.decision_field.value()
        if outcome in TEXT_EXPECTED and not decision:
            self.error_line.set_lines(
                [
                    self.tr("Write the decision the Council took: “%1” needs its text.").replace(
                        "%1", capitalised(outcome.label)
                    )
                ]
            )
            self.decision_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return

        def checked(warnings: tuple[OutcomeWarning, ...]) -> None:
            if (item_id, outcome) != (self.item_id, self.chosen()):
                return  # the operator moved on meanwhile: nothing is declared
            if warnings:
                self._confirm(outcome, warnings, lambda: self._send(outcome, decision, remitted))
            else:
                self._send(outcome, decision, remitted)

        self._controller.read(lambda ws: ws.outcomes.check(item_id, outcome), checked)

    def _confirm(
        self,
        outcome: Outcome,
        warnings: tuple[OutcomeWarning, ...],
        declare: Callable[[], None],
    ) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Declaration against the record"),
            self.tr("Declare “%1” although the record disagrees?").replace(
                "%1", capitalised(outcome.label)
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText("\n".join(w.message for w in warnings))
        anyway = box.addButton(self.tr("Declare &All the Same"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is anyway:
                declare()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def _send(self, outcome: Outcome, decision: Bilingual, remitted: Bilingual) -> None:
        item_id = self.item_id
        if item_id is None:
            return
        text = self.tr("Declare “%1”").replace("%1", capitalised(outcome.label))
        command = Declare(text, item_id, outcome, decision, remitted, landed=self._landed)
        self._awaiting = command
        self._controller.execute(command)

    def _landed(self, _value: object) -> None:
        self._awaiting = None

    def _on_failed(self, sentence: str) -> None:
        command = self._awaiting
        if command is not None and command.refused:  # this refusal is about our declaration
            self._awaiting = None
            self.error_line.set_lines([sentence])


# Outcomes whose point is the text of what was decided: declared without it, nothing is.
TEXT_EXPECTED = (Outcome.AGREED, Outcome.AGREED_AD_REFERENDUM, Outcome.AGREED_UNDER_SILENCE)


def _ignore(_sentence: str) -> None:
    pass


def _declaration_key(declaration: OutcomeView | None) -> tuple[object, ...] | None:
    if declaration is None:
        return None
    return (
        declaration.outcome,
        declaration.decision_text,
        declaration.decision_text_fr,
        declaration.remitted_to,
        declaration.remitted_to_fr,
        declaration.declared_at,
    )
