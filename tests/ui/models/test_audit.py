"""The audit trail's table model and filter, without a window."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from desktop.services.audit import AuditEntry
from desktop.ui.models.audit import (
    AFTER,
    BEFORE,
    ENTRY_ROLE,
    TIME,
    WHAT,
    WHO,
    AuditFilter,
    AuditModel,
)


def entry(minute: int, what: str, before: str = "", after: str = "") -> AuditEntry:
    at = datetime(2026, 11, 18, 9, minute, tzinfo=UTC)
    return AuditEntry(minute, at, "jdoe", "room-1", "x.y", what, before, after)


ENTRIES = [
    entry(0, "Session created", after="C-R(2026)0042"),
    entry(1, "Position of Türkiye on item 1", "agree", "objection"),
    entry(2, "Statement of France on item 2", "Line one\nline two", "La France."),
]


def test_columns_show_local_time_who_what_before_and_after(qtbot) -> None:
    model = AuditModel()
    model.set_entries(ENTRIES)

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Time", "Who", "What", "Before", "After"]
    at = ENTRIES[1].at.astimezone()
    local = f"{at.day} {at:%b %Y %H:%M:%S}"  # "18 Nov 2026 09:01:00", this computer's time
    row = [model.index(1, c).data() for c in (TIME, WHO, WHAT, BEFORE, AFTER)]
    assert row == [local, "jdoe (room-1)", "Position of Türkiye on item 1", "agree", "objection"]
    assert model.index(0, BEFORE).data() == "—"  # nothing before: a dash, not a blank
    assert model.index(2, BEFORE).data() == "Line one line two"  # one line in the table
    assert "Line one\nline two" in model.index(2, WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, AFTER).data(ENTRY_ROLE) is ENTRIES[1]


def test_nothing_can_be_edited(qtbot) -> None:
    model = AuditModel()
    model.set_entries(ENTRIES)

    flags = model.flags(model.index(1, AFTER))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(1, AFTER), "agree")


def test_the_filter_keeps_rows_holding_every_word_in_any_case(qtbot) -> None:
    model = AuditModel()
    model.set_entries(ENTRIES)
    proxy = AuditFilter()
    proxy.setSourceModel(model)

    proxy.set_words("türkiye OBJECTION")
    assert [proxy.index(r, WHAT).data() for r in range(proxy.rowCount())] == [
        "Position of Türkiye on item 1"
    ]
    proxy.set_words("item")
    assert proxy.rowCount() == 2
    proxy.set_words("")
    assert proxy.rowCount() == 3


def test_sorting_by_time_goes_by_the_instant(qtbot) -> None:
    model = AuditModel()
    model.set_entries(ENTRIES)
    proxy = AuditFilter()
    proxy.setSourceModel(model)

    proxy.sort(TIME, Qt.SortOrder.DescendingOrder)

    assert proxy.index(0, WHAT).data() == "Statement of France on item 2"
