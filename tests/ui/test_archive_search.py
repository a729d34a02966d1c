"""The archive search window: search as you type on the worker, filters, stale answers
dropped, results that open the session at the item, and a delegation's history to CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QTableView

from desktop.services import Workspace
from desktop.services.dto import HistoryKind, HitKind
from desktop.ui.archive_history import ArchiveDialog, DelegationHistoryPage
from desktop.ui.archive_search import SEARCH_DELAY_MS, ArchiveSearchPage
from desktop.ui.models.search_hits import (
    DELEGATION,
    HTML_ROLE,
    ITEM,
    SNIPPET,
    WHAT,
    HistoryModel,
    SearchHitsModel,
)
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()  # before the workspace closes


@pytest.fixture
def page(qtbot, demo_workspace: Workspace, runner: TaskRunner) -> ArchiveSearchPage:
    widget = ArchiveSearchPage(runner)
    qtbot.addWidget(widget)
    widget.set_workspace(demo_workspace)
    widget.resize(1100, 560)
    return widget


def search(qtbot, page: ArchiveSearchPage, text: str) -> list[int]:
    """Type ``text`` (set at once: qtbot cannot type accents) and wait for the answer."""
    with qtbot.waitSignal(page.searched, timeout=5000) as answered:
        page.search_edit.setText(text)
    return answered.args


def rows(model: SearchHitsModel | HistoryModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_typing_searches_the_archive_after_a_pause(qtbot, page: ArchiveSearchPage) -> None:
    assert search(qtbot, page, "Turkiye") == [1]
    [hit] = page.model.rows()
    assert (hit.kind, hit.delegation, hit.item_number) == (HitKind.STATEMENT, "TUR", 2)
    assert rows(page.model, DELEGATION) == ["TUR"]
    assert rows(page.model, WHAT) == ["Objection"]
    assert rows(page.model, ITEM)[0].startswith("2. Partnership cooperation menu")
    marked = page.model.index(0, SNIPPET).data(HTML_ROLE)
    assert marked.startswith("<b>Türkiye</b> cannot agree")
    assert page.status_label.text() == "1 result."
    assert page.table.currentIndex().row() == 0


def test_keys_typed_quickly_make_one_search(qtbot, page: ArchiveSearchPage) -> None:
    answers: list[int] = []
    page.searched.connect(answers.append)
    calls: list[str] = []
    workspace = page._workspace
    assert workspace is not None
    original = workspace.search.search

    def counted(query: str, **filters: object) -> object:
        calls.append(query)
        return original(query, **filters)  # type: ignore[arg-type]

    workspace.search.search = counted  # type: ignore[method-assign]
    for text in ("p", "pa", "par", "para", "paragraph"):
        page.search_edit.setText(text)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    qtbot.wait(SEARCH_DELAY_MS + 100)
    assert calls == ["paragraph"]
    assert len(answers) == 1


def test_a_stale_answer_is_dropped(qtbot, page: ArchiveSearchPage) -> None:
    answers: list[int] = []
    page.searched.connect(answers.append)
    page.search_edit.setText("paragraph")
    page.search_now()  # asked, and on its way
    page.search_edit.setText("Turkiye")
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.search_now()  # asked again before the first answer came back
    qtbot.wait(50)
    assert answers == [1]  # the first answer arrived first, and was dropped
    assert [hit.delegation for hit in page.model.rows()] == ["TUR"]


def test_filters_narrow_the_search(qtbot, page: ArchiveSearchPage) -> None:
    assert search(qtbot, page, "paragraph") == [5]
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.delegation_combo.setCurrentIndex(page.delegation_combo.findData("FRA"))
    assert rows(page.model, DELEGATION) == ["FRA"]
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.kind_combo.setCurrentIndex(page.kind_combo.findData(HitKind.STATEMENT.value))
    assert page.model.rowCount() == 0
    assert page.status_label.text().startswith("Nothing found.")
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.clear_filters()
    assert page.model.rowCount() == 5
    assert page.filters()["delegation"] is None


def test_interventions_are_found_and_named(qtbot, page: ArchiveSearchPage) -> None:
    assert search(qtbot, page, "Bulgaria welcomes") == [1]
    assert rows(page.model, WHAT) == ["Intervention"]
    assert rows(page.model, DELEGATION) == ["BGR"]
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.kind_combo.setCurrentIndex(page.kind_combo.findData(HitKind.INTERVENTION.value))
    assert page.filters()["kinds"] == ["intervention"]
    assert [hit.kind for hit in page.model.rows()] == [HitKind.INTERVENTION]


def test_the_period_and_the_body_filter(qtbot, page: ArchiveSearchPage) -> None:
    assert search(qtbot, page, "Council") != [0]
    [hit] = page.model.rows()[:1]
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.from_edit.setDate(QDate(hit.session_date.year + 1, 1, 1))
    assert page.model.rowCount() == 0
    assert page.filters()["date_from"] == date(hit.session_date.year + 1, 1, 1)
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.from_edit.setDate(page.from_edit.minimumDate())
    assert page.filters()["date_from"] is None
    assert page.model.rowCount() > 0
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.body_combo.setCurrentIndex(page.body_combo.findData("MC"))
    assert page.model.rowCount() == 0
    levels = [page.level_combo.itemData(i) for i in range(page.level_combo.count())]
    assert levels == [None, "military_representatives", "chiefs_of_defence"]


def test_replaced_statements_only_when_asked(qtbot, page: ArchiveSearchPage) -> None:
    assert search(qtbot, page, "scrutiny") == [1]
    with qtbot.waitSignal(page.searched, timeout=5000):
        page.history_check.setChecked(True)
    assert sorted(rows(page.model, WHAT)) == [
        "Agree ad referendum",
        "Study reserve (replaced)",
    ]


def test_nothing_to_search_for_says_so(qtbot, page: ArchiveSearchPage) -> None:
    assert search(qtbot, page, "?!") == [0]
    assert page.status_label.text() == (
        "Type a word to search for: letters or digits, not only punctuation."
    )
    assert search(qtbot, page, "   ") == [0]
    assert page.status_label.text() == "Type a few words: every session is searched."


def test_enter_on_a_result_opens_its_session_at_the_item(
    qtbot, page: ArchiveSearchPage, demo_workspace: Workspace
) -> None:
    page.show()
    search(qtbot, page, "Turkiye")
    [hit] = page.model.rows()
    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.table.hasFocus() or page.focusWidget() is page.table
    with qtbot.waitSignal(page.openRequested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [hit.session_id, hit.item_id]
    [session] = demo_workspace.sessions.list_sessions()
    assert hit.session_id == session.id


def test_double_click_on_a_result_opens_it(qtbot, page: ArchiveSearchPage) -> None:
    page.show()
    search(qtbot, page, "paragraph")
    third = page.model.rows()[2]
    centre = page.table.visualRect(page.model.index(2, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(page.openRequested) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [third.session_id, third.item_id]


def test_enter_in_the_field_searches_at_once(qtbot, page: ArchiveSearchPage) -> None:
    page.search_edit.setText("Alliance")
    with qtbot.waitSignal(page.searched, timeout=1000):  # well before the pause is over
        page.search_edit.returnPressed.emit()
    assert page.model.rowCount() == 2


def test_another_database_drops_the_answer_from_the_first(
    qtbot, page: ArchiveSearchPage, tmp_path: Path
) -> None:
    answers: list[int] = []
    page.searched.connect(answers.append)
    page.search_edit.setText("paragraph")
    page.search_now()
    with Workspace.open(tmp_path / "empty.sqlite") as empty:
        with qtbot.waitSignal(page.searched, timeout=5000):
            page.set_workspace(empty)
        page._tasks.wait()
        qtbot.wait(50)
        assert answers == [0]
        assert page.model.rowCount() == 0
        page.set_workspace(None)


def test_every_field_has_an_accessible_name(page: ArchiveSearchPage) -> None:
    for kind in (QLineEdit, QComboBox, QDateEdit, QTableView):
        for widget in page.findChildren(kind):
            if widget.parent() is page:
                assert widget.accessibleName(), widget
    for button in page.findChildren(QAbstractButton):
        if button.parent() is page:
            assert button.text() or button.accessibleName()


def test_results_paint_with_their_matches_in_bold(qtbot, page: ArchiveSearchPage) -> None:
    page.show()
    search(qtbot, page, "paragraph")
    picture = page.grab()
    assert not picture.isNull()
    page.table.selectRow(1)
    assert not page.grab().isNull()


# ---------------------------------------------------------------------- history
@pytest.fixture
def history(qtbot, demo_workspace: Workspace, runner: TaskRunner) -> DelegationHistoryPage:
    widget = DelegationHistoryPage(runner)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.set_workspace(demo_workspace)
    return widget


def test_a_delegations_history(qtbot, history: DelegationHistoryPage) -> None:
    with qtbot.waitSignal(history.loaded, timeout=5000) as loaded:
        history.show_delegation("FRA")
    assert loaded.args == [1]
    [entry] = history.model.rows()
    assert (entry.kind, entry.delegation, entry.standing) == (
        HistoryKind.SILENCE_BREAK,
        "FRA",
        True,
    )
    assert rows(history.model, 3) == ["Silence break"]
    assert rows(history.model, 4) == ["Stands"]
    assert history.export_button.isEnabled()
    with qtbot.waitSignal(history.loaded, timeout=5000) as loaded:
        history.kind_checks[HistoryKind.SILENCE_BREAK].setChecked(False)
    assert loaded.args == [0]
    assert not history.export_button.isEnabled()


def test_a_replaced_study_reserve_in_the_history(qtbot, history: DelegationHistoryPage) -> None:
    history.kind_checks[HistoryKind.STUDY_RESERVE].setChecked(True)
    with qtbot.waitSignal(history.loaded, timeout=5000) as loaded:
        history.show_delegation("HUN")
    assert loaded.args == [1]
    assert rows(history.model, 3) == ["Study reserve"]
    assert rows(history.model, 4) == ["Replaced"]


def test_the_history_exports_to_csv(qtbot, history: DelegationHistoryPage, tmp_path: Path) -> None:
    with qtbot.waitSignal(history.loaded, timeout=5000):
        history.show_delegation("TUR")
    target = tmp_path / "tür.csv"
    with qtbot.waitSignal(history.exported, timeout=5000) as exported:
        history.export_to(target)
    assert exported.args == [str(target)]
    with target.open(encoding="utf-8-sig", newline="") as stream:
        table = list(csv.reader(stream))
    assert len(table) == 2
    assert table[1][5:8] == ["TUR", "objection", "yes"]
    assert "written to" in history.status_label.text()


def test_an_export_that_fails_says_why(qtbot, history: DelegationHistoryPage, tmp_path) -> None:
    with qtbot.waitSignal(history.loaded, timeout=5000):
        history.show_delegation("TUR")
    history.export_to(tmp_path / "missing" / "history.csv")
    qtbot.waitUntil(lambda: "could not be written" in history.status_label.text(), timeout=5000)
    assert history.export_button.isEnabled()


# ---------------------------------------------------------------------- the window
def test_the_window_forwards_what_to_open(
    qtbot, demo_workspace: Workspace, runner: TaskRunner
) -> None:
    dialog = ArchiveDialog(runner)
    qtbot.addWidget(dialog)
    dialog.set_workspace(demo_workspace)
    dialog.show()
    dialog.focus_search()
    assert dialog.tabs.currentWidget() is dialog.search_page
    assert dialog.windowTitle() == "Search the Archive"
    with qtbot.waitSignal(dialog.search_page.searched, timeout=5000):
        dialog.search_page.search_edit.setText("Türkiye")
    hit = dialog.search_page.model.rows()[0]
    with qtbot.waitSignal(dialog.openRequested) as opened:
        dialog.search_page.table.activated.emit(dialog.search_page.model.index(0, 0))
    assert opened.args == [hit.session_id, hit.item_id]
    with qtbot.waitSignal(dialog.history_page.loaded, timeout=5000):
        dialog.history_page.show_delegation("TUR")
    with qtbot.waitSignal(dialog.openRequested) as opened:
        dialog.history_page.table.activated.emit(dialog.history_page.model.index(0, 0))
    assert opened.args == [hit.session_id, hit.item_id]
    dialog.set_workspace(None)


def test_a_sorted_column_stays_sorted_for_the_next_search(qtbot, page: ArchiveSearchPage) -> None:
    search(qtbot, page, "paragraph")
    page.table.sortByColumn(DELEGATION, Qt.SortOrder.AscendingOrder)
    assert rows(page.model, DELEGATION) == sorted(rows(page.model, DELEGATION))
    assert search(qtbot, page, "paragraph ") == [4]  # a new answer, best first from the service
    assert rows(page.model, DELEGATION) == ["DEU", "ESP", "GRC", "ITA"]
    page.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    search(qtbot, page, "paragraph")
    ranks = [hit.rank for hit in page.model.rows()]
    assert ranks == sorted(ranks)  # back to best first
