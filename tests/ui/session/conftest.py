"""A session controller on a copy of the demo database, with the demo session open."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktop.services import Workspace
from desktop.services.dto import SessionDetail
from desktop.ui.session.controller import SessionController
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def tasks(qtbot, demo_workspace: Workspace) -> Iterator[TaskRunner]:
    # Asking for the workspace first makes it close after the runner has finished.
    runner = TaskRunner()
    yield runner
    runner.wait()  # before the workspace closes


@pytest.fixture
def controller(tasks: TaskRunner, demo_workspace: Workspace) -> SessionController:
    controller = SessionController(tasks)
    controller.set_workspace(demo_workspace)
    return controller


@pytest.fixture
def session_id(controller: SessionController, demo_workspace: Workspace) -> int:
    (demo,) = demo_workspace.sessions.list_sessions()
    controller.set_session(demo.id)
    return demo.id


@pytest.fixture
def detail(demo_workspace: Workspace, session_id: int) -> Callable[[], SessionDetail]:
    """The open session as the services store it now."""
    return lambda: demo_workspace.sessions.get(session_id)


@pytest.fixture
def settle(qtbot, tasks: TaskRunner):
    """Wait until every call asked of the worker has answered, and its views reloaded."""

    def wait() -> None:
        qtbot.waitUntil(lambda: not tasks.busy())

    return wait
