"""The interface's translations, kept with Qt Linguist's tools.

    python packaging/translations.py update   re-read the sources into the .ts files
    python packaging/translations.py build    compile the .ts files into .qm (what the app loads)

The sources are split into a few .ts files by area, so that a translator (or two) can work
on one area at a time in Qt Linguist. Each area is one .ts file per language in
``resources/translations/`` (``tourdetable_<area>_<language>.ts``); the app loads every .qm of
its language. ``update`` keeps every translation whose source text did not change, marks the
changed ones unfinished and drops those whose source is gone (``-no-obsolete``); ``build``
is what ``make`` runs before the tests and the app.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "desktop" / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def _silence(path: Path) -> bool:
    return path.name.startswith("silence")


def areas() -> dict[str, list[Path]]:
    """The source files of each area of the interface."""
    session = sorted((UI / "session").glob("*.py"))
    top = sorted(UI.glob("*.py")) + sorted((UI / "models").glob("*.py"))
    silence = [p for p in session + top if _silence(p) or p.name == "silence.py"]
    return {
        "main": [p for p in top if p not in silence],
        "session": [p for p in session if p not in silence],
        "silence": silence,
    }


def ts_files() -> list[Path]:
    return [
        FOLDER / f"tourdetable_{area}_{language}.ts" for area in areas() for language in LANGUAGES
    ]


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the running Python (the venv's bin)."""
    candidate = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for area, sources in areas().items():
        for language in LANGUAGES:
            ts = FOLDER / f"tourdetable_{area}_{language}.ts"
            relative = [str(p.relative_to(ROOT)) for p in sources]
            subprocess.run(
                [_tool("lupdate"), "-no-obsolete", "-locations", "relative", *relative,
                 "-ts", str(ts.relative_to(ROOT))],
                cwd=ROOT, check=True,
            )  # fmt: skip
            _set_language(ts, language)


def _set_language(ts: Path, language: str) -> None:
    """lupdate names the language only when it creates the file from a name it knows."""
    text = ts.read_text(encoding="utf-8")
    if 'language=""' in text or "language=" not in text:
        text = text.replace("<TS ", f'<TS language="{language}" ', 1).replace(' language=""', "")
        ts.write_text(text, encoding="utf-8")


def build() -> None:
    for ts in ts_files():
        if not ts.exists():
            continue
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main(argv: list[str]) -> int:
    commands = {"update": update, "build": build}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
