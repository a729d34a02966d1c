"""File › Import Session…, Export Session… and Export Minutes…, driven through the real actions
with Qt's static file and input dialogs replaced, and the message boxes answered in place."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton

from desktop.services import ServiceError, Workspace
from desktop.ui import file_actions
from desktop.ui.file_actions import FileActions, safe_file_stem
from desktop.ui.main_window import MainWindow
from desktop.ui.models.sessions import REFERENCE
from desktop.ui.settings import AppSettings

Calls = list[tuple[Any, ...]]


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """Never start a PDF viewer; record what would have been opened."""
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


@pytest.fixture
def empty_window(qtbot, db_path: Path, settings: AppSettings) -> MainWindow:
    return _show(qtbot, db_path, settings)


@pytest.fixture
def session_file(tmp_path: Path, demo_path: Path) -> Path:
    """The demo session exported by the service, as another workstation would have."""
    path = tmp_path / "from-elsewhere.json"
    with Workspace.open(demo_path) as ws:
        ws.files.export_to(ws.sessions.list_sessions()[0].id, path)
    return path


def _dialog(monkeypatch: pytest.MonkeyPatch, name: str, answer: str) -> Calls:
    """Replace ``QFileDialog.<name>`` by one that answers ``answer``; return its calls."""
    calls: Calls = []

    def fake(*args: Any) -> tuple[str, str]:
        calls.append(args)
        return answer, ""

    monkeypatch.setattr(QFileDialog, name, staticmethod(fake))
    return calls


def _language(monkeypatch: pytest.MonkeyPatch, answer: str) -> Calls:
    calls: Calls = []

    def fake(*args: Any) -> tuple[str, bool]:
        calls.append(args)
        return answer, bool(answer)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(fake))
    return calls


def _references(window: MainWindow) -> list[str]:
    model = window.sessions.model
    return [model.index(row, REFERENCE).data() for row in range(model.rowCount())]


def _selected_reference(window: MainWindow) -> str | None:
    page = window.sessions
    session_id = page.selected_session()
    row = page.model.row_of(session_id) if session_id is not None else None
    return page.model.session(row).reference if row is not None else None


def _finish(qtbot, actions: FileActions) -> None:
    qtbot.waitUntil(lambda: not actions.busy(), timeout=10_000)


def _shown_box(qtbot, actions: FileActions) -> QMessageBox:
    qtbot.waitUntil(lambda: actions.message_box is not None and actions.message_box.isVisible())
    assert actions.message_box is not None
    return actions.message_box


def _click(box: QMessageBox, text: str) -> None:
    next(button for button in box.buttons() if button.text() == text).click()


# ---------------------------------------------------------------------- the actions
def test_exports_need_a_selected_session_and_say_so(empty_window: MainWindow) -> None:
    actions = empty_window.file_actions
    for action in (actions.export_session_action, actions.export_minutes_action):
        assert not action.isEnabled()
        assert action.toolTip() == "Select a session in the list first."
    assert actions.import_session_action.isEnabled()
    shortcuts = [a.shortcut().toString() for a in actions.actions()]
    assert shortcuts == ["Ctrl+I", "Ctrl+Shift+E", "Ctrl+E", "", ""]  # + extract, working copy


def test_the_file_menu_offers_the_three_actions(qtbot, window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert [t for t in texts if "Session" in t or "Minutes" in t] == [
        "&Import Session…",
        "&Export Session…",
        "Export &Minutes…",
    ]
    assert window.file_actions.export_session_action.isEnabled()
    assert window.file_actions.export_minutes_action.isEnabled()
    qtbot.wait(600)  # longer than the progress dialog's delay: it stays hidden until used
    assert not window.file_actions.progress_dialog.isVisible()


def test_file_names_are_safe_everywhere() -> None:
    assert safe_file_stem("C-R(2026)0042", "x") == "C-R(2026)0042"
    assert safe_file_stem('a/b\\c:d*e?"f<g>h|i', "x") == "a-b-c-d-e-f-g-h-i"
    assert safe_file_stem(" ..hidden. ", "x") == "hidden"
    assert safe_file_stem("C-R(2026)0042 (replaced 2026-01-01T10:00:00Z)", "x") == (
        "C-R(2026)0042 (replaced 2026-01-01T10-00-00Z)"
    )
    assert safe_file_stem("/\n", "session") == "-"
    assert safe_file_stem("", "session") == "session"


# ---------------------------------------------------------------------- export session
def test_export_session_writes_the_selected_session(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "exported"  # no suffix: .json is added
    target.parent.mkdir()
    calls = _dialog(monkeypatch, "getSaveFileName", str(target))
    reference = _selected_reference(window)
    assert reference and reference.startswith("C-R(")

    window.file_actions.export_session_action.trigger()
    _finish(qtbot, window.file_actions)

    suggested = Path(calls[0][2])
    assert suggested.name == f"{reference}.json"
    assert suggested.parent.name == "Documents"
    written = target.with_name("exported.json")
    document = json.loads(written.read_text(encoding="utf-8"))
    assert document["session"]["reference"] == reference
    assert window.statusBar().currentMessage() == (f"Session {reference} exported to {written}.")
    assert window.file_actions.message_box is None


def test_export_session_to_a_missing_folder_is_a_sentence(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    _dialog(monkeypatch, "getSaveFileName", str(tmp_path / "missing" / "s.json"))
    window.file_actions.export_session_action.trigger()
    box = _shown_box(qtbot, window.file_actions)
    assert box.text().startswith(str(tmp_path / "missing" / "s.json"))
    assert box.text().endswith("check that the folder exists and that you may write to it.")
    assert not (tmp_path / "missing").exists()
    assert window.file_actions.export_session_action.isEnabled()  # not busy any more
    box.close()


def test_cancelling_the_file_dialog_does_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    _dialog(monkeypatch, "getSaveFileName", "")
    window.file_actions.export_session_action.trigger()
    assert not window.file_actions.busy()
    assert window.file_actions.message_box is None


# ---------------------------------------------------------------------- import session
def test_import_into_an_empty_database_shows_and_selects_the_session(
    qtbot, monkeypatch: pytest.MonkeyPatch, empty_window: MainWindow, session_file: Path
) -> None:
    reference = json.loads(session_file.read_text(encoding="utf-8"))["session"]["reference"]
    calls = _dialog(monkeypatch, "getOpenFileName", str(session_file))

    empty_window.file_actions.import_session_action.trigger()
    qtbot.waitUntil(lambda: _selected_reference(empty_window) == reference)

    assert "*.json" in calls[0][3]
    assert _references(empty_window) == [reference]
    assert empty_window.sessions.stack.currentWidget() is empty_window.sessions.table
    assert empty_window.file_actions.export_minutes_action.isEnabled()
    assert empty_window.statusBar().currentMessage() == (
        f"Session {reference} was imported from from-elsewhere.json."
    )


def test_import_names_the_declarations_the_record_contradicts(
    qtbot, monkeypatch: pytest.MonkeyPatch, empty_window: MainWindow, session_file: Path
) -> None:
    """Item 1 of the file is declared agreed while Türkiye objects (its own warnings say
    nothing): it is imported as declared, and the import's message says so."""
    document = json.loads(session_file.read_text(encoding="utf-8"))
    item = document["agenda"][0]
    tur = [p for p in item["positions"] if p["delegation"] == "TUR"]
    objection = dict(tur[-1] if tur else item["positions"][-1], delegation="TUR")
    objection.update(
        seq=len(item["positions"]) + 1, position="objection", text="", paragraphs=[],
        corrects=None, correction=False,
    )  # fmt: skip
    objection["recorded_at"] = item["outcomes"][0]["recorded_at"]
    item["positions"].append(objection)
    item["outcomes"][0]["warnings"] = []
    session_file.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", "utf-8")
    _dialog(monkeypatch, "getOpenFileName", str(session_file))

    empty_window.file_actions.import_session_action.trigger()
    qtbot.waitUntil(lambda: empty_window.file_actions.message_box is not None)
    box = empty_window.file_actions.message_box
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert "was imported from from-elsewhere.json" in box.text()
    assert "An objection stands (TUR)." in box.informativeText()
    assert "Item 1, " in box.informativeText()
    box.close()


def test_import_clears_filters_that_would_hide_the_session(
    qtbot, monkeypatch: pytest.MonkeyPatch, empty_window: MainWindow, session_file: Path
) -> None:
    bar = empty_window.sessions.filter_bar
    with qtbot.waitSignal(empty_window.sessions.loaded, timeout=3000):
        qtbot.keyClicks(bar.search_edit, "nothing like it")
    _dialog(monkeypatch, "getOpenFileName", str(session_file))
    empty_window.file_actions.import_session_action.trigger()
    qtbot.waitUntil(lambda: _selected_reference(empty_window) is not None)
    assert bar.search_edit.text() == ""
    assert len(_references(empty_window)) == 1


def test_importing_the_same_file_again_asks_and_can_import_as_new(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, session_file: Path
) -> None:
    reference = _selected_reference(window)
    _dialog(monkeypatch, "getOpenFileName", str(session_file))
    actions = window.file_actions

    actions.import_session_action.trigger()
    box = _shown_box(qtbot, actions)
    assert box.icon() == QMessageBox.Icon.Question
    assert box.text() == (
        f"A session with the reference {reference} is already on the list: replace it with "
        "the session in from-elsewhere.json, or import that session as a new one without a "
        "reference?"
    )
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Import as New", "Replace"]
    assert box.defaultButton().text() == "Import as New"
    _click(box, "Import as New")

    qtbot.waitUntil(lambda: len(_references(window)) == 2)
    _finish(qtbot, actions)
    assert sorted(_references(window)) == sorted([reference, "—"])
    qtbot.waitUntil(lambda: _selected_reference(window) == "")
    assert window.statusBar().currentMessage() == (
        "The session in from-elsewhere.json was imported as a new session without a reference."
    )


def test_replace_takes_the_old_session_off_the_list(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, session_file: Path
) -> None:
    before = window.sessions.selected_session()
    reference = _selected_reference(window)
    _dialog(monkeypatch, "getOpenFileName", str(session_file))

    window.file_actions.import_session_action.trigger()
    _click(_shown_box(qtbot, window.file_actions), "Replace")

    qtbot.waitUntil(lambda: window.sessions.selected_session() not in (None, before))
    assert _references(window) == [reference]
    with Workspace.open(window.workspace.path) as ws:
        now = ws.files.session_by_reference(reference or "")
    assert now is not None and now.id != before


def test_cancel_imports_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, session_file: Path
) -> None:
    _dialog(monkeypatch, "getOpenFileName", str(session_file))
    window.file_actions.import_session_action.trigger()
    _click(_shown_box(qtbot, window.file_actions), "Cancel")
    _finish(qtbot, window.file_actions)
    assert window.statusBar().currentMessage() == "Import cancelled."
    assert len(_references(window)) == 1


def test_a_removed_session_holding_the_reference_is_asked_about_too(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, session_file: Path
) -> None:
    session_id = window.sessions.selected_session()
    assert session_id is not None
    with Workspace.open(window.workspace.path) as ws:
        ws.sessions.remove(session_id)
    _dialog(monkeypatch, "getOpenFileName", str(session_file))

    window.file_actions.import_session_action.trigger()
    box = _shown_box(qtbot, window.file_actions)
    assert box.text().startswith("A removed session still holds the reference C-R(")
    _click(box, "Import as New")
    _finish(qtbot, window.file_actions)
    qtbot.waitUntil(lambda: _references(window) == ["—"])


def test_a_file_that_is_not_json_is_one_sentence(
    qtbot, monkeypatch: pytest.MonkeyPatch, empty_window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("these are my notes, not a session", encoding="utf-8")
    _dialog(monkeypatch, "getOpenFileName", str(bad))
    empty_window.file_actions.import_session_action.trigger()
    box = _shown_box(qtbot, empty_window.file_actions)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().endswith(".")
    assert "\n" not in box.text()
    assert box.detailedText() == ""
    assert empty_window.sessions.model.rowCount() == 0
    box.close()


def test_a_file_with_many_problems_lists_them_in_the_details(
    qtbot, monkeypatch: pytest.MonkeyPatch, empty_window: MainWindow, session_file: Path
) -> None:
    document = json.loads(session_file.read_text(encoding="utf-8"))
    document["session"]["body"] = "UN"
    document["session"]["level"] = "everybody"
    document["session"]["date"] = "yesterday"
    session_file.write_text(json.dumps(document), encoding="utf-8")
    _dialog(monkeypatch, "getOpenFileName", str(session_file))

    empty_window.file_actions.import_session_action.trigger()
    box = _shown_box(qtbot, empty_window.file_actions)
    assert box.text().startswith("from-elsewhere.json is not a valid session file (")
    assert box.text().endswith("problems).")
    details = box.detailedText().splitlines()
    assert len(details) >= 2
    assert any(line.startswith("session.date") for line in details)
    assert empty_window.sessions.model.rowCount() == 0
    box.close()


# ---------------------------------------------------------------------- export minutes
def test_export_minutes_writes_the_pdf_off_the_gui_thread(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    tmp_path: Path,
    no_viewer: list[QUrl],
) -> None:
    actions = window.file_actions
    target = tmp_path / "minutes.pdf"
    asked = _language(monkeypatch, "English")
    calls = _dialog(monkeypatch, "getSaveFileName", str(target))
    reference = _selected_reference(window)
    gui = threading.current_thread()
    threads: dict[str, set[bool]] = {"call": set(), "progress": set(), "bar": set()}
    real = file_actions.export_minutes_noted

    def spy(*args: Any, progress: Callable[[int, int], None], **kwargs: Any) -> Any:
        threads["call"].add(threading.current_thread() is gui)

        def relay(done: int, total: int) -> None:
            threads["progress"].add(threading.current_thread() is gui)
            progress(done, total)

        return real(*args, progress=relay, **kwargs)

    monkeypatch.setattr(file_actions, "export_minutes_noted", spy)
    values: list[int] = []

    def seen(value: int) -> None:
        threads["bar"].add(threading.current_thread() is gui)
        values.append(value)

    actions.progress_dialog.bar.valueChanged.connect(seen)

    actions.export_minutes_action.trigger()
    assert actions.busy()
    assert not actions.export_minutes_action.isEnabled()
    _finish(qtbot, actions)

    assert asked[0][3] == ["English", "Français"]
    assert Path(calls[0][2]).name == f"{reference} minutes.pdf"
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert reference and reference in text
    assert max(values) == actions.progress_dialog.maximum() == 100
    assert not actions.progress_dialog.isVisible()
    assert threads == {"call": {False}, "progress": {False}, "bar": {True}}
    assert window.statusBar().currentMessage() == (
        f"The minutes of {reference} were written to {target}."
    )
    assert no_viewer == []  # TDT_NO_OPEN=1
    assert not list(tmp_path.glob(".minutes.pdf.*"))


def test_exported_minutes_are_opened_and_named_in_french(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    tmp_path: Path,
    no_viewer: list[QUrl],
) -> None:
    monkeypatch.delenv("TDT_NO_OPEN")
    _language(monkeypatch, "Français")
    calls = _dialog(monkeypatch, "getSaveFileName", str(tmp_path / "pv"))
    window.file_actions.export_minutes_action.trigger()
    _finish(qtbot, window.file_actions)
    assert Path(calls[0][2]).name == f"{_selected_reference(window)} procès-verbal.pdf"
    assert no_viewer == [QUrl.fromLocalFile(str(tmp_path / "pv.pdf"))]
    assert "Page 1 sur " in PdfReader(tmp_path / "pv.pdf").pages[0].extract_text()


def test_choosing_no_language_exports_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    _language(monkeypatch, "")
    calls = _dialog(monkeypatch, "getSaveFileName", "never asked")
    window.file_actions.export_minutes_action.trigger()
    assert calls == []
    assert not window.file_actions.busy()


def test_minutes_to_a_missing_folder_leave_nothing_and_say_why(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    _language(monkeypatch, "English")
    _dialog(monkeypatch, "getSaveFileName", str(tmp_path / "gone" / "m.pdf"))
    window.file_actions.export_minutes_action.trigger()
    box = _shown_box(qtbot, window.file_actions)
    assert box.text().startswith("The minutes could not be written to")
    assert not (tmp_path / "gone").exists()
    assert not window.file_actions.progress_dialog.isVisible()
    box.close()


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # never leave the worker waiting: the window waits for it on close


def test_a_long_export_keeps_the_window_alive_behind_a_progress_dialog(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    window: MainWindow,
    tmp_path: Path,
    gate: threading.Event,
) -> None:
    actions = window.file_actions

    def slow(*_args: Any, progress: Callable[[int, int], None], **_kwargs: Any) -> Path:
        progress(10, 100)
        gate.wait(10)
        progress(100, 100)
        raise ServiceError("The disk is full; free some space and try again.")

    monkeypatch.setattr(file_actions, "export_minutes_noted", slow)
    _language(monkeypatch, "English")
    _dialog(monkeypatch, "getSaveFileName", str(tmp_path / "m.pdf"))

    actions.export_minutes_action.trigger()
    dialog = actions.progress_dialog
    qtbot.waitUntil(dialog.isVisible)  # shown by the dialog's own timer: the loop runs
    assert dialog.value() == 10
    assert not [b for b in dialog.findChildren(QPushButton) if b.isVisible()]  # no Cancel
    dialog.reject()  # Escape does not hide it
    assert dialog.isVisible()
    assert not actions.import_session_action.isEnabled()
    assert actions.import_session_action.toolTip() == (
        "Wait until the current export or import has finished."
    )

    gate.set()
    box = _shown_box(qtbot, actions)
    assert box.text() == "The disk is full; free some space and try again."
    assert not dialog.isVisible()
    assert actions.import_session_action.isEnabled()
    box.close()


def test_no_progress_dialog_appears_until_an_export_runs(qtbot, window: MainWindow) -> None:
    qtbot.wait(4300)  # QProgressDialog arms a 4-second show timer when it is made
    assert not window.file_actions.progress_dialog.isVisible()


def _lacking_french(window: MainWindow) -> int:
    session_id = window.sessions.selected_session()
    assert session_id is not None
    return window.workspace.translations.count(session_id)["fr"]


def _untranslate(window: MainWindow) -> None:
    """Take the French off the demo's place and its first two titles."""
    ws = window.workspace
    session_id = window.sessions.selected_session()
    assert session_id is not None
    ws.sessions.update(session_id, place_fr="")
    for item in ws.sessions.get(session_id).items[:2]:
        ws.agenda.update_item(item.id, title_fr="")


def test_minutes_lacking_french_say_how_many_and_cancel_writes_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    _untranslate(window)
    lacking = _lacking_french(window)
    assert lacking == 3
    _language(monkeypatch, "Français")
    folder = tmp_path / "out"
    folder.mkdir()
    calls = _dialog(monkeypatch, "getSaveFileName", str(folder / "pv.pdf"))
    actions = window.file_actions
    actions.export_minutes_action.trigger()
    qtbot.waitUntil(lambda: actions.minutes_question is not None)
    box = actions.minutes_question
    assert box is not None and box.isVisible()
    assert box.text() == (
        f"{lacking} texts of this session have no French version; they will be printed in "
        "English, marked as not translated."
    )
    assert box.informativeText() == "Export the minutes anyway?"
    assert actions.busy()  # nothing else starts while it asks
    _click(box, "Cancel")
    _finish(qtbot, actions)
    assert calls == []  # not even asked where
    assert list(folder.iterdir()) == []
    assert window.statusBar().currentMessage() == "Export cancelled: nothing was written."


def test_english_minutes_of_an_english_record_are_not_asked_about(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    session_id = window.sessions.selected_session()
    assert window.workspace.translations.count(session_id)["en"] == 0
    _language(monkeypatch, "English")
    calls = _dialog(monkeypatch, "getSaveFileName", str(tmp_path / "m.pdf"))
    window.file_actions.export_minutes_action.trigger()
    _finish(qtbot, window.file_actions)
    assert window.file_actions.minutes_question is None
    assert len(calls) == 1 and (tmp_path / "m.pdf").exists()


def test_show_them_opens_the_session_and_its_texts_lacking_french(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    session_id = window.sessions.selected_session()
    _untranslate(window)
    _language(monkeypatch, "Français")
    calls = _dialog(monkeypatch, "getSaveFileName", str(tmp_path / "pv.pdf"))
    actions = window.file_actions
    actions.export_minutes_action.trigger()
    qtbot.waitUntil(lambda: actions.minutes_question is not None)
    assert actions.minutes_question is not None
    _click(actions.minutes_question, "&Show Them")
    _finish(qtbot, actions)
    assert calls == [] and not (tmp_path / "pv.pdf").exists()
    assert window.pages.currentWidget() is window.session_page
    assert window.controller.session_id == session_id
    dialog = window.session_menus.translations_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.filter_combo.currentData() == "fr"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == _lacking_french(window))


def test_characters_no_font_has_are_named_after_the_export(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    """A private-use character in a summary: the PDF shows its code, and the window says
    which and where, rather than leaving an empty box for a delegate to find."""
    reference = _selected_reference(window)
    workspace = window.file_actions._workspace()
    assert workspace is not None
    session = next(s for s in workspace.sessions.list_sessions() if s.reference == reference)
    first = workspace.sessions.get(session.id).items[0]
    workspace.agenda.update_item(first.id, summary="The logo \ue000 was shown.")
    target = tmp_path / "minutes.pdf"
    _language(monkeypatch, "English")
    _dialog(monkeypatch, "getSaveFileName", str(target))

    window.file_actions.export_minutes_action.trigger()
    _finish(qtbot, window.file_actions)

    box = _shown_box(qtbot, window.file_actions)
    assert "could not be printed" in box.text()
    assert "U+E000" in box.detailedText() and "Item 1" in box.detailedText()
    assert target.exists()
