"""Add or edit a client. Errors are shown in French on the field they concern; nothing typed is lost: Esc
or closing a changed form asks before discarding it.

A new client's form also records the promotional consent (accepted, refused or not asked yet), with the
wording the client accepted and who of the staff records it: the client and the consent are saved together.
Numbers show in their national form (« 06 22 33 44 55 »), as everywhere else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import catalogue
from desktop.core.entities import ClientDraft, ConsentRecord
from desktop.core.errors import KnownError
from desktop.core.phones import format_national
from desktop.services.clients import ValidationError
from desktop.ui import errors
from desktop.ui.widgets.consent_fields import ConsentFields

Save = Callable[[ClientDraft], object]
#: Saving a new client: the draft and the consent recorded with it (None: not asked yet).
Create = Callable[[ClientDraft, ConsentRecord | None], object]


class ClientDialog(QDialog):
    def __init__(
        self,
        save: Save | Create,
        draft: ClientDraft | None = None,
        parent: QWidget | None = None,
        *,
        business_name: str = "",
        staff: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Nouveau client") if draft is None else self.tr("Modifier le client"))
        self.setMinimumWidth(460)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QLineEdit] = {}

        self.civility = QComboBox()
        self.civility.addItems(["", "Mme", "M."])
        self.civility.setEditable(True)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText("06 12 34 56 78")
        self.other_phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaxLength(10)
        self.city = QLineEdit()
        self.has_birthday = QCheckBox(self.tr("Connue"))
        self.birthday = QDateEdit()
        self.birthday.setDisplayFormat("dd/MM/yyyy")
        self.birthday.setCalendarPopup(True)
        self.birthday.setEnabled(False)
        self.birthday.setDate(QDate(1980, 1, 1))
        self.has_birthday.toggled.connect(self.birthday.setEnabled)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("séparées par des virgules"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("&Civilité"), self.civility)
        form.addRow(self.tr("&Prénom"), self.first_name)
        self._add_field(form, self.tr("&Nom"), self.last_name, "last_name")
        self._add_field(form, self.tr("Por&table"), self.mobile, "mobile")
        self._add_field(form, self.tr("A&utre téléphone"), self.other_phone, "other_phone")
        self._add_field(form, self.tr("&E-mail"), self.email, "email")
        form.addRow(self.tr("A&dresse"), self.address)
        self._add_field(form, self.tr("Code p&ostal"), self.postal_code, "postal_code")
        form.addRow(self.tr("&Ville"), self.city)
        birthday_row = QHBoxLayout()
        birthday_row.addWidget(self.has_birthday)
        birthday_row.addWidget(self.birthday, 1)
        birthday_label = QLabel(self.tr("Date de &naissance"))
        birthday_label.setBuddy(self.has_birthday)
        form.addRow(birthday_label, birthday_row)
        self._add_field(form, self.tr("Éti&quettes"), self.tags, "tags")
        form.addRow(self.tr("N&otes"), self.notes)

        self.consent_box: ConsentFields | None = None
        if draft is None:  # a new client: their consent is asked at the counter, with the rest
            self.consent_box = ConsentFields(business_name, staff)

        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.consent_box is not None:
            layout.addWidget(self.consent_box)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        if draft is not None:
            self._fill(draft)
        self._initial = self._state()
        self.first_name.setFocus()

    def _add_field(self, form: QFormLayout, label: str, widget: QLineEdit, name: str) -> None:
        error = QLabel()
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        title = QLabel(label)
        title.setBuddy(widget)  # a row holding a layout gets no buddy from QFormLayout: « &Nom » would show
        form.addRow(title, box)
        self._errors[name] = error
        self._fields[name] = widget
        widget.textEdited.connect(lambda _text: self._clear_error(name))

    def _fill(self, draft: ClientDraft) -> None:
        self.civility.setCurrentText(draft.civility)
        self.first_name.setText(draft.first_name)
        self.last_name.setText(draft.last_name)
        self.mobile.setText(_national(draft.mobile))
        self.other_phone.setText(_national(draft.other_phone))
        self.email.setText(draft.email)
        self.address.setText(draft.address)
        self.postal_code.setText(draft.postal_code)
        self.city.setText(draft.city)
        if draft.birthday:
            self.has_birthday.setChecked(True)
            self.birthday.setDate(QDate(draft.birthday.year, draft.birthday.month, draft.birthday.day))
        self.tags.setText(", ".join(draft.tags))
        self.notes.setPlainText(draft.notes)

    def draft(self) -> ClientDraft:
        birthday: dt.date | None = None
        if self.has_birthday.isChecked():
            q = self.birthday.date()
            birthday = dt.date(q.year(), q.month(), q.day())
        return ClientDraft(
            civility=self.civility.currentText(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            mobile=self.mobile.text(),
            other_phone=self.other_phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            postal_code=self.postal_code.text(),
            city=self.city.text(),
            birthday=birthday,
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            notes=self.notes.toPlainText(),
        )

    def consent(self) -> ConsentRecord | None:
        return self.consent_box.record() if self.consent_box is not None else None

    def _state(self) -> tuple[ClientDraft, ConsentRecord | None]:
        return self.draft(), self.consent()

    def is_modified(self) -> bool:
        return self._state() != self._initial

    def reject(self) -> None:
        """Esc, « Annuler » or closing the window: a changed form asks before anything typed is lost."""
        if self.is_modified() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Modifications non enregistrées"),
            self.tr("Abandonner ce que vous avez saisi pour ce client ?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _clear_error(self, name: str) -> None:
        self._errors[name].hide()

    def _on_save(self) -> None:
        for error_label in self._errors.values():
            error_label.hide()
        self.general_error.hide()
        if self.consent_box is not None and not self.consent_box.check():
            return
        try:
            if self.consent_box is not None:
                self._save(self.draft(), self.consent())  # type: ignore[call-arg]
            else:
                self._save(self.draft())  # type: ignore[call-arg]
        except ValidationError as exc:
            first: QLineEdit | None = None
            for field, code in exc.errors.items():
                label: QLabel | None = self._errors.get(field)
                if label is None:
                    self.general_error.setText(catalogue.explain(code))
                    self.general_error.show()
                    continue
                label.setText(catalogue.explain(code))
                label.show()
                first = first or self._fields[field]
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except KnownError as exc:  # the database locked, gone… : said here, the form kept as typed
            errors.show_in(self.general_error, exc)
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        save: Save | Create,
        draft: ClientDraft | None = None,
        parent: QWidget | None = None,
        *,
        business_name: str = "",
        staff: Sequence[str] = (),
    ) -> bool:
        """Show the dialog; True when the client was saved. Without `draft` (a new client), `save` receives
        the draft and the consent recorded with it."""
        dialog = cls(save, draft, parent, business_name=business_name, staff=staff)
        return dialog.exec() == QDialog.DialogCode.Accepted


def _national(number: str) -> str:
    """A stored number (+33…) as shown everywhere: « 06 22 33 44 55 »; anything else as typed."""
    return format_national(number) if number.startswith("+") else number
