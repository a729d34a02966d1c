"""Starting the whole app, in a subprocess, where something is wrong: an archive on a
read-only disk (--read-only), a platform plugin that cannot load. One sentence each, the
database as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop import qt_platform
from desktop.services.demo import write_demo
from tests.faults import read_only_folder


def _start(*args: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.update({"QT_QPA_PLATFORM": "offscreen", "TDT_QUIT_AFTER_SHOW": "1"} | env)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True, text=True, env=environment, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_an_archive_on_a_read_only_disk_opens_with_read_only(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    write_demo(archive / "council.sqlite")
    before = _files(archive)
    with read_only_folder(archive, tmp_path / "ro") as folder:
        db = folder / "council.sqlite"
        refused = _start("--db", str(db), tmp_path=tmp_path)
        assert refused.returncode == 1
        assert refused.stderr.splitlines()[0] == (
            f"The database at {db} cannot be written (the file, its folder or its disk is "
            "read-only). Open it read-only, or copy it to a folder you can write to."
        )
        opened = _start("--db", str(db), "--read-only", tmp_path=tmp_path)
        assert opened.returncode == 0, opened.stderr
        assert "Traceback" not in opened.stderr
    assert _files(archive) == before


def test_a_platform_plugin_that_cannot_load_is_one_sentence_not_qts_abort(
    tmp_path: Path,
) -> None:
    """The xcb plugin, moved away from the Qt libraries it needs: the system's loader
    really refuses it, as it would without libxcb-cursor0."""
    platforms = tmp_path / "platforms"
    platforms.mkdir()
    real = qt_platform.plugin_folder()
    assert real is not None
    shutil.copy(real / "libqxcb.so", platforms / "libqxcb.so")
    database = tmp_path / "council.sqlite"
    result = _start(
        "--db", str(database), tmp_path=tmp_path,
        QT_QPA_PLATFORM="xcb", DISPLAY=":0", QT_QPA_PLATFORM_PLUGIN_PATH=str(platforms),
    )  # fmt: skip
    assert result.returncode == 1  # not Qt's abort (-6)
    assert result.stderr == (
        "tourdetable: Qt cannot open a window here: its xcb platform plugin needs "
        "libQt6XcbQpa.so.6, which is not installed; install the package that provides it, "
        "then start Tour de Table again.\n"
    )
    assert not database.exists()
