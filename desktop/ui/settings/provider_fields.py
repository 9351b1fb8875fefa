"""The inputs of one SMS provider, generated from its ``FieldSpec``s, and the wording of account checks.

Secret fields are password fields and are never filled back when editing (left empty, the saved secret is
kept); option fields show their default as a placeholder and their help under the input.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.entities import ProviderAccount
from desktop.providers.base import AccountCheck, ProviderSpec
from desktop.ui.settings.fields import error_label, hint_label


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def format_balance(balance: Decimal, unit: str | None) -> str:
    """« 12,34 € », « 1 200 crédits », « 9,50 USD »."""
    if unit == "credits":
        number = f"{balance:,.0f}" if balance == balance.to_integral_value() else f"{balance:,.2f}"
        suffix = translate("AccountDialog", "crédits")
    else:
        number = f"{balance:,.2f}"
        suffix = "€" if unit in (None, "EUR") else unit
    number = number.replace(",", "\u202f").replace(".", ",")
    return f"{number} {suffix}"


def describe_check(check: AccountCheck) -> str:
    """The French sentence for an ``AccountCheck`` ("Connexion réussie. Solde : 12,34 €.")."""
    if not check.ok:
        text = translate("AccountDialog", "Le fournisseur répond, mais ce compte n'est pas actif")
        return text + (f" ({check.detail})." if check.detail else ".")
    parts = [translate("AccountDialog", "Connexion réussie.")]
    if check.balance is not None:
        parts.append(
            translate("AccountDialog", "Solde : %s.") % format_balance(check.balance, check.balance_unit)
        )
        if check.balance <= 0:
            parts.append(
                translate("AccountDialog", "Plus de crédit : rechargez le compte chez le fournisseur.")
            )
        elif check.detail:
            parts.append(f"({check.detail})")
    elif check.detail:
        parts.append(check.detail)
    return " ".join(parts)


def euros_to_cents(value: float) -> int:
    """A spin box's euros as integer cents, without float drift (0.07 → 7)."""
    return int((Decimal(str(value)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class ProviderFields(QGroupBox):
    """One input per field of a provider; rebuilt by :meth:`build` when the provider changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.spec: ProviderSpec | None = None

    def build(self, spec: ProviderSpec, account: ProviderAccount | None = None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs.clear()
        self.errors.clear()
        self.spec = spec
        self.setTitle(self.tr("Identifiants %s") % spec.label)
        self.setVisible(bool(spec.fields))
        for field in spec.fields:
            edit = QLineEdit()
            edit.setAccessibleName(field.label)
            if field.secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setPlaceholderText(
                    self.tr("laisser vide pour ne pas changer")
                    if account is not None
                    else self.tr("obligatoire")
                )
            else:
                if field.default:
                    edit.setPlaceholderText(field.default)
                elif field.required:
                    edit.setPlaceholderText(self.tr("obligatoire"))
                if account is not None:
                    edit.setText(account.options.get(field.key, ""))
            if field.help:
                edit.setToolTip(field.help)
            error = error_label()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(edit)
            if field.help:
                box.addWidget(hint_label(field.help))
            box.addWidget(error)
            title = QLabel(field.label)
            title.setBuddy(edit)
            self.form.addRow(title, box)
            self.inputs[field.key] = edit
            self.errors[field.key] = error
            edit.textEdited.connect(error.hide)

    def options(self) -> dict[str, str]:
        fields = self.spec.option_fields if self.spec else ()
        return {f.key: self.inputs[f.key].text().strip() for f in fields}

    def secrets(self) -> dict[str, str]:
        fields = self.spec.secret_fields if self.spec else ()
        return {f.key: self.inputs[f.key].text().strip() for f in fields}

    def key_for_label(self, label: str) -> str | None:
        """The key of the field the service names by its label (``account_field_missing``)."""
        fields = self.spec.fields if self.spec else ()
        return next((f.key for f in fields if f.label == label), None)
