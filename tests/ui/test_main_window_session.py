"""A session from nothing, through the real widgets: create it, build its agenda, log
positions of every kind by keyboard, undo and redo, reorder the agenda, declare an outcome
against the record and see the warning. Each step is checked through the services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt

from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.services import Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.session.page import AGENDA, POSITIONS
from desktop.ui.settings import AppSettings


def _idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy())


def test_a_session_from_first_start_to_a_declared_outcome(
    qtbot, db_path: Path, settings: AppSettings
) -> None:
    window = MainWindow(Workspace.open(db_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    ws = window.workspace

    # Create a session from the first-start page.
    qtbot.mouseClick(window.sessions.create_button, Qt.MouseButton.LeftButton)
    dialog = window.new_session_dialog
    dialog.date_edit.setDate(QDate(2026, 11, 18))
    qtbot.keyClicks(dialog.reference_edit, "C-R(2026)0042")
    qtbot.keyClicks(dialog.place_edit, "NATO Headquarters, Brussels")
    with qtbot.waitSignal(window.session_page.positions.loaded):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    page = window.session_page
    assert window.pages.currentWidget() is page
    assert page.tabs.currentIndex() == AGENDA  # a new session starts with its agenda
    (summary,) = ws.sessions.list_sessions()
    assert summary.reference == "C-R(2026)0042"
    session_id = summary.id

    # Build the agenda: three items, then move the third up by keyboard.
    for title in ("Readiness Action Plan", "Partnership with Ukraine", "Any other business"):
        page.agenda.add_item()
        page.agenda.item_dialog.title_edit.setText(title)
        page.agenda.item_dialog.accept()
        _idle(qtbot, window)
    assert [i.title for i in ws.sessions.get(session_id).items][2] == "Any other business"
    table = page.agenda.table
    qtbot.waitUntil(lambda: page.agenda.model.rowCount() == 3)
    table.setCurrentIndex(page.agenda.model.index(2, 1))
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    _idle(qtbot, window)
    titles = [i.title for i in ws.sessions.get(session_id).items]
    assert titles == ["Readiness Action Plan", "Any other business", "Partnership with Ukraine"]

    # Go to the positions (Ctrl+1) and log every kind of position by keyboard.
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == POSITIONS
    qtbot.waitUntil(lambda: page.positions.model.columnCount() == 3)
    grid = page.positions.grid
    model = page.positions.model
    item = ws.sessions.get(session_id).items[0].id
    grid.go_to(item, model.delegation(0).code)
    grid.setFocus()
    for key in "ADSIYRFO":
        qtbot.keyClick(grid, key)
    _idle(qtbot, window)
    codes = [model.delegation(row).code for row in range(8)]
    stored = [ws.positions.current(item, code).position for code in codes]
    assert stored == [Position.for_key(k) for k in "ADSIYRFO"]
    column = model.column_of(item)
    header = lambda: model.headerData(column, Qt.Orientation.Horizontal).splitlines()[1]  # noqa: E731
    qtbot.waitUntil(lambda: header() == f"Blocked by {codes[7]}")

    # Undo the objection: the header goes back to pending; redo: blocked again.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: header().startswith("Pending"))
    assert ws.positions.current(item, codes[7]).position is Position.NOT_STATED
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, redo)
    qtbot.waitUntil(lambda: header() == f"Blocked by {codes[7]}")
    assert ws.positions.current(item, codes[7]).position is Position.OBJECTION

    # The chair declares "agreed" although an objection stands: asked first (the objection
    # named), then declared all the same: a warning, not a refusal. The text is required.
    grid.go_to(item)
    panel = page.positions.item_panel
    box = panel.outcome_box
    qtbot.waitUntil(lambda: box.item_id == item)
    box.outcome_combo.setCurrentIndex(box.outcome_combo.findData(Outcome.AGREED.value))
    qtbot.waitUntil(lambda: box.choice_warnings.isVisibleTo(panel))
    assert any(codes[7] in line for line in box.choice_warnings.lines)
    box.decision_edit.setPlainText("The Council approved the plan.")
    qtbot.mouseClick(box.declare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.confirm_box is not None and box.confirm_box.isVisible())
    assert codes[7] in box.confirm_box.informativeText()
    anyway = next(b for b in box.confirm_box.buttons() if "All the Same" in b.text())
    qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.outcomes.state(item).outcome is not None)
    declared = ws.outcomes.state(item).outcome
    assert declared.outcome is Outcome.AGREED
    assert declared.warnings, "the declaration carries what the record says against it"
    qtbot.waitUntil(lambda: panel.standing_warnings.isVisibleTo(panel))
    window.tasks.wait()


def test_removing_an_item_asks_first_and_undo_brings_it_back(
    qtbot, demo_path: Path, settings: AppSettings
) -> None:
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    session_id = window.sessions.model.session(0).id
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session_id)
    page = window.session_page
    page.show_tab(AGENDA)
    ws = window.workspace
    before = [i.title for i in ws.sessions.get(session_id).items]
    qtbot.waitUntil(lambda: page.agenda.model.rowCount() == len(before))
    page.agenda.table.setCurrentIndex(page.agenda.model.index(1, 1))
    page.agenda.remove_item()
    confirm = page.agenda.confirm_box
    assert before[1] in confirm.text()
    (remove,) = [b for b in confirm.buttons() if b.text() == "Remove Item"]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(ws.sessions.get(session_id).items) == len(before) - 1)
    qtbot.waitUntil(lambda: page.positions.model.columnCount() == len(before) - 1)
    window.session_menus.undo_action.trigger()
    qtbot.waitUntil(lambda: [i.title for i in ws.sessions.get(session_id).items] == before)
    qtbot.waitUntil(lambda: page.positions.model.columnCount() == len(before))
    window.tasks.wait()


def test_the_app_reopens_the_session_it_was_left_on(
    qtbot, demo_path: Path, settings: AppSettings
) -> None:
    first = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.sessions.loaded):
        first.show()
    session_id = first.sessions.model.session(0).id
    with qtbot.waitSignal(first.session_page.positions.loaded):
        first.open_session(session_id)
    first.close()

    again = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.session_page.positions.loaded, timeout=10_000):
        again.show()
    assert again.pages.currentWidget() is again.session_page
    assert again.controller.session_id == session_id
    qtbot.waitUntil(lambda: again.state_label.text().startswith("Meeting closed"))

    again.show_sessions()  # back on the list: the next start opens on the list
    again.close()
    assert settings.last_session(demo_path) is None


def test_a_search_result_opens_its_session_at_the_item(
    qtbot, demo_path: Path, settings: AppSettings
) -> None:
    window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    window.archive_action.trigger()
    archive = window.archive
    assert archive is not None and archive.isVisible()
    page = archive.search_page
    with qtbot.waitSignal(page.searched, timeout=5000) as answered:
        page.search_edit.setText("expenditure ceiling")
    assert answered.args[0] > 0
    hit = page.model.rows()[0]
    with qtbot.waitSignal(window.session_page.positions.loaded, timeout=5000):
        page.openRequested.emit(hit.session_id, hit.item_id)
    assert window.pages.currentWidget() is window.session_page
    qtbot.waitUntil(lambda: window.session_page.positions.grid.current_item_id() == hit.item_id)
    archive.close()
    window.tasks.wait()
