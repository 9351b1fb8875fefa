"""The selected appointment beside the agenda: who, when, with whom, its status, and each planned reminder
with what became of it. It lays out and asks; the agenda view acts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.agenda import AgendaEntry, Appointment, Notice
from desktop.core.entities import AppointmentStatus
from desktop.ui import texts
from desktop.ui.models.notices_model import NoticesModel

#: The statuses offered in the combo (cancelling has its own button).
STATUS_CHOICES = (
    AppointmentStatus.PLANNED,
    AppointmentStatus.CONFIRMED,
    AppointmentStatus.DONE,
    AppointmentStatus.NO_SHOW,
)


class AppointmentDetail(QWidget):
    chosen = Signal(int)  # another appointment of the same slot was chosen
    edit_requested = Signal()
    cancel_requested = Signal()
    status_requested = Signal(object)  # AppointmentStatus
    client_requested = Signal(int)

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._appointment: Appointment | None = None
        self._filling = False
        self.empty = QLabel(
            self.tr("Choisissez un rendez-vous dans l'agenda, ou double-cliquez un créneau libre.")
        )
        self.empty.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Rendez-vous de ce créneau"))
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.when = QLabel()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.status = QComboBox()
        for status in STATUS_CHOICES:
            self.status.addItem(texts.appointment_status_label(status), status.value)
        self.cancelled = QLabel(self.tr("Rendez-vous annulé."))
        self.cancelled.setStyleSheet("color: #6b6b6b;")
        self.client_button = QPushButton(self.tr("Fiche du &client"))
        self.edit_button = QPushButton(self.tr("&Modifier ou déplacer…"))
        self.cancel_button = QPushButton(self.tr("Annu&ler le rendez-vous"))
        self.notices_model = NoticesModel(zone, self)
        self.notices = QTableView()
        self.notices.setModel(self.notices_model)
        self.notices.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.notices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notices.verticalHeader().setVisible(False)
        self.notices.setWordWrap(True)
        header = self.notices.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.notices.setAccessibleName(self.tr("Rappels du rendez-vous"))
        self.no_notice = QLabel(
            self.tr("Aucun rappel : trop tard pour en envoyer un, ou rappels désactivés pour ce type.")
        )
        self.no_notice.setWordWrap(True)
        self.no_notice.setStyleSheet("color: #6b6b6b;")

        form = QFormLayout()
        status_title = QLabel(self.tr("&Statut"))
        status_title.setBuddy(self.status)
        form.addRow(status_title, self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.choice)
        body.addWidget(self.title)
        body.addWidget(self.when)
        body.addWidget(self.details)
        body.addWidget(self.client_button)
        body.addLayout(form)
        body.addWidget(self.cancelled)
        body.addLayout(buttons)
        body.addWidget(QLabel(self.tr("Rappels par SMS")))
        body.addWidget(self.notices, 1)
        body.addWidget(self.no_notice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.body.hide()

        self.choice.activated.connect(lambda row: self.chosen.emit(int(self.choice.itemData(row))))
        self.edit_button.clicked.connect(self.edit_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.client_button.clicked.connect(self._client)
        self.status.activated.connect(self._status)

    def appointment(self) -> Appointment | None:
        return self._appointment

    def show_appointment(
        self,
        appointment: Appointment | None,
        notices: list[Notice],
        *,
        others: Sequence[AgendaEntry | Appointment] | None = None,
        today: dt.date | None = None,
    ) -> None:
        self._appointment = appointment
        self.empty.setVisible(appointment is None)
        self.body.setVisible(appointment is not None)
        if appointment is None:
            self.notices_model.set_notices([])
            return
        self._filling = True
        try:
            self.choice.clear()
            for other in others or [appointment]:
                label = f"{texts.format_time(other.start.astimezone(self._zone))} {other.client_name}"
                self.choice.addItem(label, other.id)
            self.choice.setCurrentIndex(max(0, self.choice.findData(appointment.id)))
            self.choice.setVisible(self.choice.count() > 1)
            self.title.setText(appointment.client_name)
            end = appointment.end.astimezone(self._zone)
            self.when.setText(
                self.tr("%1 – %2 (%3 min)")
                .replace("%1", texts.format_moment(appointment.start, self._zone, today=today))
                .replace("%2", texts.format_time(end))
                .replace("%3", str(appointment.duration_minutes))
            )
            self.details.setText(
                " · ".join(p for p in (appointment.kind, appointment.staff, appointment.location) if p)
            )
            self.details.setVisible(bool(self.details.text()))
            active = appointment.status is not AppointmentStatus.CANCELLED
            self.status.setCurrentIndex(max(0, self.status.findData(appointment.status.value)))
            self.status.setEnabled(active)
            self.cancelled.setVisible(not active)
            self.edit_button.setEnabled(active)
            self.cancel_button.setEnabled(active)
            self.notices_model.set_notices(notices, today)
            self.no_notice.setVisible(not notices)
            self.notices.setVisible(bool(notices))
            self.notices.resizeRowsToContents()
        finally:
            self._filling = False

    def _status(self, row: int) -> None:
        if self._filling or self._appointment is None:
            return
        status = AppointmentStatus(str(self.status.itemData(row)))
        if status is not self._appointment.status:
            self.status_requested.emit(status)

    def _client(self) -> None:
        if self._appointment is not None:
            self.client_requested.emit(self._appointment.client_id)
