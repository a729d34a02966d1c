"""The chair's summary: one sentence, in English or French, of where an item stands.

"All Allies agree except Türkiye, which objects; Hungary awaits instructions." /
"Tous les Alliés sont d'accord, sauf la Türkiye, qui objecte ; la Hongrie attend des
instructions."

The sentence is built from the item's ``Consensus`` and, when given, the standing positions
of its decision holders (they tell *why* a delegation is pending: instructions, a study
reserve, ad referendum, nothing said yet; and a reservation from a footnote). It is written
in the language asked for, whatever the interface's: the chair may want the other one.

Two shapes. Once (nearly) every member has spoken, the chair's own: "All Allies agree
except …". While the tour de table is under way, what has been said so far: "So far, 12
Allies agree; Türkiye objects; 17 Allies have not yet stated a position." Delegations are
named with the article their language wants ("the Netherlands", "la Hongrie", "l'Albanie",
"les Pays-Bas", and a plural verb after them in French).

A member not in the room with nothing recorded is *absent*, not "yet to state a position":
it still keeps the item pending (domain.md), and the sentence says so: "Iceland is absent" /
"l'Islande est absente" (the adjective agrees with the country's name in French).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from enum import Enum

from desktop.domain.consensus import Consensus
from desktop.domain.labels import Label
from desktop.domain.positions import Effect, Position

Names = Mapping[str, Label] | Callable[[str], Label | None]

LISTED = 3  # more delegations than this, in a "so far" sentence, are counted, not named
_NBSP = "\u00a0"  # French: a no-break space before ";"


class _Kind(Enum):
    """What a group of delegations does, in the order the sentence tells it."""

    JOINS = "joins"
    OBJECTS = "objects"
    AD_REFERENDUM = "ad_referendum"
    AWAITING = "awaiting"
    STUDY = "study"
    PENDING = "pending"  # pending, reason unknown (no positions given)
    NOT_STATED = "not_stated"
    ABSENT = "absent"  # not in the room, nothing recorded
    RESERVATION = "reservation"
    FOOTNOTE = "footnote"
    RECORDED = "recorded"  # reservation or footnote, unknown which


_PENDING_KINDS = {
    Position.AGREE_AD_REFERENDUM: _Kind.AD_REFERENDUM,
    Position.AWAITING_INSTRUCTIONS: _Kind.AWAITING,
    Position.STUDY_RESERVE: _Kind.STUDY,
    Position.NOT_STATED: _Kind.NOT_STATED,
}
_RECORDED_KINDS = {Position.RESERVATION: _Kind.RESERVATION, Position.FOOTNOTE: _Kind.FOOTNOTE}
_PENDING_ORDER = (_Kind.AD_REFERENDUM, _Kind.AWAITING, _Kind.STUDY, _Kind.PENDING)
_RECORDED_ORDER = (_Kind.RESERVATION, _Kind.FOOTNOTE, _Kind.RECORDED)

# (singular verb phrase, plural verb phrase)
_VERBS: dict[str, dict[_Kind, tuple[str, str]]] = {
    "en": {
        _Kind.JOINS: ("agrees", "agree"),
        _Kind.OBJECTS: ("objects", "object"),
        _Kind.AD_REFERENDUM: ("agrees ad referendum", "agree ad referendum"),
        _Kind.AWAITING: ("awaits instructions", "await instructions"),
        _Kind.STUDY: ("maintains a study reserve", "maintain study reserves"),
        _Kind.PENDING: ("has yet to agree", "have yet to agree"),
        _Kind.NOT_STATED: ("has not yet stated a position", "have not yet stated a position"),
        _Kind.ABSENT: ("is absent", "are absent"),
        _Kind.RESERVATION: ("enters a reservation", "enter reservations"),
        _Kind.FOOTNOTE: ("requests a footnote", "request footnotes"),
        _Kind.RECORDED: ("has a position on record", "have positions on record"),
    },
    "fr": {
        _Kind.JOINS: ("est d'accord", "sont d'accord"),
        _Kind.OBJECTS: ("objecte", "objectent"),
        _Kind.AD_REFERENDUM: (
            "donne son accord ad referendum",
            "donnent leur accord ad referendum",
        ),
        _Kind.AWAITING: ("attend des instructions", "attendent des instructions"),
        _Kind.STUDY: ("maintient une réserve d'étude", "maintiennent des réserves d'étude"),
        _Kind.PENDING: ("n'a pas encore donné son accord", "n'ont pas encore donné leur accord"),
        _Kind.NOT_STATED: (
            "n'a pas encore fait connaître sa position",
            "n'ont pas encore fait connaître leur position",
        ),
        _Kind.ABSENT: ("est absent", "sont absents"),  # feminine: ``_FR_FEMININE``
        _Kind.RESERVATION: ("émet une réserve", "émettent des réserves"),
        _Kind.FOOTNOTE: ("demande une note de bas de page", "demandent des notes de bas de page"),
        _Kind.RECORDED: ("fait consigner sa position", "font consigner leur position"),
    },
}

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "all": "All Allies agree",
        "except": "All Allies agree except {groups}",
        "which": "{names}, which {verb}",
        "nobody": "No Ally has stated a position yet",
        "so_far": "So far, {clause}",
        "allies": "{n} Allies",
        "and": "and",
        "separator": "; ",
    },
    "fr": {
        "all": "Tous les Alliés sont d'accord",
        "except": "Tous les Alliés sont d'accord, sauf {groups}",
        "which": "{names}, qui {verb}",
        "nobody": "Aucun Allié n'a encore fait connaître sa position",
        "so_far": "Pour l'instant, {clause}",
        "allies": "{n} Alliés",
        "and": "et",
        "separator": f"{_NBSP}; ",
    },
}

# French country names that take no article, masculine ones ending in -e, and singular ones
# whose first word ends in -s: the exceptions to the rules in ``french_name``.
_FR_NO_ARTICLE = frozenset(
    {"Chypre", "Cuba", "Haïti", "Israël", "Madagascar", "Malte", "Monaco", "Singapour"}
)
_FR_MASCULINE_E = frozenset({"Belize", "Cambodge", "Mexique", "Mozambique", "Zimbabwe"})
_FR_SINGULAR_S = frozenset({"Bélarus", "Honduras", "Laos"})
_FR_VOWELS = frozenset("AEIOUÉÈÊÂÎÔÛÀ")
# English names that take "the": any with one of these words in it.
# The French adjective "absent" agreeing with a feminine subject.
_FR_FEMININE = {"est absent": "est absente", "sont absents": "sont absentes"}
_EN_THE_WORDS = frozenset(
    {"Emirates", "Federation", "Islands", "Kingdom", "Netherlands", "Republic", "States", "Union"}
)


def french_name(name: str) -> tuple[str, bool]:
    """A country's French name with its article, and whether it is plural:
    ("la Hongrie", False), ("l'Albanie", False), ("le Canada", False), ("les Pays-Bas", True).
    A code or an unknown all-capitals name is left bare."""
    if not name or name.isupper() or name in _FR_NO_ARTICLE:
        return name, False
    head = name.split(maxsplit=1)[0]
    if head[-1] in "sx" and head not in _FR_SINGULAR_S:
        return f"les {name}", True
    if head[0].upper() in _FR_VOWELS:
        return f"l'{name}", False
    if head.endswith("e") and head not in _FR_MASCULINE_E:
        return f"la {name}", False
    return f"le {name}", False


def french_feminine(name: str) -> bool:
    """Whether a country's French name, with its article (``french_name``), is feminine:
    "la Hongrie", "l'Islande", "les Philippines"; not "le Canada", "les Pays-Bas"."""
    if name.startswith("la "):
        return True
    if name.startswith("l'"):
        head = name[2:].split(maxsplit=1)[0]
        return head.endswith("e") and head not in _FR_MASCULINE_E
    if name.startswith("les "):
        return name[4:].split(maxsplit=1)[0].endswith("es")
    return False


def english_name(name: str) -> str:
    """A country's English name as a sentence says it: "the Netherlands", "Hungary"."""
    words = set(name.replace("-", " ").split())
    return f"the {name}" if words & _EN_THE_WORDS else name


def chair_summary(
    consensus: Consensus,
    names: Names,
    language: str,
    *,
    positions: Mapping[str, Position] | None = None,
    absent: Collection[str] = (),
) -> str:
    """One sentence, ending with a full stop, of where the item stands.

    ``names``: each delegation's name (a ``Label``) by code, or a function giving it; an
    unknown code is shown as it is. ``language``: "fr" for French, anything else English.
    ``positions``: the standing position of each decision holder (missing: not stated),
    in seating order. Without it the sentence says who is pending but not why.
    ``absent``: the codes of delegations not in the room; a pending one with nothing
    recorded is said to be absent.
    """
    lang = "fr" if language == "fr" else "en"
    return _Sentence(consensus, names, lang, positions, absent).text()


class _Sentence:
    def __init__(
        self,
        consensus: Consensus,
        names: Names,
        lang: str,
        positions: Mapping[str, Position] | None,
        absent: Collection[str] = (),
    ) -> None:
        self.c = consensus
        self.absent = frozenset(absent)
        self.names = names
        self.lang = lang
        self.positions = positions
        self.words = _WORDS[lang]
        self.silent_kind = _Kind.NOT_STATED
        listed = set(consensus.objecting) | set(consensus.pending) | set(consensus.recorded)
        self.joined: tuple[str, ...] = tuple(
            code
            for code, position in (positions or {}).items()
            if position.effect is Effect.JOINS and code not in listed
        )

    # ------------------------------------------------------------------ the sentence
    def text(self) -> str:
        clauses = self._clauses()
        sentence = self.words["separator"].join(clauses)
        return sentence[:1].upper() + sentence[1:] + "."

    def _clauses(self) -> list[str]:
        pending = self._groups(self.c.pending, _PENDING_KINDS, _Kind.PENDING, _PENDING_ORDER)
        recorded = self._groups(self.c.recorded, _RECORDED_KINDS, _Kind.RECORDED, _RECORDED_ORDER)
        known = self.positions is not None
        # Who has said nothing yet: without positions, every pending delegation may have.
        self.silent_kind = _Kind.NOT_STATED if known else _Kind.PENDING
        silent = pending.pop(self.silent_kind, ())
        away = pending.pop(_Kind.ABSENT, ())
        if known and not (self.joined or self.c.objecting or self.c.recorded or pending):
            return [self.words["nobody"], *self._absent(away)]
        if away:
            pending[_Kind.ABSENT] = away
        anyone_agrees = not known or bool(self.joined or self.c.recorded)
        if anyone_agrees and len(silent) <= LISTED:
            if silent:
                pending[self.silent_kind] = silent
            return self._settled(pending, recorded)
        return self._so_far(pending, silent, recorded)

    def _settled(
        self, pending: dict[_Kind, tuple[str, ...]], recorded: dict[_Kind, tuple[str, ...]]
    ) -> list[str]:
        """ "All Allies agree except …", and then the rest."""
        rest = [self._clause(kind, codes) for kind, codes in recorded.items()]
        if self.c.objecting:
            lead = self._except([(_Kind.OBJECTS, self.c.objecting)])
            return [lead, *(self._clause(k, c) for k, c in pending.items()), *rest]
        if pending:
            return [self._except(list(pending.items())), *rest]
        return [self.words["all"], *rest]

    def _so_far(
        self,
        pending: dict[_Kind, tuple[str, ...]],
        silent: tuple[str, ...],
        recorded: dict[_Kind, tuple[str, ...]],
    ) -> list[str]:
        """While the tour de table is under way: who agrees, who does not, who is left."""
        clauses: list[str] = []
        if self.joined:
            joined = self._clause(_Kind.JOINS, self.joined, count_over=LISTED)
            clauses.append(self.words["so_far"].format(clause=joined))
        if self.c.objecting:
            clauses.append(self._clause(_Kind.OBJECTS, self.c.objecting))
        clauses += [self._clause(kind, codes) for kind, codes in pending.items()]
        clauses += [self._clause(kind, codes) for kind, codes in recorded.items()]
        if silent:
            clauses.append(self._clause(self.silent_kind, silent, count_over=LISTED))
        return clauses

    def _absent(self, codes: tuple[str, ...]) -> list[str]:
        return [self._clause(_Kind.ABSENT, codes, count_over=LISTED)] if codes else []

    # ------------------------------------------------------------------ pieces
    def _groups(
        self,
        codes: Sequence[str],
        kinds: Mapping[Position, _Kind],
        unknown: _Kind,
        order: Sequence[_Kind],
    ) -> dict[_Kind, tuple[str, ...]]:
        """``codes`` by what they do, in ``order`` (not stated last), each in given order."""
        grouped: dict[_Kind, list[str]] = {}
        for code in codes:
            position = (self.positions or {}).get(code, Position.NOT_STATED)
            if code in self.absent and position is Position.NOT_STATED:
                kind = _Kind.ABSENT
            elif self.positions is None:
                kind = unknown
            else:
                kind = kinds.get(position, unknown)
            grouped.setdefault(kind, []).append(code)
        ordered = [*order, _Kind.NOT_STATED, _Kind.ABSENT]
        return {kind: tuple(grouped[kind]) for kind in ordered if kind in grouped}

    def _except(self, groups: list[tuple[_Kind, tuple[str, ...]]]) -> str:
        parts = []
        for kind, codes in groups:
            subject, plural = self._subject(codes)
            verb = self._verb(kind, codes, plural)
            parts.append(self.words["which"].format(names=subject, verb=verb))
        joined = parts[0]
        if len(parts) > 1:
            joined = f"{', '.join(parts[:-1])}, {self.words['and']} {parts[-1]}"
        return self.words["except"].format(groups=joined)

    def _clause(self, kind: _Kind, codes: Sequence[str], *, count_over: int = 0) -> str:
        if count_over and len(codes) > count_over:
            subject = self.words["allies"].format(n=len(codes))
            return f"{subject} {_VERBS[self.lang][kind][1]}"  # "Allies"/"Alliés": masculine
        subject, plural = self._subject(codes)
        return f"{subject} {self._verb(kind, codes, plural)}"

    def _verb(self, kind: _Kind, codes: Sequence[str], plural: bool) -> str:
        verb = _VERBS[self.lang][kind][1 if plural else 0]
        if (
            kind is _Kind.ABSENT
            and self.lang == "fr"
            and all(french_feminine(self._name(code)[0]) for code in codes)
        ):
            return _FR_FEMININE[verb]
        return verb

    def _subject(self, codes: Sequence[str]) -> tuple[str, bool]:
        """The delegations named, with their articles, and whether the verb is plural."""
        named = [self._name(code) for code in codes]
        texts = [text for text, _ in named]
        plural = len(named) > 1 or (self.lang == "fr" and named[0][1])
        if len(texts) == 1:
            return texts[0], plural
        return f"{', '.join(texts[:-1])} {self.words['and']} {texts[-1]}", plural

    def _name(self, code: str) -> tuple[str, bool]:
        if callable(self.names):
            label: Label | None = self.names(code)
        else:
            label = self.names.get(code)
        name = label(self.lang) if label is not None else code
        if self.lang == "fr":
            return french_name(name)
        return english_name(name), False
