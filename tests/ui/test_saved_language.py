"""The command line reads the language the app saved (Edit › Language) without Qt: the file
QSettings writes is one configparser reads (desktop.cli_language)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray

from desktop import cli_language, paths
from desktop.ui.settings import AppSettings, settings_file


@pytest.mark.parametrize("choice", ["fr", "en", "system"])
def test_the_language_the_app_saved_is_the_command_lines(
    choice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("TDT_LANGUAGE", *cli_language.LOCALE_VARIABLES):
        monkeypatch.delenv(variable, raising=False)
    settings = AppSettings(settings_file(paths.config_dir()))
    settings.set_window_geometry(QByteArray(b"\x00\x01 a geometry Qt writes as @ByteArray"))
    settings.add_recent_database(paths.default_database())
    settings.set_language(choice)
    settings.sync()
    assert cli_language.saved_choice() == choice
    assert cli_language.choose() == ("fr" if choice == "fr" else "en")
