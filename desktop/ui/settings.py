"""What the app remembers between runs, over an injected ``QSettings``.

Widgets receive an ``AppSettings``; nothing reads ``QSettings()`` globally, so tests hand in
a file under ``tmp_path``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.paths import SETTINGS_NAME
from desktop.ui.locations import Location, as_location, location_key

MAX_RECENT = 8
DEFAULT_BACKUP_MINUTES = 10
MAX_BACKUP_MINUTES = 24 * 60
MAX_SPEAKING_MINUTES = 60


def settings_file(folder: Path) -> QSettings:
    """The ini-format settings file in ``folder`` (the platform's user config folder; the
    command line reads its language there too, ``desktop.cli_language``)."""
    return QSettings(str(folder / SETTINGS_NAME), QSettings.Format.IniFormat)


class AppSettings:
    def __init__(self, store: QSettings) -> None:
        self._store = store

    @property
    def store(self) -> QSettings:
        return self._store

    # ------------------------------------------------------------------ databases
    def recent_databases(self) -> list[Location]:
        """Files (paths) and server databases (addresses without password), newest first."""
        value = self._store.value("databases/recent", [])
        # The ini format reads a one-element list back as a plain string.
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [as_location(str(item)) for item in items if item][:MAX_RECENT]

    def add_recent_database(self, location: Location) -> None:
        """Remember ``location`` first in the recent list and as the one to start on. A
        server's address is stored without its password."""
        key = location_key(location)
        others = [k for k in map(_key, self.recent_databases()) if k is not None and k != key]
        self._store.setValue("databases/recent", [key, *others][:MAX_RECENT])
        self._store.setValue("databases/last", key)

    def clear_recent_databases(self) -> None:
        self._store.remove("databases/recent")

    def last_database(self) -> Location | None:
        value = self._store.value("databases/last", "")
        return as_location(str(value)) if value else None

    # ------------------------------------------------------------------ sessions
    def last_session(self, database: Location) -> int | None:
        """The session that was open in ``database`` when the app last left it."""
        if self._store.value("session/database", "") != location_key(database):
            return None
        value = self._store.value("session/id", 0)
        try:
            number = int(str(value))
        except ValueError:
            return None
        return number or None

    def set_last_session(self, database: Location, session_id: int | None) -> None:
        self._store.setValue("session/database", location_key(database))
        self._store.setValue("session/id", session_id or 0)

    # ------------------------------------------------------------------ server logins
    def remember_password_choice(self) -> bool:
        """Whether the Connect to Server dialog's "remember the password" box was ticked
        last time (the password itself is in the system keyring, never here)."""
        return str(self._store.value("server/remember_password", "false")).lower() == "true"

    def set_remember_password_choice(self, remember: bool) -> None:
        self._store.setValue("server/remember_password", remember)

    # ------------------------------------------------------------------ signing
    def signing_certificate(self) -> Path | None:
        """The secretariat's PKCS#12 file that signs the minutes, None when none is chosen
        (its password is in the system keyring or asked, never here)."""
        value = str(self._store.value("signing/certificate", "") or "")
        return Path(value) if value else None

    def signing_subject(self) -> str:
        """Whom the certificate names, as read when it was chosen ("" when none)."""
        return str(self._store.value("signing/subject", "") or "")

    def set_signing_certificate(self, path: Path, subject: str) -> None:
        self._store.setValue("signing/certificate", str(path))
        self._store.setValue("signing/subject", subject)

    def clear_signing_certificate(self) -> None:
        self._store.remove("signing")

    # ------------------------------------------------------------------ backups
    def backup_interval_minutes(self) -> int:
        """Minutes between automatic backups while a session is open; 0: none on a timer
        (the backup on opening a database is still taken)."""
        try:
            value = self._store.value("backups/interval_minutes", DEFAULT_BACKUP_MINUTES)
            minutes = int(str(value))
        except ValueError:
            return DEFAULT_BACKUP_MINUTES
        return max(0, min(minutes, MAX_BACKUP_MINUTES))

    def set_backup_interval_minutes(self, minutes: int) -> None:
        minutes = max(0, min(minutes, MAX_BACKUP_MINUTES))
        self._store.setValue("backups/interval_minutes", minutes)

    # ------------------------------------------------------------------ tour de table
    def speaking_limit_minutes(self) -> int:
        """The tour de table's speaking limit per intervention, in minutes; 0: none."""
        try:
            minutes = int(str(self._store.value("tour/speaking_limit_minutes", 0)))
        except ValueError:
            return 0
        return max(0, min(minutes, MAX_SPEAKING_MINUTES))

    def set_speaking_limit_minutes(self, minutes: int) -> None:
        minutes = max(0, min(minutes, MAX_SPEAKING_MINUTES))
        self._store.setValue("tour/speaking_limit_minutes", minutes)

    # ------------------------------------------------------------------ language
    def language(self) -> str:
        """The interface language chosen: "system" (the default), "en" or "fr"."""
        value = str(self._store.value("ui/language", "system"))
        return value if value in ("system", "en", "fr") else "system"

    def set_language(self, choice: str) -> None:
        self._store.setValue("ui/language", choice)

    # ------------------------------------------------------------------ window
    def window_geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._store.sync()


def _key(location: Location) -> str | None:
    """The key of a remembered location; None for one that cannot be read (a malformed
    address), which is dropped."""
    try:
        return location_key(location)
    except ValueError:
        return None
