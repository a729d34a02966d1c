"""What a service call changed, so that views refresh only that (the Anki way)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar

T_co = TypeVar("T_co", covariant=True)  # a Result[bool] is a Result[object]: it is frozen


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """Identifiers of what changed. Empty means nothing did."""

    session_list: bool = False  # a session was added, removed, or its list columns changed
    sessions: frozenset[int] = frozenset()  # sessions whose own fields changed
    attendance: frozenset[int] = frozenset()  # sessions whose attendance changed
    agenda: frozenset[int] = frozenset()  # sessions whose agenda (items, order) changed
    items: frozenset[int] = frozenset()  # agenda items whose fields changed
    positions: frozenset[tuple[int, str]] = frozenset()  # (item id, delegation code)
    silence: frozenset[int] = frozenset()  # items whose silence procedures changed
    outcomes: frozenset[int] = frozenset()  # items whose declared outcome changed
    actions: frozenset[int] = frozenset()  # items whose action items changed
    speakers: frozenset[int] = frozenset()  # items whose speakers' list or speaking turns changed
    review: frozenset[int] = frozenset()  # sessions whose record's review moved on

    def __or__(self, other: ChangeSet) -> ChangeSet:
        merged: dict[str, object] = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = mine or theirs if isinstance(mine, bool) else mine | theirs
        return ChangeSet(**merged)  # type: ignore[arg-type]

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True, slots=True)
class Result(Generic[T_co]):
    """A service call's answer, what it changed, and what the user should be told about it
    (``notices``: whole sentences, e.g. an import's declarations the record contradicts)."""

    value: T_co
    changes: ChangeSet = field(default_factory=ChangeSet)
    notices: tuple[str, ...] = ()
