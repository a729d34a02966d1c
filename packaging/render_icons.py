"""Render the application icon's PNG, ICO and ICNS files from its two SVG drawings.

    .venv/bin/python packaging/render_icons.py

Needs ``rsvg-convert`` (Debian: librsvg2-bin) and Pillow (installed with reportlab). The
results are committed in ``resources/icons/``, so building a package needs neither; run
this again only after changing ``tourdetable.svg`` or ``tourdetable-small.svg``.

- ``tourdetable-small.svg`` is drawn on the pixel grid for 16 and 24 pixels;
- ``tourdetable.svg`` is for 32 pixels and up.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 24
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows' shell and title bars ask for
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # the sizes an .icns holds


def drawing_for(size: int) -> Path:
    name = "tourdetable-small.svg" if size <= SMALL_UP_TO else "tourdetable.svg"
    return ICONS / name


def render(size: int, target: Path) -> Path:
    subprocess.run(
        ["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(target),
         str(drawing_for(size))],
        check=True,
    )  # fmt: skip
    return target


def main() -> int:
    if shutil.which("rsvg-convert") is None:
        print("render_icons: rsvg-convert is missing (Debian: apt-get install librsvg2-bin).")
        return 1
    pngs = {size: render(size, ICONS / f"tourdetable-{size}.png") for size in PNG_SIZES}
    with tempfile.TemporaryDirectory() as tmp:
        extra = {size: render(size, Path(tmp) / f"{size}.png") for size in (1024,)}
        images = {size: Image.open(path).convert("RGBA") for size, path in (pngs | extra).items()}
        largest = images[256]
        largest.save(
            ICONS / "tourdetable.ico",
            format="ICO",
            sizes=[(s, s) for s in ICO_SIZES],
            append_images=[images[s] for s in ICO_SIZES if s != 256],
        )
        images[1024].save(
            ICONS / "tourdetable.icns",
            format="ICNS",
            append_images=[images[s] for s in ICNS_SIZES if s != 1024],
        )
    print(f"Wrote {len(pngs)} PNG files, tourdetable.ico and tourdetable.icns to {ICONS}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
