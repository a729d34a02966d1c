"""Action items an agenda item may carry."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.labels import Label


class OwnerKind(StrEnum):
    COMMITTEE = "committee"
    MILITARY_AUTHORITIES = "military_authorities"
    DELEGATION = "delegation"
    INTERNATIONAL_STAFF = "international_staff"

    @property
    def label(self) -> Label:
        return _OWNER_LABELS[self]


_OWNER_LABELS = {
    OwnerKind.COMMITTEE: Label("committee", "comité"),
    OwnerKind.MILITARY_AUTHORITIES: Label("Military Authorities", "Autorités militaires"),
    OwnerKind.DELEGATION: Label("delegation", "délégation"),
    OwnerKind.INTERNATIONAL_STAFF: Label("International Staff", "Secrétariat international"),
}


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Label:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ActionStatus.OPEN: Label("open", "ouverte"),
    ActionStatus.IN_PROGRESS: Label("in progress", "en cours"),
    ActionStatus.DONE: Label("done", "terminée"),
    ActionStatus.CANCELLED: Label("cancelled", "annulée"),
}
