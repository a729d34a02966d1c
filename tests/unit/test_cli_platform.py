"""Starting the app where Qt's platform plugin cannot load: one sentence naming the library
and the Debian package to install, before any Qt is loaded (Qt itself would print its
plugin messages and abort the process)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop import cli, qt_platform
from desktop.cli import main

ROOT = Path(__file__).parents[2]


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the GUI (Qt, a QApplication) is as much as imported."""

    def refuse() -> None:
        raise AssertionError("the GUI was loaded")

    monkeypatch.setattr(cli, "_load_gui", refuse)


def _without(library: str, plugin_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's loader, as it answers when ``library`` is not installed: only for the
    plugin ``plugin_name``, whose dependency it is; the rest loads for real."""
    real_load = qt_platform.load

    def load(path: Path) -> None:
        if path.name == plugin_name:
            raise OSError(f"{library}: cannot open shared object file: No such file or directory")
        real_load(path)

    monkeypatch.setattr(qt_platform, "load", load)


def test_without_libxcb_cursor_the_start_is_one_sentence_naming_the_package(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_window: None,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    _without("libxcb-cursor.so.0", "libqxcb.so", monkeypatch)
    database = tmp_path / "council.sqlite"
    assert main(["--db", str(database)]) == 1
    assert capsys.readouterr().err == (
        "tourdetable: Qt cannot open a window here: its xcb platform plugin needs "
        "libxcb-cursor.so.0, which is not installed; install the package libxcb-cursor0 "
        "(sudo apt-get install libxcb-cursor0), then start Tour de Table again.\n"
    )
    assert not database.exists()  # nothing stored: the database is not even created


def test_a_library_no_package_is_known_for_is_still_named(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_window: None,
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    _without("libexotic.so.3", "libqxcb.so", monkeypatch)
    assert main(["--demo"]) == 1
    assert capsys.readouterr().err == (
        "tourdetable: Qt cannot open a window here: its xcb platform plugin needs "
        "libexotic.so.3, which is not installed; install the package that provides it, then "
        "start Tour de Table again.\n"
    )


def test_one_platform_of_a_list_that_loads_is_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb;offscreen")
    _without("libxcb-cursor.so.0", "libqxcb.so", monkeypatch)
    assert qt_platform.platform_problem() is None  # offscreen loads, for real


def test_the_platform_plugins_load_here_for_real() -> None:
    folder = qt_platform.plugin_folder()
    assert folder is not None
    assert qt_platform.missing_library(folder / "libqoffscreen.so") is None


def test_every_package_named_is_one_sysdeps_installs() -> None:
    listed = subprocess.run(
        ["bash", str(ROOT / "packaging" / "sysdeps.sh"), "--list", "offscreen", "window"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert set(qt_platform.PACKAGES.values()) <= set(listed)


def test_the_self_test_says_so_too_instead_of_aborting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    _without("libxcb-cursor.so.0", "libqxcb.so", monkeypatch)
    assert main(["self-test"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "tourdetable: The self-test failed at the step 'main window': Qt cannot open a window "
        "here: its xcb platform plugin needs libxcb-cursor.so.0, which is not installed; "
        "install the package libxcb-cursor0 (sudo apt-get install libxcb-cursor0), then start "
        "Tour de Table again.\n"
    )
