"""Bilingual labels for the domain's words.

The minutes print English and French whatever the interface language, so the official
names of bodies, levels and markings belong to the data, not to the UI translation files.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Label:
    en: str
    fr: str

    def __call__(self, language: str) -> str:
        return self.fr if language == "fr" else self.en
