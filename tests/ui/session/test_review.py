"""The review of the minutes through the Review tab, as the secretariat plays it, on a
temporary database with the real services: the draft issued, three corrections from two
delegations, one declined with its reason, REV1, approval under silence, a position keyed on
the grid refused with the lock's sentence and nothing stored, a revision opened, REV2. Every
step is read back through the services; the buttons follow the stage."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog

from desktop import i18n as messages
from desktop.domain.review import ApprovalKind, CorrectionStatus, Stage
from desktop.domain.timezones import BRUSSELS
from desktop.services import ChangeSet, Workspace
from desktop.ui import i18n
from desktop.ui.labels import set_ui_language
from desktop.ui.main_window import MainWindow
from desktop.ui.models.review import IN_ISSUE, STATUS
from desktop.ui.session.page import POSITIONS, REVIEW
from desktop.ui.session.review import ReviewPanel
from desktop.ui.session.review_dialogs import (
    AcceptDialog,
    ApproveDialog,
    CorrectionDialog,
    DeclineDialog,
    IssueDialog,
    ReopenDialog,
)
from desktop.ui.session.silence_dialogs import SilenceForm
from desktop.ui.settings import AppSettings
from tests.ui.test_layout_fits import WINDOWS, _overlaps, _text_problems

REFERENCE = "C-R(2026)0042"


@pytest.fixture
def council(tmp_path: Path) -> tuple[Path, int, list[int]]:
    path = tmp_path / "council.sqlite"
    today = datetime.now(UTC).astimezone(ZoneInfo(BRUSSELS)).date()
    with Workspace.open(path) as ws:
        session = ws.sessions.create(
            body_kind="NAC", level="permanent_representatives", session_date=today,
            reference=REFERENCE,
        ).value  # fmt: skip
        items = [
            ws.agenda.add_item(session.id, "Readiness Action Plan").value.id,
            ws.agenda.add_item(session.id, "Partnership with Ukraine").value.id,
        ]
    return path, session.id, items


@pytest.fixture
def window(qtbot, council, settings: AppSettings) -> Iterator[MainWindow]:
    path, session_id, _items = council
    window = MainWindow(Workspace.open(path), settings, open_workspace=Workspace.open)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    with qtbot.waitSignal(window.sessions.loaded):
        window.show()
    with qtbot.waitSignal(window.session_page.positions.loaded):
        window.open_session(session_id)
    _settle(qtbot, window)
    window.session_page.show_tab(REVIEW)
    yield window
    window.tasks.wait()


def _settle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.tasks.busy())


def _panel(window: MainWindow) -> ReviewPanel:
    return window.session_page.review


def _dialog(window: MainWindow, kind: type[QDialog]):
    dialog = _panel(window).dialog
    assert isinstance(dialog, kind), dialog
    assert dialog.isVisible()
    return dialog


def _ok(qtbot, window: MainWindow) -> None:
    dialog = _panel(window).dialog
    assert isinstance(dialog, SilenceForm) and dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert _panel(window).dialog is None


def _enabled(panel: ReviewPanel) -> set[str]:
    names = {
        panel.issue_action: "issue", panel.correction_action: "correction",
        panel.accept_action: "accept", panel.decline_action: "decline",
        panel.approve_action: "approve", panel.reopen_action: "reopen",
    }  # fmt: skip
    for action, button in zip(panel.actions_in_order(), panel.buttons, strict=True):
        assert button.isEnabled() == action.isEnabled(), action.text()
    return {name for action, name in names.items() if action.isEnabled()}


def _record(
    qtbot, window: MainWindow, code: str, text: str, *, item: int | None, where: str
) -> None:
    panel = _panel(window)
    panel.correction_action.trigger()
    dialog = _dialog(window, CorrectionDialog)
    assert not dialog.ok_button.isEnabled()  # no delegation chosen, no text yet
    dialog.delegation_combo.setCurrentIndex(dialog.delegation_combo.findData(code))
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(item))
    dialog.paragraph_edit.setText(where)
    dialog.text_edit.setPlainText(text)
    _ok(qtbot, window)


def _select(panel: ReviewPanel, correction_id: int) -> None:
    row = panel.model.row_of_key(correction_id)
    assert row is not None
    panel.table.selectRow(row)


def test_the_whole_review_through_the_panel(qtbot, window: MainWindow, council) -> None:
    _path, session_id, (first_item, second_item) = council
    ws, panel, page = window.workspace, _panel(window), window.session_page
    undo = window.controller.undo_stack
    assert _enabled(panel) == {"issue"}
    assert "Not issued yet" in panel.heading.text()

    # The draft: the box says what will happen, the panel then says where it stands.
    panel.issue_action.trigger()
    dialog = _dialog(window, IssueDialog)
    assert dialog.question.text() == f"Issue the draft of {REFERENCE} for corrections?"
    _ok(qtbot, window)
    review = ws.review.view(session_id).review
    assert review.stage is Stage.ISSUED and review.current is not None
    assert review.current.number == 0
    assert panel.heading.text().startswith(f"{REFERENCE} issued on ")
    fingerprint = review.current.fingerprint
    assert fingerprint[:8] + " " + fingerprint[8:16] in panel.fingerprint_label.text()
    assert page.messages.text.text() == f"Issued {REFERENCE}."
    assert _enabled(panel) == {"correction", "approve"}

    # Three corrections from two delegations.
    _record(qtbot, window, "DEU", "Germany strongly supports the plan.", item=first_item,
            where="statement of Germany")  # fmt: skip
    _record(qtbot, window, "FRA", "La France a réservé sa position.", item=None,
            where="paragraph 1")  # fmt: skip
    _record(qtbot, window, "DEU", "Add: the Council noted the report.", item=second_item,
            where="")  # fmt: skip
    corrections = ws.review.view(session_id).review.corrections
    assert [c.delegation for c in corrections] == ["DEU", "FRA", "DEU"]
    assert panel.model.rowCount() == 3
    assert panel.model.index(0, 0).data() == "Germany"
    assert panel.model.index(1, 1).data() == "General"
    assert panel.model.index(2, 1).data() == "2"
    assert panel.selected() == corrections[-1]  # the one just recorded
    assert _enabled(panel) == {"correction", "accept", "decline"}  # approve waits for them
    assert "3 pending" in panel.counts_label.text()

    # France's is declined: the reason is required.
    _select(panel, corrections[1].id)
    panel.decline_action.trigger()
    dialog = _dialog(window, DeclineDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setPlainText("The text is what France said at the table.")
    _ok(qtbot, window)
    # Germany's two are accepted, one with a note.
    for correction, note in ((corrections[0], ""), (corrections[2], "Agreed with the chair.")):
        _select(panel, correction.id)
        panel.accept_action.trigger()
        dialog = _dialog(window, AcceptDialog)
        dialog.note_edit.setText(note)
        _ok(qtbot, window)
    review = ws.review.view(session_id).review
    declined = review.correction(corrections[1].id)
    assert declined.status is CorrectionStatus.DECLINED and "France said" in declined.reason
    assert [c.status for c in review.corrections].count(CorrectionStatus.ACCEPTED) == 2
    assert panel.model.index(1, STATUS).data() == "Declined"
    assert panel.model.index(0, IN_ISSUE).data() == "Next issue"
    assert _enabled(panel) == {"issue", "correction"}
    assert panel.issue_action.text() == "Issue &Revision 1…"

    # REV1, carrying the two accepted corrections.
    panel.issue_action.trigger()
    dialog = _dialog(window, IssueDialog)
    assert dialog.question.text() == f"Issue REV1 of {REFERENCE}, carrying 2 accepted corrections?"
    _ok(qtbot, window)
    review = ws.review.view(session_id).review
    assert review.current is not None and review.current.suffix == "REV1"
    assert ws.sessions.get(session_id).revision == 1
    assert panel.heading.text().startswith(f"{REFERENCE}-REV1 issued on ")
    assert panel.issues_model.rowCount() == 2
    assert panel.model.index(0, IN_ISSUE).data() == "REV1"
    assert _enabled(panel) == {"correction", "approve"}

    # Approved under silence: locked, and only a revision may follow.
    panel.approve_action.trigger()
    dialog = _dialog(window, ApproveDialog)
    dialog.silence_radio.setChecked(True)
    dialog.reference_edit.setText("PO(2026)0123")
    _ok(qtbot, window)
    review = ws.review.view(session_id).review
    assert review.locked and review.approval is not None
    assert review.approval.how is ApprovalKind.SILENCE
    assert review.approval.reference == "PO(2026)0123" and review.approval.issue == 1
    assert panel.banner.isVisible()
    assert panel.banner_text.text().startswith("Locked: approved on ")
    assert "changes need a revision" in panel.banner_text.text()
    assert panel.approval_label.text() == (
        f"{REFERENCE}-REV1 approved on {panel._day(review.approval.at)}, under silence procedure "
        "(PO(2026)0123)."
    )
    assert _enabled(panel) == {"reopen"}
    assert undo.count() == 0  # review steps are records, not undoable edits

    # A position keyed on the grid is refused with the lock's sentence; nothing is stored.
    page.show_tab(POSITIONS)
    grid = page.positions.grid
    assert grid.go_to(first_item, "FRA")
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_O)
    _settle(qtbot, window)
    qtbot.waitUntil(lambda: "was approved on" in page.messages.text.text())
    assert "open a revision (Session › Review Steps › Open a" in page.messages.text.text()
    assert page.messages.isVisible()
    assert ws.positions.current(first_item, "FRA") is None
    assert undo.count() == 0

    # A revision opened, saying why (required), then REV2.
    panel.reopen_action.trigger()  # from the menu too: the tab shows itself
    assert page.tabs.currentWidget() is panel
    dialog = _dialog(window, ReopenDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reason_edit.setPlainText("A figure in the summary was wrong.")
    _ok(qtbot, window)
    assert ws.review.view(session_id).review.stage is Stage.REOPENED
    assert not panel.banner.isVisible()
    assert "revision in preparation" in panel.stage_label.text()
    assert _enabled(panel) == {"issue", "correction"}
    assert panel.issue_action.text() == "Issue &Revision 2…"
    ws.agenda.update_item(first_item, summary="The corrected figure.")  # the record takes it
    panel.issue_action.trigger()
    dialog = _dialog(window, IssueDialog)
    assert dialog.question.text() == f"Issue REV2 of {REFERENCE}?"
    _ok(qtbot, window)
    review = ws.review.view(session_id).review
    assert review.current is not None and review.current.suffix == "REV2"
    assert review.stage is Stage.ISSUED and not review.locked
    assert panel.heading.text().startswith(f"{REFERENCE}-REV2 issued on ")
    assert [panel.issues_model.index(n, 0).data() for n in range(3)] == ["Draft", "REV1", "REV2"]
    assert _enabled(panel) == {"correction", "approve"}


def test_the_decline_dialog_refuses_an_empty_reason(qtbot, window: MainWindow, council) -> None:
    _path, session_id, _items = council
    ws, panel = window.workspace, _panel(window)
    ws.review.issue(session_id)
    ws.review.receive(session_id, "ITA", "Italy's words.", received_at=datetime.now(UTC))
    window.controller.announce(ChangeSet(review=frozenset({session_id})))  # another window's
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.selectRow(0)
    panel.decline_action.trigger()
    dialog = _dialog(window, DeclineDialog)
    for text in ("", " ", "\n\t "):
        dialog.reason_edit.setPlainText(text)
        assert not dialog.ok_button.isEnabled()
    dialog.ok_button.click()  # a disabled button does nothing
    assert dialog.isVisible()
    dialog.reject()
    _settle(qtbot, window)
    assert ws.review.view(session_id).review.pending()  # nothing was decided


def test_the_steps_keys_work_in_the_tab_and_are_on_the_menu(
    qtbot, window: MainWindow, council
) -> None:
    _path, session_id, _items = council
    panel = _panel(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.table.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    dialog = _dialog(window, IssueDialog)
    dialog.reject()
    _settle(qtbot, window)
    assert window.workspace.review.view(session_id).review.stage is Stage.NOT_ISSUED
    menu = window.session_menus.review_menu
    assert menu.actions() == panel.actions_in_order()
    assert window.session_menus.tab_actions[REVIEW].shortcut().toString() == "Ctrl+7"


# ---------------------------------------------------------------------- the tab fits
FITS = [(size, choice) for size in ("1366x768", "default") for choice in ("en", "fr")]


@pytest.mark.parametrize("case", FITS, ids=[f"{size}-{choice}" for size, choice in FITS])
def test_the_review_tab_fits_a_laptop_screen(
    qtbot, demo_path: Path, settings: AppSettings, case: tuple[str, str]
) -> None:
    """Under way (REV1 issued, one correction accepted, one pending) and then locked: no
    label or button of the tab is cut short, none lies on another, in English and French."""
    size, choice = case
    with Workspace.open(demo_path) as ws:
        (session,) = ws.sessions.list_sessions()
        ws.review.issue(session.id)
        now = datetime.now(UTC)
        long = "Replace “supported the plan” by “strongly supported the plan and offered to lead"
        first = ws.review.receive(session.id, "DEU", long + " the first rotation”.",
                                  received_at=now, paragraph="paragraph 3")  # fmt: skip
        ws.review.receive(session.id, "FRA", "La France demande que sa réserve figure.",
                          received_at=now)  # fmt: skip
        ws.review.accept(first.value.review.corrections[0].id, "Agreed with the chair.")
        ws.review.issue(session.id)
    saved = QLocale()
    i18n.install(choice)
    try:
        window = MainWindow(Workspace.open(demo_path), settings, open_workspace=Workspace.open)
        qtbot.addWidget(window)
        window.resize(*(WINDOWS[size]))
        with qtbot.waitSignal(window.sessions.loaded):
            window.show()
        with qtbot.waitSignal(window.session_page.positions.loaded):
            window.open_session(session.id)
        page, panel = window.session_page, _panel(window)
        page.show_tab(REVIEW)
        qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and not window.tasks.busy())
        panel.table.selectRow(1)
        qtbot.wait(50)
        problems = _text_problems(panel) + _overlaps(panel)
        with Workspace.open(demo_path) as ws:  # locked: the banner shows
            ws.review.decline(panel.model.row(1).id, "What France said at the table.")
            for running in ws.silence.running():  # no record is approved with one running
                ws.silence.withdraw(running.id, "Overtaken by the meeting.")
            ws.review.approve(session.id, approved_at=datetime.now(UTC), how="silence",
                              reference="PO(2026)0123")  # fmt: skip
        window.controller.announce(ChangeSet(review=frozenset({session.id})))
        qtbot.waitUntil(lambda: panel.banner.isVisible() and not window.tasks.busy())
        qtbot.wait(50)
        problems += _text_problems(panel) + _overlaps(panel)
        window.tasks.wait()
        assert not problems, "\n".join(problems)
    finally:
        i18n.uninstall()
        QLocale.setDefault(saved)
        set_ui_language(None)
        messages.set_language("en")
