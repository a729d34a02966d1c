from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from desktop.ui.settings import MAX_RECENT, AppSettings, settings_file


def test_recent_databases_are_newest_first_without_duplicates(tmp_path: Path) -> None:
    settings = AppSettings(settings_file(tmp_path))
    for name in ("a", "b", "a"):
        settings.add_recent_database(tmp_path / f"{name}.sqlite")
    assert [p.name for p in settings.recent_databases()] == ["a.sqlite", "b.sqlite"]
    assert settings.last_database() == (tmp_path / "a.sqlite").resolve()


def test_recent_databases_keep_at_most_eight(tmp_path: Path) -> None:
    settings = AppSettings(settings_file(tmp_path))
    for n in range(12):
        settings.add_recent_database(tmp_path / f"{n}.sqlite")
    recent = settings.recent_databases()
    assert len(recent) == MAX_RECENT
    assert recent[0].name == "11.sqlite"


def test_settings_survive_a_new_instance(tmp_path: Path) -> None:
    first = AppSettings(settings_file(tmp_path))
    first.add_recent_database(tmp_path / "only.sqlite")  # a one-element list in the ini file
    first.set_window_geometry(QByteArray(b"\x01\x02"))
    first.sync()
    second = AppSettings(settings_file(tmp_path))
    assert [p.name for p in second.recent_databases()] == ["only.sqlite"]
    assert second.window_geometry() == QByteArray(b"\x01\x02")
    second.clear_recent_databases()
    assert second.recent_databases() == []
