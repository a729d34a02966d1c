"""No date or time is written through the process's locale: ``strftime``'s names of days and
months (%a %A %b %B), its locale's formats (%c %x %X) and its a.m./p.m. (%p) follow the
desktop's locale, not the language of the export or of the interface. Names come from
desktop.i18n's tables (MONTHS, WEEKDAYS), or from QLocale in the interface."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCALE_CODES = re.compile(r"%[-_0^#]?[aAbBcxXp]")


def locale_formats(source: str) -> list[str]:
    """Every string in ``source`` (f-strings' format specs included) with a locale-dependent
    strftime code, one line each."""
    return [
        f"{node.lineno}: {node.value!r}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and LOCALE_CODES.search(node.value)
    ]


def test_the_scanner_finds_each_kind() -> None:
    for sample in ('f"{d:%A %d %B}"', 'd.strftime("%a %b")', 'format(d, "%c")', '"%x %X %p"'):
        assert locale_formats(sample), sample
    fine = ['f"{d:%Y-%m-%d %H:%M}"', '"%1 of %2"', 'b"%PDF-"', '"100%"', 'd.strftime("%d")']
    for sample in fine:
        assert not locale_formats(sample), sample


def test_no_product_source_formats_through_the_locale() -> None:
    sources = [*ROOT.joinpath("desktop").rglob("*.py"), *ROOT.joinpath("db").rglob("*.py")]
    assert len(sources) > 50
    found = {
        str(path.relative_to(ROOT)): hits
        for path in sources
        if (hits := locale_formats(path.read_text(encoding="utf-8")))
    }
    assert found == {}
