"""The Orders area (« Interventions » for a craftsman): the list by status, and for the selected one its
messages and the actions — ready (which tells the client, or proposes to), collected / done, cancel, and for
an intervention the one-click notices: on the way, delay, quote date."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import catalogue
from desktop.core.agenda import CLOSED_ORDERS, Notice, NoticeKind, Order
from desktop.core.entities import OrderStatus
from desktop.services.changes import Changes
from desktop.ui import texts
from desktop.ui.dialogs.order_dialogs import NoticeTimeDialog, OrderDialog
from desktop.ui.models.notices_model import NoticesModel
from desktop.ui.models.orders_model import OrdersModel

OPEN = "open"
ALL = "all"
REFRESH_DEBOUNCE_MS = 300
#: Proposed time of an arrival: in half an hour; of a delay notice: in an hour.
_PROPOSED = {
    NoticeKind.ON_THE_WAY: dt.timedelta(minutes=30),
    NoticeKind.DELAY: dt.timedelta(hours=1),
    NoticeKind.QUOTE_DATE: dt.timedelta(days=3),
}


class OrdersView(QWidget):
    loaded = Signal()
    client_requested = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        orders,
        clients,
        tasks,
        zone: ZoneInfo,
        clock,
        *,
        interventions: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._orders = orders
        self._clients = clients
        self._tasks = tasks
        self._zone = zone
        self._clock = clock
        self._interventions = interventions
        self._generation = 0
        self._selected: int | None = None
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Quelles commandes"))
        self.filter.addItem(self.tr("En cours et prêtes"), OPEN)
        for status in OrderStatus:
            self.filter.addItem(texts.order_status_label(status), status.value)
        self.filter.addItem(self.tr("Toutes"), ALL)
        self.new_button = QPushButton(
            self.tr("&Nouvelle intervention…") if self._interventions else self.tr("&Nouvelle commande…")
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.model = OrdersModel(self._zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(
            self.tr("Interventions") if self._interventions else self.tr("Commandes")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the label takes what is left
        header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(header.count() - 1, 220)  # « Message « prête » : Livré »
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.ready_button = QPushButton(self.tr("&Prête : prévenir le client"))
        self.collected_button = QPushButton(
            self.tr("&Terminée") if self._interventions else self.tr("&Retirée")
        )
        self.cancel_button = QPushButton(self.tr("Annu&ler"))
        self.client_button = QPushButton(self.tr("Fiche du &client"))
        self.on_the_way_button = QPushButton(self.tr("Technicien &en route…"))
        self.delay_button = QPushButton(self.tr("Re&tard…"))
        self.quote_button = QPushButton(self.tr("Date du &devis…"))
        for button in (self.on_the_way_button, self.delay_button, self.quote_button):
            button.setVisible(self._interventions)
        self.ready_button.setVisible(not self._interventions)
        self.notices_model = NoticesModel(self._zone, self)
        self.notices = QTableView()
        self.notices.setModel(self.notices_model)
        self.notices.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.notices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notices.verticalHeader().setVisible(False)
        self.notices.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.notices.horizontalHeader().setStretchLastSection(True)
        self.notices.setWordWrap(True)
        self.notices.setAccessibleName(self.tr("Messages de la commande"))

        bar = QHBoxLayout()
        bar.addWidget(self.filter)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        actions = QGridLayout()
        actions.addWidget(self.ready_button, 0, 0)
        actions.addWidget(self.collected_button, 0, 1)
        actions.addWidget(self.cancel_button, 0, 2)
        actions.addWidget(self.on_the_way_button, 1, 0)
        actions.addWidget(self.delay_button, 1, 1)
        actions.addWidget(self.quote_button, 1, 2)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.addWidget(self.title)
        detail.addWidget(self.state)
        detail.addWidget(self.client_button)
        detail.addLayout(actions)
        detail.addWidget(QLabel(self.tr("Messages")))
        detail.addWidget(self.notices, 1)
        self.detail.setEnabled(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.status_line)
        layout.addWidget(splitter, 1)

        self.filter.activated.connect(lambda _row: self.refresh())
        self.new_button.clicked.connect(self._new_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.ready_button.clicked.connect(self.mark_ready)
        self.collected_button.clicked.connect(self.mark_collected)
        self.cancel_button.clicked.connect(self.cancel)
        self.client_button.clicked.connect(self._client)
        self.on_the_way_button.clicked.connect(lambda: self.notify(NoticeKind.ON_THE_WAY))
        self.delay_button.clicked.connect(lambda: self.notify(NoticeKind.DELAY))
        self.quote_button.clicked.connect(lambda: self.notify(NoticeKind.QUOTE_DATE))

    # ---------------------------------------------------------------- loading
    def _statuses(self) -> list[OrderStatus] | None:
        value = self.filter.currentData()
        if value == OPEN:
            return [OrderStatus.IN_PROGRESS, OrderStatus.READY]
        return None if value == ALL else [OrderStatus(value)]

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        statuses = self._statuses()

        def load() -> tuple[list[Order], dict[int, list[Notice]]]:
            found = self._orders.listing(statuses)
            return found, self._orders.notices([o.id for o in found])

        self._tasks.run(load, on_done=lambda found: self._show(generation, *found), on_error=self._on_error)

    def _show(self, generation: int, orders: list[Order], notices: dict[int, list[Notice]]) -> None:
        if generation != self._generation:
            return
        self.model.set_orders(orders, notices, self._clock.now())
        row = self.model.row_of(self._selected) if self._selected is not None else None
        if row is not None:
            self.table.selectRow(row)
            self._show_detail(self.model.order(row))
        else:
            self._show_detail(None)
        self.loaded.emit()

    def _today(self) -> dt.date:
        return self._clock.now().astimezone(self._zone).date()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        order = self.model.order(current.row()) if current.isValid() else None
        self._selected = order.id if order else None
        self._show_detail(order)

    def select(self, order_id: int) -> None:
        self._selected = order_id
        row = self.model.row_of(order_id)
        if row is not None:
            self.table.selectRow(row)

    def show_order(self, order_id: int) -> None:
        """Show this order, whatever its status (the filter moves to « Toutes »)."""
        self._selected = order_id
        self.filter.setCurrentIndex(max(0, self.filter.findData(ALL)))
        self.refresh()

    def selected_order(self) -> Order | None:
        row = self.model.row_of(self._selected) if self._selected is not None else None
        return self.model.order(row) if row is not None else None

    def _show_detail(self, order: Order | None) -> None:
        self.detail.setEnabled(order is not None)
        if order is None:
            self.title.setText("")
            self.state.setText("")
            self.notices_model.set_notices([])
            return
        self.title.setText(f"{order.label} — {order.client_name}")
        self.state.setText(texts.order_status_label(order.status))
        closed = order.status in CLOSED_ORDERS
        self.ready_button.setEnabled(order.status is OrderStatus.IN_PROGRESS)
        for button in (self.collected_button, self.cancel_button, self.on_the_way_button, self.delay_button,
                       self.quote_button):  # fmt: skip
            button.setEnabled(not closed)
        self.notices_model.set_notices(self.model.notices(order.id), self._today())
        self.notices.resizeRowsToContents()

    # ---------------------------------------------------------------- actions
    def _new_clicked(self) -> None:
        self.new_order()

    def new_order(self, client: tuple[int, str] | None = None) -> Order | None:
        created = OrderDialog.ask(
            self._clients,
            self._tasks,
            self._orders.add,
            interventions=self._interventions,
            client=client,
            parent=self,
        )
        if isinstance(created, Order):
            self._done(created, self.tr("Enregistrée."))
            return created
        return None

    def mark_ready(self) -> None:
        order = self.selected_order()
        if order is None:
            return

        def done(outcome) -> None:
            self._done(outcome.order, self.tr("Commande prête."))
            if outcome.proposed:
                question = self.tr("La commande de %1 est prête. Prévenir le client maintenant par SMS ?")
                answer = QMessageBox.question(
                    self, self.tr("Commande prête"), question.replace("%1", order.client_name)
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self._run(
                        lambda: self._orders.notify_ready(order.id), self.tr("Message « prête » prévu.")
                    )

        self._tasks.run(lambda: self._orders.mark_ready(order.id), on_done=done, on_error=self._action_failed)

    def mark_collected(self) -> None:
        order = self.selected_order()
        if order is not None:
            said = self.tr("Intervention terminée.") if self._interventions else self.tr("Commande retirée.")
            self._run(lambda: self._orders.mark_collected(order.id), said)

    def cancel(self) -> None:
        order = self.selected_order()
        if order is None:
            return
        question = self.tr(
            "Annuler « %1 » de %2 ? Les messages qui ne sont pas encore partis ne partiront pas."
        )
        answer = QMessageBox.question(
            self, self.tr("Annuler"), question.replace("%1", order.label).replace("%2", order.client_name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self._orders.cancel(order.id), self.tr("Annulée."))

    def notify(self, kind: NoticeKind) -> None:
        """One click from the intervention: the time it announces (proposed), then the message is planned."""
        order = self.selected_order()
        if order is None:
            return
        proposed = self._clock.now() + _PROPOSED[kind]
        proposed = proposed.replace(minute=proposed.minute - proposed.minute % 5, second=0, microsecond=0)
        when = NoticeTimeDialog.ask(kind, proposed, self._zone, self)
        if when is None:
            return
        orders, order_id = self._orders, order.id

        def work():
            notified = orders.notify(order_id, kind, when)
            sent = [n for n in orders.notices([order_id]).get(order_id, ()) if n.kind is kind]
            return notified, max(sent, key=lambda n: n.id)

        def done(result) -> None:
            notified, notice = result
            said = "%1 : %2".replace("%1", texts.notice_kind_label(kind))
            self._done(notified, said.replace("%2", texts.notice_text(notice, self._zone)))

        self._tasks.run(work, on_done=done, on_error=self._action_failed)

    def _run(self, work, said: str) -> None:
        self._tasks.run(work, on_done=lambda order: self._done(order, said), on_error=self._action_failed)

    def _done(self, order: Order, said: str) -> None:
        self.error.hide()
        self.status_line.setText(said)
        self._selected = order.id
        self.refresh()

    def _client(self) -> None:
        order = self.selected_order()
        if order is not None:
            self.client_requested.emit(order.client_id)

    # ---------------------------------------------------------------- changes and errors
    def on_changes(self, changes: Changes) -> None:
        if changes.agenda or changes.messages or changes.clients or changes.clients_reset:
            if self.isVisible():
                self._timer.start()
            else:
                self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()

    def _on_error(self, error: BaseException) -> None:
        code = getattr(error, "code", None)
        if not (isinstance(code, str) and catalogue.has(code)):
            raise error
        text = catalogue.explain(code, **(getattr(error, "params", None) or {}))
        self.error.setText(text)
        self.error.show()
        self.failed.emit(text)

    def _action_failed(self, error: BaseException) -> None:
        self._on_error(error)
        self.refresh()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""
