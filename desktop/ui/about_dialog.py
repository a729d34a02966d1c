"""Help › About Tour de Table: the version, what the app is and is not, its licence, and the
licences of what it is made with and bundles (``desktop.about`` reads them from the installed
packages): Qt for Python, with Qt's own About box a button away, the fonts the minutes embed
(DejaVu, each licence in full) and the main Python libraries."""

from __future__ import annotations

from html import escape

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__, about

SIZE = (600, 560)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Tour de Table"))
        self.heading = QLabel(self.heading_text(), self)
        self.heading.setWordWrap(True)
        self.licences = QTextBrowser(self)
        self.licences.setHtml(self.licences_html())
        self.licences.setAccessibleName(self.tr("Licences"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.about_qt_button = self.buttons.addButton(
            self.tr("About &Qt"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.about_qt_button.clicked.connect(self.show_about_qt)
        self.about_qt_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.licences, 1)
        layout.addWidget(self.buttons)
        self.resize(*SIZE)

    def heading_text(self) -> str:
        return "".join((
            f"<h3>{escape(APP_NAME)} {escape(__version__)}</h3>",
            "<p>", escape(self.tr("The secretariat's tool for councils that decide by "
                                  "consensus: positions, silence procedures, outcomes and "
                                  "minutes.")), "</p>",
            "<p>", escape(self.tr("Tour de Table is a record-keeping tool. It is not an "
                                  "accredited system for classified data.")), "</p>",
        ))  # fmt: skip

    def licences_html(self) -> str:
        """What the licences part says, as HTML: the app's licence, then what it bundles."""
        qt = self.tr(
            "Qt for Python (PySide6) %1 and Qt %2, under the GNU Lesser General Public "
            "License, version 3 (LGPL-3.0); see About Qt."
        )
        pyside = about.qt_for_python_version() or PySide6.__version__  # a bundle without metadata
        qt = qt.replace("%1", pyside).replace("%2", qVersion())
        fonts = about.font_licences()
        items = [qt, self.tr(
            "The fonts embedded in the PDF minutes (%1), under the licences whose texts follow."
        ).replace("%1", ", ".join(name for name, _text in fonts))]  # fmt: skip
        unstated = self.tr("licence not stated")
        for library in about.libraries():
            name = f"{library.name} {library.version}".strip()
            items.append(f"{name} ({library.licence or unstated})")
        licence = self.tr(
            "Tour de Table is free software: you can redistribute it and modify it under the "
            "terms of the GNU General Public License, version 3 or (at your option) any later "
            "version (%1). It comes with no warranty."
        ).replace("%1", about.app_licence())
        return "".join((
            "<p>", escape(licence), "</p>",
            "<p>", escape(self.tr("It is made with, and its packages bundle:")), "</p>",
            "<ul>", *(f"<li>{escape(item)}</li>" for item in items), "</ul>",
            *(
                f'<h4>LICENSE-{escape(name)}.txt</h4><pre style="white-space: pre-wrap">'
                f"{escape(text)}</pre>"
                for name, text in fonts
            ),
        ))  # fmt: skip

    def show_about_qt(self) -> None:
        """Qt's own About box: its version and its licences."""
        QMessageBox.aboutQt(self)
