"""The whole sentences the checks of a session file use, kept apart for the translation:
by kind of silence event refused, by letter status contradicted, by what is numbered, by kind
of review step refused."""

from __future__ import annotations

from desktop.domain.review import ReviewEventKind
from desktop.domain.silence import LetterStatus
from desktop.i18n import N_
from desktop.services.session_file.model import (
    FileBreakWithdrawal,
    FileExtension,
    FileLetter,
    FileSettlement,
    FileWithdrawal,
)

REFUSED: dict[type, str] = {
    FileLetter: N_("the silence procedure's rules refuse this letter: {reason}"),
    FileBreakWithdrawal: N_(
        "the silence procedure's rules refuse this withdrawal of a break: {reason}"
    ),
    FileExtension: N_("the silence procedure's rules refuse this extension: {reason}"),
    FileWithdrawal: N_("the silence procedure's rules refuse this withdrawal: {reason}"),
    FileSettlement: N_("the silence procedure's rules refuse this settlement: {reason}"),
}
STATUS_WHY: dict[LetterStatus, str] = {
    LetterStatus.LATE: N_(
        "the file says {written}, but it was received at {received}, after the deadline of "
        "{deadline}: it is late and breaks nothing; its status is {actual}."
    ),
    LetterStatus.AFTER_WITHDRAWAL: N_(
        "the file says {written}, but it was received at {received}, after the procedure was "
        "withdrawn at {withdrawn}; its status is {actual}."
    ),
    LetterStatus.COMMENT: N_(
        "the file says {written}, but it is an editorial comment, which breaks nothing; its "
        "status is {actual}."
    ),
    LetterStatus.NO_DECISION_RIGHTS: N_(
        "the file says {written}, but {code} has no decision rights in the {body} on {day}; "
        "its status is {actual}."
    ),
    LetterStatus.BREAK_WITHDRAWN: N_(
        "the file says {written}, but its break was withdrawn by a later event; its status "
        "is {actual}."
    ),
    LetterStatus.BREAKS: N_(
        "the file says {written}, but it was received by the deadline of {deadline} from a "
        "member with decision rights and not withdrawn, so it breaks silence; its status is "
        "{actual}."
    ),
}
TWICE = {
    "event": N_(
        "{number} is used twice (also {other}); each event has its own number, so remove the "
        "duplicate."
    ),
    "procedure": N_(
        "{number} is used twice (also {other}); each procedure has its own number, so remove "
        "the duplicate."
    ),
    "intervention": N_(
        "{number} is used twice (also {other}); each intervention has its own number, so "
        "remove the duplicate."
    ),
}
GAP = {
    "event": N_(
        "expected {expected}, found {number}: events are numbered 1, 2, 3… in the order they "
        "were recorded."
    ),
    "procedure": N_(
        "expected {expected}, found {number}: procedures are numbered 1, 2, 3… in the order "
        "they were recorded."
    ),
    "intervention": N_(
        "expected {expected}, found {number}: interventions are numbered 1, 2, 3… in the "
        "order they started."
    ),
}
REVIEW_REFUSED: dict[ReviewEventKind, str] = {
    ReviewEventKind.ISSUED: N_("the review's rules refuse this issue: {reason}"),
    ReviewEventKind.CORRECTION: N_("the review's rules refuse this correction: {reason}"),
    ReviewEventKind.ACCEPTED: N_(
        "the review's rules refuse this acceptance of a correction: {reason}"
    ),
    ReviewEventKind.DECLINED: N_(
        "the review's rules refuse this refusal of a correction: {reason}"
    ),
    ReviewEventKind.APPROVED: N_("the review's rules refuse this approval: {reason}"),
    ReviewEventKind.REOPENED: N_("the review's rules refuse this reopening: {reason}"),
}
