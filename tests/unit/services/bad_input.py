"""What a person may type, and what a file may hold: the strategies and the checks that the
``test_bad_input_*`` modules share.

The rule every service keeps (issue 7): a value typed is either stored and read back exactly
(after the normalisation the service documents: most fields are *trimmed* with ``str.strip``,
statements are kept as typed), or refused with a ``ServiceError`` whose message is one short
sentence, and then nothing stored has changed. Never another exception.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st

from desktop.domain.timezones import EARLIEST, LATEST
from desktop.services import Actor, ServiceError, Workspace
from desktop.services.session_file import parse
from desktop.services.text_rules import CONTROL, invisible_in, is_code

T = TypeVar("T")

# One setting for every property here: the whole set stays well under 40 s.
FAST = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces a paste, a hostile file or an unlucky keyboard brings.
NASTY_PIECES = (
    "",
    " ",
    "   \t ",
    "\n",
    "\r\n",
    "\r",
    "\x00",
    "a\x00b",
    "\x01\x02\x07\x08",
    "\x1b[31mred\x1b[0m",
    "\x7f",
    "\x85",
    "\x9b",
    "\u00a0",
    "\u200b",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066abc\u2069",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffd",
    "\uffff",
    "\U0010ffff",
    "مجلس شمال الأطلسي",
    "מועצת צפון האוקיינוס האטלנטי",
    "\u202bשלום\u202c",
    "🙂",
    "👩\u200d👩\u200d👧\u200d👦",
    "🇧🇪",
    "e\u0301",
    "Z\u0324\u0354\u0367\u0311a\u0316\u0353",
    "ß",
    "İ",
    "ﬃ",
    "漢字",
    "<b>",
    "</b>",
    "</para>",
    "<para>",
    "<br/>",
    "&amp;",
    "&",
    "&#0;",
    "<",
    "<font color='red'>x</font>",
    "'; DROP TABLE sessions; --",
    "' OR 1=1 --",
    '"',
    "\\",
    "%s",
    "%",
    "_",
    "{}",
    "{0}",
    "${x}",
    "\\u0000",
    "NEAR(",
    "title:",
    "*",
    "=1+1",
    "Brussels",
    "C-M(2024)0001",
)
# Half characters: no UTF-8 text can hold them, so every service must refuse them clearly.
SURROGATES = ("\ud800", "\udfff", "a\udc80b", "\udbff\udbff")

_PIECE = st.sampled_from(NASTY_PIECES)
NASTY = st.one_of(
    _PIECE,
    st.lists(st.one_of(_PIECE, st.text(max_size=6)), max_size=6).map("".join),
    st.text(max_size=40),
)
# The same, sometimes with a lone surrogate in it.
NASTY_OR_HALF = st.one_of(
    NASTY,
    st.tuples(NASTY, st.sampled_from(SURROGATES), NASTY).map("".join),
)
# 100 000 characters: given to each service once, with @example (it is slow to store).
LONG = ("Lorem ipsum <b>&amp; مجلس 🙂 " * 4000)[:100_000]
LONG_LINE = "x" * 100_000

# Odd zones: far ahead, far behind, half and quarter hours, a half-hour DST, a day's width.
ODD_ZONES = (
    UTC,
    ZoneInfo("Europe/Brussels"),
    ZoneInfo("Pacific/Kiritimati"),
    ZoneInfo("Pacific/Pago_Pago"),
    ZoneInfo("Asia/Kathmandu"),
    ZoneInfo("America/St_Johns"),
    ZoneInfo("Australia/Lord_Howe"),
    timezone(timedelta(hours=23, minutes=59)),
    timezone(-timedelta(hours=23, minutes=59)),
)
_BRUSSELS = ZoneInfo("Europe/Brussels")
# The calendar's ends and Brussels' DST nights, naive (wall clock) and aware.
EDGE_MOMENTS = (
    datetime(1, 1, 1),
    datetime(1, 1, 1, tzinfo=UTC),
    datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=5))),
    datetime(1, 1, 2, 12, tzinfo=UTC),
    datetime(9999, 12, 31, 23, 59, 59, 999999),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(9999, 12, 31, 20, tzinfo=timezone(-timedelta(hours=5))),
    datetime(9999, 12, 30, 12, tzinfo=UTC),
    datetime(2024, 3, 31, 2, 30),  # does not exist in Brussels
    datetime(2024, 10, 27, 2, 30),  # occurs twice in Brussels
    datetime(2024, 10, 27, 2, 30, tzinfo=_BRUSSELS, fold=1),
    datetime(2024, 3, 31, 2, 30, tzinfo=_BRUSSELS),  # imaginary, but aware
    datetime(2030, 1, 1, 0, 0, 0, 1, tzinfo=ZoneInfo("Pacific/Kiritimati")),
)
MOMENTS = st.one_of(
    st.sampled_from(EDGE_MOMENTS),
    st.datetimes(timezones=st.none() | st.sampled_from(ODD_ZONES)),
    st.datetimes(
        min_value=datetime(2024, 1, 1),
        max_value=datetime(2031, 1, 1),
        timezones=st.none() | st.sampled_from(ODD_ZONES),
    ),
)
DAYS = st.one_of(
    st.sampled_from((date(1, 1, 1), date(9999, 12, 31), date(2024, 2, 29))),
    st.dates(),
)


# ---------------------------------------------------------------------- a workspace
class Clock:
    def __init__(self) -> None:
        self.moment = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.moment


def module_workspace(
    factory: pytest.TempPathFactory, name: str
) -> Iterator[tuple[Workspace, Clock]]:
    """One database for a test module (hypothesis runs many examples on it)."""
    clock = Clock()
    ws = Workspace.open(factory.mktemp(name) / "bad.sqlite", actor=Actor("t", "w"), clock=clock)
    yield ws, clock
    ws.close()


def new_session(ws: Workspace) -> tuple[int, int]:
    """A fresh NAC session of 2024-05-02 with one agenda item: (session id, item id)."""
    sid = ws.sessions.create(
        body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2)
    ).value.id
    return sid, ws.agenda.add_item(sid, "An item").value.id


# ---------------------------------------------------------------------- the checks
def half(value: str) -> bool:
    """Whether ``value`` holds a lone surrogate."""
    return re.search("[\ud800-\udfff]", value) is not None


def trimmed(value: str, limit: int | None = None, *, required: bool = False) -> str | None:
    """What a trimmed field stores for ``value``, or None when it must be refused. A field
    with a ``limit`` is one line: a control character left after trimming is refused."""
    if half(value):
        return None
    text = value.strip()
    if (limit is not None and len(text) > limit) or (required and not text):
        return None
    if limit is not None and CONTROL.search(text):
        return None
    return text


def reference_of(value: str) -> str | None:
    """What a session's reference stores for ``value`` (trimmed, one line, nothing
    invisible), or None when it must be refused."""
    text = trimmed(value, 60)
    return None if text is None or invisible_in(text) is not None else text


def code_of(value: str) -> str | None:
    """What a participant's code stores for ``value``, or None when it must be refused."""
    text = trimmed(value, 60, required=True)
    return text if text is not None and is_code(text) else None


def as_typed(value: str) -> str | None:
    """What a field kept as typed (a statement) stores, or None when it must be refused."""
    return None if half(value) else value


def check_sentence(error: ServiceError) -> str:
    """The error's message: one sentence, short, that a user can read."""
    message = str(error)
    assert message.strip(), f"{type(error).__name__} with no message"
    assert len(message) <= 400, f"a message of {len(message)} characters: {message[:200]}…"
    assert "Traceback" not in message and "sqlalchemy" not in message.lower()
    assert message.rstrip()[-1] in ".?!)”\"'", message
    return message


def attempt(ws: Workspace, session_id: int, call: Callable[[], T]) -> T | ServiceError:
    """``call()``'s answer, or the ServiceError it raised, after checking its sentence and
    that the session's file (everything stored about it) did not change."""
    before = ws.files.export_session(session_id)
    try:
        answer = call()
    except ServiceError as error:
        event(f"refused ({type(error).__name__})")
        check_sentence(error)
        assert ws.files.export_session(session_id) == before, "a refusal changed the record"
        return error
    event("stored")
    return answer


def exported(ws: Workspace, session_id: int) -> dict[str, Any]:
    """The session's file as JSON, after checking that import would read it back."""
    data = ws.files.export_session(session_id)
    parse(data)  # raises SessionFileError when export wrote what import refuses
    document: dict[str, Any] = json.loads(data)
    return document


def expected_moment(moment: datetime) -> datetime | None:
    """The UTC instant an aware ``moment`` is stored as, or None when it must be refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return None
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:
        return None
    return utc if EARLIEST <= utc <= LATEST else None


def file_names(tmp: Path) -> list[Path]:
    """Odd but legal file names, for exports."""
    return [tmp / name for name in ("a b.x", "é 漢字 🙂.x", "<b>&amp;.x", "\u202eevil.x", "'.x")]
