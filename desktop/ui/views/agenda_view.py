"""The Agenda area: a day (one column per staff member) or a week (one column per day), the selected
appointment beside it with its reminders, and the actions — book, edit, move (drag or dialog), cancel,
change status.

Everything is read and written through ``tasks`` (off the UI thread); the grid is filled in one model reset.
Dropping an appointment on another slot asks the service to move it, then the period is read again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from desktop.core.agenda import Appointment, AppointmentDraft, Notice
from desktop.core.entities import AppointmentStatus
from desktop.services.agenda import defaults
from desktop.services.changes import Changes
from desktop.settings import AppointmentKind
from desktop.ui import texts
from desktop.ui.dialogs.appointment_dialog import AppointmentDialog
from desktop.ui.models.agenda_model import AgendaLayout, AgendaModel, layout_period
from desktop.ui.views.appointment_detail import AppointmentDetail
from desktop.ui.widgets.agenda_delegate import AgendaDelegate

DAY, WEEK = "day", "week"
EVERYONE = None
REFRESH_DEBOUNCE_MS = 300


@dataclass(frozen=True)
class _Loaded:
    """A period as the worker thread reads and lays it out."""

    first_day: dt.date
    days: int
    layout: AgendaLayout
    staff: list[str]
    kinds: tuple[AppointmentKind, ...]
    blocked: int
    today: dt.date


class AgendaView(QWidget):
    loaded = Signal()  # a period is shown
    detail_loaded = Signal()  # the selected appointment and its reminders are shown
    client_requested = Signal(int)
    failed = Signal(str)  # a French explanation was shown

    def __init__(
        self,
        appointments,
        reminders,
        clients,
        settings,
        tasks,
        zone: ZoneInfo,
        clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._appointments = appointments
        self._reminders = reminders
        self._clients = clients
        self._settings = settings
        self._tasks = tasks
        self._zone = zone
        self._clock = clock
        self._mode = WEEK
        self._day = self._today()
        self._staff_filter: str | None = EVERYONE
        self._loaded: _Loaded | None = None
        self._generation = 0
        self._selected: int | None = None
        self._dirty = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DEBOUNCE_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        self.previous_button = QPushButton("◀")
        self.previous_button.setAccessibleName(self.tr("Période précédente"))
        self.previous_button.setToolTip(self.tr("Période précédente"))
        self.today_button = QPushButton(self.tr("Aujo&urd'hui"))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Période suivante"))
        self.next_button.setToolTip(self.tr("Période suivante"))
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-weight: bold;")
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Semaine"), WEEK)
        self.mode.addItem(self.tr("Jour"), DAY)
        self.mode.setAccessibleName(self.tr("Affichage"))
        self.staff_filter = QComboBox()
        self.staff_filter.setAccessibleName(self.tr("Pour qui"))
        self.staff_filter.addItem(self.tr("Tout le monde"), EVERYONE)
        self.new_button = QPushButton(self.tr("&Nouveau rendez-vous…"))
        self.alert = QLabel()
        self.alert.setStyleSheet("color: #b00020;")
        self.alert.setWordWrap(True)
        self.alert.hide()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.model = AgendaModel(self._zone, self)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(AgendaDelegate(self.grid))
        self.grid.setAccessibleName(self.tr("Agenda"))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setDragEnabled(True)
        self.grid.setAcceptDrops(True)
        self.grid.setDropIndicatorShown(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.grid.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setDefaultSectionSize(28)
        self.detail = AppointmentDetail(self._zone)

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button, self.period_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for control in (self.mode, self.staff_filter, self.new_button):
            bar.addWidget(control)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.alert)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)

        self.previous_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        self.today_button.clicked.connect(self.go_today)
        self.mode.activated.connect(lambda _row: self.set_mode(str(self.mode.currentData())))
        self.staff_filter.activated.connect(lambda _row: self._filter_changed())
        self.new_button.clicked.connect(self._new_clicked)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.grid.doubleClicked.connect(self._double_clicked)
        self.model.move_requested.connect(self.move_appointment)
        self.detail.chosen.connect(self.select)
        self.detail.edit_requested.connect(self.edit_selected)
        self.detail.cancel_requested.connect(self.cancel_selected)
        self.detail.status_requested.connect(self.set_status)
        self.detail.client_requested.connect(self.client_requested)

    # ---------------------------------------------------------------- period
    def _today(self) -> dt.date:
        return self._clock.now().astimezone(self._zone).date()

    def first_day(self) -> dt.date:
        return self._day if self._mode == DAY else self._day - dt.timedelta(days=self._day.weekday())

    def days(self) -> int:
        return 1 if self._mode == DAY else 7

    def set_mode(self, mode: str) -> None:
        self._mode = DAY if mode == DAY else WEEK
        self.mode.setCurrentIndex(max(0, self.mode.findData(self._mode)))
        self.refresh()

    def show_day(self, day: dt.date) -> None:
        self._day = day
        self.refresh()

    def show_appointment(self, appointment: Appointment) -> None:
        """Show the period holding this appointment, with it selected."""
        self._selected = appointment.id
        self.show_day(appointment.start.astimezone(self._zone).date())

    def go(self, step: int) -> None:
        self._day += dt.timedelta(days=step * self.days())
        self.refresh()

    def go_today(self) -> None:
        self._day = self._today()
        self.refresh()

    def _filter_changed(self) -> None:
        self._staff_filter = self.staff_filter.currentData()
        self.refresh()

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        """Read and lay out the period shown (with the staff, kinds and alert) off the UI thread."""
        self._generation += 1
        generation = self._generation
        first, days, staff, mode = self.first_day(), self.days(), self._staff_filter, self._mode

        def load() -> _Loaded:
            period = self._appointments.period(first, days, staff)
            settings = self._settings.get()
            names = self._appointments.staff()
            today = self._today()
            columns = None
            if mode == DAY:
                columns = [staff] if staff is not None else list(names)
                if staff is None and (not names or any(e.staff == "" for e in period.entries)):
                    columns.append("")
            dates = [first + dt.timedelta(days=i) for i in range(days)]
            layout = layout_period(dates, period.entries, self._zone, columns, today)
            return _Loaded(
                first,
                days,
                layout,
                names,
                defaults.kinds(settings),
                self._reminders.blocked_recently(),
                today,
            )

        self._tasks.run(load, on_done=lambda found: self._show(generation, found), on_error=self._on_error)

    def _show(self, generation: int, found: _Loaded) -> None:
        if generation != self._generation:
            return
        self._loaded = found
        self._fill_staff(found.staff)
        self.model.set_layout(found.layout)
        first, last = found.first_day, found.first_day + dt.timedelta(days=found.days - 1)
        if found.days == 1:
            self.period_label.setText(texts.format_day(first, with_year=first.year != found.today.year))
        else:
            self.period_label.setText(
                self.tr("Semaine du %1 au %2")
                .replace("%1", texts.format_day(first))
                .replace("%2", texts.format_day(last, with_year=last.year != found.today.year))
            )
        if found.blocked:
            self.alert.setText(
                self.tr(
                    "%n rappel(s) bloqué(s) ces 7 derniers jours : ouvrez le rendez-vous (⚠) pour savoir pourquoi.",
                    "",
                    found.blocked,
                )
            )
        self.alert.setVisible(bool(found.blocked))
        self._restore_selection()
        self.loaded.emit()

    def _fill_staff(self, staff: list[str]) -> None:
        current = self._staff_filter
        self.staff_filter.blockSignals(True)
        self.staff_filter.clear()
        self.staff_filter.addItem(self.tr("Tout le monde"), EVERYONE)
        for name in staff:
            self.staff_filter.addItem(name, name)
        index = self.staff_filter.findData(current) if current is not None else 0
        self.staff_filter.setCurrentIndex(max(0, index))
        self.staff_filter.blockSignals(False)
        self.staff_filter.setVisible(bool(staff))

    def _restore_selection(self) -> None:
        if self._selected is None:
            self.detail.show_appointment(None, [])
            return
        index = self.model.index_of(self._selected)
        if index.isValid():
            self.grid.setCurrentIndex(index)
            self.load_detail(self._selected)
        else:
            self._selected = None
            self.detail.show_appointment(None, [])

    # ---------------------------------------------------------------- selection
    def selected_appointment(self) -> Appointment | None:
        return self.detail.appointment()

    def select(self, appointment_id: int) -> None:
        self._selected = appointment_id
        index = self.model.index_of(appointment_id)
        if index.isValid() and self.grid.currentIndex() != index:
            self.grid.setCurrentIndex(index)
        self.load_detail(appointment_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        appointment_id = current.data(AgendaModel.ID_ROLE) if current.isValid() else None
        if appointment_id is None:
            self._selected = None
            self.detail.show_appointment(None, [])
            return
        if appointment_id != self._selected or self.detail.appointment() is None:
            self._selected = appointment_id
            self.load_detail(appointment_id)

    def load_detail(self, appointment_id: int) -> None:
        def load() -> tuple[Appointment, list[Notice]]:
            return self._appointments.get(appointment_id), self._appointments.notices(appointment_id)

        def show(found: tuple[Appointment, list[Notice]]) -> None:
            appointment, notices = found
            if appointment.id != self._selected:
                return
            index = self.model.index_of(appointment.id)
            others = self.model.appointments_at(index.row(), index.column()) if index.isValid() else []
            self.detail.show_appointment(appointment, notices, others=others, today=self._today())
            self.detail_loaded.emit()

        self._tasks.run(load, on_done=show, on_error=self._on_error)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(AgendaModel.ID_ROLE) is not None:
            self.edit_selected()
            return
        self.new_appointment(index.data(AgendaModel.START_ROLE), index.data(AgendaModel.STAFF_ROLE))

    # ---------------------------------------------------------------- actions
    def _kinds(self) -> tuple[AppointmentKind, ...]:
        return self._loaded.kinds if self._loaded else ()

    def _staff(self) -> list[str]:
        return self._loaded.staff if self._loaded else []

    def _new_clicked(self) -> None:
        self.new_appointment()

    def new_appointment(
        self,
        start: dt.datetime | None = None,
        staff: str | None = None,
        client: tuple[int, str] | None = None,
    ) -> Appointment | None:
        """Book (the dialog prefilled with a slot, a staff member or a client); the new one is selected."""
        if start is None:
            day = self._day if self._mode == DAY else max(self._today(), self.first_day())
            start = dt.datetime.combine(day, dt.time(9, 0), tzinfo=self._zone)
        draft = AppointmentDraft(
            client_id=client[0] if client else 0,
            start=start,
            duration_minutes=self._kinds()[0].duration_minutes if self._kinds() else 30,
            kind=self._kinds()[0].name if self._kinds() else "",
            staff=staff or (self._staff_filter or ""),
        )
        created = AppointmentDialog.ask(
            self._clients,
            self._tasks,
            self._appointments.create,
            self._zone,
            kinds=self._kinds(),
            staff=self._staff(),
            draft=draft,
            client_label=client[1] if client else "",
            parent=self,
        )
        if isinstance(created, Appointment):
            self._after_change(created)
            return created
        return None

    def edit_selected(self) -> None:
        appointment = self.selected_appointment()
        if appointment is None or not appointment.active:
            return
        draft = AppointmentDraft(
            client_id=appointment.client_id,
            start=appointment.start,
            duration_minutes=appointment.duration_minutes,
            kind=appointment.kind,
            staff=appointment.staff,
            location=appointment.location,
            reason=appointment.reason,
        )
        updated = AppointmentDialog.ask(
            self._clients,
            self._tasks,
            lambda changed: self._appointments.update(appointment.id, changed),
            self._zone,
            kinds=self._kinds(),
            staff=self._staff(),
            draft=draft,
            client_label=appointment.client_name,
            editing=True,
            parent=self,
        )
        if isinstance(updated, Appointment):
            self._after_change(updated)

    def move_appointment(self, appointment_id: int, start: dt.datetime, staff: str | None) -> None:
        """Move (a drop on the grid): the service re-plans its reminders."""
        self._tasks.run(
            lambda: self._appointments.move(appointment_id, start, staff),
            on_done=self._after_change,
            on_error=self._action_failed,
        )

    def cancel_selected(self) -> None:
        appointment = self.selected_appointment()
        if appointment is None or not appointment.active:
            return
        question = self.tr(
            "Annuler le rendez-vous de %1, %2 ? Ses rappels qui ne sont pas encore partis ne partiront pas."
        )
        question = question.replace("%1", appointment.client_name).replace(
            "%2", texts.format_moment(appointment.start, self._zone)
        )
        answer = QMessageBox.question(self, self.tr("Annuler le rendez-vous"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._tasks.run(
            lambda: self._appointments.cancel(appointment.id),
            on_done=self._after_change,
            on_error=self._action_failed,
        )

    def set_status(self, status: AppointmentStatus) -> None:
        appointment = self.selected_appointment()
        if appointment is None:
            return
        self._tasks.run(
            lambda: self._appointments.set_status(appointment.id, status),
            on_done=self._after_change,
            on_error=self._action_failed,
        )

    def _after_change(self, appointment: Appointment) -> None:
        self.error.hide()
        self._selected = appointment.id
        local = appointment.start.astimezone(self._zone).date()
        if not self.first_day() <= local < self.first_day() + dt.timedelta(days=self.days()):
            self._day = local
        self.refresh()

    # ---------------------------------------------------------------- changes and errors
    def on_changes(self, changes: Changes) -> None:
        """Another screen, desk or the dispatcher changed something: read the period again (debounced; at
        once when shown next if hidden). New rules or sending hours: every upcoming reminder is re-planned."""
        if changes.settings:
            self._tasks.run(self._reminders.replan_upcoming, on_done=lambda _n: None, on_error=self._on_error)
        if changes.agenda or changes.messages or changes.settings or changes.clients_reset or changes.clients:
            if self.isVisible():
                self._refresh_timer.start()
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

    def report(self, error: BaseException) -> None:
        """Show an error raised elsewhere about the agenda (a French explanation, or a bug re-raised)."""
        self._on_error(error)

    def _action_failed(self, error: BaseException) -> None:
        """An action was refused (or the database was busy): say why, and show the agenda as it is."""
        self._on_error(error)
        self.refresh()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""
