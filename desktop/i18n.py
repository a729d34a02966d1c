"""The language of every sentence written outside Qt: the services' refusals, the rules'
messages, the audit trail, the database layer's errors.

The Qt interface translates its own strings with ``self.tr()`` (Qt Linguist). Everything the
services, the domain and the database layer say to a user goes through ``_()`` here instead:
standard ``gettext``, with the French catalogue ``resources/translations/messages_fr.po``
(English source strings) compiled to ``messages_fr.mo`` by ``make messages``. Without the
compiled catalogue the app speaks English rather than fail.

The UI calls :func:`set_language` once at start; the default is English. Sentences with
values use named placeholders, translated whole: ``_("The backup {name} is damaged.")
.format(name=...)``, never fragments glued together. A sentence kept in a constant is marked
with ``N_()`` (for the extraction) and translated with ``_()`` where it is shown.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from datetime import date, datetime, timedelta

LANGUAGES = ("en", "fr")
DOMAIN = "messages"

_state: dict[str, str] = {"language": "en"}
_catalogues: dict[str, gettext.NullTranslations] = {}

MONTHS = {  # also what the minutes print (desktop.reports.dates)
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
}  # fmt: skip
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}


def set_language(language: str | None) -> None:
    """Speak ``language`` ("en" or "fr"; anything else, or None, is English) from now on."""
    _state["language"] = language if language in LANGUAGES else "en"


def language() -> str:
    """ "fr" or "en": the language sentences are written in."""
    return _state["language"]


def _catalogue(lang: str) -> gettext.NullTranslations:
    if lang not in _catalogues:
        _catalogues[lang] = _load(lang)
    return _catalogues[lang]


def _load(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``lang``; English (the source strings) when it is missing
    or unreadable, so a build without ``make messages`` still runs."""
    if lang == "en":
        return gettext.NullTranslations()
    from importlib import resources  # only here: a start in English does without it

    try:
        node = resources.files("resources").joinpath("translations", f"{DOMAIN}_{lang}.mo")
        with node.open("rb") as stream:
            return gettext.GNUTranslations(stream)
    except (OSError, ValueError):  # no .mo file, or a damaged one
        return gettext.NullTranslations()


def _(message: str) -> str:
    """``message`` (English) in the current language."""
    return _catalogue(language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, in the current language."""
    return _catalogue(language()).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 (gettext's name for a marker)
    """Mark ``message`` for translation without translating it yet (constants)."""
    return message


def shown(label: Callable[[str], str]) -> str:
    """A bilingual domain word (``desktop.domain.labels.Label``) in the current language."""
    return label(language())


def day_text(day: date, *, weekday: bool = False) -> str:
    """A date inside a sentence: "2024-05-02" in English (as the app has always written
    them), "2 mai 2024" ("1er mai") in French; ``weekday``: "Thursday 2024-05-02" / "jeudi
    2 mai 2024"."""
    lang = language()
    if lang == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        text = f"{number}\u00a0{MONTHS[lang][day.month - 1]} {day.year}"
    else:
        text = day.isoformat()
    return f"{WEEKDAYS[lang][day.weekday()]} {text}" if weekday else text


def moment_text(moment: datetime, *, weekday: bool = False) -> str:
    """A wall-clock time inside a sentence: "02 May 2024 10:30" / "2 mai 2024 à 10 h 30".
    In the hour that happens twice, an aware ``moment`` says which (see
    :func:`repeated_hour_mark`): "25 October 2026 02:30 CEST"."""
    mark = repeated_hour_mark(moment)
    if language() == "fr":
        day = day_text(moment.date(), weekday=weekday)
        text = f"{day} à {moment.hour}\u00a0h\u00a0{moment.minute:02d}"
        return f"{text}\u00a0{mark}" if mark else text
    month = MONTHS["en"][moment.month - 1]
    text = f"{moment.day:02d} {month} {moment.year} {moment.hour:02d}:{moment.minute:02d}"
    if mark:
        text = f"{text} {mark}"
    return f"{WEEKDAYS['en'][moment.weekday()]} {text}" if weekday else text


def repeated_hour_mark(moment: datetime) -> str:
    """What tells apart the two times a wall clock shows twice, when the clocks go back:
    "CEST" for the first 02:30 in Brussels on 25 October 2026, "CET" for the second; ""
    for every time the zone shows once, and for a naive ``moment`` (it names no zone).

    The zone's abbreviation when the two differ by it, else the offset ("UTC+03:00"). Every
    printed time follows this rule: the minutes (``desktop.reports.dates.clock``), the
    sentences here (:func:`moment_text`), the calendar file and the interface. It lives in
    this module because all of them import it and it imports nothing of theirs.
    """
    if moment.tzinfo is None:
        return ""
    first, second = moment.replace(fold=0), moment.replace(fold=1)
    earlier, later = first.utcoffset(), second.utcoffset()
    # Twice: the first passage has the larger offset. (A time the clocks skip has them the
    # other way round; it is no instant's wall clock and is refused where typed.)
    if earlier is None or later is None or earlier <= later:
        return ""
    name = moment.tzname() or ""
    if name.isalpha() and first.tzname() != second.tzname():
        return name
    return utc_offset_text(moment)


def utc_offset_text(moment: datetime) -> str:
    """ "UTC+02:00": the offset of an aware ``moment`` from UTC."""
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def quoted(text: str) -> str:
    """``text`` between the current language's quotation marks: “x” / « x »."""
    return f"«\u00a0{text}\u00a0»" if language() == "fr" else f"“{text}”"


def joined(items: list[str] | tuple[str, ...]) -> str:
    """ "a, b and c" / "a, b et c"."""
    if len(items) < 2:
        return "".join(items)
    return _("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


def reset_for_tests() -> None:
    """Forget the loaded catalogues (a test that builds or removes the .mo)."""
    _catalogues.clear()
