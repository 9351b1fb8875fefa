"""Agenda: the team (practitioners, technicians, rooms), the kinds of appointment with how each is reminded,
and what orders and interventions send. Saved with the other settings (« Enregistrer »); upcoming reminders
are then planned again with the new rules."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Purpose, Template
from desktop.core.reminders import ReminderRule
from desktop.services import setup, template_fields
from desktop.services.agenda import defaults
from desktop.services.agenda import kinds as kind_rules
from desktop.settings import (
    READY_PROPOSE,
    READY_QUEUE,
    AppointmentKind,
    OrderSettings,
    Settings,
    clean_staff,
)
from desktop.ui.settings.fields import hint_label
from desktop.ui.settings.pages import SettingsPage

USUAL = ""  # a template field left to the sector's usual template


def _time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class TemplateChoice(QComboBox):
    """« (modèle habituel du métier) » or one of the active templates of the right purpose."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._names: list[str] = []
        self.set_names([])

    def set_names(self, names: list[str]) -> None:
        current = self.value()
        self._names = names
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("(modèle habituel du métier)"), USUAL)
        for name in names:
            self.addItem(name, name)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> str:
        data = self.currentData()
        return str(data) if data is not None else USUAL

    def set_value(self, name: str) -> None:
        index = self.findData(name)
        if index < 0 and name:
            self.addItem(self.tr("%1 (introuvable)").replace("%1", name), name)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class AgendaPage(SettingsPage):
    def __init__(self, templates=None, tasks=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._templates = templates
        self._tasks = tasks
        self._kinds: list[AppointmentKind] = []
        self._loaded_kinds: tuple[AppointmentKind, ...] = ()
        self._current = -1
        self._filling = False

        self.staff_edit = QPlainTextEdit()
        self.staff_edit.setFixedHeight(80)
        self.staff_edit.setTabChangesFocus(True)
        self.staff_edit.setPlaceholderText(self.tr("Dr Morel\nDr Petit\nSalle 2"))
        self.staff_edit.setAccessibleName(self.tr("Équipe, une personne par ligne"))

        self.kind_list = QListWidget()
        self.kind_list.setMaximumWidth(200)
        self.kind_list.setAccessibleName(self.tr("Types de rendez-vous"))
        self.add_kind_button = QPushButton(self.tr("A&jouter un type"))
        self.remove_kind_button = QPushButton(self.tr("Supprimer ce t&ype"))
        self.kind_name = QLineEdit()
        self.kind_name.setMaxLength(100)
        self.kind_duration = QSpinBox()
        self.kind_duration.setRange(*setup.KIND_DURATION_RANGE)
        self.kind_duration.setSingleStep(5)
        self.kind_duration.setSuffix(self.tr(" min"))
        self.reminder_on = QCheckBox(self.tr("Envoyer un rappel par SMS"))
        self.days_before = QSpinBox()
        self.days_before.setRange(*setup.REMINDER_DAYS_RANGE)
        self.days_before.setSuffix(self.tr(" jour(s) avant"))
        self.reminder_at = _time_edit(self.tr("Heure du rappel"))
        self.sunday = QCheckBox(self.tr("Le dimanche aussi (sinon la veille ouvrée)"))
        self.earlier = QCheckBox(
            self.tr("Un jour plus tôt si le rendez-vous a été pris plus de 7 jours avant")
        )
        self.morning = QCheckBox(self.tr("Rappel le matin même pour les rendez-vous de l'après-midi, à"))
        self.morning_at = _time_edit(self.tr("Heure du rappel du matin"))
        self.confirm = QCheckBox(self.tr("Rendez-vous pris trop tard pour le rappel : confirmer aussitôt"))
        self.reminder_template = TemplateChoice(self.tr("Modèle du rappel"))
        self.morning_template = TemplateChoice(self.tr("Modèle du rappel du matin"))
        self.confirm_template = TemplateChoice(self.tr("Modèle de la confirmation"))

        self.ready_mode = QComboBox()
        self.ready_mode.addItem(self.tr("Prévenir le client aussitôt"), READY_QUEUE)
        self.ready_mode.addItem(self.tr("Me proposer de prévenir le client"), READY_PROPOSE)
        self.pickup_days = QSpinBox()
        self.pickup_days.setRange(*setup.ORDER_DAYS_RANGE)
        self.pickup_days.setSpecialValueText(self.tr("jamais"))
        self.pickup_days.setSuffix(self.tr(" jour(s) après"))
        self.survey_days = QSpinBox()
        self.survey_days.setRange(*setup.ORDER_DAYS_RANGE)
        self.survey_days.setSpecialValueText(self.tr("pas d'enquête"))
        self.survey_days.setSuffix(self.tr(" jour(s) après"))
        self.notice_at = _time_edit(self.tr("Heure des rappels de commande"))
        self.order_templates = {
            "ready_template": TemplateChoice(self.tr("Modèle « prête »")),
            "pickup_template": TemplateChoice(self.tr("Modèle du rappel de retrait")),
            "survey_template": TemplateChoice(self.tr("Modèle de l'enquête")),
            "on_the_way_template": TemplateChoice(self.tr("Modèle « technicien en route »")),
            "delay_template": TemplateChoice(self.tr("Modèle « retard »")),
            "quote_template": TemplateChoice(self.tr("Modèle « date du devis »")),
        }
        self._lay_out()
        self._connect()

    # ---------------------------------------------------------------- building
    def _lay_out(self) -> None:
        team = QGroupBox(self.tr("Équipe"))
        team_layout = QVBoxLayout(team)
        team_title = QLabel(self.tr("&Praticiens, techniciens ou salles (un par ligne)"))
        team_title.setBuddy(self.staff_edit)
        team_layout.addWidget(team_title)
        team_layout.addWidget(self.staff_edit)

        kinds = QGroupBox(self.tr("Types de rendez-vous et rappels"))
        left = QVBoxLayout()
        left.addWidget(self.kind_list, 1)
        left.addWidget(self.add_kind_button)
        left.addWidget(self.remove_kind_button)
        form = QFormLayout()
        form.addRow(self.tr("&Nom"), self.kind_name)
        form.addRow(self.tr("&Durée habituelle"), self.kind_duration)
        form.addRow("", self.reminder_on)
        when = QHBoxLayout()
        when.addWidget(self.days_before)
        when.addWidget(QLabel(self.tr("à")))
        when.addWidget(self.reminder_at)
        when.addStretch(1)
        when_title = QLabel(self.tr("&Rappel"))
        when_title.setBuddy(self.days_before)
        form.addRow(when_title, when)
        form.addRow("", self.sunday)
        form.addRow("", self.earlier)
        morning = QHBoxLayout()
        morning.addWidget(self.morning)
        morning.addWidget(self.morning_at)
        morning.addStretch(1)
        form.addRow("", morning)
        form.addRow("", self.confirm)
        form.addRow(self.tr("&Modèle du rappel"), self.reminder_template)
        form.addRow(self.tr("Modèle du ma&tin"), self.morning_template)
        form.addRow(self.tr("Modèle de la &confirmation"), self.confirm_template)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Les rappels respectent les heures de politesse du client (Horaires d'envoi) et ne partent "
                    "jamais après le début du rendez-vous. Plusieurs rendez-vous du même client le même jour : "
                    "un seul SMS."
                )
            ),
        )
        self.kind_form = QWidget()
        self.kind_form.setLayout(form)
        row = QHBoxLayout(kinds)
        row.addLayout(left)
        row.addWidget(self.kind_form, 1)

        orders = QGroupBox(self.tr("Commandes et interventions"))
        orders_form = QFormLayout(orders)
        orders_form.addRow(self.tr("Commande p&rête"), self.ready_mode)
        orders_form.addRow(self.tr("Rappel si pas re&tirée"), self.pickup_days)
        orders_form.addRow(self.tr("&Enquête de satisfaction"), self.survey_days)
        orders_form.addRow(self.tr("À l'&heure de"), self.notice_at)
        titles = {
            "ready_template": self.tr("Modèle « prête »"),
            "pickup_template": self.tr("Modèle du rappel de retrait"),
            "survey_template": self.tr("Modèle de l'enquête"),
            "on_the_way_template": self.tr("Modèle « en route »"),
            "delay_template": self.tr("Modèle « retard »"),
            "quote_template": self.tr("Modèle « date du devis »"),
        }
        for key, combo in self.order_templates.items():
            orders_form.addRow(titles[key], combo)

        layout = QVBoxLayout(self)
        layout.addWidget(team)
        layout.addWidget(kinds)
        layout.addWidget(orders)

    def _connect(self) -> None:
        self.staff_edit.textChanged.connect(self._changed)
        self.kind_list.currentRowChanged.connect(self._select_kind)
        self.add_kind_button.clicked.connect(self.add_kind)
        self.remove_kind_button.clicked.connect(self.remove_kind)
        for edit in (self.kind_name,):
            edit.textEdited.connect(self._kind_edited)
        for spin in (self.kind_duration, self.days_before):
            spin.valueChanged.connect(self._kind_edited)
        for check in (self.reminder_on, self.sunday, self.earlier, self.morning, self.confirm):
            check.toggled.connect(self._kind_edited)
        for time_edit in (self.reminder_at, self.morning_at):
            time_edit.timeChanged.connect(self._kind_edited)
        for combo in (self.reminder_template, self.morning_template, self.confirm_template):
            combo.currentIndexChanged.connect(self._kind_edited)
        for widget in (self.ready_mode, *self.order_templates.values()):
            widget.currentIndexChanged.connect(self._changed)
        for spin in (self.pickup_days, self.survey_days):
            spin.valueChanged.connect(self._changed)
        self.notice_at.timeChanged.connect(self._changed)

    # ---------------------------------------------------------------- kinds
    def kinds(self) -> list[AppointmentKind]:
        return list(self._kinds)

    def add_kind(self) -> None:
        self._kinds.append(AppointmentKind(self.tr("Nouveau type"), 30, ReminderRule()))
        self.kind_list.addItem(self._kinds[-1].name)
        self.kind_list.setCurrentRow(len(self._kinds) - 1)
        self.kind_name.setFocus()
        self.kind_name.selectAll()
        self._changed()

    def remove_kind(self) -> None:
        row = self.kind_list.currentRow()
        if not 0 <= row < len(self._kinds) or not kind_rules.may_remove(len(self._kinds)):
            return
        del self._kinds[row]
        self._current = -1
        self.kind_list.takeItem(row)
        self.kind_list.setCurrentRow(min(row, len(self._kinds) - 1))
        self._changed()

    def _select_kind(self, row: int) -> None:
        self._current = row
        self.kind_form.setEnabled(0 <= row < len(self._kinds))
        self.remove_kind_button.setEnabled(kind_rules.may_remove(len(self._kinds)))
        if not 0 <= row < len(self._kinds):
            return
        kind = self._kinds[row]
        rule = kind.rule
        self._filling = True
        try:
            self.kind_name.setText(kind.name)
            self.kind_duration.setValue(kind.duration_minutes)
            self.reminder_on.setChecked(rule.enabled)
            self.days_before.setValue(rule.days_before)
            self.reminder_at.setTime(_qtime(rule.at))
            self.sunday.setChecked(rule.sunday_allowed)
            self.earlier.setChecked(rule.earlier_when_booked_ahead)
            self.morning.setChecked(rule.morning_of)
            self.morning_at.setTime(_qtime(rule.morning_at))
            self.confirm.setChecked(rule.confirm_late_booking)
            self.reminder_template.set_value(rule.template)
            self.morning_template.set_value(rule.morning_template)
            self.confirm_template.set_value(rule.confirmation_template)
        finally:
            self._filling = False
        self._enable_rule()

    def _kind_edited(self, *_args: object) -> None:
        self._enable_rule()
        if self._filling or not 0 <= self._current < len(self._kinds):
            return
        rule = ReminderRule(
            enabled=self.reminder_on.isChecked(),
            days_before=self.days_before.value(),
            at=_time(self.reminder_at.time()),
            sunday_allowed=self.sunday.isChecked(),
            earlier_when_booked_ahead=self.earlier.isChecked(),
            morning_of=self.morning.isChecked(),
            morning_at=_time(self.morning_at.time()),
            confirm_late_booking=self.confirm.isChecked(),
            template=self.reminder_template.value(),
            morning_template=self.morning_template.value(),
            confirmation_template=self.confirm_template.value(),
        )
        self._kinds[self._current] = AppointmentKind(self.kind_name.text(), self.kind_duration.value(), rule)
        item = self.kind_list.item(self._current)
        if item is not None:
            item.setText(self.kind_name.text())
        self._changed()

    def _enable_rule(self) -> None:
        on = self.reminder_on.isChecked()
        for widget in (self.days_before, self.reminder_at, self.sunday, self.earlier, self.morning, self.confirm,
                       self.reminder_template, self.confirm_template):  # fmt: skip
            widget.setEnabled(on)
        self.morning_at.setEnabled(on and self.morning.isChecked())
        self.morning_template.setEnabled(on and self.morning.isChecked())

    # ---------------------------------------------------------------- templates
    def _load_templates(self) -> None:
        if self._templates is None or self._tasks is None:
            return

        def names(found: list[Template]) -> None:
            transactional = template_fields.choices(found, Purpose.TRANSACTIONAL)
            surveys = template_fields.choices(found, Purpose.SURVEY)
            self.set_template_names(transactional, surveys)

        self._tasks.run(
            lambda: self._templates.list_templates(active_only=True), on_done=names, on_error=lambda _e: None
        )

    def set_template_names(self, transactional: list[str], surveys: list[str]) -> None:
        was_loading = self._loading
        self._loading = True
        self._filling = True
        try:
            for combo in (self.reminder_template, self.morning_template, self.confirm_template):
                combo.set_names(transactional)
            for key, combo in self.order_templates.items():
                combo.set_names(surveys if key == "survey_template" else transactional)
        finally:
            self._filling = False
            self._loading = was_loading
        if 0 <= self._current < len(self._kinds):
            self._select_kind(self._current)

    # ---------------------------------------------------------------- settings
    def _load(self, settings: Settings) -> None:
        self._load_templates()
        self.staff_edit.setPlainText("\n".join(settings.staff))
        self._loaded_kinds = defaults.stored_kinds(settings)
        self._kinds = list(self._loaded_kinds)
        self._current = -1
        self.kind_list.clear()
        self.kind_list.addItems([k.name for k in self._kinds])
        self.kind_list.setCurrentRow(0 if self._kinds else -1)
        orders = settings.orders
        self.ready_mode.setCurrentIndex(max(0, self.ready_mode.findData(orders.ready_notice)))
        self.pickup_days.setValue(orders.pickup_reminder_days)
        self.survey_days.setValue(orders.survey_days)
        self.notice_at.setTime(_qtime(orders.notice_at))
        for key, combo in self.order_templates.items():
            combo.set_value(getattr(orders, key))

    def apply(self, settings: Settings) -> Settings:
        staff = clean_staff(self.staff_edit.toPlainText().splitlines())
        agenda = kind_rules.kinds_to_store(self._kinds, self._loaded_kinds, settings.agenda)
        orders = OrderSettings(
            ready_notice=str(self.ready_mode.currentData()),
            pickup_reminder_days=self.pickup_days.value(),
            survey_days=self.survey_days.value(),
            notice_at=_time(self.notice_at.time()),
            **{key: combo.value() for key, combo in self.order_templates.items()},
        )
        return dataclasses.replace(settings, staff=staff, agenda=agenda, orders=orders)
