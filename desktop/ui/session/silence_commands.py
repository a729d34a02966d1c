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
from typing import TypedDict

from desktop.domain.silence import LetterKind
from desktop.services import Result, Workspace
from desktop.services.dto import SilenceView
from desktop.ui.session.controller import ServiceCommand

UNDONE = "undone"
Landed = Callable[[SilenceView], None]


class LaunchFields(TypedDict):
    """``SilenceService.launch``'s arguments, as the launch dialog gives them."""

    item_id: int
    deadline: datetime  # the session's wall clock
    fold: int | None
    text_reference: str
    title: str
    title_fr: str  # the subject in French
    launched_by: str


class LetterFields(TypedDict):
    """``SilenceService.record_letter``'s arguments, as the letter dialog gives them."""

    procedure_id: int
    delegation: str
    received_at: datetime
    kind: LetterKind
    paragraphs: list[str]
    reference: str
    text: str


class LaunchProcedure(ServiceCommand[SilenceView]):
    def __init__(self, text: str, fields: LaunchFields, *, landed: Landed | None = None) -> None:
        super().__init__(text, landed=landed)
        self.fields = LaunchFields(**fields)
        self.procedure_id: int | None = None

    def forward(self, ws: Workspace) -> Result[SilenceView]:
        f = self.fields
        result = ws.silence.launch(
            f["item_id"], f["deadline"], text_reference=f["text_reference"], title=f["title"],
            title_fr=f["title_fr"], launched_by=f["launched_by"], fold=f["fold"],
        )  # fmt: skip
        self.procedure_id = result.value.id
        return result

    def backward(self, ws: Workspace) -> Result[SilenceView]:
        assert self.procedure_id is not None
        return ws.silence.withdraw(self.procedure_id, reason=UNDONE)


class RecordBreak(ServiceCommand[SilenceView]):
    """A break received by the deadline of a running procedure."""

    def __init__(self, text: str, fields: LetterFields) -> None:
        super().__init__(text)
        self.fields = LetterFields(**fields)
        self.seq: int | None = None

    @property
    def procedure_id(self) -> int:
        return self.fields["procedure_id"]

    @property
    def received_at(self) -> datetime:
        return self.fields["received_at"]

    def forward(self, ws: Workspace) -> Result[SilenceView]:
        result = record_letter(ws, self.fields)
        self.seq = max(letter.seq for letter in result.value.letters)
        return result

    def backward(self, ws: Workspace) -> Result[SilenceView]:
        assert self.seq is not None
        return ws.silence.withdraw_break(
            self.procedure_id, self.seq, self.received_at, reference=UNDONE
        )


def record_letter(ws: Workspace, fields: LetterFields) -> Result[SilenceView]:
    """Record the letter ``fields`` describes."""
    f = fields
    return ws.silence.record_letter(
        f["procedure_id"], f["delegation"], f["received_at"], kind=f["kind"],
        paragraphs=f["paragraphs"], reference=f["reference"], text=f["text"],
    )  # fmt: skip
