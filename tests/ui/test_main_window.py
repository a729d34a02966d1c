from __future__ import annotations

from datetime import date
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox

from desktop import __version__
from desktop.services import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.models.sessions import BODY, LEVEL
from desktop.ui.settings import AppSettings


def _add_archive(path: Path) -> None:
    """Two more sessions beside the demo's, in other bodies and years."""
    with Workspace.open(path) as ws:
        ws.sessions.create(
            body_kind="NPG", level="defence_ministers", session_date=date(2019, 2, 13),
            reference="NPG-R(2019)0001", place="NATO Headquarters, Brussels",
        )  # fmt: skip
        ws.sessions.create(
            body_kind="NAC", level="foreign_ministers", session_date=date(2023, 4, 4),
            reference="C-R(2023)0015", place="Brussels", chair="Jens Stoltenberg",
        )  # fmt: skip


def _show(qtbot, path: Path, settings: AppSettings) -> MainWindow:
    window = MainWindow(Workspace.open(path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    qtbot.waitExposed(window)
    return window


def _rows(window: MainWindow, column: int = BODY) -> list[str]:
    model = window.sessions.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def window(qtbot, demo_path: Path, settings: AppSettings) -> MainWindow:
    _add_archive(demo_path)
    return _show(qtbot, demo_path, settings)


def test_the_window_shows_the_demo_session(qtbot, window: MainWindow) -> None:
    assert window.windowTitle() == "demo.sqlite — Tour de Table"
    assert _rows(window) == [
        "North Atlantic Council",
        "North Atlantic Council",
        "Nuclear Planning Group",
    ]
    assert _rows(window, LEVEL)[0] == "Permanent Representatives"
    assert window.sessions.stack.currentWidget() is window.sessions.table
    assert window.count_label.text() == "3 sessions"
    assert window.path_label.text().endswith("demo.sqlite")


def test_filtering_by_body_asks_the_service_again(qtbot, window: MainWindow) -> None:
    combo = window.sessions.filter_bar.body_combo
    with qtbot.waitSignal(window.sessions.loaded):
        combo.setCurrentIndex(combo.findData("NPG"))
    assert _rows(window) == ["Nuclear Planning Group"]
    assert window.count_label.text() == "1 session"


def test_a_body_offers_only_its_own_levels(qtbot, window: MainWindow) -> None:
    bar = window.sessions.filter_bar
    with qtbot.waitSignal(window.sessions.loaded):
        bar.body_combo.setCurrentIndex(bar.body_combo.findData("MC"))
    levels = [bar.level_combo.itemText(i) for i in range(bar.level_combo.count())]
    assert levels == ["All levels", "Military Representatives", "Chiefs of Defence"]


def test_filtering_by_year(qtbot, window: MainWindow) -> None:
    combo = window.sessions.filter_bar.year_combo
    qtbot.waitUntil(lambda: combo.findData(2019) > 0)
    with qtbot.waitSignal(window.sessions.loaded):
        combo.setCurrentIndex(combo.findData(2023))
    assert _rows(window, LEVEL) == ["Foreign Ministers"]


def test_ctrl_f_focuses_the_search_field(qtbot, window: MainWindow) -> None:
    search = window.sessions.filter_bar.search_edit
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not search.hasFocus()
    qtbot.keyClick(window.sessions.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search.hasFocus)


def test_typing_in_search_narrows_the_list(qtbot, window: MainWindow) -> None:
    search = window.sessions.filter_bar.search_edit
    with qtbot.waitSignal(window.sessions.loaded, timeout=3000):
        qtbot.keyClicks(search, "NPG-R")
    assert _rows(window) == ["Nuclear Planning Group"]


def test_no_match_says_so_and_offers_to_clear(qtbot, window: MainWindow) -> None:
    page = window.sessions
    with qtbot.waitSignal(page.loaded, timeout=3000):
        qtbot.keyClicks(page.filter_bar.search_edit, "no such session anywhere")
    assert page.stack.currentIndex() == 1
    assert page.empty_label.text() == "No sessions match these filters."
    assert page.clear_button.isVisibleTo(window)
    with qtbot.waitSignal(page.loaded):
        qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert len(_rows(window)) == 3
    assert page.filter_bar.search_edit.text() == ""


def test_an_empty_database_offers_to_create_a_session_or_open_the_demo(
    qtbot, db_path: Path, settings
) -> None:
    window = _show(qtbot, db_path, settings)
    page = window.sessions
    assert page.stack.currentIndex() == 1
    assert "No sessions in this database yet." in page.empty_label.text()
    assert page.create_button.isVisibleTo(window)
    assert page.demo_button.isVisibleTo(window)
    assert not page.clear_button.isVisibleTo(window)
    assert window.count_label.text() == "0 sessions"

    with qtbot.waitSignal(page.loaded, timeout=15_000):
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "Demo — Tour de Table"
    assert window.sessions.model.rowCount() == 1
    assert db_path in window._settings.recent_databases()  # the demo is not remembered
    assert all("demo" not in p.name for p in window._settings.recent_databases())


def test_about_names_the_version_the_licences_and_what_the_app_is_not(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.about_action.trigger()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "About Tour de Table"
    heading = dialog.heading.text()
    assert f"Tour de Table {__version__}" in heading
    assert "not an accredited system for classified data" in heading
    licences = dialog.licences.toPlainText()
    assert "GNU General Public License, version 3 or (at your option) any later" in licences
    assert "(GPL-3.0-or-later)" in licences
    pyside = version("PySide6-Essentials")
    assert f"Qt for Python (PySide6) {pyside} and Qt {qVersion()}" in licences
    assert "Lesser General Public License, version 3 (LGPL-3.0); see About Qt." in licences
    for line in (
        f"SQLAlchemy {version('SQLAlchemy')} (MIT)",
        f"reportlab {version('reportlab')} (BSD License)",
        f"psycopg {version('psycopg')} (LGPL-3.0-only)",
    ):
        assert line in licences
    assert "The fonts embedded in the PDF minutes (DejaVu" in licences
    assert "LICENSE-DejaVu.txt" in licences
    assert "Bitstream Vera is a trademark of Bitstream, Inc." in licences  # the licence itself

    shown: list[object] = []
    monkeypatch.setattr(QMessageBox, "aboutQt", lambda parent, title="": shown.append(parent))
    assert dialog.about_qt_button.text() == "About &Qt"
    dialog.about_qt_button.click()
    assert shown == [dialog] and dialog.isVisible()  # Qt's box over ours, which stays
    dialog.close()


def test_opening_another_database_remembers_it(
    qtbot, window: MainWindow, settings: AppSettings, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite"
    Workspace.open(other).close()
    with qtbot.waitSignal(window.sessions.loaded):
        assert window.open_database(other)
    assert window.windowTitle() == "other.sqlite — Tour de Table"
    assert window.workspace.path.name == "other.sqlite"
    assert [p.name for p in settings.recent_databases()] == ["other.sqlite", "demo.sqlite"]
    assert settings.last_database() == other.resolve()
    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert labels[:2] == ["&1 other.sqlite", "&2 demo.sqlite"]


def test_a_missing_database_is_a_sentence_not_a_new_file(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    missing = tmp_path / "moved.sqlite"
    assert not window.open_database(missing)
    assert not missing.exists()
    assert window.message_box is not None
    assert "was not found" in window.message_box.text()
    window.message_box.close()


def test_new_database_refuses_an_existing_file(qtbot, window: MainWindow, demo_path: Path) -> None:
    assert not window.new_database(demo_path)
    assert window.message_box is not None
    assert "already exists" in window.message_box.text()
    window.message_box.close()


def test_new_database_creates_an_empty_one(qtbot, window: MainWindow, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.sessions.loaded):
        assert window.new_database(tmp_path / "fresh")
    assert window.workspace.path.name == "fresh.sqlite"
    assert window.sessions.model.rowCount() == 0


def test_geometry_is_remembered(qtbot, window: MainWindow, settings: AppSettings) -> None:
    window.resize(900, 600)
    window.close()
    assert settings.window_geometry() is not None


def test_controls_have_accessible_names(window: MainWindow) -> None:
    bar = window.sessions.filter_bar
    for widget in (bar.body_combo, bar.level_combo, bar.year_combo, bar.search_edit,
                   window.sessions.table):  # fmt: skip
        assert widget.accessibleName()
