"""« Programmer… »: pick the date and time a message leaves, in the business's local time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def _qt(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


class ScheduleDialog(QDialog):
    def __init__(self, zone: ZoneInfo, now: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programmer l'envoi"))
        self._zone = zone
        local = now.astimezone(zone)
        start = (local + dt.timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        self.edit = QDateTimeEdit()
        self.edit.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dddd d MMMM yyyy HH:mm")
        self.edit.setMinimumDateTime(_qt(local))
        self.edit.setDateTime(_qt(start))
        self.edit.setAccessibleName(self.tr("Date et heure d'envoi"))
        note = QLabel(
            self.tr(
                "Heure de votre commerce. Les promotions ne partent jamais hors des heures autorisées : "
                "elles attendent le créneau suivant."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Programmer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Partira le"), self.edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def set_moment(self, moment: dt.datetime) -> None:
        self.edit.setDateTime(_qt(moment.astimezone(self._zone)))

    def moment(self) -> dt.datetime:
        """The chosen moment, aware, in UTC."""
        q = self.edit.dateTime()
        d, t = q.date(), q.time()
        local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._zone)
        return local.astimezone(dt.UTC)

    @classmethod
    def ask(cls, zone: ZoneInfo, now: dt.datetime, parent: QWidget | None = None) -> dt.datetime | None:
        """The chosen moment (UTC), or None when cancelled."""
        dialog = cls(zone, now, parent)
        return dialog.moment() if dialog.exec() == QDialog.DialogCode.Accepted else None
