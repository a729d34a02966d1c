"""Whether Qt's platform plugin can load here, asked before any Qt is.

Without a library its platform plugin needs (``libxcb-cursor0`` above all, new in Qt 6.5),
Qt prints its own plugin messages when the application object is made and aborts the
process, so the app would never get to say what to install. So the command line loads the
plugin's shared library first, with ctypes, as Qt will: the loader's error names the
missing library, and :data:`PACKAGES` the Debian package that has it.

No Qt here (``desktop.cli`` imports this before deciding to start the GUI). When this check
cannot tell (not Linux, no plugin where PySide6 keeps them, an error other than a missing
library), it says nothing and leaves Qt to speak for itself.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from pathlib import Path

from desktop.i18n import _

# The libraries Qt's platform plugins (xcb, offscreen) need that a minimal Debian lacks, by
# the package that has each: packaging/sysdeps.sh's "offscreen" and "window" groups (a test
# keeps the two in step).
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
}

_MISSING = re.compile(r"^(?P<library>[^\s:]+): cannot open shared object file")


def platform_problem() -> str | None:
    """The sentence to print when no platform plugin Qt would try can load, naming the
    missing library and its package; None when one loads, or when this cannot tell."""
    found = missing_for_platform()
    if found is None:
        return None
    platform, library = found
    package = PACKAGES.get(library)
    if package is None:
        return _(
            "Qt cannot open a window here: its {platform} platform plugin needs {library}, "
            "which is not installed; install the package that provides it, then start Tour "
            "de Table again."
        ).format(platform=platform, library=library)
    return _(
        "Qt cannot open a window here: its {platform} platform plugin needs {library}, "
        "which is not installed; install the package {package} (sudo apt-get install "
        "{package}), then start Tour de Table again."
    ).format(platform=platform, library=library, package=package)


def missing_for_platform() -> tuple[str, str] | None:
    """The first platform Qt would try and the library it lacks, when none of them can
    load; None when one can, or when this cannot tell."""
    folder = plugin_folder() if sys.platform.startswith("linux") else None
    if folder is None:
        return None
    missing: list[tuple[str, str]] = []
    for platform in candidates():
        plugin = folder / f"libq{platform}.so"
        if not plugin.is_file():
            return None  # a platform this check does not know: Qt's to judge
        library = missing_library(plugin)
        if library is None:
            return None
        missing.append((platform, library))
    return missing[0] if missing else None


def candidates() -> list[str]:
    """The platforms Qt will try, in order: QT_QPA_PLATFORM's (``wayland;xcb``, options after
    a colon left out), else wayland then xcb in a Wayland session, else xcb."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if chosen.strip():
        names = (part.split(":", 1)[0].strip() for part in chosen.split(";"))
        return [name for name in names if name]
    if os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_folder() -> Path | None:
    """Where Qt looks for its platform plugins: QT_QPA_PLATFORM_PLUGIN_PATH, else PySide6's
    own folder (found without importing PySide6). None when there is none."""
    chosen = os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if chosen:
        folder = Path(chosen)
    else:
        try:
            spec = importlib.util.find_spec("PySide6")
        except (ImportError, ValueError):
            return None
        locations = list(spec.submodule_search_locations or ()) if spec else []
        if not locations:
            return None
        folder = Path(locations[0]) / "Qt" / "plugins" / "platforms"
    return folder if folder.is_dir() else None


def missing_library(plugin: Path) -> str | None:
    """The library the system lacks for ``plugin`` to load (the loader names the first it
    cannot find); None when it loads, or fails for another reason."""
    try:
        load(plugin)
    except OSError as error:
        found = _MISSING.match(str(error))
        if found is None or found["library"] == str(plugin):
            return None
        return found["library"]
    return None


def load(library: Path) -> None:
    """Load a shared library into the process, as Qt will load it anyway."""
    ctypes.CDLL(str(library))
