"""The chair's declarations in a session file, checked again against the file's own record.

A file's ``warnings`` are written for people and never trusted: each declaration is checked
as ``OutcomeService.declare`` checked it, against the record as it stood when it was
declared (the positions and silence events recorded by then), and stored with those
warnings. What the record says now against the declarations that stand is the import's
message (``desktop.services.standings.contradiction_notices``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from desktop.domain.consensus import consensus_of
from desktop.domain.outcomes import Outcome, OutcomeWarning, check_outcome
from desktop.domain.positions import Position
from desktop.domain.silence import SilenceEvent, SilenceProcedure, SilenceState
from desktop.services.session_file.model import FileItem, FilePosition
from desktop.services.session_file.silence import domain_event


def declaration_warnings(
    item: FileItem, holders: Sequence[str]
) -> list[tuple[OutcomeWarning, ...]]:
    """What the record said against each of the item's declarations when it was declared,
    in the file's order (nothing against a withdrawal). ``holders``: the members with
    decision rights at the table, in seating order."""
    # Once, not per declaration: a file may hold many of each.
    ordered = sorted(item.positions, key=lambda p: p.seq)
    events = {
        p.seq: [(e.stamp.recorded_at, domain_event(e)) for e in p.events]
        for p in item.silence_procedures
    }
    return [
        ()
        if declared.withdrawn
        else _check(
            item,
            declared.outcome,
            declared.stamp.recorded_at,
            ordered=ordered,
            events=events,
            holders=holders,
        )
        for declared in item.outcomes
    ]


def _check(
    item: FileItem,
    outcome: Outcome,
    at: datetime,
    *,
    ordered: Sequence[FilePosition],
    events: dict[int, list[tuple[datetime, SilenceEvent]]],
    holders: Sequence[str],
) -> tuple[OutcomeWarning, ...]:
    positions: dict[str, Position] = {}
    for event in ordered:
        if event.stamp.recorded_at <= at:
            positions[event.delegation] = event.position
    standing = {code: p for code, p in positions.items() if code in holders}
    consensus = consensus_of(holders, standing)
    silence = _silence_then(item, events, holders, at)
    return check_outcome(outcome, consensus, standing, silence)


def _silence_then(
    item: FileItem,
    events: dict[int, list[tuple[datetime, SilenceEvent]]],
    holders: Sequence[str],
    at: datetime,
) -> SilenceState | None:
    """The state of the item's latest silence procedure as it was recorded by ``at``
    (``events``: each procedure's events as the domain's, with the time each was recorded)."""
    launched = [p for p in item.silence_procedures if p.stamp.recorded_at <= at]
    if not launched:
        return None
    procedure = max(launched, key=lambda p: p.seq)
    then = tuple(event for recorded, event in events[procedure.seq] if recorded <= at)
    state = SilenceProcedure(
        procedure.launched_at, procedure.original_deadline, frozenset(holders), then
    )
    return state.status(at).state
