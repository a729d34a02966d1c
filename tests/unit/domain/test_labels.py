"""Bilingual labels and the errors the rules raise."""

from __future__ import annotations

import pytest

from desktop.domain.errors import DomainError, SilenceError, TimeError
from desktop.domain.labels import Label

LABEL = Label("North Atlantic Council", "Conseil de l'Atlantique Nord")


def test_a_label_speaks_french_when_asked():
    assert LABEL("fr") == "Conseil de l'Atlantique Nord"


@pytest.mark.parametrize("language", ["en", "de", ""])
def test_a_label_speaks_english_otherwise(language):
    assert LABEL(language) == "North Atlantic Council"


def test_labels_are_immutable_values():
    assert Label("a", "b") == Label("a", "b")
    with pytest.raises(AttributeError):
        LABEL.en = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("error", [SilenceError, TimeError])
def test_every_rule_error_is_a_domain_error_and_a_value_error(error):
    assert issubclass(error, DomainError)
    assert issubclass(error, ValueError)
