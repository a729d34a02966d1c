"""Bad input to the silence procedure: texts trimmed within their columns, times aware or
wall-clock times in Brussels (a time the clocks skip or repeat is refused, unless ``fold``
says which), and never one so close to the ends of the calendar that a zone cannot show it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.errors import TimeError
from desktop.domain.timezones import local_to_utc
from desktop.services import ServiceError, Workspace
from desktop.services.calendar import deadlines_ics
from tests.unit.services.bad_input import (
    FAST,
    LONG,
    LONG_LINE,
    MOMENTS,
    NASTY_OR_HALF,
    Clock,
    attempt,
    expected_moment,
    exported,
    module_workspace,
    new_session,
    trimmed,
)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Clock]]:
    yield from module_workspace(tmp_path_factory, "silence")


def instant(moment: datetime) -> datetime | None:
    """The UTC instant the service makes of ``moment``, or None when it must refuse."""
    if moment.tzinfo is not None:
        return expected_moment(moment)
    try:
        return local_to_utc(moment, "Europe/Brussels")
    except TimeError:
        return None


@FAST
@given(reference=NASTY_OR_HALF, title=NASTY_OR_HALF, by=NASTY_OR_HALF, deadline=MOMENTS)
@example(reference=LONG_LINE, title="", by="", deadline=datetime(2024, 5, 9, 12))
@example(reference="", title=LONG, by="", deadline=datetime(2024, 5, 9, 12))
@example(reference="<b>", title="&amp;", by="\u202eevil", deadline=datetime(2024, 10, 27, 2, 30))
@example(reference="", title="", by="", deadline=datetime(9999, 12, 31, 23, 30, tzinfo=UTC))
def test_a_launch_keeps_its_text_and_deadline_or_is_refused(
    shared: tuple[Workspace, Clock], reference: str, title: str, by: str, deadline: datetime
) -> None:
    ws, clock = shared
    sid, item = new_session(ws)  # one each: the session's file stays small
    texts = (trimmed(reference, 100), trimmed(title, 500), trimmed(by, 200))
    due = instant(deadline)
    done = attempt(
        ws,
        sid,
        lambda: ws.silence.launch(
            item, deadline, text_reference=reference, title=title, launched_by=by
        ),
    )
    refused = None in texts or due is None or due <= clock.moment
    assert isinstance(done, ServiceError) is refused, done
    if refused:
        return
    view = ws.silence.procedures(item)[-1]
    assert (view.text_reference, view.title, view.launched_by) == texts
    assert view.deadline == due
    procedure = exported(ws, sid)["agenda"][-1]["silence_procedures"][-1]
    assert (procedure["text_reference"], procedure["title"], procedure["launched_by"]) == texts
    deadlines_ics(ws.silence.running(), now=clock.moment)  # a calendar can show it


@FAST
@given(
    delegation=st.one_of(st.sampled_from(["FRA", " TUR ", "XYZ"]), NASTY_OR_HALF),
    text=NASTY_OR_HALF,
    reference=NASTY_OR_HALF,
    received=MOMENTS,
)
@example(delegation="FRA", text=LONG, reference="", received=datetime(2024, 5, 3, 9))
@example(delegation="FRA", text="", reference=LONG_LINE, received=datetime(2024, 5, 3, 9))
@example(delegation=LONG_LINE, text="", reference="", received=datetime(2024, 5, 3, 9))
def test_a_letter_keeps_its_text_or_is_refused(
    shared: tuple[Workspace, Clock],
    delegation: str,
    text: str,
    reference: str,
    received: datetime,
) -> None:
    ws, clock = shared
    sid, item = new_session(ws)  # one each: the session's file stays small
    procedure = ws.silence.launch(item, clock.moment + timedelta(days=3)).value.id
    seated = {d.code for d in ws.sessions.get(sid).delegations}
    code = trimmed(delegation, 60, required=True)
    want = (trimmed(text), trimmed(reference, 100))
    at = instant(received)
    done = attempt(
        ws,
        sid,
        lambda: ws.silence.record_letter(
            procedure, delegation, received, text=text, reference=reference
        ),
    )
    refused = code not in seated or None in want or at is None or at < clock.moment
    assert isinstance(done, ServiceError) is refused, done
    if refused:
        return
    letter = ws.silence.get(procedure).letters[-1]
    assert (letter.delegation, letter.text, letter.reference, letter.received_at) == (
        code,
        *want,
        at,
    )
    stored = exported(ws, sid)["agenda"][-1]["silence_procedures"][-1]["events"][-1]
    assert (stored["delegation"], stored["text"], stored["reference"]) == (code, *want)


@FAST
@given(reason=NASTY_OR_HALF, new_deadline=MOMENTS, withdraw=st.booleans())
@example(reason=LONG, new_deadline=datetime(2024, 5, 9, 12), withdraw=True)
@example(reason="", new_deadline=datetime(2024, 10, 27, 2, 30), withdraw=False)
def test_an_extension_or_a_withdrawal_keeps_its_reason_or_is_refused(
    shared: tuple[Workspace, Clock], reason: str, new_deadline: datetime, withdraw: bool
) -> None:
    ws, clock = shared
    sid, item = new_session(ws)  # one each: the session's file stays small
    first = ws.silence.launch(item, clock.moment + timedelta(days=3)).value
    want = trimmed(reason)
    if withdraw:
        done = attempt(ws, sid, lambda: ws.silence.withdraw(first.id, reason))
        assert isinstance(done, ServiceError) is (want is None), done
        if want is not None:
            assert ws.silence.get(first.id).withdrawal_reason == want
        return
    due = instant(new_deadline)
    done = attempt(ws, sid, lambda: ws.silence.extend(first.id, new_deadline, reason))
    refused = want is None or due is None or due <= first.deadline
    assert isinstance(done, ServiceError) is refused, done
    if not refused:
        extension = ws.silence.get(first.id).extensions[-1]
        assert (extension.reason, extension.new_deadline) == (want, due)
        deadlines_ics(ws.silence.running(), now=clock.moment)
