"""``tourdetable review``: the review of a session's summary record from the command line —
where it stands, issue the draft or a revision, record a delegation's correction, accept or
decline it, approve the record, reopen it for a revision (``desktop.services.review``).

A module of its own so that building the parser (which starting the window does) imports
none of the services: :func:`run` imports them when a review command runs.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from desktop.i18n import _

if TYPE_CHECKING:
    from desktop.services import Workspace
    from desktop.services.review import ReviewView

EXIT_OK = 0


def add_review(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = _(
        "the review of a session's summary record: show it, issue the draft or a revision, "
        "record a delegation's correction, accept or decline it, approve, reopen"
    )
    review = commands.add_parser("review", prog="tourdetable review", help=text, description=text)
    review.add_argument(
        "--db", metavar="DB", required=True,
        help=_("the database: a file's path, or postgresql://user@server:5432/name"),
    )  # fmt: skip
    review.add_argument(
        "--session", metavar="REF", required=True, help=_("the session's reference")
    )
    steps = review.add_subparsers(dest="step", metavar="STEP")
    show = steps.add_parser("show", help=_("where the review stands (the default)"))
    show.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    steps.add_parser("issue", help=_("issue the draft, then each revision (REV1, REV2…)"))
    correction = steps.add_parser("correction", help=_("record a delegation's correction"))
    correction.add_argument(
        "--delegation", metavar="CODE", required=True, help=_("the delegation's code, e.g. DEU")
    )
    correction.add_argument("--text", required=True, help=_("the text the delegation proposes"))
    correction.add_argument(
        "--item", type=int, metavar="N", help=_("the agenda item's number (none: the record)")
    )
    correction.add_argument(
        "--paragraph", default="", help=_('where, in the delegation\'s words ("paragraph 3")')
    )
    correction.add_argument(
        "--received", type=_instant, metavar="WHEN",
        help=_("when it came in, YYYY-MM-DD or YYYY-MM-DDTHH:MM in UTC (default: now)"),
    )  # fmt: skip
    accept = steps.add_parser("accept", help=_("accept a correction (then make the change)"))
    accept.add_argument("correction", type=int, metavar="ID", help=_("the correction's number"))
    accept.add_argument("--note", default="", help=_("a note on the decision"))
    decline = steps.add_parser("decline", help=_("decline a correction, saying why"))
    decline.add_argument("correction", type=int, metavar="ID", help=_("the correction's number"))
    decline.add_argument("--reason", required=True, help=_("why it is declined"))
    approve = steps.add_parser("approve", help=_("record the record's approval: it is locked"))
    approve.add_argument(
        "--on", type=_day, metavar="YYYY-MM-DD", required=True, help=_("the day of approval")
    )
    approve.add_argument(
        "--how", choices=("meeting", "silence"), required=True,
        help=_("at a later meeting, or under silence procedure"),
    )  # fmt: skip
    approve.add_argument(
        "--reference", default="", help=_("the meeting's or the procedure's reference")
    )
    reopen = steps.add_parser("reopen", help=_("open an approved record for a new revision"))
    reopen.add_argument("--reason", required=True, help=_("why the record needs a revision"))


def run(args: argparse.Namespace, ws: Workspace, session_id: int) -> int:
    """Run one review step on ``ws``; print where the review then stands."""
    step = args.step or "show"
    if step == "show":
        view = ws.review.view(session_id)
    elif step == "issue":
        view = ws.review.issue(session_id).value
    elif step == "correction":
        view = ws.review.receive(
            session_id, args.delegation, args.text,
            received_at=args.received or datetime.now(UTC),
            item_id=_item_id(ws, session_id, args.item), paragraph=args.paragraph,
        ).value  # fmt: skip
    elif step == "accept":
        view = ws.review.accept(args.correction, args.note).value
    elif step == "decline":
        view = ws.review.decline(args.correction, args.reason).value
    elif step == "approve":
        noon = datetime.combine(args.on, time(12), tzinfo=UTC)  # the day, whatever the zone
        view = ws.review.approve(
            session_id, approved_at=noon, how=args.how, reference=args.reference
        ).value
    else:
        view = ws.review.reopen(session_id, args.reason).value
    if getattr(args, "json", False):
        print(json.dumps(_facts(view), ensure_ascii=False, indent=2))
    else:
        print(describe(view))
    return EXIT_OK


def describe(view: ReviewView) -> str:
    """The review as lines of text: stage, issues, corrections, approval."""
    from desktop import i18n

    language = i18n.language()
    review = view.review
    lines = [
        _("{reference}: {stage}.").format(
            reference=view.reference or _("(no reference)"), stage=review.stage.label(language)
        )
    ]
    for issue in review.issues:
        lines.append(
            _("  {name} issued {when}, fingerprint {fp}").format(
                name=f"{view.reference}-{issue.suffix}" if issue.suffix else _("the draft"),
                when=issue.at.isoformat(sep=" ", timespec="minutes"),
                fp=issue.fingerprint[:16] + "…",
            )
        )
    for c in review.corrections:
        number = view.number_of(c)
        where = ", ".join(
            part for part in (_("item {n}").format(n=number) if number else "", c.where) if part
        )
        lines.append(
            _("  #{id} {delegation} ({where}), received {when}: {status}").format(
                id=c.id,
                delegation=c.delegation,
                where=where or _("the record"),
                when=c.received_at.date().isoformat(),
                status=c.status.label(language),
            )
        )
        lines.append(f"      « {c.text} »" if language == "fr" else f"      “{c.text}”")
        if c.reason:
            lines.append("      " + _("reason: {reason}").format(reason=c.reason))
    if review.approval is not None and review.locked:
        lines.append(
            _("  approved on {day}, {how} {reference}")
            .format(
                day=review.approval.at.date().isoformat(),
                how=review.approval.how.label(language),
                reference=review.approval.reference,
            )
            .rstrip()
        )
    return "\n".join(lines)


def _facts(view: ReviewView) -> dict[str, object]:
    review = view.review
    return {
        "reference": view.reference,
        "stage": review.stage.value,
        "locked": review.locked,
        "issues": [
            {
                "number": i.number,
                "suffix": i.suffix,
                "at": i.at.isoformat(),
                "fingerprint": i.fingerprint,
            }
            for i in review.issues
        ],
        "corrections": [
            {
                "id": c.id,
                "delegation": c.delegation,
                "item": view.number_of(c),
                "paragraph": c.where,
                "text": c.text,
                "received_at": c.received_at.isoformat(),
                "status": c.status.value,
                "reason": c.reason,
                "in_issue": c.in_issue,
            }
            for c in review.corrections
        ],
        "approval": None
        if review.approval is None
        else {
            "at": review.approval.at.isoformat(),
            "how": review.approval.how.value,
            "reference": review.approval.reference,
            "issue": review.approval.issue,
        },
    }


def _item_id(ws: Workspace, session_id: int, number: int | None) -> int | None:
    if number is None:
        return None
    items = ws.sessions.get(session_id).items
    if not 1 <= number <= len(items):
        from desktop.services import ValidationError

        raise ValidationError(
            _("The agenda has no item {n}; it has {count}.").format(n=number, count=len(items))
        )
    return items[number - 1].id


def _instant(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date or time; write 2026-12-07 or 2026-12-07T14:30.").format(
                text=text
            )
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text} is not a day; write it as 2026-12-20.").format(text=text)
        ) from None
