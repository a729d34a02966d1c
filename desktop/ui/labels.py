"""The interface language, and the domain's bilingual labels shown in it.

The domain names its words in English and French (``Label``); the interface shows them in
the language the application was started in. Everything else visible is ``self.tr()``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.domain.labels import Label

_forced: dict[str, str] = {}


def ui_language() -> str:
    """ "fr" when the interface runs in French, else "en"."""
    if "language" in _forced:
        return _forced["language"]
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def set_ui_language(language: str | None) -> None:
    """Force the interface language (tests, a setting); None follows the system locale."""
    if language is None:
        _forced.pop("language", None)
    else:
        _forced["language"] = language


def shown(label: Label) -> str:
    """``label`` in the interface language."""
    return label(ui_language())


def capitalised(label: Label) -> str:
    text = shown(label)
    return text[:1].upper() + text[1:]
