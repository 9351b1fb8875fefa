"""The Agenda and Orders areas and their panel in the client card, built together and kept told of changes.

The shell adds the two areas to the navigation and forwards changes; moving between a client's card, an
appointment and an order happens here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.core.agenda import Appointment
from desktop.core.entities import Sector
from desktop.services.changes import Changes
from desktop.ui.views.agenda_view import AgendaView
from desktop.ui.views.orders_view import OrdersView
from desktop.ui.widgets.client_agenda import ClientAgendaPanel


class AgendaAreas(QObject):
    def __init__(
        self, context, tasks, window, card, clients_area, zone, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = tasks
        self._window = window
        self._clients_area = clients_area
        self.interventions = context.settings.get().business.sector is Sector.CRAFTSMAN
        self.agenda = AgendaView(
            context.appointments,
            context.reminders,
            context.clients,
            context.settings,
            tasks,
            zone,
            context.clock,
        )
        self.orders = OrdersView(
            context.orders, context.clients, tasks, zone, context.clock, interventions=self.interventions
        )
        self.panel = ClientAgendaPanel(context.appointments, context.orders, tasks, zone, context.clock)
        card.add_panel(self.panel)
        card.loaded.connect(lambda client_id: self.panel.show_client(client_id, card.title.text()))
        for view in (self.agenda, self.orders):
            view.client_requested.connect(self.open_client)
        self.panel.appointment_requested.connect(self.open_appointment)
        self.panel.order_requested.connect(self.open_order)
        self.panel.new_appointment_requested.connect(
            lambda client_id, name: self.agenda.new_appointment(client=(client_id, name))
        )
        self.panel.new_order_requested.connect(
            lambda client_id, name: self.orders.new_order(client=(client_id, name))
        )

    def add_to(self, window) -> None:
        window.add_area("agenda", self.tr("Agenda"), self.agenda, icon="agenda")
        window.add_area(
            "orders",
            self.tr("Interventions") if self.interventions else self.tr("Commandes"),
            self.orders,
            icon="orders",
        )

    def start(self) -> None:
        self.agenda.refresh()
        self.orders.refresh()

    def on_changes(self, changes: Changes) -> None:
        self.panel.on_changes(changes)
        self.agenda.on_changes(changes)
        self.orders.on_changes(changes)

    # ---------------------------------------------------------------- going from one to the other
    def open_client(self, client_id: int) -> None:
        self._window.show_area("clients")
        self._clients_area.show_card(client_id)

    def open_appointment(self, appointment_id: int) -> None:
        def show(appointment: Appointment) -> None:
            self._window.show_area("agenda")
            self.agenda.show_appointment(appointment)

        self._tasks.run(
            lambda: self._context.appointments.get(appointment_id), on_done=show, on_error=self.agenda.report
        )

    def open_order(self, order_id: int) -> None:
        self._window.show_area("orders")
        self.orders.show_order(order_id)
