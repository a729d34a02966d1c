"""The packaging files agree with the code: one application id everywhere, every icon size
the window icon and the .deb use, and the resources a frozen bundle must carry found by
package. (Building the bundle itself is ``make package-check``, in CI after the tests.)"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import APP_ID, APP_NAME
from desktop.resources_path import ICON_SIZES, icon_files, resource_path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_is_named_after_the_app_id_and_starts_the_command() -> None:
    entry = _desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "tourdetable"  # /usr/bin/tourdetable, linked by the .deb
    assert entry["StartupWMClass"] == "tourdetable"  # what Qt sets from the program's name


def test_the_metainfo_names_the_app_id_its_desktop_file_and_the_licence() -> None:
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "GPL-3.0-or-later"  # pyproject's licence
    releases = [r.get("version") for r in root.iter("release")]
    from desktop import __version__

    assert __version__.split("+")[0] in releases or __version__ == "0.0.0+source"
    for image in root.iter("image"):
        name = (image.text or "").rsplit("/", 1)[-1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


def test_the_build_scripts_use_the_same_app_id() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(rf"^APP_ID\s*:=\s*{re.escape(APP_ID)}$", makefile, re.MULTILINE)
    script = (PACKAGING / "linux-packages.sh").read_text(encoding="utf-8")
    assert f"app_id={APP_ID}\n" in script


def test_every_icon_size_is_a_png_of_that_size() -> None:
    files = icon_files()
    assert [int(p.stem.rsplit("-", 1)[1]) for p in files] == list(ICON_SIZES)
    for size, path in zip(ICON_SIZES, files, strict=True):
        header = path.read_bytes()[:24]
        assert header.startswith(b"\x89PNG\r\n\x1a\n")
        assert int.from_bytes(header[16:20]) == size == int.from_bytes(header[20:24])
    for name in ("tourdetable.svg", "tourdetable-small.svg", "tourdetable.ico", "tourdetable.icns"):
        assert resource_path("icons", name).is_file(), name


def test_resources_are_files_in_the_package_not_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    fonts = resource_path("fonts")
    assert fonts.is_absolute()
    assert (fonts / "DejaVuSans.ttf").is_file()
    assert resource_path("reference", "allies.csv").is_file()
    assert resource_path("reference", "ally_names.csv").is_file()
    assert resource_path("schema", "session-file.schema.json").is_file()


@pytest.mark.skipif(shutil.which("bash") is None, reason="the script is bash")
def test_sysdeps_lists_the_debian_dependencies_without_checking() -> None:
    listed = subprocess.run(
        ["bash", str(PACKAGING / "sysdeps.sh"), "--list", "offscreen", "window"],
        capture_output=True, text=True, check=True, timeout=30,
    ).stdout.split()  # fmt: skip
    assert "libxcb-cursor0" in listed and "libegl1" in listed
    assert len(listed) == len(set(listed))


def test_reportlab_uses_its_c_helpers() -> None:
    """reportlab[accel] installs rl_accel; without it every number and string width of the
    minutes is computed in Python (a slower export, see docs/performance.md)."""
    from reportlab.lib import rl_accel

    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
