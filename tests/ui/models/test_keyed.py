"""The grid's keyed cells, without Qt: what a cell shows while its writes are on their way,
and when it says it is not saved yet (the clock is set, not waited for)."""

from __future__ import annotations

from desktop.ui.models.keyed import KeyedCells

A, B = (1, "HUN"), (1, "BEL")


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_keyed_cell_shows_what_was_keyed_until_its_write_lands() -> None:
    cells: KeyedCells[tuple[int, str], str] = KeyedCells(400, Clock())
    assert A not in cells and cells.shown(A) is None
    cells.key(A, "O")
    assert A in cells and cells.shown(A) == "O"
    assert cells.landed(A)  # the only write: the cell shows what is stored again
    assert A not in cells and cells.shown(A) is None and len(cells) == 0


def test_keyed_again_before_the_first_write_landed_waits_for_both() -> None:
    cells: KeyedCells[tuple[int, str], str] = KeyedCells(400, Clock())
    cells.key(A, "O")
    cells.key(A, "A")  # the second key shows; two writes on their way
    assert cells.shown(A) == "A"
    assert not cells.landed(A)  # the first landed (stored or refused): the second is coming
    assert cells.shown(A) == "A"
    assert cells.landed(A)
    assert A not in cells


def test_a_write_landing_on_a_cell_not_keyed_changes_nothing() -> None:
    cells: KeyedCells[tuple[int, str], str] = KeyedCells(400, Clock())
    cells.key(B, "O")
    assert cells.landed(A)
    assert list(cells) == [B]


def test_a_cell_waiting_longer_than_slow_ms_is_slow() -> None:
    clock = Clock()
    cells: KeyedCells[tuple[int, str], str] = KeyedCells(500, clock)
    cells.key(A, "O")
    clock.now += 0.125
    cells.key(B, "A")
    assert cells.mark_slow() == ([], 375)  # A is slow in 375 ms, B in 500
    assert not cells.is_slow(A)
    clock.now += 0.375
    assert cells.mark_slow() == ([A], 125)  # A is slow now; look again for B
    assert cells.is_slow(A) and not cells.is_slow(B)
    clock.now += 0.125
    assert cells.mark_slow() == ([B], None)  # each becomes slow once; nothing else waits
    assert cells.mark_slow() == ([], None)
    cells.key(A, "R")  # keyed again: still the first key's wait, still slow
    assert cells.is_slow(A)
    cells.landed(A)
    assert cells.is_slow(A)  # one more write on its way
    cells.landed(A)
    assert not cells.is_slow(A) and A not in cells


def test_the_next_look_is_never_sooner_than_a_millisecond() -> None:
    clock = Clock()
    cells: KeyedCells[tuple[int, str], str] = KeyedCells(400, clock)
    cells.key(A, "O")
    clock.now += 0.3999
    assert cells.mark_slow() == ([], 1)


def test_keep_and_clear_forget_cells() -> None:
    cells: KeyedCells[tuple[int, str], str] = KeyedCells(400, Clock())
    cells.key(A, "O")
    cells.key(B, "A")
    cells.keep(lambda cell: cell[1] != "BEL")  # BEL left the table
    assert list(cells) == [A]
    cells.clear()
    assert len(cells) == 0 and cells.landed(A)
