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


def test_a_settings_file_of_an_older_version_still_reads(tmp_path: Path) -> None:
    database = tmp_path / "council.sqlite"
    (tmp_path / "tourdetable.ini").write_text(
        f"[databases]\nrecent={database}\nlast={database}\n[session]\ndatabase={database}\nid=7\n",
        encoding="utf-8",
    )
    settings = AppSettings(settings_file(tmp_path))
    assert settings.recent_databases() == [database]
    assert settings.last_database() == database
    assert settings.last_session(database) == 7


def test_a_server_database_is_remembered_by_its_address_without_password(
    tmp_path: Path,
) -> None:
    settings = AppSettings(settings_file(tmp_path))
    settings.add_recent_database(tmp_path / "council.sqlite")
    settings.add_recent_database("postgresql://clerk:Sesame-4242@db.example.org:5432/council")
    settings.set_last_session("postgresql://clerk@db.example.org/council", 3)
    settings.sync()
    assert b"Sesame-4242" not in (tmp_path / "tourdetable.ini").read_bytes()
    again = AppSettings(settings_file(tmp_path))
    address = "postgresql://clerk@db.example.org/council"
    assert again.recent_databases() == [address, (tmp_path / "council.sqlite").resolve()]
    assert again.last_database() == address
    assert again.last_session("postgres://clerk:other@db.example.org/council") == 3
    again.add_recent_database(address)  # the same database: once in the list
    assert again.recent_databases()[0] == address
    assert len(again.recent_databases()) == 2
