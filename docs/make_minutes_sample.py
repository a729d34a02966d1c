"""Regenerate docs/minutes-sample.pdf and its page images in docs/minutes-sample/.

    PYTHONPATH=. .venv/bin/python docs/make_minutes_sample.py [--language fr] [--dpi 60]

The sample is the demo session's minutes, with the demo's "today" fixed so that the output
is the same on every run (the PDF is byte-identical; the PNGs come from pdftoppm, in
Debian's poppler-utils, reduced to 64 colours to keep the repository small).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from PIL import Image  # comes with reportlab

from desktop.services import Workspace
from desktop.services.demo import write_demo
from desktop.services.minutes import export_minutes

DOCS = Path(__file__).resolve().parent
TODAY = date(2026, 11, 23)  # the demo meeting is two days earlier: Saturday 21 November 2026


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "fr"), default="en")
    parser.add_argument("--dpi", type=int, default=60, help="resolution of the page images")
    args = parser.parse_args(argv)
    suffix = "" if args.language == "en" else f"-{args.language}"
    pdf = DOCS / f"minutes-sample{suffix}.pdf"
    images = DOCS / f"minutes-sample{suffix}"
    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "demo.sqlite"
        session_id = write_demo(database, today=TODAY)
        with Workspace.open(database) as ws:
            export_minutes(ws, session_id, args.language, pdf)
    print(f"wrote {pdf.relative_to(DOCS.parent)}")
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (apt-get install poppler-utils): no page images", file=sys.stderr)
        return 1
    if images.exists():
        shutil.rmtree(images)
    images.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", str(args.dpi), "-png", str(pdf), str(images / "page")], check=True
    )
    for image in sorted(images.glob("page-*.png")):
        _shrink(image)
        print(f"wrote {image.relative_to(DOCS.parent)}")
    return 0


def _shrink(image: Path) -> None:
    """64 colours without dithering: a quarter of the size, the same page to the eye."""
    with Image.open(image) as page:
        small = page.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(image, optimize=True)


if __name__ == "__main__":
    sys.exit(main())
