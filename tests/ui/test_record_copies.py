"""File › Export Extract for a Delegation… and Export Working Copy (DOCX)…, driven through
the real actions with Qt's static dialogs replaced and the extract's dialog answered in
place; the files are written on the worker."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop.services import Workspace
from desktop.ui import record_copies
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

Calls = list[tuple[Any, ...]]


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    monkeypatch.setenv("TDT_NO_OPEN", "1")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def _show(qtbot, path: Path, settings: AppSettings) -> MainWindow:
    window = MainWindow(Workspace.open(path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, demo_path: Path, settings: AppSettings) -> MainWindow:
    return _show(qtbot, demo_path, settings)


def _save_as(monkeypatch: pytest.MonkeyPatch, answer: str) -> Calls:
    calls: Calls = []

    def fake(*args: Any) -> tuple[str, str]:
        calls.append(args)
        return answer, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return calls


def _finish(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.file_actions.busy(), timeout=10_000)


def test_the_file_menu_offers_both_after_the_minutes(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    at = texts.index("Export &Minutes…")
    assert texts[at + 1 : at + 3] == [
        "Export E&xtract for a Delegation…",
        "Export &Working Copy (DOCX)…",
    ]
    copies = window.file_actions.copies
    assert copies.export_extract_action.isEnabled()
    assert copies.export_working_copy_action.isEnabled()


def test_both_need_a_selected_session(qtbot, db_path: Path, settings: AppSettings) -> None:
    empty = _show(qtbot, db_path, settings)
    for action in empty.file_actions.copies.actions():
        assert not action.isEnabled()
        assert action.toolTip() == "Select a session in the list first."


def test_export_extract_asks_whose_then_writes_it_off_the_gui_thread(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    copies = window.file_actions.copies
    target = tmp_path / "extract.pdf"
    calls = _save_as(monkeypatch, str(target))
    gui = threading.current_thread()
    threads: set[bool] = set()
    real = record_copies.export_extract

    def spy(*args: Any, **kwargs: Any) -> Path:
        threads.add(threading.current_thread() is gui)
        return real(*args, **kwargs)

    monkeypatch.setattr(record_copies, "export_extract", spy)

    copies.export_extract_action.trigger()
    assert window.file_actions.busy()
    assert not copies.export_extract_action.isEnabled()
    assert not window.file_actions.export_minutes_action.isEnabled()
    qtbot.waitUntil(lambda: copies.extract_dialog is not None and copies.extract_dialog.isVisible())
    dialog = copies.extract_dialog
    assert dialog is not None
    boxes = dialog.delegation_box
    offered = [boxes.itemData(i) for i in range(boxes.count())]
    assert "DEU" in offered and "UKR" in offered and "IS" not in offered  # not the staff
    boxes.setCurrentIndex(offered.index("DEU"))
    dialog.language_box.setCurrentIndex(1)  # Français
    dialog.form_box.setCurrentIndex(1)  # the table
    dialog.accept()
    _finish(qtbot, window)

    assert Path(calls[0][2]).name == "C-R(2026)0042 DEU extrait.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(target).pages).replace("\u00a0", " ")
    assert "Positions et déclarations — Allemagne" in text
    assert threads == {False}
    assert window.statusBar().currentMessage() == (
        f"The extract of C-R(2026)0042 for DEU was written to {target}."
    )
    assert copies.export_extract_action.isEnabled()


def test_cancelling_the_extract_dialog_writes_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    copies = window.file_actions.copies
    calls = _save_as(monkeypatch, str(tmp_path / "never.pdf"))
    copies.export_extract_action.trigger()
    qtbot.waitUntil(lambda: copies.extract_dialog is not None and copies.extract_dialog.isVisible())
    assert copies.extract_dialog is not None
    copies.extract_dialog.reject()
    _finish(qtbot, window)
    assert calls == []
    assert not (tmp_path / "never.pdf").exists()
    assert copies.export_extract_action.isEnabled()


def test_export_working_copy_asks_the_language_then_writes_the_docx(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    copies = window.file_actions.copies
    target = tmp_path / "copie"  # no suffix: .docx is added
    calls = _save_as(monkeypatch, str(target))
    asked: Calls = []

    def language(*args: Any) -> tuple[str, bool]:
        asked.append(args)
        return "Français", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(language))
    copies.export_working_copy_action.trigger()
    _finish(qtbot, window)

    assert asked[0][3] == ["English", "Français"]
    assert Path(calls[0][2]).name == "C-R(2026)0042 copie de travail.docx"
    written = target.with_name("copie.docx")
    document = Document(str(written))
    assert any(p.text.startswith("Copie de travail destinée") for p in document.paragraphs)
    assert window.statusBar().currentMessage() == (
        f"A working copy of the minutes of C-R(2026)0042 was written to {written}."
    )


def test_a_working_copy_that_cannot_be_written_says_why(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    copies = window.file_actions.copies
    _save_as(monkeypatch, str(tmp_path / "missing" / "copy.docx"))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a: ("English", True)))
    copies.export_working_copy_action.trigger()
    qtbot.waitUntil(lambda: window.file_actions.message_box is not None)
    box = window.file_actions.message_box
    assert box is not None
    assert "could not be written" in box.text()
    assert not (tmp_path / "missing").exists()
    box.close()
