from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind
from desktop.domain.silence import LetterStatus, SilenceState
from desktop.services import ValidationError, Workspace
from desktop.services.demo import write_demo


def test_the_demo_is_a_recent_nac_session_with_all_32(demo_ws: Workspace) -> None:
    [summary] = demo_ws.sessions.list_sessions()
    assert summary.title == "North Atlantic Council — Permanent Representatives"
    assert summary.session_date == date(2026, 11, 18)
    detail = demo_ws.sessions.get(summary.id)
    assert len(detail.decision_holders) == 32
    assert len(detail.items) >= 6
    assert {i.kind for i in detail.items} == set(AgendaKind)


def test_the_demo_has_positions_of_every_kind(demo_ws: Workspace) -> None:
    [summary] = demo_ws.sessions.list_sessions()
    grid = demo_ws.positions.grid(summary.id)
    logged = {e.position for e in grid.positions.values()}
    unlogged = any(
        grid.position(i.id, d.code) is Position.NOT_STATED
        for i in grid.items
        for d in grid.delegations
    )
    history = {e.position for i in grid.items for e in demo_ws.positions.history(i.id)}
    assert logged | history | ({Position.NOT_STATED} if unlogged else set()) == set(Position)


def test_the_demo_has_a_running_and_a_broken_silence_procedure(demo_ws: Workspace) -> None:
    [summary] = demo_ws.sessions.list_sessions()
    views = demo_ws.silence.for_session(summary.id)
    states = {v.state for v in views}
    assert states == {SilenceState.BROKEN, SilenceState.UNDER_SILENCE}
    broken = next(v for v in views if v.state is SilenceState.BROKEN)
    assert broken.breaking == ("FRA", "BEL", "DEU")
    assert LetterStatus.LATE in {x.status for x in broken.letters}
    running = next(v for v in views if v.state is SilenceState.UNDER_SILENCE)
    assert running.deadline > datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert demo_ws.actions.for_session(summary.id)


def test_the_demo_refuses_to_overwrite_a_file(demo_path: Path) -> None:
    with pytest.raises(ValidationError, match="already exists"):
        write_demo(demo_path)
