"""The interface in French shows no English, and in the pseudo-language every string of the
menus is seen to go through translation (and the window still fits a laptop's screen)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from desktop import i18n as messages
from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.ui import i18n
from desktop.ui.labels import set_ui_language
from desktop.ui.main_window import MainWindow

TS_FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def language(qapp) -> Iterator[object]:
    """Install a language for one test, then put English and the default locale back."""
    saved = QLocale()

    def use(choice: str) -> str:
        return i18n.install(choice)

    yield use
    i18n.uninstall()
    QLocale.setDefault(saved)
    set_ui_language(None)
    messages.set_language("en")


def _english_sources() -> set[str]:
    """Every English source whose French differs, without accelerators."""
    found: set[str] = set()
    for ts in TS_FOLDER.glob("*_fr.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            source = (message.findtext("source") or "").replace("&", "")
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            if source.strip() and text.replace("&", "") != source:
                found.add(source)
    return found


def _headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    found = (model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount()))
    return [h for h in found if isinstance(h, str)]


_READERS: list[tuple[type, str, object]] = [
    (QLabel, "label", lambda w: [w.text()]),
    (QAbstractButton, "button", lambda w: [w.text()]),
    (QLineEdit, "placeholder", lambda w: [w.placeholderText()]),
    (QGroupBox, "group", lambda w: [w.title()]),
    (QTabBar, "tab", lambda w: [w.tabText(i) for i in range(w.count())]),
    (QComboBox, "combo item", lambda w: [w.itemText(i) for i in range(w.count())]),
    (QAbstractItemView, "header", _headers),
]


def _texts_of(widget: QWidget) -> list[tuple[str, str]]:
    for kind, where, read in _READERS:
        if isinstance(widget, kind):
            return [(f"{type(widget).__name__} {where}", text) for text in read(widget)]  # type: ignore[operator]
    return []


def _visible_texts(window: QWidget) -> dict[str, str]:
    """What the window shows: widget texts, tabs, headers, combo items, menus."""
    texts: dict[str, str] = {}

    def add(where: str, text: str) -> None:
        text = text.replace("&", "").strip()
        if text:
            texts[text] = where

    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window):
            for where, text in _texts_of(widget):
                add(where, text)

    def menu(m: QMenu, path: str) -> None:
        for action in m.actions():
            add(f"menu {path}", action.text())
            if action.menu() is not None:
                menu(action.menu(), f"{path} > {action.text()}")

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            add("menu bar", action.text())
            if action.menu() is not None:
                menu(action.menu(), action.text())
    return texts


def _english_in(texts: dict[str, str], english: set[str]) -> list[str]:
    found = []
    for text, where in texts.items():
        if text in english or any(len(e) >= 14 and e in text for e in english):
            found.append(f"{where}: {text!r}")
    return sorted(found)


def test_the_french_interface_shows_no_english(qtbot, language, demo_path: Path, settings) -> None:
    assert language("fr") == "fr"
    english = _english_sources()
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    found = _english_in(_visible_texts(window), english)
    (session,) = window.workspace.sessions.list_sessions()
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session.id)
    for tab in range(5):
        window.session_page.show_tab(tab)
        qtbot.wait(50)
        found += _english_in(_visible_texts(window), english)
    found += [f"dialog {text}" for text in _dialog_texts(qtbot, window, english)]
    window.tasks.wait()
    assert not sorted(set(found)), "English left in the French window:\n" + "\n".join(
        sorted(set(found))
    )


def _dialog_texts(qtbot, window: MainWindow, english: set[str]) -> list[str]:
    """The windows the main window opens: a new session, the audit trail, the backups, the
    archive, connecting to a server."""
    found: list[str] = []
    openers = [
        (window.new_session, lambda: window.new_session_dialog),
        (window.session_menus.show_audit, lambda: window.session_menus.audit_dialog),
        (window.show_restore, lambda: window.restore_dialog),
        (window.show_archive, lambda: window.archive),
        (window.databases.show_connect, lambda: window.databases.connect_dialog),
    ]
    for open_it, dialog_of in openers:
        open_it()
        dialog = dialog_of()
        assert dialog is not None
        qtbot.waitUntil(lambda d=dialog: not window.tasks.busy() and d.isVisible())
        qtbot.wait(100)
        found += _english_in(_visible_texts(dialog), english)
        dialog.close()
    return found


def test_the_pseudo_language_reaches_every_menu_and_the_window_still_fits(
    qtbot, language, demo_path: Path, settings
) -> None:
    assert language("pseudo") == "pseudo"
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    # Shown as they are: each language named in itself, and the positions, which are the
    # domain's bilingual labels (with their key), not interface strings.
    as_they_are = {"English", "Français"} | {
        f"{p.label.en[:1].upper()}{p.label.en[1:]}" for p in Position
    }
    untranslated = [
        text
        for text, where in _visible_texts(window).items()
        if where.startswith("menu")
        and not text.startswith("[")
        and text.split("\t")[0] not in as_they_are
    ]
    assert not untranslated, untranslated
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    window.tasks.wait()
