"""The packaging files agree with the code: one application id everywhere, every icon size
the window icon and the .deb use, the resources a frozen bundle must carry found by
package, the session file's MIME type, the manual page and completions made from the
argument parser, and the lock the bundle is built from. (Building the bundle and the .deb
is ``make package-check``, in CI after the tests.)"""

from __future__ import annotations

import configparser
import importlib.util
import json
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from desktop import APP_ID, APP_NAME
from desktop.resources_path import ICON_SIZES, icon_files, resource_path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SESSION_TYPE = "application/x-tourdetable-session+json"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_is_named_after_the_app_id_and_starts_the_command() -> None:
    entry = _desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    # /usr/bin/tourdetable, linked by the .deb; a session file opened from a file manager
    # comes as the one argument (tourdetable FILE.json offers to import it).
    assert entry["Exec"] == "tourdetable %f"
    assert entry["TryExec"] == "tourdetable"
    assert entry["MimeType"].split(";") == [SESSION_TYPE, ""]
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


def test_the_command_line_takes_the_file_the_desktop_file_passes() -> None:
    from desktop.cli import build_parser

    assert "FILE.json" in build_parser().format_usage()


def _mime_type() -> ET.Element:
    root = ET.parse(PACKAGING / f"{APP_ID}.xml").getroot()
    (mime_type,) = root.findall(f"{MIME}mime-type")
    return mime_type


def test_the_mime_type_knows_a_session_file_by_the_format_its_schema_fixes() -> None:
    mime_type = _mime_type()
    assert mime_type.get("type") == SESSION_TYPE
    assert mime_type.find(f"{MIME}sub-class-of").get("type") == "application/json"
    schema = json.loads(resource_path("schema", "session-file.schema.json").read_text("utf-8"))
    fmt = schema["properties"]["format"]["const"]
    (magic,) = mime_type.findall(f"{MIME}magic")
    assert int(magic.get("priority")) >= 80  # above a *.json file's other candidates
    values = {match.get("value") for match in magic.iter(f"{MIME}match")}
    assert values == {f'"format": "{fmt}"', f'"format":"{fmt}"'}
    # Every format an export writes starts with that key (docs/session-file.md).
    assert schema["required"][0] == "format"


def test_the_mime_types_glob_never_outweighs_application_json() -> None:
    """At application/json's weight (50), GLib would settle a tie the magic does not break
    by taking the first candidate: any JSON file could open as a session
    (packaging/check-mime.sh checks it for real)."""
    (glob,) = _mime_type().findall(f"{MIME}glob")
    assert glob.get("pattern") == "*.json"
    assert int(glob.get("weight", "50")) < 50


def test_the_metainfo_and_the_deb_carry_the_mime_type() -> None:
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert [m.text for m in root.iter("mediatype")] == [SESSION_TYPE]
    script = (PACKAGING / "linux-packages.sh").read_text(encoding="utf-8")
    assert '"$stage/usr/share/mime/packages/$app_id.xml"' in script
    session_doc = (ROOT / "docs" / "session-file.md").read_text(encoding="utf-8")
    assert SESSION_TYPE in session_doc


def _cli_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cli_docs", PACKAGING / "cli_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_manual_page_and_the_completions_name_every_command(tmp_path: Path) -> None:
    """What make package installs in the .deb, made the same way (packaging/cli_docs.py)."""
    pytest.importorskip("argparse_manpage", reason="the package extra (make package-check)")
    pytest.importorskip("shtab", reason="the package extra (make package-check)")
    cli_docs = _cli_docs()
    written = cli_docs.write(tmp_path)
    assert [p.name for p in written] == ["tourdetable.1", "tourdetable.bash", "_tourdetable"]
    page, bash, zsh = (p.read_text(encoding="utf-8") for p in written)
    commands = cli_docs.commands(cli_docs.parser())
    assert {"demo", "import", "export", "minutes", "self-test"} <= set(commands)
    for command in commands:
        roff = command.replace("-", "\\-")
        assert f"\\fBtourdetable\\fR \\fI\\,{roff}\\/\\fR" in page, command
        assert re.search(rf"\b{re.escape(command)}\b", bash), command
        assert re.search(rf"\b{re.escape(command)}\b", zsh), command
    assert page.startswith('.TH TOURDETABLE "1"')
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ENVIRONMENT", "FILES"):
        assert f"\n.SH {section}\n" in page, section
    assert re.search(r"^complete .*-F _shtab_tourdetable tourdetable$", bash, re.MULTILINE)
    assert zsh.startswith("#compdef tourdetable")
    if shutil.which("man"):
        shown = subprocess.run(
            ["man", "--local-file", str(written[0])], capture_output=True, text=True,
            env={"MANWIDTH": "80", "MANPAGER": "cat", "PATH": "/usr/bin:/bin"},
            check=True, timeout=30,
        )  # fmt: skip
        assert "tourdetable - record a council" in shown.stdout


def _pins() -> dict[str, str]:
    text = (PACKAGING / "requirements-bundle.lock").read_text(encoding="utf-8")
    pins = {}
    for block in re.split(r"\n(?=\S)", text):
        found = re.match(r"([A-Za-z0-9._-]+)==([^\s;\\]+)", block)
        if found:
            assert "--hash=sha256:" in block, found.group(1)  # pip install --require-hashes
            pins[_normal(found.group(1))] = found.group(2)
    return pins


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_bundle_lock_pins_what_pyproject_asks_for() -> None:
    """make package installs the lock only (pip --require-hashes --no-deps): a dependency
    added to pyproject.toml without `make package-lock` would be missing from the bundle."""
    from packaging.requirements import Requirement
    from packaging.version import Version

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    build_tools = (PACKAGING / "requirements-bundle.in").read_text(encoding="utf-8")
    wanted = [
        *project["dependencies"],
        *project["optional-dependencies"]["package"],
        *[line for line in build_tools.splitlines() if line and not line.startswith("#")],
    ]
    pins = _pins()
    for line in wanted:
        requirement = Requirement(line)
        name = _normal(requirement.name)
        assert name in pins, f"{name} is not in requirements-bundle.lock: make package-lock"
        assert requirement.specifier.contains(Version(pins[name]), prereleases=True), (
            f"{name}=={pins[name]} is outside {requirement.specifier}: make package-lock"
        )
    # What the extras bring: reportlab[accel], psycopg[binary].
    assert {"rl-accel", "psycopg-binary"} <= set(pins)


def test_lintian_overrides_each_say_why() -> None:
    """packaging/lintian-overrides, installed in the .deb: every override comes after a
    comment that gives its reason (a paragraph's comment covers its overrides)."""
    reason, count = False, 0
    for line in (PACKAGING / "lintian-overrides").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            reason = False
        elif line.startswith("#"):
            reason = True
        else:
            assert line.startswith("tourdetable: "), line
            assert reason, f"no reason given for: {line}"
            count += 1
    assert count


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


def test_the_deb_depends_on_the_wayland_libraries_and_not_on_a_font() -> None:
    """The bundle ships Qt's wayland plugin; the minutes embed their own DejaVu, and the
    interface takes the system's fonts (libfontconfig1 brings one)."""
    listed = subprocess.run(
        ["bash", str(PACKAGING / "sysdeps.sh"), "--list", "deb"],
        capture_output=True, text=True, check=True, timeout=30,
    ).stdout.split()  # fmt: skip
    assert {"libwayland-client0", "libwayland-cursor0", "libwayland-egl1"} <= set(listed)
    assert not [package for package in listed if package.startswith("fonts-")]


def test_every_apt_get_waits_for_the_dpkg_lock() -> None:
    script = (PACKAGING / "sysdeps.sh").read_text(encoding="utf-8")
    code = [line for line in script.splitlines() if not line.lstrip().startswith("#")]
    calls = [line for line in code if re.search(r"\bapt-get\b", line)]
    assert calls
    for line in calls:
        assert "command -v apt-get" in line or "-o DPkg::Lock::Timeout=" in line, line


def test_reportlab_uses_its_c_helpers() -> None:
    """reportlab[accel] installs rl_accel; without it every number and string width of the
    minutes is computed in Python (a slower export, see docs/performance.md)."""
    from reportlab.lib import rl_accel

    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
