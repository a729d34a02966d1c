"""The language the command line speaks: the app's choice, found without Qt.

In this order, the first that names a language decides:

1. ``TDT_LANGUAGE`` (``en``, ``fr``), as for the app;
2. the Language setting the app saved (Edit › Language: ``[ui] language`` in
   ``tourdetable.ini``, Qt's settings file in ini format, read here with configparser),
   unless it is "the system's";
3. the locale variables, in gettext's order (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
   ``LANG``): French when the first one set starts with ``fr``;

else English. No Qt here: ``--help`` speaks French without PySide6.
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping

from desktop import paths
from desktop.i18n import LANGUAGES

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def choose(environ: Mapping[str, str] | None = None) -> str:
    """ "en" or "fr": the command line's language (see the module's doc)."""
    environ = os.environ if environ is None else environ
    asked = environ.get("TDT_LANGUAGE", "")
    if asked:
        return asked if asked in LANGUAGES else "en"  # "pseudo" is the window's only
    saved = saved_choice()
    if saved in LANGUAGES:
        return saved
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            return "fr" if value.split(":")[0].lower().startswith("fr") else "en"
    return "en"


def saved_choice() -> str | None:
    """The language saved in the app's settings file ("system", "en" or "fr"), None when
    there is no such file or it cannot be read."""
    parser = configparser.RawConfigParser(strict=False)
    try:
        read = parser.read(paths.settings_file(), encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    if not read:
        return None
    return parser.get("ui", "language", fallback=None)
