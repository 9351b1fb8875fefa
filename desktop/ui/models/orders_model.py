"""Orders and interventions (a shop has a few hundred open at most): client, what, status, since when, and
the latest news of their messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.agenda import Notice, NoticeStatus, Order
from desktop.core.entities import OrderStatus
from desktop.ui import texts

Index = QModelIndex | QPersistentModelIndex
_COLUMNS = 5


translate = QCoreApplication.translate


class OrdersModel(QAbstractTableModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._orders: list[Order] = []
        self._notices: Mapping[int, list[Notice]] = {}
        self._today: dt.date | None = None
        self._now: dt.datetime | None = None

    def set_orders(
        self, orders: list[Order], notices: Mapping[int, list[Notice]], now: dt.datetime | None = None
    ) -> None:
        self.beginResetModel()
        self._orders = list(orders)
        self._notices = dict(notices)
        self._now = now
        self._today = now.astimezone(self._zone).date() if now is not None else None
        self.endResetModel()

    def order(self, row: int) -> Order | None:
        return self._orders[row] if 0 <= row < len(self._orders) else None

    def notices(self, order_id: int) -> list[Notice]:
        return list(self._notices.get(order_id, []))

    def row_of(self, order_id: int) -> int | None:
        return next((row for row, o in enumerate(self._orders) if o.id == order_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._orders)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (
                translate("OrdersModel", "Client"),
                translate("OrdersModel", "Commande"),
                translate("OrdersModel", "État"),
                translate("OrdersModel", "Depuis"),
                translate("OrdersModel", "Messages"),
            )
            return names[section] if 0 <= section < _COLUMNS else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        order = self.order(index.row()) if index.isValid() else None
        if order is None or not 0 <= index.column() < _COLUMNS:
            return None
        if role == self.ID_ROLE:
            return order.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(order, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return (
                "\n".join(
                    f"{texts.notice_kind_label(n.kind)} : {texts.notice_text(n, self._zone, today=self._today)}"
                    for n in self._notices.get(order.id, [])
                )
                or None
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == 4:
                latest = self._latest(order)
                return QColor(texts.FAMILY_COLORS[texts.notice_family(latest)]) if latest else None
            if order.status in (OrderStatus.COLLECTED, OrderStatus.CANCELLED):
                return QColor("#777777")
        return None

    def _since(self, order: Order) -> dt.datetime:
        if order.status is OrderStatus.READY and order.ready_at:
            return order.ready_at
        if order.status is OrderStatus.COLLECTED and order.collected_at:
            return order.collected_at
        return order.updated_at if order.status is OrderStatus.CANCELLED else order.created_at

    def _latest(self, order: Order) -> Notice | None:
        """The news that matters: the last notice whose moment came, else the next one planned."""
        notices = [n for n in self._notices.get(order.id, []) if n.status is not NoticeStatus.CANCELLED]
        now = self._now
        came = [n for n in notices if now is None or n.due_at <= now]
        if came:
            return max(came, key=lambda n: (n.due_at, n.id))
        return min(notices, key=lambda n: (n.due_at, n.id), default=None)

    def _text(self, order: Order, column: int) -> str:
        if column == 0:
            return order.client_name
        if column == 1:
            return order.label
        if column == 2:
            return texts.order_status_label(order.status)
        if column == 3:
            return texts.format_short(self._since(order), self._zone, today=self._today)
        latest = self._latest(order)
        if latest is None:
            return ""
        return f"{texts.notice_kind_label(latest.kind)} : {texts.notice_text(latest, self._zone, today=self._today)}"
