"""How a position looks: a letter, a colour and a shape, so colour is never the only sign.

Colours are soft tints that read in light and dark palettes; shapes are drawn here (no image
files) so they scale on HiDPI screens: a tick joins, a dotted ring waits, a bar is on record,
a cross blocks.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

from desktop.domain.consensus import ConsensusState
from desktop.domain.positions import Effect, Position

_TINTS = {  # (light palette, dark palette)
    Effect.JOINS: ("#d8efd9", "#24462a"),
    Effect.PENDING: ("#fbeec2", "#4d4020"),
    Effect.RECORDED: ("#dfe6f6", "#27344f"),
    Effect.BLOCKS: ("#f6d3d0", "#5a2623"),
}
_INKS = {
    Effect.JOINS: ("#1d6b2a", "#8fd89a"),
    Effect.PENDING: ("#8a6100", "#f0cd6e"),
    Effect.RECORDED: ("#2f4f9a", "#9db5ec"),
    Effect.BLOCKS: ("#b3261e", "#ff9b91"),
}
BREAK_COLOUR = ("#c62828", "#ff6b60")  # a silence break: red, with a flag and a word
STATEMENT_MARK = "¶"  # after a position's letter: it carries a statement for the record


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(pair: tuple[str, str], palette: QPalette | None) -> QColor:
    return QColor(pair[1] if is_dark(palette) else pair[0])


def tint(position: Position, palette: QPalette | None = None) -> QColor | None:
    """The cell's background; none for "not stated", so the empty grid stays calm."""
    if position is Position.NOT_STATED:
        return None
    return _pick(_TINTS[position.effect], palette)


def ink(effect: Effect, palette: QPalette | None = None) -> QColor:
    return _pick(_INKS[effect], palette)


def letter_colour(position: Position, palette: QPalette | None = None) -> QColor:
    """A cell's letter, and its statement mark: the effect's ink on its tint, the
    placeholder colour for "not stated" (on the plain background)."""
    if position is Position.NOT_STATED:
        pal = palette or QApplication.palette()
        return pal.color(QPalette.ColorRole.PlaceholderText)
    return ink(position.effect, palette)


def break_colour(palette: QPalette | None = None) -> QColor:
    return _pick(BREAK_COLOUR, palette)


def focus_colours(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """The current cell's frame: the selection colour, lined inside with the text colour,
    which stands out from every tint even where the selection colour does not."""
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.Text)


def draw_shape(painter: QPainter, rect: QRectF, effect: Effect, colour: QColor) -> None:
    """The effect's shape inside ``rect`` (a square)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.5, rect.width() / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = rect.adjusted(rect.width() * 0.15, rect.height() * 0.15, -rect.width() * 0.15,
                      -rect.height() * 0.15)  # fmt: skip
    if effect is Effect.JOINS:
        path = QPainterPath(QPointF(r.left(), r.center().y()))
        path.lineTo(QPointF(r.left() + r.width() * 0.38, r.bottom()))
        path.lineTo(QPointF(r.right(), r.top()))
        painter.drawPath(path)
    elif effect is Effect.PENDING:
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawEllipse(r)
    elif effect is Effect.RECORDED:
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()))
        painter.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()))
    else:
        painter.drawLine(r.topLeft(), r.bottomRight())
        painter.drawLine(r.topRight(), r.bottomLeft())
    painter.restore()


def effect_icon(effect: Effect, size: int = 16, palette: QPalette | None = None) -> QIcon:
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_shape(painter, QRectF(0, 0, size, size), effect, ink(effect, palette))
    painter.end()
    return QIcon(pixmap)


def consensus_effect(state: ConsensusState) -> Effect:
    """The shape and colour that stand for an item's state in its header."""
    return {
        ConsensusState.CONSENSUS: Effect.JOINS,
        ConsensusState.PENDING: Effect.PENDING,
        ConsensusState.BLOCKED: Effect.BLOCKS,
    }[state]
