"""The secretariat's texts as the interface shows them: in the interface's language, else in
the other one (an item titled only in French shows its French title in an English window,
rather than nothing). Editing stays explicit: the dialogs show both versions side by side.
"""

from __future__ import annotations

from desktop.domain.texts import Bilingual
from desktop.ui.labels import ui_language


def in_ui_language(english: str, french: str) -> str:
    """The version in the interface's language, else the other one."""
    return Bilingual(english, french).shown(ui_language())[0]
