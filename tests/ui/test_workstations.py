"""Two workstations on one PostgreSQL database: what one logs arrives at the other as soon
as it is committed (the server's notification, not a timer), and a silence deadline that
both windows watch is settled once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import text

from desktop.domain.positions import Position
from desktop.domain.timezones import now_utc
from desktop.services import Actor, Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings

pytestmark = pytest.mark.postgresql_only
NEVER_MS = 3_600_000  # the windows' timers would look only once an hour


@pytest.fixture
def session(database_location: str) -> tuple[int, int]:
    """A NAC session with one item on the shared database: (session, item)."""
    with Workspace.open(database_location, actor=Actor("setup", "server")) as ws:
        session_id = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=now_utc().date()
        ).value.id
        item_id = ws.agenda.add_item(session_id, "Council statement").value.id
    return session_id, item_id


def _station(qtbot, location: str, settings_file: Path, operator: str) -> MainWindow:
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(
        Workspace.open(location, actor=Actor(operator, f"{operator}-pc")),
        settings,
        open_workspace=Workspace.open,
    )
    qtbot.addWidget(window)
    window.change_watch.every_ms = NEVER_MS
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    return window


def _open(qtbot, window: MainWindow, session_id: int) -> None:
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session_id)


def _two_stations(
    qtbot, location: str, session_id: int, folder: Path
) -> tuple[MainWindow, MainWindow]:
    """Alice's and Bob's windows on the session, each listening to the server."""
    a = _station(qtbot, location, folder / "a.ini", "alice")
    b = _station(qtbot, location, folder / "b.ini", "bob")
    _open(qtbot, a, session_id)
    _open(qtbot, b, session_id)
    qtbot.waitUntil(lambda: a.change_watch.listening and b.change_watch.listening)
    return a, b


def test_a_position_logged_at_one_workstation_arrives_at_the_other(
    qtbot, database_location: str, session: tuple[int, int], tmp_path: Path
) -> None:
    session_id, item_id = session
    a, b = _two_stations(qtbot, database_location, session_id, tmp_path)
    code = a.session_page.positions.model.delegation(0).code

    grid = a.session_page.positions.grid
    grid.go_to(item_id, code)
    grid.setFocus()
    qtbot.keyClick(grid, "O")

    b_model = b.session_page.positions.model
    qtbot.waitUntil(lambda: b_model.position(item_id, code) is Position.OBJECTION, timeout=5000)
    assert b.session_page.messages.text.text() == "Changed at another window: a position."
    assert not a.session_page.messages.isVisible()  # A is not told about its own key


def test_a_deadline_watched_at_two_workstations_is_settled_once(
    qtbot, database_location: str, session: tuple[int, int], tmp_path: Path
) -> None:
    session_id, item_id = session
    a, b = _two_stations(qtbot, database_location, session_id, tmp_path)
    settled: list[object] = []
    a.silence_watch.settled.connect(settled.extend)
    b.silence_watch.settled.connect(settled.extend)
    # Launched at a third workstation: both windows hear of it and arm for its deadline.
    deadline = now_utc().replace(microsecond=0) + timedelta(seconds=4)
    with Workspace.open(database_location, actor=Actor("chair", "secretariat")) as ws:
        ws.silence.launch(item_id, deadline, text_reference="PO(2026)0001")
    both = (a.silence_watch, b.silence_watch)
    qtbot.waitUntil(lambda: all(w.next_deadline() == deadline for w in both), timeout=3000)

    qtbot.waitUntil(lambda: len(settled) >= 1, timeout=15_000)
    qtbot.wait(1500)  # the other window's settling, had it settled too
    qtbot.waitUntil(lambda: not a.tasks.busy() and not b.tasks.busy())

    assert len(settled) == 1
    with Workspace.open(database_location) as ws:
        engine = ws._ctx.db.engine
        with engine.connect() as connection:
            count = connection.execute(
                text("SELECT count(*) FROM audit_log WHERE action = 'silence.settled'")
            ).scalar_one()
    assert count == 1


_OTHER_WORKSTATION = """
    import sys
    from desktop.services import Actor, Workspace

    with Workspace.open(sys.argv[1], actor=Actor("carol", "another-pc")) as ws:
        ws.positions.log(int(sys.argv[2]), sys.argv[3], "objection")
"""


def test_a_position_logged_by_another_program_arrives_at_once(
    qtbot, database_location: str, session: tuple[int, int], tmp_path: Path
) -> None:
    """Another process (another workstation, the command line) commits: the open window
    hears it from the server and shows it, with no timer to wait for."""
    session_id, item_id = session
    window = _station(qtbot, database_location, tmp_path / "a.ini", "alice")
    _open(qtbot, window, session_id)
    qtbot.waitUntil(lambda: window.change_watch.listening)
    code = window.session_page.positions.model.delegation(1).code

    subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_OTHER_WORKSTATION), database_location,
         str(item_id), code],
        check=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip

    model = window.session_page.positions.model
    qtbot.waitUntil(lambda: model.position(item_id, code) is Position.OBJECTION, timeout=5000)
    assert window.session_page.messages.text.text() == "Changed at another window: a position."
