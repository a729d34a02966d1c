"""The operator keeps up with the room: positions logged by keyboard in the real window, each
checked by reading it back through the services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.consensus import ConsensusState
from desktop.domain.positions import Position
from desktop.services import ChangeSet, Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.session import controller as controller_module
from desktop.ui.settings import AppSettings


@pytest.fixture
def session_db(tmp_path: Path) -> tuple[Path, int, list[int]]:
    path = tmp_path / "council.sqlite"
    with Workspace.open(path) as ws:
        session = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2),
            reference="C-R(2024)0020",
        ).value  # fmt: skip
        items = [
            ws.agenda.add_item(session.id, "Readiness Action Plan").value.id,
            ws.agenda.add_item(session.id, "Partnership with Ukraine").value.id,
        ]
    return path, session.id, items


@pytest.fixture
def window(qtbot, session_db, settings: AppSettings) -> Iterator[MainWindow]:
    path, session_id, _items = session_db
    window = MainWindow(Workspace.open(path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session_id)
    window.session_page.positions.grid.setFocus()
    yield window
    window.tasks.wait()


def test_opening_a_session_reads_the_grid_before_any_other_panel(
    qtbot, monkeypatch: pytest.MonkeyPatch, session_db, settings: AppSettings
) -> None:
    monkeypatch.setattr(controller_module, "OPENING_WAIT_S", 30.0)  # no gate opens by itself
    path, session_id, _items = session_db
    workspace = Workspace.open(path)
    window = MainWindow(workspace, settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    read: list[str] = []
    for service, name in ((workspace.positions, "grid"), (workspace.sessions, "get")):
        method = getattr(service, name)
        monkeypatch.setattr(
            service, name, lambda *a, _m=method, _n=name: (read.append(_n), _m(*a))[1]
        )
    page = window.session_page
    with qtbot.waitSignal(page.positions.loaded):
        window.open_session(session_id)
    assert read == ["grid"]  # the form, the agenda, the header… wait for the grid
    qtbot.waitUntil(lambda: "get" in read and not window.tasks.busy())  # then they read
    assert page.title.text() and page.detail is not None and page.detail.id == session_id
    window.tasks.wait()


def _grid(window: MainWindow):
    return window.session_page.positions.grid


def _settled(qtbot, window: MainWindow) -> None:
    """Wait until every service call asked for has landed and the grid has repainted."""
    qtbot.waitUntil(lambda: not window.tasks.busy())


def _current(window: MainWindow, item: int, code: str):
    return window.workspace.positions.current(item, code)


def test_every_position_is_one_key_and_the_cursor_moves_down(
    qtbot, window: MainWindow, session_db
) -> None:
    _path, _sid, (item, _other) = session_db
    grid = _grid(window)
    model = window.session_page.positions.model
    assert grid.go_to(item, model.delegation(0).code)
    typed = "ADSIYRFO"
    for key in typed:
        qtbot.keyClick(grid, key)
    _settled(qtbot, window)
    expected = [Position.for_key(k) for k in typed]
    codes = [model.delegation(row).code for row in range(len(typed))]
    assert [_current(window, item, code).position for code in codes] == expected
    assert grid.currentIndex().row() == len(typed)  # the cursor went down after each key
    assert [model.index_of(item, c).data() for c in codes] == list(typed)
    # Backspace takes the last one back to "not stated": a correction, nothing lost.
    assert grid.go_to(item, codes[-1])
    qtbot.keyClick(grid, Qt.Key.Key_Backspace)
    _settled(qtbot, window)
    assert _current(window, item, codes[-1]).position is Position.NOT_STATED
    history = window.workspace.positions.history(item, codes[-1])
    assert [e.position for e in history] == [Position.OBJECTION, Position.NOT_STATED]


def test_the_header_goes_to_blocked_and_back_with_undo_and_redo(
    qtbot, window: MainWindow, session_db
) -> None:
    _path, _sid, (item, _other) = session_db
    grid = _grid(window)
    model = window.session_page.positions.model
    column = model.column_of(item)
    header = lambda: model.headerData(column, Qt.Orientation.Horizontal).splitlines()[1]  # noqa: E731
    assert header() == f"Pending {model.rowCount() - _invitees(model)}"
    grid.go_to(item, "HUN")
    qtbot.keyClick(grid, "o")
    qtbot.waitUntil(lambda: header() == "Blocked by HUN")
    assert window.workspace.positions.consensus(item).state is ConsensusState.BLOCKED

    window.session_menus.undo_action.trigger()
    qtbot.waitUntil(lambda: header().startswith("Pending"))
    assert _current(window, item, "HUN").position is Position.NOT_STATED
    window.session_menus.redo_action.trigger()
    qtbot.waitUntil(lambda: header() == "Blocked by HUN")
    assert _current(window, item, "HUN").position is Position.OBJECTION
    kinds = [e.corrects_id is not None for e in window.workspace.positions.history(item, "HUN")]
    assert kinds == [False, True, True]  # logged, then undone and redone as corrections


def _invitees(model) -> int:
    return sum(1 for d in model.delegations() if not d.has_decision_rights)


def test_enter_writes_the_statement_inline(qtbot, window: MainWindow, session_db) -> None:
    _path, _sid, (item, _other) = session_db
    grid = _grid(window)
    grid.go_to(item, "FRA")
    qtbot.keyClick(grid, "s")
    _settled(qtbot, window)
    grid.go_to(item, "FRA")
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    editor = grid.focusWidget()
    assert editor is not grid and editor.metaObject().className() == "QLineEdit"
    editor.setText("France supports the plan and will contribute forces.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (_current(window, item, "FRA").text or "").startswith("France supports")
    )
    entry = _current(window, item, "FRA")
    assert entry.position is Position.AGREE_WITH_STATEMENT
    index = window.session_page.positions.model.index_of(item, "FRA")
    qtbot.waitUntil(lambda: index.data(Qt.ItemDataRole.EditRole) == entry.text)


def test_slash_and_a_code_jump_to_the_delegation(qtbot, window: MainWindow, session_db) -> None:
    _path, _sid, (item, _other) = session_db
    grid = _grid(window)
    grid.go_to(item, "ALB")
    bar = window.session_page.positions.goto_bar
    qtbot.keyClick(grid, "/")
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "POL")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert not bar.isVisible()
    assert grid.hasFocus()
    assert window.session_page.positions.model.delegation(grid.currentIndex().row()).code == "POL"
    qtbot.keyClick(grid, "a")
    _settled(qtbot, window)
    assert _current(window, item, "POL").position is Position.AGREE


def test_all_present_agree_except_the_ticked(qtbot, window: MainWindow, session_db) -> None:
    _path, _sid, (_item, other) = session_db
    grid = _grid(window)
    grid.go_to(other, "TUR")
    qtbot.keyClick(grid, "i")  # Türkiye awaits instructions: left as it stands
    _settled(qtbot, window)
    window.session_menus.all_agree_action.trigger()
    dialog = window.session_page.positions.agree_dialog
    rows = {
        dialog.list.item(r).data(Qt.ItemDataRole.UserRole): r for r in range(dialog.list.count())
    }
    assert "TUR" not in rows
    dialog.list.item(rows["HUN"]).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    _settled(qtbot, window)
    ws = window.workspace
    assert ws.positions.current(other, "HUN") is None
    assert ws.positions.current(other, "TUR").position is Position.AWAITING_INSTRUCTIONS
    assert ws.positions.current(other, "USA").position is Position.AGREE
    state = ws.positions.consensus(other)
    assert state.pending == ("HUN", "TUR")
    window.session_menus.undo_action.trigger()
    _settled(qtbot, window)
    assert ws.positions.current(other, "USA").position is Position.NOT_STATED


def test_a_refused_position_says_why_and_stores_nothing(
    qtbot, window: MainWindow, session_db
) -> None:
    _path, session_id, (item, _other) = session_db
    grid = _grid(window)
    grid.go_to(item, "BEL")
    window.workspace.agenda.remove_item(item)  # taken off the agenda at another desk
    qtbot.keyClick(grid, "a")
    bar = window.session_page.messages
    qtbot.waitUntil(bar.isVisible)
    assert bar.text.text().endswith(".")
    # The refused command leaves the undo stack as its refusal lands (a moment after the bar).
    qtbot.waitUntil(lambda: window.session_menus.undo_action.isEnabled() is False)
    assert window.workspace.positions.history(item, "BEL") == []
    del session_id


def test_a_key_shows_its_letter_at_once_and_the_header_follows_when_stored(
    qtbot, window: MainWindow, session_db
) -> None:
    _path, _sid, (item, _other) = session_db
    grid = _grid(window)
    model = window.session_page.positions.model
    column = model.column_of(item)
    header = lambda: model.headerData(column, Qt.Orientation.Horizontal).splitlines()[1]  # noqa: E731
    grid.go_to(item, "HUN")
    index = model.index_of(item, "HUN")
    qtbot.keyClick(grid, "o")
    # Before the database has answered (its answer needs the event loop): the letter shows,
    # the header still counts only what is stored.
    assert index.data() == "O"
    assert header().startswith("Pending")
    assert model.is_keyed(item, "HUN")
    qtbot.waitUntil(lambda: header() == "Blocked by HUN")
    assert not model.is_keyed(item, "HUN")
    assert index.data() == "O"
    assert _current(window, item, "HUN").position is Position.OBJECTION


def test_a_keys_own_write_is_not_read_again_but_an_undo_or_another_windows_change_is(
    qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, session_db
) -> None:
    _path, _sid, (item, _other) = session_db
    grid = _grid(window)
    model = window.session_page.positions.model
    positions = window.controller.workspace.positions
    cells = positions.cells
    read: list[list[tuple[int, str]]] = []
    monkeypatch.setattr(positions, "cells", lambda keys: (read.append(list(keys)), cells(keys))[1])
    grid.go_to(item, "HUN")
    qtbot.keyClick(grid, "o")
    qtbot.waitUntil(lambda: not model.is_keyed(item, "HUN"))
    _settled(qtbot, window)
    assert read == []  # the change set is the key's own: what its write returned is shown
    assert model.stored_entry(item, "HUN").position is Position.OBJECTION
    window.controller.undo_stack.undo()  # nobody's key: the cell is read again
    qtbot.waitUntil(lambda: read == [[(item, "HUN")]])
    _settled(qtbot, window)
    assert model.position(item, "HUN") is Position.NOT_STATED
    # Another window changed the cell: read again, though this grid keyed it last.
    window.controller.announce(ChangeSet(positions=frozenset({(item, "HUN")})))
    qtbot.waitUntil(lambda: len(read) == 2)
    assert read[1] == [(item, "HUN")]


def test_a_refused_key_puts_the_cell_back_and_says_why(
    qtbot, session_db, settings: AppSettings
) -> None:
    path, session_id, (item, _other) = session_db
    with Workspace.open(path) as ws:
        ws.positions.log(item, "BEL", "agree")
    window = MainWindow(
        Workspace.open(path, read_only=True), settings, open_workspace=Workspace.open
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session_id)
    grid = _grid(window)
    grid.setFocus()
    model = window.session_page.positions.model
    grid.go_to(item, "BEL")
    index = model.index_of(item, "BEL")
    assert index.data() == "A"

    qtbot.keyClick(grid, "o")
    assert index.data() == "O"  # shown at once, not stored yet
    bar = window.session_page.messages
    qtbot.waitUntil(bar.isVisible)
    _settled(qtbot, window)

    assert index.data() == "A"  # back to what is stored
    assert not model.is_keyed(item, "BEL")
    assert "read-only" in bar.text.text() and "nothing was saved" in bar.text.text()
    assert window.session_menus.undo_action.isEnabled() is False
    assert [e.position for e in window.workspace.positions.history(item, "BEL")] == [Position.AGREE]
    window.tasks.wait()


def test_the_item_panel_shows_the_consensus_of_a_burst_of_keys_without_a_read(
    qtbot, window: MainWindow, session_db, monkeypatch
) -> None:
    """The panel works the item's state out from the grid's stored positions as each key's
    write lands (``ItemPanel._restate``): no read on the worker after the keys."""
    _path, _sid, (item, _other) = session_db
    grid = _grid(window)
    model = window.session_page.positions.model
    panel = window.session_page.positions.item_panel
    grid.go_to(item, model.delegation(0).code)
    _settled(qtbot, window)
    outcomes = window.workspace.outcomes
    reads: list[int] = []
    facts = outcomes.facts
    monkeypatch.setattr(outcomes, "facts", lambda item_id: reads.append(item_id) or facts(item_id))

    for key in "AAAAO":  # faster than the database answers: no event loop between keys
        qtbot.keyClick(grid, key)
    _settled(qtbot, window)

    objecting = model.delegation(4).code
    assert panel.consensus_line.text.text() == f"Blocked by {objecting}"
    assert window.workspace.positions.consensus(item).objecting == (objecting,)
    assert reads == []  # worked out from the grid's stored positions, read from nothing
    assert panel.state == outcomes.state(item)


# ---------------------------------------------------------------------- corrections, changes
def _path(window: MainWindow, sid: int, item: int, code: str) -> list[tuple[Position, str]]:
    minutes = window.workspace.minutes.assemble(sid)
    [record] = [
        r for i in minutes.items for r in i.positions if r.delegation == code and i.number == 1
    ]
    return [(step.position, step.text) for step in record.path]


def test_a_rekey_of_the_cell_just_logged_is_a_correction_the_minutes_never_print(
    qtbot, window: MainWindow, session_db
) -> None:
    _path_db, sid, (item, _other) = session_db
    grid = _grid(window)
    grid.go_to(item, "USA")
    qtbot.keyClick(grid, "r")  # a mistyped key…
    grid.go_to(item, "USA")
    qtbot.keyClick(grid, "a")  # …fixed at once
    _settled(qtbot, window)
    assert _path(window, sid, item, "USA") == [(Position.AGREE, "")]
    assert "correction" in window.session_page.messages.text.text()
    # Ctrl+K: it was the delegation's change of position after all.
    grid.go_to(item, "USA")
    window.session_menus.correction_action.trigger()
    _settled(qtbot, window)
    qtbot.waitUntil(lambda: not window.tasks.busy())
    assert _path(window, sid, item, "USA") == [(Position.RESERVATION, ""), (Position.AGREE, "")]
    window.session_menus.undo_action.trigger()  # and back
    _settled(qtbot, window)
    assert _path(window, sid, item, "USA") == [(Position.AGREE, "")]


def test_a_key_after_another_cell_is_a_change_without_the_earlier_text(
    qtbot, window: MainWindow, session_db
) -> None:
    _path_db, sid, (item, _other) = session_db
    ws = window.workspace
    ws.positions.log(item, "HUN", "objection", text="Hungary cannot join consensus.")
    window.session_page.positions.reload()
    _settled(qtbot, window)
    grid = _grid(window)
    grid.go_to(item, "HUN")
    qtbot.keyClick(grid, "a")  # Hungary lifts its objection
    _settled(qtbot, window)
    assert _path(window, sid, item, "HUN") == [
        (Position.OBJECTION, "Hungary cannot join consensus."),
        (Position.AGREE, ""),
    ]
    model = window.session_page.positions.model
    qtbot.waitUntil(lambda: "Hungary cannot" not in (model.index_of(item, "HUN").data(
        Qt.ItemDataRole.ToolTipRole) or ""))  # fmt: skip


def test_an_intervention_is_recorded_in_both_languages_at_once(
    qtbot, window: MainWindow, session_db
) -> None:
    """The dialog offers the French beside the English; both are stored, and a redo after
    an undo brings both back."""
    _path_db, _sid, (item, _other) = session_db
    grid = _grid(window)
    grid.go_to(item, "HUN")
    qtbot.keyClick(grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.session_page.positions.intervention_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.editor_fr.isVisible()
    dialog.editor.setPlainText("Hungary recalls its national caveats.")
    dialog.editor_fr.setPlainText("La Hongrie rappelle ses restrictions nationales.")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    _settled(qtbot, window)
    [said] = window.workspace.speakers.state(item).said
    assert (said.text, said.text_fr) == (
        "Hungary recalls its national caveats.",
        "La Hongrie rappelle ses restrictions nationales.",
    )
    window.session_menus.undo_action.trigger()
    _settled(qtbot, window)
    window.session_menus.redo_action.trigger()
    _settled(qtbot, window)
    [again] = window.workspace.speakers.state(item).said
    assert again.text_fr == "La Hongrie rappelle ses restrictions nationales."


def test_an_intervention_is_recorded_from_the_grid_and_undone(
    qtbot, window: MainWindow, session_db
) -> None:
    _path_db, _sid, (item, _other) = session_db
    grid = _grid(window)
    grid.go_to(item, "HUN")
    qtbot.keyClick(grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.session_page.positions.intervention_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.editor.setPlainText("Hungary recalls its national caveats.")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    _settled(qtbot, window)
    said = window.workspace.speakers.state(item).said
    assert [(s.delegation, s.text) for s in said] == [
        ("HUN", "Hungary recalls its national caveats.")
    ]
    assert window.workspace.positions.current(item, "HUN") is None  # no position taken
    window.session_menus.undo_action.trigger()
    _settled(qtbot, window)
    assert window.workspace.speakers.state(item).said == ()
    window.session_menus.redo_action.trigger()
    _settled(qtbot, window)
    assert len(window.workspace.speakers.state(item).said) == 1
