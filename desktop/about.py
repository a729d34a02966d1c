"""What Help › About Tour de Table says of the app's licence and of what it bundles, read
from the installed packages' metadata (``importlib.metadata``) rather than written down here,
so that the versions shown are those running.

No Qt here; the dialog is ``desktop.ui.about_dialog``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from importlib.metadata import PackageNotFoundError, metadata

from desktop.reference import resource_text

APP_LICENCE = "GPL-3.0-or-later"  # pyproject.toml's; a source tree never installed has no metadata
FONTS = "fonts"  # resources/fonts/: each font with its LICENSE-<name>.txt

# The main libraries the app is made of (pyproject.toml's dependencies), as shown: Qt for
# Python is named on a line of its own, with its licence and Qt's About box.
LIBRARIES = (
    ("SQLAlchemy", "SQLAlchemy"),
    ("Alembic", "alembic"),
    ("reportlab", "reportlab"),
    ("psycopg", "psycopg"),
    ("keyring", "keyring"),
    ("platformdirs", "platformdirs"),
    ("tzdata", "tzdata"),
    ("pyHanko", "pyHanko"),  # signed minutes
    ("pyhanko-certvalidator", "pyhanko-certvalidator"),
    ("cryptography", "cryptography"),
    ("lxml", "lxml"),
    ("python-docx", "python-docx"),  # the working copy
    ("arabic-reshaper", "arabic-reshaper"),  # right-to-left text in the minutes
    ("python-bidi", "python-bidi"),
)


@dataclass(frozen=True, slots=True)
class Library:
    name: str
    version: str  # "" when the package's metadata cannot be read (a frozen bundle without it)
    licence: str  # an SPDX expression or the package's own words; "" when it names none


def app_licence() -> str:
    """The app's licence, as its package declares it."""
    return _licence_of("tourdetable") or APP_LICENCE


def libraries() -> list[Library]:
    """The main libraries, with the version installed and the licence it declares."""
    return [Library(name, _version_of(dist), _licence_of(dist)) for name, dist in LIBRARIES]


def qt_for_python_version() -> str:
    """The version of Qt for Python (PySide6) installed; "" when its metadata is missing."""
    return _version_of("PySide6-Essentials") or _version_of("PySide6")


def font_licences() -> list[tuple[str, str]]:
    """The fonts the minutes embed, each with its licence as shipped beside it
    (``resources/fonts/LICENSE-<name>.txt``): (name, text), DejaVu first."""
    folder = resources.files("resources").joinpath(FONTS)
    names = sorted(
        node.name.removeprefix("LICENSE-").removesuffix(".txt")
        for node in folder.iterdir()
        if node.name.startswith("LICENSE-") and node.name.endswith(".txt")
    )
    names.sort(key=lambda name: name != "DejaVu")
    return [(name, resource_text(FONTS, f"LICENSE-{name}.txt")) for name in names]


def _version_of(dist: str) -> str:
    try:
        return metadata(dist)["Version"] or ""
    except PackageNotFoundError:
        return ""


def _licence_of(dist: str) -> str:
    """The licence a package declares: its SPDX ``License-Expression``, else its licence
    classifier ("BSD License"), else the start of its ``License`` field."""
    try:
        data = metadata(dist).json
    except PackageNotFoundError:
        return ""
    expression = data.get("license_expression")
    if isinstance(expression, str) and expression:
        return expression
    classifiers = data.get("classifier", [])
    for classifier in [classifiers] if isinstance(classifiers, str) else classifiers:
        parts = [part.strip() for part in classifier.split("::")]
        if parts[0] == "License" and len(parts) > 1 and parts[-1] != "OSI Approved":
            return parts[-1]
    text = data.get("license", "")
    lines = text.strip().splitlines() if isinstance(text, str) else []
    return lines[0].split(" (")[0].strip() if lines else ""
