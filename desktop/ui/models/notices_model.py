"""The notices of one appointment or order (a handful): what, when, and what became of it."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.agenda import Notice
from desktop.ui import texts

Index = QModelIndex | QPersistentModelIndex


class NoticesModel(QAbstractTableModel):
    """Columns: the notice (« Rappel avant le rendez-vous »), what became of it (« Prévu pour … », « Livré »…)."""

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._notices: list[Notice] = []
        self._today: dt.date | None = None

    def set_notices(self, notices: list[Notice], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._notices = sorted(notices, key=lambda n: (n.due_at, n.id))
        self._today = today
        self.endResetModel()

    def notice(self, row: int) -> Notice | None:
        return self._notices[row] if 0 <= row < len(self._notices) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 2
        ):
            translate = QCoreApplication.translate
            return (translate("NoticesModel", "Message"), translate("NoticesModel", "Où en est-il"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        notice = self.notice(index.row()) if index.isValid() else None
        if notice is None or not 0 <= index.column() < 2:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if index.column() == 0:
                return texts.notice_kind_label(notice.kind)
            return texts.notice_text(notice, self._zone, today=self._today)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(texts.FAMILY_COLORS[texts.notice_family(notice)])
        return None
