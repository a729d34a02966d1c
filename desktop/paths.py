"""Where the app keeps its files: the platform's user folders, never the working directory."""

from __future__ import annotations

from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="TourDeTable", appauthor=False, roaming=False)


def data_dir() -> Path:
    return Path(_DIRS.user_data_dir)


def default_database() -> Path:
    return data_dir() / "tourdetable.sqlite"


def backup_dir(database: Path) -> Path:
    """Backups sit beside the database, in a folder named after it."""
    return database.parent / "backups" / database.stem
