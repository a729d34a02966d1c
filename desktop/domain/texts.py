"""A text the secretariat writes for the record, in the two official languages.

Every such text (a title, a summary, a decision, an action item…) exists in English and in
French; while one version is still to be written, the record shows the other one, marked
as untranslated wherever it is printed. What delegations said stays in the language spoken
and is not a ``Bilingual``.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "fr")


@dataclass(frozen=True, slots=True)
class Bilingual:
    """The English and the French version of one text; either may be empty."""

    en: str = ""
    fr: str = ""

    def __bool__(self) -> bool:
        """Whether there is any text at all, in either language."""
        return bool(self.en.strip() or self.fr.strip())

    def version(self, language: str) -> str:
        """The text in ``language`` ("en" or "fr"), empty when not written."""
        return self.fr if language == "fr" else self.en

    def shown(self, language: str) -> tuple[str, bool]:
        """The text to show in ``language``, and whether it is in that language: its own
        version when there is one, else the other language's (``False``: a reader must be
        told it is untranslated). ``("", True)`` when there is no text at all."""
        own = self.version(language)
        if own.strip():
            return own, True
        other = self.version(other_language(language))
        if other.strip():
            return other, False
        return "", True

    def lacks(self, language: str) -> bool:
        """Whether the version in ``language`` is still to be written: the other one
        exists, this one is empty."""
        return not self.version(language).strip() and bool(
            self.version(other_language(language)).strip()
        )

    def missing(self) -> str | None:
        """The language whose version is still to be written, if any."""
        return next((language for language in LANGUAGES if self.lacks(language)), None)


def other_language(language: str) -> str:
    return "en" if language == "fr" else "fr"
