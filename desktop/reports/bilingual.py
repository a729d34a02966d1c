"""Which version of a secretariat text the minutes print, and how an untranslated one is
marked.

The minutes in one language print each text of the secretariat (``Bilingual``) in that
language. Where that version is still to be written, they print the other language's
version in italics, followed by "[not translated]" / « [non traduit] » in upright type, so
that a reader sees at once that the text is not in the language of the minutes (and never
takes an English sentence for the French record). Outlines and document metadata, which have
no italics, carry the label alone.
"""

from __future__ import annotations

from desktop.domain.texts import Bilingual
from desktop.reports.markup import clean, one_line, text
from desktop.reports.wording import say


def printed_text(value: Bilingual, language: str) -> str:
    """The text as Paragraph markup (line breaks kept), marked when untranslated."""
    shown, own = value.shown(language)
    return text(shown) if own else _marked(text(shown), language)


def printed_line(value: Bilingual, language: str) -> str:
    """The text as markup on one line, marked when untranslated."""
    shown, own = value.shown(language)
    return one_line(shown) if own else _marked(one_line(shown), language)


def plain_line(value: Bilingual, language: str) -> str:
    """The text as plain text on one line (an outline entry), marked when untranslated."""
    shown, own = value.shown(language)
    line = " ".join(clean(shown).split())
    return line if own else f"{line} {say('not_translated', language)}"  # plain: no markup


def chosen(value: Bilingual, language: str) -> str:
    """The version printed in ``language`` (the other one when missing), unmarked: for the
    places where a mark cannot go (a heading in capitals, the running head)."""
    return value.shown(language)[0]


def _marked(markup: str, language: str) -> str:
    return f"<i>{markup}</i> {untranslated_mark(language)}"


def untranslated_mark(language: str) -> str:
    """ "[not translated]" / "[non traduit]", never broken across two lines."""
    return say("not_translated", language).replace(" ", "\u00a0")
