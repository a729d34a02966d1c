"""The minutes' PDF metadata says what the document is and that Tour de Table made it, and
nothing about who exported it or where: no account, no machine name, no local path."""

from __future__ import annotations

import getpass
import socket
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from desktop.services import Actor, Workspace
from desktop.services.minutes import export_minutes

OPERATOR = "jdoe-7f3a"
WORKSTATION = "desk-42b9"


def test_the_minutes_metadata_names_the_document_not_the_person_or_machine(
    tmp_path: Path, isolated_home: Path
) -> None:
    folder = tmp_path / "Private folder of jdoe"
    folder.mkdir()
    with Workspace.open(folder / "council.sqlite", actor=Actor(OPERATOR, WORKSTATION)) as ws:
        session = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives",
            session_date=date(2024, 5, 2), reference="C-R(2024)0020",
        ).value.id  # fmt: skip
        item = ws.agenda.add_item(session, "Work programme").value.id
        ws.positions.log(item, "FRA", "objection", text="La France objecte.")
        pdf = export_minutes(ws, session, "en", folder / "minutes.pdf")

    reader = PdfReader(pdf)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "C-R(2024)0020 — Summary record: " + meta.title.split(": ", 1)[1]
    assert "North Atlantic Council" in meta.title
    assert (meta.author, meta.creator, meta.producer) == ("Tour de Table",) * 3
    assert "/Metadata" not in reader.trailer["/Root"]  # no XMP packet to leak anything either
    said = " ".join(str(value) for value in meta.values())
    needles = {
        OPERATOR, WORKSTATION, getpass.getuser(), socket.gethostname(), str(tmp_path),
        str(isolated_home), str(Path.home()), "jdoe",
    }  # fmt: skip
    assert [n for n in needles if n and n in said] == []
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "La France objecte." in text
    assert OPERATOR not in text and WORKSTATION not in text and str(folder) not in text
