"""The review of the summary record in a session file (format 5): the top-level ``review``.

``review[]`` lists every step of the review in the order recorded, as ``review_events`` holds
them (``desktop.domain.review``): each with its ``seq`` (1, 2, 3…), its ``kind``, when it
happened (``at``), the fields of its kind, and who recorded it. An item is named by its place
in the file's ``agenda`` list, counting from 1 (for an item on the agenda, its number on
it), a correction decided by its ``seq``: never a database id. A file of a format before 5
has no ``review``: its record was never issued.

Reading the shape is ``read_review`` (called by ``session_file.reading`` with its
``Reader``); the rules are ``check_review`` (called by ``session_file.checks``): the links
first (numbering, the correction a decision names, the item a correction names), then every
step replayed through the domain's own checks (``Review.check_issue``…), so that a file is
refused with the sentence the application says to an operator who tries the same step.
Export reads the rows (``review_events_of``), import writes them (``write_review``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ReviewEventRow
from desktop.domain.review import ApprovalKind, Review, ReviewError, ReviewEvent, ReviewEventKind
from desktop.i18n import N_, _, ngettext
from desktop.services.errors import ServiceError
from desktop.services.limits import LIST_TOO_LONG, MAX_LIST, number
from desktop.services.session_file.encoding import describe, quote
from desktop.services.session_file.model import (
    FileReviewEvent,
    Problems,
    SessionFile,
    Stamp,
    format_time,
)
from desktop.services.session_file.sentences import GAP, REVIEW_REFUSED, TWICE

E = TypeVar("E", bound=StrEnum)


class Reader(Protocol):
    """What reading the review asks of ``session_file.reading.Reader`` (which calls it: a
    protocol here, so that this module does not import it back)."""

    def add(self, path: str, sentence: str) -> None: ...

    def obj(self, raw: object, path: str, keys: Sequence[str]) -> dict[str, Any]: ...

    def array(self, obj: dict[str, Any], path: str, key: str) -> list[Any]: ...

    def text(
        self,
        obj: dict[str, Any],
        path: str,
        key: str,
        limit: int | None = None,
        *,
        required: bool = False,
        counted: bool = True,
    ) -> str: ...

    def code(self, obj: dict[str, Any], path: str, key: str) -> str: ...

    def integer(self, obj: dict[str, Any], path: str, key: str, minimum: int = 0) -> int: ...

    def optional_integer(self, obj: dict[str, Any], path: str, key: str) -> int | None: ...

    def time(self, obj: dict[str, Any], path: str, key: str) -> datetime: ...

    def enum(
        self,
        obj: dict[str, Any],
        path: str,
        key: str,
        kind: type[E],
        what: str,
        *,
        allowed: Sequence[E] | None = None,
    ) -> E: ...


_STAMP_KEYS = ("recorded_at", "operator", "workstation")
# The fields of each kind of step, between ``seq``, ``kind``, ``at`` and the stamp.
REVIEW_KEYS: dict[str, tuple[str, ...]] = {
    ReviewEventKind.ISSUED.value: ("issue", "fingerprint"),
    ReviewEventKind.CORRECTION.value: ("delegation", "item", "paragraph", "text"),
    ReviewEventKind.ACCEPTED.value: ("refers_to", "reason"),
    ReviewEventKind.DECLINED.value: ("refers_to", "reason"),
    ReviewEventKind.APPROVED.value: ("how", "reference"),
    ReviewEventKind.REOPENED.value: ("reason",),
}
_PARAGRAPH, _REFERENCE, _STAMP = 200, 100, 100  # the columns' sizes
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")


# ---------------------------------------------------------------------- reading
def read_review(r: Reader, top: dict[str, Any]) -> tuple[FileReviewEvent, ...]:
    """The file's ``review``, each step with its fields of the right shape. Its texts are not
    counted in what a session holds (``limits`` does not count the stored review either)."""
    entries = r.array(top, "", "review")
    if len(entries) > MAX_LIST:  # before an entry is read, as ``limits`` does for the others
        r.add(
            "review",
            _(LIST_TOO_LONG).format(count=number(len(entries)), limit=number(MAX_LIST)),
        )
        return ()
    events = (_event(r, raw, f"review[{i}]") for i, raw in enumerate(entries))
    return tuple(event for event in events if event is not None)


def _event(r: Reader, raw: object, path: str) -> FileReviewEvent | None:
    kind = raw.get("kind") if isinstance(raw, dict) else None
    if not isinstance(kind, str) or kind not in REVIEW_KEYS:
        if isinstance(raw, dict):
            r.add(
                f"{path}.kind",
                _("expected one of: {kinds}; found {found}.").format(
                    kinds=", ".join(REVIEW_KEYS),
                    found=describe(kind) if "kind" in raw else _("nothing"),
                ),
            )
        else:
            r.add(path, _("expected an object {{…}}, found {found}.").format(found=describe(raw)))
        return None
    o = r.obj(raw, path, ("seq", "kind", "at", *REVIEW_KEYS[kind], *_STAMP_KEYS))
    event = FileReviewEvent(
        seq=r.integer(o, path, "seq", 1),
        kind=ReviewEventKind(kind),
        at=r.time(o, path, "at"),
        stamp=Stamp(
            r.time(o, path, "recorded_at"),
            r.text(o, path, "operator", _STAMP, counted=False),
            r.text(o, path, "workstation", _STAMP, counted=False),
        ),
    )
    match event.kind:
        case ReviewEventKind.ISSUED:
            return replace(
                event,
                issue=r.integer(o, path, "issue", 0),
                fingerprint=_fingerprint(r, o, path),
            )
        case ReviewEventKind.CORRECTION:
            return replace(
                event,
                delegation=r.code(o, path, "delegation"),
                item=r.optional_integer(o, path, "item"),
                paragraph=r.text(o, path, "paragraph", _PARAGRAPH, counted=False),
                text=r.text(o, path, "text", counted=False),
            )
        case ReviewEventKind.ACCEPTED | ReviewEventKind.DECLINED:
            return replace(
                event,
                refers_to=r.integer(o, path, "refers_to", 1),
                text=r.text(o, path, "reason", counted=False),
            )
        case ReviewEventKind.APPROVED:
            return replace(
                event,
                how=r.enum(o, path, "how", ApprovalKind, N_("a way of approving")),
                reference=r.text(o, path, "reference", _REFERENCE, counted=False),
            )
        case ReviewEventKind.REOPENED:
            return replace(event, text=r.text(o, path, "reason", counted=False))


def _fingerprint(r: Reader, o: dict[str, Any], path: str) -> str:
    raw = o.get("fingerprint")
    value = r.text(o, path, "fingerprint", counted=False)
    if isinstance(raw, str) and value == raw and not _FINGERPRINT.fullmatch(value):
        r.add(
            f"{path}.fingerprint",
            _(
                "{value} is not a record's fingerprint: the application writes the 64 "
                "hexadecimal digits (0-9, a-f) of the record as issued."
            ).format(value=quote(value)),
        )
    return value


# ---------------------------------------------------------------------- the rules
def check_review(sf: SessionFile, p: Problems) -> None:
    """The rules of the file's review: steps numbered 1, 2, 3…; a decision names an earlier
    correction, a correction an item of the file; each step allowed where the review stood
    (the domain's checks, in order); issues numbered 0, 1, 2…; the session's revision is the
    number of the last issue."""
    events = sf.review
    if _linked(events, len(sf.agenda), p):
        _replay(events, p)
    issued = [(j, e) for j, e in enumerate(events) if e.kind is ReviewEventKind.ISSUED]
    if issued and issued[-1][1].issue != sf.session.revision:
        j, last = issued[-1]
        p.add(
            "session.revision",
            _(
                "the record's last issue ({where}) is number {number}, so its revision is "
                "{number}, not {revision}."
            ).format(where=f"review[{j}]", number=last.issue, revision=sf.session.revision),
        )


def _linked(events: Sequence[FileReviewEvent], items: int, p: Problems) -> bool:
    """Numbers 1, 2, 3… in order, and links that name what they may: whether all are sound
    (the replay needs them)."""
    seen: dict[int, int] = {}
    for j, event in enumerate(events):
        if event.seq in seen:
            p.add(
                f"review[{j}].seq",
                _(TWICE["event"]).format(number=event.seq, other=f"review[{seen[event.seq]}]"),
            )
            return False
        if event.seq != j + 1:
            p.add(f"review[{j}].seq", _(GAP["event"]).format(expected=j + 1, number=event.seq))
            return False
        seen[event.seq] = j
    sound = True
    for j, event in enumerate(events):
        if event.item is not None and not 1 <= event.item <= items:
            sound = False
            if items:
                sentence = ngettext(
                    "there is no item {number} in the file: its agenda lists {count} item, "
                    "which a correction names by its place in the list, counting from 1.",
                    "there is no item {number} in the file: its agenda lists {count} items, "
                    "which a correction names by their place in the list, counting from 1.",
                    items,
                ).format(number=event.item, count=items)
            else:
                sentence = _(
                    'there is no item {number} in the file: its agenda is empty; set "item" '
                    "to null."
                ).format(number=event.item)
            p.add(f"review[{j}].item", sentence)
        target = event.refers_to
        if target is None:
            continue
        if not 1 <= target < event.seq:
            sound = False
            p.add(
                f"review[{j}].refers_to",
                _(
                    "event {seq} decides on event {target}, which does not come before it; an "
                    "acceptance or a refusal names an earlier correction."
                ).format(seq=event.seq, target=target),
            )
        elif (named := events[target - 1]).kind is not ReviewEventKind.CORRECTION:
            sound = False
            p.add(
                f"review[{j}].refers_to",
                _(
                    "event {target} is not a correction (its kind is {kind}); an acceptance or a "
                    "refusal names an earlier correction."
                ).format(target=target, kind=quote(named.kind.value)),
            )
    return sound


def _replay(events: Sequence[FileReviewEvent], p: Problems) -> None:
    """Each step checked by the domain against the review as it stood before it; the first
    one refused is reported, with the domain's sentence, and the replay stops there."""
    before: list[ReviewEvent] = []
    for j, event in enumerate(events):
        review = Review(tuple(before))
        try:
            _allowed(review, event)
        except ReviewError as error:
            text = str(error)
            reason = text[:1].lower() + text[1:]
            p.add(f"review[{j}]", _(REVIEW_REFUSED[event.kind]).format(reason=reason))
            return
        if event.kind is ReviewEventKind.ISSUED and event.issue != review.next_number:
            p.add(
                f"review[{j}].issue",
                _(
                    "the file says issue {number}, but this is issue {expected}: the draft is "
                    "issue 0, and each revision takes the next number."
                ).format(number=event.issue, expected=review.next_number),
            )
            return
        before.append(domain_event(event))


def _allowed(review: Review, event: FileReviewEvent) -> None:
    """Raise ReviewError when the domain refuses ``event`` where ``review`` stands."""
    match event.kind:
        case ReviewEventKind.ISSUED:
            review.check_issue()
        case ReviewEventKind.CORRECTION:
            review.check_correction(event.at, event.text, event.delegation)
        case ReviewEventKind.ACCEPTED | ReviewEventKind.DECLINED:
            accepted = event.kind is ReviewEventKind.ACCEPTED
            review.check_decision(event.refers_to or 0, accepted, event.text)
        case ReviewEventKind.APPROVED:
            review.check_approval(event.at)
        case ReviewEventKind.REOPENED:
            review.check_reopen(event.text)


def domain_event(event: FileReviewEvent) -> ReviewEvent:
    """The domain's event for a step of the file, its numbers the file's own (``seq`` for
    the id, the item's place in the agenda for its id)."""
    return ReviewEvent(
        id=event.seq,
        kind=event.kind,
        at=event.at,
        delegation=event.delegation,
        item_id=event.item,
        where=event.paragraph,
        text=event.text,
        refers_to=event.refers_to,
        issue=event.issue,
        fingerprint=event.fingerprint,
        how=event.how,
        reference=event.reference,
    )


# ---------------------------------------------------------------------- database → file
def review_events_of(
    s: Session, session_id: int, items: Sequence[int]
) -> tuple[FileReviewEvent, ...]:
    """The session's review, in the order recorded (``id``). ``items``: the ids of the
    session's items in the order of the file's agenda."""
    places = {item_id: n for n, item_id in enumerate(items, start=1)}
    rows = list(
        s.scalars(
            select(ReviewEventRow)
            .where(ReviewEventRow.session_id == session_id)
            .order_by(ReviewEventRow.id)
        )
    )
    numbers = {row.id: n for n, row in enumerate(rows, start=1)}
    out = []
    for row in rows:
        item = places.get(row.item_id) if row.item_id is not None else None
        refers_to = numbers.get(row.refers_to) if row.refers_to is not None else None
        if (row.item_id is not None and item is None) or (
            row.refers_to is not None and refers_to is None
        ):  # the review service names its own session's items and corrections only
            raise ServiceError(
                _(
                    "Review event {id} names an agenda item or a correction of another "
                    "session; the session cannot be written to a file until that is repaired."
                ).format(id=row.id)
            )
        out.append(
            FileReviewEvent(
                seq=numbers[row.id],
                kind=ReviewEventKind(row.kind),
                at=row.at,
                stamp=Stamp(row.recorded_at, row.operator, row.workstation),
                delegation=row.delegation,
                item=item,
                paragraph=row.paragraph,
                text=row.text,
                refers_to=refers_to,
                issue=row.issue,
                fingerprint=row.fingerprint,
                how=ApprovalKind(row.how) if row.how else None,
                reference=row.reference,
            )
        )
    return tuple(out)


def review_document(
    events: Sequence[FileReviewEvent], stamp: Callable[[Stamp], dict[str, Any]]
) -> list[dict[str, Any]]:
    """The review as JSON values, keys in file order: only the fields of each kind."""
    return [
        {
            "seq": e.seq,
            "kind": e.kind.value,
            "at": format_time(e.at),
            **_fields(e),
            **stamp(e.stamp),
        }
        for e in events
    ]


def _fields(e: FileReviewEvent) -> dict[str, Any]:
    match e.kind:
        case ReviewEventKind.ISSUED:
            return {"issue": e.issue, "fingerprint": e.fingerprint}
        case ReviewEventKind.CORRECTION:
            return {
                "delegation": e.delegation,
                "item": e.item,
                "paragraph": e.paragraph,
                "text": e.text,
            }
        case ReviewEventKind.ACCEPTED | ReviewEventKind.DECLINED:
            return {"refers_to": e.refers_to, "reason": e.text}
        case ReviewEventKind.APPROVED:
            return {"how": e.how.value if e.how else None, "reference": e.reference}
        case ReviewEventKind.REOPENED:
            return {"reason": e.text}


# ---------------------------------------------------------------------- file → database
def write_review(
    s: Session, session_id: int, events: Sequence[FileReviewEvent], items: Sequence[int]
) -> None:
    """Store the review of the session ``session_id``, in the file's order (ids keep it).
    ``items``: the new ids of the file's items, in the order of its agenda."""
    rows: dict[int, ReviewEventRow] = {}
    for e in events:
        decided = rows[e.refers_to] if e.refers_to is not None else None
        if decided is not None and decided.id is None:
            s.flush()  # the correction decided needs its id first
        row = ReviewEventRow(
            session_id=session_id,
            kind=e.kind.value,
            at=e.at,
            delegation=e.delegation,
            item_id=items[e.item - 1] if e.item is not None else None,
            paragraph=e.paragraph,
            text=e.text,
            refers_to=decided.id if decided is not None else None,
            issue=e.issue,
            fingerprint=e.fingerprint,
            how=e.how.value if e.how is not None else "",
            reference=e.reference,
            recorded_at=e.stamp.recorded_at,
            operator=e.stamp.operator,
            workstation=e.stamp.workstation,
        )
        s.add(row)
        rows[e.seq] = row
