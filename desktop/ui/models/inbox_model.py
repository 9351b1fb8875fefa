"""The inbox's tables: one line per number (threads), and the replies of the number shown.

A shop has at most a few hundred threads in view (the service pages them, filtered in SQL): each model holds
its rows as read, and is replaced whole when the service answers again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.core import catalogue
from desktop.core.catalogue.replies import explain_reply
from desktop.core.entities import InboundMessage
from desktop.core.phones import format_national
from desktop.services.inbox.service import Thread
from desktop.ui import texts

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate
_TODO_COLOR = "#b00020"
_DONE_COLOR = "#555555"


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def who(thread: Thread) -> str:
    number = format_national(thread.number)
    if thread.client_name:
        return f"{thread.client_name} · {number}"
    return translate("InboxModel", "%1 (numéro inconnu)").replace("%1", number)


class ThreadsModel(QAbstractTableModel):
    NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
    COLUMNS = 5

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._threads: list[Thread] = []
        self._today: dt.date | None = None

    def set_threads(self, threads: Sequence[Thread], now: dt.datetime) -> None:
        self.beginResetModel()
        self._threads = list(threads)
        self._today = now.astimezone(self._zone).date()
        self.endResetModel()

    def thread_at(self, row: int) -> Thread | None:
        return self._threads[row] if 0 <= row < len(self._threads) else None

    def row_of(self, number: str) -> int | None:
        return next((row for row, t in enumerate(self._threads) if t.number == number), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._threads)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            translate("InboxModel", "Client"),
            translate("InboxModel", "Dernier message"),
            translate("InboxModel", "Reçu"),
            translate("InboxModel", "État"),
            translate("InboxModel", "Suivi par"),
        )
        return names[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        thread = self.thread_at(index.row()) if index.isValid() else None
        if thread is None or not 0 <= index.column() < self.COLUMNS:
            return None
        if role == self.NUMBER_ROLE:
            return thread.number
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(thread, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return thread.last_text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and thread.last_reason:
            return catalogue.explain(thread.last_reason)  # why the newest reply waits for a person
        if role == Qt.ItemDataRole.FontRole and thread.unread:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QColor(_TODO_COLOR if thread.todo else _DONE_COLOR)
        return None

    def _text(self, thread: Thread, column: int) -> str:
        if column == 0:
            return who(thread)
        if column == 1:
            return " ".join(thread.last_text.split())
        if column == 2:
            return texts.format_short(thread.last_received_at, self._zone, today=self._today)
        if column == 3:
            return self._state(thread)
        return thread.assignee

    @staticmethod
    def _state(thread: Thread) -> str:
        parts: list[str] = []
        if thread.unread:
            parts.append(translate("InboxModel", "%n non lue(s)", "", thread.unread))
        if thread.todo:
            parts.append(translate("InboxModel", "%n à traiter", "", thread.todo))
        return " · ".join(parts) or translate("InboxModel", "Traité")


class RepliesModel(QAbstractTableModel):
    """The replies of one number, newest first: what was written, what Comptoir understood and did (or why a
    person must act), and who handled it."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    COLUMNS = 4

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._replies: list[InboundMessage] = []
        self._today: dt.date | None = None

    def set_replies(self, replies: Sequence[InboundMessage], now: dt.datetime) -> None:
        self.beginResetModel()
        self._replies = sorted(replies, key=lambda r: r.id, reverse=True)
        self._today = now.astimezone(self._zone).date()
        self.endResetModel()

    def reply(self, row: int) -> InboundMessage | None:
        return self._replies[row] if 0 <= row < len(self._replies) else None

    def replies(self) -> list[InboundMessage]:
        return list(self._replies)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._replies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            translate("InboxModel", "Reçu"),
            translate("InboxModel", "Réponse"),
            translate("InboxModel", "Ce que Comptoir a compris"),
            translate("InboxModel", "Suivi"),
        )
        return names[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reply = self.reply(index.row()) if index.isValid() else None
        if reply is None or not 0 <= index.column() < self.COLUMNS:
            return None
        if role == self.ID_ROLE:
            return reply.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(reply, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 2):
            return self._text(reply, index.column())
        if role == Qt.ItemDataRole.FontRole and reply.unread:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QColor(_DONE_COLOR if reply.handled else _TODO_COLOR)
        return None

    def explanation(self, reply: InboundMessage) -> str:
        code = reply.reason or reply.outcome
        meaning = texts.interpretation_label(reply.interpretation)
        if not code:
            return meaning
        return f"{meaning} — {explain_reply(code, reply.details, self._zone)}"

    def _text(self, reply: InboundMessage, column: int) -> str:
        if column == 0:
            return texts.format_short(reply.received_at, self._zone, today=self._today)
        if column == 1:
            return reply.text
        if column == 2:
            return self.explanation(reply)
        if not reply.handled:
            todo = translate("InboxModel", "À traiter")
            if reply.assignee:
                return todo + " · " + reply.assignee
            return todo
        when = texts.format_short(reply.handled_at, self._zone, today=self._today) if reply.handled_at else ""
        by = reply.handled_by or translate("InboxModel", "quelqu'un")
        return translate("InboxModel", "Traité par %1, %2").replace("%1", by).replace("%2", when)
