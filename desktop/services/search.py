"""Archive search over every session, and a delegation's history.

The search reads the index of migration 0004 (``search_index``: FTS5 on SQLite, PostgreSQL's
own text search on a server), which triggers keep in step with every writer. What the user
types never reaches either query language: each word (or each "quoted phrase") becomes one
quoted FTS5 string, or on PostgreSQL a phrase of the words the server folds it into, all of
them required, the last one a prefix while it is being typed. So ``"``, ``AND``, ``NEAR(``
or ``col:`` are words like any other, and no input makes the query fail: when nothing
searchable is left (only punctuation, say) the service says so with a ValidationError. The
commonest words of English and French ("the", "de", "l'") are left out when there are
others: they would match most of the archive and slow the ranking down for nothing.

Hits come best first (BM25 on SQLite, ts_rank_cd on PostgreSQL: titles and references
weighing more than bodies; the newest first among equals) among the newest thousand
matches: see ``db.archive_index.CANDIDATES``. Both engines find the same hits; the order of
hits of near-equal merit may differ between them.

The passage shown with each hit is cut from the hit's text here, around the words that
matched (folded as the index folds them: case and accents aside): FTS5's ``snippet()`` would
evaluate the whole query again for every hit. A secretariat's text is indexed in both
languages (migration 0010: the French version after the English one, past ``VERSIONS``): the
passage comes from the version the words matched, so a French search shows French. The
item's title and the session's committee are named in the language of the interface (the
other one when that version is missing).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date
from functools import lru_cache
from pathlib import Path
from typing import Any

from db import archive_index
from db import repositories as repo
from db.models import PositionEventRow, SilenceEventRow
from desktop.domain.bodies import BodyKind, session_title
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.sessions import Level
from desktop.domain.silence import LetterKind, LetterStatus
from desktop.domain.texts import Bilingual
from desktop.i18n import N_, _, day_text, language
from desktop.services.context import Context
from desktop.services.convert import enum_value, paragraphs_tuple, typed
from desktop.services.dto import HistoryEntry, HistoryKind, HitKind, SearchHit
from desktop.services.errors import ValidationError
from desktop.services.files import write_atomically
from desktop.services.silence_views import domain_of

MAX_TERMS = 16  # words beyond these are ignored: a query is a few words, not a paragraph
MAX_LIMIT = 1000
SNIPPET_WIDTH = 110  # characters of a passage
PREFIX_MIN_LENGTH = 2  # a shorter last word is matched whole, not as a prefix
# Between the English and the French version of a text in the index (migration 0010).
VERSIONS = "\x1e"
# Words too common to search for on their own (see ``parse_query``), folded.
STOP_WORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "its",
    "of", "on", "or", "that", "the", "this", "to", "was", "with",
    "au", "aux", "d", "de", "des", "du", "en", "est", "et", "l", "la", "le", "les", "sur", "un",
    "une",
})  # fmt: skip
DEFAULT_HISTORY = (
    HistoryKind.OBJECTION,
    HistoryKind.RESERVATION,
    HistoryKind.FOOTNOTE,
    HistoryKind.SILENCE_BREAK,
)

# A "quoted phrase" (its closing quote may still be untyped), or a word.
_PART = re.compile(r'"([^"]*)(?:"|$)|([^\s"]+)')
# A word as the unicode61 tokenizer sees one: letters and digits (underscores separate).
_TOKEN = re.compile(r"[^\W_]+")
# A French article or pronoun elided before a word: l'accord, d'Europe, qu'il.
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu)['’](?=\w)", re.IGNORECASE)
_ONE_LINE = str.maketrans("\r\n\t", "   ")
_CSV_HEADER = (
    "Session date",
    "Session reference",
    "Session",
    "Item",
    "Item title",
    "Delegation",
    "What",
    "Standing",
    "Text",
    "Paragraphs",
    "Letter reference",
    "Letter status",
    "Recorded (UTC)",
)


class SearchService:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def search(
        self,
        query: str,
        *,
        body: BodyKind | str | None = None,
        level: Level | str | None = None,
        delegation: str | None = None,
        position: Position | str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        kinds: Iterable[HitKind | str] | None = None,
        history: bool = False,
        limit: int = 200,
    ) -> list[SearchHit]:
        """The best ``limit`` matches of ``query`` across the sessions on the list, best first.

        ``delegation`` keeps what that delegation said or wrote (statements, interventions,
        letters); ``position`` keeps statements made with that position; ``kinds`` keeps
        those kinds of hits. Without ``history`` a statement, decision or intervention
        matches only while it stands; with it, those replaced since match too (``current``
        is False on them: an intervention corrected, or taken off the record, is one).

        Raises ValidationError when the query holds nothing to search for, or a filter is
        not one the archive knows.
        """
        parsed = parse_query(query)
        _check_period(date_from, date_to)
        if not 1 <= limit <= MAX_LIMIT:
            raise ValidationError(
                _("Ask for 1 to {most} results, not {limit}.").format(most=MAX_LIMIT, limit=limit)
            )
        only = (
            None if kinds is None else [enum_value(HitKind, k, N_("a kind")).value for k in kinds]
        )
        filters = archive_index.SearchFilters(
            body=enum_value(BodyKind, body, N_("a body")).value if body else None,
            level=enum_value(Level, level, N_("a level")).value if level else None,
            delegation=typed(delegation, N_("the delegation")).strip() if delegation else None,
            position=enum_value(Position, position, N_("a position")).value if position else None,
            kinds=None if only is None else tuple(only),
            history=history,
        )
        terms = archive_index.SearchTerms(parsed.match, parsed.phrases, parsed.prefix)
        with self._ctx.unit() as s:
            found = archive_index.search_index(
                s, terms, filters, date_from=date_from, date_to=date_to, limit=limit
            )
        return [_hit(row, parsed) for row in found]

    def delegation_history(
        self,
        code: str,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        kinds: Iterable[HistoryKind | str] = DEFAULT_HISTORY,
    ) -> list[HistoryEntry]:
        """Every objection, reservation, footnote and silence break (or the ``kinds`` asked
        for) of the delegation ``code`` in sessions held from ``date_from`` to ``date_to``
        (both included), oldest first. A position the operator corrected is not listed."""
        delegation = typed(code, N_("the delegation")).strip().upper()
        if not delegation:
            raise ValidationError(_("Choose the delegation whose history to show."))
        _check_period(date_from, date_to)
        wanted = {enum_value(HistoryKind, kind, N_("a kind of history entry")) for kind in kinds}
        if "\x00" in delegation:  # no code has one (nor can PostgreSQL hold one)
            return []
        positions = [k.value for k in wanted if k is not HistoryKind.SILENCE_BREAK]
        breaks = [LetterKind.BREAK.value] if HistoryKind.SILENCE_BREAK in wanted else []
        period = {"date_from": date_from, "date_to": date_to}
        with self._ctx.unit() as s:
            events = repo.delegation_positions(s, delegation, positions, **period)
            letters = repo.delegation_letters(s, delegation, breaks, **period)
            places = repo.item_places(
                s, [row.item_id for row, _ in events] + [p.item_id for _, p in letters]
            )
            entries = [
                _position_entry(row, standing, places[row.item_id]) for row, standing in events
            ]
            for letter, procedure in letters:
                domain = domain_of(procedure)
                status = next(
                    domain.letter_status(x) for x in domain.letters if x.seq == letter.seq
                )
                where = places[procedure.item_id]
                entries.append(_letter_entry(letter, procedure.item_id, status, where))
        entries.sort(key=lambda e: (e.session_date, e.session_id, e.item_number, e.at))
        return entries

    def export_history_csv(self, entries: Sequence[HistoryEntry], path: Path) -> Path:
        """Write ``entries`` as CSV (UTF-8 with a byte order mark, so that spreadsheets read
        the accents) at ``path``, replaced atomically; return the path written."""
        target = Path(path).expanduser()
        if target.is_dir():
            raise ValidationError(
                _("{path} is a folder; choose a file name for the history.").format(path=target)
            )
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(_CSV_HEADER)
        for entry in entries:
            writer.writerow([_cell(value) for value in _csv_row(entry)])
        write_atomically(target, buffer.getvalue().encode("utf-8-sig"))
        return target


# ---------------------------------------------------------------------- the query
@dataclass(frozen=True, slots=True)
class Query:
    """What the user typed, made safe: ``match`` is an FTS5 expression of quoted strings
    only; ``phrases`` the same words and phrases as typed, the last one a prefix when
    ``prefix`` (for PostgreSQL, which folds them itself); ``words`` and ``prefixes`` are
    the folded words to mark in the passages."""

    match: str
    words: frozenset[str]
    prefixes: tuple[str, ...]
    phrases: tuple[str, ...] = ()
    prefix: bool = False

    @property
    def pattern(self) -> re.Pattern[str]:
        """The words (and prefixes) as whole words, to find in a folded text."""
        return _pattern(self.words, self.prefixes)


@lru_cache(maxsize=64)
def _pattern(words: frozenset[str], prefixes: tuple[str, ...]) -> re.Pattern[str]:
    choices = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    choices = [re.escape(p) + r"[^\W_]*" for p in prefixes] + choices
    return re.compile(r"(?<![^\W_])(?:" + "|".join(choices) + r")(?![^\W_])")


def parse_query(text: str) -> Query:
    """Every word (or "phrase") of ``text`` must match, but for the commonest words of English
    and French (when others are there); the last word is a prefix unless a space follows it.
    Raises ValidationError when nothing is searchable."""
    cleaned = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    parts: list[tuple[str, bool]] = []  # (text, is a bare word)
    for phrase, word in _PART.findall(cleaned):
        value = phrase if phrase else _ELISION.sub("", word)  # l'Atlantique: Atlantique
        if _searchable(value):
            parts.append((value, bool(word)))
    if not parts:
        raise ValidationError(
            _("Type a word to search for: letters or digits, not only punctuation.")
        )
    still_typing = parts[-1][1] and not cleaned[-1:].isspace() and len(parts) <= MAX_TERMS
    parts = parts[:MAX_TERMS]
    # "the", "de", "and"… match most of the archive and tell nothing; counting their
    # documents for the rank would cost more than the rest of the search.
    telling = [(v, bare) for v, bare in parts if not (bare and fold(v) in STOP_WORDS)]
    if telling and telling[-1] != parts[-1]:
        still_typing = False  # the last word was a common one: no prefix
    parts = telling or parts
    strings = ['"' + value.replace('"', '""') + '"' for value, _ in parts]
    words = {fold(w) for value, _ in parts for w in _TOKEN.findall(value)}
    prefixes: tuple[str, ...] = ()
    if still_typing and sum(c.isalnum() for c in parts[-1][0]) >= PREFIX_MIN_LENGTH:
        strings[-1] += "*"
        prefixes = (fold(_TOKEN.findall(parts[-1][0])[-1]),)
    phrases = tuple(value for value, _ in parts)
    return Query(" ".join(strings), frozenset(words), prefixes, phrases, bool(prefixes))


def fts_query(text: str) -> str:
    """The FTS5 expression for what the user typed (see ``parse_query``)."""
    return parse_query(text).match


def fold(word: str) -> str:
    """A word as the index compares it: case folded, without accents (letter by letter, so
    that a folded text keeps the offsets of the original)."""
    return word.translate(_FOLDED)


class _Folding(dict[int, str]):
    """``str.translate`` table, filled as characters come: a character's folded form when it
    is one character long, else the character itself ("ß" stays "ß")."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        decomposed = unicodedata.normalize("NFKD", character)
        bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        self[code] = folded = bare if len(bare) == 1 else character
        return folded


_FOLDED = _Folding()


def _searchable(value: str) -> bool:
    """Whether ``value`` holds a letter or a digit: a token for FTS5's unicode61 tokenizer,
    for which punctuation, spaces and symbols separate tokens."""
    return any(unicodedata.category(c)[0] in "LN" for c in value)


def _check_period(date_from: date | None, date_to: date | None) -> None:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationError(
            _("The period starts on {start}, after it ends ({end}); swap the dates.").format(
                start=day_text(date_from), end=day_text(date_to)
            )
        )


# ---------------------------------------------------------------------- answers
def _hit(row: archive_index.IndexHit, query: Query) -> SearchHit:
    kind = HitKind(row.kind)
    place = row.place
    snippet, marks = _passage(row, query)
    return SearchHit(
        session_id=place.session_id,
        session_title=session_title(place.session_body, place.session_level, _committee(place)),
        session_date=place.session_date,
        session_reference=place.session_reference,
        body=place.session_body,
        level=place.session_level,
        item_id=row.item_id,
        item_number=place.item_number,
        item_title=_item_title(place),
        kind=kind,
        delegation=row.delegation,
        position=Position(row.position) if kind is HitKind.STATEMENT else None,
        outcome=Outcome(row.position) if kind is HitKind.DECISION else None,
        letter_kind=LetterKind(row.position) if kind is HitKind.LETTER else None,
        snippet=snippet,
        marks=marks,
        rank=row.rank,
        current=row.current,
    )


Marks = tuple[tuple[int, int], ...]


def _item_title(place: repo.ItemPlace) -> str:
    return Bilingual(place.item_title, place.item_title_fr).shown(language())[0]


def _committee(place: repo.ItemPlace) -> str:
    return Bilingual(place.session_committee, place.session_committee_fr).shown(language())[0]


def _passage(row: archive_index.IndexHit, query: Query) -> tuple[str, Marks]:
    """The passage to show: from the body where the words matched there, else the title,
    else the references (in the version, English or French, where they matched); the start
    of the text when no word can be pointed at."""
    for text in (row.body, row.title, row.refs):
        for version in text.split(VERSIONS):
            found = passage(version, query)
            if found[1]:
                return found
    versions = [v for t in (row.body, row.title, row.refs) for v in t.split(VERSIONS) if v]
    return passage(versions[0] if versions else "", query)


def passage(text: str, query: Query, width: int = SNIPPET_WIDTH) -> tuple[str, Marks]:
    """Some ``width`` characters of ``text`` on one line, around the most matched words, with
    where they are; "…" where the text is cut (between words)."""
    found = [m.span() for m in query.pattern.finditer(fold(text))] if query.words else []
    if not found:
        return _cut(text, 0, width, ())
    lead = width // 5  # some words before the first match, for context

    def held(start: int) -> int:
        return sum(start - lead <= s and e <= start - lead + width for s, e in found)

    first = max((s for s, _ in found), key=held)
    return _cut(text, max(0, min(first - lead, len(text) - width)), width, found)


def _cut(
    text: str, low: int, width: int, found: list[tuple[int, int]] | tuple[()]
) -> tuple[str, Marks]:
    if low:  # start at a word, not inside one
        space = text.find(" ", low)
        first_match = min((s for s, _ in found if s >= low), default=len(text))
        low = space + 1 if 0 <= space < first_match else low
    high = min(len(text), low + width)
    if high < len(text):  # end after a word
        space = text.rfind(" ", low, high)
        high = space if space > low else high
    lead = "…" if low else ""
    shown = lead + text[low:high].translate(_ONE_LINE).rstrip()
    shown += "…" if high < len(text) else ""
    shift = len(lead) - low
    marks = tuple((s + shift, e + shift) for s, e in found if low <= s and e <= high)
    return shown, marks


def _position_entry(row: PositionEventRow, standing: bool, where: repo.ItemPlace) -> HistoryEntry:
    return HistoryEntry(
        **_where(where),
        item_id=row.item_id,
        delegation=row.delegation,
        kind=HistoryKind(row.position),
        at=row.recorded_at,
        text=row.text,
        paragraphs=paragraphs_tuple(row.paragraphs),
        reference="",
        standing=standing,
    )


def _letter_entry(
    letter: SilenceEventRow, item_id: int, status: LetterStatus, where: repo.ItemPlace
) -> HistoryEntry:
    return HistoryEntry(
        **_where(where),
        item_id=item_id,
        delegation=letter.delegation,
        kind=HistoryKind.SILENCE_BREAK,
        at=letter.at,
        text=letter.text,
        paragraphs=paragraphs_tuple(letter.paragraphs),
        reference=letter.reference,
        standing=status is LetterStatus.BREAKS,
        letter_status=status,
    )


def _where(place: repo.ItemPlace) -> dict[str, Any]:
    return {
        "session_id": place.session_id,
        "session_date": place.session_date,
        "session_reference": place.session_reference,
        "session_title": session_title(place.session_body, place.session_level, _committee(place)),
        "item_number": place.item_number,
        "item_title": _item_title(place),
    }


# ---------------------------------------------------------------------- CSV
def _csv_row(entry: HistoryEntry) -> list[str]:
    return [
        entry.session_date.isoformat(),
        entry.session_reference,
        entry.session_title,
        str(entry.item_number),
        entry.item_title,
        entry.delegation,
        _HISTORY_WORDS[entry.kind],
        "yes" if entry.standing else "no",
        entry.text,
        ", ".join(entry.paragraphs),
        entry.reference,
        entry.letter_status.value.replace("_", " ") if entry.letter_status else "",
        entry.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),
    ]


_HISTORY_WORDS = {
    HistoryKind.OBJECTION: Position.OBJECTION.label.en,
    HistoryKind.RESERVATION: Position.RESERVATION.label.en,
    HistoryKind.FOOTNOTE: Position.FOOTNOTE.label.en,
    HistoryKind.STUDY_RESERVE: Position.STUDY_RESERVE.label.en,
    HistoryKind.STATEMENT: Position.AGREE_WITH_STATEMENT.label.en,
    HistoryKind.SILENCE_BREAK: "silence break",
}


def _cell(value: str) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ (or a tab or a carriage
    return) would be read as a formula, so it gets a leading apostrophe (OWASP's advice)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
