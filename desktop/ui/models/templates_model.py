"""The templates list model: a few dozen templates at most, all in memory (name, category, active).

Its texts keep the translation context ``TemplatesView``, where the model was born, so the existing
translations still apply.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.entities import Template
from desktop.ui import texts

Index = QModelIndex | QPersistentModelIndex
_INACTIVE_COLOR = "#888888"


class TemplatesModel(QAbstractTableModel):
    """The templates (a few dozen at most, all in memory): name, category, active."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._templates: list[Template] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._templates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 3
        ):
            translate = QCoreApplication.translate
            return (
                translate("TemplatesView", "Nom"),
                translate("TemplatesView", "Catégorie"),
                translate("TemplatesView", "Actif"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._templates):
            return None
        template = self._templates[index.row()]
        column = index.column()
        if role == self.ID_ROLE:
            return template.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return template.name
            if column == 1:
                return texts.purpose_label(template.purpose)
            if column == 2:
                translate = QCoreApplication.translate
                return (
                    translate("TemplatesView", "Oui")
                    if template.active
                    else translate("TemplatesView", "Non")
                )
        if role == Qt.ItemDataRole.ToolTipRole:
            return template.body
        if role == Qt.ItemDataRole.ForegroundRole and not template.active:
            return QColor(_INACTIVE_COLOR)
        return None

    def set_templates(self, templates: list[Template]) -> None:
        self.beginResetModel()
        self._templates = list(templates)
        self.endResetModel()

    def template(self, row: int) -> Template | None:
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def row_of(self, template_id: int) -> int | None:
        for row, template in enumerate(self._templates):
            if template.id == template_id:
                return row
        return None

    def names(self) -> list[str]:
        return [t.name for t in self._templates]
