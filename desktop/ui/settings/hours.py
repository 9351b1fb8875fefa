"""Horaires d'envoi: the window and days of promotions, public holidays, the courtesy window of service
messages; what cannot be saved is shown live in red, what is allowed but unwise in amber."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.quiet_hours import DEFAULT_POLICY, SendingPolicy
from desktop.services import setup
from desktop.settings import Settings
from desktop.ui.settings.fields import (
    ERROR_STYLE,
    WARNING_STYLE,
    explain_problem,
    explain_warning,
    hint_label,
    weekday_label,
)
from desktop.ui.settings.pages import SettingsPage


def _to_qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _from_qtime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def _time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


class HoursPage(SettingsPage):
    """Horaires d'envoi: promotional window and days, holidays, courtesy window of service messages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_edit = _time_edit(self.tr("Début des envois de promotions"))
        self.end_edit = _time_edit(self.tr("Fin des envois de promotions"))
        self.day_checks = [QCheckBox(weekday_label(day)) for day in range(7)]
        self.holidays_check = QCheckBox(self.tr("Envoyer aussi les jours &fériés (déconseillé)"))
        self.courtesy_start_edit = _time_edit(self.tr("Début des heures de politesse"))
        self.courtesy_end_edit = _time_edit(self.tr("Fin des heures de politesse"))
        self.policy_messages = QLabel()
        self.policy_messages.setWordWrap(True)
        self.policy_messages.hide()
        self.defaults_button = QPushButton(self.tr("&Valeurs recommandées"))

        promo = QGroupBox(self.tr("Promotions et enquêtes"))
        promo_form = QFormLayout(promo)
        window = QHBoxLayout()
        window.addWidget(self.start_edit)
        window.addWidget(QLabel(self.tr("à")))
        window.addWidget(self.end_edit)
        window.addStretch(1)
        window_title = QLabel(self.tr("Pl&age horaire"))
        window_title.setBuddy(self.start_edit)
        promo_form.addRow(window_title, window)
        days = QHBoxLayout()
        for check in self.day_checks:
            days.addWidget(check)
        days.addStretch(1)
        promo_form.addRow(self.tr("Jours"), days)
        promo_form.addRow("", self.holidays_check)
        promo_form.addRow("", self.policy_messages)
        promo_form.addRow(
            "",
            hint_label(
                self.tr(
                    "Heure locale de chaque client. Recommandé : du lundi au samedi, 8h00–20h00, jamais le "
                    "dimanche ni les jours fériés ; la charte des opérateurs mobiles permet jusqu'à 21h30. "
                    "Hors de ces "
                    "heures, les messages attendent le prochain créneau permis."
                )
            ),
        )

        courtesy = QGroupBox(self.tr("Messages de service (rendez-vous, commandes)"))
        courtesy_form = QFormLayout(courtesy)
        courtesy_row = QHBoxLayout()
        courtesy_row.addWidget(self.courtesy_start_edit)
        courtesy_row.addWidget(QLabel(self.tr("à")))
        courtesy_row.addWidget(self.courtesy_end_edit)
        courtesy_row.addStretch(1)
        courtesy_title = QLabel(self.tr("Heures de &politesse"))
        courtesy_title.setBuddy(self.courtesy_start_edit)
        courtesy_form.addRow(courtesy_title, courtesy_row)
        courtesy_form.addRow(
            "",
            hint_label(self.tr("Hors de ces heures, Comptoir avertit et propose de différer l'envoi.")),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(promo)
        layout.addWidget(courtesy)
        defaults_row = QHBoxLayout()
        defaults_row.addWidget(self.defaults_button)
        defaults_row.addStretch(1)
        layout.addLayout(defaults_row)
        layout.addStretch(1)

        for edit in (self.start_edit, self.end_edit, self.courtesy_start_edit, self.courtesy_end_edit):
            edit.timeChanged.connect(self._on_policy)
        for check in (*self.day_checks, self.holidays_check):
            check.toggled.connect(self._on_policy)
        self.defaults_button.clicked.connect(lambda: self._set_policy(DEFAULT_POLICY))

    def policy(self) -> SendingPolicy:
        return SendingPolicy(
            start=_from_qtime(self.start_edit.time()),
            end=_from_qtime(self.end_edit.time()),
            allowed_weekdays=frozenset(day for day, check in enumerate(self.day_checks) if check.isChecked()),
            allow_holidays=self.holidays_check.isChecked(),
            courtesy_start=_from_qtime(self.courtesy_start_edit.time()),
            courtesy_end=_from_qtime(self.courtesy_end_edit.time()),
        )

    def messages_text(self) -> str:
        return self.policy_messages.text() if not self.policy_messages.isHidden() else ""

    def show_problem(self, problem: setup.Problem) -> bool:
        """Policy problems are already shown live, above the hint."""
        return problem.field in ("policy", "courtesy")

    def error_text(self, field: str) -> str:
        return self.messages_text() if field in ("policy", "courtesy") else ""

    def _on_policy(self, *_args: object) -> None:
        """Live: what cannot be saved in red, what is allowed but unwise in amber."""
        policy = self.policy()
        lines = [
            f'<span style="{ERROR_STYLE}">{explain_problem(setup.Problem("policy", code))}</span>'
            for code in policy.validate()
        ]
        if policy.courtesy_end <= policy.courtesy_start:
            problem = setup.Problem("courtesy", setup.COURTESY_EMPTY_WINDOW)
            lines.append(f'<span style="{ERROR_STYLE}">{explain_problem(problem)}</span>')
        lines += [
            f'<span style="{WARNING_STYLE}">{explain_warning(code)}</span>'
            for code in setup.policy_warnings(policy)
        ]
        self.policy_messages.setText("<br>".join(lines))
        self.policy_messages.setVisible(bool(lines))
        self._changed()

    def _set_policy(self, policy: SendingPolicy) -> None:
        for edit, value in (
            (self.start_edit, policy.start),
            (self.end_edit, policy.end),
            (self.courtesy_start_edit, policy.courtesy_start),
            (self.courtesy_end_edit, policy.courtesy_end),
        ):
            edit.setTime(_to_qtime(value))
        for day, check in enumerate(self.day_checks):
            check.setChecked(day in policy.allowed_weekdays)
        self.holidays_check.setChecked(policy.allow_holidays)
        self._on_policy()

    def _load(self, settings: Settings) -> None:
        self._set_policy(settings.policy)

    def apply(self, settings: Settings) -> Settings:
        return replace(settings, policy=self.policy())
