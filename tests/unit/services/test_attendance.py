"""AttendanceService: partners added and removed, presence, and who must stay at the table."""

from __future__ import annotations

import pytest

from desktop.services import ValidationError, Workspace


def test_attendance_partners_and_absence(ws: Workspace, nac: int, item: int) -> None:
    ws.attendance.set_attendance(
        nac, "ISL", present=False, head_of_delegation="Sigríður Jónsdóttir"
    )
    ws.attendance.add_participant(nac, "UKR", kind="partner", name="Ukraine")
    detail = ws.sessions.get(nac)
    isl = next(d for d in detail.delegations if d.code == "ISL")
    assert (isl.present, isl.head_of_delegation) == (False, "Sigríður Jónsdóttir")
    assert detail.delegations[-1].code == "UKR" and not detail.delegations[-1].has_decision_rights
    with pytest.raises(ValidationError, match="member on the session's date; mark it absent"):
        ws.attendance.remove_participant(nac, "FRA")
    ws.positions.log(item, "UKR", "agree_with_statement", text="Thanks.")
    with pytest.raises(ValidationError, match="statements on record"):
        ws.attendance.remove_participant(nac, "UKR")
    with pytest.raises(ValidationError, match="already at the table"):
        ws.attendance.add_participant(nac, "UKR", kind="partner")


def test_a_partner_that_only_spoke_stays_at_the_table(ws: Workspace, nac: int, item: int) -> None:
    ws.attendance.add_participant(nac, "UKR", kind="partner", name="Ukraine")
    ws.speakers.intervene(item, "UKR", "Ukraine thanks Allies.")  # no position, an intervention
    with pytest.raises(ValidationError, match="statements on record"):
        ws.attendance.remove_participant(nac, "UKR")
    assert [s.delegation for s in ws.speakers.state(item).said] == ["UKR"]
