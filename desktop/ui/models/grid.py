"""The position grid as a Qt model: delegations down in seating order, items across.

A thin adapter over the services' ``Grid``: it never calls a service. Edits leave through
signals (``positionRequested``, ``statementEdited``) for the session page to turn into undoable
commands; answers come back as a whole ``Grid`` (structure changed) or a ``GridPatch`` (some
cells changed), and only those cells and headers repaint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop.domain.consensus import Consensus, ConsensusState
from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind
from desktop.services.dto import AgendaItem, Delegation, Grid, GridPatch, PositionEntry
from desktop.ui import marks
from desktop.ui.labels import capitalised, shown, ui_language

Index = QModelIndex | QPersistentModelIndex

POSITION_ROLE = Qt.ItemDataRole.UserRole + 1  # Position (Qt hands a StrEnum back as str)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # PositionEntry | None
BREAK_ROLE = Qt.ItemDataRole.UserRole + 3  # bool: a silence break stands on this cell
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 4  # int (cells and horizontal header)
DELEGATION_ROLE = Qt.ItemDataRole.UserRole + 5  # str code (cells and vertical header)
CONSENSUS_ROLE = Qt.ItemDataRole.UserRole + 6  # Consensus (horizontal header)
PRESENT_ROLE = Qt.ItemDataRole.UserRole + 7  # bool (cells and vertical header)
DECISION_RIGHTS_ROLE = Qt.ItemDataRole.UserRole + 8  # bool (cells and vertical header)

Key = tuple[int, str]


translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def consensus_text(consensus: Consensus) -> str:
    """The header's one line: consensus / pending N / blocked by XXX."""
    if consensus.state is ConsensusState.BLOCKED:
        return translate("GridModel", "Blocked by %1").replace("%1", ", ".join(consensus.objecting))
    if consensus.state is ConsensusState.PENDING:
        return translate("GridModel", "Pending %1").replace("%1", str(len(consensus.pending)))
    return translate("GridModel", "Consensus")


class GridModel(QAbstractTableModel):
    positionRequested = Signal(int, str, object)  # item id, delegation, Position
    statementEdited = Signal(int, str, str)  # item id, delegation, text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session_id = 0
        self._delegations: tuple[Delegation, ...] = ()
        self._items: tuple[AgendaItem, ...] = ()
        self._entries: dict[Key, PositionEntry] = {}
        self._consensus: dict[int, Consensus] = {}
        self._breaks: frozenset[Key] = frozenset()
        self._rows: dict[str, int] = {}
        self._columns: dict[int, int] = {}

    # ------------------------------------------------------------------ loading
    def set_grid(self, grid: Grid | None) -> None:
        self.beginResetModel()
        if grid is None:
            self._session_id, self._delegations, self._items = 0, (), ()
            self._entries, self._consensus, self._breaks = {}, {}, frozenset()
        else:
            self._session_id = grid.session_id
            self._delegations, self._items = grid.delegations, grid.items
            self._entries = dict(grid.positions)
            self._consensus = dict(grid.consensus)
            self._breaks = grid.silence_breaks
        self._rows = {d.code: row for row, d in enumerate(self._delegations)}
        self._columns = {item.id: column for column, item in enumerate(self._items)}
        self.endResetModel()

    def apply_patch(self, patch: GridPatch) -> None:
        """Take in what changed: repaint those cells and their items' headers only."""
        for key, entry in patch.positions.items():
            if key in self._entries or entry is not None:
                if entry is None:
                    self._entries.pop(key, None)
                else:
                    self._entries[key] = entry
                index = self.index_of(*key)
                if index.isValid():
                    self.dataChanged.emit(index, index)
        for item_id, consensus in patch.consensus.items():
            self._consensus[item_id] = consensus
            column = self._columns.get(item_id)
            if column is not None:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    # ------------------------------------------------------------------ lookup
    @property
    def session_id(self) -> int:
        return self._session_id

    def delegation(self, row: int) -> Delegation:
        return self._delegations[row]

    def delegations(self) -> tuple[Delegation, ...]:
        return self._delegations

    def item(self, column: int) -> AgendaItem:
        return self._items[column]

    def items(self) -> tuple[AgendaItem, ...]:
        return self._items

    def consensus(self, item_id: int) -> Consensus | None:
        return self._consensus.get(item_id)

    def entry(self, item_id: int, delegation: str) -> PositionEntry | None:
        return self._entries.get((item_id, delegation))

    def position(self, item_id: int, delegation: str) -> Position:
        entry = self._entries.get((item_id, delegation))
        return entry.position if entry else Position.NOT_STATED

    def has_break(self, item_id: int, delegation: str) -> bool:
        return (item_id, delegation) in self._breaks

    def row_of(self, code: str) -> int | None:
        return self._rows.get(code)

    def column_of(self, item_id: int) -> int | None:
        return self._columns.get(item_id)

    def index_of(self, item_id: int, delegation: str) -> QModelIndex:
        row, column = self._rows.get(delegation), self._columns.get(item_id)
        if row is None or column is None:
            return QModelIndex()
        return self.index(row, column)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._delegations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self:
            return None
        cell = _Cell(self._delegations[index.row()], self._items[index.column()], self)
        getter = _CELL_ROLES.get(role)
        return getter(cell) if getter is not None else None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """The inline editor wrote a statement: ask for it to be recorded. The cell changes
        when the service has stored it (``apply_patch``)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if text == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        item = self._items[index.column()]
        self.statementEdited.emit(item.id, self._delegations[index.row()].code, text)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._items):
                return None
            return self._item_header(self._items[section], role)
        if not 0 <= section < len(self._delegations):
            return None
        return self._delegation_header(self._delegations[section], role)

    # ------------------------------------------------------------------ headers
    def _item_header(self, item: AgendaItem, role: int) -> Any:
        consensus = self._consensus.get(item.id)
        if role == Qt.ItemDataRole.DisplayRole:
            state = consensus_text(consensus) if consensus else ""
            if _no_decision_sought(item, consensus):
                state = capitalised(item.kind.label)  # nothing is pending on a briefing
            return f"{item.number}. {_short(item.title)}\n{state}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [f"{item.number}. {item.title}"]
            if consensus is not None:
                lines.append(consensus_text(consensus))
                if consensus.pending and consensus.state is ConsensusState.PENDING:
                    lines.append(
                        translate("GridModel", "Still to hear: %1").replace(
                            "%1", " ".join(consensus.pending)
                        )
                    )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and consensus is not None:
            return marks.effect_icon(marks.consensus_effect(consensus.state))
        if role == ITEM_ID_ROLE:
            return item.id
        if role == CONSENSUS_ROLE:
            return consensus
        return None

    def _delegation_header(self, delegation: Delegation, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return delegation.code
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [delegation.name(ui_language())]
            if not delegation.has_decision_rights:
                parts.append(translate("GridModel", "no decision rights"))
            if not delegation.present:
                parts.append(translate("GridModel", "absent"))
            if delegation.head_of_delegation:
                parts.append(delegation.head_of_delegation)
            return " — ".join(parts)
        if role == Qt.ItemDataRole.FontRole and not delegation.present:
            font = QFont()
            font.setItalic(True)
            return font
        return {
            DELEGATION_ROLE: delegation.code,
            PRESENT_ROLE: delegation.present,
            DECISION_RIGHTS_ROLE: delegation.has_decision_rights,
        }.get(role)

    def describe(
        self, delegation: Delegation, item: AgendaItem, entry: PositionEntry | None, broke: bool
    ) -> str:
        position = entry.position if entry else Position.NOT_STATED
        name = delegation.name(ui_language())
        text = (
            translate("GridModel", "%1 on item %2: %3")
            .replace("%1", name)
            .replace("%2", str(item.number))
        )
        text = text.replace("%3", shown(position.label))
        if entry is not None and entry.text:
            text += "\n" + translate("GridModel", "Statement: %1").replace("%1", entry.text)
        if broke:
            text += "\n" + translate("GridModel", "Broke silence on this item.")
        if not delegation.present:
            text += "\n" + translate("GridModel", "Absent.")
        return text

    def accessible_name(
        self, delegation: Delegation, item: AgendaItem, entry: PositionEntry | None, broke: bool
    ) -> str:
        """What a screen reader says on the cell: "Türkiye, item 3: objection, with
        statement" (the statement itself is the description)."""
        position = entry.position if entry else Position.NOT_STATED
        text = translate("GridModel", "%1, item %2: %3").replace(
            "%1", delegation.name(ui_language())
        )
        parts = [text.replace("%2", str(item.number)).replace("%3", shown(position.label))]
        if entry is not None and entry.text:
            parts.append(translate("GridModel", "with statement"))
        if broke:
            parts.append(translate("GridModel", "broke silence"))
        if not delegation.present:
            parts.append(translate("GridModel", "absent"))
        return ", ".join(parts)

    def accessible_description(self, entry: PositionEntry | None, broke: bool) -> str:
        lines = []
        if entry is not None and entry.text:
            lines.append(translate("GridModel", "Statement: %1").replace("%1", entry.text))
        if broke:
            lines.append(translate("GridModel", "Broke silence on this item."))
        return "\n".join(lines)


def _no_decision_sought(item: AgendaItem, consensus: Consensus | None) -> bool:
    """Discussion, information and any other business: no consensus is sought, so "pending"
    would alarm for nothing (an objection is still shown)."""
    return item.kind is not AgendaKind.DECISION and (
        consensus is None or consensus.state is not ConsensusState.BLOCKED
    )


def _short(title: str, limit: int = 14) -> str:
    """The start of an item's title for its column header (the tooltip has it whole)."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class _Cell:
    """One cell's facts, for the role table below."""

    __slots__ = ("broke", "delegation", "entry", "item", "model", "position")

    def __init__(self, delegation: Delegation, item: AgendaItem, model: GridModel) -> None:
        self.delegation, self.item, self.model = delegation, item, model
        self.entry = model.entry(item.id, delegation.code)
        self.position = self.entry.position if self.entry else Position.NOT_STATED
        self.broke = model.has_break(item.id, delegation.code)

    def describe(self) -> str:
        return self.model.describe(self.delegation, self.item, self.entry, self.broke)

    def name(self) -> str:
        return self.model.accessible_name(self.delegation, self.item, self.entry, self.broke)

    def description(self) -> str:
        return self.model.accessible_description(self.entry, self.broke)


_CELL_ROLES: dict[int, Callable[[_Cell], Any]] = {
    Qt.ItemDataRole.DisplayRole: lambda c: c.position.letter,
    Qt.ItemDataRole.EditRole: lambda c: c.entry.text if c.entry else "",
    Qt.ItemDataRole.ToolTipRole: _Cell.describe,
    Qt.ItemDataRole.AccessibleTextRole: _Cell.name,
    Qt.ItemDataRole.AccessibleDescriptionRole: _Cell.description,
    Qt.ItemDataRole.TextAlignmentRole: lambda c: Qt.AlignmentFlag.AlignCenter,
    POSITION_ROLE: lambda c: c.position,
    ENTRY_ROLE: lambda c: c.entry,
    BREAK_ROLE: lambda c: c.broke,
    ITEM_ID_ROLE: lambda c: c.item.id,
    DELEGATION_ROLE: lambda c: c.delegation.code,
    PRESENT_ROLE: lambda c: c.delegation.present,
    DECISION_RIGHTS_ROLE: lambda c: c.delegation.has_decision_rights,
}
