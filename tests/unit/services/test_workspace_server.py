"""Connecting to a server database: what goes wrong is said in a sentence that names the
database (never its password) and what to do; a server database keeps no backups of the
app's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import DatabaseError, ServiceError, Workspace
from desktop.services.errors import Fault
from tests.pg_server import Server

pytestmark = pytest.mark.postgresql


def _refusal(url: str) -> DatabaseError:
    with pytest.raises(DatabaseError) as refused:
        Workspace.open(url)
    return refused.value


def test_a_server_that_does_not_answer(tmp_path: Path) -> None:
    error = _refusal(f"postgresql://clerk:s3cret@/council?host={tmp_path}")
    assert error.fault is Fault.UNREACHABLE
    assert str(error).startswith("The database server for postgresql://clerk@/council")
    assert "does not answer. Check the server's name and the network" in str(error)
    assert "s3cret" not in str(error)


def test_a_database_that_is_not_there(pg_server: Server) -> None:
    error = _refusal(pg_server.url_text("council_archive"))
    assert error.fault is Fault.MISSING
    assert "There is no database postgresql://tdt@/council_archive" in str(error)


def test_a_login_the_server_refuses(pg_server: Server) -> None:
    url = pg_server.url(pg_server.create_database()).set(username="intruder")
    error = _refusal(url.render_as_string(hide_password=False))
    assert error.fault is Fault.LOGIN
    assert "the user name or password is wrong" in str(error)


def test_an_address_that_is_not_one(tmp_path: Path) -> None:
    error = _refusal("postgresql://clerk@db.example:port/council")
    assert "is not a database address the app understands" in str(error)
    assert "postgresql://user@server:5432/database" in str(error)


def test_a_server_database_is_named_without_password_and_keeps_no_backups(
    pg_server: Server, pg_template: str
) -> None:
    name = pg_server.create_database(template=pg_template)
    with Workspace.open(pg_server.url_text(name), password="s3cret") as ws:
        assert ws.is_server and ws.path is None
        assert ws.location.startswith("postgresql://tdt@/" + name)
        assert "s3cret" not in ws.location
        assert not ws.backups.available
        with pytest.raises(ServiceError, match="kept by the server"):
            ws.backups.list()
