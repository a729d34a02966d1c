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
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.sessions import AgendaKind
from desktop.services.dto import AgendaItem
from desktop.ui.labels import capitalised
from desktop.ui.models.agenda import KIND

AnyIndex = QModelIndex | QPersistentModelIndex


class ItemFields(TypedDict):
    """``SessionService.add_item``'s keywords, as the item dialog gives them."""

    title: str
    kind: AgendaKind
    documents: str
    summary: str
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
    """An item's title, kind, document references and summary."""

    def __init__(self, item: AgendaItem | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Item") if item else self.tr("Add Item"))
        self.title_edit = QLineEdit(item.title if item else "", self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setCursorPosition(0)  # a long title shows its beginning
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
        self.summary_edit = QPlainTextEdit(item.summary if item else "", self)
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setTabChangesFocus(True)
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
        self.title_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Documents:"), self.documents_edit)
        form.addRow(self.tr("&Summary:"), self.summary_edit)
        form.addRow("", self.hidden_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

    def values(self) -> ItemFields:
        return {
            "title": self.title_edit.text().strip(),
            "kind": AgendaKind(self.kind_combo.currentData()),
            "documents": self.documents_edit.text().strip(),
            "summary": self.summary_edit.toPlainText().strip(),
            "not_for_display": self.hidden_check.isChecked(),
        }
