"""The order of reads as a session opens: the grid's first, the other panels' once it is shown."""

from __future__ import annotations

import pytest

from desktop.services import ChangeSet, Result, Workspace
from desktop.ui.session import controller as controller_module
from desktop.ui.session.controller import ServiceCommand, SessionController


def _reader(controller: SessionController, ran: list[str], answered: list[str]):
    """A view reading ``name`` when the session changes (``first``: as the grid does)."""

    def read(name: str, *, first: bool = False) -> None:
        def call(_ws: Workspace) -> str:
            ran.append(name)
            return name

        controller.read(call, answered.append, first=first)

    return read


def test_the_grids_read_goes_first_and_the_others_wait_until_it_is_shown(
    qtbot, controller: SessionController, demo_workspace: Workspace
) -> None:
    ran: list[str] = []
    answered: list[str] = []
    read = _reader(controller, ran, answered)
    # The panels are connected before the grid, as the item panel is in the window.
    controller.sessionChanged.connect(lambda _id: read("item panel"))
    controller.sessionChanged.connect(lambda _id: read("grid", first=True))
    controller.sessionChanged.connect(lambda _id: read("form"))
    (demo,) = demo_workspace.sessions.list_sessions()
    controller.set_session(demo.id)
    qtbot.waitUntil(lambda: answered == ["grid"])
    qtbot.wait(100)  # the worker is not idle: the others wait for the grid to be shown
    assert ran == ["grid"]
    controller.opened()
    qtbot.waitUntil(lambda: answered == ["grid", "item panel", "form"])
    assert ran == ["grid", "item panel", "form"]


def test_without_a_grid_nothing_waits(
    qtbot, controller: SessionController, demo_workspace: Workspace
) -> None:
    ran: list[str] = []
    answered: list[str] = []
    read = _reader(controller, ran, answered)
    controller.sessionChanged.connect(lambda _id: read("form"))
    controller.sessionChanged.connect(lambda _id: read("agenda"))
    (demo,) = demo_workspace.sessions.list_sessions()
    controller.set_session(demo.id)
    qtbot.waitUntil(lambda: answered == ["form", "agenda"])


def test_the_others_go_on_if_the_grid_never_says_it_is_shown(
    qtbot, monkeypatch: pytest.MonkeyPatch, controller: SessionController, demo_workspace: Workspace
) -> None:
    monkeypatch.setattr(controller_module, "OPENING_WAIT_S", 0.05)
    answered: list[str] = []
    read = _reader(controller, [], answered)
    controller.sessionChanged.connect(lambda _id: read("grid", first=True))
    controller.sessionChanged.connect(lambda _id: read("form"))
    (demo,) = demo_workspace.sessions.list_sessions()
    controller.set_session(demo.id)
    qtbot.waitUntil(lambda: answered == ["grid", "form"])


def test_opening_another_session_lets_the_last_ones_reads_go_on(
    qtbot, controller: SessionController, demo_workspace: Workspace
) -> None:
    answered: list[str] = []
    read = _reader(controller, [], answered)
    controller.sessionChanged.connect(lambda _id: read("grid", first=True))
    controller.sessionChanged.connect(lambda _id: read(f"form {controller.session_id}"))
    (demo,) = demo_workspace.sessions.list_sessions()
    controller.set_session(demo.id)
    controller.set_session(None)  # back to no session before the grid was shown
    qtbot.waitUntil(lambda: f"form {demo.id}" in answered)
    assert answered[0] == "grid"


def test_a_change_says_which_push_made_it_and_an_undo_or_redo_nobody(
    qtbot, controller: SessionController, session_id: int, demo_workspace: Workspace
) -> None:
    """Who made a change (Anki's ``handler``): the command when its push made it; None when
    an undo, a redo, a write that is not undoable or another window did."""
    heard: list[tuple[ChangeSet, object]] = []
    controller.changed.connect(lambda changes, by: heard.append((changes, by)))
    session = demo_workspace.sessions.get(session_id)
    item = session.items[0].id
    landed: list[str] = []
    command: ServiceCommand[str] = ServiceCommand(
        "Rename",
        forward=lambda ws: Result("new", ws.agenda.update_item(item, title="New").changes),
        backward=lambda ws: ws.agenda.update_item(item, title=session.items[0].title),
        landed=landed.append,
    )
    controller.execute(command)
    qtbot.waitUntil(lambda: len(heard) == 1)
    assert heard[0][1] is command and item in heard[0][0].items
    assert landed == ["new"]  # the forward's value, typed as the command says
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: len(heard) == 2)
    controller.undo_stack.redo()
    qtbot.waitUntil(lambda: len(heard) == 3)
    assert [by for _changes, by in heard[1:]] == [None, None]
    assert landed == ["new", "new"]
    controller.run(lambda ws: ws.agenda.update_item(item, title="Run"))
    qtbot.waitUntil(lambda: len(heard) == 4)
    assert heard[3][1] is None
    elsewhere = ChangeSet(items=frozenset({item}))
    controller.announce(elsewhere)
    assert heard[4] == (elsewhere, None)
