"""The client card's « Rendez-vous et commandes »: the client's appointments (coming first) with their reminder,
and their orders with their status; double-click opens one in its area, the buttons book or record one."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.agenda import Appointment, Notice, NoticeStatus, Order
from desktop.services.changes import Changes
from desktop.ui import texts

LIMIT = 50


class ClientAgendaPanel(QGroupBox):
    appointment_requested = Signal(int)
    order_requested = Signal(int)
    new_appointment_requested = Signal(int, str)  # client id, name
    new_order_requested = Signal(int, str)
    loaded = Signal(int)

    def __init__(
        self, appointments, orders, tasks, zone: ZoneInfo, clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rendez-vous et commandes"))
        self._appointments = appointments
        self._orders = orders
        self._tasks = tasks
        self._zone = zone
        self._clock = clock
        self._client_id: int | None = None
        self._client_name = ""
        self.appointment_list = QListWidget()
        self.appointment_list.setAccessibleName(self.tr("Rendez-vous du client"))
        self.order_list = QListWidget()
        self.order_list.setAccessibleName(self.tr("Commandes du client"))
        for widget in (self.appointment_list, self.order_list):
            widget.setMaximumHeight(110)
        self.none = QLabel(self.tr("Aucun rendez-vous ni commande."))
        self.none.setStyleSheet("color: #6b6b6b;")
        self.new_appointment_button = QPushButton(self.tr("Prendre un &rendez-vous…"))
        self.new_order_button = QPushButton(self.tr("Nouvelle comma&nde…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_appointment_button)
        buttons.addWidget(self.new_order_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.appointment_list)
        layout.addWidget(self.order_list)
        layout.addLayout(buttons)
        self.appointment_list.itemActivated.connect(
            lambda item: self.appointment_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.order_list.itemActivated.connect(
            lambda item: self.order_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.new_appointment_button.clicked.connect(self._new_appointment)
        self.new_order_button.clicked.connect(self._new_order)

    def _new_appointment(self) -> None:
        if self._client_id is not None:
            self.new_appointment_requested.emit(self._client_id, self._client_name)

    def _new_order(self) -> None:
        if self._client_id is not None:
            self.new_order_requested.emit(self._client_id, self._client_name)

    def show_client(self, client_id: int, name: str = "") -> None:
        self._client_id = client_id
        self._client_name = name
        self.reload()

    def reload(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return

        def load():
            appointments = self._appointments.of_client(client_id, LIMIT)
            notices = self._appointments.notices_of([a.id for a in appointments])
            orders = self._orders.of_client(client_id, LIMIT)
            return appointments, notices, orders, self._orders.notices([o.id for o in orders])

        self._tasks.run(load, on_done=lambda found: self._show(client_id, *found), on_error=self._failed)

    def _show(
        self,
        client_id: int,
        appointments: list[Appointment],
        notices: dict[int, list[Notice]],
        orders: list[Order],
        order_notices: dict[int, list[Notice]],
    ) -> None:
        if client_id != self._client_id:
            return
        now = self._clock.now()
        today = now.astimezone(self._zone).date()
        coming = sorted((a for a in appointments if a.end >= now), key=lambda a: a.start)
        past = [a for a in appointments if a.end < now]
        self.appointment_list.clear()
        for appointment in [*coming, *past]:
            item = QListWidgetItem(
                self._appointment_line(appointment, notices.get(appointment.id, []), today)
            )
            item.setData(Qt.ItemDataRole.UserRole, appointment.id)
            if not appointment.active or appointment.end < now:
                item.setForeground(Qt.GlobalColor.gray)
            self.appointment_list.addItem(item)
        self.order_list.clear()
        for order in orders:
            line = f"{order.label} · {texts.order_status_label(order.status)}"
            latest = _latest(order_notices.get(order.id, []))
            if latest is not None:
                line += f" — {texts.notice_kind_label(latest.kind)} : {texts.notice_text(latest, self._zone, today=today)}"
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, order.id)
            self.order_list.addItem(item)
        self.appointment_list.setVisible(bool(appointments))
        self.order_list.setVisible(bool(orders))
        self.none.setVisible(not appointments and not orders)
        self.loaded.emit(client_id)

    def _appointment_line(self, appointment: Appointment, notices: list[Notice], today: dt.date) -> str:
        line = texts.format_moment(appointment.start, self._zone, today=today)
        details = [p for p in (appointment.kind, appointment.staff) if p]
        details.append(texts.appointment_status_label(appointment.status))
        line += " · " + " · ".join(details)
        latest = _latest(notices)
        if latest is not None and appointment.active:
            line += f" — {texts.notice_text(latest, self._zone, today=today)}"
        return line

    def lines(self) -> tuple[list[str], list[str]]:
        """The lines shown (appointments, orders), for tests and accessibility checks."""
        return (
            [self.appointment_list.item(i).text() for i in range(self.appointment_list.count())],
            [self.order_list.item(i).text() for i in range(self.order_list.count())],
        )

    def on_changes(self, changes: Changes) -> None:
        if self._client_id is not None and (
            changes.agenda or changes.messages or self._client_id in changes.clients
        ):
            self.reload()

    def _failed(self, error: BaseException) -> None:
        if getattr(error, "code", None) is None:
            raise error
        self.none.setText(self.tr("Impossible de lire les rendez-vous pour l'instant."))
        self.none.show()


def _latest(notices: list[Notice]) -> Notice | None:
    alive = [n for n in notices if n.status is not NoticeStatus.CANCELLED]
    return max(alive, key=lambda n: (n.due_at, n.id), default=None)
