"""The position grid as a Qt model: delegations down in seating order, items across.

A thin adapter over the services' ``Grid``: it never calls a service. Edits leave through
signals (``positionRequested``, ``statementEdited``) for the session page to turn into undoable
commands; answers come back as a whole ``Grid`` (structure changed) or a ``GridPatch`` (some
cells changed), and only those cells and headers repaint.

A position keyed by the operator is shown at once (``show_keyed``), before it is stored;
``keyed`` asks the view to paint the cell there and then, before the write starts on the
worker thread (which would make the paint wait for Python's lock). The cell is *pending*
until the write lands (``keyed_stored``: the entry the write returned, and the item's
consensus worked out from the stored cells, so nothing is read again) or is refused
(``keyed_refused``: the cell goes back to what is stored). A cell still pending after
``SLOW_MS`` says so (``PENDING_ROLE``, its tooltip and accessible name); the consensus in the
headers only ever counts stored positions. The bookkeeping of keyed cells (writes on their
way, since when, slow) is ``desktop.ui.models.keyed``, without Qt; this model adds the timer
and the repaints.

A header says where its item stands: the domain's one state (``desktop.domain.standing``),
worked out here from the stored positions' consensus, the declaration that stands and the
latest silence procedure (``Grid.declared``, ``Grid.silence``; ``set_declarations`` when a
declaration changes), and kept until one of them changes.

A header's state changing is told by ``consensusChanged``, not ``headerDataChanged``: a
``QTableView`` answers ``headerDataChanged`` by laying out and repainting every cell (Qt's
``QAbstractItemView`` does a delayed items layout on it), which cost the whole grid's paint,
200 cells, on every key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon

from desktop.domain.consensus import Consensus, consensus_of
from desktop.domain.positions import Effect, Position
from desktop.domain.standing import Declaration, SilenceFacts, Standing, standing_of
from desktop.domain.timezones import now_utc
from desktop.services.dto import AgendaItem, Delegation, Grid, GridPatch, PositionEntry
from desktop.ui import marks
from desktop.ui.models import grid_text as text
from desktop.ui.models.grid_text import consensus_text  # noqa: F401 (imported from here)
from desktop.ui.models.keyed import KeyedCells

Index = QModelIndex | QPersistentModelIndex

POSITION_ROLE = Qt.ItemDataRole.UserRole + 1  # Position (Qt hands a StrEnum back as str)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2  # PositionEntry | None
BREAK_ROLE = Qt.ItemDataRole.UserRole + 3  # bool: a silence break stands on this cell
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 4  # int (cells and horizontal header)
DELEGATION_ROLE = Qt.ItemDataRole.UserRole + 5  # str code (cells and vertical header)
CONSENSUS_ROLE = Qt.ItemDataRole.UserRole + 6  # Consensus (horizontal header)
PRESENT_ROLE = Qt.ItemDataRole.UserRole + 7  # bool (cells and vertical header)
DECISION_RIGHTS_ROLE = Qt.ItemDataRole.UserRole + 8  # bool (cells and vertical header)
PENDING_ROLE = Qt.ItemDataRole.UserRole + 9  # bool: keyed, not stored after SLOW_MS
LOOK_ROLE = Qt.ItemDataRole.UserRole + 10  # CellLook: all a cell's paint depends on, at once
STANDING_ROLE = Qt.ItemDataRole.UserRole + 11  # Standing: where the item stands (horizontal header)

SLOW_MS = 400  # a keyed cell not stored by then is marked as not saved yet

Key = tuple[int, str]

_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class CellLook(NamedTuple):
    """What a cell's paint depends on, and nothing else: the delegate paints each look once
    and reuses it (a grid of 1,280 cells has a few dozen looks), and one ``data()`` call a
    cell gives it all."""

    position: Position
    present: bool  # the delegation is in the room (else its letter is in italics)
    statement: bool  # a statement for the record goes with the position
    broke: bool  # a silence break stands on the cell
    slow: bool  # keyed, not stored after SLOW_MS


class GridModel(QAbstractTableModel):
    positionRequested = Signal(int, str, object)  # item id, delegation, Position
    statementEdited = Signal(int, str, str)  # item id, delegation, text
    consensusChanged = Signal(int)  # the column whose header (where its item stands) changed
    keyed = Signal(QModelIndex)  # a position was keyed on the cell: show it now

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session_id = 0
        self._delegations: tuple[Delegation, ...] = ()
        self._items: tuple[AgendaItem, ...] = ()
        self._entries: dict[Key, PositionEntry] = {}
        self._consensus: dict[int, Consensus] = {}
        self._declared: dict[int, Declaration] = {}
        self._silence: dict[int, SilenceFacts] = {}
        self._standing: dict[int, Standing] = {}  # worked out when first asked, then kept
        self._breaks: frozenset[Key] = frozenset()
        self._rows: dict[str, int] = {}
        self._columns: dict[int, int] = {}
        self._keyed: KeyedCells[Key, PositionEntry] = KeyedCells(SLOW_MS)  # shown, not stored
        self._icons: dict[tuple[Effect, bool], QIcon] = {}  # the headers' marks, by palette
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.timeout.connect(self._mark_slow)

    # ------------------------------------------------------------------ loading
    def set_grid(self, grid: Grid | None) -> None:
        """Show ``grid`` (None: nothing). Cells keyed and still on their way stay shown as
        keyed when the same session is read again: their writes have not landed yet."""
        self.beginResetModel()
        if grid is None or grid.session_id != self._session_id:
            self._keyed.clear()
        self._standing = {}
        if grid is None:
            self._session_id, self._delegations, self._items = 0, (), ()
            self._entries, self._consensus, self._breaks = {}, {}, frozenset()
            self._declared, self._silence = {}, {}
        else:
            self._session_id = grid.session_id
            self._delegations, self._items = grid.delegations, grid.items
            self._entries = dict(grid.positions)
            self._consensus = dict(grid.consensus)
            self._breaks = grid.silence_breaks
            self._declared, self._silence = dict(grid.declared), dict(grid.silence)
        self._rows = {d.code: row for row, d in enumerate(self._delegations)}
        self._columns = {item.id: column for column, item in enumerate(self._items)}
        self._keyed.keep(lambda k: k[1] in self._rows and k[0] in self._columns)
        self.endResetModel()

    def apply_patch(self, patch: GridPatch) -> None:
        """Take in what changed: repaint those cells and their items' headers only. A cell
        keyed here and still on its way keeps showing what was keyed."""
        for key, entry in patch.positions.items():
            if key in self._entries or entry is not None:
                self._store(key, entry)
                if key not in self._keyed:
                    self._cell_changed(key)
        for item_id, consensus in patch.consensus.items():
            self._set_consensus(item_id, consensus)

    def set_declarations(self, declared: Mapping[int, Declaration | None]) -> None:
        """The declarations that now stand on some items (None: none any more): their
        headers change when where the item stands does, and only theirs."""
        for item_id, declaration in declared.items():
            if self.column_of(item_id) is None:
                continue
            if declaration is None:
                self._declared.pop(item_id, None)
            else:
                self._declared[item_id] = declaration
            self._restand(item_id)

    # ------------------------------------------------------------------ keyed cells
    def show_keyed(self, item_id: int, delegation: str, position: Position) -> None:
        """Show ``position`` on the cell at once, as keyed: its statement stays with it, as
        ``PositionService.log`` keeps it. ``keyed_stored`` or ``keyed_refused`` follows."""
        key = (item_id, delegation)
        shown = self.entry(item_id, delegation)
        if shown is None:  # nothing logged yet: an entry that is not an event (no id)
            shown = PositionEntry(0, item_id, delegation, position, "", (), now_utc(), "", None)
        self._keyed.key(key, replace(shown, position=position))
        if not self._slow_timer.isActive():
            self._slow_timer.start(SLOW_MS)
        self._cell_changed(key)
        index = self.index_of(item_id, delegation)
        if index.isValid():
            self.keyed.emit(index)

    def keyed_stored(self, entry: PositionEntry) -> None:
        """A keyed write landed and returned ``entry``, the position that now stands (stored
        by it, or already standing). The cell shows it as stored (unless keyed again
        meanwhile) and its item's consensus is worked out from the stored cells, as
        ``PositionService.cells`` would: nothing needs reading again (the change set the write
        made is the grid's own: ``PositionsView.on_changed`` reads none of it)."""
        key = (entry.item_id, entry.delegation)
        if self.column_of(entry.item_id) is None or self.row_of(entry.delegation) is None:
            return  # another session, or the item was taken off meanwhile
        self._store(key, entry)
        self._keyed.landed(key)
        self._cell_changed(key)
        self._set_consensus(entry.item_id, self._stored_consensus(entry.item_id))

    def keyed_refused(self, item_id: int, delegation: str) -> None:
        """A keyed write was refused: the cell goes back to what is stored (unless keyed
        again meanwhile, on its way too)."""
        key = (item_id, delegation)
        if key in self._keyed and self._keyed.landed(key):
            self._cell_changed(key)

    def stored_positions(self, item_id: int) -> dict[str, Position] | None:
        """The item's stored positions by delegation (those keyed and on their way count as
        what is stored), as ``OutcomeService.facts`` reads them; None for an item the grid
        does not show."""
        if item_id not in self._columns:
            return None
        entries = ((d.code, self._entries.get((item_id, d.code))) for d in self._delegations)
        return {code: entry.position for code, entry in entries if entry is not None}

    def is_keyed(self, item_id: int, delegation: str) -> bool:
        """Whether the cell shows a position keyed here and not stored yet."""
        return (item_id, delegation) in self._keyed

    def _mark_slow(self) -> None:
        """Cells keyed more than ``SLOW_MS`` ago and still not stored say so."""
        became, next_ms = self._keyed.mark_slow()
        for key in became:
            self._cell_changed(key)
        if next_ms is not None:
            self._slow_timer.start(next_ms)

    def _store(self, key: Key, entry: PositionEntry | None) -> None:
        if entry is None:
            self._entries.pop(key, None)
        else:
            self._entries[key] = entry

    def _stored_consensus(self, item_id: int) -> Consensus:
        holders = [d.code for d in self._delegations if d.has_decision_rights]
        stored = ((code, self._entries.get((item_id, code))) for code in holders)
        return consensus_of(holders, {code: e.position for code, e in stored if e is not None})

    def _set_consensus(self, item_id: int, consensus: Consensus) -> None:
        """The item's consensus from its stored cells, which may have changed even when the
        consensus did not (who is ad referendum, which a declaration's check reads)."""
        changed = self._consensus.get(item_id) != consensus
        self._consensus[item_id] = consensus
        self._restand(item_id, changed=changed)

    def _restand(self, item_id: int, *, changed: bool = False) -> None:
        """Work out again where the item stands; repaint its header if that changed."""
        before = self._standing.pop(item_id, None)
        after = self.standing(item_id)
        column = self._columns.get(item_id)
        if column is not None and (changed or after != before):
            self.consensusChanged.emit(column)

    def standing(self, item_id: int) -> Standing | None:
        """Where the item stands (``desktop.domain.standing``), from the stored positions:
        worked out when first asked and kept until its facts change."""
        standing = self._standing.get(item_id)
        if standing is not None:
            return standing
        consensus = self._consensus.get(item_id)
        column = self._columns.get(item_id)
        if consensus is None or column is None:
            return None
        stored = ((d.code, self._entries.get((item_id, d.code))) for d in self._delegations)
        positions = {code: entry.position for code, entry in stored if entry is not None}
        standing = self._standing[item_id] = standing_of(
            consensus,
            positions,
            declaration=self._declared.get(item_id),
            silence=self._silence.get(item_id),
            kind=self._items[column].kind,
            absent=[d.code for d in self._delegations if not d.present],
        )
        return standing

    def _cell_changed(self, key: Key) -> None:
        index = self.index_of(*key)
        if index.isValid():
            self.dataChanged.emit(index, index)

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
        """What the cell shows: the stored entry, or the one keyed here on its way."""
        keyed = self._keyed.shown((item_id, delegation))
        return keyed if keyed is not None else self._entries.get((item_id, delegation))

    def stored_entry(self, item_id: int, delegation: str) -> PositionEntry | None:
        """What is stored, as last read or written, whatever was keyed since."""
        return self._entries.get((item_id, delegation))

    def position(self, item_id: int, delegation: str) -> Position:
        entry = self.entry(item_id, delegation)
        return entry.position if entry else Position.NOT_STATED

    def is_slow(self, item_id: int, delegation: str) -> bool:
        """Keyed more than ``SLOW_MS`` ago and not stored yet."""
        return self._keyed.is_slow((item_id, delegation))

    def has_break(self, item_id: int, delegation: str) -> bool:
        return (item_id, delegation) in self._breaks

    def look(self, row: int, column: int) -> CellLook:
        """What the cell at ``row``, ``column`` looks like (``LOOK_ROLE``)."""
        delegation, item_id = self._delegations[row], self._items[column].id
        key = (item_id, delegation.code)
        keyed = self._keyed.shown(key)
        entry = keyed if keyed is not None else self._entries.get(key)
        return CellLook(
            entry.position if entry is not None else Position.NOT_STATED,
            delegation.present,
            entry is not None and bool(entry.text),
            key in self._breaks,
            keyed is not None and self._keyed.is_slow(key),
        )

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
        return _CELL_FLAGS  # asked for every cell of every paint: worked out once

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.model() is not self:
            return None
        if role == LOOK_ROLE:
            return self.look(index.row(), index.column())
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
    def _icon(self, effect: Effect) -> QIcon:
        """The header's mark for ``effect``, drawn once for the application's palette (a
        header asks for it on every paint)."""
        key = (effect, marks.is_dark())
        icon = self._icons.get(key)
        if icon is None:
            icon = self._icons[key] = marks.effect_icon(effect)
        return icon

    def _item_header(self, item: AgendaItem, role: int) -> Any:
        if role == ITEM_ID_ROLE:
            return item.id
        if role == CONSENSUS_ROLE:
            return self._consensus.get(item.id)
        standing = self.standing(item.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return text.item_heading(item, standing)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return text.item_tooltip(item, standing)
        if role == Qt.ItemDataRole.DecorationRole and standing is not None:
            return self._icon(standing.effect)
        return standing if role == STANDING_ROLE else None

    def _delegation_header(self, delegation: Delegation, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return delegation.code
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return text.delegation_tooltip(delegation)
        if role == Qt.ItemDataRole.FontRole and not delegation.present:
            font = QFont()
            font.setItalic(True)
            return font
        return {
            DELEGATION_ROLE: delegation.code,
            PRESENT_ROLE: delegation.present,
            DECISION_RIGHTS_ROLE: delegation.has_decision_rights,
        }.get(role)


class _Cell:
    """One cell's facts, for the role table below."""

    __slots__ = ("broke", "delegation", "entry", "item", "model", "position", "slow")

    def __init__(self, delegation: Delegation, item: AgendaItem, model: GridModel) -> None:
        self.delegation, self.item, self.model = delegation, item, model
        self.entry = model.entry(item.id, delegation.code)
        self.position = self.entry.position if self.entry else Position.NOT_STATED
        self.broke = model.has_break(item.id, delegation.code)
        self.slow = model.is_slow(item.id, delegation.code)

    def describe(self) -> str:
        return text.describe(self.delegation, self.item, self.entry, self.broke, self.slow)

    def name(self) -> str:
        return text.accessible_name(self.delegation, self.item, self.entry, self.broke, self.slow)

    def description(self) -> str:
        return text.accessible_description(self.entry, self.broke)


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
    PENDING_ROLE: lambda c: c.slow,
}
