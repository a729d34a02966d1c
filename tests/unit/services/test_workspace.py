from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import DatabaseError, Workspace


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are my meeting notes, not a database.\n" * 50)
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        Workspace.open(path)
    assert "Traceback" not in str(caught.value)
    assert str(caught.value).endswith(".")
    assert path.read_bytes() == before


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder; choose a database file"):
        Workspace.open(tmp_path)


def test_a_new_file_is_created_with_its_folders(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "new.sqlite"
    with Workspace.open(path) as ws:
        assert ws.sessions.list_sessions() == []
    assert path.exists()
