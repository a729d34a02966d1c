"""The positions on an item, grouped as a delegate reads them.

A delegate looks for objections first, then what stays on the record (reservations,
footnotes), then who is still holding back, then the statements, and finally wants one
sentence for the rest: "All other delegations agreed." rather than thirty identical lines.
Members with decision rights come in seating order within each group; partners and invitees
are listed apart, outside the consensus.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.minutes import Attendee, ItemRecord, PositionRecord
from desktop.domain.positions import Position


class GroupKind(StrEnum):
    OBJECTION = "objection"
    RESERVATION = "reservation"
    FOOTNOTE = "footnote"
    STUDY_RESERVE = "study_reserve"
    AWAITING = "awaiting"
    AD_REFERENDUM = "ad_referendum"
    STATEMENT = "statement"
    AGREE = "agree"
    NOT_STATED = "not_stated"

    @property
    def word(self) -> str:
        """The key of the group's heading in ``wording.WORDS``."""
        return f"group_{self.value}"


GROUP_OF: dict[Position, GroupKind] = {
    Position.OBJECTION: GroupKind.OBJECTION,
    Position.RESERVATION: GroupKind.RESERVATION,
    Position.FOOTNOTE: GroupKind.FOOTNOTE,
    Position.STUDY_RESERVE: GroupKind.STUDY_RESERVE,
    Position.AWAITING_INSTRUCTIONS: GroupKind.AWAITING,
    Position.AGREE_AD_REFERENDUM: GroupKind.AD_REFERENDUM,
    Position.AGREE_WITH_STATEMENT: GroupKind.STATEMENT,
    Position.AGREE: GroupKind.AGREE,
    Position.NOT_STATED: GroupKind.NOT_STATED,
}


@dataclass(frozen=True, slots=True)
class Entry:
    attendee: Attendee
    record: PositionRecord | None  # None: nothing was said

    @property
    def detailed(self) -> bool:
        """Whether the entry needs a line of its own: a text, paragraphs, a change of
        position, or an absent delegation whose position was recorded all the same."""
        if self.record is None:
            return False
        step = self.record.current
        return bool(step.text.strip() or step.paragraphs or self.record.changed) or (
            not self.attendee.present or step.in_writing
        )


@dataclass(frozen=True, slots=True)
class Group:
    kind: GroupKind
    entries: tuple[Entry, ...]

    @property
    def plain(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if not e.detailed)

    @property
    def detailed(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.detailed)


@dataclass(frozen=True, slots=True)
class ItemPositions:
    groups: tuple[Group, ...]  # members, in reading order
    closing: str | None  # a wording key: all_agreed, all_others_agreed, no_positions
    outside: tuple[Entry, ...]  # partners and invitees who said something

    @property
    def empty(self) -> bool:
        return not self.groups and self.closing is None and not self.outside


def group_positions(item: ItemRecord, attendees: tuple[Attendee, ...]) -> ItemPositions:
    members = [a for a in attendees if a.has_decision_rights]
    buckets: dict[GroupKind, list[Entry]] = {kind: [] for kind in GroupKind}
    agreed: list[Attendee] = []
    for member in members:
        record = item.position_of(member.code)
        position = record.current.position if record else Position.NOT_STATED
        entry = Entry(member, record)
        if position is Position.AGREE and not entry.detailed:
            agreed.append(member)
        elif position is not Position.NOT_STATED or entry.detailed:
            buckets[GROUP_OF[position]].append(entry)
        elif item.kind.seeks_consensus:
            buckets[GroupKind.NOT_STATED].append(entry)
    said_anything = any(item.position_of(m.code) for m in members)
    closing: str | None = None
    if agreed:
        listed = sum(len(entries) for entries in buckets.values())
        if len(agreed) + listed == len(members) and len(agreed) >= listed:
            closing = "all_others_agreed" if listed else "all_agreed"
        else:  # silent members, or agreement by a minority: name who agreed rather than "all"
            buckets[GroupKind.AGREE].extend(Entry(a, item.position_of(a.code)) for a in agreed)
            buckets[GroupKind.AGREE].sort(key=lambda e: members.index(e.attendee))
    elif not said_anything and item.kind.seeks_consensus:
        closing = "no_positions"
        buckets[GroupKind.NOT_STATED] = []
    groups = tuple(Group(kind, tuple(buckets[kind])) for kind in GroupKind if buckets[kind])
    outside = tuple(
        Entry(a, record)
        for a in attendees
        if not a.has_decision_rights
        and (record := item.position_of(a.code)) is not None
        and (record.current.position is not Position.NOT_STATED or record.changed)
    )
    return ItemPositions(groups, closing, outside)
