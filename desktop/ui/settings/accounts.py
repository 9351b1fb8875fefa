"""Comptes SMS: the provider accounts, with add, edit, test (balance), default, fallback and remove.

Account changes apply at once (they do not wait for the settings' "Enregistrer"). Every call runs through
``tasks``; errors the user can act on (keyring, provider, database) are explained in French under the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import ProviderAccount
from desktop.providers.base import AccountCheck
from desktop.services import setup
from desktop.services.accounts import is_builtin
from desktop.ui import errors
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.settings.fields import ERROR_STYLE, OK_STYLE, WARNING_STYLE, hint_label
from desktop.ui.settings.provider_fields import describe_check

Index = QModelIndex | QPersistentModelIndex


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class AccountsModel(QAbstractTableModel):
    """The accounts (a handful): name, provider, sender, default, fallback, price per SMS."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    COLUMNS = ("Nom", "Fournisseur", "Expéditeur", "Par défaut", "Secours", "Prix par SMS")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[ProviderAccount] = []
        self._labels: dict[str, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.COLUMNS):
            titles = (
                translate("AccountsModel", "Nom"),
                translate("AccountsModel", "Fournisseur"),
                translate("AccountsModel", "Expéditeur"),
                translate("AccountsModel", "Par défaut"),
                translate("AccountsModel", "Secours"),
            )
            return (*titles, translate("AccountsModel", "Prix par SMS"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        column = index.column()
        if role == self.ID_ROLE:
            return account.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(account, column)
        if role == Qt.ItemDataRole.FontRole and account.is_default:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and is_builtin(account):
            return translate(
                "AccountsModel", "Simulateur intégré : aucun SMS réel ne part. Il ne peut pas être supprimé."
            )
        return None

    def _text(self, account: ProviderAccount, column: int) -> str:
        if column == 0:
            return account.name
        if column == 1:
            return self._labels.get(account.provider, account.provider)
        if column == 2:
            return account.sender or translate("AccountsModel", "(celui du fournisseur)")
        if column == 3:
            return translate("AccountsModel", "Oui") if account.is_default else ""
        if column == 4:
            return translate("AccountsModel", "Oui") if account.is_fallback and not account.is_default else ""
        cents = account.price_cents_per_segment
        return f"{cents // 100},{cents % 100:02d} €"

    def set_accounts(self, accounts: list[ProviderAccount], labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self._labels = dict(labels)
        self.endResetModel()

    def account(self, row: int) -> ProviderAccount | None:
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def row_of(self, account_id: int) -> int | None:
        return next((row for row, a in enumerate(self._accounts) if a.id == account_id), None)

    def accounts(self) -> list[ProviderAccount]:
        return list(self._accounts)


class AccountsPage(QWidget):
    accounts_loaded = Signal(int)
    account_tested = Signal(object)  # AccountCheck

    def __init__(self, accounts, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._tasks = tasks
        self.default_sender = ""  # proposed for a new account (the settings' sender)
        self._selected_id: int | None = None
        self.model = AccountsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Comptes SMS"))
        self.add_button = QPushButton(self.tr("&Ajouter…"))
        self.edit_button = QPushButton(self.tr("&Modifier…"))
        self.test_button = QPushButton(self.tr("&Tester la connexion"))
        self.default_button = QPushButton(self.tr("Définir par &défaut"))
        self.fallback_button = QPushButton(self.tr("&Secours"))
        self.fallback_button.setToolTip(
            self.tr("Le compte de secours prend le relais quand le compte par défaut échoue plusieurs fois.")
        )
        self.remove_button = QPushButton(self.tr("S&upprimer"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.keyring_warning = QLabel()
        self.keyring_warning.setWordWrap(True)
        self.keyring_warning.setStyleSheet(WARNING_STYLE)
        self.keyring_warning.hide()

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.test_button,
            self.default_button,
            self.fallback_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_warning)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Les changements de comptes s'appliquent tout de suite. Les identifiants secrets sont "
                    "gardés dans le trousseau sécurisé de cet ordinateur, jamais dans la base de données. "
                    "Le prix par SMS sert aux estimations de coût avant l'envoi."
                )
            )
        )

        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(self.edit_selected)
        self.test_button.clicked.connect(self.test_selected)
        self.default_button.clicked.connect(self.make_default)
        self.fallback_button.clicked.connect(self.toggle_fallback)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._on_selection())
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        accounts = self._accounts

        def load() -> tuple[list[ProviderAccount], dict[str, str]]:
            return accounts.list(), {spec.key: spec.label for spec in accounts.specs()}

        self._tasks.run(load, on_done=self._loaded, on_error=self._failed)
        self._tasks.run(setup.keyring_ready, on_done=self._keyring_checked, on_error=self._failed)

    def _loaded(self, result: tuple[list[ProviderAccount], dict[str, str]]) -> None:
        keep = self._selected_id
        self.model.set_accounts(*result)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        self._on_selection()
        self.accounts_loaded.emit(self.model.rowCount())

    def _keyring_checked(self, ready: bool) -> None:
        self.keyring_warning.setText(
            ""
            if ready
            else self.tr(
                "Aucun trousseau sécurisé n'est disponible sur cet ordinateur : le simulateur fonctionne, "
                "mais un compte SMS réel ne peut pas être enregistré (Comptoir n'écrit jamais ses "
                "identifiants en clair). Sous Linux, installez et ouvrez le gestionnaire de mots de passe de "
                "votre bureau (« Trousseau de clés » sous GNOME, « Portefeuille » sous KDE, ou KeePassXC), "
                "puis rouvrez ces réglages."
            )
        )
        self.keyring_warning.setVisible(not ready)

    # ------------------------------------------------------------------ selection

    def selected(self) -> ProviderAccount | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        for row, account in enumerate(self.model.accounts()):
            if account.name == name:
                self.table.selectRow(row)
                return

    def _on_selection(self) -> None:
        account = self.selected()
        self._selected_id = account.id if account else None
        self._update_buttons()

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.test_button):
            button.setEnabled(account is not None)
        self.default_button.setEnabled(account is not None and not account.is_default)
        self.remove_button.setEnabled(account is not None and not is_builtin(account))
        fallback = account is not None and account.is_fallback and not account.is_default
        self.fallback_button.setText(
            self.tr("Retirer le &secours") if fallback else self.tr("Compte de &secours")
        )
        self.fallback_button.setEnabled(account is not None and not account.is_default)

    # ------------------------------------------------------------------ actions

    def add_account(self) -> None:
        account = AccountDialog.ask(
            self._accounts, self._tasks, parent=self, default_sender=self.default_sender
        )
        if account is not None:
            self._selected_id = account.id
            self._say(self.tr("Compte « %s » ajouté.") % account.name)
            self.refresh()

    def edit_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        saved = AccountDialog.ask(self._accounts, self._tasks, account, parent=self)
        if saved is not None:
            self._say(self.tr("Compte « %s » enregistré.") % saved.name)
            self.refresh()

    def test_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        self._say(self.tr("Test de « %s » en cours…") % account.name)
        self.test_button.setEnabled(False)
        accounts, account_id = self._accounts, account.id
        self._tasks.run(lambda: accounts.test(account_id), on_done=self._tested, on_error=self._test_failed)

    def _tested(self, check: AccountCheck) -> None:
        self._update_buttons()
        self._say(describe_check(check), ok=check.ok, error=not check.ok)
        self.account_tested.emit(check)

    def _test_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self._failed(error)

    def make_default(self) -> None:
        account = self.selected()
        if account is not None:
            name = account.name
            self._change(
                lambda: self._accounts.set_default(name), self.tr("« %s » est le compte par défaut.") % name
            )

    def toggle_fallback(self) -> None:
        account = self.selected()
        if account is None:
            return
        name = account.name
        if account.is_fallback:
            self._change(lambda: self._accounts.set_fallback(None), self.tr("Plus de compte de secours."))
        else:
            self._change(
                lambda: self._accounts.set_fallback(name), self.tr("« %s » est le compte de secours.") % name
            )

    def remove_selected(self) -> None:
        account = self.selected()
        if account is None or is_builtin(account):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le compte SMS"),
            self.tr(
                "Supprimer le compte « %s » ? Ses identifiants seront effacés du trousseau ; les messages "
                "déjà envoyés restent dans l'historique."
            )
            % account.name,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        name = account.name
        self._selected_id = None
        self._change(lambda: self._accounts.remove(name), self.tr("Compte « %s » supprimé.") % name)

    def _change(self, work, message: str) -> None:
        def done(_result: object) -> None:
            self._say(message)
            self.refresh()

        self._tasks.run(work, on_done=done, on_error=self._failed)

    # ------------------------------------------------------------------ feedback

    def status_text(self) -> str:
        return self.status.text() if not self.status.isHidden() else ""

    def _say(self, text: str, *, ok: bool = False, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else OK_STYLE if ok else "")
        self.status.setText(text)
        self.status.show()

    def _failed(self, error: BaseException) -> None:
        self._say(errors.text_for(error), error=True)
