"""Contrast (WCAG 2, level AA) in the light and dark palettes, for the palettes' own text and
for every colour the app paints itself: position letters on their tints, shapes, the break
mark, the focus frame, notices. Text needs 4.5:1; marks that are not text need 3:1. And no
information is carried by colour alone: letters, shapes and words carry it too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from desktop.domain.consensus import Consensus, ConsensusState
from desktop.domain.positions import Effect, Position
from desktop.ui import marks, palettes
from desktop.ui.models.grid import consensus_text
from desktop.ui.palettes import contrast
from desktop.ui.session.outcome_box import ERROR_TINT, WARNING_TINT

TEXT, NON_TEXT = 4.5, 3.0
Role = QPalette.ColorRole
TEXT_PAIRS = [
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),  # the "·" of a cell not stated, hints in fields
    (Role.PlaceholderText, Role.Window),  # the item panel's secondary lines
    (Role.Link, Role.Base),
]


@pytest.fixture(params=palettes.SCHEMES)
def palette(request: pytest.FixtureRequest, qapp) -> QPalette:
    return palettes.palette(request.param)


def _tints(palette: QPalette) -> dict[Effect, QColor]:
    return {p.effect: c for p in Position if (c := marks.tint(p, palette)) is not None}


def _failures(pairs: list[tuple[str, QColor, QColor]], needed: float) -> list[str]:
    return [
        f"{what}: {contrast(fg, bg):.2f}:1 ({fg.name()} on {bg.name()})"
        for what, fg, bg in pairs
        if contrast(fg, bg) < needed
    ]


def test_the_contrast_ratio_follows_wcag() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(white, black) == pytest.approx(21.0)
    assert contrast(white, white) == pytest.approx(1.0)
    assert contrast(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)
    half = QColor(0, 0, 0, 128)  # half-transparent black on white is a mid grey
    assert contrast(half, white) == pytest.approx(contrast(QColor("#7f7f7f"), white), abs=0.05)


def test_the_palettes_text_meets_aa(palette: QPalette) -> None:
    pairs = [
        (f"{fg.name} on {bg.name}", palette.color(fg), palette.color(bg)) for fg, bg in TEXT_PAIRS
    ]
    assert _failures(pairs, TEXT) == []


def test_position_letters_and_break_words_meet_aa(palette: QPalette) -> None:
    tints = _tints(palette)
    red = marks.break_colour(palette)
    pairs = [(f"{e.name} letter on its tint", marks.ink(e, palette), t) for e, t in tints.items()]
    pairs += [
        (f"break word on {role.name}", red, palette.color(role))  # the list, the tree, the badge
        for role in (Role.Base, Role.AlternateBase, Role.Window)
    ]
    # The letter and the statement mark after it ("S ¶"): text, on the cell's background.
    for position in Position:
        background = marks.tint(position, palette) or palette.color(Role.Base)
        pairs.append((f"{position.name} letter and statement mark",
                      marks.letter_colour(position, palette), background))  # fmt: skip
    for name, tint in (("warning", WARNING_TINT), ("refusal", ERROR_TINT)):
        background = QColor(tint[1 if marks.is_dark(palette) else 0])
        pairs.append((f"text of a {name} notice", palette.color(Role.WindowText), background))
    assert _failures(pairs, TEXT) == []


def test_shapes_marks_and_the_focus_frame_stand_out(palette: QPalette) -> None:
    tints = _tints(palette)
    red = marks.break_colour(palette)
    outer, inner = marks.focus_colours(palette)
    pairs = []
    for effect in Effect:  # shapes in the legend, the headers and the item panel
        for role in (Role.Base, Role.Window, Role.Button):
            pairs.append((f"{effect.name} shape on {role.name}", marks.ink(effect, palette),
                          palette.color(role)))  # fmt: skip
    for effect, tint in tints.items():
        pairs.append((f"break frame on the {effect.name} tint", red, tint))
        pairs.append((f"focus line on the {effect.name} tint", inner, tint))
    pairs.append(("focus line on an empty cell", inner, palette.color(Role.Base)))
    pairs.append(("focus frame on an empty cell", outer, palette.color(Role.Base)))
    assert _failures(pairs, NON_TEXT) == []


# ---------------------------------------------------------------------- not colour alone
def test_every_position_has_its_own_letter() -> None:
    letters = [p.letter for p in Position]
    assert len(set(letters)) == len(letters)
    assert all(letter.strip() for letter in letters)


def _shape(effect: Effect) -> QImage:
    image = QImage(32, 32, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    marks.draw_shape(painter, QRectF(0, 0, 32, 32), effect, QColor("#000000"))
    painter.end()
    return image


def test_every_effect_has_its_own_shape_in_one_colour(qapp) -> None:
    shapes = {effect: _shape(effect) for effect in Effect}
    for effect, image in shapes.items():
        assert image != QImage(32, 32, QImage.Format.Format_ARGB32), effect
        others = [e for e in Effect if e is not effect]
        assert all(image != shapes[other] for other in others), effect


def test_consensus_is_said_in_words(qapp) -> None:
    words = {
        consensus_text(Consensus(ConsensusState.CONSENSUS, (), (), ())),
        consensus_text(Consensus(ConsensusState.PENDING, (), ("POL",), ())),
        consensus_text(Consensus(ConsensusState.BLOCKED, ("TUR",), (), ())),
    }
    assert len(words) == 3 and all(w.strip() for w in words)
