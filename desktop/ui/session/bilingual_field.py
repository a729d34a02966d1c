"""A text the secretariat writes for the record, edited in both official languages at once.

``BilingualLine`` (one line: a title, a place, an owner) and ``BilingualText`` (several: a
summary, a decision) show an English and a French field side by side, captioned "English"
and "Français" (each language's own name, whatever the interface's). The Tab key goes from
the English field to the French one; the widget's focus goes to the English field, so a
form's label (``&Title:``) leads there.

While one version is written and the other is empty, the empty one shows as missing: its
caption carries a warning mark (an icon and a word, not a colour alone), the field's
placeholder says "No French version yet" (or English), and its accessible description says
so too. With both empty, each field shows its ``hints`` (an example in its language), if any.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QWidget,
)

from desktop.domain.texts import LANGUAGES, Bilingual

E = TypeVar("E", QLineEdit, QPlainTextEdit)

# Spelled out so that lupdate finds the strings, in one context for the base class and its
# subclasses (their self.tr() would look in their own).
translate = QCoreApplication.translate


class _Caption(QWidget):
    """A language's own name, and the mark shown while its version is missing (the mark keeps
    its room when hidden: nothing moves as the operator types)."""

    def __init__(self, text: str, missing_name: str, parent: QWidget, *, word: bool) -> None:
        super().__init__(parent)
        self.label = QLabel(text, self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon = QLabel(self)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setFixedSize(size, size)
        self.icon.setAccessibleName(missing_name)
        self.icon.setToolTip(missing_name)
        self.word = QLabel(
            translate("BilingualField", "missing", "a version of a text: none written yet"), self
        )
        self.word.setAccessibleName(missing_name)
        self.word.setToolTip(missing_name)
        font = self.word.font()
        font.setItalic(True)
        self.word.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.icon)
        layout.addWidget(self.word)
        layout.addStretch(1)
        self.word.setVisible(word)
        self._marks = [self.icon, self.word] if word else [self.icon]
        for mark in self._marks:
            policy = mark.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            mark.setSizePolicy(policy)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_missing(False)

    def set_missing(self, missing: bool) -> None:
        for mark in self._marks:
            mark.setVisible(missing)


class BilingualField(QWidget, Generic[E]):
    """Two editors, ``en`` and ``fr``; see the module. ``name`` names the text for a screen
    reader ("Title"); ``vertical``: one version above the other (a narrow panel); ``above``:
    each caption above its field (by default for several lines), else on its left."""

    changed = Signal()  # either version was edited

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        vertical: bool = False,
        hints: tuple[str, str] = ("", ""),
        above: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._single = False
        self._hints = dict(zip(LANGUAGES, hints, strict=True))
        self.setAccessibleName(name)
        missing = {
            "en": translate("BilingualField", "No English version yet"),
            "fr": translate("BilingualField", "No French version yet"),
        }
        self._missing_text = missing
        above = self._captions_above(vertical) if above is None else above
        self.captions = {
            "en": _Caption(
                translate("BilingualField", "English", "the language's own name"),
                missing["en"],
                self,
                word=above,
            ),
            "fr": _Caption(
                translate("BilingualField", "Français", "the language's own name"),
                missing["fr"],
                self,
                word=above,
            ),
        }
        self.en: E = self._editor(translate("BilingualField", "%1, in English").replace("%1", name))
        self.fr: E = self._editor(translate("BilingualField", "%1, in French").replace("%1", name))
        for language, editor in self.editors().items():
            self.captions[language].label.setBuddy(editor)
        self.setFocusProxy(self.en)
        self._lay_out(vertical=vertical, above=above)
        self.changed.connect(self._show_missing)
        self._show_missing()

    # ------------------------------------------------------------------ building
    def _editor(self, accessible: str) -> E:
        raise NotImplementedError

    def _captions_above(self, vertical: bool) -> bool:
        """Whether each caption sits above its editor (else beside it, on its left)."""
        raise NotImplementedError

    def _lay_out(self, *, vertical: bool, above: bool) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2 if above else 4)
        en, fr = self.captions["en"], self.captions["fr"]
        if vertical and above:
            for row, widget in enumerate((en, self.en, fr, self.fr)):
                grid.addWidget(widget, row, 0)
            grid.setRowMinimumHeight(2, en.sizeHint().height() + 4)
        elif vertical:
            grid.addWidget(en, 0, 0)
            grid.addWidget(self.en, 0, 1)
            grid.addWidget(fr, 1, 0)
            grid.addWidget(self.fr, 1, 1)
            grid.setColumnStretch(1, 1)
        elif above:
            grid.addWidget(en, 0, 0)
            grid.addWidget(fr, 0, 1)
            grid.addWidget(self.en, 1, 0)
            grid.addWidget(self.fr, 1, 1)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
        else:
            grid.addWidget(en, 0, 0)
            grid.addWidget(self.en, 0, 1)
            grid.addWidget(fr, 0, 2)
            grid.addWidget(self.fr, 0, 3)
            grid.setColumnStretch(1, 1)
            grid.setColumnStretch(3, 1)
            grid.setColumnMinimumWidth(2, fr.sizeHint().width() + 6)

    # ------------------------------------------------------------------ the texts
    def editors(self) -> dict[str, E]:
        return {"en": self.en, "fr": self.fr}

    def editor(self, language: str) -> E:
        return self.fr if language == "fr" else self.en

    def text(self, language: str) -> str:
        """The version in ``language``, without the spaces around it."""
        raise NotImplementedError

    def value(self) -> Bilingual:
        return Bilingual(self.text("en"), self.text("fr"))

    def set_value(self, value: Bilingual) -> None:
        self.set_texts(value.en, value.fr)

    def set_texts(self, en: str, fr: str) -> None:
        raise NotImplementedError

    def is_missing(self, language: str) -> bool:
        """Whether the version in ``language`` shows as missing (the other one is written)."""
        return self.value().lacks(language)

    def set_single(self, single: bool) -> None:
        """One version only (a text the same in both languages, such as a delegation's code):
        the French field and both captions hidden, nothing shown as missing."""
        self._single = single
        self.fr.setHidden(single)
        for caption in self.captions.values():
            caption.setHidden(single)
        self._show_missing()

    def focus(self, language: str) -> None:
        """Put the caret in the version in ``language``."""
        self.editor(language).setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_missing(self) -> None:
        value = Bilingual() if self._single else self.value()
        for language, editor in self.editors().items():
            missing = value.lacks(language)
            self.captions[language].set_missing(missing)
            editor.setPlaceholderText(
                self._missing_text[language] if missing else self._hints[language]
            )
            editor.setAccessibleDescription(self._missing_text[language] if missing else "")


class BilingualLine(BilingualField[QLineEdit]):
    """One line in each language, side by side (or one above the other: ``vertical``)."""

    returnPressed = Signal()  # in either field

    def _editor(self, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.textChanged.connect(self.changed)
        edit.returnPressed.connect(self.returnPressed)
        return edit

    def _captions_above(self, vertical: bool) -> bool:
        return False

    def text(self, language: str) -> str:
        return self.editor(language).text().strip()

    def set_texts(self, en: str, fr: str) -> None:
        for edit, text in ((self.en, en), (self.fr, fr)):
            if edit.text() != text:
                edit.setText(text)
            edit.setCursorPosition(0)  # a long text shows its beginning


class BilingualText(BilingualField[QPlainTextEdit]):
    """Several lines in each language; Tab goes on to the next field (no tab characters).
    ``lines``: the height of each editor, in lines of text (0: as the layout gives)."""

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        vertical: bool = False,
        hints: tuple[str, str] = ("", ""),
        lines: int = 0,
    ) -> None:
        super().__init__(name, parent, vertical=vertical, hints=hints)
        if lines:
            for edit in (self.en, self.fr):
                spacing = edit.fontMetrics().lineSpacing()
                edit.setFixedHeight(spacing * lines + 12)

    def _editor(self, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self.changed)
        return edit

    def _captions_above(self, vertical: bool) -> bool:
        return True

    def text(self, language: str) -> str:
        return self.editor(language).toPlainText().strip()

    def set_texts(self, en: str, fr: str) -> None:
        for edit, text in ((self.en, en), (self.fr, fr)):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
