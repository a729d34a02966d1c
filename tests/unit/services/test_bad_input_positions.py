"""Bad input to the position log: a statement is kept exactly as typed (never trimmed); its
paragraph names are trimmed, the empty ones left out, and one holding a comma or a line break
is refused (stored joined by ", ", it would come back as two)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.services import ServiceError, Workspace
from tests.unit.services.bad_input import (
    FAST,
    LONG,
    NASTY_OR_HALF,
    attempt,
    exported,
    half,
    module_workspace,
    new_session,
    trimmed,
)

PARAGRAPH_NAMES = st.lists(
    st.one_of(NASTY_OR_HALF, st.sampled_from(["4.2", " 7 ", "Annex B", "§3", "4,5"])), max_size=3
)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, int, int]]:
    for ws, _clock in module_workspace(tmp_path_factory, "positions"):
        yield (ws, *new_session(ws))


def expected_paragraphs(names: list[str]) -> tuple[str, ...] | None:
    """What the service stores for these paragraph names, or None when it must refuse."""
    kept = [trimmed(name, 200) for name in names]  # each one line
    if None in kept or any("," in n or "\n" in n for n in kept if n is not None):
        return None
    result = tuple(n for n in kept if n)
    return result if len(", ".join(result)) <= 200 else None


@FAST
@given(text=NASTY_OR_HALF, paragraphs=PARAGRAPH_NAMES, delegation=st.sampled_from(["FRA", "DEU"]))
@example(text=LONG, paragraphs=[], delegation="FRA")
@example(text="  keeps its spaces \r\n", paragraphs=["4,2"], delegation="FRA")
@example(text="x", paragraphs=["a\nb"], delegation="FRA")
@example(text="x", paragraphs=["x" * 150, "y" * 60], delegation="DEU")
@example(text="\x00<b>&amp;</para>", paragraphs=["  4.2  ", "", " "], delegation="DEU")
def test_a_statement_is_kept_exactly_or_refused(
    shared: tuple[Workspace, int, int], text: str, paragraphs: list[str], delegation: str
) -> None:
    ws, sid, item = shared
    want_paragraphs = expected_paragraphs(paragraphs)
    refused = half(text) or want_paragraphs is None
    call: Callable[[], object]
    if delegation == "FRA":  # logged, the first time…
        call = lambda: ws.positions.log(  # noqa: E731
            item, delegation, "reservation", text=text, paragraphs=paragraphs
        )
    else:  # …or put back, as an undo does
        call = lambda: ws.positions.restore(  # noqa: E731
            item, delegation, "footnote", text=text, paragraphs=paragraphs
        )
    done = attempt(ws, sid, call)
    assert isinstance(done, ServiceError) is refused, done
    if refused:
        return
    current = ws.positions.current(item, delegation)
    assert current is not None
    assert (current.text, current.paragraphs) == (text, want_paragraphs)
    cell = ws.positions.grid(sid).positions[(item, delegation)]
    assert (cell.text, cell.paragraphs) == (text, want_paragraphs)
    stored = [
        p for p in exported(ws, sid)["agenda"][0]["positions"] if p["delegation"] == delegation
    ]
    assert (stored[-1]["text"], tuple(stored[-1]["paragraphs"])) == (text, want_paragraphs)


@FAST
@given(text=NASTY_OR_HALF)
@example(text=LONG)
@example(text="")
def test_an_amended_statement_keeps_the_new_text_and_the_paragraphs(
    shared: tuple[Workspace, int, int], text: str
) -> None:
    ws, sid, item = shared
    ws.positions.restore(item, "ITA", "footnote", text="Before.", paragraphs=["3", "4.1"])
    done = attempt(ws, sid, lambda: ws.positions.set_text(item, "ITA", text))
    current = ws.positions.current(item, "ITA")
    assert current is not None
    if isinstance(done, ServiceError):
        assert half(text)
        assert current.text == "Before."
        return
    assert (current.text, current.paragraphs) == (text, ("3", "4.1"))
    assert [e.text for e in ws.positions.history(item, "ITA")][-1] == text
