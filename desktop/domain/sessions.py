"""Words that describe a session: level, format, chair, classification, agenda kinds."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.labels import Label


class Level(StrEnum):
    """Who sits at the table. Decisions carry the same authority at every level."""

    PERMANENT_REPRESENTATIVES = "permanent_representatives"
    FOREIGN_MINISTERS = "foreign_ministers"
    DEFENCE_MINISTERS = "defence_ministers"
    HEADS_OF_STATE_AND_GOVERNMENT = "heads_of_state_and_government"
    MILITARY_REPRESENTATIVES = "military_representatives"
    CHIEFS_OF_DEFENCE = "chiefs_of_defence"
    NATIONAL_REPRESENTATIVES = "national_representatives"

    @property
    def label(self) -> Label:
        return _LEVEL_LABELS[self]


_LEVEL_LABELS = {
    Level.PERMANENT_REPRESENTATIVES: Label("Permanent Representatives", "représentants permanents"),
    Level.FOREIGN_MINISTERS: Label("Foreign Ministers", "ministres des Affaires étrangères"),
    Level.DEFENCE_MINISTERS: Label("Defence Ministers", "ministres de la Défense"),
    Level.HEADS_OF_STATE_AND_GOVERNMENT: Label(
        "Heads of State and Government", "chefs d'État et de gouvernement"
    ),
    Level.MILITARY_REPRESENTATIVES: Label("Military Representatives", "représentants militaires"),
    Level.CHIEFS_OF_DEFENCE: Label("Chiefs of Defence", "chefs d'état-major de la défense"),
    Level.NATIONAL_REPRESENTATIVES: Label("National Representatives", "représentants nationaux"),
}


class Format(StrEnum):
    FORMAL = "formal"
    INFORMAL = "informal"
    RESTRICTED = "restricted"
    WITH_PARTNERS = "with_partners"

    @property
    def label(self) -> Label:
        return _FORMAT_LABELS[self]


_FORMAT_LABELS = {
    Format.FORMAL: Label("formal", "formelle"),
    Format.INFORMAL: Label("informal", "informelle"),
    Format.RESTRICTED: Label("restricted", "restreinte"),
    Format.WITH_PARTNERS: Label("with partners", "avec les partenaires"),
}


class ChairRole(StrEnum):
    SECRETARY_GENERAL = "secretary_general"
    DEPUTY_SECRETARY_GENERAL = "deputy_secretary_general"
    ACTING_CHAIR = "acting_chair"
    CHAIR = "chair"

    @property
    def label(self) -> Label:
        return _CHAIR_LABELS[self]


_CHAIR_LABELS = {
    ChairRole.SECRETARY_GENERAL: Label("Secretary General", "Secrétaire général"),
    ChairRole.DEPUTY_SECRETARY_GENERAL: Label(
        "Deputy Secretary General", "Secrétaire général délégué"
    ),
    ChairRole.ACTING_CHAIR: Label("Acting Chair", "Président par intérim"),
    ChairRole.CHAIR: Label("Chair", "Président"),
}


class Classification(StrEnum):
    """The marking printed at the top and bottom of every page of the minutes.

    Tour de Table is a record-keeping tool, not an accredited system for classified data.
    """

    NATO_UNCLASSIFIED = "nato_unclassified"
    NATO_RESTRICTED = "nato_restricted"
    NATO_CONFIDENTIAL = "nato_confidential"
    NATO_SECRET = "nato_secret"
    COSMIC_TOP_SECRET = "cosmic_top_secret"
    PUBLIC_DISCLOSED = "public_disclosed"

    @property
    def marking(self) -> str:
        """The marking as printed; markings are the same in both languages."""
        return self.value.replace("_", " ").upper()


class AgendaKind(StrEnum):
    DECISION = "decision"
    DISCUSSION = "discussion"
    INFORMATION = "information"
    ANY_OTHER_BUSINESS = "any_other_business"

    @property
    def label(self) -> Label:
        return _KIND_LABELS[self]

    @property
    def seeks_consensus(self) -> bool:
        """Only decision items need every member's position; others may still carry some."""
        return self is AgendaKind.DECISION


_KIND_LABELS = {
    AgendaKind.DECISION: Label("decision", "décision"),
    AgendaKind.DISCUSSION: Label("discussion", "discussion"),
    AgendaKind.INFORMATION: Label("information", "information"),
    AgendaKind.ANY_OTHER_BUSINESS: Label("any other business", "questions diverses"),
}


class AttendanceKind(StrEnum):
    """Members sit with decision rights; partners, invitees and staff do not."""

    MEMBER = "member"
    INVITEE = "invitee"
    PARTNER = "partner"
    STAFF = "staff"

    @property
    def has_decision_rights(self) -> bool:
        return self is AttendanceKind.MEMBER
