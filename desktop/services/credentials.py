"""The login to a database on a server: its address, field by field, and its password, kept
in the system keyring and never in a file of the app's.

A server database is named by its address, a ``postgresql://`` URL without password
(:func:`location_of`): the recent databases remember that, and the system keyring keeps the
password under it, for the service :data:`SERVICE_NAME`. The keyring is the desktop's own
store (GNOME Keyring or KWallet through the Secret Service, the macOS Keychain, the Windows
Credential Locker), reached through the ``keyring`` library. Where there is none (a session
without D-Bus, a bare machine) nothing is remembered: libpq's ``~/.pgpass`` or a service
file can hold the password instead (docs/deployment.md), and a connection without a
password uses them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from db.engine import SERVER_SCHEMES, is_server_url
from desktop.i18n import _
from desktop.services.errors import ServiceError

__all__ = [
    "DEFAULT_PORT",
    "SERVICE_NAME",
    "SSL_MODES",
    "CredentialsError",
    "ServerAddress",
    "forget_password",
    "is_server_address",
    "keyring_problem",
    "location_of",
    "remember_password",
    "stored_password",
]

SERVICE_NAME = "Tour de Table"
DEFAULT_PORT = 5432
SSL_MODES = ("prefer", "require", "verify-full")  # libpq's sslmode; "" leaves libpq's default
_RECOMMENDED = 1  # keyring's priority of a recommended (encrypted, system) backend


class CredentialsError(ServiceError):
    """The password could not be remembered (or forgotten) in the system keyring."""


def is_server_address(text: object) -> bool:
    """Whether ``text`` is a server database's address (``postgresql://…``), not a file."""
    return is_server_url(text)


def location_of(url: str) -> str:
    """A server database's address as the app remembers it: without password, driver or
    default port, its parameters in order, so that one database has one name. Raises
    ValueError for text that is not a ``postgresql://`` URL."""
    return ServerAddress.parse(url)[0].url()


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """Where a database on a server is, and who logs in: what the Connect to Server dialog
    shows field by field. ``host`` is a server name, an IP address, or a folder holding the
    server's Unix socket; empty, libpq's default (the local socket)."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    sslmode: str = ""  # one of SSL_MODES, or "" for libpq's default ("prefer")
    options: tuple[tuple[str, str], ...] = ()  # the address's other parameters, kept as given

    @classmethod
    def parse(cls, text: str) -> tuple[ServerAddress, str]:
        """The address written as a URL (``postgresql://user:password@host:port/name``),
        and the password it holds ("" when none). Raises ValueError for anything else."""
        url = _parse(text.strip())
        query = {key: _one(value) for key, value in url.query.items()}
        host = url.host or query.pop("host", "")
        query.pop("password", None)  # never kept in an address: returned below
        sslmode = query.pop("sslmode", "")
        address = cls(
            host=host,
            port=url.port or DEFAULT_PORT,
            database=url.database or "",
            user=url.username or "",
            sslmode=sslmode,
            options=tuple(sorted(query.items())),
        )
        password = url.password or _one(url.query.get("password", ""))
        return address, str(password)

    @property
    def complete(self) -> bool:
        """Whether there is enough to connect: a database name (the rest has defaults)."""
        return bool(self.database.strip())

    def url(self) -> str:
        """The address as a URL, without password."""
        host = self.host.strip()
        query = dict(self.options)
        socket = host.startswith("/")
        if socket:
            query["host"] = host
        if self.sslmode:
            query["sslmode"] = self.sslmode
        url = URL.create(
            "postgresql",
            username=self.user.strip() or None,
            host=None if socket else host or None,
            port=None if self.port == DEFAULT_PORT else self.port,
            database=self.database.strip() or None,
            query=query,
        )
        return url.render_as_string(hide_password=False)

    @property
    def location(self) -> str:
        """The address as the recent databases and the keyring name it (:func:`location_of`)."""
        return self.url()

    @property
    def server(self) -> str:
        """The server's name for a sentence or a title: its host, or "localhost"."""
        return self.host.strip() or "localhost"


def _parse(text: str) -> URL:
    if not is_server_url(text):
        raise ValueError(f"not a postgresql:// address: {text}")
    try:
        url = make_url(text)
    except ArgumentError as error:
        raise ValueError(str(error)) from error
    if url.get_backend_name() not in SERVER_SCHEMES:
        raise ValueError(f"not a postgresql:// address: {text}")
    return url


def _one(value: str | tuple[str, ...]) -> str:
    """A URL parameter's value (the first, when it is given twice)."""
    return value if isinstance(value, str) else (value[0] if value else "")


# ---------------------------------------------------------------------- the keyring
def keyring_problem() -> str | None:
    """Why no password can be remembered on this computer, or None when the system keyring
    is there. A keyring that would store passwords in a plain file is not used."""
    import keyring  # here, not above: with what it imports, 15 MiB most windows never use

    try:
        backend = keyring.get_keyring()
        priority = float(backend.priority)
    except Exception as error:  # a backend that fails to load: no keyring, for the app
        return _keyring_failed(error)
    if priority < _RECOMMENDED:
        return _(
            "The password cannot be remembered: no system keyring was found on this "
            "computer. A ~/.pgpass file or a libpq service file can hold it instead: see "
            "docs/deployment.md."
        )
    return None


def _keyring_failed(error: Exception) -> str:
    return _(
        "The password could not be remembered in the system keyring ({reason}). A ~/.pgpass "
        "file or a libpq service file can hold it instead: see docs/deployment.md."
    ).format(reason=str(error) or type(error).__name__)


def stored_password(location: str) -> str | None:
    """The password the keyring keeps for the server database at ``location``; None when
    there is none, or no keyring: libpq then looks in ~/.pgpass or a service file."""
    import keyring  # here, not above: with what it imports, 15 MiB most windows never use

    if keyring_problem() is not None:
        return None
    try:
        return keyring.get_password(SERVICE_NAME, location)
    except Exception:  # a locked or broken keyring: connect as if nothing were stored
        return None


def remember_password(location: str, password: str) -> None:
    """Keep ``password`` in the system keyring for the server database at ``location``.
    Raises CredentialsError with a sentence saying why it could not be kept and what to
    use instead."""
    import keyring  # here, not above: with what it imports, 15 MiB most windows never use

    problem = keyring_problem()
    if problem is not None:
        raise CredentialsError(problem)
    try:
        keyring.set_password(SERVICE_NAME, location, password)
    except Exception as error:  # locked, refused by the user, D-Bus gone…
        raise CredentialsError(_keyring_failed(error)) from error


def forget_password(location: str) -> None:
    """Remove the password kept for ``location``, if any; no keyring, nothing to forget."""
    import keyring  # here, not above: with what it imports, 15 MiB most windows never use
    import keyring.errors

    if keyring_problem() is not None:
        return
    try:
        keyring.delete_password(SERVICE_NAME, location)
    except keyring.errors.PasswordDeleteError:
        return  # none was kept
    except Exception as error:
        raise CredentialsError(
            _(
                "The password kept for {location} could not be removed from the system "
                "keyring ({reason}); remove it with the desktop's password manager."
            ).format(location=location, reason=str(error) or type(error).__name__)
        ) from error
