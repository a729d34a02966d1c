"""The light and dark palettes the app is checked against: Fusion's light palette, and what
a dark desktop theme hands to Qt, both with a selection and a placeholder grey dark enough for
WCAG AA (Fusion's own fall short: white on its blue is 3.7:1, its placeholder 4:1). The
screenshots are taken in them and the contrast test measures them with the app's own colours
(``marks``), so what the docs show is what is checked.

``contrast`` is the WCAG 2 contrast ratio of two colours, from their relative luminance.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

SCHEMES = ("light", "dark")

_LIGHT = {  # over Fusion's standard palette
    QPalette.ColorRole.Highlight: "#2b6cb0",
    QPalette.ColorRole.PlaceholderText: "#6b6b6b",
}
_DARK = {
    QPalette.ColorRole.Window: "#2b2b2e",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f22",
    QPalette.ColorRole.AlternateBase: "#27272a",
    QPalette.ColorRole.ToolTipBase: "#3a3a3e",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#a0a0a6",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#35353a",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#4a4a50",
    QPalette.ColorRole.Midlight: "#3d3d42",
    QPalette.ColorRole.Mid: "#2f2f33",
    QPalette.ColorRole.Dark: "#18181a",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3572cc",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
}
_DARK_DISABLED = "#77777c"


def light_palette() -> QPalette:
    """Fusion's standard palette: what the app looks like on a light desktop."""
    style = QStyleFactory.create("Fusion")
    assert style is not None  # Fusion is built into Qt
    palette = QPalette(style.standardPalette())
    style.deleteLater()
    for role, colour in _LIGHT.items():
        palette.setColor(role, QColor(colour))
    return palette


def dark_palette() -> QPalette:
    """What a dark desktop theme hands to Qt (a virtual X server has no theme to ask)."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DARK_DISABLED))
    return palette


def palette(scheme: str) -> QPalette:
    """``scheme`` is "light" or "dark"."""
    return dark_palette() if scheme == "dark" else light_palette()


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour (0 black to 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` painted on ``background``: what the eye sees of a translucent colour."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of ``foreground`` on an opaque ``background``, from 1 (same
    luminance) to 21 (black on white)."""
    first, second = over(foreground, background), background
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
