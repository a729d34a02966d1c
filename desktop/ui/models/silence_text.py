"""How silence procedures read: their states and letters in words, with icons (a red flag for
a break, as on the grid), and each row's cells and description in the session's zone and
the workstation's. Used by the silence model, the panel and the watch."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.domain.positions import Effect
from desktop.domain.silence import LetterStatus, SilenceState
from desktop.domain.timezones import BRUSSELS
from desktop.services.dto import ExtensionView, LetterView, SilenceView
from desktop.ui import marks
from desktop.ui.silence_time import countdown, differs, when, when_in

translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings

_STATE_EFFECTS = {
    SilenceState.UNDER_SILENCE: Effect.PENDING,
    SilenceState.ADOPTED: Effect.JOINS,
    SilenceState.WITHDRAWN: Effect.RECORDED,
}


def state_text(state: SilenceState) -> str:
    return {
        SilenceState.UNDER_SILENCE: translate("SilenceModel", "Under silence"),
        SilenceState.BROKEN: translate("SilenceModel", "Silence broken"),
        SilenceState.ADOPTED: translate("SilenceModel", "Adopted under silence"),
        SilenceState.WITHDRAWN: translate("SilenceModel", "Withdrawn"),
    }[state]


def letter_text(letter: LetterView) -> str:
    """What the letter does, in words."""
    paragraphs = ", ".join(letter.paragraphs)
    if letter.status is LetterStatus.BREAKS and paragraphs:
        return translate("SilenceModel", "Breaks silence (paragraphs %1)").replace("%1", paragraphs)
    return {
        LetterStatus.BREAKS: translate("SilenceModel", "Breaks silence"),
        LetterStatus.BREAK_WITHDRAWN: translate("SilenceModel", "Break withdrawn"),
        LetterStatus.LATE: translate("SilenceModel", "Late: received after the deadline"),
        LetterStatus.NO_DECISION_RIGHTS: translate("SilenceModel", "Recorded: no decision rights"),
        LetterStatus.COMMENT: translate("SilenceModel", "Editorial comment"),
        LetterStatus.AFTER_WITHDRAWAL: translate("SilenceModel", "Received after the withdrawal"),
    }[letter.status]


def break_icon(size: int = 16, palette: QPalette | None = None) -> QIcon:
    """A red flag on a pole, as the grid marks a cell where a delegation broke silence."""
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    red = marks.break_colour(palette)
    painter.setPen(QPen(red, max(1.5, size / 10)))
    pole = size * 0.28
    painter.drawLine(QPointF(pole, size * 0.1), QPointF(pole, size * 0.92))
    flag = QPainterPath(QPointF(pole, size * 0.1))
    flag.lineTo(QPointF(size * 0.9, size * 0.3))
    flag.lineTo(QPointF(pole, size * 0.52))
    flag.closeSubpath()
    painter.fillPath(flag, red)
    painter.end()
    return QIcon(pixmap)


def state_icon(state: SilenceState, palette: QPalette | None = None) -> QIcon:
    if state is SilenceState.BROKEN:
        return break_icon(palette=palette)
    return marks.effect_icon(_STATE_EFFECTS[state], palette=palette)


def letter_icon(letter: LetterView, palette: QPalette | None = None) -> QIcon:
    if letter.status is LetterStatus.BREAKS:
        return break_icon(palette=palette)
    if letter.status is LetterStatus.LATE:
        return marks.effect_icon(Effect.PENDING, palette=palette)
    return marks.effect_icon(Effect.RECORDED, palette=palette)


def _joined(*parts: str, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def _labelled(head: str, rest: str) -> str:
    """ "head: rest", as the language writes it (French: a space before the colon); either
    one alone when the other is empty."""
    if not head or not rest:
        return head or rest
    return translate("SilenceModel", "%1: %2").replace("%1", head).replace("%2", rest)


@dataclass
class Wording:
    """The cells and descriptions of a session's procedures, in its zone and this computer's.
    Cells come in the model's column order: state, what, deadline, local, remaining, text."""

    zone: str = BRUSSELS
    local: tzinfo = UTC
    items: dict[int, int] = field(default_factory=dict)  # item id: number on the agenda
    names: dict[str, str] = field(default_factory=dict)  # delegation code: name

    def item_label(self, view: SilenceView) -> str:
        number = self.items.get(view.item_id)
        return f"{number}. {view.item_title}" if number is not None else view.item_title

    def delegation_label(self, code: str) -> str:
        name = self.names.get(code)
        return f"{code} — {name}" if name else code

    def differs(self, moment: datetime) -> bool:
        return differs(moment, self.zone, self.local)

    def _local(self, moment: datetime, *, seconds: bool = False) -> str:
        return when(moment, self.local, seconds=seconds) if self.differs(moment) else ""

    # ------------------------------------------------------------------ cells
    def procedure_cells(self, view: SilenceView, now: datetime) -> list[str]:
        return [
            state_text(view.state),
            self.item_label(view),
            when(view.deadline, self.zone),
            self._local(view.deadline),
            self.remaining(view, now),
            _joined(view.text_reference, view.title),
        ]

    def letter_cells(self, letter: LetterView) -> list[str]:
        first = letter.text.splitlines()[0] if letter.text else ""
        return [
            letter_text(letter),
            self.delegation_label(letter.delegation),
            when(letter.received_at, self.zone, seconds=True),
            self._local(letter.received_at, seconds=True),
            "",
            _labelled(letter.reference, first),
        ]

    def extension_cells(self, extension: ExtensionView) -> list[str]:
        return [
            translate("SilenceModel", "Deadline extended"),
            translate("SilenceModel", "on %1").replace("%1", when(extension.at, self.zone)),
            when(extension.new_deadline, self.zone),
            self._local(extension.new_deadline),
            "",
            extension.reason,
        ]

    def remaining(self, view: SilenceView, now: datetime) -> str:
        if view.withdrawn_at is not None:
            return translate("SilenceModel", "withdrawn")
        if view.settled:
            return translate("SilenceModel", "settled")
        left = view.deadline - now
        return (
            countdown(left) if left.total_seconds() > 0 else translate("SilenceModel", "settling…")
        )

    # ------------------------------------------------------------------ descriptions
    def describe(self, view: SilenceView) -> str:
        """Everything about the procedure, for its tooltip and a screen reader."""
        lines = [_labelled(state_text(view.state), self.item_label(view))]
        text = _joined(view.text_reference, view.title)
        if text:
            lines.append(translate("SilenceModel", "Text: %1").replace("%1", text))
        utc = f"{view.deadline.astimezone(UTC):%H:%M} UTC"
        deadline = when_in(view.deadline, self.zone)
        lines.append(
            translate("SilenceModel", "Deadline: %1 (%2)")
            .replace("%1", deadline)
            .replace("%2", utc)
        )
        if self.differs(view.deadline):
            lines.append(
                translate("SilenceModel", "Your time: %1").replace(
                    "%1", when_in(view.deadline, self.local)
                )
            )
        for extension in view.extensions:
            line = translate("SilenceModel", "Extended on %1").replace(
                "%1", when(extension.at, self.zone)
            )
            lines.append(_labelled(line, extension.reason))
        if view.breaking:
            lines.append(
                translate("SilenceModel", "Broken by: %1").replace("%1", ", ".join(view.breaking))
            )
        launched = translate("SilenceModel", "Launched %1").replace(
            "%1", when(view.launched_at, self.zone)
        )
        if view.launched_by:
            launched = (
                translate("SilenceModel", "%1 by %2")
                .replace("%1", launched)
                .replace("%2", view.launched_by)
            )
        lines.append(launched)
        if view.withdrawn_at is not None:
            line = translate("SilenceModel", "Withdrawn %1").replace(
                "%1", when(view.withdrawn_at, self.zone)
            )
            lines.append(_labelled(line, view.withdrawal_reason))
        return "\n".join(lines)

    def describe_letter(self, letter: LetterView) -> str:
        received = when_in(letter.received_at, self.zone, seconds=True)
        lines = [
            _labelled(self.delegation_label(letter.delegation), letter_text(letter)),
            translate("SilenceModel", "Received %1").replace("%1", received),
        ]
        if letter.reference:
            lines.append(translate("SilenceModel", "Letter %1").replace("%1", letter.reference))
        if letter.text:
            lines.append(letter.text)
        return "\n".join(lines)

    def describe_extension(self, extension: ExtensionView) -> str:
        line = translate("SilenceModel", "Deadline extended on %1 to %2").replace(
            "%1", when(extension.at, self.zone)
        )
        line = line.replace("%2", when_in(extension.new_deadline, self.zone))
        return _labelled(line, extension.reason)
