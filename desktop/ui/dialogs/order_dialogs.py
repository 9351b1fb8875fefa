"""Record an order or an intervention (client and what), and give the time an intervention notice announces
(arrival, new time, quote date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import catalogue
from desktop.core.agenda import NoticeKind
from desktop.ui import texts
from desktop.ui.widgets.client_picker import ClientPicker

Save = Callable[[int, str], object]


class OrderDialog(QDialog):
    """« Nouvelle commande » (or intervention): the client and what is ordered or to be done."""

    def __init__(
        self,
        clients,
        tasks,
        save: Save,
        *,
        interventions: bool = False,
        client: tuple[int, str] | None = None,
        parent: QWidget | None = None,
        debounce_ms: int = 200,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.result_value: object = None
        self.setWindowTitle(
            self.tr("Nouvelle intervention") if interventions else self.tr("Nouvelle commande")
        )
        self.setMinimumWidth(420)
        self.client = ClientPicker(clients, tasks, debounce_ms=debounce_ms)
        if client is not None:
            self.client.set_client(*client)
        self.label = QLineEdit()
        self.label.setMaxLength(200)
        self.label.setPlaceholderText(
            self.tr("Remplacement du chauffe-eau") if interventions else self.tr("Lunettes progressives")
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        client_title = QLabel(self.tr("&Client"))
        client_title.setBuddy(self.client.line)
        form.addRow(client_title, self.client)
        form.addRow(self.tr("&Quoi"), self.label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        client_id = self.client.client_id()
        if client_id is None:
            self._show_error(self.tr("Choisissez le client dans la liste (tapez une partie de son nom)."))
            return
        try:
            self.result_value = self._save(client_id, self.label.text())
        except Exception as error:
            code = getattr(error, "code", None)
            if not (isinstance(code, str) and catalogue.has(code)):
                raise
            self._show_error(catalogue.explain(code, **(getattr(error, "params", None) or {})))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    @classmethod
    def ask(cls, clients, tasks, save: Save, **options) -> object:
        dialog = cls(clients, tasks, save, **options)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class NoticeTimeDialog(QDialog):
    """The time (or, for a quote, the day) an intervention notice announces, proposed sensibly."""

    def __init__(
        self, kind: NoticeKind, proposed: dt.datetime, zone: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._zone = zone
        self.setWindowTitle(texts.notice_kind_label(kind))
        local = proposed.astimezone(zone)
        self.date = QDateEdit(QDate(local.year, local.month, local.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd dd/MM/yyyy")
        self.time = QTimeEdit(QTime(local.hour, local.minute))
        self.time.setDisplayFormat("HH:mm")
        form = QFormLayout()
        if kind is NoticeKind.QUOTE_DATE:
            form.addRow(self.tr("Le devis partira le"), self.date)
            self.time.hide()
        else:
            title = self.tr("Arrivée &vers") if kind is NoticeKind.ON_THE_WAY else self.tr("Nouvelle &heure")
            form.addRow(title, self.time)
            self.date.hide()
        hint = QLabel(self.tr("Le message annonce cette information au client."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Prévenir le client"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def moment(self) -> dt.datetime:
        day, time = self.date.date(), self.time.time()
        hour, minute = (9, 0) if self._kind is NoticeKind.QUOTE_DATE else (time.hour(), time.minute())
        return dt.datetime(day.year(), day.month(), day.day(), hour, minute, tzinfo=self._zone)

    @classmethod
    def ask(
        cls, kind: NoticeKind, proposed: dt.datetime, zone: ZoneInfo, parent: QWidget | None = None
    ) -> dt.datetime | None:
        dialog = cls(kind, proposed, zone, parent)
        return dialog.moment() if dialog.exec() == QDialog.DialogCode.Accepted else None
