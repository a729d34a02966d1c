"""What the position grid says in words: its headers, and each cell's tooltip and what a
screen reader reads on it. The strings keep the ``GridModel`` context (its translations).

A header says where its item stands in the domain's own words (``desktop.domain.standing``:
the same state the item panel, the room display, the minutes and the command line show),
in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.consensus import Consensus, ConsensusState
from desktop.domain.positions import Position
from desktop.domain.standing import Lead, Standing, long_text, short_text, standing_of
from desktop.services.dto import AgendaItem, Delegation, PositionEntry
from desktop.ui.labels import shown, ui_language
from desktop.ui.texts import in_ui_language

translate = QCoreApplication.translate  # spelled out so that lupdate finds the strings


def consensus_text(consensus: Consensus) -> str:
    """The table's state in a few words: consensus / pending N / blocked by XXX."""
    return short_text(standing_of(consensus, {}), ui_language())


def state_text(standing: Standing) -> str:
    """Where an item stands in a few words: "Pending 3", "Silence broken by TUR", "Agreed ad
    referendum", "Agreed ⚠" (the record disagrees)."""
    return short_text(standing, ui_language())


def item_heading(item: AgendaItem, standing: Standing | None) -> str:
    """An item's column header: "N. title", newline, where it stands. The header shows the
    number and the state whole and elides the title to the room it has
    (``desktop.ui.session.item_header``)."""
    state = state_text(standing) if standing is not None else ""
    return f"{item.number}. {in_ui_language(item.title, item.title_fr)}\n{state}"


def item_tooltip(item: AgendaItem, standing: Standing | None) -> str:
    lines = [f"{item.number}. {in_ui_language(item.title, item.title_fr)}"]
    if standing is not None:
        lines.append(long_text(standing, ui_language()))
        lines += [warning.message for warning in standing.contradictions]
        consensus = standing.consensus
        # Who is still to hear at the table, when the state above does not already say so.
        if consensus.state is ConsensusState.PENDING and standing.lead not in (
            Lead.PENDING,
            Lead.NO_DECISION_SOUGHT,
        ):
            still = translate("GridModel", "Still to hear: %1")
            lines.append(still.replace("%1", " ".join(consensus.pending)))
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
