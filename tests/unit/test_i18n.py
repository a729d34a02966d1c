"""The sentences written outside Qt (desktop/i18n.py): the French catalogue is complete and
in step with the sources, and a user running in French meets refusals in French, with their
values in place."""

from __future__ import annotations

import gettext
import io
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from desktop import i18n
from desktop.domain.errors import SilenceError
from desktop.domain.outcomes import Discrepancy, OutcomeWarning
from desktop.domain.silence import SilenceProcedure
from desktop.services import Actor, ValidationError, Workspace
from desktop.services.backups import check_restorable
from desktop.services.conflicts import ConflictError
from desktop.services.session_file import parse
from desktop.services.session_file.model import SessionFileError

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "resources" / "translations" / "messages_fr.po"
# What `make messages-update` extracts (keep in step with MESSAGE_SOURCES in the Makefile).
SOURCES = [
    "desktop/domain", "desktop/services", "desktop/reports", "db", "desktop/i18n.py",
    "desktop/cli.py", "desktop/cli_commands.py", "desktop/cli_review.py",
    "desktop/qt_platform.py",
]  # fmt: skip
NBSP = "\u00a0"
_PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")


def _catalogue() -> object:
    with PO.open("rb") as stream:
        return read_po(stream, locale="fr")


def _ids(message: object) -> tuple[str, ...]:
    value = message.id  # type: ignore[attr-defined]
    return value if isinstance(value, tuple) else (value,)


def _strings(message: object) -> tuple[str, ...]:
    value = message.string  # type: ignore[attr-defined]
    return value if isinstance(value, tuple) else (value,)


@pytest.fixture
def french() -> Iterator[None]:
    """French from the .po itself (compiled in memory, so no build step is needed), and
    English again afterwards."""
    buffer = io.BytesIO()
    write_mo(buffer, _catalogue())  # type: ignore[arg-type]
    buffer.seek(0)
    i18n.reset_for_tests()
    i18n._catalogues["fr"] = gettext.GNUTranslations(buffer)
    i18n.set_language("fr")
    yield
    i18n.set_language("en")
    i18n.reset_for_tests()


# ---------------------------------------------------------------------- the catalogue
def test_every_message_has_a_french_translation_that_is_not_fuzzy() -> None:
    missing = [
        _ids(m)[0]
        for m in _catalogue()  # type: ignore[attr-defined]
        if m.id and (m.fuzzy or not all(s.strip() for s in _strings(m)))
    ]
    assert missing == []


def test_translations_keep_the_placeholders_and_french_typography() -> None:
    wrong = []
    for m in _catalogue():  # type: ignore[attr-defined]
        if not m.id:
            continue
        wanted = {name.lower() for text in _ids(m) for name in _PLACEHOLDER.findall(text)}
        for text in _strings(m):
            used = {name.lower() for name in _PLACEHOLDER.findall(text)}
            plain_space = re.search(r" [:;?!»]|« ", text)
            if not used <= wanted or plain_space:
                wrong.append(text)
    assert wrong == []


def test_every_wrapped_sentence_in_the_sources_is_in_the_catalogue(tmp_path: Path) -> None:
    pot = tmp_path / "messages.pot"
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "--no-location", "-k", "N_", "-o", str(pot)]
        + [str(ROOT / source) for source in SOURCES]
    )
    with pot.open("rb") as stream:
        extracted = {_ids(m)[0] for m in read_po(stream) if m.id}
    translated = {_ids(m)[0] for m in _catalogue() if m.id}  # type: ignore[attr-defined]
    assert sorted(extracted - translated) == [], "run `make messages-update`, then translate"
    assert sorted(translated - extracted) == [], "sentences no longer in the sources"


def test_a_missing_catalogue_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "DOMAIN", "no-such-catalogue")
    i18n.reset_for_tests()
    i18n.set_language("fr")
    try:
        assert i18n._("The form") == "The form"
    finally:
        i18n.set_language("en")
        i18n.reset_for_tests()


def test_an_unknown_language_is_english() -> None:
    i18n.set_language("pseudo")
    assert i18n.language() == "en"


# ---------------------------------------------------------------------- refusals in French
@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    clock = lambda: datetime(2024, 5, 2, 8, 0, tzinfo=UTC)  # noqa: E731
    workspace = Workspace.open(tmp_path / "fr.sqlite", actor=Actor("t", "ws"), clock=clock)
    yield workspace
    workspace.close()


def test_a_refused_session_creation_is_french_with_its_words(french: None, ws: Workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        ws.sessions.create(
            body_kind="NAC", level="military_representatives", session_date=date(2024, 5, 2)
        )
    text = str(refused.value)
    assert text.startswith("Le Conseil de l'Atlantique Nord ne se réunit pas au niveau des ")
    assert f"choisissez l'un des niveaux suivants{NBSP}:" in text
    assert "ministres des Affaires étrangères" in text


def test_a_body_that_did_not_exist_says_so_with_french_dates(french: None, ws: Workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        ws.sessions.create(
            body_kind="DPC", level="permanent_representatives", session_date=date(2012, 3, 1)
        )
    assert str(refused.value) == (
        f"Le Comité des plans de défense ne s'est pas réuni le 1er{NBSP}mars 2012{NBSP}: il n'a "
        f"existé que du 1er{NBSP}janvier 1963 au 31{NBSP}décembre 2010. Vérifiez la date ou "
        "l'organe de la séance."
    )


def test_a_damaged_backup_is_refused_in_french(french: None, tmp_path: Path) -> None:
    backup = tmp_path / "tourdetable-20240502T080000Z-open.sqlite"
    backup.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ValidationError) as refused:
        check_restorable(backup)
    text = str(refused.value)
    assert text.startswith(
        f"La sauvegarde {backup.name} n'a pas été restaurée et rien n'a été modifié{NBSP}: "
    )
    assert text.endswith("Choisissez-en une autre.")


def test_a_conflict_names_the_field_and_value_in_french(
    french: None, ws: Workspace, tmp_path: Path
) -> None:
    session = ws.sessions.create(
        body_kind="NAC", level="permanent_representatives", session_date=date(2024, 5, 2)
    ).value.id
    ws.sessions.update(session, expected={"place": ""}, place="Bruxelles")
    with pytest.raises(ConflictError) as refused:
        ws.sessions.update(session, expected={"place": ""}, place="Mons")
    assert str(refused.value) == (
        f"Une autre fenêtre a modifié entre-temps le lieu de la séance (valeur actuelle{NBSP}: "
        f'"Bruxelles"){NBSP}; votre modification n\'a pas été enregistrée. Le formulaire '
        "affiche la valeur actuelle."
    )


def test_a_session_file_problem_is_french(french: None) -> None:
    with pytest.raises(SessionFileError) as refused:
        parse(b'[{"format": 1}]', source="séance.json")
    assert str(refused.value) == (
        f"Le fichier contient un tableau au premier niveau{NBSP}; un fichier de séance est un "
        'objet JSON qui commence par {"format": "tourdetable-session", …}.'
    )


def test_a_silence_rule_and_an_outcome_warning_are_french(french: None) -> None:
    launched = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
    with pytest.raises(SilenceError, match=r"^L'échéance doit être postérieure au lancement"):
        SilenceProcedure.launch(launched, launched, frozenset({"FRA"}))
    warning = OutcomeWarning(Discrepancy.OBJECTION_STANDS, ("HUN", "TUR"))
    assert warning.message == "Une objection est maintenue (HUN, TUR)."


def test_english_is_back_after_french(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match=r"^The North Atlantic Council does not meet"):
        ws.sessions.create(
            body_kind="NAC", level="military_representatives", session_date=date(2024, 5, 2)
        )


# ---------------------------------------------------------------------- the hour that happens twice
BRUSSELS_ZONE = ZoneInfo("Europe/Brussels")
# 25 October 2026: Brussels' clocks go back at 03:00 CEST, and show 02:00 to 03:00 twice.
FIRST = datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone(BRUSSELS_ZONE)  # 02:30 CEST
SECOND = datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone(BRUSSELS_ZONE)  # 02:30 CET


def test_a_time_in_the_repeated_hour_is_marked_with_its_abbreviation() -> None:
    assert FIRST.replace(tzinfo=None) == SECOND.replace(tzinfo=None)  # the same wall clock
    assert (i18n.repeated_hour_mark(FIRST), i18n.repeated_hour_mark(SECOND)) == ("CEST", "CET")


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 10, 25, 1, 59, tzinfo=BRUSSELS_ZONE),  # before the repeated hour
        datetime(2026, 10, 25, 3, 0, tzinfo=BRUSSELS_ZONE),  # after it
        datetime(2026, 3, 29, 3, 30, tzinfo=BRUSSELS_ZONE),  # the night they go forward
        datetime(2026, 3, 29, 2, 30, tzinfo=BRUSSELS_ZONE),  # skipped: no instant shows it
        datetime(2026, 10, 25, 2, 30),  # naive: it names no zone
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
        datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=2))),  # a fixed offset
    ],
)
def test_every_other_time_is_left_as_it_is(moment: datetime) -> None:
    assert i18n.repeated_hour_mark(moment) == ""


def test_the_offset_tells_them_apart_when_the_abbreviations_do_not() -> None:
    # Moscow went back from UTC+4 to UTC+3 on 26 October 2014, "MSK" before and after.
    moscow = datetime(2014, 10, 26, 1, 30, tzinfo=ZoneInfo("Europe/Moscow"))
    marks = [i18n.repeated_hour_mark(moscow.replace(fold=f)) for f in (0, 1)]
    assert marks == ["UTC+04:00", "UTC+03:00"]
    # Lord Howe goes back half an hour, and names its offsets with digits.
    lord_howe = datetime(2026, 4, 5, 1, 45, tzinfo=ZoneInfo("Australia/Lord_Howe"))
    marks = [i18n.repeated_hour_mark(lord_howe.replace(fold=f)) for f in (0, 1)]
    assert marks == ["UTC+11:00", "UTC+10:30"]


def test_a_time_inside_a_sentence_says_which_in_both_languages() -> None:
    assert i18n.moment_text(FIRST, weekday=True) == "Sunday 25 October 2026 02:30 CEST"
    assert i18n.moment_text(SECOND) == "25 October 2026 02:30 CET"
    assert i18n.moment_text(FIRST.replace(hour=3)) == "25 October 2026 03:30"
    i18n.set_language("fr")
    try:
        assert i18n.moment_text(FIRST, weekday=True) == (
            f"dimanche 25{NBSP}octobre 2026 à 2{NBSP}h{NBSP}30{NBSP}CEST"
        )
        assert i18n.moment_text(SECOND) == f"25{NBSP}octobre 2026 à 2{NBSP}h{NBSP}30{NBSP}CET"
    finally:
        i18n.set_language("en")


def test_every_module_with_sentences_is_extracted() -> None:
    """A new module outside the listed folders that says something through ``_()`` must be
    in SOURCES (and the Makefile's MESSAGE_SOURCES), or its sentences stay English."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    listed = set(SOURCES)
    for module in sorted((ROOT / "desktop").glob("*.py")):
        text = module.read_text(encoding="utf-8")
        if re.search(r"\b(?:_|N_|ngettext)\(\s*\"", text):
            name = module.relative_to(ROOT).as_posix()
            assert name in listed, f"{name} says things through _() but is not extracted"
            assert name in makefile, f"{name} is missing from the Makefile's MESSAGE_SOURCES"
