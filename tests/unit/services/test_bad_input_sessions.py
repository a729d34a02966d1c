"""Bad input to the session form, the agenda and the attendance: stored exactly (trimmed, as
``convert.bounded`` documents) or refused with one sentence, the record unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop import reference
from desktop.services import ServiceError, Workspace
from desktop.services.session_file import parse
from tests.unit.services.bad_input import (
    DAYS,
    FAST,
    LONG,
    LONG_LINE,
    MOMENTS,
    NASTY,
    NASTY_OR_HALF,
    Clock,
    attempt,
    code_of,
    expected_moment,
    exported,
    half,
    module_workspace,
    new_session,
    reference_of,
    trimmed,
)

# The session form's text fields and how long each may be.
LIMITS = {"reference": 60, "place": 200, "chair": 200, "committee_name": 200}


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Clock]]:
    yield from module_workspace(tmp_path_factory, "sessions")


@pytest.fixture(scope="module")
def shared(rig: tuple[Workspace, Clock]) -> tuple[Workspace, int, int]:
    """One session (and item) that the examples edit in turn: a fresh one each is slower."""
    ws, _clock = rig
    return (ws, *new_session(ws))


def references(ws: Workspace) -> set[str]:
    return {s.reference for s in ws.sessions.list_sessions() if s.reference}


@FAST
@given(field=st.sampled_from(sorted(LIMITS)), value=NASTY_OR_HALF)
@example(field="place", value=LONG)
@example(field="reference", value="  C-M(2024)0001  ")
@example(field="chair", value="\ud800")
def test_session_text_is_stored_trimmed_or_refused(
    shared: tuple[Workspace, int, int], field: str, value: str
) -> None:
    ws, sid, _item = shared
    want = reference_of(value) if field == "reference" else trimmed(value, LIMITS[field])
    if field == "reference" and want and want in references(ws) - {ws.sessions.get(sid).reference}:
        want = None  # another session has it
    fields: dict[str, Any] = {field: value}
    done = attempt(ws, sid, lambda: ws.sessions.update(sid, **fields))
    if want is None:
        assert isinstance(done, ServiceError)
        return
    assert not isinstance(done, ServiceError), done
    assert getattr(ws.sessions.get(sid), field) == want
    assert (exported(ws, sid)["session"][field] or "") == want


@FAST
@given(reference=NASTY_OR_HALF, committee=NASTY_OR_HALF, place=NASTY, chair=NASTY)
@example(reference="", committee=LONG_LINE, place="", chair="")
@example(reference="", committee="   ", place="", chair="")
def test_a_committee_is_created_with_what_was_typed_or_not_at_all(
    rig: tuple[Workspace, Clock], reference: str, committee: str, place: str, chair: str
) -> None:
    ws, _clock = rig
    before = len(ws.sessions.list_sessions())
    want = {
        "reference": reference_of(reference),
        "committee_name": trimmed(committee, 200, required=True),
        "place": trimmed(place, 200),
        "chair": trimmed(chair, 200),
    }
    if want["reference"] in references(ws):
        want["reference"] = None
    try:
        detail = ws.sessions.create(
            body_kind="COMMITTEE",
            level="national_representatives",
            session_date=date(2024, 5, 2),
            reference=reference,
            committee_name=committee,
            place=place,
            chair=chair,
        ).value
    except ServiceError as error:
        assert None in want.values(), error
        assert len(ws.sessions.list_sessions()) == before
        return
    assert None not in want.values()
    assert {name: getattr(detail, name) for name in want} == want
    assert str(want["committee_name"]) in detail.title
    stored = exported(ws, detail.id)["session"]
    assert {name: stored[name] or "" for name in want} == want


@FAST
@given(name=st.one_of(NASTY_OR_HALF, st.sampled_from(["Europe/Brussels", "America/St_Johns"])))
@example(name=LONG_LINE)
@example(name="../../etc/passwd")
@example(name="Europe/Brussels\x00")
def test_a_time_zone_is_a_zone_or_refused(shared: tuple[Workspace, int, int], name: str) -> None:
    ws, sid, _item = shared
    done = attempt(ws, sid, lambda: ws.sessions.update(sid, time_zone=name))
    if not isinstance(done, ServiceError):
        assert ws.sessions.get(sid).time_zone == name
        assert exported(ws, sid)["session"]["time_zone"] == name


@FAST
@given(opened=MOMENTS, closed=MOMENTS)
@example(opened=datetime(1, 1, 1, 0, 30), closed=datetime(9999, 12, 31, 23, tzinfo=UTC))
def test_meeting_times_are_instants_in_range_or_refused(
    shared: tuple[Workspace, int, int], opened: datetime, closed: datetime
) -> None:
    ws, sid, _item = shared
    ws.sessions.update(sid, opened_at=None, closed_at=None)
    want_open, want_close = expected_moment(opened), expected_moment(closed)
    done = attempt(ws, sid, lambda: ws.sessions.update(sid, opened_at=opened))
    assert isinstance(done, ServiceError) is (want_open is None)
    if want_open is None:
        return
    assert ws.sessions.get(sid).opened_at == want_open
    assert parse(ws.files.export_session(sid)).session.opened_at == want_open
    closing = attempt(ws, sid, lambda: ws.sessions.close(sid, closed))
    if want_close is None or want_close < want_open:
        assert isinstance(closing, ServiceError)
        return
    assert not isinstance(closing, ServiceError), closing
    detail = ws.sessions.get(sid)
    assert (detail.opened_at, detail.closed_at) == (want_open, want_close)
    assert detail.closed_at is not None and detail.closed_at.tzinfo is not None
    assert parse(ws.files.export_session(sid)).session.closed_at == want_close


@FAST
@given(day=DAYS)
def test_a_session_date_is_kept_or_refused(shared: tuple[Workspace, int, int], day: date) -> None:
    ws, sid, _item = shared
    done = attempt(ws, sid, lambda: ws.sessions.update(sid, session_date=day))
    if not isinstance(done, ServiceError):
        assert ws.sessions.get(sid).session_date == day
        assert exported(ws, sid)["session"]["date"] == day.isoformat()


@FAST
@given(title=NASTY_OR_HALF, documents=NASTY_OR_HALF, summary=NASTY_OR_HALF)
@example(title=LONG_LINE, documents="", summary="")
@example(title="<b>", documents="&amp;", summary=LONG)
def test_agenda_items_keep_their_text_or_are_refused(
    shared: tuple[Workspace, int, int], title: str, documents: str, summary: str
) -> None:
    ws, sid, item = shared
    want = {
        "title": trimmed(title, 500, required=True),
        "documents": trimmed(documents, 500),
        "summary": trimmed(summary),
    }
    added = attempt(
        ws, sid, lambda: ws.agenda.add_item(sid, title, documents=documents, summary=summary)
    )
    edited = attempt(
        ws,
        sid,
        lambda: ws.agenda.update_item(item, title=title, documents=documents, summary=summary),
    )
    for done in (added, edited):
        assert isinstance(done, ServiceError) is (None in want.values())
    if isinstance(added, ServiceError) or isinstance(edited, ServiceError):
        return
    items = ws.sessions.get(sid).items
    assert [{n: getattr(i, n) for n in want} for i in (items[0], items[-1])] == [want, want]
    assert items[-1].id == added.value.id
    stored = exported(ws, sid)["agenda"]
    assert [{n: i[n] for n in want} for i in (stored[0], stored[-1])] == [want, want]


@FAST
@given(code=NASTY_OR_HALF, name=NASTY_OR_HALF, head=NASTY_OR_HALF)
@example(code="EU", name="European Union", head="\u202eevil")
@example(code="BEL", name="", head="")
@example(code="ß" * 10, name="ß" * 200, head="")
@example(code=LONG_LINE, name="", head="")
def test_participants_are_seated_as_typed_or_refused(
    shared: tuple[Workspace, int, int], code: str, name: str, head: str
) -> None:
    ws, sid, _item = shared
    seated = {d.code for d in ws.sessions.get(sid).delegations}
    want_code = code_of(code)
    ally = reference.allies_by_code().get(want_code or "")
    display = trimmed(name, 200)
    if display == "" and want_code is not None:
        display = ally.name_en if ally else want_code
    want_head = trimmed(head, 200)
    refused = None in (want_code, display, want_head) or want_code in seated
    done = attempt(
        ws,
        sid,
        lambda: ws.attendance.add_participant(
            sid, code, kind="partner", name=name, head_of_delegation=head
        ),
    )
    assert isinstance(done, ServiceError) is refused, done
    if refused or want_code is None:
        return
    found = {d.code: d for d in ws.sessions.get(sid).delegations}[want_code]
    assert (found.name_en, found.head_of_delegation) == (
        ally.name_en if ally else display,
        want_head,
    )
    row = next(a for a in exported(ws, sid)["attendance"] if a["delegation"] == want_code)
    assert (row["display_name"], row["head_of_delegation"]) == (display, want_head)


@FAST
@given(head=NASTY_OR_HALF)
@example(head=LONG)
def test_a_head_of_delegation_is_kept_trimmed_or_refused(
    shared: tuple[Workspace, int, int], head: str
) -> None:
    ws, sid, _item = shared
    want = trimmed(head, 200)
    done = attempt(
        ws, sid, lambda: ws.attendance.set_attendance(sid, "BEL", head_of_delegation=head)
    )
    assert isinstance(done, ServiceError) is (want is None)
    if want is not None:
        bel = {d.code: d for d in ws.sessions.get(sid).delegations}["BEL"]
        assert bel.head_of_delegation == want


@FAST
@given(words=NASTY_OR_HALF)
@example(words="\x00%_")
@example(words=LONG)
def test_the_session_list_filter_takes_any_text(rig: tuple[Workspace, Clock], words: str) -> None:
    ws, _clock = rig
    try:
        found: Any = ws.sessions.list_sessions(search=words)
    except ServiceError as error:
        assert half(words), error
        return
    assert isinstance(found, list)
