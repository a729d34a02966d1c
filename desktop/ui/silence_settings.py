"""What the silence watch remembers: when to remind before a deadline, whether to notify on
the desktop, and how often to look for letters recorded at another workstation.

Kept apart from ``settings.py``, over the same injected ``QSettings`` (``AppSettings.store``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QSettings

DEFAULT_REMINDERS = (timedelta(hours=24), timedelta(hours=1))
DEFAULT_LOOK_EVERY = timedelta(minutes=5)
_REMINDERS = "silence/reminder_minutes"
_NOTIFY = "silence/notifications"
_LOOK = "silence/look_every_minutes"


class SilenceSettings:
    def __init__(self, store: QSettings) -> None:
        self._store = store

    def reminders(self) -> list[timedelta]:
        """How long before a deadline to remind, longest first (default 24 h and 1 h)."""
        value = self._store.value(_REMINDERS, None)
        if value is None:
            return list(DEFAULT_REMINDERS)
        # The ini format hands back a list, a single string, or "" for an empty list.
        items = value if isinstance(value, list) else str(value).split(",")
        read = (_minutes(item) for item in items)
        minutes = {m for m in read if m is not None and m > 0}
        return [timedelta(minutes=m) for m in sorted(minutes, reverse=True)]

    def set_reminders(self, offsets: Sequence[timedelta]) -> None:
        minutes = sorted({int(o.total_seconds() // 60) for o in offsets if o > timedelta(0)})
        self._store.setValue(_REMINDERS, ",".join(str(m) for m in reversed(minutes)))

    def notifications(self) -> bool:
        """Desktop notifications (the system tray's messages) are on unless turned off."""
        return str(self._store.value(_NOTIFY, "true")).lower() not in ("false", "0", "no")

    def set_notifications(self, on: bool) -> None:
        self._store.setValue(_NOTIFY, "true" if on else "false")

    def look_every(self) -> timedelta:
        """How often to look for letters recorded elsewhere (a shared database); zero: never."""
        minutes = _minutes(self._store.value(_LOOK, None))
        return DEFAULT_LOOK_EVERY if minutes is None else timedelta(minutes=max(minutes, 0))

    def set_look_every(self, every: timedelta) -> None:
        self._store.setValue(_LOOK, str(int(every.total_seconds() // 60)))


def _minutes(value: object) -> int | None:
    try:
        return int(str(value).strip())
    except ValueError:
        return None
