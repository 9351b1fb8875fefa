"""The slim banner shown while the simulator is the default account: no real SMS leaves, connect one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.entities import ProviderAccount
from desktop.services.changes import Changes
from desktop.services.setup import is_real
from desktop.ui import errors
from desktop.ui.dialogs.account_dialog import AccountDialog


class ConnectBanner(QFrame):
    """Visible while the default account is a simulator; its button opens the account dialog."""

    account_added = Signal(object)  # ProviderAccount

    def __init__(
        self,
        accounts,
        tasks,
        parent: QWidget | None = None,
        *,
        default_sender: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._tasks = tasks
        self._default_sender = default_sender or (lambda: "")
        self.setObjectName("connectBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#connectBanner { background: #fff4d6; border: 1px solid #e6c36a; }")
        self.label = QLabel(self.tr("Vous utilisez le simulateur : aucun SMS réel ne part."))
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("&Connecter un compte SMS…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.connect_account)
        self.hide()

    def set_visible_for(self, default_account: ProviderAccount | None) -> None:
        """Hidden when a real account is the default; shown for the simulator (or when unknown yet)."""
        self.setVisible(not is_real(default_account))

    def refresh(self) -> None:
        """Read the default account (off the UI thread) and show or hide the banner."""
        accounts = self._accounts

        def load() -> ProviderAccount:
            accounts.specs()  # imports the adapters here, so the account dialog opens without a pause
            return accounts.default()

        self._tasks.run(load, on_done=self.set_visible_for, on_error=self._on_error)

    def on_changes(self, changes: Changes) -> None:
        if changes.accounts:
            self.refresh()

    def connect_account(self) -> None:
        account = AccountDialog.ask(
            self._accounts, self._tasks, parent=self.window(), default_sender=self._default_sender()
        )
        if account is not None:
            self.account_added.emit(account)
            self.refresh()

    def _on_error(self, error: BaseException) -> None:
        # A known error (the database momentarily unavailable…) keeps the banner as it is: the next change
        # refreshes it. A bug goes on to the crash dialog.
        errors.known(error)
