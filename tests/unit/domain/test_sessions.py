"""The words that describe a session: levels, formats, chairs, markings, agenda kinds."""

from __future__ import annotations

import pytest

from desktop.domain.sessions import (
    AgendaKind,
    AttendanceKind,
    ChairRole,
    Classification,
    Format,
    Level,
)

LABELLED = [Level, Format, ChairRole, AgendaKind]


@pytest.mark.parametrize(
    ("level", "en"),
    [
        (Level.PERMANENT_REPRESENTATIVES, "Permanent Representatives"),
        (Level.FOREIGN_MINISTERS, "Foreign Ministers"),
        (Level.DEFENCE_MINISTERS, "Defence Ministers"),
        (Level.HEADS_OF_STATE_AND_GOVERNMENT, "Heads of State and Government"),
        (Level.MILITARY_REPRESENTATIVES, "Military Representatives"),
        (Level.CHIEFS_OF_DEFENCE, "Chiefs of Defence"),
    ],
)
def test_level_titles_as_the_minutes_print_them(level, en):
    assert level.label.en == en


@pytest.mark.parametrize(
    ("level", "fr"),
    [
        (Level.FOREIGN_MINISTERS, "ministres des Affaires étrangères"),
        (Level.HEADS_OF_STATE_AND_GOVERNMENT, "chefs d'État et de gouvernement"),
    ],
)
def test_level_titles_in_french(level, fr):
    assert level.label("fr") == fr


def test_the_four_formats():
    assert [f.label.en for f in Format] == ["formal", "informal", "restricted", "with partners"]


def test_the_chair_roles():
    assert [c.label.en for c in ChairRole] == [
        "Secretary General",
        "Deputy Secretary General",
        "Acting Chair",
        "Chair",
    ]


def test_the_classification_markings_printed_on_every_page():
    assert [c.marking for c in Classification] == [
        "NATO UNCLASSIFIED",
        "NATO RESTRICTED",
        "NATO CONFIDENTIAL",
        "NATO SECRET",
        "COSMIC TOP SECRET",
        "PUBLIC DISCLOSED",
    ]


def test_the_agenda_kinds():
    assert [k.label.en for k in AgendaKind] == [
        "decision",
        "discussion",
        "information",
        "any other business",
    ]
    assert AgendaKind.ANY_OTHER_BUSINESS.label.fr == "questions diverses"


def test_only_decision_items_seek_consensus():
    assert [k for k in AgendaKind if k.seeks_consensus] == [AgendaKind.DECISION]


def test_only_members_have_decision_rights():
    assert [k for k in AttendanceKind if k.has_decision_rights] == [AttendanceKind.MEMBER]
    assert not AttendanceKind.INVITEE.has_decision_rights
    assert not AttendanceKind.PARTNER.has_decision_rights


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_every_word_has_distinct_labels_in_both_languages(enum):
    for language in ("en", "fr"):
        labels = [member.label(language) for member in enum]
        assert all(label.strip() for label in labels), language
        assert len(set(labels)) == len(labels), language
