"""The consent register as a table: every consent event, newest first, read a page at a time off the UI
thread as the user scrolls (``fetchMore``), so that a register of a hundred thousand lines opens at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.services.privacy import ERASURE, ConsentAuditLine
from desktop.ui import texts

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


class ConsentRegisterModel(QAbstractTableModel):
    page_loaded = Signal(int)  # lines now shown
    COLUMNS = 7

    def __init__(self, privacy, tasks, zone=None, parent: Any = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._tasks = tasks
        self._zone = zone or texts.business_zone()
        self._lines: list[ConsentAuditLine] = []
        self._more = True
        self._loading = False
        self._generation = 0

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._lines = []
        self._more = True
        self._loading = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def line_at(self, row: int) -> ConsentAuditLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    # ---------------------------------------------------------------- lazy loading
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        before = self._lines[-1].id if self._lines else None
        self._tasks.run(
            lambda: self._privacy.consent_register(before_id=before, limit=PAGE),
            on_done=lambda page: self._append(generation, page),
        )

    def _append(self, generation: int, page: list[ConsentAuditLine]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(page) == PAGE
        if page:
            start = len(self._lines)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._lines.extend(page)
            self.endInsertRows()
        self.page_loaded.emit(len(self._lines))

    # ---------------------------------------------------------------- table
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Date"),
            self.tr("Client"),
            self.tr("Pour"),
            self.tr("Accord"),
            self.tr("Recueilli par"),
            self.tr("Enregistré par"),
            self.tr("Texte montré"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(line, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 6:
            return line.wording or None
        return None

    def _cell(self, line: ConsentAuditLine, column: int) -> str | None:
        if column == 0:
            return texts.format_short(line.at, self._zone)
        if column == 1:
            return line.client_name if line.client_id is not None else self.tr("(client effacé)")
        if column == 2:
            return texts.consent_purpose_label(line.purpose)
        if column == 3:
            return texts.consent_label(line.state)
        if column == 4:
            source = texts.consent_source_label(line.source)
            return source + self.tr(" — effacement des données") if line.reference == ERASURE else source
        if column == 5:
            return line.recorded_by
        if column == 6:
            return line.wording
        return None
