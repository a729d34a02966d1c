"""The agenda editor's editors: the kind column's combo box and the Add/Edit Item dialog."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.sessions import AgendaKind
from desktop.services.dto import AgendaItem
from desktop.ui.labels import capitalised
from desktop.ui.models.agenda import KIND
from desktop.ui.session.bilingual_field import BilingualLine, BilingualText

AnyIndex = QModelIndex | QPersistentModelIndex


class ItemFields(TypedDict):
    """``SessionService.add_item``'s keywords, as the item dialog gives them."""

    title: str
    title_fr: str
    kind: AgendaKind
    documents: str
    summary: str
    summary_fr: str
    not_for_display: bool


class KindDelegate(QStyledItemDelegate):
    """A combo box for the kind column; text editors elsewhere; room between columns."""

    PADDING = 20

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + self.PADDING, hint.height())

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() != KIND:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Kind of item"))
        for kind in AgendaKind:
            combo.addItem(capitalised(kind.label), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ItemDialog(QDialog):
    """An item's title, kind, document references and summary; the title and the summary in
    English and French side by side (either title is enough)."""

    def __init__(self, item: AgendaItem | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Item") if item else self.tr("Add Item"))
        # Captions above, as the summary's: the two languages in two columns.
        self.title_field = BilingualLine(self.tr("Title"), self, above=True)
        if item is not None:
            self.title_field.set_texts(item.title, item.title_fr)
        self.title_edit, self.title_fr_edit = self.title_field.en, self.title_field.fr
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind of item"))
        for kind in AgendaKind:
            self.kind_combo.addItem(capitalised(kind.label), kind)
        self.kind_combo.setCurrentIndex(
            max(self.kind_combo.findData(item.kind if item else None), 0)
        )
        self.documents_edit = QLineEdit(item.documents if item else "", self)
        self.documents_edit.setAccessibleName(self.tr("Document references"))
        self.documents_edit.setPlaceholderText(self.tr("for example PO(2025)0123, C-M(2025)0007"))
        self.summary_field = BilingualText(self.tr("Summary"), self, lines=5)
        if item is not None:
            self.summary_field.set_texts(item.summary, item.summary_fr)
        self.summary_edit, self.summary_fr_edit = self.summary_field.en, self.summary_field.fr
        self.hidden_check = QCheckBox(
            self.tr("&Not for the room display (it shows the item's number only)"), self
        )
        self.hidden_check.setChecked(bool(item.not_for_display) if item else False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save Item") if item else self.tr("Add Item"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.title_field.changed.connect(self._update_ok)
        self._update_ok()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_field)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Documents:"), self.documents_edit)
        form.addRow(self.tr("&Summary:"), self.summary_field)
        form.addRow("", self.hidden_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 140)

    def _update_ok(self) -> None:
        """A title in either language is enough."""
        self.ok_button.setEnabled(bool(self.title_field.value()))

    def focus_text(self, field: str, language: str) -> None:
        """Put the caret in the ``field`` ("title", "summary") in ``language``."""
        (self.summary_field if field == "summary" else self.title_field).focus(language)

    def values(self) -> ItemFields:
        return {
            "title": self.title_field.text("en"),
            "title_fr": self.title_field.text("fr"),
            "kind": AgendaKind(self.kind_combo.currentData()),
            "documents": self.documents_edit.text().strip(),
            "summary": self.summary_field.text("en"),
            "summary_fr": self.summary_field.text("fr"),
            "not_for_display": self.hidden_check.isChecked(),
        }
