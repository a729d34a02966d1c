"""The engine factory sets the pragmas the app relies on, on every connection."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from db.engine import create_read_only_engine, create_sqlite_engine


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
    assert pragmas["synchronous"] == 2  # FULL: a commit is on the disk, even after a power cut
    assert isinstance(pragmas["busy_timeout"], int)
    assert pragmas["busy_timeout"] >= 5000


@pytest.mark.parametrize("foreign_keys", [True, False])
def test_foreign_keys_follow_the_argument(tmp_path: Path, foreign_keys: bool) -> None:
    pragmas = _pragmas(tmp_path / "e.sqlite", foreign_keys=foreign_keys)
    assert pragmas["foreign_keys"] == int(foreign_keys)


def test_a_read_only_engine_cannot_write_even_if_asked(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    writer = create_sqlite_engine(path)
    with writer.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x)")
        connection.exec_driver_sql("INSERT INTO t VALUES (1)")
    writer.dispose()
    reader = create_read_only_engine(path)
    try:
        with reader.connect() as connection:
            assert connection.exec_driver_sql("SELECT x FROM t").scalar() == 1
            with pytest.raises(OperationalError, match=r"readonly|read-only"):
                connection.exec_driver_sql("INSERT INTO t VALUES (2)")
    finally:
        reader.dispose()
