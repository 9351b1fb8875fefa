"""The client list model: ordered ids from SQL, rows fetched lazily in pages, sort and filter in SQL.

``rowCount`` is the number of matching ids, so the scroll bar is right from the start; ``data()`` never runs
SQL per cell: it reads a page cache filled one page (a few hundred rows) at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.core.entities import ClientListItem, ClientQuery, ClientSort, ConsentState
from desktop.core.phones import format_national

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
FetchRows = Callable[[Sequence[int]], dict[int, ClientListItem]]

_SORT_KEYS = (
    ClientSort.NAME,
    ClientSort.FIRST_NAME,
    ClientSort.MOBILE,
    ClientSort.EMAIL,
    ClientSort.CITY,
    ClientSort.CONSENT,
)


def _headers() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("ClientsModel", "Nom"),
        translate("ClientsModel", "Prénom"),
        translate("ClientsModel", "Portable"),
        translate("ClientsModel", "E-mail"),
        translate("ClientsModel", "Ville"),
        translate("ClientsModel", "Promotions"),
    )


class ClientsModel(QAbstractTableModel):
    """Rows are clients; ``set_ids`` replaces the result of a search, ``refresh_rows`` patches a few rows."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    #: The view asked for another order: the owner runs the query again in SQL (ClientSort, descending).
    sort_requested = Signal(object, bool)

    def __init__(self, fetch_rows: FetchRows, parent: Any = None):
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._rows: dict[int, tuple[str, ...]] = {}
        self._query = ClientQuery()

    # ---------------------------------------------------------------- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_SORT_KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_SORT_KEYS):
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        client_id = self._ids[index.row()]
        if role == self.ID_ROLE:
            return client_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows.get(client_id)
        if row is None:
            self._load_page(index.row())
            row = self._rows.get(client_id)
            if row is None:  # deleted meanwhile
                return ""
        return row[index.column()]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(_SORT_KEYS):
            key = _SORT_KEYS[column]
            descending = order == Qt.SortOrder.DescendingOrder
            if (key, descending) != (self._query.sort, self._query.descending):
                self.sort_requested.emit(key, descending)

    # ---------------------------------------------------------------- our API
    @property
    def query(self) -> ClientQuery:
        return self._query

    def set_ids(
        self, query: ClientQuery, ids: list[int], first_rows: dict[int, ClientListItem] | None = None
    ) -> None:
        """Show a new result. ``first_rows`` (the first page, fetched with the ids off the UI thread) spares
        the UI thread a query when the view paints."""
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self._rows = {client_id: _display(item) for client_id, item in (first_rows or {}).items()}
        self.endResetModel()

    def set_fetch_rows(self, fetch_rows: FetchRows) -> None:
        """Read further pages with this (at start-up the first page comes before the services)."""
        self._fetch_rows = fetch_rows

    def client_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: int) -> int | None:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return None

    def refresh_rows(self, client_ids: set[int] | frozenset[int]) -> None:
        """Forget cached rows of these clients and repaint only them."""
        for client_id in client_ids:
            if self._rows.pop(client_id, None) is None:
                continue
            row = self.row_of(client_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(_SORT_KEYS) - 1))

    def _load_page(self, row: int) -> None:
        start = (row // PAGE) * PAGE
        wanted = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
        for client_id, item in self._fetch_rows(wanted).items():
            self._rows[client_id] = _display(item)


def _display(item: ClientListItem) -> tuple[str, ...]:
    translate = QCoreApplication.translate
    consent = {
        ConsentState.GRANTED: translate("ClientsModel", "Oui"),
        ConsentState.WITHDRAWN: translate("ClientsModel", "Refusé"),
        ConsentState.UNKNOWN: "—",
    }[item.promotional_consent]
    return (
        item.last_name,
        item.first_name,
        format_national(item.mobile) if item.mobile else "",
        item.email,
        item.city,
        consent,
    )
