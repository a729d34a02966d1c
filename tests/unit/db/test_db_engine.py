"""The engine factory sets the pragmas the app relies on, on every connection."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.engine import create_sqlite_engine


def _pragmas(path: Path, *, foreign_keys: bool) -> dict[str, object]:
    engine = create_sqlite_engine(path, foreign_keys=foreign_keys)
    try:
        with engine.connect() as connection:
            return {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
            }
    finally:
        engine.dispose()


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    pragmas = _pragmas(tmp_path / "e.sqlite", foreign_keys=True)
    assert pragmas["foreign_keys"] == 1
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["synchronous"] == 1  # NORMAL: safe under WAL
    assert isinstance(pragmas["busy_timeout"], int)
    assert pragmas["busy_timeout"] >= 5000


@pytest.mark.parametrize("foreign_keys", [True, False])
def test_foreign_keys_follow_the_argument(tmp_path: Path, foreign_keys: bool) -> None:
    pragmas = _pragmas(tmp_path / "e.sqlite", foreign_keys=foreign_keys)
    assert pragmas["foreign_keys"] == int(foreign_keys)
