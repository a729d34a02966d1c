"""The ``tourdetable`` command's manual page and shell completions, made at build time from
its argument parser (``desktop.cli.build_parser``), so they never lag behind ``--help``:

    python packaging/cli_docs.py OUT_DIR

writes ``OUT_DIR/tourdetable.1`` (argparse-manpage), ``OUT_DIR/tourdetable.bash`` and
``OUT_DIR/_tourdetable`` (shtab, for bash and zsh). ``make package`` runs it in the bundle's
environment (both tools are in pyproject's ``package`` extra, pinned in
``requirements-bundle.lock``), and ``linux-packages.sh`` installs the three files in the
.deb. The page is in English, as ``--help`` is without a French locale; its date is the
last commit's (``SOURCE_DATE_EPOCH``), so a rebuild gives the same bytes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROG = "tourdetable"
HOMEPAGE = "https://tourdetable.org/"
SUMMARY = "record a council's tour de table and write its minutes"  # the metainfo's summary
DOCS = "/usr/share/doc/tourdetable"

# Metavars whose values are files: the shells complete file names there. A DB is a file or
# a postgresql:// URL; file names are what a shell can offer.
FILE_METAVARS = ("DB", "CERT")

# Sections the parser cannot give: (heading, the macro line that opens it, its text).
EXTRA_SECTIONS = (
    (
        "environment",
        ".TP\n.B TDT_LANGUAGE",
        "The language of the interface, its messages and this command's output for one run: "
        "en or fr (otherwise Edit > Language, then the locale).",
    ),
    (
        "files",
        f".TP\n.I {DOCS}/",
        "The README, and docs/: deployment.md (databases on a server, passwords, "
        "workstations) and session-file.md (the session file, FILE.json).",
    ),
    (
        "see also",
        "",
        f"{PROG} self-test checks an installation. The home page: {HOMEPAGE}",
    ),
)


def parser() -> argparse.ArgumentParser:
    """The command's parser, in English."""
    sys.path.insert(0, str(ROOT))
    from desktop import i18n
    from desktop.cli import build_parser

    i18n.set_language("en")
    return build_parser()


def parsers(top: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and each of its commands' parsers."""
    yield top
    for action in top._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from parsers(sub)


def commands(top: argparse.ArgumentParser) -> list[str]:
    """The commands' names, in the parser's order."""
    return [
        name
        for action in top._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    ]


def manpage(top: argparse.ArgumentParser) -> str:
    from argparse_manpage.manpage import Manpage  # type: ignore[import-untyped]

    from desktop import __version__

    page = Manpage(
        top,
        _data={
            "project_name": "Tour de Table",
            "version": __version__.split("+")[0],
            "description": SUMMARY,
            "manual_title": "Tour de Table",
            "authors": ["Tour de Table developers"],
            "url": HOMEPAGE,
        },
    )
    # The usage's lines, each its own line of the synopsis (argparse-manpage joins them).
    lines = [line.strip() for line in (top.usage or "").split("\n") if line.strip()]
    synopsis = "\n.br\n".join(
        f".B {PROG}\n{_roff(line.removeprefix('%(prog)s').strip())}" for line in lines
    )
    if synopsis:
        page.add_section("synopsis", "=", synopsis)
    for heading, macro, text in EXTRA_SECTIONS:
        page.add_section(heading, "=", "\n".join(filter(None, (_roff(macro), _roff(text)))))
    return str(page)


def completions(top: argparse.ArgumentParser, shell: str) -> str:
    import shtab

    for sub in parsers(top):
        for action in sub._actions:
            metavar = action.metavar if isinstance(action.metavar, str) else ""
            if metavar.startswith("FILE") or metavar in FILE_METAVARS:
                action.complete = shtab.FILE  # type: ignore[attr-defined]
    return shtab.complete(top, shell=shell)


def _roff(text: str) -> str:
    """Text for a roff line: backslashes and hyphens escaped (a '-' is a hyphen to roff)."""
    return text.replace("\\", "\\e").replace("-", "\\-")


def write(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = {
        out / f"{PROG}.1": manpage(parser()),
        out / f"{PROG}.bash": completions(parser(), "bash"),
        out / f"_{PROG}": completions(parser(), "zsh"),
    }
    for path, text in written.items():
        path.write_text(text, encoding="utf-8")
    return list(written)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python packaging/cli_docs.py OUT_DIR")
    for path in write(Path(sys.argv[1])):
        print(f"Wrote {path}")
