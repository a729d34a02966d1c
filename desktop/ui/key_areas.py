"""The keys of an area of the window, read from its widgets: what the keyboard sheet
(``shortcuts_dialog``) lists, and what a page answers when asked for its own key areas.

A page knows its tabs and the keys its widgets read themselves (a key table), so it says its
areas itself (``SessionPage.key_areas``); the sheet only puts them after the menus'.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from desktop.ui.keys import keys_text


@dataclass(frozen=True)
class Area:
    title: str
    rows: tuple[tuple[str, str], ...]  # (keys as the platform writes them, what they do)


class HasKeyAreas(Protocol):
    """A page that says its own key areas, in the order the sheet shows them."""

    def key_areas(self) -> list[Area]: ...


def plain(text: str) -> str:
    """An action's text without its mnemonic, its trailing "…" or a key shown after a tab."""
    return (
        text.split("\t", 1)[0].replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    )


def _keys(sequences: Iterable[QKeySequence]) -> str:
    return ", ".join(keys_text(s) for s in sequences if not s.isEmpty())


def action_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, name) of every action bound to keys, in order, each once."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        keys = _keys(action.shortcuts())
        row = (keys, plain(action.text()) or plain(action.toolTip()))
        if keys and row[1] and row not in rows:
            rows.append(row)
    return rows


def shortcut_rows(shortcuts: Iterable[QShortcut]) -> list[tuple[str, str]]:
    """(keys, name) of the ``QShortcut`` objects that say what they do (``whatsThis``)."""
    named: dict[str, list[QKeySequence]] = {}
    for shortcut in shortcuts:
        if shortcut.whatsThis():
            named.setdefault(shortcut.whatsThis(), []).append(shortcut.key())
    return [(_keys(keys), name) for name, keys in named.items()]


def widget_area(title: str, widget: QWidget, first: Iterable[tuple[str, str]] = ()) -> Area:
    """The keys bound inside ``widget`` (its own and its children's actions and shortcuts)."""
    rows = list(first)
    actions = [widget, *widget.findChildren(QWidget)]
    for row in action_rows(a for w in actions for a in w.actions()):
        if row not in rows:
            rows.append(row)
    rows.extend(r for r in shortcut_rows(widget.findChildren(QShortcut)) if r not in rows)
    return Area(title, tuple(rows))
