"""The French interface is complete: every string the code marks for translation is in a .ts
file, and every message there has a finished French translation that keeps its placeholders
and its accelerator. (The window shown in French is checked in tests/ui/test_i18n.py.)"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py, a build script)

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def _where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


@pytest.fixture(scope="module", params=[p.name for p in translations.ts_files()])
def ts(request: pytest.FixtureRequest) -> Path:
    return translations.FOLDER / request.param


def test_every_message_has_a_finished_french_translation(ts: Path) -> None:
    missing = [
        _where(context, message)
        for context, message in _messages(ts)
        if (message.find("translation") is None)
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not all(form.strip() for form in _forms(message))
    ]
    assert not missing, f"{len(missing)} messages in {ts.name} have no French yet:\n" + "\n".join(
        missing[:40]
    )


def test_translations_keep_placeholders_and_one_accelerator(ts: Path) -> None:
    wrong: list[str] = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in _forms(message):
            if not form:
                continue
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                wrong.append(f"{_where(context, message)} -> {form!r}: placeholders differ")
            accelerators = len(re.findall(r"&(?!&)", source.replace("&&", "")))
            if len(re.findall(r"&(?!&)", form.replace("&&", ""))) != accelerators:
                wrong.append(f"{_where(context, message)} -> {form!r}: accelerators differ")
    assert not wrong, "\n".join(wrong[:40])


def test_every_string_in_the_code_is_in_a_ts_file(tmp_path: Path) -> None:
    """lupdate run afresh on the sources finds nothing the committed .ts files lack:
    a string added to the code without `make translations-update` fails here."""
    import shutil
    import subprocess

    lupdate = translations._tool("lupdate")
    if shutil.which(lupdate) is None and not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    for area, sources in translations.areas().items():
        fresh = tmp_path / f"{area}.ts"
        subprocess.run(
            [lupdate, "-no-obsolete", *map(str, sources), "-ts", str(fresh)],
            check=True, capture_output=True,
        )  # fmt: skip
        committed = translations.FOLDER / f"tourdetable_{area}_fr.ts"
        known = {(c, m.findtext("source")) for c, m in _messages(committed)}
        new = sorted(
            f"{c}: {m.findtext('source')!r}"
            for c, m in _messages(fresh)
            if (c, m.findtext("source")) not in known
        )
        assert not new, (
            f"run `make translations-update` and translate; not in {committed.name}:\n"
            + "\n".join(new[:40])
        )
