"""Test configuration for the whole suite, strict in the qutebrowser spirit.

- Qt runs offscreen: set here, at import, before anything imports Qt. An ``xcb`` (or any)
  platform in the environment is overridden; set ``TDT_TEST_DISPLAY=1`` to watch the tests
  in a real window instead.
- No test touches the user's real folders: HOME and every XDG folder point into tmp_path.
- ``db_path`` is a fresh database path per test; ``workspace`` an open Workspace on it.
"""

from __future__ import annotations

import os

if not os.environ.get("TDT_TEST_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Everything below may import Qt, so it comes after the platform is forced.
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from desktop.services import Workspace

_XDG = {
    "HOME": "home",
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
}


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME and the XDG folders at tmp_path, so nothing lands in the real ones."""
    for variable, folder in _XDG.items():
        target = tmp_path / "user" / folder
        target.mkdir(parents=True)
        monkeypatch.setenv(variable, str(target))
    return tmp_path / "user" / "home"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    from desktop.services import Workspace

    ws = Workspace.open(db_path)
    try:
        yield ws
    finally:
        ws.close()
