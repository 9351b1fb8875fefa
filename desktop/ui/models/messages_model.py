"""The message list model: a count first, then rows fetched one page at a time, newest first.

The outbox answers "how many" and "rows *offset*…*offset + limit*" for a filter. To keep offsets stable
while new messages arrive, each load takes a **snapshot**: the filter plus an upper bound on the creation
time (just after the newest message at that moment). Messages queued later are outside the snapshot until
the next load; status changes inside it patch the pages that hold them. ``data()`` never runs SQL per cell:
it reads a page cache filled a page (a few hundred rows) at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from desktop.core.catalogue.outbox import explain_message_error
from desktop.core.entities import Message, MessageStatus
from desktop.core.phones import format_national
from desktop.ui import texts

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
S = MessageStatus
_ONE_TICK = dt.timedelta(microseconds=1)

COLUMNS = 8
DATE, RECIPIENT, TEXT, PURPOSE, STATUS, ACCOUNT, SEGMENTS, COST = range(COLUMNS)


def _headers() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("MessagesModel", "Date"),
        translate("MessagesModel", "Destinataire"),
        translate("MessagesModel", "Message"),
        translate("MessagesModel", "Catégorie"),
        translate("MessagesModel", "Statut"),
        translate("MessagesModel", "Compte"),
        translate("MessagesModel", "SMS"),
        translate("MessagesModel", "Coût"),
    )


# ---------------------------------------------------------------------------------------- query and pages


@dataclass(frozen=True, slots=True)
class MessageQuery:
    """What the list shows. ``statuses`` empty means every status."""

    statuses: frozenset[MessageStatus] = frozenset()
    account_id: int | None = None
    template_id: int | None = None
    client_id: int | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class MessageLine:
    """One message of the list with what the table shows besides it."""

    message: Message
    client_name: str = ""
    account_name: str = ""
    error_detail: str = ""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A query frozen at one moment: ``total`` rows, the first page already read."""

    query: MessageQuery
    total: int = 0
    newest_id: int = 0
    first_page: tuple[MessageLine, ...] = field(default=())


class OutboxReader(Protocol):
    """What the pager needs from :class:`desktop.services.outbox.OutboxService`."""

    def list(
        self,
        status: MessageStatus | None = None,
        limit: int = 100,
        offset: int = 0,
        *,
        account_id: int | None = None,
        template_id: int | None = None,
        client_id: int | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
    ) -> list[Message]: ...

    def count(
        self,
        status: MessageStatus | None = None,
        *,
        account_id: int | None = None,
        template_id: int | None = None,
        client_id: int | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
    ) -> int: ...

    def details(self, ids: Sequence[int]) -> Mapping[int, Any]: ...


ClientNames = Callable[[Sequence[int]], Mapping[int, str]]


class MessagePager:
    """Turns a :class:`MessageQuery` into outbox calls. Runs off the UI thread (or in ``data()`` for one page).

    Several statuses at once ("À traiter") are read status by status and merged newest first: fine for the
    short lists they make; a multi-status filter in the outbox would make it one query.
    """

    def __init__(self, outbox: OutboxReader, client_names: ClientNames | None = None) -> None:
        self._outbox = outbox
        self._client_names = client_names

    def snapshot(self, query: MessageQuery, limit: int | None = None) -> Snapshot:
        newest = self._list(query, 1, 0)
        if not newest:
            return Snapshot(query)
        bound = newest[0].created_at + _ONE_TICK
        frozen = replace(query, until=bound if query.until is None else min(query.until, bound))
        total = sum(self._outbox.count(status, **self._kwargs(frozen)) for status in self._statuses(frozen))
        first = self.page(frozen, 0, PAGE if limit is None else limit)
        return Snapshot(frozen, total, newest[0].id, tuple(first))

    def page(self, query: MessageQuery, offset: int, limit: int) -> list[MessageLine]:
        messages = self._list(query, limit, offset)
        ids = [m.id for m in messages]
        details = self._outbox.details(ids) if ids else {}
        client_ids = sorted({m.client_id for m in messages if m.client_id is not None})
        names = self._client_names(client_ids) if client_ids and self._client_names else {}
        lines = []
        for m in messages:
            detail = details.get(m.id)
            lines.append(
                MessageLine(
                    message=m,
                    client_name=names.get(m.client_id, "") if m.client_id is not None else "",
                    account_name=(getattr(detail, "account_name", None) or "") if detail else "",
                    error_detail=(getattr(detail, "error_detail", "") or "") if detail else "",
                )
            )
        return lines

    def _list(self, query: MessageQuery, limit: int, offset: int) -> list[Message]:
        statuses = self._statuses(query)
        kwargs = self._kwargs(query)
        if len(statuses) == 1:
            return self._outbox.list(statuses[0], limit, offset, **kwargs)
        merged: list[Message] = []
        for status in statuses:
            merged.extend(self._outbox.list(status, offset + limit, 0, **kwargs))
        merged.sort(key=lambda m: m.id, reverse=True)
        return merged[offset : offset + limit]

    @staticmethod
    def _statuses(query: MessageQuery) -> list[MessageStatus | None]:
        if not query.statuses:
            return [None]
        return [*sorted(query.statuses)]

    @staticmethod
    def _kwargs(query: MessageQuery) -> dict[str, Any]:
        return {
            "account_id": query.account_id,
            "template_id": query.template_id,
            "client_id": query.client_id,
            "since": query.since,
            "until": query.until,
        }


# ---------------------------------------------------------------------------------------- the model


@dataclass(frozen=True, slots=True)
class _Row:
    line: MessageLine
    cells: tuple[str, ...]
    tooltip: str  # the problem explained, for the status column
    family: texts.StatusFamily


class MessagesModel(QAbstractTableModel):
    """Rows are messages of one :class:`Snapshot`; pages are read on demand through ``fetch_page``."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        fetch_page: Callable[[MessageQuery, int, int], list[MessageLine]],
        *,
        zone: ZoneInfo | None = None,
        now: Callable[[], dt.datetime] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._zone = zone or texts.business_zone()
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self._snapshot = Snapshot(MessageQuery())
        self._pages: dict[int, list[_Row]] = {}
        self._icons: dict[texts.StatusFamily, QIcon] = {}
        #: Sizes of the pages read so far (tests check the model never reads everything at once).
        self.fetched: list[int] = []

    # ---------------------------------------------------------------- Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._snapshot.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._snapshot.total:
            return None
        row = self._row(index.row(), load=True)
        if row is None:  # deleted since the count
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TEXT:
                return row.line.message.body
            if column == STATUS:
                return f"{row.cells[STATUS]}\n{row.tooltip}" if row.tooltip else row.cells[STATUS]
            if column == COST:
                return texts.message_cost(row.line.message.cost_cents)
            return row.cells[column]
        if role == self.ID_ROLE:
            return row.line.message.id
        if role == self.STATUS_ROLE:
            return row.line.message.status.value
        if column == STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(texts.FAMILY_COLORS[row.family]))
        if column == STATUS and role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row.family)
        if column in (SEGMENTS, COST) and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ---------------------------------------------------------------- our API
    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def query(self) -> MessageQuery:
        return self._snapshot.query

    def set_snapshot(self, snapshot: Snapshot) -> None:
        self.beginResetModel()
        self._snapshot = snapshot
        complete = len(snapshot.first_page) >= min(PAGE, snapshot.total)  # else read page 0 again
        self._pages = {0: [self._display(line) for line in snapshot.first_page]} if complete else {}
        self.endResetModel()

    def line(self, row: int) -> MessageLine | None:
        """The message on ``row`` if its page is already read (never reads: safe for selections)."""
        found = self._row(row, load=False)
        return found.line if found is not None else None

    def message_id(self, row: int) -> int | None:
        line = self.line(row)
        return line.message.id if line is not None else None

    def find_row(self, message_id: int, near: int | None = None) -> int | None:
        """Row of a message among read pages, reading the pages around ``near`` first if needed."""
        if near is not None:
            for page in (near // PAGE, near // PAGE + 1, near // PAGE - 1):
                if 0 <= page * PAGE < self._snapshot.total:
                    self._load(page)
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.line.message.id == message_id:
                    return page * PAGE + offset
        return None

    def pages_holding(self, message_ids: Iterable[int]) -> list[int]:
        wanted = set(message_ids)
        return sorted(
            page for page, rows in self._pages.items() if any(r.line.message.id in wanted for r in rows)
        )

    def replace_page(self, page: int, lines: Sequence[MessageLine]) -> None:
        """New contents of an already read page (status changes): repaint its rows only."""
        if page not in self._pages:
            return
        self._pages[page] = [self._display(line) for line in lines]
        first = page * PAGE
        last = min(first + PAGE, self._snapshot.total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMNS - 1))

    # ---------------------------------------------------------------- pages
    def _row(self, row: int, *, load: bool) -> _Row | None:
        page, offset = divmod(row, PAGE)
        if page not in self._pages:
            if not load:
                return None
            self._load(page)
        rows = self._pages.get(page, [])
        return rows[offset] if offset < len(rows) else None

    def _load(self, page: int) -> None:
        if page in self._pages:
            return
        lines = self._fetch_page(self._snapshot.query, page * PAGE, PAGE)
        self.fetched.append(len(lines))
        self._pages[page] = [self._display(line) for line in lines]

    def _display(self, line: MessageLine) -> _Row:
        m = line.message
        translate = QCoreApplication.translate
        today = self._now().astimezone(self._zone).date()
        number = format_national(m.to) if m.to else ""
        recipient = f"{line.client_name} · {number}" if line.client_name and number else line.client_name
        status = texts.status_label(m.status)
        if m.status in (S.QUEUED, S.DEFERRED) and m.due_at > self._now():
            status = translate("MessagesModel", "{status} · prévu le {when}").format(
                status=status, when=texts.format_short(m.due_at, self._zone, today=today)
            )
        first_line = m.body.splitlines()[0] if m.body else ""
        cells = (
            texts.format_short(m.created_at, self._zone, today=today),
            recipient or number,
            first_line,
            texts.purpose_label(m.purpose),
            status,
            line.account_name or "—",
            str(m.segments),
            texts.format_cents(m.cost_cents) if m.cost_cents else "—",  # no price: the tooltip says so
        )
        return _Row(line, cells, self._explanation(line), texts.status_family(m.status))

    @staticmethod
    def _explanation(line: MessageLine) -> str:
        code = line.message.error_code
        if not code or line.message.status not in (S.FAILED, S.UNCERTAIN, S.UNDELIVERED, S.EXPIRED):
            return ""
        return explain_message_error(code, line.error_detail)

    def _icon(self, family: texts.StatusFamily) -> QIcon:
        icon = self._icons.get(family)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(texts.FAMILY_COLORS[family]))
            painter.drawEllipse(1, 1, 10, 10)
            painter.end()
            icon = self._icons[family] = QIcon(pixmap)
        return icon
