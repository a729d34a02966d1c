"""The golden pages: the demo's minutes, in English and French, look as they did.

Each page is rasterised (PDFium, through the pypdfium2 wheel pinned in pyproject.toml: the
same renderer on every machine, so a difference is the document's, not the renderer's) and
compared with ``golden/{language}-{page}.png``. A reportlab upgrade that moves, resizes or
restyles anything on a page fails here; the text tests (``test_minutes.py``) would not see it.

The demo is written with a fixed ``today``, so the session's dates and the record's
fingerprint are the same on every run: two runs give identical PNGs. The tolerance is for a
renderer's rounding, not for a change: a single character changed on a page (one glyph, about
a hundred pixels at this resolution) already fails it.

On a failure, the new pages and an image of the differences are written to ``build/golden/``.
To accept a change (a deliberate one): ``TDT_UPDATE_GOLDEN=1`` rewrites the goldens, e.g.

    TDT_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen .venv/bin/pytest tests/unit/reports/test_golden.py

then look at the new PNGs before committing them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops

from desktop.domain.minutes import Minutes
from desktop.reports.minutes import render
from desktop.services import Workspace
from desktop.services.demo import write_demo
from tests.unit.services.conftest import DEMO_TODAY

GOLDEN = Path(__file__).parent / "golden"
OUT = Path(__file__).resolve().parents[3] / "build" / "golden"
UPDATE = os.environ.get("TDT_UPDATE_GOLDEN") == "1"
REFRESH = (
    "TDT_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen .venv/bin/pytest "
    "tests/unit/reports/test_golden.py"
)

DPI = 50  # an A4 page is 414 x 585 pixels, grey: the twelve pages weigh about 260 KB
# Tolerance, per page: the mean difference (levels of 255) and the share of pixels off by
# more than CLEAR levels. One glyph changed gives a mean of 0.03 and 0.04 % of the pixels.
MAX_MEAN = 0.02
CLEAR = 32
MAX_SHARE = 0.0002


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Minutes:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    session_id = write_demo(path, today=DEMO_TODAY)
    with Workspace.open(path) as ws:
        return ws.minutes.assemble(session_id)


def rasterise(pdf: bytes) -> list[Image.Image]:
    """The pages of ``pdf`` in 8-bit grey, at ``DPI``."""
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=DPI / 72, grayscale=True)
            images.append(bitmap.to_pil().convert("L"))
            bitmap.close()
            page.close()
        return images
    finally:
        document.close()


def difference(golden: Image.Image, new: Image.Image) -> tuple[float, float, Image.Image]:
    """The mean difference (levels), the share of pixels clearly different, and a picture of
    the differences: the golden page faded, in red where the new one differs."""
    diff = ImageChops.difference(golden, new)
    counts = diff.histogram()
    pixels = sum(counts)
    mean = sum(level * n for level, n in enumerate(counts)) / pixels
    share = sum(counts[CLEAR + 1 :]) / pixels
    picture = golden.point(lambda level: 255 - (255 - level) // 4).convert("RGB")
    picture.paste((220, 0, 0), mask=diff.point(lambda level: 255 if level > 8 else 0))
    return mean, share, picture


def update(language: str, pages: list[Image.Image]) -> None:
    GOLDEN.mkdir(exist_ok=True)
    for stale in GOLDEN.glob(f"{language}-*.png"):
        stale.unlink()
    for number, image in enumerate(pages, start=1):
        image.save(GOLDEN / f"{language}-{number}.png", optimize=True)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_demo_minutes_look_as_they_did(demo: Minutes, language: str) -> None:
    pages = rasterise(render(demo, language))
    if UPDATE:
        update(language, pages)
        pytest.skip(f"TDT_UPDATE_GOLDEN=1: {GOLDEN} rewritten for {language!r}; look at them")
    goldens = sorted(GOLDEN.glob(f"{language}-*.png"), key=lambda p: int(p.stem.split("-")[1]))
    problems = []
    if len(goldens) != len(pages):
        problems.append(f"{len(pages)} pages where the goldens have {len(goldens)}")
    for number, (path, new) in enumerate(zip(goldens, pages, strict=False), start=1):
        with Image.open(path) as opened:
            golden = opened.convert("L")
        if golden.size != new.size:
            problems.append(f"page {number}: {new.size} pixels, the golden {golden.size}")
            continue
        mean, share, picture = difference(golden, new)
        if mean > MAX_MEAN or share > MAX_SHARE:
            OUT.mkdir(parents=True, exist_ok=True)
            picture.save(OUT / f"{language}-{number}-diff.png")
            problems.append(
                f"page {number}: mean difference {mean:.3f} (at most {MAX_MEAN}), "
                f"{share:.3%} of the pixels off by more than {CLEAR} (at most {MAX_SHARE:.2%})"
            )
    if problems:
        OUT.mkdir(parents=True, exist_ok=True)
        for number, image in enumerate(pages, start=1):
            image.save(OUT / f"{language}-{number}.png")
        pytest.fail(
            f"The {language!r} demo minutes no longer look like {GOLDEN}/{language}-*.png:\n- "
            + "\n- ".join(problems)
            + f"\nThe new pages and the differences (-diff.png) are in {OUT}. If the change "
            f"is meant, refresh the goldens with\n    {REFRESH}\nand look at them before "
            "committing.",
            pytrace=False,
        )
