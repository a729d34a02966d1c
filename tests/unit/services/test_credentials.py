"""A server database's address, field by field, and its password in the system keyring (an
in-memory stand-in here: the tests never touch the real keyring)."""

from __future__ import annotations

import pytest
from keyring.backends import fail

from desktop.services.credentials import (
    SERVICE_NAME,
    CredentialsError,
    ServerAddress,
    forget_password,
    is_server_address,
    keyring_problem,
    location_of,
    remember_password,
    stored_password,
)
from tests.keyrings import MemoryKeyring, RefusingKeyring, using


def test_an_address_reads_into_fields_and_its_password_apart() -> None:
    address, password = ServerAddress.parse(
        "postgresql://clerk:s3cret@db.example.org:5433/council?sslmode=require"
    )
    assert address == ServerAddress(
        host="db.example.org", port=5433, database="council", user="clerk", sslmode="require"
    )
    assert password == "s3cret"
    assert address.url() == "postgresql://clerk@db.example.org:5433/council?sslmode=require"
    assert "s3cret" not in address.location


def test_one_database_has_one_location_however_it_is_written() -> None:
    written = (
        "postgresql://clerk@db.example.org/council",
        "postgres://clerk:pw@db.example.org:5432/council",
        "postgresql+psycopg://clerk@db.example.org/council",
    )
    assert {location_of(text) for text in written} == {"postgresql://clerk@db.example.org/council"}


def test_a_socket_folder_is_the_host_and_other_parameters_are_kept() -> None:
    text = "postgresql://tdt@/council?host=/run/postgresql&application_name=tdt"
    address, password = ServerAddress.parse(text)
    assert (address.host, address.database, password) == ("/run/postgresql", "council", "")
    assert address.options == (("application_name", "tdt"),)
    assert ServerAddress.parse(address.url())[0] == address
    assert address.server == "/run/postgresql"
    assert ServerAddress(database="council").server == "localhost"


@pytest.mark.parametrize("text", ["council.sqlite", "sqlite:///council.sqlite", "mysql://h/db"])
def test_anything_else_is_not_a_server_address(text: str) -> None:
    assert not is_server_address(text)
    with pytest.raises(ValueError, match="postgresql"):
        ServerAddress.parse(text)


def test_a_password_is_kept_forgotten_and_read_under_the_location() -> None:
    with using(MemoryKeyring()) as backend:
        assert keyring_problem() is None
        location = "postgresql://clerk@db.example.org/council"
        assert stored_password(location) is None
        remember_password(location, "s3cret")
        assert backend.passwords == {(SERVICE_NAME, location): "s3cret"}  # type: ignore[attr-defined]
        assert stored_password(location) == "s3cret"
        forget_password(location)
        forget_password(location)  # nothing to forget: no error
        assert stored_password(location) is None


def test_without_a_keyring_nothing_is_kept_and_the_sentence_says_what_instead() -> None:
    with using(fail.Keyring()):
        problem = keyring_problem()
        assert problem is not None
        assert "~/.pgpass" in problem
        assert "docs/deployment.md" in problem
        assert stored_password("postgresql://clerk@h/db") is None
        forget_password("postgresql://clerk@h/db")
        with pytest.raises(CredentialsError, match="cannot be remembered"):
            remember_password("postgresql://clerk@h/db", "s3cret")


def test_a_keyring_that_refuses_says_so_in_a_sentence() -> None:
    with using(RefusingKeyring()), pytest.raises(CredentialsError) as caught:
        remember_password("postgresql://clerk@h/db", "s3cret")
    assert "could not be remembered in the system keyring (The keyring is locked.)" in str(
        caught.value
    )
    assert "s3cret" not in str(caught.value)
