"""Unexpected errors: a sentence in a dialog for the user, the traceback in the log
(``desktop.logs``)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, logs

log = logging.getLogger(__name__)


def sentence_for(error: BaseException, log_file: Path | None) -> str:
    """What the user reads: a ``ServiceError``'s own sentence, else that something
    unexpected happened, and where the details are when ``log_file`` holds them."""
    from desktop.services import ServiceError  # not at start: the window paints first

    if isinstance(error, ServiceError):
        return str(error)
    translate = QCoreApplication.translate
    what = translate(
        "errors",
        "Something went wrong that Tour de Table did not expect (%1). Changes made before "
        "this were saved.",
    ).replace("%1", type(error).__name__)
    if log_file is not None:
        where = translate(
            "errors", "The details were written to %1; send that file to your support."
        )
        return f"{what} {where.replace('%1', str(log_file))}"
    return what


def install_excepthook() -> None:
    """Show unexpected errors as a sentence and keep the app running; log the traceback."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Unexpected error", exc_info=(kind, error, tb))
        sys.__excepthook__(kind, error, tb)  # on stderr too, for whoever started the app there
        if showing:  # an error while the dialog is up: logged, not stacked
            return
        showing = True
        from PySide6.QtWidgets import QMessageBox  # not imported before the window paints

        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical, APP_NAME, sentence_for(error, logs.written_to())
            )
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook
