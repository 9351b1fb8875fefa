"""Add or edit an SMS provider account: provider, name, sender, the provider's own fields, price, test.

The provider's fields are generated from its ``FieldSpec``s; secret ones are password fields, never filled
when editing (left empty they keep the saved secret). Secrets go to the keyring only, through the service:
when no keyring is available the French explanation is shown and nothing is saved. "Tester la connexion"
checks what is typed, before saving. Every call runs through ``tasks``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import ProviderAccount
from desktop.core.errors import KnownError
from desktop.providers.base import AccountCheck, ProviderSpec
from desktop.services import setup
from desktop.services.accounts import SIMULATOR
from desktop.ui import errors, texts
from desktop.ui.settings.fields import ERROR_STYLE, OK_STYLE, SenderField, error_label, hint_label
from desktop.ui.settings.provider_fields import ProviderFields, describe_check, euros_to_cents

STOP_OPTION = "stop_text"
_FIELD_CODES = {
    "account_name_empty": "name",
    "account_name_too_long": "name",
    "account_name_taken": "name",
    "account_invalid_base_url": "base_url",
    "account_invalid_rate": "rate",
    "account_invalid_price": "price",
}


class AccountDialog(QDialog):
    def __init__(
        self,
        accounts,
        tasks,
        account: ProviderAccount | None = None,
        parent: QWidget | None = None,
        *,
        default_sender: str = "",
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._tasks = tasks
        self.account = account
        self.saved: ProviderAccount | None = None
        self.busy = False
        # The built-in simulator always exists and cannot be removed: it is never offered a second time.
        self._specs = {s.key: s for s in accounts.specs() if account is not None or s.key != SIMULATOR}
        self._errors: dict[str, QLabel] = {}
        self.setWindowTitle(
            self.tr("Nouveau compte SMS") if account is None else self.tr("Modifier le compte SMS")
        )
        self.setMinimumWidth(520)

        self.provider_combo = QComboBox()
        self.provider_combo.setAccessibleName(self.tr("Fournisseur SMS"))
        for spec in self._specs.values():
            self.provider_combo.addItem(spec.label, spec.key)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.name_edit.setAccessibleName(self.tr("Nom du compte"))
        self.sender_field = SenderField(allow_empty=True)
        self.sender_field.line.setAccessibleName(self.tr("Expéditeur du compte"))
        self.price_spin = QDoubleSpinBox()
        self.price_spin.setRange(0.0, 10.0)
        self.price_spin.setDecimals(2)
        self.price_spin.setSingleStep(0.01)
        self.price_spin.setSuffix(" €")
        self.price_spin.setAccessibleName(self.tr("Prix par SMS"))
        self.price_spin.setMaximumWidth(160)

        form = QFormLayout()
        provider_label = QLabel(self.tr("&Fournisseur"))
        provider_label.setBuddy(self.provider_combo)
        form.addRow(provider_label, self.provider_combo)
        self._add_row(form, self.tr("&Nom du compte"), self.name_edit, "name")
        sender_label = QLabel(self.tr("E&xpéditeur"))
        sender_label.setBuddy(self.sender_field.line)
        sender_box = QVBoxLayout()
        sender_box.setSpacing(2)
        sender_box.addWidget(self.sender_field)
        sender_box.addWidget(hint_label(self.tr("Vide : l'expéditeur configuré chez le fournisseur.")))
        form.addRow(sender_label, sender_box)

        self.fields_box = ProviderFields()

        self.stop_edit = QLineEdit()
        self.stop_edit.setPlaceholderText(self.tr("par exemple STOP au 36180"))
        self.stop_edit.setAccessibleName(self.tr("Mention STOP"))
        self.price_hint = hint_label()
        self.stop_hint = hint_label(
            self.tr(
                "Ajoutée à la fin des promotions pour que vos clients puissent se désinscrire : le numéro "
                "court est indiqué dans l'espace client de votre fournisseur."
            )
        )
        price_form = QFormLayout()
        self._add_row(price_form, self.tr("&Prix par SMS"), self.price_spin, "price", hint=self.price_hint)
        self._add_row(price_form, self.tr("Mention ST&OP"), self.stop_edit, STOP_OPTION, hint=self.stop_hint)

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("&Avancé"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced = QWidget()
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        self.base_url_edit = QLineEdit()
        self.base_url_edit.setAccessibleName(self.tr("Adresse du serveur"))
        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setRange(0.1, 1000.0)
        self.rate_spin.setDecimals(1)
        self.rate_spin.setSuffix(self.tr(" SMS/s"))
        self.rate_spin.setAccessibleName(self.tr("Cadence d'envoi"))
        self.rate_spin.setMaximumWidth(160)
        self._add_row(advanced_form, self.tr("Adresse du ser&veur"), self.base_url_edit, "base_url")
        self._add_row(advanced_form, self.tr("&Cadence d'envoi"), self.rate_spin, "rate")
        self.advanced.hide()
        self.advanced_toggle.toggled.connect(self._show_advanced)

        self.test_button = QPushButton(self.tr("&Tester la connexion"))
        self.test_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.hide()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        test_row.addStretch(0)

        self.general_error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields_box)
        layout.addLayout(price_form)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)
        layout.addLayout(test_row)
        layout.addStretch(1)  # a taller dialog keeps its rows together
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self.provider_combo.currentIndexChanged.connect(lambda _i: self._build_fields())
        self.test_button.clicked.connect(self.test_connection)
        self.name_edit.textEdited.connect(lambda _t: self._clear("name"))
        if account is not None:
            self._fill(account)
        else:
            self.sender_field.setText(default_sender)
            self._build_fields()
        (self.name_edit if account is None else self.sender_field.line).setFocus()

    # ------------------------------------------------------------------ building

    def _add_row(
        self, form: QFormLayout, label: str, widget: QWidget, key: str, *, hint: QLabel | None = None
    ) -> QLabel:
        error = error_label()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        if hint is not None:
            box.addWidget(hint)
        box.addWidget(error)
        title = QLabel(label)
        title.setBuddy(widget)
        form.addRow(title, box)
        self._errors[key] = error
        return error

    def spec(self) -> ProviderSpec:
        return self._specs[self.kind()]

    def kind(self) -> str:
        return self.account.provider if self.account is not None else str(self.provider_combo.currentData())

    def _build_fields(self) -> None:
        """One input per field of the chosen provider (secret ones as password fields)."""
        spec = self.spec()
        self.fields_box.build(spec, self.account)
        self.base_url_edit.setPlaceholderText(spec.default_base_url or self.tr("aucune (pas de réseau)"))
        if self.account is None:
            self.rate_spin.setValue(spec.default_rate_per_second)
            self.price_spin.setValue(spec.price_estimate_cents_fr / 100)
        self._show_price_hint()
        self.test_result.hide()
        self._fit()

    def _show_price_hint(self) -> None:
        estimate = self.spec().price_estimate_cents_fr
        text = self.tr("Indiquez votre tarif : il sert aux estimations de coût.")
        if estimate:
            text = (
                self.tr("Prix public estimé chez ce fournisseur pour la France : %1.").replace(
                    "%1", texts.format_cents(estimate)
                )
                + " "
                + text
            )
        self.price_hint.setText(text)

    def _fit(self) -> None:
        """Grow (never shrink below what the user chose) when rows appear. The height comes from the
        layout's height for the dialog's width: wrapped help needs more lines than the size hint counts."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        hint = self.sizeHint()
        width = max(self.width(), hint.width())
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else hint.height()
        self.setMinimumHeight(max(height, hint.height()))
        self.resize(width, max(self.height(), height, hint.height()))

    def _fill(self, account: ProviderAccount) -> None:
        index = self.provider_combo.findData(account.provider)
        self.provider_combo.setCurrentIndex(index)
        self.provider_combo.setEnabled(False)
        self.name_edit.setText(account.name)
        self.name_edit.setReadOnly(True)
        self.name_edit.setToolTip(self.tr("Le nom d'un compte ne change pas : créez-en un autre au besoin."))
        self.sender_field.setText(account.sender)
        self.price_spin.setValue(account.price_cents_per_segment / 100)
        self.base_url_edit.setText(account.base_url or "")
        self.rate_spin.setValue(account.rate_per_second)
        self.stop_edit.setText(account.options.get(STOP_OPTION, ""))
        self._build_fields()
        if account.base_url:
            self.advanced_toggle.setChecked(True)

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._fit()

    # ------------------------------------------------------------------ values

    def field_input(self, key: str) -> QLineEdit:
        return self.fields_box.inputs[key]

    def options(self) -> dict[str, str]:
        return {**self.fields_box.options(), STOP_OPTION: self.stop_edit.text().strip()}

    def secrets(self) -> dict[str, str]:
        return self.fields_box.secrets()

    def draft(self) -> setup.AccountDraft:
        return setup.AccountDraft(
            kind=self.kind(),
            sender=self.sender_field.text(),
            options={k: v for k, v in self.options().items() if k != STOP_OPTION},
            secrets=self.secrets(),
            base_url=self.base_url_edit.text(),
        )

    def error_text(self, key: str) -> str:
        label: QLabel | None
        if key == "general":
            label = self.general_error
        elif key == "sender":
            return self.sender_field.messages.text() if not self.sender_field.is_valid() else ""
        else:
            label = self._errors.get(key) or self.fields_box.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    # ------------------------------------------------------------------ actions

    def test_connection(self) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Test en cours…"))
        self.test_result.show()
        draft, existing, accounts = self.draft(), self.account, self._accounts
        self._tasks.run(
            lambda: setup.check_draft(accounts, draft, existing),
            on_done=self._tested,
            on_error=self._test_failed,
        )

    def _tested(self, check: AccountCheck) -> None:
        self._set_busy(False)
        self.test_result.setStyleSheet(OK_STYLE if check.ok else ERROR_STYLE)
        self.test_result.setText(describe_check(check))

    def _test_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, KnownError):
            self.test_result.hide()
        self.test_result.setText(errors.text_for(error))
        self.test_result.setStyleSheet(ERROR_STYLE)

    def save(self) -> None:
        if self.busy:
            return
        self._clear_all()
        if not self.sender_field.is_valid():
            self.sender_field.line.setFocus()
            return
        accounts, kind, sender = self._accounts, self.kind(), self.sender_field.text()
        options, secrets = self.options(), self.secrets()
        base_url, rate = self.base_url_edit.text().strip(), self.rate_spin.value()
        price = euros_to_cents(self.price_spin.value())
        if self.account is None:
            name = self.name_edit.text()
            options = {k: v for k, v in options.items() if v}

            def work():
                return accounts.add(
                    kind,
                    name,
                    sender,
                    options,
                    secrets,
                    base_url=base_url or None,
                    rate_per_second=rate,
                    price_cents_per_segment=price,
                )
        else:
            name = self.account.name

            def work():
                return accounts.update(
                    name,
                    sender=sender,
                    base_url=base_url,
                    options=options,
                    secrets={k: v for k, v in secrets.items() if v},
                    rate_per_second=rate,
                    price_cents_per_segment=price,
                )

        self._set_busy(True)
        self._tasks.run(work, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, account: ProviderAccount) -> None:
        self._set_busy(False)
        self.saved = account
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        known = errors.known(error)
        text = known.message()
        if known.code.startswith("sender_"):
            self.sender_field.show_error(text)
            self.sender_field.line.setFocus()
            return
        key = _FIELD_CODES.get(known.code)
        if key is None and known.code in ("account_field_missing", "account_secret_missing"):
            key = self.fields_box.key_for_label(known.params.get("field", ""))
        label_widget = (self._errors.get(key) or self.fields_box.errors.get(key)) if key else None
        if key is None or label_widget is None:
            self.general_error.setText(text)
            self.general_error.show()
            return
        if key in ("base_url", "rate"):
            self.advanced_toggle.setChecked(True)
        label_widget.setText(text)
        label_widget.show()
        focus: QWidget | None = self.fields_box.inputs.get(key) or {
            "name": self.name_edit,
            "price": self.price_spin,
            "base_url": self.base_url_edit,
            "rate": self.rate_spin,
        }.get(key)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear(self, key: str) -> None:
        label = self._errors.get(key)
        if label is not None:
            label.hide()

    def _clear_all(self) -> None:
        for label in (*self._errors.values(), *self.fields_box.errors.values()):
            label.hide()
        self.general_error.hide()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.test_button.setEnabled(not busy)

    def reject(self) -> None:
        if not self.busy:  # a save in flight finishes first: its result must not be lost
            super().reject()

    @classmethod
    def ask(
        cls,
        accounts,
        tasks,
        account: ProviderAccount | None = None,
        parent: QWidget | None = None,
        *,
        default_sender: str = "",
    ) -> ProviderAccount | None:
        """Show the dialog; the saved account, or None when cancelled."""
        dialog = cls(accounts, tasks, account, parent, default_sender=default_sender)
        try:
            return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
