"""The two versions of a text side by side: the missing one marked (not by colour alone),
named for a screen reader, English first in the Tab order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain.texts import Bilingual
from desktop.ui.session.bilingual_field import BilingualLine, BilingualText


@pytest.fixture
def line(qtbot) -> Iterator[BilingualLine]:
    holder = QWidget()
    qtbot.addWidget(holder)
    before = QLineEdit(holder)
    field = BilingualLine("Title", holder, hints=("An example", "Un exemple"))
    after = QLineEdit(holder)
    layout = QVBoxLayout(holder)
    for widget in (before, field, after):
        layout.addWidget(widget)
    holder.show()
    qtbot.waitExposed(holder)
    yield field  # the holder stays alive meanwhile


def test_both_empty_show_their_hints_and_nothing_missing(line: BilingualLine) -> None:
    assert line.value() == Bilingual("", "")
    assert (line.en.placeholderText(), line.fr.placeholderText()) == ("An example", "Un exemple")
    assert not line.is_missing("en") and not line.is_missing("fr")
    assert not line.captions["fr"].icon.isVisible()


def test_the_empty_version_shows_as_missing_in_words_and_mark(line: BilingualLine) -> None:
    line.en.setText("Civil budget")
    assert line.is_missing("fr") and not line.is_missing("en")
    assert line.fr.placeholderText() == "No French version yet"
    assert line.fr.accessibleDescription() == "No French version yet"
    mark = line.captions["fr"].icon
    assert mark.isVisible() and mark.accessibleName() == "No French version yet"
    assert not line.captions["en"].icon.isVisible()
    line.fr.setText("Budget civil")
    assert not line.is_missing("fr") and not mark.isVisible()
    assert line.fr.accessibleDescription() == ""
    line.en.clear()
    assert line.is_missing("en")
    assert line.en.placeholderText() == "No English version yet"
    assert line.value() == Bilingual("", "Budget civil")


def test_a_marked_version_keeps_the_layout_still(line: BilingualLine) -> None:
    """The mark keeps its room while hidden: nothing moves as the operator types."""
    x = line.fr.x()
    line.en.setText("Civil budget")
    assert line.captions["fr"].icon.isVisible()
    assert line.fr.x() == x


def test_names_captions_and_tab_order(qtbot, line: BilingualLine) -> None:
    assert line.en.accessibleName() == "Title, in English"
    assert line.fr.accessibleName() == "Title, in French"
    assert line.captions["en"].label.text() == "English"
    assert line.captions["fr"].label.text() == "Français"
    assert line.captions["fr"].label.buddy() is line.fr
    assert line.focusProxy() is line.en  # a form's label leads to the English
    line.window().activateWindow()
    line.setFocus()
    qtbot.waitUntil(line.en.hasFocus)
    qtbot.keyClick(line.en, Qt.Key.Key_Tab)
    assert line.fr.hasFocus()


def test_texts_are_trimmed_and_set_together(line: BilingualLine) -> None:
    line.set_texts("  Title  ", "Titre ")
    assert line.value() == Bilingual("Title", "Titre")
    line.set_value(Bilingual("A", ""))
    assert (line.en.text(), line.fr.text()) == ("A", "")


def test_one_version_only_hides_the_french_and_marks_nothing(line: BilingualLine) -> None:
    line.en.setText("LUX")
    line.set_single(True)
    assert not line.fr.isVisible() and not line.captions["fr"].isVisible()
    assert not line.captions["fr"].icon.isVisible()
    assert line.fr.placeholderText() == "Un exemple"


def test_several_lines_tab_to_the_french_without_a_tab_character(qtbot) -> None:
    field = BilingualText("Summary", vertical=True, lines=3)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    assert isinstance(field.en, QPlainTextEdit)
    field.activateWindow()
    field.en.setFocus()
    qtbot.waitUntil(field.en.hasFocus)
    field.en.setPlainText("The Council agreed.")
    qtbot.keyClick(field.en, Qt.Key.Key_Tab)
    assert field.fr.hasFocus()
    assert field.value() == Bilingual("The Council agreed.", "")
    assert field.is_missing("fr")
    assert field.captions["fr"].word.isVisible()  # a word, not a colour alone
    assert field.en.y() < field.fr.y()  # one above the other
