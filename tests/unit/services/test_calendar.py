"""Silence deadlines as an iCalendar file: read back with a real calendar library."""

from __future__ import annotations

import gettext
import io
import locale
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from icalendar import Calendar

from desktop import i18n
from desktop.cli import main
from desktop.services import ServiceError, Workspace
from desktop.services.calendar import deadlines_ics, escape, export_deadlines, fold

DEADLINE_LOCAL = datetime(2024, 5, 6, 12, 0)  # Monday noon, Brussels (summer time)
DEADLINE_UTC = datetime(2024, 5, 6, 10, 0, tzinfo=UTC)
NOW = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
# A title is one line (no line break: desktop.services.text_rules); escape() is tested on one.
AWKWARD = 'Draft decision; "Alliance", paragraph 3\\5, second part'


def events(text: str) -> list:
    return Calendar.from_ical(text).walk("VEVENT")


@pytest.fixture
def procedure(ws: Workspace, item: int) -> int:
    return ws.silence.launch(
        item, DEADLINE_LOCAL, text_reference="PO(2024)0101", title=AWKWARD,
        launched_by="Deputy Secretary General",
    ).value.id  # fmt: skip


def test_each_running_deadline_is_an_event_at_the_instant_in_utc(
    ws: Workspace, nac: int, procedure: int
) -> None:
    other = ws.agenda.add_item(nac, "Partnership tasking").value.id
    ws.silence.launch(other, datetime(2024, 10, 28, 9, 30))  # winter time by then: UTC+1
    text = deadlines_ics(ws.silence.running(), now=NOW)
    first, second = events(text)
    assert first.decoded("DTSTART") == DEADLINE_UTC
    assert second.decoded("DTSTART") == datetime(2024, 10, 28, 8, 30, tzinfo=UTC)
    assert first.decoded("DTSTAMP") == NOW
    assert str(second["SUMMARY"]) == "Silence deadline: Partnership tasking"


def test_text_values_are_escaped_and_come_back_intact(ws: Workspace, procedure: int) -> None:
    [event] = events(deadlines_ics(ws.silence.running(), now=NOW))
    assert str(event["SUMMARY"]) == f"Silence deadline: {AWKWARD}"
    description = str(event["DESCRIPTION"])
    assert "Text: PO(2024)0101 — Draft decision;" in description
    assert "Item: Council decision on the work programme" in description
    assert "Deadline: Monday 06 May 2024 12:00 Brussels time" in description
    assert "Launched by: Deputy Secretary General" in description


def test_the_uid_stays_and_the_sequence_counts_extensions(ws: Workspace, procedure: int) -> None:
    [before] = events(deadlines_ics(ws.silence.running(), now=NOW))
    ws.silence.extend(procedure, datetime(2024, 5, 8, 12, 0), reason="Capitals asked.")
    [after] = events(deadlines_ics(ws.silence.running(), now=NOW))
    assert str(after["UID"]) == str(before["UID"])
    assert (int(before["SEQUENCE"]), int(after["SEQUENCE"])) == (0, 1)
    assert after.decoded("DTSTART") == DEADLINE_UTC + timedelta(days=2)


def test_a_deadline_in_the_hour_that_happens_twice(ws: Workspace, item: int, clock) -> None:
    clock.moment = datetime(2024, 10, 20, 8, 0, tzinfo=UTC)
    ws.silence.launch(item, datetime(2024, 10, 27, 2, 30), fold=1)  # the second 02:30: CET
    [event] = events(deadlines_ics(ws.silence.running(), now=clock.moment))
    assert event.decoded("DTSTART") == datetime(2024, 10, 27, 1, 30, tzinfo=UTC)


def test_lines_end_in_crlf_and_fold_at_75_octets_without_splitting_characters(
    ws: Workspace, item: int
) -> None:
    title = "Déclaration élaborée: " + "é€" * 60
    ws.silence.launch(item, DEADLINE_LOCAL, title=title)
    text = deadlines_ics(ws.silence.running(), now=NOW)
    assert text.endswith("END:VCALENDAR\r\n")
    raw = text.encode("utf-8")
    lines = raw.split(b"\r\n")
    assert b"\n" not in b"".join(lines)  # every line break is a CRLF
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # it did fold
    for line in lines:
        line.decode("utf-8")  # no character cut in two
    [event] = events(text)
    assert str(event["SUMMARY"]) == f"Silence deadline: {title}"


def test_fold_and_escape_by_the_letter() -> None:
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "X" * 80
    assert fold(line) == "X" * 75 + "\r\n " + "X" * 5
    assert fold("short") == "short"


def test_an_empty_calendar_still_parses() -> None:
    text = deadlines_ics([], now=NOW)
    assert events(text) == []
    assert Calendar.from_ical(text)["PRODID"]


def test_export_writes_only_running_procedures(
    ws: Workspace, nac: int, procedure: int, tmp_path: Path
) -> None:
    other = ws.agenda.add_item(nac, "Partnership tasking").value.id
    withdrawn = ws.silence.launch(other, DEADLINE_LOCAL).value.id
    ws.silence.withdraw(withdrawn, reason="Overtaken by events.")
    folder = tmp_path / "out"
    folder.mkdir()
    path = export_deadlines(ws, folder / "deadlines.ics", now=NOW)
    [event] = events(path.read_text(encoding="utf-8"))
    assert str(event["SUMMARY"]).endswith("second part")
    assert [p.name for p in folder.iterdir()] == ["deadlines.ics"]  # no temporary left


def test_export_to_a_folder_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="is a folder"):
        export_deadlines(ws, tmp_path)


def test_the_command_line_writes_the_demos_running_deadline(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    out = tmp_path / "deadlines.ics"
    assert main(["deadlines", "--db", str(db), "--out", str(out)]) == 0
    assert f"Wrote 1 silence deadline to {out}." in capsys.readouterr().out
    [event] = events(out.read_text(encoding="utf-8"))
    assert str(event["SUMMARY"]) == "Silence deadline: Expenditure ceiling"
    assert event.decoded("DTSTART").tzinfo is not None


def test_the_command_line_refuses_a_missing_database(tmp_path: Path, capsys) -> None:
    code = main(["deadlines", "--db", str(tmp_path / "none.sqlite"), "--out", "x.ics"])
    assert code == 2
    err = capsys.readouterr().err
    assert "There is no database" in err and "Traceback" not in err


# ---------------------------------------------------------------------- the export's language
NBSP = "\u00a0"
PO = Path(__file__).resolve().parents[3] / "resources" / "translations" / "messages_fr.po"


@pytest.fixture
def french() -> Iterator[None]:
    """The app in French (the .po compiled in memory), and English again afterwards."""
    with PO.open("rb") as stream:
        catalogue = read_po(stream, locale="fr")
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    buffer.seek(0)
    i18n.reset_for_tests()
    i18n._catalogues["fr"] = gettext.GNUTranslations(buffer)
    i18n.set_language("fr")
    yield
    i18n.set_language("en")
    i18n.reset_for_tests()


def descriptions(ws: Workspace, now: datetime) -> list[str]:
    text = deadlines_ics(ws.silence.running(), now=now)
    return [str(e["DESCRIPTION"]).replace(NBSP, " ") for e in events(text)]


@pytest.fixture
def twice(ws: Workspace, nac: int, item: int, clock) -> datetime:
    """Two deadlines at 02:30 on 25 October 2026, an hour apart: CEST, then CET."""
    clock.moment = datetime(2026, 10, 20, 8, 0, tzinfo=UTC)
    other = ws.agenda.add_item(nac, "Partnership tasking").value.id
    ws.silence.launch(item, datetime(2026, 10, 25, 2, 30), fold=0)
    ws.silence.launch(other, datetime(2026, 10, 25, 2, 30), fold=1)
    return clock.moment


def test_two_deadlines_in_the_repeated_hour_read_differently(ws: Workspace, twice) -> None:
    first, second = descriptions(ws, twice)
    assert "Deadline: Sunday 25 October 2026 02:30 CEST Brussels time" in first
    assert "Deadline: Sunday 25 October 2026 02:30 CET Brussels time" in second


def test_in_french_too(french: None, ws: Workspace, twice) -> None:
    first, second = descriptions(ws, twice)
    assert "dimanche 25 octobre 2026 à 2 h 30 CEST" in first
    assert "dimanche 25 octobre 2026 à 2 h 30 CET" in second
    assert "CEST" not in second


_FRENCH_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre")  # fmt: skip


def test_english_on_a_french_desktop(
    ws: Workspace, procedure: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt sets the process's locale from the desktop's: ``time.strftime`` (which datetime
    formatting calls) then names days and months in French. The export does not ask it."""
    real = time.strftime

    def french_strftime(form: str, moment: time.struct_time | None = None) -> str:
        moment = time.localtime() if moment is None else moment
        day, month = _FRENCH_DAYS[moment.tm_wday], _FRENCH_MONTHS[moment.tm_mon - 1]
        for code, name in (("%A", day), ("%a", day[:3]), ("%B", month), ("%b", month[:4])):
            form = form.replace(code, name)
        return real(form, moment)

    monkeypatch.setattr(time, "strftime", french_strftime)
    assert f"{DEADLINE_UTC:%A %B}" == "lundi mai"  # the desktop's French is in force
    [description] = descriptions(ws, NOW)
    assert "Deadline: Monday 06 May 2024 12:00 Brussels time" in description


@pytest.fixture
def french_process_locale() -> Iterator[None]:
    previous = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, "fr_FR.UTF-8")
    except locale.Error:
        pytest.skip("the fr_FR.UTF-8 locale is not generated on this machine")
    yield
    locale.setlocale(locale.LC_TIME, previous)


def test_english_under_a_real_french_locale(
    french_process_locale: None, ws: Workspace, procedure: int
) -> None:
    assert f"{DEADLINE_UTC:%A}" == "lundi"
    [description] = descriptions(ws, NOW)
    assert "Deadline: Monday 06 May 2024 12:00 Brussels time" in description
