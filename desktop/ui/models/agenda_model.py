"""The agenda grid: rows are time slots of the business's day, columns are days (week view) or staff members
(day view). A cell shows the appointments starting in its slot; the slots an appointment lasts are tinted.

Dragging an appointment onto another cell does not change the model: it emits ``move_requested`` (the view
asks the service, and the period is read again). Cells hold appointment ids, never live records.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop.core.agenda import ACTIVE_APPOINTMENTS, AgendaEntry
from desktop.core.entities import AppointmentStatus
from desktop.ui import texts

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-comptoir-appointment"
SLOT_MINUTES = 30
DAY_START = dt.time(8, 0)
DAY_END = dt.time(20, 0)

#: Tints of the slots an appointment lasts, by status (light: the text stays readable).
_TINTS = {
    AppointmentStatus.PLANNED: "#dce9f7",
    AppointmentStatus.CONFIRMED: "#d7f0dc",
    AppointmentStatus.DONE: "#e9e9e9",
    AppointmentStatus.NO_SHOW: "#f6dcdc",
    AppointmentStatus.CANCELLED: "#f4f4f4",
}
_ALERT = "#b00020"


translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Column:
    day: dt.date
    staff: str | None  # None: everyone (week view); "" : nobody in particular (day view)


@dataclass(frozen=True)
class AgendaLayout:
    """Where each appointment of a period goes in the grid, worked out once (on a worker thread: nothing
    here is a Qt object), so that showing a busy week on the UI thread is a model reset and a repaint."""

    columns: tuple[Column, ...] = ()
    first_minutes: int = DAY_START.hour * 60
    rows: int = 0
    starting: Mapping[tuple[int, int], tuple[AgendaEntry, ...]] = field(default_factory=dict)
    texts: Mapping[tuple[int, int], str] = field(default_factory=dict)
    covered: Mapping[tuple[int, int], AppointmentStatus] = field(default_factory=dict)
    blocked: frozenset[tuple[int, int]] = frozenset()  # cells with a blocked reminder
    inactive: frozenset[tuple[int, int]] = frozenset()  # cells whose appointments are all over or cancelled
    cancelled: frozenset[tuple[int, int]] = frozenset()  # cells whose appointments are all cancelled
    draggable: frozenset[tuple[int, int]] = frozenset()  # cells where an active appointment starts
    today: dt.date | None = None


def layout_period(
    days: Sequence[dt.date],
    entries: Sequence[AgendaEntry],
    zone: ZoneInfo,
    staff_columns: Sequence[str] | None = None,
    today: dt.date | None = None,
) -> AgendaLayout:
    """One column per day, or (one day, `staff_columns` given) one column per staff member.

    A busy week holds a thousand appointments: each one's local start, minutes and length are worked out
    once, its column is looked up per (day, staff member), a slot's time is written once, and what each
    cell shows is gathered on the way."""
    if staff_columns is not None and len(days) == 1:
        columns = tuple(Column(days[0], name) for name in staff_columns)
    else:
        columns = tuple(Column(day, None) for day in days)
    # (entry, local day, minutes after local midnight, length in minutes)
    placed = []
    for entry in entries:
        local = entry.start.astimezone(zone)
        length = int((entry.end - entry.start).total_seconds() // 60)
        placed.append((entry, local.date(), local.hour * 60 + local.minute, length))
    day_start = DAY_START.hour * 60 + DAY_START.minute
    first = min([day_start, *(minutes for _e, _d, minutes, _l in placed)]) // 60 * 60
    ends = [minutes + max(length, SLOT_MINUTES) for _e, _d, minutes, length in placed]
    last = min(max([DAY_END.hour * 60, *ends]), 24 * 60)
    rows = math.ceil((last - first) / SLOT_MINUTES)

    places: dict[tuple[dt.date, str], int | None] = {}
    starting: dict[tuple[int, int], list[AgendaEntry]] = defaultdict(list)
    lines: dict[tuple[int, int], list[str]] = defaultdict(list)
    covered: dict[tuple[int, int], AppointmentStatus] = {}
    blocked: set[tuple[int, int]] = set()
    with_active: set[tuple[int, int]] = set()  # cells where an active appointment starts
    not_all_cancelled: set[tuple[int, int]] = set()
    clock_texts: dict[int, str] = {}
    active, cancelled = ACTIVE_APPOINTMENTS, AppointmentStatus.CANCELLED
    for entry, day, minutes, length in placed:
        where = (day, entry.staff)
        place = places.get(where, -1)
        if place == -1:  # the first column of that day for everyone or for that staff member, if any
            place = places[where] = next(
                (
                    i
                    for i, c in enumerate(columns)
                    if c.day == day and (c.staff is None or c.staff == entry.staff)
                ),
                None,
            )
        if place is None:
            continue
        row = max(0, (minutes - first) // SLOT_MINUTES)
        cell = (row, place)
        starting[cell].append(entry)
        at = clock_texts.get(minutes)
        if at is None:
            at = clock_texts[minutes] = texts.format_time(dt.time(minutes // 60, minutes % 60))
        lines[cell].append(_line(at, entry))
        status = entry.status
        if entry.blocked_notices:
            blocked.add(cell)
        if status in active:
            with_active.add(cell)
        if status is not cancelled:
            not_all_cancelled.add(cell)
        for offset in range(max(1, math.ceil(length / SLOT_MINUTES))):
            slot = (row + offset, place)
            current = covered.get(slot)
            if current is None or current not in active:
                covered[slot] = status
    return AgendaLayout(
        columns=columns,
        first_minutes=first,
        rows=rows,
        starting={cell: tuple(found) for cell, found in starting.items()},
        texts={cell: "\n".join(found) for cell, found in lines.items()},
        covered=covered,
        blocked=frozenset(blocked),
        inactive=frozenset(starting.keys() - with_active),
        cancelled=frozenset(starting.keys() - not_all_cancelled),
        draggable=frozenset(with_active),
        today=today,
    )


def _line(at: str, entry: AgendaEntry) -> str:
    """« 09h30 Claire Martin · Consultation ⚠ »: `at` is the start's local time, already written."""
    line = f"{at} {entry.client_name}"
    if entry.kind:
        line += f" · {entry.kind}"
    if entry.blocked_notices:
        line += " ⚠"
    return line


class AgendaModel(QAbstractTableModel):
    """Slots × columns of one period; ``set_layout`` replaces everything at once."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1  # id of the first appointment starting in the cell, or None
    IDS_ROLE = Qt.ItemDataRole.UserRole + 2  # ids of every appointment starting in the cell
    START_ROLE = Qt.ItemDataRole.UserRole + 3  # the cell's moment (aware, UTC)
    STAFF_ROLE = Qt.ItemDataRole.UserRole + 4  # the column's staff member (None in the week view)

    move_requested = Signal(int, object, object)  # appointment id, new start (UTC), staff (None: unchanged)

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._layout = AgendaLayout()
        self._tints = {status: QColor(color) for status, color in _TINTS.items()}
        self._alert = QColor(_ALERT)
        self._grey = QColor("#777777")
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._bold = QFont()
        self._bold.setBold(True)

    # ---------------------------------------------------------------- filling
    def set_layout(self, layout: AgendaLayout) -> None:
        self.beginResetModel()
        self._layout = layout
        self.endResetModel()

    def set_period(
        self,
        days: Sequence[dt.date],
        entries: Sequence[AgendaEntry],
        staff_columns: Sequence[str] | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Lay out and show a period at once (the agenda view lays out on a worker thread instead)."""
        self.set_layout(layout_period(days, entries, self._zone, staff_columns, today))

    # ---------------------------------------------------------------- reading
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._layout.rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._layout.columns)

    def slot_start(self, row: int, column: int) -> dt.datetime:
        """The moment a cell stands for (aware, UTC)."""
        day = self._layout.columns[column].day
        minutes = self._layout.first_minutes + row * SLOT_MINUTES
        local = dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), tzinfo=self._zone)
        return local.astimezone(dt.UTC)

    def column(self, column: int) -> Column | None:
        columns = self._layout.columns
        return columns[column] if 0 <= column < len(columns) else None

    def appointments_at(self, row: int, column: int) -> list[AgendaEntry]:
        return list(self._layout.starting.get((row, column), ()))

    def index_of(self, appointment_id: int) -> QModelIndex:
        for (row, column), found in self._layout.starting.items():
            if any(a.id == appointment_id for a in found):
                return self.index(row, column)
        return QModelIndex()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            column = self.column(section)
            if column is None:
                return None
            if role == Qt.ItemDataRole.FontRole:
                return self._bold if column.day == self._layout.today and column.staff is None else None
            if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return None
            if column.staff is not None:
                return column.staff or translate("AgendaModel", "Sans attribution")
            if role == Qt.ItemDataRole.ToolTipRole:
                return texts.format_day(column.day)
            return texts.format_day_short(column.day)
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self._layout.rows:
            minutes = self._layout.first_minutes + section * SLOT_MINUTES
            return texts.format_time(dt.time(minutes // 60 % 24, minutes % 60))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = (index.row(), index.column())
        layout = self._layout
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return layout.texts.get(cell, "")
        if role == Qt.ItemDataRole.BackgroundRole:
            status = layout.covered.get(cell)
            return self._tints[status] if status is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if cell in layout.blocked:
                return self._alert
            return self._grey if cell in layout.inactive else None
        if role == Qt.ItemDataRole.FontRole:
            return self._struck if cell in layout.cancelled else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(self._tooltip(a) for a in layout.starting.get(cell, ())) or None
        if role == self.ID_ROLE:
            found = layout.starting.get(cell)
            return found[0].id if found else None
        if role == self.IDS_ROLE:
            return [a.id for a in layout.starting.get(cell, ())]
        if role == self.START_ROLE:
            return self.slot_start(*cell) if 0 <= cell[1] < len(layout.columns) else None
        if role == self.STAFF_ROLE:
            column = self.column(cell[1])
            return column.staff if column is not None else None
        return None

    def paint_cell(self, row: int, column: int) -> tuple[str, QColor | None, QColor | None, QFont | None]:
        """(text, background, text colour, font) of a cell, in one call: what the grid's delegate paints."""
        cell = (row, column)
        layout = self._layout
        status = layout.covered.get(cell)
        foreground = (
            self._alert if cell in layout.blocked else self._grey if cell in layout.inactive else None
        )
        return (
            layout.texts.get(cell, ""),
            self._tints[status] if status is not None else None,
            foreground,
            self._struck if cell in layout.cancelled else None,
        )

    def _tooltip(self, appointment: AgendaEntry) -> str:
        lines = [
            appointment.client_name,
            texts.format_moment(appointment.start, self._zone),
            translate("AgendaModel", "%n minute(s)", "", appointment.duration_minutes),
            texts.appointment_status_label(appointment.status),
        ]
        lines += [p for p in (appointment.kind, appointment.staff, appointment.location) if p]
        if appointment.blocked_notices:
            lines.append(
                translate("AgendaModel", "Un rappel est bloqué : ouvrez le rendez-vous pour savoir pourquoi.")
            )
        return "\n".join(lines)

    # ---------------------------------------------------------------- drag and drop
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsDropEnabled
        if (index.row(), index.column()) in self._layout.draggable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        for index in indexes:
            active = [a for a in self._layout.starting.get((index.row(), index.column()), ()) if a.active]
            if active:
                data.setData(MIME_TYPE, QByteArray(str(active[0].id).encode()))
                break
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and parent.isValid()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            appointment_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        target = (parent.row(), parent.column())
        moving = next(
            (a for found in self._layout.starting.values() for a in found if a.id == appointment_id), None
        )
        new_start = self.slot_start(*target)
        if moving is not None:  # keep the minutes past the slot: 14h10 dropped on 16h00 → 16h10
            offset = moving.start.astimezone(self._zone).minute % SLOT_MINUTES
            new_start += dt.timedelta(minutes=offset)
        staff = self._layout.columns[parent.column()].staff
        if moving is not None and new_start == moving.start and (staff is None or staff == moving.staff):
            return False
        self.move_requested.emit(appointment_id, new_start, staff)
        return True
