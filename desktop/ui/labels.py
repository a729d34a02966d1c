"""The interface language, and the domain's bilingual labels shown in it.

The domain names its words in English and French (``Label``); the interface shows them in
the language the application was started in. Everything else visible is ``self.tr()``.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

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


def short_day(day: date) -> str:
    """A date in a list, in the interface's language, unambiguous in both:
    "18 Nov 2026", "18 nov. 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def short_moment(moment: datetime) -> str:
    """An instant in a list, in this computer's time: "18 Nov 2026 10:02:03"."""
    local = moment.astimezone()
    return f"{short_day(local.date())} {local.strftime('%H:%M:%S')}"
