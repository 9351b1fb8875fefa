"""The agenda grid: rows are time slots of the business's day, columns are days (week view) or staff members
(day view). A cell shows the appointments starting in its slot; the slots an appointment lasts are tinted.

Dragging an appointment onto another cell does not change the model: it emits ``move_requested`` (the view
asks the service, and the period is read again). Cells hold appointment ids, never live records.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
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

from desktop.core.agenda import Appointment
from desktop.core.entities import AppointmentStatus
from desktop.storage.repositories.appointments import AgendaEntry
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


class AgendaModel(QAbstractTableModel):
    """Slots × columns of one period; ``set_period`` replaces everything at once."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1  # id of the first appointment starting in the cell, or None
    IDS_ROLE = Qt.ItemDataRole.UserRole + 2  # ids of every appointment starting in the cell
    START_ROLE = Qt.ItemDataRole.UserRole + 3  # the cell's moment (aware, UTC)
    STAFF_ROLE = Qt.ItemDataRole.UserRole + 4  # the column's staff member (None in the week view)

    move_requested = Signal(int, object, object)  # appointment id, new start (UTC), staff (None: unchanged)

    def __init__(self, zone: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._columns: list[Column] = []
        self._first = DAY_START
        self._rows = 0
        self._starting: dict[tuple[int, int], list[Appointment]] = {}
        self._covered: dict[tuple[int, int], Appointment] = {}
        self._blocked: dict[int, int] = {}
        self._today: dt.date | None = None

    # ---------------------------------------------------------------- filling
    def set_period(
        self,
        days: Sequence[dt.date],
        entries: Sequence[AgendaEntry],
        staff_columns: Sequence[str] | None = None,
        today: dt.date | None = None,
    ) -> None:
        """One column per day, or (one day, `staff_columns` given) one column per staff member."""
        self.beginResetModel()
        if staff_columns is not None and len(days) == 1:
            self._columns = [Column(days[0], name) for name in staff_columns]
        else:
            self._columns = [Column(day, None) for day in days]
        self._today = today
        local = [(e, e.appointment.start.astimezone(self._zone)) for e in entries]
        first = min([DAY_START, *(start.time() for _e, start in local)])
        self._first = dt.time(first.hour, 0)
        last_minutes = max(
            [
                DAY_END.hour * 60,
                *(
                    start.hour * 60 + start.minute + max(e.appointment.duration_minutes, SLOT_MINUTES)
                    for e, start in local
                ),
            ]
        )
        last_minutes = min(last_minutes, 24 * 60)
        self._rows = math.ceil((last_minutes - self._first.hour * 60) / SLOT_MINUTES)
        self._starting = defaultdict(list)
        self._covered = {}
        self._blocked = {e.appointment.id: e.blocked_notices for e in entries if e.blocked_notices}
        for entry, start in local:
            column = self._column_of(start.date(), entry.appointment.staff)
            if column is None:
                continue
            row = self._row_of(start)
            self._starting[(row, column)].append(entry.appointment)
            slots = max(1, math.ceil(entry.appointment.duration_minutes / SLOT_MINUTES))
            for offset in range(slots):
                cell = (row + offset, column)
                current = self._covered.get(cell)
                if current is None or not current.active:
                    self._covered[cell] = entry.appointment
        self._starting = dict(self._starting)
        self.endResetModel()

    def _column_of(self, day: dt.date, staff: str) -> int | None:
        for index, column in enumerate(self._columns):
            if column.day == day and (column.staff is None or column.staff == staff):
                return index
        return None

    def _row_of(self, local: dt.datetime) -> int:
        minutes = local.hour * 60 + local.minute - self._first.hour * 60
        return max(0, minutes // SLOT_MINUTES)

    # ---------------------------------------------------------------- reading
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def slot_start(self, row: int, column: int) -> dt.datetime:
        """The moment a cell stands for (aware, UTC)."""
        day = self._columns[column].day
        minutes = self._first.hour * 60 + row * SLOT_MINUTES
        local = dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), tzinfo=self._zone)
        return local.astimezone(dt.UTC)

    def column(self, column: int) -> Column | None:
        return self._columns[column] if 0 <= column < len(self._columns) else None

    def appointments_at(self, row: int, column: int) -> list[Appointment]:
        return list(self._starting.get((row, column), ()))

    def index_of(self, appointment_id: int) -> QModelIndex:
        for (row, column), found in self._starting.items():
            if any(a.id == appointment_id for a in found):
                return self.index(row, column)
        return QModelIndex()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Horizontal:
                column = self.column(section)
                if column is not None and column.day == self._today:
                    font = QFont()
                    font.setBold(True)
                    return font
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self.column(section)
            if column is None:
                return None
            if column.staff is not None:
                return column.staff or translate("AgendaModel", "Sans attribution")
            if role == Qt.ItemDataRole.ToolTipRole:
                return texts.format_day(column.day)
            return texts.format_day_short(column.day)
        if 0 <= section < self._rows:
            minutes = self._first.hour * 60 + section * SLOT_MINUTES
            return texts.format_time(dt.time(minutes // 60 % 24, minutes % 60))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < self._rows and 0 <= index.column() < len(self._columns)
        ):
            return None
        cell = (index.row(), index.column())
        starting = self._starting.get(cell, [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join(self._line(a) for a in starting)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(self._tooltip(a) for a in starting) or None
        if role == self.ID_ROLE:
            return starting[0].id if starting else None
        if role == self.IDS_ROLE:
            return [a.id for a in starting]
        if role == self.START_ROLE:
            return self.slot_start(*cell)
        if role == self.STAFF_ROLE:
            return self._columns[index.column()].staff
        if role == Qt.ItemDataRole.BackgroundRole:
            covering = self._covered.get(cell)
            return QColor(_TINTS[covering.status]) if covering is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and starting:
            if any(self._blocked.get(a.id) for a in starting):
                return QColor(_ALERT)
            if all(not a.active for a in starting):
                return QColor("#777777")
        if (
            role == Qt.ItemDataRole.FontRole
            and starting
            and all(a.status is AppointmentStatus.CANCELLED for a in starting)
        ):
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _line(self, appointment: Appointment) -> str:
        start = texts.format_time(appointment.start.astimezone(self._zone))
        line = f"{start} {appointment.client_name}"
        if appointment.kind:
            line += f" · {appointment.kind}"
        if self._blocked.get(appointment.id):
            line += " ⚠"
        return line

    def _tooltip(self, appointment: Appointment) -> str:
        lines = [
            appointment.client_name,
            texts.format_moment(appointment.start, self._zone),
            translate("AgendaModel", "%n minute(s)", "", appointment.duration_minutes),
            texts.appointment_status_label(appointment.status),
        ]
        lines += [p for p in (appointment.kind, appointment.staff, appointment.location) if p]
        if self._blocked.get(appointment.id):
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
        if any(a.active for a in self._starting.get((index.row(), index.column()), ())):
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
            active = [a for a in self._starting.get((index.row(), index.column()), ()) if a.active]
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
        moving = next((a for found in self._starting.values() for a in found if a.id == appointment_id), None)
        new_start = self.slot_start(*target)
        if moving is not None:  # keep the minutes past the slot: 14h10 dropped on 16h00 → 16h10
            offset = moving.start.astimezone(self._zone).minute % SLOT_MINUTES
            new_start += dt.timedelta(minutes=offset)
        staff = self._columns[parent.column()].staff
        if moving is not None and new_start == moving.start and (staff is None or staff == moving.staff):
            return False
        self.move_requested.emit(appointment_id, new_start, staff)
        return True
