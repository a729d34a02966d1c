"""The log, seen from Qt: Qt's own messages go into it, and Help › Open Log Folder shows it.

:func:`install` puts a message handler in Qt's place (``qInstallMessageHandler``): every
``qWarning``, ``qCritical``… of Qt or of the app becomes a record of the logger ``qt`` (or
``qt.<category>``) in ``tourdetable.log`` (``desktop.logs``), then goes on to the handler
that was there before: Qt's own, which prints it on stderr as before, or pytest-qt's, which
fails a test on a warning. It returns the function that puts that handler back.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    QUrl,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices

from desktop import logs

MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def logger_for(category: str | None) -> logging.Logger:
    """``qt`` for Qt's default category, ``qt.qpa.xcb`` for the category ``qt.qpa.xcb``,
    ``qt.app`` for a category of the app's own, ``app``."""
    if not category or category == "default":
        return logging.getLogger("qt")
    return logging.getLogger(category if category.startswith("qt.") else f"qt.{category}")


def install() -> Callable[[], None]:
    """Send Qt's messages to the log (and on to the handler before); returns the function
    that puts the handler before back."""
    previous: MessageHandler | None = None

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        logger_for(context.category).log(_LEVELS.get(kind, logging.WARNING), "%s", message)
        if previous is not None:
            previous(kind, context, message)
        else:  # Qt's default handler: the message on stderr, as Qt prints it
            sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")

    previous = qInstallMessageHandler(handle)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore


def open_log_folder() -> str | None:
    """Help › Open Log Folder: the folder that holds ``tourdetable.log``, created if it is
    missing, shown by the desktop's file manager. Returns the sentence to show when it
    could not be, else None."""
    translate = QCoreApplication.translate
    folder = logs.log_file().parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return (
            translate("qt_log", "The log folder %1 could not be created (%2).")
            .replace("%1", str(folder))
            .replace("%2", error.strerror or type(error).__name__)
        )
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return None
    return (
        translate(
            "qt_log",
            "No program could show the log folder. Open %1 in a file manager to find the log, %2.",
        )
        .replace("%1", str(folder))
        .replace("%2", logs.LOG_NAME)
    )
