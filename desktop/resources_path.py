"""Files shipped in the ``resources`` package, as paths on disk, for the APIs that want a
file name (Qt's icons).

They are found by package (``importlib.resources``), never relative to the working
directory or to ``sys.executable``, so the same call works from a source tree, an installed
wheel, and a frozen PyInstaller bundle, where ``packaging/tourdetable.spec`` collects the
package's data files beside its code. Text and bytes are read the same way by
``desktop.reference.resource_text`` and ``desktop.reports.fonts.resource_bytes``.
"""

from __future__ import annotations

from pathlib import Path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resource_path(*parts: str) -> Path:
    """The path of a file or folder under ``resources/``; it may not exist."""
    from importlib import resources  # not at import: the window's first paint needs none

    node = resources.files("resources").joinpath(*parts)
    if not isinstance(node, Path):  # pragma: no cover - only an import from a zip file
        raise FileNotFoundError(f"resources/{'/'.join(parts)} is not a file on disk ({node}).")
    return node


def icon_files() -> list[Path]:
    """The application icon's PNG files, one for each size, smallest first."""
    return [resource_path("icons", f"tourdetable-{size}.png") for size in ICON_SIZES]
