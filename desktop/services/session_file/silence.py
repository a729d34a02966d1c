"""A session file's silence events as the domain's: what import writes, and what the check of
the chair's declarations replays (``file_declarations``), both from here."""

from __future__ import annotations

from desktop.domain.silence import (
    BreakWithdrawal,
    Extension,
    Letter,
    Settlement,
    SilenceEvent,
    Withdrawal,
)
from desktop.services.session_file.model import (
    FileBreakWithdrawal,
    FileExtension,
    FileLetter,
    FileSettlement,
    FileSilenceEvent,
    FileWithdrawal,
)


def domain_event(event: FileSilenceEvent) -> SilenceEvent:
    """The domain's event for one event of the file (the rows are written from it)."""
    match event:
        case FileLetter():
            return Letter(
                event.seq,
                event.delegation,
                event.received_at,
                event.letter_kind,
                event.paragraphs,
                event.reference,
                event.text,
            )
        case FileBreakWithdrawal():
            return BreakWithdrawal(event.seq, event.letter, event.received_at, event.reference)
        case FileExtension():
            return Extension(event.seq, event.at, event.new_deadline, event.reason)
        case FileWithdrawal():
            return Withdrawal(event.seq, event.at, event.reason, event.relaunched)
        case FileSettlement():
            return Settlement(event.seq, event.at, event.result)
