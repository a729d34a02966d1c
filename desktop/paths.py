"""Where the app keeps its files: the platform's user folders, never the working directory.

The folders are looked up on every call, not once at import: tests (and anyone who
changes ``XDG_*`` at run time) get the folders of the environment as it is now.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

APP_DIR_NAME = "TourDeTable"
SETTINGS_NAME = "tourdetable.ini"


def _dirs() -> PlatformDirs:
    return PlatformDirs(appname=APP_DIR_NAME, appauthor=False, roaming=False)


def data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def config_dir() -> Path:
    """Where the settings file lives (``QSettings`` in ini format)."""
    return Path(_dirs().user_config_dir)


def settings_file() -> Path:
    """The app's settings (Qt's ``QSettings`` in ini format; ``desktop.ui.settings``)."""
    return config_dir() / SETTINGS_NAME


def log_dir() -> Path:
    """Where the log is written (``desktop.logs``): unexpected errors with their traceback,
    Qt's warnings, and with ``--debug`` what the app does."""
    return Path(_dirs().user_log_dir)


def default_database() -> Path:
    return data_dir() / "tourdetable.sqlite"


def backup_dir(database: Path) -> Path:
    """Backups sit beside the database, in a folder named after it."""
    return database.parent / "backups" / database.stem
