"""The command line speaks the app's language: TDT_LANGUAGE, then the app's saved setting,
then the locale; its sentences, its help and argparse's own words in French."""

from __future__ import annotations

import argparse
import gettext
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from desktop import cli_language, i18n, paths
from desktop.cli import main
from desktop.services import Workspace

PO = Path(__file__).resolve().parents[2] / "resources" / "translations" / "messages_fr.po"
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def catalogue_from_the_po() -> Iterator[None]:
    """French from the .po itself, compiled in memory: no build step needed."""
    with PO.open("rb") as stream:
        catalogue = read_po(stream, locale="fr")
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    i18n.reset_for_tests()
    i18n._catalogues["fr"] = gettext.GNUTranslations(buffer)
    yield
    i18n.reset_for_tests()


@pytest.fixture
def no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("TDT_LANGUAGE", *cli_language.LOCALE_VARIABLES):
        monkeypatch.delenv(variable, raising=False)


# ---------------------------------------------------------------------- which language
def test_tdt_language_comes_first(no_locale: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _save("fr")
    monkeypatch.setenv("LANG", "fr_BE.UTF-8")
    monkeypatch.setenv("TDT_LANGUAGE", "en")
    assert cli_language.choose() == "en"
    monkeypatch.setenv("TDT_LANGUAGE", "pseudo")  # the window's only
    assert cli_language.choose() == "en"


def test_then_the_setting_the_app_saved(no_locale: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    _save("fr")
    assert cli_language.choose() == "fr"
    _save("system")  # the system's: the locale decides
    assert cli_language.choose() == "en"


def test_then_the_locale_in_gettext_order(no_locale: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli_language.choose() == "en"
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert cli_language.choose() == "fr"
    monkeypatch.setenv("LC_MESSAGES", "C")
    assert cli_language.choose() == "en"
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert cli_language.choose() == "fr"
    monkeypatch.setenv("LANGUAGE", "en_GB:fr")
    assert cli_language.choose() == "en"


def test_a_settings_file_that_cannot_be_read_is_no_choice(no_locale: None) -> None:
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_bytes(b"\xff\xfe not an ini file [[[")
    assert cli_language.saved_choice() is None
    assert cli_language.choose() == "en"


def _save(choice: str) -> None:
    """What Qt writes for AppSettings.set_language (an ini file; checked against QSettings
    in tests/ui/test_settings.py)."""
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[General]\nx=1\n\n[ui]\nlanguage={choice}\n", encoding="utf-8")


# ---------------------------------------------------------------------- French
@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.sqlite"
    Workspace.open(path).close()
    return path


def test_a_command_and_an_error_in_french(
    empty: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TDT_LANGUAGE", "fr")
    assert main(["sessions", "--db", str(empty)]) == 0
    assert capsys.readouterr().out == "Aucune séance.\n"

    missing = tmp_path / "missing.json"
    assert main([str(missing)]) == 2
    assert capsys.readouterr().err == (  # "tourdetable: " as GNU tools do in French too
        f"tourdetable: Il n'y a pas de fichier {missing}{NBSP}; rien n'a donc été importé. "
        "Vérifiez le nom.\n"
    )
    assert i18n.language() == "en"  # main gives the language back


def test_argparse_speaks_french_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TDT_LANGUAGE", "fr")
    with pytest.raises(SystemExit) as stopped:
        main(["sessions"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"utilisation{NBSP}: tourdetable sessions [-h] --db DB")
    assert err.endswith(
        f"tourdetable sessions{NBSP}: erreur{NBSP}: ces arguments sont obligatoires{NBSP}: --db\n"
    )
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    # (the column of the help follows the longest command's name: working-copy)
    assert re.search(f"options{NBSP}:\n  -h, --help +afficher cette aide et quitter", out)
    assert f"commandes{NBSP}:" in out and "énumérer les séances" in out
    # and English again, once main has returned, for whoever uses argparse next
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("--x", required=True)
    with pytest.raises(SystemExit):
        other.parse_args([])
    assert "other: error: the following arguments are required: --x" in capsys.readouterr().err
