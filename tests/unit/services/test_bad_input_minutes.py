"""The minutes of a session holding nasty text: the PDF builds, and what was typed prints
as typed (reportlab's Paragraph text is markup; the report escapes it). PDFs are slow to
build, so a few chosen examples rather than many drawn ones."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services import ServiceError, Workspace
from desktop.services.minutes import export_minutes
from desktop.services.text_rules import CONTROL
from tests.unit.reports.pdf import whole
from tests.unit.services.bad_input import LONG, NASTY_PIECES, module_workspace, new_session

SAMPLE = "<b>Bold?</b> & &amp; </para> <font> %s {} '; DROP TABLE"
NASTY = "".join(NASTY_PIECES)
NASTY_LINE = CONTROL.sub("", NASTY)  # a one-line field holds no control character


@pytest.fixture(scope="module")
def rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    for ws, _clock in module_workspace(tmp_path_factory, "minutes"):
        yield ws


@pytest.mark.parametrize(
    ("language", "statement"),
    [("en", NASTY), ("fr", "\x00\x01\u202e" + SAMPLE + "\r\n🙂"), ("en", LONG[:3000])],
)
def test_the_minutes_print_typed_text_as_typed(
    rig: Workspace, tmp_path: Path, language: str, statement: str
) -> None:
    ws = rig
    sid, item = new_session(ws)
    ws.sessions.update(sid, place=f"{SAMPLE} مجلس", chair=NASTY_LINE[:200])
    ws.agenda.update_item(item, title=SAMPLE, summary=statement)
    ws.positions.log(item, "FRA", "reservation", text=statement, paragraphs=["4.2", "<b>"])
    ws.outcomes.declare(item, "agreed", decision_text=statement)
    ws.actions.add(item, owner_kind="delegation", owner=SAMPLE, description=statement)
    path = export_minutes(ws, sid, language, tmp_path / "minutes.pdf")
    text = whole(path.read_bytes())
    assert SAMPLE in text


def test_a_file_name_no_system_allows_is_refused_in_a_sentence(
    rig: Workspace, tmp_path: Path
) -> None:
    sid, _item = new_session(rig)
    with pytest.raises(ServiceError, match="file name"):
        export_minutes(rig, sid, "en", tmp_path / "minutes\x00.pdf")
