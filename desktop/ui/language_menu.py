"""Edit › Language: the system's language, English or French, applied at the next start.

Each language is named in itself ("Français"), as people look for their own language's name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui import i18n
from desktop.ui.settings import AppSettings


class LanguageMenu(QMenu):
    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget,
        *,
        say: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(self.tr("&Language"), parent)
        self._settings = settings
        self._say = say
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        names = {
            i18n.SYSTEM: self.tr("The System's Language"),
            i18n.ENGLISH: "English",
            i18n.FRENCH: "Français",
        }
        chosen = settings.language()
        self.choices: dict[str, QAction] = {}
        for choice in i18n.CHOICES:
            action = QAction(names[choice], self)
            action.setCheckable(True)
            action.setChecked(choice == chosen)
            action.setData(choice)
            action.triggered.connect(lambda _=False, c=choice: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)
            self.choices[choice] = action
            if choice == i18n.SYSTEM:
                self.addSeparator()
        self.note = ""  # the last sentence said about a change, for tests

    def choose(self, choice: str) -> None:
        """Remember ``choice``; it applies the next time Tour de Table starts."""
        if choice == self._settings.language():
            return
        self._settings.set_language(choice)
        self._settings.sync()
        language = i18n.resolve(choice)
        self.note = (
            "Tour de Table sera en français au prochain démarrage."
            if language == i18n.FRENCH
            else "Tour de Table will be in English the next time it starts."
        )
        self.choices[choice].setChecked(True)
        if self._say is not None:
            self._say(self.note)
