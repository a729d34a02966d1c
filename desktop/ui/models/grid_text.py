"""What the position grid says in words: its headers, and each cell's tooltip and what a
screen reader reads on it. The strings keep the ``GridModel`` context (its translations)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.consensus import Consensus, ConsensusState
from desktop.domain.positions import Position
from desktop.domain.sessions import AgendaKind
from desktop.services.dto import AgendaItem, Delegation, PositionEntry
from desktop.ui.labels import capitalised, shown, ui_language

translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def consensus_text(consensus: Consensus) -> str:
    """The header's one line: consensus / pending N / blocked by XXX."""
    if consensus.state is ConsensusState.BLOCKED:
        return translate("GridModel", "Blocked by %1").replace("%1", ", ".join(consensus.objecting))
    if consensus.state is ConsensusState.PENDING:
        return translate("GridModel", "Pending %1").replace("%1", str(len(consensus.pending)))
    return translate("GridModel", "Consensus")


def item_heading(item: AgendaItem, consensus: Consensus | None) -> str:
    """An item's column header: its number, the start of its title, where consensus stands."""
    state = consensus_text(consensus) if consensus else ""
    if _no_decision_sought(item, consensus):
        state = capitalised(item.kind.label)  # nothing is pending on a briefing
    return f"{item.number}. {_short(item.title)}\n{state}"


def item_tooltip(item: AgendaItem, consensus: Consensus | None) -> str:
    lines = [f"{item.number}. {item.title}"]
    if consensus is not None:
        lines.append(consensus_text(consensus))
        if consensus.pending and consensus.state is ConsensusState.PENDING:
            lines.append(
                translate("GridModel", "Still to hear: %1").replace(
                    "%1", " ".join(consensus.pending)
                )
            )
    return "\n".join(lines)


def delegation_tooltip(delegation: Delegation) -> str:
    parts = [delegation.name(ui_language())]
    if not delegation.has_decision_rights:
        parts.append(translate("GridModel", "no decision rights"))
    if not delegation.present:
        parts.append(translate("GridModel", "absent"))
    if delegation.head_of_delegation:
        parts.append(delegation.head_of_delegation)
    return " — ".join(parts)


def describe(
    delegation: Delegation,
    item: AgendaItem,
    entry: PositionEntry | None,
    broke: bool,
    slow: bool = False,
) -> str:
    """A cell's tooltip. ``slow``: keyed a while ago and not stored yet."""
    position = entry.position if entry else Position.NOT_STATED
    name = delegation.name(ui_language())
    text = (
        translate("GridModel", "%1 on item %2: %3")
        .replace("%1", name)
        .replace("%2", str(item.number))
    )
    text = text.replace("%3", shown(position.label))
    if entry is not None and entry.text:
        text += "\n" + translate("GridModel", "Statement: %1").replace("%1", entry.text)
    if broke:
        text += "\n" + translate("GridModel", "Broke silence on this item.")
    if not delegation.present:
        text += "\n" + translate("GridModel", "Absent.")
    if slow:
        text += "\n" + translate("GridModel", "Not saved yet: waiting for the database.")
    return text


def accessible_name(
    delegation: Delegation,
    item: AgendaItem,
    entry: PositionEntry | None,
    broke: bool,
    slow: bool = False,
) -> str:
    """What a screen reader says on the cell: "Türkiye, item 3: objection, with
    statement" (the statement itself is the description)."""
    position = entry.position if entry else Position.NOT_STATED
    text = translate("GridModel", "%1, item %2: %3").replace("%1", delegation.name(ui_language()))
    parts = [text.replace("%2", str(item.number)).replace("%3", shown(position.label))]
    if entry is not None and entry.text:
        parts.append(translate("GridModel", "with statement"))
    if broke:
        parts.append(translate("GridModel", "broke silence"))
    if not delegation.present:
        parts.append(translate("GridModel", "absent"))
    if slow:
        parts.append(translate("GridModel", "not saved yet"))
    return ", ".join(parts)


def accessible_description(entry: PositionEntry | None, broke: bool) -> str:
    lines = []
    if entry is not None and entry.text:
        lines.append(translate("GridModel", "Statement: %1").replace("%1", entry.text))
    if broke:
        lines.append(translate("GridModel", "Broke silence on this item."))
    return "\n".join(lines)


def _no_decision_sought(item: AgendaItem, consensus: Consensus | None) -> bool:
    """Discussion, information and any other business: no consensus is sought, so "pending"
    would alarm for nothing (an objection is still shown)."""
    return item.kind is not AgendaKind.DECISION and (
        consensus is None or consensus.state is not ConsensusState.BLOCKED
    )


def _short(title: str, limit: int = 14) -> str:
    """The start of an item's title for its column header (the tooltip has it whole)."""
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
