"""Action items: who owns them and where they stand."""

from __future__ import annotations

import pytest

from desktop.domain.actions import ActionStatus, OwnerKind


def test_the_owners_of_an_action_item():
    assert [o.label.en for o in OwnerKind] == [
        "committee",
        "Military Authorities",
        "delegation",
        "International Staff",
    ]
    assert OwnerKind.INTERNATIONAL_STAFF.label("fr") == "Secrétariat international"


def test_the_statuses_of_an_action_item():
    assert [s.label.en for s in ActionStatus] == ["open", "in progress", "done", "cancelled"]


@pytest.mark.parametrize("enum", [OwnerKind, ActionStatus], ids=lambda e: e.__name__)
def test_labels_are_distinct_and_present_in_french(enum):
    french = [member.label.fr for member in enum]
    assert all(label.strip() for label in french)
    assert len(set(french)) == len(french)
