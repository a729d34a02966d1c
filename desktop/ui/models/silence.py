"""A session's silence procedures as a Qt tree model: one row per procedure, and under it
one row per letter (breaks, comments, late letters) and per extension, in the order recorded.

A thin adapter over the services' ``SilenceView``: it never calls a service. ``tick(now)``
repaints the countdown column of the running procedures only. A break is said in red, with a
flag icon and a word; a late letter with its own word, icon and italics: never colour alone.
The words and descriptions come from ``silence_text.Wording``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.domain.positions import Effect
from desktop.domain.silence import LetterStatus, SilenceState
from desktop.domain.timezones import BRUSSELS
from desktop.services.dto import ExtensionView, LetterView, SilenceView
from desktop.ui import marks
from desktop.ui.models.silence_text import Wording, letter_icon, state_icon
from desktop.ui.silence_time import zone_name

Index = QModelIndex | QPersistentModelIndex
Event = LetterView | ExtensionView

STATE, WHAT, DEADLINE, LOCAL, REMAINING, TEXT = range(6)
COLUMN_COUNT = 6

PROCEDURE_ROLE = Qt.ItemDataRole.UserRole + 1  # SilenceView: the row's, or its parent's
LETTER_ROLE = Qt.ItemDataRole.UserRole + 2  # LetterView | None
PROCEDURE_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # int
_DESCRIBED = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def sort_key(view: SilenceView) -> tuple[int, float]:
    """Running procedures first, soonest deadline first; then the others, latest first."""
    stamp = view.deadline.timestamp()
    return (0, stamp) if view.is_open else (1, -stamp)


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


class SilenceModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None, *, local_zone: tzinfo = UTC) -> None:
        super().__init__(parent)
        self._views: list[SilenceView] = []
        self._events: list[list[Event]] = []
        self.wording = Wording(local=local_zone)
        self._now = datetime.now(UTC)

    # ------------------------------------------------------------------ loading
    def set_procedures(
        self,
        views: Sequence[SilenceView],
        *,
        now: datetime,
        zone: str = BRUSSELS,
        items: dict[int, int] | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._views = sorted(views, key=sort_key)
        self._events = [
            sorted([*v.letters, *v.extensions], key=lambda e: e.seq) for v in self._views
        ]
        self._now = now
        self.wording = Wording(zone, self.wording.local, dict(items or {}), dict(names or {}))
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """The clock moved: repaint the countdown of each running procedure, nothing else."""
        self._now = now
        for row, view in enumerate(self._views):
            if view.is_open:
                index = self.index(row, REMAINING)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    # ------------------------------------------------------------------ lookup
    @property
    def zone(self) -> str:
        return self.wording.zone

    @property
    def local_zone(self) -> tzinfo:
        return self.wording.local

    def procedures(self) -> list[SilenceView]:
        return list(self._views)

    def procedure(self, row: int) -> SilenceView:
        return self._views[row]

    def row_of(self, procedure_id: int) -> int | None:
        return next((r for r, v in enumerate(self._views) if v.id == procedure_id), None)

    def letter_index(self, procedure_id: int, seq: int) -> QModelIndex:
        row = self.row_of(procedure_id)
        if row is None:
            return QModelIndex()
        for number, event in enumerate(self._events[row]):
            if isinstance(event, LetterView) and event.seq == seq:
                return self.index(number, STATE, self.index(row, STATE))
        return QModelIndex()

    def counts(self) -> tuple[int, int]:
        """(running, broken) among the latest procedure of each item."""
        latest = {v.item_id: v for v in sorted(self._views, key=lambda v: v.id)}.values()
        running = sum(1 for v in latest if v.is_open)
        broken = sum(1 for v in latest if v.state is SilenceState.BROKEN)
        return running, broken

    def has_running(self) -> bool:
        return any(v.is_open for v in self._views)

    def needs_local_column(self) -> bool:
        """Whether the workstation's clock differs from the session's at any time shown."""
        moments = [v.deadline for v in self._views]
        for events in self._events:
            moments += [e.received_at for e in events if isinstance(e, LetterView)]
        return any(self.wording.differs(m) for m in moments)

    def item_label(self, view: SilenceView) -> str:
        return self.wording.item_label(view)

    def delegation_label(self, code: str) -> str:
        return self.wording.delegation_label(code)

    # ------------------------------------------------------------------ tree
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < COLUMN_COUNT or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._views) else QModelIndex()
        if parent.internalId() != 0 or not 0 <= parent.row() < len(self._events):
            return QModelIndex()
        if row >= len(self._events[parent.row()]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:
            return super().parent()  # QObject's
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._views)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._events[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        where = zone_name(self.wording.zone)
        return {
            STATE: translate("SilenceModel", "State"),
            WHAT: translate("SilenceModel", "Item · delegation"),
            TEXT: translate("SilenceModel", "Text · letter"),
            DEADLINE: translate("SilenceModel", "Deadline · received (%1)").replace("%1", where),
            LOCAL: translate("SilenceModel", "Your time (%1)").replace(
                "%1", zone_name(self.wording.local)
            ),
            REMAINING: translate("SilenceModel", "Remaining"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self:
            return None
        column = index.column()
        if index.internalId() == 0:
            view = self._views[index.row()]
            return self._procedure_data(view, column, role)
        view = self._views[int(index.internalId()) - 1]
        event = self._events[int(index.internalId()) - 1][index.row()]
        if role in (PROCEDURE_ROLE, PROCEDURE_ID_ROLE):
            return view if role == PROCEDURE_ROLE else view.id
        if role == LETTER_ROLE:
            return event if isinstance(event, LetterView) else None
        if isinstance(event, LetterView):
            return self._letter_data(event, column, role)
        return self._extension_data(event, column, role)

    # ------------------------------------------------------------------ rows
    def _procedure_data(self, view: SilenceView, column: int, role: int) -> Any:
        broken, running = view.state is SilenceState.BROKEN, view.is_open
        roles: dict[int, Any] = {
            PROCEDURE_ROLE: view,
            PROCEDURE_ID_ROLE: view.id,
        }
        if role == Qt.ItemDataRole.DisplayRole:
            return self.wording.procedure_cells(view, self._now)[column]
        if role in _DESCRIBED:
            return self.wording.describe(view)
        if column == STATE:
            roles[Qt.ItemDataRole.DecorationRole] = state_icon(view.state)
        if broken and column in (STATE, WHAT):
            roles[Qt.ItemDataRole.ForegroundRole] = marks.break_colour()
        if running and column in (STATE, REMAINING):
            roles[Qt.ItemDataRole.FontRole] = _font(bold=True)
        if column == REMAINING:
            roles[Qt.ItemDataRole.TextAlignmentRole] = (
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        return roles.get(role)

    def _letter_data(self, letter: LetterView, column: int, role: int) -> Any:
        breaks, late = letter.status is LetterStatus.BREAKS, letter.is_late
        if role == Qt.ItemDataRole.DisplayRole:
            return self.wording.letter_cells(letter)[column]
        if role in _DESCRIBED:
            return self.wording.describe_letter(letter)
        roles: dict[int, Any] = {}
        if column == STATE:
            roles[Qt.ItemDataRole.DecorationRole] = letter_icon(letter)
            if breaks or late:
                roles[Qt.ItemDataRole.FontRole] = _font(bold=breaks, italic=late)
        if breaks:
            roles[Qt.ItemDataRole.ForegroundRole] = marks.break_colour()
        return roles.get(role)

    def _extension_data(self, extension: ExtensionView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.wording.extension_cells(extension)[column]
        if role in _DESCRIBED:
            return self.wording.describe_extension(extension)
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            return marks.effect_icon(Effect.PENDING)
        return None
