"""Keep the newest question's answer, drop the ones it superseded.

A view asks the worker again before the last answer came (a filter changed, the cursor went
to another item, an edit was made since): only the newest answer may be shown. Every view
does it the one way::

    self._reads = Latest()
    ...
    asked = self._reads.ask()  # every earlier question goes stale
    controller.read(call, asked.then(self._show), asked.then(self._say_why))
    ...
    self._reads.forget()  # what is on its way is stale too (another database, an edit)

``asked.then(f)`` is a callback that calls ``f`` with the answer while nothing newer was
asked and nothing forgotten since, and drops it otherwise (``stale=g``: ``g`` gets a stale
answer instead, to let go of what it holds). ``asked.current`` says the same, for a
callback that must first do something whatever the answer's age (raise a defect).

Qt-free, and on the GUI thread only: answers arrive there (``TaskRunner``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Latest:
    """A caller's questions, of which only the newest may still be answered."""

    __slots__ = ("_asked",)

    def __init__(self) -> None:
        self._asked = 0  # questions asked (and forgettings): the newest one's number

    def ask(self) -> Asked:
        """A new question: the answers to every earlier one will be dropped."""
        self._asked += 1
        return Asked(self, self._asked)

    def forget(self) -> None:
        """Drop the answers to every question asked so far (the state they were asked about
        is gone: another database, an edit made since)."""
        self._asked += 1

    def _is_newest(self, number: int) -> bool:
        return number == self._asked


class Asked:
    """One question asked of a ``Latest``: hands its answers on while it is the newest."""

    __slots__ = ("_latest", "_number")

    def __init__(self, latest: Latest, number: int) -> None:
        self._latest = latest
        self._number = number

    @property
    def current(self) -> bool:
        """Nothing was asked or forgotten since this question."""
        return self._latest._is_newest(self._number)

    def then(
        self, answered: Callable[[T], None], *, stale: Callable[[T], None] | None = None
    ) -> Callable[[T], None]:
        """A callback that hands an answer to ``answered`` if this question is still the
        newest when it comes, else to ``stale`` (or drops it)."""

        def receive(answer: T) -> None:
            if self.current:
                answered(answer)
            elif stale is not None:
                stale(answer)

        return receive
