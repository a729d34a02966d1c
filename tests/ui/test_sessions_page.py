from __future__ import annotations

from typing import Any, cast

from desktop.services import DatabaseError, Workspace
from desktop.ui.sessions_page import SessionsPage
from desktop.ui.tasks import TaskRunner


class _BrokenSessions:
    def list_sessions(self, **_filters: Any) -> list[object]:
        raise DatabaseError("The database could not be read. Check the file and try again.")

    def years(self) -> list[int]:
        return []


class _BrokenWorkspace:
    sessions = _BrokenSessions()


def test_a_service_error_is_shown_in_place_of_the_list(qtbot) -> None:
    page = SessionsPage(TaskRunner())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded) as loaded:
        page.set_workspace(cast(Workspace, _BrokenWorkspace()))
    assert loaded.args == [0]
    assert page.stack.currentIndex() == 1
    assert page.empty_label.text().startswith("The database could not be read.")
    assert page.clear_button.isHidden()
