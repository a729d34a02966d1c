"""The silence procedure's undoable edits.

Only two have a sensible inverse, since nothing in a procedure's record is ever erased:
launching (undone by withdrawing the procedure, with the reason "undone") and recording a
break received in time (undone by withdrawing the break at the instant it was received, with
the reference "undone"). Both stay in the record as events. The other steps (comments, late
letters, withdrawing a break, extending, withdrawing, relaunching) are not undoable: the panel
runs them with ``SessionController.run``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop.services import Result, Workspace
from desktop.services.dto import SilenceView
from desktop.ui.session.controller import ServiceCommand

UNDONE = "undone"
Landed = Callable[[SilenceView], None]


class LaunchProcedure(ServiceCommand):
    def __init__(self, text: str, fields: dict[str, Any], *, landed: Landed | None = None) -> None:
        super().__init__(text, landed=landed)
        self.fields = dict(fields)
        self.procedure_id: int | None = None

    def forward(self, ws: Workspace) -> Result[SilenceView]:
        fields = dict(self.fields)
        item_id, deadline = fields.pop("item_id"), fields.pop("deadline")
        result = ws.silence.launch(item_id, deadline, **fields)
        self.procedure_id = result.value.id
        return result

    def backward(self, ws: Workspace) -> Result[SilenceView]:
        assert self.procedure_id is not None
        return ws.silence.withdraw(self.procedure_id, reason=UNDONE)


class RecordBreak(ServiceCommand):
    """A break received by the deadline of a running procedure."""

    def __init__(self, text: str, fields: dict[str, Any]) -> None:
        super().__init__(text)
        self.fields = dict(fields)
        self.seq: int | None = None

    @property
    def procedure_id(self) -> int:
        return int(self.fields["procedure_id"])

    @property
    def received_at(self) -> datetime:
        moment = self.fields["received_at"]
        assert isinstance(moment, datetime)
        return moment

    def forward(self, ws: Workspace) -> Result[SilenceView]:
        fields = dict(self.fields)
        procedure_id, delegation = fields.pop("procedure_id"), fields.pop("delegation")
        result = ws.silence.record_letter(procedure_id, delegation, fields.pop("received_at"),
                                          **fields)  # fmt: skip
        self.seq = max(letter.seq for letter in result.value.letters)
        return result

    def backward(self, ws: Workspace) -> Result[SilenceView]:
        assert self.seq is not None
        return ws.silence.withdraw_break(
            self.procedure_id, self.seq, self.received_at, reference=UNDONE
        )
