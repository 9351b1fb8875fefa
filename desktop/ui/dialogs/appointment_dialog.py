"""Book or edit an appointment: client (search as you type), day, time, length, kind, with whom, where.

Refusals are shown in French inside the dialog, which stays open with everything typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import catalogue
from desktop.core.agenda import AppointmentDraft
from desktop.settings import AppointmentKind
from desktop.ui.widgets.client_picker import ClientPicker

Save = Callable[[AppointmentDraft], object]


class AppointmentDialog(QDialog):
    def __init__(
        self,
        clients,
        tasks,
        save: Save,
        zone: ZoneInfo,
        *,
        kinds: Sequence[AppointmentKind] = (),
        staff: Sequence[str] = (),
        draft: AppointmentDraft | None = None,
        client_label: str = "",
        editing: bool = False,
        parent: QWidget | None = None,
        debounce_ms: int = 200,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._zone = zone
        self._kinds = {k.name: k for k in kinds}
        self.result_value: object = None
        self.setWindowTitle(self.tr("Modifier le rendez-vous") if editing else self.tr("Nouveau rendez-vous"))
        self.setMinimumWidth(460)

        self.client = ClientPicker(clients, tasks, debounce_ms=debounce_ms)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd dd/MM/yyyy")
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(5, 720)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.addItems(list(self._kinds))
        self.staff = QComboBox()
        self.staff.setEditable(True)
        self.staff.addItems(["", *staff])
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("L'adresse du commerce, sinon"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Pour l'équipe seulement : jamais envoyé par SMS"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        form = QFormLayout()
        client_title = QLabel(self.tr("&Client"))
        client_title.setBuddy(self.client.line)
        form.addRow(client_title, self.client)
        form.addRow(self.tr("&Jour"), self.date)
        form.addRow(self.tr("&Heure"), self.time)
        form.addRow(self.tr("Du&rée"), self.duration)
        form.addRow(self.tr("&Type"), self.kind)
        form.addRow(self.tr("&Avec"), self.staff)
        form.addRow(self.tr("&Lieu"), self.place)
        form.addRow(self.tr("&Note interne"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Enregistrer") if editing else self.tr("Prendre le rendez-vous")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentTextChanged.connect(self._kind_changed)
        self._fill(draft, client_label)

    def _fill(self, draft: AppointmentDraft | None, client_label: str) -> None:
        if draft is None:
            self.date.setDate(QDate.currentDate())
            self.time.setTime(QTime(9, 0))
            self.duration.setValue(30)
            self._kind_changed(self.kind.currentText())
            return
        local = draft.start.astimezone(self._zone)
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.time.setTime(QTime(local.hour, local.minute))
        if draft.client_id:
            self.client.set_client(draft.client_id, client_label)
        self.kind.setCurrentText(draft.kind)
        self.duration.setValue(draft.duration_minutes)
        self.staff.setCurrentText(draft.staff)
        self.place.setText(draft.location)
        self.reason.setText(draft.reason)

    def _kind_changed(self, name: str) -> None:
        kind = self._kinds.get(name)
        if kind is not None:
            self.duration.setValue(kind.duration_minutes)

    def draft(self) -> AppointmentDraft | None:
        client_id = self.client.client_id()
        if client_id is None:
            return None
        day, time = self.date.date(), self.time.time()
        start = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=self._zone)
        return AppointmentDraft(
            client_id=client_id,
            start=start,
            duration_minutes=self.duration.value(),
            kind=self.kind.currentText().strip(),
            staff=self.staff.currentText().strip(),
            location=self.place.text().strip(),
            reason=self.reason.text().strip(),
        )

    def save(self) -> None:
        draft = self.draft()
        if draft is None:
            self._show_error(self.tr("Choisissez le client dans la liste (tapez une partie de son nom)."))
            self.client.setFocus()
            return
        try:
            self.result_value = self._save(draft)
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
    def ask(cls, clients, tasks, save: Save, zone: ZoneInfo, **options) -> object:
        """Show the dialog; what ``save`` returned, or None when the user gave up."""
        dialog = cls(clients, tasks, save, zone, **options)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None
