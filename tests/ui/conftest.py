"""Fixtures for the Qt tests: a demo database, settings in tmp_path, a shown main window, and
an in-memory keyring in place of the system's for every test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.services import Workspace
from desktop.services.demo import write_demo
from desktop.ui.settings import AppSettings
from tests.keyrings import MemoryKeyring, using


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The keyring the app sees: in memory, never the user's."""
    with using(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, written once per run (it takes most of a second)."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    write_demo(path)
    return path


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    """A fresh copy of the demo database for one test."""
    path = tmp_path / "demo.sqlite"
    for source in demo_template.parent.glob("demo.sqlite*"):
        shutil.copy2(source, tmp_path / source.name)
    return path


@pytest.fixture
def demo_workspace(demo_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(demo_path)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
