"""Test configuration for the whole suite, strict in the qutebrowser spirit.

- Qt runs offscreen: set here, at import, before anything imports Qt. An ``xcb`` (or any)
  platform in the environment is overridden; set ``TDT_TEST_DISPLAY=1`` to watch the tests
  in a real window instead.
- No test touches the user's real folders: HOME and every XDG folder point into tmp_path.
- ``db_path`` is a fresh database path per test; ``workspace`` an open Workspace on it.
- ``database_location`` is a fresh database on each engine: the tests that ask for it
  (through ``ws`` in the service tests) run twice, on a SQLite file and on a database of
  the run's PostgreSQL server (``tests/pg_server.py``), unless marked ``sqlite_only``;
  ``-m "not postgresql"`` leaves the second out.
- Python's garbage collector runs on the main thread only, as in the app
  (``desktop.ui.collector``): after each test, never from a worker thread in the middle of
  one, where collecting a cycle of Qt objects crashes the process now and then.
- Hypothesis explores new examples on every run on a developer's machine (and remembers the
  ones that failed); under CI (``CI`` set) it is derandomized, so that a landing is judged
  on the same examples every time and a new finding shows up on a machine where it can be
  looked at.
"""

from __future__ import annotations

import gc
import os

if not os.environ.get("TDT_TEST_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Everything below may import Qt, so it comes after the platform is forced.
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

if TYPE_CHECKING:
    from desktop.services import Workspace
    from tests.pg_server import Server

_XDG = {
    "HOME": "home",
    "XDG_DATA_HOME": "data",
    "XDG_CONFIG_HOME": "config",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
}


@pytest.fixture(autouse=True, scope="session")
def collect_on_the_main_thread() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test(collect_on_the_main_thread: None) -> Iterator[None]:
    yield
    from desktop.ui.collector import collect_due

    collect_due()


@pytest.fixture(autouse=True, scope="session")
def no_system_keyring() -> None:
    """No test reads or writes the user's keyring: keyring's failing backend unless a test
    puts one of tests/keyrings.py in its place (the Qt tests do, for each test)."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME and the XDG folders at tmp_path, so nothing lands in the real ones."""
    for variable, folder in _XDG.items():
        target = tmp_path / "user" / folder
        target.mkdir(parents=True)
        monkeypatch.setenv(variable, str(target))
    return tmp_path / "user" / "home"


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks the locale's language (desktop.cli_language), and so does a
    window started in a subprocess: the tests run in English, UTF-8, unless they say
    otherwise, whatever the developer's desktop speaks."""
    for variable in ("TDT_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine_kind" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker
    engines: tuple[str, ...] = ENGINES
    if marker("sqlite_only") is not None:
        engines = ("sqlite",)
    elif marker("postgresql_only") is not None:
        engines = ("postgresql",)
    kinds = [
        pytest.param(kind, marks=[pytest.mark.postgresql] if kind == "postgresql" else [])
        for kind in engines
    ]
    metafunc.parametrize("engine_kind", kinds)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """The run's PostgreSQL server, started at the first test that needs it."""
    from tests.pg_server import Server, ServerUnavailableError

    try:
        server = Server.start()
    except ServerUnavailableError as error:
        if os.environ.get("CI"):
            pytest.fail(str(error), pytrace=False)
        pytest.skip(str(error))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: Server) -> str:
    """A database at the head revision that each test's database is copied from."""
    from desktop.services import Workspace

    name = pg_server.create_database("tdt_template")
    Workspace.open(pg_server.url_text(name)).close()
    return name


@pytest.fixture
def database_location(
    engine_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Path | str:
    """A fresh database: a file path under tmp_path, or a server database's URL."""
    if engine_kind == "sqlite":
        return tmp_path / "services.sqlite"
    server: Server = request.getfixturevalue("pg_server")
    name = server.create_database(template=request.getfixturevalue("pg_template"))
    request.addfinalizer(lambda: server.drop_database(name))
    return server.url_text(name)


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    from desktop.services import Workspace

    ws = Workspace.open(db_path)
    try:
        yield ws
    finally:
        ws.close()


# PySide6 6.12.0 on CPython 3.11 aborted in about half of our runs while the interpreter
# finalized after the UI tests ("Fatal Python error: bool_dealloc: deallocating True or
# False", in the garbage collector, after every test had passed and been reported). We pin
# 6.11.3, which did not in 8 runs; as a second line of defence the run ends without
# finalizing the interpreter, since the results are final by then. TDT_TEST_FINALIZE=1
# finalizes normally, to check a new PySide6 release.
_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    if _exit_status and not os.environ.get("TDT_TEST_FINALIZE"):
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[-1])
