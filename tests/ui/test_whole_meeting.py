"""A whole meeting, played through the real main window as an operator plays it, then read
back as a delegate reads it: the minutes' text (both languages) and ``tourdetable status``.

32 Allies, Iceland absent (its position comes in writing), six items of every kind. The
operator mistypes and fixes by undo and by re-keying; delegations change their positions for
real; some speak without taking a position; a silence is broken; the chair declares, once
against the record. ``SAID`` below is what each delegation said: every line of the minutes
is checked against it, and nothing the operator fixed may appear there.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from desktop.cli import main
from desktop.domain.outcomes import Outcome
from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind
from desktop.services import Workspace
from desktop.services.minutes import export_minutes
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import AppSettings
from tests.unit.reports.pdf import whole

REF = "C-R(2026)0061"
ITEMS = (
    ("Readiness Action Plan: implementation report", AgendaKind.DECISION),
    ("Common funding ceilings for 2027", AgendaKind.DECISION),
    ("Talking points on enlargement", AgendaKind.DECISION),
    ("Security situation in the High North", AgendaKind.DISCUSSION),
    ("Briefing on cyber defence", AgendaKind.INFORMATION),
    ("Venue of the next ministerial meeting", AgendaKind.ANY_OTHER_BUSINESS),
)
HUN_TEXT = "Hungary cannot join consensus on paragraph 4."
POL_TEXT = "Poland cannot accept the proposed ceiling."
# What was said, as the delegates will check it: item number -> what each one said last,
# and the changes of position in order. Everyone not named agreed on items 1 to 3.
CHANGES = {
    1: {"HUN": [(Position.OBJECTION, HUN_TEXT), (Position.AGREE, "")]},
    2: {"TUR": [(Position.STUDY_RESERVE, ""), (Position.AGREE_AD_REFERENDUM, "")]},
}
INTERVENTIONS = {
    4: [
        ("HUN", "Hungary recalls its national caveats in the region."),
        ("FRA", "La France soutient le renforcement de la posture dans le Grand Nord."),
        ("DEU", "Germany welcomes the briefing."),
    ],
    5: [("GBR", "The United Kingdom offers its national cyber experts.")],
    6: [("NOR", "Norway offers to host the meeting in Oslo.")],
}


@pytest.fixture
def meeting(tmp_path: Path) -> tuple[Path, int, list[int]]:
    """The session as the secretariat prepares it before the meeting: agenda, attendance."""
    path = tmp_path / "council.sqlite"
    with Workspace.open(path) as ws:
        session = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives",
            session_date=datetime.now(UTC).date(),
            reference=REF,
        ).value  # fmt: skip
        ids = [ws.agenda.add_item(session.id, t, kind=k).value.id for t, k in ITEMS]
        ws.attendance.set_attendance(session.id, "ISL", present=False)
    return path, session.id, ids


@pytest.fixture
def window(qtbot, meeting, settings: AppSettings) -> Iterator[MainWindow]:
    path, session_id, _ids = meeting
    window = MainWindow(Workspace.open(path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session_id)
    window.activateWindow()
    window.session_page.positions.grid.setFocus()
    yield window
    window.tasks.wait()


class Operator:
    """The operator's hands on the real window."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window
        self.page = window.session_page
        self.grid = self.page.positions.grid

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.window.tasks.busy())

    def to_grid(self, item: int, code: str | None = None) -> None:
        """Back to the grid (as a click on the cell does), on the cell."""
        self.window.activateWindow()
        self.grid.setFocus()
        assert self.grid.go_to(item, code)

    def key(self, item: int, code: str, letter: str) -> None:
        self.to_grid(item, code)
        self.qtbot.keyClick(self.grid, letter)
        self.qtbot.wait(200)  # as fast as a room speaks, not as fast as a typist types

    def statement(self, item: int, code: str, text: str) -> None:
        self.settle()
        self.to_grid(item, code)
        self.qtbot.keyClick(self.grid, Qt.Key.Key_Return)
        editor = self.grid.focusWidget()
        assert isinstance(editor, QLineEdit)  # the cell's statement, inline
        editor.setText(text)
        self.qtbot.keyClick(editor, Qt.Key.Key_Return)
        editing = QAbstractItemView.State.EditingState
        self.qtbot.waitUntil(lambda: self.grid.state() != editing)  # closed on the next turn
        self.settle()

    def intervention(self, item: int, code: str, text: str, *, shift: bool = False) -> None:
        self.to_grid(item, code)
        modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        self.qtbot.keyClick(self.grid, Qt.Key.Key_Return, modifier)
        dialog = self.page.positions.intervention_dialog
        self.qtbot.waitUntil(dialog.isVisible)
        dialog.editor.setPlainText(text)
        self.qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
        self.settle()
        self.qtbot.waitUntil(lambda: self.window.focusWidget() is self.grid)  # back to it

    def undo(self) -> None:
        self.qtbot.keyClick(self.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        self.settle()

    def everyone_else_agrees(self, item: int, skip: set[str]) -> None:
        model = self.grid.grid_model()
        for row in range(model.rowCount()):
            d = model.delegation(row)
            said = model.entry(item, d.code) is not None
            if d.has_decision_rights and d.present and d.code not in skip and not said:
                self.key(item, d.code, "a")

    def declare(self, item: int, outcome: Outcome, text: str, *, against: bool = False) -> None:
        self.settle()
        assert self.grid.go_to(item)
        box = self.page.positions.item_panel.outcome_box
        self.qtbot.waitUntil(lambda: box.item_id == item)
        box.outcome_combo.setCurrentIndex(box.outcome_combo.findData(outcome.value))
        box.decision_edit.setPlainText(text)
        self.qtbot.mouseClick(box.declare_button, Qt.MouseButton.LeftButton)
        if against:
            self.qtbot.waitUntil(
                lambda: box.confirm_box is not None and box.confirm_box.isVisible()
            )
            anyway = next(b for b in box.confirm_box.buttons() if "All the Same" in b.text())
            self.qtbot.mouseClick(anyway, Qt.MouseButton.LeftButton)
        ws = self.window.workspace
        self.qtbot.waitUntil(
            lambda: (
                (state := ws.outcomes.state(item).outcome) is not None and state.outcome is outcome
            )
        )


def test_a_whole_meeting_reads_back_exactly_as_it_was_said(
    qtbot, window: MainWindow, meeting, tmp_path: Path, capsys
) -> None:
    path, sid, (one, two, three, four, five, six) = meeting
    ws = window.workspace
    op = Operator(qtbot, window)

    # Item 1: a mistyped key fixed by re-keying, another by undo, an objection with its
    # words, lifted later; Iceland's position came in writing.
    op.key(one, "USA", "r")
    op.key(one, "USA", "a")  # the cell just logged, moments later: a correction
    op.key(one, "CAN", "o")
    op.undo()  # Canada never objected
    op.key(one, "CAN", "a")
    op.key(one, "HUN", "o")
    op.statement(one, "HUN", HUN_TEXT)
    op.key(one, "ISL", "a")
    box = op.page.positions.in_writing_box
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(
        next(b for b in box.buttons() if "Writing" in b.text()), Qt.MouseButton.LeftButton
    )
    op.settle()
    op.everyone_else_agrees(one, {"HUN"})
    op.key(one, "HUN", "a")  # Hungary lifts its objection: a change of position
    op.declare(one, Outcome.AGREED, "The Council noted the implementation report.")

    # Item 2: a study reserve lifted to ad referendum; Poland's objection stands; the chair
    # declares "agreed" all the same: against the record.
    op.key(two, "TUR", "y")
    op.key(two, "POL", "o")
    op.statement(two, "POL", POL_TEXT)
    op.everyone_else_agrees(two, {"TUR", "POL", "ISL"})
    op.key(two, "TUR", "d")
    op.declare(two, Outcome.AGREED, "The Council approved the ceilings.", against=True)

    # Item 3: all agree at the table; the text goes under silence and Türkiye breaks it.
    op.everyone_else_agrees(three, {"ISL"})
    op.settle()
    now = datetime.now(UTC)
    launched: list[int] = []  # through the window's controller, as the silence panel does
    window.controller.run(
        lambda w: w.silence.launch(
            three, now + timedelta(days=2), text_reference="PO(2026)0400", launched_by="Chair"
        ),
        lambda view: launched.append(view.id),
    )
    qtbot.waitUntil(lambda: bool(launched))
    window.controller.run(
        lambda w: w.silence.record_letter(
            launched[0], "TUR", now + timedelta(minutes=1), text="Türkiye breaks silence."
        )
    )
    op.settle()

    # Items 4 to 6: interventions, no positions.
    for code, text in INTERVENTIONS[4]:
        op.intervention(four, code, text)  # Enter, on a discussion item
    op.intervention(five, *INTERVENTIONS[5][0])
    op.intervention(six, *INTERVENTIONS[6][0], shift=True)
    op.declare(five, Outcome.NOTED, "The Council noted the briefing.")
    op.settle()

    # ------------------------------------------------------------ the minutes, as read
    texts = {}
    for language in ("en", "fr"):
        target = tmp_path / f"minutes-{language}.pdf"
        export_minutes(ws, sid, language, target)
        texts[language] = whole(target.read_bytes())
    en = texts["en"]
    sections = _sections(en, [t for t, _k in ITEMS])

    # No correction printed: the United States never reserved, Canada never objected.
    assert "United States" not in sections[1]  # it simply agreed, among all the others
    assert "Canada" not in sections[1]
    assert "reservation" not in sections[1].lower()
    # Every change of position there, each text beside its own position.
    assert "objection at " in sections[1] and f"(“{HUN_TEXT}”) → agree at " in sections[1]
    assert "Iceland (absent; position conveyed in writing)." in sections[1]
    assert "All other delegations agreed." in sections[1]
    assert "study reserve at " in sections[2] and "→ agree ad referendum at " in sections[2]
    assert f"Objection Poland: “{POL_TEXT}”" in sections[2]
    # A declaration against the record is printed as declared, with the record beside it.
    assert "Agreed." in sections[2] and "objection by Poland" in sections[2]
    # A broken silence returns the item to the Council, said once, never "under silence".
    assert sections[3].count("returns to the Council") == 1
    assert "Under silence" not in sections[3]
    # Interventions in the order spoken.
    hun, fra, deu = (sections[4].index(text) for _code, text in INTERVENTIONS[4])
    assert hun < fra < deu
    assert INTERVENTIONS[5][0][1] in sections[5] and INTERVENTIONS[6][0][1] in sections[6]
    # The French minutes: the same record, in French.
    fr = texts["fr"]
    assert "Changement de position" in fr and "position transmise par écrit" in fr
    assert INTERVENTIONS[4][1][1] in fr and "Reservation" not in fr

    # ------------------------------------------------------------ tourdetable status
    assert main(["status", "--db", str(path), "--session", REF, "--json"]) == 0
    status = {i["number"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    assert status[1]["state"] == "declared" and status[1]["contradictions"] == []
    assert status[2]["blocking"] == ["POL"]
    kinds = [c["kind"] for c in status[2]["contradictions"]]
    assert kinds == ["objection_stands", "positions_pending"]
    assert status[3]["state"] == "silence_broken" and status[3]["silence"]["breaking"] == ["TUR"]
    assert status[4]["state"] == "no_decision_sought" and status[5]["state"] == "declared"

    # ------------------------------------------------------------ one state, every view
    model = op.grid.grid_model()
    for number, item in enumerate((one, two, three, four, five, six), start=1):
        column = model.column_of(item)
        header = model.headerData(column, Qt.Orientation.Horizontal).splitlines()[-1]
        assert header == status[number]["short"], number
    # The item panel and the room display say the same of the broken silence.
    op.to_grid(three)
    panel = op.page.positions.item_panel
    qtbot.waitUntil(lambda: "returns to the Council" in panel.state_line.text.text())
    window.session_menus.room_display.toggle_action.trigger()
    room = window.session_menus.room_display.display
    qtbot.waitUntil(lambda: room is not None and room.isVisible())
    qtbot.waitUntil(lambda: room.state_label.text().upper() == status[3]["short"].upper())
    room.close()


def _sections(text: str, titles: list[str]) -> dict[int, str]:
    """Each item's part of the minutes, by number (after the contents)."""
    starts = []
    for number, title in enumerate(titles, start=1):
        heading = f"{number}. {title}"
        starts.append(text.rindex(heading))  # the item itself, not its line in the contents
    ends = [*starts[1:], text.index("Action items", starts[-1])]
    return {n: text[s:e] for n, (s, e) in enumerate(zip(starts, ends, strict=True), start=1)}
