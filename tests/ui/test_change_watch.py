"""Two copies of the app on one file: what one logs appears in the other without a restart,
the other's own keys never make it read everything again, and an edit made from a value
changed elsewhere is refused with a sentence."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.domain.positions import Position
from desktop.services import Actor, Workspace
from desktop.ui.main_window import MainWindow
from desktop.ui.session.page import FORM
from desktop.ui.settings import AppSettings

LOOK_MS = 200  # the windows look every 200 ms here, not every second


def _window(qtbot, path: Path, settings_file: Path, operator: str) -> MainWindow:
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(
        Workspace.open(path, actor=Actor(operator, "this-pc")),
        settings,
        open_workspace=Workspace.open,
    )
    qtbot.addWidget(window)
    window.change_watch.every_ms = LOOK_MS
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    return window


def _open_first_session(qtbot, window: MainWindow) -> int:
    session_id = window.sessions.model.session(0).id
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session_id)
    return session_id


@pytest.fixture
def two(qtbot, demo_path: Path, tmp_path: Path) -> tuple[MainWindow, MainWindow]:
    """Window A and window B on the demo file, both on its session's grid."""
    a = _window(qtbot, demo_path, tmp_path / "a.ini", "alice")
    b = _window(qtbot, demo_path, tmp_path / "b.ini", "bob")
    _open_first_session(qtbot, a)
    _open_first_session(qtbot, b)
    return a, b


def _free_cell(window: MainWindow) -> tuple[int, str]:
    """An item and a member whose cell is not an objection yet."""
    model = window.session_page.positions.model
    item_id = model.item(0).id
    for row in range(model.rowCount()):
        code = model.delegation(row).code
        if model.position(item_id, code) is not Position.OBJECTION:
            return item_id, code
    raise AssertionError("no free cell")


def test_a_position_logged_in_one_window_appears_in_the_other(
    qtbot, two: tuple[MainWindow, MainWindow]
) -> None:
    a, b = two
    item_id, code = _free_cell(a)
    grid_a = a.session_page.positions.grid
    grid_a.go_to(item_id, code)
    grid_a.setFocus()

    qtbot.keyClick(grid_a, "O")

    b_model = b.session_page.positions.model
    qtbot.waitUntil(lambda: b_model.position(item_id, code) is Position.OBJECTION, timeout=5000)
    messages = b.session_page.messages
    assert messages.isVisible()
    assert messages.text.text() == "Changed at another window: a position."
    assert not a.session_page.messages.isVisible()  # A is not told about its own key


def test_own_keys_never_make_the_window_read_the_whole_session(
    qtbot, two: tuple[MainWindow, MainWindow]
) -> None:
    _a, b = two
    page = b.session_page
    full_reads: list[bool] = []
    foreign: list[object] = []
    page.positions.loaded.connect(lambda: full_reads.append(True))
    b.change_watch.foreignChanged.connect(foreign.append)
    grid = page.positions.grid
    model = page.positions.model
    item_id = model.item(0).id
    grid.go_to(item_id, model.delegation(0).code)
    grid.setFocus()

    for key in "ADAD":
        qtbot.keyClick(grid, key)
    qtbot.wait(4 * LOOK_MS)  # several looks
    qtbot.waitUntil(lambda: not b.tasks.busy())

    assert model.position(item_id, model.delegation(3).code) is Position.AGREE_AD_REFERENDUM
    assert full_reads == []
    assert foreign == []
    assert not page.messages.isVisible()


def test_an_edit_made_from_a_value_changed_elsewhere_is_refused(
    qtbot, demo_path: Path, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_path, tmp_path / "a.ini", "alice")
    session_id = _open_first_session(qtbot, window)
    window.change_watch.set_workspace(None)  # the change below is not seen before the edit
    form = window.session_page.form
    qtbot.waitUntil(lambda: form.place_edit.text() != "")
    with Workspace.open(demo_path, actor=Actor("bob", "other-pc")) as other:
        other.sessions.update(session_id, place="Mons")

    form.place_edit.setText("Evere")
    with qtbot.waitSignal(window.controller.failed) as refused:
        form.place_edit.editingFinished.emit()

    assert refused.args == [
        'The session\'s place was changed at another window meanwhile (now: "Mons"); '
        "your change was not saved. The form shows the current value."
    ]
    qtbot.waitUntil(lambda: form.place_edit.text() == "Mons")
    assert window.workspace.sessions.get(session_id).place == "Mons"
    assert form.message.text.text() == refused.args[0]


def test_typing_in_a_field_changed_elsewhere_meanwhile_is_refused_when_left(
    qtbot, demo_path: Path, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_path, tmp_path / "a.ini", "alice")
    session_id = _open_first_session(qtbot, window)
    window.session_page.show_tab(FORM)
    form = window.session_page.form
    qtbot.waitUntil(lambda: form.place_edit.text() != "")
    window.activateWindow()
    form.place_edit.setFocus()
    qtbot.waitUntil(form.place_edit.hasFocus)
    form.place_edit.setText("Evere")  # typing, not yet left

    with Workspace.open(demo_path, actor=Actor("bob", "other-pc")) as other:
        other.sessions.update(session_id, place="Mons")
    messages = window.session_page.messages
    qtbot.waitUntil(lambda: messages.text.text().startswith("Changed at another window"))
    assert messages.text.text() == "Changed at another window: the session's details."
    qtbot.waitUntil(lambda: not window.tasks.busy())  # the form has read the session again
    assert form.place_edit.text() == "Evere"  # what the operator types is not taken away

    with qtbot.waitSignal(window.controller.failed) as refused:
        form.place_edit.editingFinished.emit()
    assert '(now: "Mons")' in refused.args[0]
    qtbot.waitUntil(lambda: form.place_edit.text() == "Mons")


_WRITER = """
    import sys
    from pathlib import Path
    from desktop.services import Actor, Workspace

    with Workspace.open(Path(sys.argv[1]), actor=Actor("carol", "another-pc")) as ws:
        ws.positions.log(int(sys.argv[2]), sys.argv[3], "objection")
"""


def test_a_position_logged_by_another_process_appears_in_the_open_window(
    qtbot, demo_path: Path, tmp_path: Path
) -> None:
    window = _window(qtbot, demo_path, tmp_path / "a.ini", "alice")
    _open_first_session(qtbot, window)
    item_id, code = _free_cell(window)

    subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_WRITER), str(demo_path), str(item_id), code],
        check=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )

    model = window.session_page.positions.model
    qtbot.waitUntil(lambda: model.position(item_id, code) is Position.OBJECTION, timeout=5000)
    assert window.session_page.messages.text.text() == "Changed at another window: a position."
