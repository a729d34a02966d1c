"""Undoable commands for the position grid. Each calls the position service; an undo or a
redo is recorded as a correction of the standing event, so the record keeps the whole path.

The commands' texts follow "Undo" / "Redo" in the Edit menu. Each is a literal in its own
``translate()`` call: Qt Linguist's lupdate sees no string passed through a helper."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.domain.positions import Position
from desktop.services import Result, Workspace
from desktop.services.changes import ChangeSet
from desktop.services.dto import PositionEntry, SpeakersState
from desktop.ui.labels import shown
from desktop.ui.models.grid import GridModel
from desktop.ui.session.controller import ServiceCommand


class Standing:
    """A cell's standing position, text and paragraphs (what an undo puts back)."""

    def __init__(self, entry: PositionEntry | None) -> None:
        self.position = entry.position if entry else Position.NOT_STATED
        self.text = entry.text if entry else ""
        self.paragraphs: tuple[str, ...] = entry.paragraphs if entry else ()

    def restore(
        self, ws: Workspace, item_id: int, delegation: str, shown: Standing | None = None
    ) -> Result[PositionEntry | None]:
        """Put this back, refused when the cell no longer holds ``shown`` (another window
        changed it meanwhile)."""
        return ws.positions.restore(
            item_id,
            delegation,
            self.position,
            text=self.text,
            paragraphs=self.paragraphs,
            expected=shown.values() if shown is not None else None,
        )

    def values(self) -> dict[str, object]:
        return {"position": self.position, "text": self.text, "paragraphs": self.paragraphs}

    def but(
        self,
        *,
        position: Position | None = None,
        text: str | None = None,
        paragraphs: tuple[str, ...] | None = None,
    ) -> Standing:
        """The same, with the values given changed."""
        other = Standing(None)
        other.position = self.position if position is None else position
        other.text = self.text if text is None else text
        other.paragraphs = self.paragraphs if paragraphs is None else paragraphs
        return other


class LogPosition(ServiceCommand[PositionEntry | None]):
    """The delegation takes ``position``: a change of position starts without the earlier
    statement (a text belongs to the position it was given with); a ``correction`` (the
    operator re-keying a mistyped letter) fixes the standing entry and keeps its statement.

    With ``grid``, the cell shows the position from the moment it is keyed: the command
    tells the grid when its write is stored (with the entry the write returned, so the cell
    is not read again: the change set of its push is said to be its own, ``keyed_on`` names
    the grid) or refused (the cell goes back to what is stored)."""

    def __init__(
        self,
        item_id: int,
        delegation: str,
        position: Position,
        before: PositionEntry | None,
        *,
        grid: GridModel | None = None,
        correction: bool = False,
    ) -> None:
        if correction:
            text = QCoreApplication.translate("PositionCommands", "%1: %2 (correction)")
        else:
            text = QCoreApplication.translate("PositionCommands", "%1: %2")
        text = text.replace("%1", delegation).replace("%2", shown(position.label))
        super().__init__(text)
        self.item_id, self.delegation, self.position = item_id, delegation, position
        self.cell = (item_id, delegation)
        self.correction = correction
        self.before = Standing(before)
        # What the cell holds once logged: a change starts without the earlier text.
        self.after = self.before.but(position=position)
        if not correction:
            self.after = self.after.but(text="", paragraphs=())
        self._first = True  # on the worker: the first forward logs, a redo corrects
        self.keyed_on = grid  # the grid that shows the key and holds what its write returned
        self._grid = grid  # on the GUI thread, until the first forward has landed
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed and self._grid is not None:  # pushed: the key was just pressed
            self._grid.show_keyed(self.item_id, self.delegation, self.position)
        self._pushed = True
        super().redo()

    def forward_landed(self, result: Result[PositionEntry | None]) -> None:
        grid, self._grid = self._grid, None  # the first write only: a redo reads its cell
        if grid is not None:
            if isinstance(result.value, PositionEntry):
                grid.keyed_stored(result.value)
            else:
                grid.keyed_refused(self.item_id, self.delegation)  # shows what is stored
        super().forward_landed(result)

    def forward_refused(self) -> None:
        grid, self._grid = self._grid, None
        if grid is not None:
            grid.keyed_refused(self.item_id, self.delegation)
        super().forward_refused()

    def forward(self, ws: Workspace) -> Result[PositionEntry | None]:
        if self._first:  # what was said (or the fix of a mistyped key): a new event
            self._first = False
            return ws.positions.log(
                self.item_id, self.delegation, self.position, correction=self.correction
            )
        return self.after.restore(ws, self.item_id, self.delegation, shown=self.before)

    def backward(self, ws: Workspace) -> Result[PositionEntry | None]:
        return self.before.restore(ws, self.item_id, self.delegation, shown=self.after)


class Reclassify(ServiceCommand[PositionEntry]):
    """Say afterwards that the cell's standing entry was the operator's correction, or the
    delegation's change of position (and undo says the opposite again)."""

    def __init__(self, entry: PositionEntry, correction: bool) -> None:
        if correction:
            text = QCoreApplication.translate("PositionCommands", "%1: a correction")
        else:
            text = QCoreApplication.translate("PositionCommands", "%1: a change of position")
        super().__init__(text.replace("%1", entry.delegation))
        self.event_id, self.correction = entry.event_id, correction
        self.cell = (entry.item_id, entry.delegation)

    def forward(self, ws: Workspace) -> Result[PositionEntry]:
        return ws.positions.reclassify(self.event_id, self.correction)

    def backward(self, ws: Workspace) -> Result[PositionEntry]:
        return ws.positions.reclassify(self.event_id, not self.correction)


class RecordIntervention(ServiceCommand[SpeakersState]):
    """The delegation spoke without taking a position: what it said goes on the record.
    Undo takes it off the record again (a correction to no text; the audit keeps both)."""

    def __init__(self, item_id: int, delegation: str, text: str, text_fr: str = "") -> None:
        label = QCoreApplication.translate("PositionCommands", "Intervention of %1")
        super().__init__(label.replace("%1", delegation))
        self.item_id, self.delegation, self.said = item_id, delegation, text
        self.said_fr = text_fr  # the secretariat's French version, when written at once
        self.cell = (item_id, delegation)
        self._recorded: int | None = None  # the intervention's first row, once recorded

    def forward(self, ws: Workspace) -> Result[SpeakersState]:
        if self._recorded is not None:  # a redo: its texts back on the record
            return ws.speakers.correct_intervention(self._recorded, self.said, text_fr=self.said_fr)
        result = ws.speakers.intervene(
            self.item_id, self.delegation, self.said, text_fr=self.said_fr
        )
        self._recorded = max(s.id for s in result.value.said if s.delegation == self.delegation)
        return result

    def backward(self, ws: Workspace) -> Result[SpeakersState]:
        assert self._recorded is not None
        return ws.speakers.correct_intervention(self._recorded, "")


class EditStatement(ServiceCommand[PositionEntry | None]):
    """Write or amend the statement that goes with the standing position."""

    def __init__(
        self, item_id: int, delegation: str, statement: str, before: PositionEntry | None
    ) -> None:
        text = QCoreApplication.translate("PositionCommands", "Statement of %1")
        super().__init__(text.replace("%1", delegation))
        self.item_id, self.delegation, self.statement = item_id, delegation, statement
        self.cell = (item_id, delegation)
        self.before = Standing(before)

    def forward(self, ws: Workspace) -> Result[PositionEntry | None]:
        after = self.before.but(text=self.statement)
        return after.restore(ws, self.item_id, self.delegation, shown=self.before)

    def backward(self, ws: Workspace) -> Result[PositionEntry | None]:
        after = self.before.but(text=self.statement)
        return self.before.restore(ws, self.item_id, self.delegation, shown=after)


class AllAgreeExcept(ServiceCommand[list[PositionEntry] | None]):
    """Every present member not yet stated agrees, except those named."""

    def __init__(self, item_id: int, number: int, exceptions: Iterable[str]) -> None:
        text = QCoreApplication.translate("PositionCommands", "All present agree on item %1")
        super().__init__(text.replace("%1", str(number)))
        self.item_id = item_id
        self.exceptions = tuple(exceptions)
        self._agreed: tuple[str, ...] | None = None

    def forward(self, ws: Workspace) -> Result[list[PositionEntry] | None]:
        if self._agreed is None:
            result = ws.positions.all_agree_except(self.item_id, self.exceptions)
            self._agreed = tuple(entry.delegation for entry in result.value)
            return result
        return self._each(ws, Position.AGREE)

    def backward(self, ws: Workspace) -> Result[None]:
        return self._each(ws, Position.NOT_STATED)

    def _each(self, ws: Workspace, position: Position) -> Result[None]:
        changes = ChangeSet()
        for code in self._agreed or ():
            changes = changes | ws.positions.restore(self.item_id, code, position).changes
        return Result(None, changes)


class AgreeEnBloc(ServiceCommand[list[PositionEntry]]):
    """On each of the items, every present member not yet stated agrees, except those named:
    one write, and one undo takes it all back (and one redo puts it back), each a correction
    of the cells it agreed, refused whole when another window changed one meanwhile."""

    def __init__(self, items: Iterable[tuple[int, int]], exceptions: Iterable[str]) -> None:
        chosen = tuple(items)  # (item id, its number on the agenda)
        numbers = ", ".join(str(number) for _item_id, number in chosen)
        if len(chosen) == 1:
            text = QCoreApplication.translate("PositionCommands", "Agree en bloc on item %1")
        else:
            text = QCoreApplication.translate("PositionCommands", "Agree en bloc on items %1")
        super().__init__(text.replace("%1", numbers))
        self.item_ids = tuple(item_id for item_id, _number in chosen)
        self.exceptions = tuple(exceptions)
        self._agreed: tuple[tuple[int, str], ...] | None = None  # the cells, once stored

    def forward(self, ws: Workspace) -> Result[list[PositionEntry]]:
        if self._agreed is None:
            result = ws.positions.agree_en_bloc(self.item_ids, self.exceptions)
            self._agreed = tuple((entry.item_id, entry.delegation) for entry in result.value)
            return result
        return ws.positions.restore_many(self._agreed, Position.AGREE, expected=Position.NOT_STATED)

    def backward(self, ws: Workspace) -> Result[list[PositionEntry]]:
        return ws.positions.restore_many(
            self._agreed or (), Position.NOT_STATED, expected=Position.AGREE
        )
