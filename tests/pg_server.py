"""A throwaway PostgreSQL server for the test run, from the Debian binaries on this machine.

One cluster per pytest run, in a temporary folder, listening only on a Unix socket in that
folder (no TCP port, so parallel runs never collide), with ``trust`` authentication for
its one superuser. PostgreSQL refuses to run as root: as root (CI), the cluster belongs to
the ``postgres`` system user that Debian's package creates, and its commands run through
``runuser``.

Each test gets a database of its own, copied from a template migrated once to the head
revision (``CREATE DATABASE … TEMPLATE``: a file copy, some 30 ms), and dropped after.

``make test`` installs the binaries (packaging/sysdeps.sh postgres); a run of pytest on a
machine without them says how to get them and, under CI, fails rather than skips.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL, create_engine, text
from sqlalchemy.pool import NullPool

SUPERUSER = "tdt"
TEMPLATE = "tdt_template"
INSTALL_HINT = (
    "The PostgreSQL server binaries were not found (looked for pg_ctl in "
    "/usr/lib/postgresql/*/bin and on PATH). Install them with 'make sysdeps-postgres' "
    "(Debian: apt-get install postgresql), or set TDT_PG_BIN to their folder."
)


class ServerUnavailableError(RuntimeError):
    pass


def find_binaries() -> Path | None:
    """The folder of pg_ctl and initdb: TDT_PG_BIN, Debian's newest, or PATH."""
    configured = os.environ.get("TDT_PG_BIN")
    if configured:
        return Path(configured) if (Path(configured) / "pg_ctl").exists() else None
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


@dataclass
class Server:
    """A running cluster. ``url(name)`` connects to database ``name`` as the superuser."""

    bin_dir: Path
    folder: Path
    _owner: str | None = None  # the system user that runs it, when we are root
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def url(self, database: str = "postgres") -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=SUPERUSER,
            database=database,
            query={"host": str(self.socket_dir)},
        )

    def url_text(self, database: str) -> str:
        return self.url(database).render_as_string(hide_password=False)

    # ------------------------------------------------------------------ life
    @classmethod
    def start(cls) -> Server:
        bin_dir = find_binaries()
        if bin_dir is None:
            raise ServerUnavailableError(INSTALL_HINT)
        owner = None
        if os.geteuid() == 0:
            owner = "postgres"
            try:
                pwd.getpwnam(owner)
            except KeyError as error:
                raise ServerUnavailableError(
                    "Running as root, the test server needs the 'postgres' system user "
                    "(Debian's postgresql package creates it)."
                ) from error
        folder = Path(tempfile.mkdtemp(prefix="tdt-pg-"))
        server = cls(bin_dir, folder, owner)
        server.socket_dir.mkdir()
        if owner is not None:
            entry = pwd.getpwnam(owner)
            os.chmod(folder, 0o755)
            for path in (folder, server.socket_dir):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        data = folder / "data"
        server._run(
            "initdb", "-D", str(data), "-U", SUPERUSER, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{server.socket_dir}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        server._run(
            "pg_ctl", "-D", str(data), "-l", str(folder / "server.log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip
        return server

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin_dir / program), *args]
        if self._owner is not None:
            command = ["runuser", "-u", self._owner, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise ServerUnavailableError(
                f"{program} failed ({done.returncode}): {done.stderr.strip()}\n{tail}"
            )

    # ------------------------------------------------------------------ databases
    def create_database(self, name: str | None = None, *, template: str | None = None) -> str:
        """A new empty database (or a copy of ``template``); returns its name."""
        name = name or f"tdt_test_{next(self._counter)}"
        clause = f" TEMPLATE {template}" if template else ""
        self._admin(f'CREATE DATABASE "{name}"{clause}')
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _admin(self, statement: str) -> None:
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()
