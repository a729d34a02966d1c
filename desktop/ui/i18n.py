"""The interface language: chosen in the settings (the system's, English or French), applied
at start. Qt Linguist's .qm files for our strings and Qt's own for its standard dialogs, the
locale for dates and numbers, the domain's bilingual labels and the services' sentences all
follow the one choice.

A pseudo-language ("pseudo") shows every translated string doubled in length and bracketed,
to find layouts that break with longer text and strings that escape translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import i18n as messages
from desktop.resources_path import resource_path
from desktop.ui.labels import set_ui_language

SYSTEM, ENGLISH, FRENCH, PSEUDO = "system", "en", "fr", "pseudo"
CHOICES = (SYSTEM, ENGLISH, FRENCH)  # what the Language menu offers
TRANSLATIONS = ("translations",)

_installed: list[QTranslator] = []


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language a choice stands for: "en", "fr" or "pseudo"."""
    if choice in (ENGLISH, FRENCH, PSEUDO):
        return choice
    system = system or QLocale.system()
    return FRENCH if _language_code(system) == FRENCH else ENGLISH


def _language_code(locale: QLocale) -> str:
    """The locale's language as its ISO 639 code, "fr" for French: read from its name
    ("fr_BE"), not compared with ``QLocale.Language``, an enumeration of 350 languages that
    PySide would build (15 ms) before the window's first paint."""
    return locale.name().split("_")[0]


class PseudoTranslator(QTranslator):
    """Every string twice, in brackets: "[Open Database… Open Database…]". Placeholders
    (%1) and accelerators (&) keep working: both copies are filled, the first & counts."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[{source} {source}]" if source.strip() else source

    def isEmpty(self) -> bool:
        return False


def install(choice: str) -> str:
    """Apply the language ``choice`` to the running application and return the language now
    in use. Call it once QCoreApplication exists, before any window is built."""
    app = QCoreApplication.instance()
    if app is None:  # pragma: no cover - a programming error
        raise RuntimeError("Create the application before installing its translations.")
    uninstall()
    language = resolve(choice)
    if language == PSEUDO:
        _add(app, PseudoTranslator(app))
        QLocale.setDefault(QLocale("en_GB"))
        set_ui_language(ENGLISH)
        messages.set_language(ENGLISH)
        return language
    locale = _locale_for(language)
    QLocale.setDefault(locale)
    set_ui_language(language)
    messages.set_language(language)
    if language == FRENCH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase",):  # the standard dialogs and buttons
            _load(app, locale, name, qt_folder)
        ours = resource_path(*TRANSLATIONS)
        for qm in sorted(ours.glob(f"tourdetable_*_{language}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                _add(app, translator)
    return language


def _locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (so Brussels keeps fr_BE and its
    formats), else France's French or British English."""
    system = QLocale.system()
    if _language_code(system) == language:
        return system
    return QLocale("fr_FR" if language == FRENCH else "en_GB")


def uninstall() -> None:
    """Take every translator installed by :func:`install` out (tests switch back)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()


def _load(app: QCoreApplication, locale: QLocale, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(locale, name, "_", folder):
        _add(app, translator)


def _add(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
