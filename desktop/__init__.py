"""Tour de Table: the secretariat's tool for councils that decide by consensus."""

import os
import sys


def _version() -> str:
    """This distribution's version, from its metadata. The metadata folder is looked for as
    ``importlib.metadata`` looks for it, the first on ``sys.path``, and its version read
    straight from the file: importing ``importlib.metadata`` (and its e-mail parser) costs
    20–30 ms at every start, before the window can paint. ``importlib.metadata`` answers
    when the folder is not a plain one (a zip, another layout)."""
    for entry in sys.path:
        try:
            names = sorted(os.listdir(entry or "."))
        except OSError:
            continue
        for name in names:
            base, dot, kind = name.rpartition(".")
            if dot and kind in ("dist-info", "egg-info") and base.split("-")[0] == "tourdetable":
                found = _metadata_version(os.path.join(entry or ".", name), kind)
                if found:
                    return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tourdetable")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"


def _metadata_version(folder: str, kind: str) -> str | None:
    """The ``Version:`` of a metadata folder's headers (None: not there, or unreadable)."""
    file = os.path.join(folder, "METADATA" if kind == "dist-info" else "PKG-INFO")
    try:
        with open(file, encoding="utf-8") as headers:
            for line in headers:
                if not line.strip():
                    break  # the end of the headers
                if line.startswith("Version:"):
                    return line.partition(":")[2].strip() or None
    except OSError:
        return None
    return None


__version__ = _version()

APP_NAME = "Tour de Table"
APP_ID = "org.tourdetable.TourDeTable"
