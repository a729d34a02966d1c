"""Unexpected errors: a sentence in a dialog for the user, the traceback in a log file."""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME
from desktop.services import ServiceError


def write_log(log_file: Path, text: str) -> bool:
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as stream:
            stream.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        return False
    return True


def sentence_for(error: BaseException, log_file: Path, *, logged: bool) -> str:
    if isinstance(error, ServiceError):
        return str(error)
    translate = QCoreApplication.translate
    what = translate(
        "errors",
        "Something went wrong that Tour de Table did not expect (%1). Changes made before "
        "this were saved.",
    ).replace("%1", type(error).__name__)
    if logged:
        where = translate(
            "errors", "The details were written to %1; send that file to your support."
        )
        return f"{what} {where.replace('%1', str(log_file))}"
    return what


def install_excepthook(log_file: Path) -> None:
    """Show unexpected errors as a sentence and keep the app running; log the traceback."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(text)
        logged = write_log(log_file, text)
        if showing:  # an error while the dialog is up: logged, not stacked
            return
        showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical, APP_NAME, sentence_for(error, log_file, logged=logged)
            )
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook
